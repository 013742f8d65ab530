//! Cost of the fidelity stage: a whole pair alignment without and with the
//! checks, on the bundled sample pairs, in the same run (the ratio of the
//! two is the figure to read; this machine's cores are shared).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kutip::align::{AlignParams, align_pair};
use kutip::lexicon::Lexicon;

fn pairs() -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir("corpora/samples")
        .expect("corpora/samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("id.txt").is_file())
        .map(|p| {
            (
                std::fs::read_to_string(p.join("id.txt")).expect("id.txt"),
                std::fs::read_to_string(p.join("en.txt")).expect("en.txt"),
            )
        })
        .collect();
    v.sort();
    v
}

fn bench(c: &mut Criterion) {
    let pairs = pairs();
    let lex = Lexicon::embedded();
    let params = AlignParams::default();
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
                std::hint::black_box(kutip::align_checked(id, en, lex, &params));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
