//! Subcommands, one file each. Each turns its flags into library calls and
//! rows; none holds pipeline logic.

mod align;
mod eval;
mod quotes;

use std::process::ExitCode;

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
    Align(align::Args),
    Eval(eval::Args),
    Quotes(quotes::Args),
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Align(args) => align::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Quotes(args) => quotes::run(args),
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
