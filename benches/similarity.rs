//! Speed of the cross-lingual similarity on sentence pairs, and of building
//! the embedded lexicon (what the binary does once at start).
//!
//! `similarity`: for every bundled sample pair, the similarity of every
//! Indonesian sentence with every English sentence of the same pair, once
//! the pair's `PairIndex` is built (elements = sentence pairs). `lexicon`:
//! parsing the embedded `corpora/lexicon/id-en.tsv` into a `Lexicon`
//! (elements = lines).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kutip::align::PairIndex;
use kutip::lexicon::Lexicon;
use kutip::{Document, Lang};

static LEXICON_TSV: &str = include_str!("../corpora/lexicon/id-en.tsv");

/// One sample pair: its index and the types of each Indonesian and each
/// English sentence.
struct Pair {
    index: PairIndex,
    id: Vec<Vec<u32>>,
    en: Vec<Vec<u32>>,
}

fn sentence_types(lex: &Lexicon) -> Vec<Pair> {
    let mut dirs: Vec<_> = std::fs::read_dir("corpora/samples")
        .expect("corpora/samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("id.txt").is_file() && p.join("en.txt").is_file())
        .collect();
    dirs.sort();
    dirs.iter()
        .map(|d| {
            let read = |f: &str| std::fs::read_to_string(d.join(f)).expect("sample text");
            let id = Document::parse(&read("id.txt"), Lang::Id);
            let en = Document::parse(&read("en.txt"), Lang::En);
            let index = PairIndex::new(&id, &en, lex);
            let ids = id
                .sentences
                .iter()
                .map(|s| index.id_types(s.tokens.clone()))
                .collect();
            let ens = en
                .sentences
                .iter()
                .map(|s| index.en_types(s.tokens.clone()))
                .collect();
            Pair {
                index,
                id: ids,
                en: ens,
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let lex = Lexicon::embedded();
    let pairs = sentence_types(lex);
    let n: usize = pairs.iter().map(|p| p.id.len() * p.en.len()).sum();
    let mut g = c.benchmark_group("similarity");
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function("all sentence pairs of the samples", |b| {
        b.iter(|| {
            let mut sum = 0.0f32;
            for p in &pairs {
                for i in &p.id {
                    for e in &p.en {
                        sum += p.index.similarity(i, e);
                    }
                }
            }
            std::hint::black_box(sum)
        })
    });
    g.finish();

    let lines = LEXICON_TSV.lines().count();
    let mut g = c.benchmark_group("lexicon");
    g.throughput(Throughput::Elements(lines as u64));
    g.sample_size(20);
    g.bench_function("load the embedded lexicon (elements = lines)", |b| {
        // The binary never drops its lexicon: leave the drop out of the time.
        b.iter_with_large_drop(|| {
            std::hint::black_box(
                Lexicon::from_text(LEXICON_TSV, std::path::Path::new("id-en.tsv"))
                    .expect("embedded lexicon parses"),
            )
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
