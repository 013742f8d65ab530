//! Coverage of the words an earlier lexicon lacked: over the Indonesian
//! texts of a dev folder, the lowercase word types (written in lowercase
//! somewhere in the text, so not names; two letters or more) that the OLD
//! lexicon has no entry for, neither for the word nor for one of its roots,
//! and how many of them the NEW lexicon has an entry for, by types and by
//! tokens. Lists the words gained and the words still missing.
//!
//! usage: cargo run --release --example lexicon_coverage -- DEV_DIR OLD.tsv [NEW.tsv]
//!        (NEW defaults to the embedded lexicon)

use std::collections::BTreeMap;
use std::path::Path;

use kutip::lexicon::Lexicon;
use kutip::morph;

/// Whether `lex` has an entry for `w` or for one of its roots.
fn known(lex: &Lexicon, w: &str) -> bool {
    !lex.lookup(w).is_empty() || morph::id_roots(w).iter().any(|r| !lex.lookup(r).is_empty())
}

/// Lowercase word types of the Indonesian texts under `dev`, with their token counts.
fn word_types(dev: &Path) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    let mut dirs: Vec<_> = std::fs::read_dir(dev)
        .unwrap_or_else(|e| panic!("{}: {e}", dev.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("id.txt").is_file())
        .collect();
    dirs.sort();
    for d in dirs {
        let text = std::fs::read_to_string(d.join("id.txt")).expect("readable id.txt");
        for w in text.split(|c: char| !c.is_alphabetic() && c != '-') {
            let w = w.trim_matches('-');
            if w.chars().count() >= 2 && w.chars().all(char::is_lowercase) {
                *counts.entry(w.to_owned()).or_insert(0) += 1;
            }
        }
    }
    counts
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: lexicon_coverage DEV_DIR OLD.tsv [NEW.tsv]");
        std::process::exit(2);
    }
    let old = Lexicon::from_path(Path::new(&args[1])).expect("the old lexicon loads");
    let new = match args.get(2) {
        Some(p) => Lexicon::from_path(Path::new(p)).expect("the new lexicon loads"),
        None => Lexicon::embedded().clone(),
    };
    let types = word_types(Path::new(&args[0]));
    let lacked: Vec<(&String, &usize)> = types.iter().filter(|(w, _)| !known(&old, w)).collect();
    let (gained, missing): (Vec<_>, Vec<_>) = lacked.iter().partition(|(w, _)| known(&new, w));
    let tokens = |v: &[&(&String, &usize)]| v.iter().map(|(_, n)| **n).sum::<usize>();
    let lacked_tokens: usize = lacked.iter().map(|(_, n)| **n).sum();
    let total_tokens: usize = types.values().sum();
    println!(
        "lowercase word types: {} ({} tokens); the old lexicon lacks {} types ({} tokens)",
        types.len(),
        total_tokens,
        lacked.len(),
        lacked_tokens
    );
    println!(
        "the new lexicon has {}/{} of them = {:.3} by types, {}/{} = {:.3} by tokens",
        gained.len(),
        lacked.len(),
        gained.len() as f64 / lacked.len().max(1) as f64,
        tokens(&gained),
        lacked_tokens,
        tokens(&gained) as f64 / lacked_tokens.max(1) as f64
    );
    let show = |v: &[&(&String, &usize)]| {
        v.iter()
            .map(|(w, n)| format!("{w} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!("gained: {}", show(&gained));
    println!("still missing: {}", show(&missing));
}
