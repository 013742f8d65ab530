//! The `kutip` command line: parse arguments, run one subcommand, map the
//! outcome to an exit code (0 all written, 1 some inputs reported, 2 nothing
//! useful done). Everything else lives in the library and `cmd/`.

mod cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(err) => {
            if cmd::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("kutip: {err:#}");
            ExitCode::from(2)
        }
    }
}
