//! What several integration tests share: the bundled sample pairs and the
//! alignment figures of a lexicon on them (scored like `score.py`).

use std::path::PathBuf;

use kutip::align::{AlignParams, align_pair};
use kutip::eval::{Figures, add, finish, read_rows, score};
use kutip::io::align_records;
use kutip::lexicon::Lexicon;

/// One sample pair: name, Indonesian text, English text, gold CSV.
pub struct Sample {
    pub name: String,
    pub id: String,
    pub en: String,
    pub gold: String,
}

/// The pairs of `corpora/samples` that have a gold file, by name.
pub fn samples() -> Vec<Sample> {
    pairs_in(std::path::Path::new("corpora/samples"))
}

/// The pairs of folder `base` that have an English text and a gold file, by
/// name (none when the folder is not there).
pub fn pairs_in(base: &std::path::Path) -> Vec<Sample> {
    let Ok(entries) = std::fs::read_dir(base) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("gold.csv").is_file() && p.join("en.txt").is_file())
        .collect();
    dirs.sort();
    dirs.iter()
        .map(|d| {
            let r = |f: &str| std::fs::read_to_string(d.join(f)).expect("readable");
            Sample {
                name: d.file_name().expect("name").to_string_lossy().into_owned(),
                id: r("id.txt"),
                en: r("en.txt"),
                gold: r("gold.csv"),
            }
        })
        .collect()
}

/// Alignment figures of `lex` over the samples.
pub fn figures(lex: &Lexicon) -> Figures {
    figures_on(&samples(), lex)
}

/// Alignment figures of `lex` over `pairs`.
pub fn figures_on(pairs: &[Sample], lex: &Lexicon) -> Figures {
    let p = AlignParams::default();
    let mut total = Figures::default();
    for s in pairs {
        let a = align_pair(&s.id, &s.en, lex, &p);
        let mut w = csv::Writer::from_writer(Vec::new());
        for r in align_records(&s.name, &a) {
            w.serialize(r).expect("serialize");
        }
        let csv_text = String::from_utf8(w.into_inner().expect("flush")).expect("utf8");
        let rows = read_rows(&csv_text).expect("rows");
        add(
            &mut total,
            &score(&read_rows(&s.gold).expect("gold"), &rows),
        );
    }
    finish(total)
}
