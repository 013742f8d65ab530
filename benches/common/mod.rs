//! What the benchmarks share: the bundled sample pairs as (Indonesian,
//! English) texts, in name order.

pub fn pairs() -> Vec<(String, String)> {
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
