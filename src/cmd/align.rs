//! `kutip align`: pair every Indonesian quote with its English source, for
//! one pair or a batch (folder, manifest, JSONL stream), in any of the
//! output formats.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::io::Write;

use kutip::PipelineParams;
use kutip::align::AlignParams;
use kutip::align::selftrain::{LearnParams, to_tsv};
use kutip::batch::{Batch, DEFAULT_CHUNK, Summary};
use kutip::fidelity::{FidelityParams, FlagSelection};
use kutip::io::decisions::Decisions;
use kutip::io::html::strings::UiLang;
use kutip::io::html::{HtmlSink, PageOptions, utc_time};
use kutip::io::input::{
    ListKind, PairInput, PairItem, PairText, ReadOptions, Shard, folder_inputs, folder_pairs,
    is_pair_folder, open_list, side_file,
};
use kutip::io::output::Output;
use kutip::io::pair_name::{folder_name, pair_name};
use kutip::io::rules::{DEFAULT_MAX_BYTES, InputRules};
use kutip::io::{Format, Unit, open_sink};
use kutip::lexicon::Lexicon;

/// Pair every Indonesian quote with the English words it translates.
///
/// Reads one pair (ID EN, or --id and --en, or a folder holding id.txt and
/// en.txt), a folder of pairs (DIR/<name>/id.txt and en.txt), a manifest
/// (--manifest: CSV rows pair,id_path,en_path, or JSONL), or a JSONL stream
/// (--jsonl: one {"pair":…,"id":…,"en":…} object per line, the texts inline;
/// `-` is standard input). Articles are UTF-8 text, one paragraph per line
/// or hard-wrapped, or saved HTML pages (.html, .htm, or --input html),
/// whose article text is read. A pair whose sides are swapped (the
/// Indonesian side reads as English and the English as Indonesian) is
/// refused. Writes one row per Indonesian
/// quote (status matched or unsourced) and one per English quote that the
/// Indonesian omits, with both speakers, a score in [0,1] and the margin over
/// the best competing candidate; offsets are character offsets into the input
/// texts as given. With --unit sentence, writes the sentence alignment (one
/// row per bead: 1-1, 1-2, 2-1, 2-2, 1-0, 0-1).
///
/// Batches run in parallel (--threads), a chunk of pairs at a time, and
/// write rows in input order: the output is the same for any thread count.
/// A pair that cannot be aligned (missing file, text that is not UTF-8, an
/// empty side, a malformed manifest line) is reported on stderr and in
/// --errors, and every other pair is still written. Output files appear only
/// when complete (written to a temporary file, then renamed).
///
/// Fidelity flags (the flags column): number_mismatch, entity_mismatch,
/// negation_mismatch, speaker_mismatch, modality_shift, cue_shift, omission,
/// addition, direct_indirect, untranslated. Each rests on evidence with a
/// confidence; by default only confident flags are listed (--flags).
///
/// Formats: csv (default; the header of the contract; text cells beginning
/// with = + - @ get a leading ' so spreadsheets do not run them), jsonl
/// (default for --jsonl; one object per row, flags as an array), tmx
/// (TMX 1.4b, one <tu> per matched quote or two-sided bead), moses (-o
/// PREFIX writes PREFIX.id and PREFIX.en, one line per matched quote or
/// two-sided bead), html (a review page: a summary, the rows to check
/// first, both quotes side by side with the words behind each flag marked,
/// a legend (--lang-ui en or id), and rows to mark checked or wrong and
/// export as CSV, which --decisions reads back).
///
/// Exit status: 0 every pair was written; 1 the run finished but some pairs
/// failed (see stderr or --errors); 2 nothing useful was done (bad flags, an
/// unreadable folder or manifest, an unwritable output, or the one pair
/// given could not be aligned).
#[derive(clap::Args)]
#[command(
    group(clap::ArgGroup::new("pairs").args(["paths", "id", "manifest", "jsonl"])),
    after_long_help = "Examples:\n  kutip align corpora/samples\n  kutip align corpora/samples/voa-syria-envoy-2012/id.txt corpora/samples/voa-syria-envoy-2012/en.txt\n  kutip align corpora/samples --format html -o review.html   # the review page\n  kutip align corpora/samples --format html --decisions kutip-decisions.csv -o review.html\n  kutip align --unit sentence corpora/samples -o beads.csv\n  kutip align --manifest pairs.csv --format tmx -o pairs.tmx --errors failed.csv\n  kutip align corpora/samples --format moses --min-score 0.6 -o corpus   # corpus.id, corpus.en\n  kutip align --manifest pairs.csv --shard 2/8 -o part-2.csv            # one of 8 workers\n  kutip align --manifest pairs.csv --save-lexicon learned.tsv -o rows.csv  # self-training\n  cat pairs.jsonl | kutip align --jsonl - > rows.jsonl                  # a stream mapper"
)]
pub struct Args {
    /// A folder of pairs (every DIR/<name>/id.txt with its en.txt), one pair's folder (holding
    /// id.txt and en.txt), or two articles: the Indonesian, then the English (like --id ID --en EN).
    #[arg(value_name = "DIR | ID EN")]
    paths: Vec<PathBuf>,
    /// The Indonesian article (with --en).
    #[arg(long, requires = "en")]
    id: Option<PathBuf>,
    /// The English source article (with --id).
    #[arg(long, requires = "id")]
    en: Option<PathBuf>,
    /// Name of the pair in the `pair` column, for one pair (default: the Indonesian file's name
    /// without extension, `tempo` for tempo.txt, or its folder's name for DIR/id.txt).
    #[arg(long)]
    pair: Option<String>,
    /// A manifest: CSV rows pair,id_path,en_path (an optional header row of those names), or JSONL
    /// objects {"pair","id_path","en_path"}; relative paths are resolved against the manifest's folder.
    #[arg(long, value_name = "FILE")]
    manifest: Option<PathBuf>,
    /// A JSONL stream (`-` for standard input): one {"pair":…,"id":…,"en":…} object per line with
    /// the texts inline. Rows are written as JSONL unless --format says otherwise.
    #[arg(long, value_name = "FILE")]
    jsonl: Option<PathBuf>,
    /// Align only share K of N (1 <= K <= N): the pairs whose name hashes (FNV-1a 64) to K-1 modulo
    /// N. The N shares cover every pair exactly once, whatever the input order.
    #[arg(long, value_name = "K/N")]
    shard: Option<Shard>,
    /// Worker threads; 0 uses every core. At most 8 per core.
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Largest article in bytes, on either side of a pair (default 20 MB). A larger one fails
    /// that pair with a message, without being read whole, and the batch goes on.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Trust the manifest or stream: let manifest paths leave the manifest's folder (absolute
    /// paths, `..`), and let --jsonl records name files (`id_path`, `en_path`) instead of carrying
    /// the texts. Without it such rows fail with a message.
    #[arg(long)]
    allow_any_path: bool,
    /// Pairs aligned at once; their rows are written while the next chunk is aligned (bounds
    /// memory to three chunks; the output does not depend on it).
    #[arg(long, default_value_t = DEFAULT_CHUNK, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    chunk: usize,
    /// What to align: quote (default) or sentence.
    #[arg(long, value_enum, default_value = "quote")]
    unit: UnitArg,
    /// Output format: csv, jsonl, tmx, moses or html (default csv; jsonl with --jsonl).
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Extra lexicon entries: TSV `indonesian<TAB>english[<TAB>weight]` or hunalign `english @ indonesian`.
    #[arg(long)]
    lexicon: Vec<PathBuf>,
    /// Quotes whose best candidate scores below this are `unsourced`: every matched row scores at
    /// least this, so TMX and Moses (matched rows only) keep only pairs this confident. A score,
    /// from 0 to 1.
    #[arg(long, default_value_t = AlignParams::default().min_score, value_parser = score_in_unit_range)]
    min_score: f32,
    /// How to read the articles: auto (HTML for .html and .htm files and for texts that start like
    /// a page, plain text otherwise), text or html. Offsets of an HTML page count characters of its
    /// extracted article text (`kutip text PAGE.html` prints it).
    #[arg(long, value_enum, default_value = "auto")]
    input: super::InputArg,
    /// Align pairs even when the sides look swapped (the Indonesian side reads as English and the
    /// English as Indonesian); by default such a pair is refused.
    #[arg(long)]
    no_language_check: bool,
    /// The language of the review page (--format html): en (English) or id (Indonesian).
    #[arg(long, value_enum, default_value = "en")]
    lang_ui: LangUiArg,
    /// Decisions of an earlier review, as the review page exports them
    /// (pair,id_start,id_end,decision,note[,en_start,en_end]): shown again on the rows they name
    /// (with --format html).
    #[arg(long, value_name = "FILE")]
    decisions: Option<PathBuf>,
    /// Which fidelity flags to list: `confident` (default: flags whose evidence holds up, confidence
    /// 0.5 or more), `all` (every flag raised; JSONL `evidence` gives each one's confidence), `none`,
    /// or flag names to keep only those kinds (`number_mismatch,negation_mismatch`; add `all` for
    /// every confidence).
    #[arg(long, value_name = "SET", default_value = "confident")]
    flags: FlagSelection,
    /// Self-training: align the batch once, learn Indonesian–English word pairs for words the
    /// lexicon lacks from the confident sentence alignments, then align again with them. Reads the
    /// input twice (not a stream on standard input).
    #[arg(long)]
    self_train: bool,
    /// Write the word pairs that self-training learned to FILE (TSV that --lexicon reads back);
    /// implies --self-train.
    #[arg(long, value_name = "FILE")]
    save_lexicon: Option<PathBuf>,
    /// Write to this file instead of stdout (for moses: the prefix of PREFIX.id and PREFIX.en).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Also write failed pairs to this CSV file: pair,path,reason (spreadsheet-safe like the rows).
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// No progress bar and no summary on stderr (failures are still reported).
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum UnitArg {
    Quote,
    Sentence,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum LangUiArg {
    En,
    Id,
}

/// A score from 0 to 1 (`--min-score`); NaN and infinities are refused.
fn score_in_unit_range(s: &str) -> Result<f32, String> {
    let v: f32 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number; give a score from 0 to 1, e.g. 0.3"))?;
    if !(0.0..=1.0).contains(&v) {
        return Err(format!(
            "{s} is not a score from 0 to 1; e.g. 0.3 (the default) or 0.6"
        ));
    }
    Ok(v)
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FormatArg {
    Csv,
    Jsonl,
    Tmx,
    Moses,
    Html,
}

/// The pairs to align, and how many there are when that is cheap to know.
struct Inputs {
    items: Box<dyn Iterator<Item = PairItem> + Send>,
    total: Option<u64>,
    single: bool,
    /// What was aligned, for the review page's header.
    described: String,
}

fn one_pair(
    pair: String,
    id: &Path,
    en: &Path,
    keep: impl Fn(&PairItem) -> bool + Send + 'static,
) -> Inputs {
    let item = Ok(PairInput {
        pair,
        text: PairText::Files {
            id: id.to_path_buf(),
            en: en.to_path_buf(),
        },
    });
    Inputs {
        items: Box::new(std::iter::once(item).filter(keep)),
        total: None,
        single: true,
        described: format!("{} + {}", id.display(), en.display()),
    }
}

fn inputs_of(args: &Args, counting: bool) -> anyhow::Result<Inputs> {
    let shard = args.shard;
    let keep = move |item: &PairItem| shard.is_none_or(|s| s.keeps(item));
    let given_pair = |id: &Path| args.pair.clone().unwrap_or_else(|| pair_name(id));
    if let (Some(id), Some(en)) = (&args.id, &args.en) {
        return Ok(one_pair(given_pair(id), id, en, keep));
    }
    if let [id, en] = args.paths.as_slice() {
        return Ok(one_pair(given_pair(id), id, en, keep));
    }
    if args.paths.len() > 2 {
        anyhow::bail!(
            "{} paths given: give one folder (kutip align DIR) or the two articles of one pair, the Indonesian first (kutip align ID EN); for many pairs use a folder of pairs or --manifest",
            args.paths.len()
        );
    }
    if args.pair.is_some() && args.paths.is_empty() {
        anyhow::bail!(
            "--pair names one pair: give its two articles (kutip align ID EN --pair NAME)"
        );
    }
    if let Some(list) = args.manifest.as_ref().or(args.jsonl.as_ref()) {
        let kind = if args.manifest.is_some() {
            ListKind::Manifest
        } else {
            ListKind::Stream
        };
        let rules = rules_of(args);
        let items = open_list(list, kind, rules)?;
        // Counting a manifest is one quick pass over its lines (no article is
        // read); worth it only for the progress bar's ETA.
        let total = (counting && list != Path::new("-"))
            .then(|| open_list(list, kind, rules).map(|it| it.filter(keep).count() as u64))
            .transpose()?;
        return Ok(Inputs {
            items: Box::new(items.filter(keep)),
            total,
            single: false,
            described: list.display().to_string(),
        });
    }
    let Some(dir) = args.paths.first() else {
        anyhow::bail!(
            "nothing to align: give a folder of pairs (kutip align corpora/samples), the two articles of one pair (kutip align ID.txt EN.txt), --manifest FILE or --jsonl -"
        );
    };
    if dir.is_file() {
        anyhow::bail!(
            "{}: one article; give the pair's two articles, the Indonesian first (kutip align ID.txt EN.txt), or a folder",
            dir.display()
        );
    }
    if is_pair_folder(dir) {
        let pair = args
            .pair
            .clone()
            .or_else(|| folder_name(dir))
            .unwrap_or_else(|| "pair".into());
        return Ok(one_pair(
            pair,
            &side_file(dir, "id"),
            &side_file(dir, "en"),
            keep,
        ));
    }
    if args.pair.is_some() {
        anyhow::bail!(
            "--pair names one pair, and {} is a folder of pairs: each is named after its folder",
            dir.display()
        );
    }
    let names = folder_pairs(dir)?;
    if names.is_empty() {
        anyhow::bail!(
            "{}: no pairs found; a pair is a folder holding id.txt and en.txt (or id.html and en.html): give such a folder, or a folder of them",
            dir.display()
        );
    }
    let count = names.len();
    let names: Vec<String> = match shard {
        Some(s) => names.into_iter().filter(|n| s.keeps_name(n)).collect(),
        None => names,
    };
    Ok(Inputs {
        total: Some(names.len() as u64),
        items: Box::new(folder_inputs(dir, names)),
        single: false,
        described: format!("{} ({count} pairs)", dir.display()),
    })
}

fn rules_of(args: &Args) -> InputRules {
    InputRules {
        max_bytes: args.max_bytes,
        allow_any_path: args.allow_any_path,
    }
}

/// The worker threads to start: `threads` (0: one per core), refused when
/// over 8 per core (each thread holds a chunk's pair in memory and spins
/// for work: thousands only slow a run down, or exhaust the machine).
fn thread_count(threads: usize) -> anyhow::Result<usize> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let max = cores * 8;
    if threads > max {
        anyhow::bail!(
            "--threads {threads}: at most {max} on this machine ({cores} cores x 8); 0 uses one per core"
        );
    }
    Ok(threads)
}

fn progress_bar(total: Option<u64>, show: bool) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let (bar, template) = match total {
        Some(n) => (
            ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
            "{elapsed_precise} [{wide_bar}] {human_pos}/{human_len} pairs, {rate}, ETA {eta}",
        ),
        None => (
            ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            "{elapsed_precise} {spinner} {human_pos} pairs, {rate}",
        ),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        let style = style.progress_chars("=> ").with_key(
            "rate",
            |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} pairs/s", s.per_sec());
            },
        );
        bar.set_style(style);
    }
    bar
}

fn print_summary(s: &Summary, unit: Unit, secs: f64) {
    let plural = |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let rows = match unit {
        Unit::Quote => format!(
            "{} quotes ({} matched, {} of them flagged, {} unsourced, {} omitted)",
            s.matched + s.unsourced + s.omitted,
            s.matched,
            s.flagged,
            s.unsourced,
            s.omitted
        ),
        Unit::Sentence => format!("{} beads", s.beads),
    };
    let rows = if s.unrelated > 0 {
        format!(
            "{rows}; {} unrelated (no matched row)",
            plural(s.unrelated, "pair looks", "pairs look")
        )
    } else {
        rows
    };
    let rate = if secs > 0.0 {
        (s.pairs + s.failed_pairs) as f64 / secs
    } else {
        0.0
    };
    eprintln!(
        "kutip: {} aligned, {rows}; {} failed ({}); {secs:.1} s, {rate:.0} pairs/s",
        plural(s.pairs, "pair", "pairs"),
        s.failed_pairs,
        plural(s.failures, "error", "errors")
    );
}

fn read_options(args: &Args) -> ReadOptions {
    ReadOptions {
        format: args.input.into(),
        check_languages: !args.no_language_check,
    }
}

/// When the page was made: now, or `SOURCE_DATE_EPOCH` when set (for
/// pages that must come out the same byte for byte).
fn made_at() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    utc_time(secs)
}

/// The learning pass of self-training: the word pairs the batch teaches,
/// saved when asked, merged into `lex`.
fn self_train(
    args: &Args,
    lex: &Lexicon,
    pool: &rayon::ThreadPool,
    show: bool,
) -> anyhow::Result<Lexicon> {
    if args.jsonl.as_deref() == Some(Path::new("-")) {
        anyhow::bail!(
            "--self-train reads the input twice, which a stream on standard input cannot give: save the stream to a file, or learn once with --save-lexicon and pass the file to --lexicon"
        );
    }
    let inputs = inputs_of(args, show)?;
    let bar = progress_bar(inputs.total, show && !inputs.single);
    let batch = Batch {
        lexicon: lex,
        params: PipelineParams {
            align: AlignParams {
                min_score: args.min_score,
                ..AlignParams::default()
            },
            ..PipelineParams::default()
        },
        unit: Unit::Quote,
        chunk: args.chunk,
        rules: rules_of(args),
        read: read_options(args),
    };
    let lp = LearnParams::default();
    let learner = pool.install(|| batch.learn(inputs.items, &lp, &|| bar.inc(1)));
    bar.finish_and_clear();
    let learned = learner.lexicon(&lp);
    if let Some(path) = &args.save_lexicon {
        let mut out = Output::create(path)
            .with_context(|| format!("cannot write the learned lexicon {}", path.display()))?;
        out.write_all(to_tsv(&learned).as_bytes())?;
        out.finish()?;
    }
    if !args.quiet {
        eprintln!(
            "kutip: self-training learned {} word pairs from {} confident sentence pairs",
            learned.len(),
            learner.beads()
        );
    }
    let mut merged = lex.clone();
    merged.merge(&learned);
    Ok(merged)
}

/// The embedded lexicon, or a copy of it with the `--lexicon` files merged in.
fn lexicon_of(args: &Args) -> anyhow::Result<std::borrow::Cow<'static, Lexicon>> {
    if args.lexicon.is_empty() {
        return Ok(std::borrow::Cow::Borrowed(Lexicon::embedded()));
    }
    let mut own = Lexicon::embedded().clone();
    for path in &args.lexicon {
        own.merge(&Lexicon::from_path(path)?);
    }
    Ok(std::borrow::Cow::Owned(own))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // The lexicon and the other tables load side by side.
    let lex = std::thread::scope(|s| {
        s.spawn(kutip::prepare_tables);
        lexicon_of(&args)
    })?;
    let unit = match args.unit {
        UnitArg::Quote => Unit::Quote,
        UnitArg::Sentence => Unit::Sentence,
    };
    let format = match args.format {
        Some(FormatArg::Csv) => Format::Csv,
        Some(FormatArg::Jsonl) => Format::Jsonl,
        Some(FormatArg::Tmx) => Format::Tmx,
        Some(FormatArg::Moses) => Format::Moses,
        Some(FormatArg::Html) => Format::Html,
        None if args.jsonl.is_some() => Format::Jsonl,
        None => Format::Csv,
    };
    let show = !args.quiet && std::io::stderr().is_terminal();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(thread_count(args.threads)?)
        .build()
        .context("cannot start worker threads")?;
    let lex = if args.self_train || args.save_lexicon.is_some() {
        std::borrow::Cow::Owned(self_train(&args, &lex, &pool, show)?)
    } else {
        lex
    };
    let inputs = inputs_of(&args, show)?;
    if args.decisions.is_some() && format != Format::Html {
        anyhow::bail!("--decisions marks the rows of the review page: add --format html");
    }
    let mut sink: Box<dyn kutip::io::RowSink> = if format == Format::Html {
        let decisions = match &args.decisions {
            Some(p) => Decisions::read(p)?,
            None => Decisions::default(),
        };
        let opts = PageOptions {
            lang: match args.lang_ui {
                LangUiArg::En => UiLang::En,
                LangUiArg::Id => UiLang::Id,
            },
            inputs: inputs.described.clone(),
            made: made_at(),
            decisions,
        };
        Box::new(HtmlSink::with_options(
            Output::to(args.output.as_deref())?,
            unit,
            opts,
        ))
    } else {
        open_sink(format, unit, args.output.as_deref())?
    };
    let mut errors = args
        .errors
        .as_deref()
        .map(|p| -> anyhow::Result<_> {
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(Output::create(p)?);
            w.write_record(["pair", "path", "reason"])?;
            Ok(w)
        })
        .transpose()?;
    let bar = progress_bar(inputs.total, show && !inputs.single);
    let mut on_failure = |f: &kutip::io::input::PairFailure| -> std::io::Result<()> {
        bar.suspend(|| eprintln!("kutip: {f}"));
        if let Some(w) = errors.as_mut() {
            use kutip::io::csv::guard;
            w.write_record([&*guard(&f.pair), &*guard(&f.path), &*guard(&f.reason)])?;
        }
        Ok(())
    };
    let batch = Batch {
        lexicon: &lex,
        params: PipelineParams {
            align: AlignParams {
                min_score: args.min_score,
                ..AlignParams::default()
            },
            fidelity: FidelityParams {
                report: args.flags,
                ..FidelityParams::default()
            },
        },
        unit,
        chunk: args.chunk,
        rules: rules_of(&args),
        read: read_options(&args),
    };
    let mut on_warning = |w: &kutip::io::input::PairFailure| {
        bar.suspend(|| eprintln!("kutip: {w}"));
    };
    let start = Instant::now();
    let summary = pool.install(|| {
        batch.run(
            inputs.items,
            sink.as_mut(),
            &mut on_failure,
            &mut on_warning,
            &|| bar.inc(1),
        )
    })?;
    bar.finish_and_clear();
    sink.finish()?;
    if let Some(w) = errors {
        w.into_inner()
            .map_err(|e| anyhow::anyhow!("cannot write the errors file: {e}"))?
            .finish()?;
    }
    if !args.quiet {
        print_summary(&summary, unit, start.elapsed().as_secs_f64());
    }
    Ok(match summary.failed_pairs {
        0 => ExitCode::SUCCESS,
        // The one pair given could not be aligned: nothing useful was done.
        _ if inputs.single => ExitCode::from(2),
        _ => ExitCode::from(1),
    })
}
