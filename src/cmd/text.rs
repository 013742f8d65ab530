//! `kutip text`: the text kutip reads from an article, whose characters the
//! offsets of `align` and `quotes` count.

use std::path::PathBuf;
use std::process::ExitCode;

use kutip::text::InputFormat;
use std::io::Write;

/// Print the text kutip reads from an article.
///
/// For a plain text file this is the file itself. For an HTML page (.html,
/// .htm, a text that starts like a page, or --input html) it is the article
/// text extracted from the page: the headline and the article's paragraphs,
/// one per line, without scripts, navigation or captions. The offsets that
/// `kutip align` and `kutip quotes` write for an HTML page count characters
/// of this text.
#[derive(clap::Args)]
#[command(
    after_long_help = "Examples:\n  kutip text saved-page.html > article.txt\n  kutip text --input html page.php"
)]
pub struct Args {
    /// The article; `-` reads stdin.
    file: PathBuf,
    /// How to read it: auto (HTML for .html and .htm and for texts that start like a page), text or html.
    #[arg(long, value_enum, default_value = "auto")]
    input: super::InputArg,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let format: InputFormat = args.input.into();
    let text = kutip::text::read::read_article(&args.file, format, u64::MAX)?;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    if !text.ends_with('\n') && !text.is_empty() {
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
