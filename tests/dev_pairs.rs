//! Integration tests over the bundled sample pairs (`corpora/samples`, VOA,
//! public domain) and, when present, the shared dev set (`../shared/dev`).

use std::path::{Path, PathBuf};

use kutip::align::{AlignParams, Status, align_pair};
use kutip::eval::{Figures, Row, add, f1, finish, read_rows, score};
use kutip::io::align_records;
use kutip::lexicon::Lexicon;
use kutip::{Lang, quote_records};

fn samples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir("corpora/samples")
        .expect("corpora/samples exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("gold.csv").is_file())
        .collect();
    v.sort();
    v
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn slice_chars(text: &str, a: usize, b: usize) -> String {
    text.chars().skip(a).take(b - a).collect()
}

fn rows_of(pair: &str, id: &str, en: &str) -> Vec<Row> {
    let a = align_pair(id, en, Lexicon::embedded(), &AlignParams::default());
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in align_records(pair, &a) {
        w.serialize(r).expect("serialize");
    }
    read_rows(&String::from_utf8(w.into_inner().expect("flush")).expect("utf8")).expect("rows")
}

#[test]
fn samples_align_with_f1_and_speaker_accuracy_above_090() {
    let mut total = Figures::default();
    for d in samples() {
        let gold = read_rows(&read(&d.join("gold.csv"))).expect("gold");
        let pred = rows_of("x", &read(&d.join("id.txt")), &read(&d.join("en.txt")));
        let f = score(&gold, &pred);
        println!(
            "{}: {}",
            d.display(),
            serde_json::to_string(&f).expect("json")
        );
        add(&mut total, &f);
    }
    let t = finish(total);
    println!("total: {}", serde_json::to_string(&t).expect("json"));
    assert!(t.align_f1 >= 0.9, "alignment F1 {}", t.align_f1);
    assert!(
        t.speaker_accuracy >= 0.9,
        "speaker accuracy {}",
        t.speaker_accuracy
    );
    assert!(
        t.extraction_recall >= 0.9,
        "extraction recall {}",
        t.extraction_recall
    );
}

#[test]
fn extraction_recall_in_both_languages() {
    let (mut id_gold, mut id_found, mut en_gold, mut en_found) = (0, 0, 0, 0);
    let claim = |gold: &[String], pred: &[String]| -> usize {
        let mut used = vec![false; pred.len()];
        let mut n = 0;
        for g in gold {
            if let Some(j) = (0..pred.len())
                .filter(|&j| !used[j])
                .max_by(|&a, &b| f1(&pred[a], g).total_cmp(&f1(&pred[b], g)))
                && f1(&pred[j], g) >= 0.5
            {
                used[j] = true;
                n += 1;
            }
        }
        n
    };
    for d in samples() {
        let gold = read_rows(&read(&d.join("gold.csv"))).expect("gold");
        let id: Vec<String> = quote_records(&read(&d.join("id.txt")), Lang::Id)
            .into_iter()
            .map(|q| q.quote)
            .collect();
        let en: Vec<String> = quote_records(&read(&d.join("en.txt")), Lang::En)
            .into_iter()
            .map(|q| q.quote)
            .collect();
        let gi: Vec<String> = gold.iter().map(|g| g.id_quote.clone()).collect();
        let ge: Vec<String> = gold
            .iter()
            .map(|g| g.en_quote.clone())
            .filter(|e| !e.trim().is_empty())
            .collect();
        id_gold += gi.len();
        id_found += claim(&gi, &id);
        en_gold += ge.len();
        en_found += claim(&ge, &en);
    }
    let (ri, re) = (
        id_found as f64 / id_gold as f64,
        en_found as f64 / en_gold as f64,
    );
    println!(
        "extraction recall: Indonesian {ri:.3} ({id_found}/{id_gold}), English {re:.3} ({en_found}/{en_gold})"
    );
    assert!(ri >= 0.9 && re >= 0.9);
}

#[test]
fn offsets_slice_back_to_the_quotes() {
    for d in samples() {
        for (file, lang) in [("id.txt", Lang::Id), ("en.txt", Lang::En)] {
            let text = read(&d.join(file));
            for q in quote_records(&text, lang) {
                assert_eq!(
                    slice_chars(&text, q.start, q.end),
                    q.quote,
                    "{}",
                    d.display()
                );
            }
        }
        let (id, en) = (read(&d.join("id.txt")), read(&d.join("en.txt")));
        let a = align_pair(&id, &en, Lexicon::embedded(), &AlignParams::default());
        for r in align_records("x", &a) {
            if let (Some(s), Some(e)) = (r.id_start, r.id_end) {
                assert_eq!(slice_chars(&id, s, e), r.id_quote);
            }
            if let (Some(s), Some(e)) = (r.en_start, r.en_end) {
                assert_eq!(slice_chars(&en, s, e), r.en_quote);
            }
        }
    }
}

#[test]
fn unrelated_articles_match_nothing() {
    let dirs = samples();
    for a in &dirs {
        for b in &dirs {
            if a == b {
                continue;
            }
            let al = align_pair(
                &read(&a.join("id.txt")),
                &read(&b.join("en.txt")),
                Lexicon::embedded(),
                &AlignParams::default(),
            );
            let matched = al
                .pairs
                .iter()
                .filter(|p| p.status == Status::Matched)
                .count();
            assert_eq!(matched, 0, "{} against {}", a.display(), b.display());
        }
    }
}

#[test]
fn a_dropped_quote_paragraph_shows_as_unsourced_and_omitted() {
    let d = Path::new("corpora/samples/voa-un-ambassador-2021");
    let (id, en) = (read(&d.join("id.txt")), read(&d.join("en.txt")));
    let drop = |text: &str, needle: &str| {
        text.lines()
            .filter(|l| !l.contains(needle))
            .collect::<Vec<_>>()
            .join("\n")
    };
    // Drop the English paragraph of the direct quote.
    let en_cut = drop(&en, "most important forum");
    let a = align_pair(&id, &en_cut, Lexicon::embedded(), &AlignParams::default());
    let q = a
        .pairs
        .iter()
        .find(|p| {
            p.id_span
                .is_some_and(|s| a.id.slice(s).contains("forum terpenting"))
        })
        .expect("quote found");
    assert_eq!(q.status, Status::Unsourced);
    // Drop the Indonesian paragraph of the same quote.
    let id_cut = drop(&id, "forum terpenting");
    let a = align_pair(&id_cut, &en, Lexicon::embedded(), &AlignParams::default());
    let e = a
        .pairs
        .iter()
        .find(|p| {
            p.en_span
                .is_some_and(|s| a.en.slice(s).contains("most important forum"))
        })
        .expect("english quote found");
    assert_eq!(e.status, Status::Omitted);
}

#[test]
fn output_is_the_same_from_run_to_run() {
    for d in samples() {
        let (id, en) = (read(&d.join("id.txt")), read(&d.join("en.txt")));
        let one = format!(
            "{:?}",
            align_records(
                "x",
                &align_pair(&id, &en, Lexicon::embedded(), &AlignParams::default())
            )
        );
        let two = format!(
            "{:?}",
            align_records(
                "x",
                &align_pair(&id, &en, Lexicon::embedded(), &AlignParams::default())
            )
        );
        assert_eq!(one, two);
    }
}

#[test]
fn seed_tempo_quotes_and_speakers() {
    let d = Path::new("../shared/dev/seed-tempo");
    if !d.join("quotes.csv").is_file() {
        println!("skipped: ../shared/dev/seed-tempo is not here");
        return;
    }
    let text = read(&d.join("id.txt"));
    let pred = quote_records(&text, Lang::Id);
    let gold_text = read(&d.join("quotes.csv"));
    let mut r = csv::Reader::from_reader(gold_text.as_bytes());
    let gold: Vec<(String, String)> = r
        .records()
        .map(|x| x.expect("row"))
        .map(|x| (x[0].to_owned(), x[1].to_owned()))
        .collect();
    let mut used = vec![false; pred.len()];
    for (gq, gs) in &gold {
        let j = (0..pred.len())
            .filter(|&j| !used[j])
            .max_by(|&a, &b| f1(&pred[a].quote, gq).total_cmp(&f1(&pred[b].quote, gq)))
            .expect("some quote");
        assert!(f1(&pred[j].quote, gq) >= 0.5, "not found: {gq}");
        used[j] = true;
        let last = pred[j]
            .speaker
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        assert!(
            gs.to_lowercase().contains(&last) && !last.is_empty(),
            "{gq}: speaker {} for {gs}",
            pred[j].speaker
        );
    }
    println!(
        "seed-tempo: {}/{} quotes with their speakers",
        gold.len(),
        gold.len()
    );
}
