//! `kutip align`: pair every Indonesian quote with its English source.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use kutip::align::AlignParams;
use kutip::lexicon::Lexicon;
use kutip::text::read::read_text;

/// Pair every Indonesian quote with the English words it translates.
///
/// Reads one pair (--id and --en) or a folder of pairs (DIR/<name>/id.txt and
/// en.txt) and writes one CSV row per Indonesian quote (status matched or
/// unsourced) and one per English quote that the Indonesian omits, with both
/// speakers, a score in [0,1] and the margin over the best competing
/// candidate. Offsets are character offsets into the input files as given.
/// With --unit sentence, writes the sentence alignment instead (one row per
/// bead: 1-1, 1-2, 2-1, 2-2, 1-0, 0-1).
#[derive(clap::Args)]
#[command(
    after_long_help = "Examples:\n  kutip align corpora/samples\n  kutip align --id corpora/samples/voa-syria-envoy-2012/id.txt --en corpora/samples/voa-syria-envoy-2012/en.txt\n  kutip align --unit sentence corpora/samples -o beads.csv"
)]
pub struct Args {
    /// A folder of pairs: every DIR/<name>/id.txt with its en.txt.
    dir: Option<PathBuf>,
    /// The Indonesian article (with --en).
    #[arg(long, requires = "en", conflicts_with = "dir")]
    id: Option<PathBuf>,
    /// The English source article (with --id).
    #[arg(long, requires = "id")]
    en: Option<PathBuf>,
    /// Name of the pair in the `pair` column (default: the Indonesian file's folder name).
    #[arg(long)]
    pair: Option<String>,
    /// What to align: quote (default) or sentence.
    #[arg(long, value_enum, default_value = "quote")]
    unit: Unit,
    /// Extra lexicon entries: TSV `indonesian<TAB>english[<TAB>weight]` or hunalign `english @ indonesian`.
    #[arg(long)]
    lexicon: Vec<PathBuf>,
    /// Quotes scoring below this are `unsourced`.
    #[arg(long, default_value_t = AlignParams::default().min_score)]
    min_score: f32,
    /// Write to this file instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Unit {
    Quote,
    Sentence,
}

fn pairs_of(args: &Args) -> anyhow::Result<Vec<(String, PathBuf, PathBuf)>> {
    if let (Some(id), Some(en)) = (&args.id, &args.en) {
        let name = args.pair.clone().unwrap_or_else(|| {
            id.parent()
                .and_then(Path::file_name)
                .map_or("pair".into(), |n| n.to_string_lossy().into_owned())
        });
        return Ok(vec![(name, id.clone(), en.clone())]);
    }
    let Some(dir) = &args.dir else {
        anyhow::bail!(
            "nothing to align: give a folder of pairs (kutip align corpora/samples) or --id ID.txt --en EN.txt"
        );
    };
    let mut out = Vec::new();
    for entry in
        std::fs::read_dir(dir).with_context(|| format!("cannot read folder {}", dir.display()))?
    {
        let path = entry?.path();
        if path.join("id.txt").is_file() || path.join("en.txt").is_file() {
            let name = path
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            out.push((name, path.join("id.txt"), path.join("en.txt")));
        }
    }
    out.sort();
    if out.is_empty() {
        anyhow::bail!(
            "{}: no pairs found; each pair is a folder with id.txt and en.txt",
            dir.display()
        );
    }
    Ok(out)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lex: std::borrow::Cow<Lexicon> = if args.lexicon.is_empty() {
        std::borrow::Cow::Borrowed(Lexicon::embedded())
    } else {
        let mut own = Lexicon::embedded().clone();
        for path in &args.lexicon {
            own.merge(&Lexicon::from_path(path)?);
        }
        std::borrow::Cow::Owned(own)
    };
    let params = AlignParams {
        min_score: args.min_score,
        ..AlignParams::default()
    };
    let pairs = pairs_of(&args)?;
    let mut w = super::csv_output(args.output.as_ref())?;
    let mut failed = false;
    let mut wrote = false;
    for (name, id_path, en_path) in pairs {
        let texts = read_text(&id_path).and_then(|i| read_text(&en_path).map(|e| (i, e)));
        let (id_text, en_text) = match texts {
            Ok(t) => t,
            Err(e) => {
                eprintln!("kutip: pair {name}: {e:#}");
                failed = true;
                continue;
            }
        };
        let a = kutip::align_checked(&id_text, &en_text, &lex, &params);
        match args.unit {
            Unit::Quote => {
                for r in kutip::io::align_records(&name, &a) {
                    w.serialize(r)?;
                    wrote = true;
                }
            }
            Unit::Sentence => {
                for r in kutip::io::sentence_records(&name, &a) {
                    w.serialize(r)?;
                    wrote = true;
                }
            }
        }
    }
    if !wrote {
        let header: &[&str] = match args.unit {
            Unit::Quote => &kutip::ALIGN_HEADER,
            Unit::Sentence => &kutip::SENTENCE_HEADER,
        };
        w.write_record(header)?;
    }
    w.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
