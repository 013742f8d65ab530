//! `kutip quotes`: every quote of one article with its speaker.

use std::path::PathBuf;
use std::process::ExitCode;

use kutip::Lang;

/// List every quote in one article with its speaker, cue verb and kind.
///
/// Writes CSV with the columns quote,speaker,cue,kind,start,end. `kind` is
/// direct (in quote marks), partial (a quoted fragment inside reported
/// speech) or indirect (reported speech). Offsets are character offsets into
/// FILE as given, so that text[start:end] == quote; for an HTML page, into
/// its article text as `kutip text FILE` prints it.
#[derive(clap::Args)]
#[command(
    after_long_help = "Examples:\n  kutip quotes --lang id corpora/samples/voa-syria-envoy-2012/id.txt\n  kutip quotes --lang en - < en.txt"
)]
pub struct Args {
    /// Language of FILE: id (Indonesian) or en (English).
    #[arg(long, value_enum)]
    lang: LangArg,
    /// Article to read: text (one paragraph per line, or hard-wrapped) or an HTML page; `-` reads stdin.
    file: PathBuf,
    /// How to read FILE: auto (HTML for .html and .htm and for texts that start like a page), text or html.
    #[arg(long, value_enum, default_value = "auto")]
    input: super::InputArg,
    /// Label unnamed speakers in English where every word is known
    /// (`pejabat Amerika` → `US official`, `Gedung Putih` → `White House`),
    /// so they can be joined with English-side data. Names are kept.
    #[arg(long)]
    english_speakers: bool,
    /// Write to this file instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LangArg {
    Id,
    En,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lang = match args.lang {
        LangArg::Id => Lang::Id,
        LangArg::En => Lang::En,
    };
    // The tables and the lexicon load on two threads while the article is read.
    let text = std::thread::scope(|s| {
        s.spawn(kutip::prepare_tables);
        s.spawn(kutip::lexicon::Lexicon::embedded);
        kutip::text::read::read_article(&args.file, args.input.into(), u64::MAX)
    })?;
    if text.trim().is_empty() {
        eprintln!("kutip: {}: empty article, no quotes", args.file.display());
    }
    let rows = kutip::quote_records_with(&text, lang, args.english_speakers);
    let mut w = super::csv_output(args.output.as_ref())?;
    if rows.is_empty() {
        w.write_record(["quote", "speaker", "cue", "kind", "start", "end"])?;
    }
    for r in rows {
        w.serialize(r)?;
    }
    w.flush()?;
    Ok(ExitCode::SUCCESS)
}
