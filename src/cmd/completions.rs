//! `kutip completions` and `kutip man`: shell completions and a man page,
//! generated from the command-line definitions themselves, so they never
//! disagree with `kutip help`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::CommandFactory;

/// Print shell completions for kutip.
///
/// Install them where your shell looks, e.g. for bash
/// `kutip completions bash > ~/.local/share/bash-completion/completions/kutip`,
/// for zsh a file `_kutip` in a folder of your `$fpath`, for fish
/// `~/.config/fish/completions/kutip.fish`.
#[derive(clap::Args)]
#[command(
    after_long_help = "Example:\n  kutip completions bash > ~/.local/share/bash-completion/completions/kutip"
)]
pub struct CompletionsArgs {
    /// The shell: bash, elvish, fish, powershell or zsh.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Write kutip's man pages (roff): kutip.1 and one per subcommand.
///
/// Without -o, prints kutip.1 alone; with `-o DIR`, writes kutip.1,
/// kutip-align.1 … into DIR (read them with `man -l DIR/kutip-align.1`, or
/// install them under a `man1` folder of your MANPATH).
#[derive(clap::Args)]
#[command(
    after_long_help = "Examples:\n  kutip man | man -l -\n  kutip man -o target/man && man -l target/man/kutip-align.1"
)]
pub struct ManArgs {
    /// A folder to write every page into.
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
}

pub fn completions(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut cmd = super::Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "kutip", &mut std::io::stdout().lock());
    Ok(ExitCode::SUCCESS)
}

pub fn man(args: ManArgs) -> anyhow::Result<ExitCode> {
    let cmd = super::Cli::command();
    match args.output {
        None => {
            let mut out = std::io::stdout().lock();
            clap_mangen::Man::new(cmd).render(&mut out)?;
            out.flush()?;
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            clap_mangen::generate_to(cmd, &dir)
                .with_context(|| format!("cannot write the man pages into {}", dir.display()))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
