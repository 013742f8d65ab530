//! Integration tests over the bundled sample pairs (`corpora/samples`, VOA,
//! public domain) and, when present, the shared dev set (`../shared/dev`).

mod skipping;

use std::path::{Path, PathBuf};

use kutip::align::{AlignParams, Status, align_pair};
use kutip::eval::{Figures, Row, add, f1, finish, read_rows, score, speaker_ok};
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
    // The measured speaker accuracy of the samples is 0.969 (62/64).
    assert!(
        t.speaker_accuracy >= 0.968,
        "speaker accuracy {}",
        t.speaker_accuracy
    );
    assert!(
        t.extraction_recall >= 0.9,
        "extraction recall {}",
        t.extraction_recall
    );
}

/// Gold quotes of one folder as (Indonesian quote, speaker, English quote,
/// other right speaker labels): `gold.csv`, or `quotes.csv` (Indonesian
/// only) for the Tempo seed.
fn gold_quotes(d: &Path) -> Vec<(String, String, String, String)> {
    if d.join("gold.csv").is_file() {
        return read_rows(&read(&d.join("gold.csv")))
            .expect("gold")
            .into_iter()
            .map(|g| (g.id_quote, g.id_speaker, g.en_quote, g.id_speaker_alt))
            .collect();
    }
    let text = read(&d.join("quotes.csv"));
    let mut r = csv::Reader::from_reader(text.as_bytes());
    r.records()
        .map(|x| x.expect("row"))
        .map(|x| {
            (
                x[0].to_owned(),
                x[1].to_owned(),
                String::new(),
                String::new(),
            )
        })
        .collect()
}

/// One-to-one claims of gold quotes by predicted ones (token F1 >= 0.5,
/// best first, as `score.py`): (gold index, predicted index).
fn claims(gold: &[String], pred: &[String]) -> Vec<(usize, usize)> {
    let mut scored: Vec<(f64, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let s = f1(p, g);
            if s >= 0.5 {
                scored.push((s, i, j));
            }
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let (mut used_g, mut used_p, mut out) =
        (vec![false; gold.len()], vec![false; pred.len()], vec![]);
    for (_, i, j) in scored {
        if !used_g[i] && !used_p[j] {
            used_g[i] = true;
            used_p[j] = true;
            out.push((i, j));
        }
    }
    out
}

/// Extraction alone, against the gold of `../shared/dev` (or the bundled
/// samples without it): recall of the Indonesian and English gold quotes
/// and the Indonesian speakers. The gold names unnamed speakers in English
/// (`US official`), so speakers are labelled with `--english-speakers`.
#[test]
fn extraction_recall_and_speakers_in_both_languages() {
    let shared = Path::new("../shared/dev");
    let dirs: Vec<PathBuf> = if shared.is_dir() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(shared)
            .expect("../shared/dev")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.join("id.txt").is_file())
            .collect();
        v.sort();
        v
    } else {
        println!("../shared/dev is not here: figures on corpora/samples only");
        samples()
    };
    let (mut id_gold, mut id_found, mut en_gold, mut en_found) = (0, 0, 0, 0);
    let (mut spk_n, mut spk_ok) = (0, 0);
    for d in &dirs {
        let gold = gold_quotes(d);
        let id = kutip::quote_records_with(&read(&d.join("id.txt")), Lang::Id, true);
        let id_quotes: Vec<String> = id.iter().map(|q| q.quote.clone()).collect();
        let gi: Vec<String> = gold.iter().map(|g| g.0.clone()).collect();
        let found = claims(&gi, &id_quotes);
        id_gold += gi.len();
        id_found += found.len();
        for &(i, j) in &found {
            if gold[i].1.trim().is_empty() {
                continue;
            }
            spk_n += 1;
            if speaker_ok(&id[j].speaker, &gold[i].1, &gold[i].3) {
                spk_ok += 1;
            } else {
                println!("  speaker {:?} for gold {:?}", id[j].speaker, gold[i].1);
            }
        }
        if d.join("en.txt").is_file() {
            let en: Vec<String> = quote_records(&read(&d.join("en.txt")), Lang::En)
                .into_iter()
                .map(|q| q.quote)
                .collect();
            let ge: Vec<String> = gold
                .iter()
                .map(|g| g.2.clone())
                .filter(|e| !e.trim().is_empty())
                .collect();
            en_gold += ge.len();
            en_found += claims(&ge, &en).len();
        }
    }
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let (ri, re, sa) = (
        ratio(id_found, id_gold),
        ratio(en_found, en_gold),
        ratio(spk_ok, spk_n),
    );
    println!(
        "extraction recall: Indonesian {ri:.3} ({id_found}/{id_gold}), English {re:.3} ({en_found}/{en_gold}); Indonesian speaker accuracy {sa:.3} ({spk_ok}/{spk_n})"
    );
    // On ../shared/dev the measured recall is 0.957 and 0.965; the samples
    // alone find 0.941 of the Indonesian quotes.
    let recall_floor = if shared.is_dir() { 0.95 } else { 0.9 };
    assert!(
        ri >= recall_floor && re >= recall_floor,
        "recall below {recall_floor}"
    );
    // Floors at the measured figures (0.955 on ../shared/dev under the
    // strict scorer, head word and no possessive; 0.953 on the samples
    // alone): most misses left are bodies the gold prefers to the official
    // the article names and gold descriptions (`the authors of the letter`).
    let floor = if shared.is_dir() { 0.954 } else { 0.953 };
    assert!(sa >= floor, "speaker accuracy {sa:.3} < {floor}");
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
        skipping::skip("seed_tempo_quotes_and_speakers: ../shared/dev/seed-tempo is not here");
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

/// Whether a text opens with a headline line: short, with no
/// sentence-final punctuation.
fn opens_with_headline(text: &str) -> bool {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let words = first.split_whitespace().count();
    let last = first
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .chars()
        .next_back();
    (1..=25).contains(&words)
        && !matches!(
            last,
            Some('.' | '!' | '?' | ':' | ';' | ',' | '—' | '-' | '–')
        )
}

/// Where both articles open with a headline, the two headlines are one
/// bead, however freely one rewrites the other (every dev pair's gold
/// pairs them), and the body is aligned after them.
#[test]
fn headlines_pair_with_each_other() {
    let dev = Path::new("../shared/dev");
    if !dev.is_dir() {
        skipping::skip("headlines_pair_with_each_other: ../shared/dev is not here");
        return;
    }
    let mut seen = 0;
    for d in kutip_dirs(dev) {
        let (Ok(id), Ok(en)) = (
            std::fs::read_to_string(d.join("id.txt")),
            std::fs::read_to_string(d.join("en.txt")),
        ) else {
            continue;
        };
        if !(opens_with_headline(&id) && opens_with_headline(&en)) {
            continue;
        }
        seen += 1;
        let a = align_pair(&id, &en, Lexicon::embedded(), &AlignParams::default());
        let first = &a.beads[0];
        assert!(
            first.id == [0] && first.en == [0],
            "{}: first bead {:?}",
            d.display(),
            first
        );
    }
    assert!(seen >= 5, "only {seen} pairs open with two headlines");
}

fn kutip_dirs(base: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(base)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.is_dir());
    v.sort();
    v
}
