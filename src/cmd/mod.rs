//! Subcommands, one file each. Each turns its flags into library calls and
//! rows; none holds pipeline logic.

mod align;
mod completions;
mod eval;
mod quotes;
mod text;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use clap::{Parser, Subcommand};

/// kutip pairs quotes in Indonesian news with the English words they
/// translate, names both speakers, and writes CSV.
#[derive(Parser)]
#[command(name = "kutip", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Align(Box<align::Args>),
    Quotes(quotes::Args),
    Text(text::Args),
    Eval(eval::Args),
    Completions(completions::CompletionsArgs),
    Man(completions::ManArgs),
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // Ctrl-C or a scheduler's SIGTERM: no temporary output file stays behind.
    kutip::io::output::remove_temporaries_on_signal()?;
    match cli.command {
        Command::Align(args) => align::run(*args),
        Command::Quotes(args) => quotes::run(args),
        Command::Text(args) => text::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Completions(args) => completions::completions(args),
        Command::Man(args) => completions::man(args),
    }
}

/// How to read an article (`--input`).
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputArg {
    /// HTML for .html and .htm files and for texts that start like a page, plain text otherwise.
    Auto,
    /// Plain text, one paragraph per line or hard-wrapped.
    Text,
    /// An HTML page: its article text is read.
    Html,
}

impl From<InputArg> for kutip::text::InputFormat {
    fn from(a: InputArg) -> Self {
        match a {
            InputArg::Auto => kutip::text::InputFormat::Auto,
            InputArg::Text => kutip::text::InputFormat::Text,
            InputArg::Html => kutip::text::InputFormat::Html,
        }
    }
}

/// True when the error is a closed pipe on output (`kutip … | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<csv::Error>().is_some_and(|c| {
                matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}

/// A CSV writer on `path`, or on stdout when no path is given.
pub fn csv_output(path: Option<&PathBuf>) -> anyhow::Result<csv::Writer<Box<dyn std::io::Write>>> {
    let out: Box<dyn std::io::Write> = match path {
        Some(p) => Box::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    Ok(csv::Writer::from_writer(out))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_definitions_are_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
