//! `kutip eval`: score `align` CSVs against gold files, printing what
//! `shared/eval/score.py` prints for the same files.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use kutip::eval::{Figures, PairFigures, python_json, read_rows, score, total};

/// Score predicted quote alignments against gold files.
///
/// Give the files in pairs, GOLD PRED [GOLD PRED ...] (or --gold and --pred
/// as many times). GOLD has the columns id_quote,id_speaker,en_quote,en_speaker,kind,
/// one row per Indonesian quote, and may have id_speaker_alt: other right
/// labels of the same speaker, |-separated (each pair in corpora/samples has
/// one: gold.csv). PRED is `kutip align` CSV output.
///
/// A predicted row claims the gold row whose Indonesian quote it matches best
/// (token F1 >= 0.5, one to one). The alignment is right when the English
/// quotes have token F1 >= 0.5. A predicted speaker is right when it holds the
/// head word (last word, notes in parentheses left out) of the gold label or
/// of an alternative, at least half of its words are that label's words or
/// titles (Presiden, Menteri, spokesman ...), and it does not end in a
/// possessive: for Vladimir Putin, `Putin` and `Presiden Rusia Vladimir Putin`
/// are right, `Vladimir Putin's` is not.
///
/// Prints the figures as one JSON line: counts, extraction recall, alignment
/// precision, recall and F1, speaker accuracy. With several pairs, one line
/// per pair first (with its gold_file and row_accuracy), then the
/// micro-averaged total.
#[derive(clap::Args)]
#[command(
    after_long_help = "Examples:\n  kutip align --id corpora/samples/voa-syria-envoy-2012/id.txt --en corpora/samples/voa-syria-envoy-2012/en.txt > pred.csv\n  kutip eval corpora/samples/voa-syria-envoy-2012/gold.csv pred.csv\n  kutip eval gold1.csv pred1.csv gold2.csv pred2.csv     # one line per pair, then the total"
)]
pub struct Args {
    /// Gold and predicted CSV files, in pairs: GOLD PRED [GOLD PRED ...].
    #[arg(value_name = "GOLD PRED", conflicts_with_all = ["gold", "pred"])]
    files: Vec<PathBuf>,
    /// Gold CSV file (give it once per pair, with --pred).
    #[arg(long, requires = "pred")]
    gold: Vec<PathBuf>,
    /// Predicted CSV file, one per --gold, in the same order.
    #[arg(long, requires = "gold")]
    pred: Vec<PathBuf>,
}

impl Args {
    /// The (gold, pred) pairs, however they were given.
    fn pairs(&self) -> anyhow::Result<Vec<(&PathBuf, &PathBuf)>> {
        if !self.files.is_empty() {
            if !self.files.len().is_multiple_of(2) {
                anyhow::bail!(
                    "give the files in pairs, GOLD PRED [GOLD PRED ...] ({} files given)",
                    self.files.len()
                );
            }
            return Ok(self.files.chunks(2).map(|p| (&p[0], &p[1])).collect());
        }
        if self.gold.is_empty() {
            anyhow::bail!(
                "nothing to score: give GOLD PRED, e.g. kutip eval gold.csv pred.csv (see kutip eval --help)"
            );
        }
        if self.gold.len() != self.pred.len() {
            anyhow::bail!(
                "give one --pred for each --gold ({} gold, {} pred)",
                self.gold.len(),
                self.pred.len()
            );
        }
        Ok(self.gold.iter().zip(&self.pred).collect())
    }
}

fn load(p: &PathBuf) -> anyhow::Result<Vec<kutip::eval::Row>> {
    let text =
        std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()))?;
    read_rows(&text).with_context(|| {
        format!(
            "{}: not a CSV with a header row (id_quote,id_speaker,en_quote,...)",
            p.display()
        )
    })
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pairs = args.pairs()?;
    let mut scored: Vec<(String, Figures)> = Vec::with_capacity(pairs.len());
    for (g, p) in pairs {
        scored.push((g.display().to_string(), score(&load(g)?, &load(p)?)));
    }
    let mut out = String::new();
    if scored.len() > 1 {
        for (gold_file, figures) in &scored {
            out += &python_json(&PairFigures { gold_file, figures });
            out.push('\n');
        }
    }
    out += &python_json(&total(scored.iter().map(|(_, f)| f)));
    out.push('\n');
    use std::io::Write;
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
