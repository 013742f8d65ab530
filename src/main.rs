//! The `kutip` command line: parse arguments, run one subcommand, map the
//! outcome to an exit code (0 all written, 1 some inputs reported, 2 nothing
//! useful done). Everything else lives in the library and `cmd/`.

mod cmd;

/// mimalloc: the pipeline allocates many small strings per pair; this
/// allocator serves them faster than the system one (measured in
/// `scripts/bench.sh`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
