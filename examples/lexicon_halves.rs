//! Dev figures of lexicon files, for tuning how a lexicon is built: aligns
//! every pair of a dev folder with each lexicon given (in place of the
//! embedded one) and prints alignment F1 and speaker accuracy on the two
//! fixed halves that `scripts/dev_halves.sh` uses (by the cksum of the
//! pair's name: even = tuning half, odd = checking half).
//!
//! usage: cargo run --release --example lexicon_halves -- DEV_DIR LEXICON.tsv...
//!        (`embedded` as a file name stands for the built-in lexicon)

use std::path::{Path, PathBuf};
use std::process::Command;

use std::collections::HashMap;

use kutip::Lang;
use kutip::align::{AlignParams, PairIndex, align_pair};
use kutip::eval::{Figures, add, finish, read_rows, score};
use kutip::io::align_records;
use kutip::lexicon::Lexicon;

use kutip::text::Document;

fn cksum_even(name: &str) -> bool {
    let out = Command::new("cksum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().expect("stdin").write_all(name.as_bytes())?;
            c.wait_with_output()
        })
        .expect("cksum runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let n: u64 = text
        .split(' ')
        .next()
        .and_then(|x| x.parse().ok())
        .expect("cksum prints a number");
    n.is_multiple_of(2)
}

#[path = "../tests/common/locate.rs"]
mod locate;
use locate::{locate, sentence_of};

/// Over the gold rows with an English quote: how often the similarity
/// ranks the sentence holding the English quote above every other English
/// sentence of the article (as tests/similarity_figures.rs does), and the
/// mean margin of its score over the best rival.
fn discrimination(dirs: &[PathBuf], lex: &Lexicon) -> (usize, usize, f64) {
    let (mut rows, mut right, mut margin) = (0usize, 0usize, 0.0f64);
    for d in dirs {
        let r = |f: &str| std::fs::read_to_string(d.join(f)).expect("readable");
        let id = Document::parse(&r("id.txt"), Lang::Id);
        let en = Document::parse(&r("en.txt"), Lang::En);
        let index = PairIndex::new(&id, &en, lex);
        let en_types: Vec<Vec<u32>> = en
            .sentences
            .iter()
            .map(|s| index.en_types(s.tokens.clone()))
            .collect();
        for g in read_rows(&r("gold.csv"))
            .expect("gold")
            .iter()
            .filter(|g| !g.en_quote.trim().is_empty())
        {
            let (id_toks, en_toks) = (locate(&id, &g.id_quote), locate(&en, &g.en_quote));
            if id_toks.is_empty() || en_toks.is_empty() {
                continue;
            }
            let mut id_sents: Vec<usize> = id_toks.iter().map(|&k| sentence_of(&id, k)).collect();
            id_sents.dedup();
            let seg: Vec<u32> = id_sents
                .iter()
                .flat_map(|&s| index.id_types(id.sentences[s].tokens.clone()))
                .collect();
            let mut held: HashMap<usize, usize> = HashMap::new();
            for &k in &en_toks {
                *held.entry(sentence_of(&en, k)).or_default() += 1;
            }
            let target = *held
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(s, _)| s)
                .expect("held");
            let t = index.similarity(&seg, &en_types[target]);
            let rival = (0..en.sentences.len())
                .filter(|s| !held.contains_key(s))
                .map(|s| index.similarity(&seg, &en_types[s]))
                .fold(0.0f32, f32::max);
            rows += 1;
            right += usize::from(t > rival);
            margin += f64::from(t - rival);
        }
    }
    (right, rows, margin / rows.max(1) as f64)
}

fn figures(dirs: &[PathBuf], lex: &Lexicon) -> Figures {
    let p = AlignParams::default();
    let mut total = Figures::default();
    for d in dirs {
        let r = |f: &str| std::fs::read_to_string(d.join(f)).expect("readable");
        let name = d.file_name().expect("name").to_string_lossy().into_owned();
        let a = align_pair(&r("id.txt"), &r("en.txt"), lex, &p);
        let mut w = csv::Writer::from_writer(Vec::new());
        for rec in align_records(&name, &a) {
            w.serialize(rec).expect("serialize");
        }
        let text = String::from_utf8(w.into_inner().expect("flush")).expect("utf8");
        let rows = read_rows(&text).expect("rows");
        let f = score(&read_rows(&r("gold.csv")).expect("gold"), &rows);
        if std::env::var_os("LEXICON_HALVES_VERBOSE").is_some() {
            let f = finish(f.clone());
            println!(
                "  {name}: good {}/{} matched {} F1 {:.3}",
                f.n_good, f.n_gold_src, f.n_pred_matched, f.align_f1
            );
        }
        add(&mut total, &f);
    }
    finish(total)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((dev, lexicons)) = args.split_first() else {
        eprintln!("usage: lexicon_halves DEV_DIR LEXICON.tsv...");
        std::process::exit(2);
    };
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(Path::new(dev))
        .expect("dev folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("gold.csv").is_file() && p.join("en.txt").is_file())
        .collect();
    dirs.sort();
    let (tune, check): (Vec<PathBuf>, Vec<PathBuf>) = dirs
        .into_iter()
        .partition(|d| cksum_even(&d.file_name().expect("name").to_string_lossy()));
    for path in lexicons {
        let lex = if path == "embedded" {
            Lexicon::embedded().clone()
        } else {
            Lexicon::from_path(Path::new(path)).expect("lexicon loads")
        };
        let (t, c) = (figures(&tune, &lex), figures(&check, &lex));
        let (dt, dc) = (discrimination(&tune, &lex), discrimination(&check, &lex));
        println!(
            "{path}: tune F1 {:.3} ({}/{}) speakers {:.3} top1 {}/{} margin {:.4} | check F1 {:.3} ({}/{}) speakers {:.3} top1 {}/{} margin {:.4}",
            t.align_f1,
            t.n_good,
            t.n_gold_src,
            t.speaker_accuracy,
            dt.0,
            dt.1,
            dt.2,
            c.align_f1,
            c.n_good,
            c.n_gold_src,
            c.speaker_accuracy,
            dc.0,
            dc.1,
            dc.2
        );
    }
}
