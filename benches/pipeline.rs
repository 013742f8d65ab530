//! Speed of the pipeline stages on the bundled sample pairs: quote
//! extraction (reported as quotes per second through criterion's element
//! throughput), the pair similarity index, and a whole pair alignment.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kutip::align::{AlignParams, PairIndex, align_pair};
use kutip::lexicon::Lexicon;
use kutip::{Document, Lang};

fn bench(c: &mut Criterion) {
    let pairs = common::pairs();
    let lex = Lexicon::embedded();
    let n_quotes: usize = pairs
        .iter()
        .map(|(id, en)| {
            kutip::quote_records(id, Lang::Id).len() + kutip::quote_records(en, Lang::En).len()
        })
        .sum();
    let mut g = c.benchmark_group("extraction");
    g.throughput(Throughput::Elements(n_quotes as u64));
    g.bench_function("quotes of all samples (elements = quotes)", |b| {
        b.iter(|| {
            for (id, en) in &pairs {
                let d = Document::parse(id, Lang::Id);
                std::hint::black_box(kutip::quote::extract_quotes(&d, lex));
                let d = Document::parse(en, Lang::En);
                std::hint::black_box(kutip::quote::extract_quotes(&d, lex));
            }
        })
    });
    g.finish();
    let mut g = c.benchmark_group("alignment");
    g.throughput(Throughput::Elements(pairs.len() as u64));
    g.bench_function("similarity index of all samples (elements = pairs)", |b| {
        let docs: Vec<(Document, Document)> = pairs
            .iter()
            .map(|(i, e)| (Document::parse(i, Lang::Id), Document::parse(e, Lang::En)))
            .collect();
        b.iter(|| {
            for (i, e) in &docs {
                std::hint::black_box(PairIndex::new(i, e, lex));
            }
        })
    });
    g.bench_function("align all samples (elements = pairs)", |b| {
        b.iter(|| {
            for (i, e) in &pairs {
                std::hint::black_box(align_pair(i, e, lex, &AlignParams::default()));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
