//! The Wordnet Bahasa entries of the embedded lexicon (source `wordnet`,
//! built by `scripts/build_lexicon.py` from `corpora/lexicon/wn-data-ind.tab`
//! joined with Princeton WordNet 3.0) raise alignment: against the same
//! lexicon without them, more Indonesian word types of the samples (and of
//! `../shared/dev` when it is here) have an entry, and the alignment figures
//! and the gold English sentence's rank do not drop. Taken at full weight
//! and for every sense, the same data lowered alignment; the build keeps a
//! few senses by rank, at low weight, where no better source has the word.

mod skipping;

mod common;

use std::path::{Path, PathBuf};

use common::{figures, figures_on, pairs_in};
use kutip::lexicon::Lexicon;
use kutip::morph;

static EMBEDDED_TSV: &str = include_str!("../corpora/lexicon/id-en.tsv");

/// The embedded lexicon without the entries only Wordnet Bahasa gave.
fn without_wordnet() -> Lexicon {
    let text: String = EMBEDDED_TSV
        .lines()
        .filter(|l| l.rsplit('\t').next() != Some("wordnet"))
        .map(|l| format!("{l}\n"))
        .collect();
    Lexicon::from_text(&text, Path::new("id-en.tsv without wordnet")).expect("parses")
}

/// Indonesian texts of the samples and, when present, of the dev pairs.
fn id_texts() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for base in ["corpora/samples", "../shared/dev"] {
        let Ok(rd) = std::fs::read_dir(base) else {
            skipping::skip(&format!(
                "the word types of {base} in tests/wordnet.rs: it is not here"
            ));
            continue;
        };
        for e in rd {
            let p = e.expect("entry").path().join("id.txt");
            if p.is_file() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Lowercase Indonesian word types of the texts with at least one entry
/// (surface or root), and all of them.
fn known_types(lex: &Lexicon, texts: &[PathBuf]) -> (usize, usize) {
    let mut words = std::collections::BTreeSet::new();
    for p in texts {
        let t = std::fs::read_to_string(p).expect("readable");
        for w in t.split(|c: char| !c.is_alphabetic() && c != '-') {
            if w.chars().count() >= 2 && w.chars().all(char::is_lowercase) {
                words.insert(w.to_owned());
            }
        }
    }
    let known = words
        .iter()
        .filter(|w| {
            !lex.lookup(w).is_empty()
                || morph::id_roots(w).iter().any(|r| !lex.lookup(r).is_empty())
        })
        .count();
    (known, words.len())
}

#[test]
fn wordnet_bahasa_extends_the_lexicon_without_hurting_alignment() {
    let wordnet_lines: Vec<&str> = EMBEDDED_TSV
        .lines()
        .filter(|l| l.rsplit('\t').next() == Some("wordnet"))
        .collect();
    assert!(wordnet_lines.len() > 20_000, "{}", wordnet_lines.len());
    for l in &wordnet_lines {
        let w: f32 = l
            .split('\t')
            .nth(2)
            .and_then(|w| w.parse().ok())
            .expect("weight");
        assert!(w <= 0.3, "{l}");
    }
    let with = Lexicon::embedded();
    let without = without_wordnet();
    let texts = id_texts();
    let ((kb, n), (ka, _)) = (known_types(&without, &texts), known_types(with, &texts));
    let (fb, fa) = (figures(&without), figures(with));
    println!(
        "Wordnet Bahasa: {} entries; word types with an entry {kb} -> {ka} of {n}; \
         samples: align F1 {:.3} -> {:.3}, speaker accuracy {:.3} -> {:.3}",
        wordnet_lines.len(),
        fb.align_f1,
        fa.align_f1,
        fb.speaker_accuracy,
        fa.speaker_accuracy
    );
    assert!(ka > kb);
    assert!(fa.align_f1 >= 0.9, "F1 with Wordnet {:.3}", fa.align_f1);
    assert!(
        fa.align_f1 >= fb.align_f1,
        "F1 {:.3} -> {:.3}",
        fb.align_f1,
        fa.align_f1
    );
    assert!(fa.speaker_accuracy >= fb.speaker_accuracy);
    let dev = pairs_in(Path::new("../shared/dev"));
    if dev.is_empty() {
        skipping::skip("the dev figures of tests/wordnet.rs: ../shared/dev is not here");
        return;
    }
    let (db, da) = (figures_on(&dev, &without), figures_on(&dev, with));
    println!(
        "dev ({} pairs): align F1 {:.3} -> {:.3}, speaker accuracy {:.3} -> {:.3}",
        dev.len(),
        db.align_f1,
        da.align_f1,
        db.speaker_accuracy,
        da.speaker_accuracy
    );
    assert!(
        da.align_f1 >= db.align_f1,
        "dev F1 {:.3} -> {:.3}",
        db.align_f1,
        da.align_f1
    );
    assert!(
        da.speaker_accuracy >= db.speaker_accuracy,
        "dev speaker accuracy {:.3} -> {:.3}",
        db.speaker_accuracy,
        da.speaker_accuracy
    );
}
