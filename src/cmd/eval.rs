//! `kutip eval`: score an `align` CSV against a gold file.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use kutip::eval::{Figures, add, finish, read_rows, score};

/// Score predicted quote alignments against a gold file.
///
/// GOLD has the columns id_quote,id_speaker,en_quote,en_speaker,kind, one row
/// per Indonesian quote (each pair in corpora/samples has one: gold.csv);
/// PRED is `kutip align` output. A gold quote counts as found when a
/// predicted quote has token F1 >= 0.5 with it, and a match is right when
/// the English quotes do too. Prints one JSON line of figures (extraction recall,
/// alignment precision, recall and F1, speaker accuracy). Give --gold and
/// --pred several times to score several pairs: one line each, then the
/// micro-averaged total.
#[derive(clap::Args)]
#[command(
    after_long_help = "Example:\n  kutip align --id corpora/samples/voa-syria-envoy-2012/id.txt --en corpora/samples/voa-syria-envoy-2012/en.txt > pred.csv\n  kutip eval --gold corpora/samples/voa-syria-envoy-2012/gold.csv --pred pred.csv"
)]
pub struct Args {
    /// Gold CSV file(s).
    #[arg(long, required = true)]
    gold: Vec<PathBuf>,
    /// Predicted CSV file(s), one per --gold, in the same order.
    #[arg(long, required = true)]
    pred: Vec<PathBuf>,
}

fn load(p: &PathBuf) -> anyhow::Result<Vec<kutip::eval::Row>> {
    let text =
        std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
    read_rows(&text).with_context(|| format!("{}: not a CSV with a header row", p.display()))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.gold.len() != args.pred.len() {
        anyhow::bail!(
            "give one --pred for each --gold ({} gold, {} pred)",
            args.gold.len(),
            args.pred.len()
        );
    }
    let mut total = Figures::default();
    for (g, p) in args.gold.iter().zip(&args.pred) {
        let f = score(&load(g)?, &load(p)?);
        if args.gold.len() > 1 {
            let mut v = serde_json::to_value(&f)?;
            v["gold_file"] = serde_json::Value::String(g.display().to_string());
            println!("{v}");
        }
        add(&mut total, &f);
    }
    println!("{}", serde_json::to_string(&finish(total))?);
    Ok(ExitCode::SUCCESS)
}
