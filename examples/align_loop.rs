//! Runs `align_pair` over the bundled sample pairs in a loop, for profiling,
//! and then each stage on its own:
//! `cargo run --release --example align_loop -- [ROUNDS] [DIR]`.

use std::time::Instant;

use kutip::align::{AlignParams, PairIndex, align_pair, align_sentences};
use kutip::lexicon::Lexicon;
use kutip::{Document, Lang};

/// The timed loop (a separate function so that a profiler can count it alone).
#[inline(never)]
fn run_rounds(
    rounds: usize,
    pairs: &[(String, String)],
    lex: &Lexicon,
    params: &AlignParams,
) -> usize {
    let mut rows = 0;
    for _ in 0..rounds {
        for (id, en) in pairs {
            rows += align_pair(id, en, lex, params).pairs.len();
        }
    }
    rows
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let dir = args.next().unwrap_or_else(|| "corpora/samples".into());
    let mut pairs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("folder of pairs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("id.txt").is_file() && p.join("en.txt").is_file())
        .map(|p| {
            (
                std::fs::read_to_string(p.join("id.txt")).expect("id.txt"),
                std::fs::read_to_string(p.join("en.txt")).expect("en.txt"),
            )
        })
        .collect();
    pairs.sort();
    let lex = Lexicon::embedded();
    let params = AlignParams::default();
    // Warm up: the lexicon and the compiled patterns load on first use.
    if let Some((id, en)) = pairs.first() {
        align_pair(id, en, lex, &params);
    }
    let t = Instant::now();
    let rows = run_rounds(rounds, &pairs, lex, &params);
    let secs = t.elapsed().as_secs_f64();
    let n = rounds * pairs.len();
    println!(
        "{n} pairs in {secs:.3} s: {:.1} pairs/s ({rows} rows)",
        n as f64 / secs
    );
    let n = n as f64;
    let stage = |name: &str, f: &mut dyn FnMut()| {
        let t = Instant::now();
        for _ in 0..rounds {
            f();
        }
        let secs = t.elapsed().as_secs_f64();
        println!("  {name:<22} {:8.1} us/pair", secs / n * 1e6);
    };
    stage("parse both", &mut || {
        for (id, en) in &pairs {
            std::hint::black_box(Document::parse(id, Lang::Id));
            std::hint::black_box(Document::parse(en, Lang::En));
        }
    });
    let docs: Vec<(Document, Document)> = pairs
        .iter()
        .map(|(i, e)| (Document::parse(i, Lang::Id), Document::parse(e, Lang::En)))
        .collect();
    stage("extract quotes both", &mut || {
        for (i, e) in &docs {
            std::hint::black_box(kutip::quote::extract_quotes(i, lex));
            std::hint::black_box(kutip::quote::extract_quotes(e, lex));
        }
    });
    stage("similarity index", &mut || {
        for (i, e) in &docs {
            std::hint::black_box(PairIndex::new(i, e, lex));
        }
    });
    let indexes: Vec<PairIndex> = docs
        .iter()
        .map(|(i, e)| PairIndex::new(i, e, lex))
        .collect();
    stage("sentence alignment", &mut || {
        for ((i, e), x) in docs.iter().zip(&indexes) {
            std::hint::black_box(align_sentences(i, e, x, &params.sentences));
        }
    });
}
