//! Cost of the fidelity stage: a whole pair alignment without and with the
//! checks, on the bundled sample pairs, in the same run (the ratio of the
//! two is the figure to read; this machine's cores are shared).

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kutip::align::{AlignParams, align_pair};
use kutip::lexicon::Lexicon;

fn bench(c: &mut Criterion) {
    let pairs = common::pairs();
    let lex = Lexicon::embedded();
    let params = AlignParams::default();
    let pipeline = kutip::PipelineParams::default();
    let mut g = c.benchmark_group("fidelity");
    g.throughput(Throughput::Elements(pairs.len() as u64));
    g.bench_function("align_pair (elements = pairs)", |b| {
        b.iter(|| {
            for (id, en) in &pairs {
                std::hint::black_box(align_pair(id, en, lex, &params));
            }
        })
    });
    g.bench_function("align_checked (elements = pairs)", |b| {
        b.iter(|| {
            for (id, en) in &pairs {
                std::hint::black_box(kutip::align_checked(id, en, lex, &pipeline));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
