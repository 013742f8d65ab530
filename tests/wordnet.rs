//! Wordnet Bahasa, when `../shared/data/wn-data-ind.tab` is here: the
//! separate lexicon that `scripts/build_lexicon.py --wordnet-only` builds
//! from it (never committed) loads through `--lexicon`, adds entries the
//! embedded lexicon lacks, and keeps the dev alignment figures. Prints that
//! it was skipped when the file is not here.

mod skipping;

mod common;

use std::path::Path;
use std::process::Command;

use common::figures;
use kutip::lexicon::Lexicon;
use kutip::morph;

/// Indonesian word types of the samples with at least one entry (surface or root).
fn known_types(lex: &Lexicon) -> usize {
    let mut words = std::collections::BTreeSet::new();
    for e in std::fs::read_dir("corpora/samples").expect("samples") {
        let p = e.expect("entry").path().join("id.txt");
        if let Ok(t) = std::fs::read_to_string(p) {
            for w in t.split(|c: char| !c.is_alphabetic() && c != '-') {
                if w.chars().count() >= 2 && w.chars().all(char::is_lowercase) {
                    words.insert(w.to_owned());
                }
            }
        }
    }
    words
        .iter()
        .filter(|w| {
            !lex.lookup(w).is_empty()
                || morph::id_roots(w).iter().any(|r| !lex.lookup(r).is_empty())
        })
        .count()
}

#[test]
fn wordnet_bahasa_extends_the_lexicon_without_hurting_alignment() {
    let tab = Path::new("../shared/data/wn-data-ind.tab");
    if !tab.is_file() {
        skipping::skip(
            "wordnet_bahasa_extends_the_lexicon_without_hurting_alignment: ../shared/data/wn-data-ind.tab is not here",
        );
        return;
    }
    let tsv = Path::new("target/lexicon/wordnet-id-en.tsv");
    if !tsv.is_file() {
        let status = Command::new("python3")
            .args(["scripts/build_lexicon.py", "--wordnet-only", "--wordnet"])
            .arg(tab)
            .arg("--wordnet-out")
            .arg(tsv)
            .status()
            .expect("python3 runs");
        assert!(status.success(), "building {} failed", tsv.display());
    }
    let wordnet = Lexicon::from_path(tsv).expect("the Wordnet lexicon loads");
    assert!(wordnet.len() > 20_000, "{} Indonesian keys", wordnet.len());
    let base = Lexicon::embedded();
    let mut merged = base.clone();
    merged.merge(&wordnet);
    assert!(merged.len() > base.len());
    let (before, after) = (known_types(base), known_types(&merged));
    let (fb, fa) = (figures(base), figures(&merged));
    println!(
        "Wordnet Bahasa: {} Indonesian keys; sample word types with an entry {before} -> {after}; \
         align F1 {:.3} -> {:.3}, speaker accuracy {:.3} -> {:.3}",
        wordnet.len(),
        fb.align_f1,
        fa.align_f1,
        fb.speaker_accuracy,
        fa.speaker_accuracy
    );
    assert!(after > before);
    assert!(fa.align_f1 >= 0.9, "F1 with Wordnet {:.3}", fa.align_f1);
}
