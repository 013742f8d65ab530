//! `kutip eval` against the shared scorer: on every pair of `../shared/dev`
//! with an English text and a gold file, `kutip align` output is scored by
//! `kutip eval` and by `python3 ../shared/eval/score.py`, and every line
//! (each pair's figures, then the total) must be the same; so must they on
//! predictions made from the gold files by perturbing them. Also the two ways
//! of naming the files and the errors, on the bundled samples.

mod skipping;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const KUTIP: &str = env!("CARGO_BIN_EXE_kutip");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A directory under the system temp dir, removed when dropped.
#[path = "common/temp.rs"]
mod temp;
use temp::TempDir;

fn run(program: &str, args: &[&Path]) -> Output {
    let out = Command::new(program)
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Aligns the pair in `dir` into `out_dir/<name>.csv` and returns that path.
fn align(dir: &Path, out_dir: &Path) -> PathBuf {
    let name = dir
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let out = Command::new(KUTIP)
        .args(["align", "--pair", &name, "--id"])
        .arg(dir.join("id.txt"))
        .arg("--en")
        .arg(dir.join("en.txt"))
        .output()
        .expect("kutip align");
    assert!(out.status.success(), "align {}", dir.display());
    let pred = out_dir.join(format!("{name}.csv"));
    std::fs::write(&pred, &out.stdout).expect("write prediction");
    pred
}

/// A prediction made from a gold file by changing it row by row in ways a
/// tool goes wrong (a speaker with a title, a possessive, a connective,
/// another row's speaker; a cut or shortened quote; another row's English;
/// duplicated rows that tie; an omitted row), so that both scorers judge
/// many real labels and ties, not only what `align` happens to output.
fn perturbed_prediction(gold: &Path, out: &Path) {
    let mut r = csv::Reader::from_path(gold).expect("gold");
    let h = r.headers().expect("header").clone();
    let col = |n: &str| h.iter().position(|x| x == n);
    let (iq, isp, alt, eq) = (
        col("id_quote").expect("id_quote"),
        col("id_speaker").expect("id_speaker"),
        col("id_speaker_alt"),
        col("en_quote").expect("en_quote"),
    );
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    let mut w = csv::Writer::from_path(out).expect("prediction");
    w.write_record(["pair", "status", "id_speaker", "id_quote", "en_quote"])
        .expect("write");
    for (k, g) in rows.iter().enumerate() {
        let next = &rows[(k + 1) % rows.len()];
        let speaker = &g[isp];
        let words: Vec<&str> = speaker.split_whitespace().collect();
        let first_alt = alt
            .and_then(|a| g.get(a))
            .and_then(|a| a.split('|').next())
            .filter(|a| !a.is_empty())
            .unwrap_or(speaker);
        let speaker = match k % 7 {
            0 => first_alt.to_owned(),
            1 => format!("{speaker}’s"),
            2 => format!("Presiden {speaker}"),
            3 => words.first().copied().unwrap_or("").to_owned(),
            4 => words.last().copied().unwrap_or("").to_owned(),
            5 => "Pasalnya".to_owned(),
            _ => next[isp].to_owned(),
        };
        let quote: Vec<&str> = g[iq].split_whitespace().collect();
        let id_quote = match k % 3 {
            0 => quote.join(" "),
            1 => quote[..quote.len().saturating_sub(1)].join(" "),
            _ => quote[..quote.len() / 2].join(" "),
        };
        let en_quote = match k % 4 {
            0 => g[eq].to_owned(),
            1 => next[eq].to_owned(),
            2 => String::new(),
            _ => format!("{} and more words besides", &g[eq]),
        };
        let status = if en_quote.trim().is_empty() {
            "unsourced"
        } else {
            "matched"
        };
        w.write_record(["p", status, &speaker, &id_quote, &en_quote])
            .expect("write");
        if k % 3 == 2 {
            // The same Indonesian words again, with the gold speaker and
            // English: the two rows tie, and the order of ties decides.
            let status = if g[eq].trim().is_empty() {
                "unsourced"
            } else {
                "matched"
            };
            w.write_record(["p", status, &g[isp], &id_quote, &g[eq]])
                .expect("write");
        }
    }
    w.write_record(["p", "omitted", "", "", "words only the English has"])
        .expect("write");
    w.flush().expect("flush");
}

fn lines(out: &Output) -> Vec<String> {
    String::from_utf8(out.stdout.clone())
        .expect("utf8")
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_dev_pair_scores_as_score_py_scores_it() {
    let dev = root().join("../shared/dev");
    let scorer = root().join("../shared/eval/score.py");
    if !dev.is_dir() || !scorer.is_file() {
        skipping::skip(
            "every_dev_pair_scores_as_score_py_scores_it: ../shared (dev pairs and score.py) is not here",
        );
        return;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        skipping::skip("every_dev_pair_scores_as_score_py_scores_it: python3 is not installed");
        return;
    }
    let tmp = TempDir::new("dev");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&dev)
        .expect("../shared/dev")
        .map(|e| e.expect("entry").path())
        .filter(|d| d.join("gold.csv").is_file() && d.join("en.txt").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 12, "dev pairs with gold: {}", dirs.len());
    let mut files: Vec<PathBuf> = Vec::new();
    for d in &dirs {
        files.push(d.join("gold.csv"));
        files.push(align(d, &tmp.0));
    }
    // The same gold files against predictions made from them.
    for d in &dirs {
        let name = d.file_name().expect("name").to_string_lossy().into_owned();
        let pred = tmp.0.join(format!("{name}.perturbed.csv"));
        perturbed_prediction(&d.join("gold.csv"), &pred);
        files.push(d.join("gold.csv"));
        files.push(pred);
    }
    let args: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let ours = run(KUTIP, &[&[Path::new("eval")], &args[..]].concat());
    let theirs = run("python3", &[&[scorer.as_path()], &args[..]].concat());
    let (ours, theirs) = (lines(&ours), lines(&theirs));
    assert_eq!(
        ours.len(),
        2 * dirs.len() + 1,
        "one line per pair, then the total"
    );
    assert_eq!(ours.len(), theirs.len());
    for (a, b) in ours.iter().zip(&theirs) {
        // The same figures, and the same line.
        let va: serde_json::Value = serde_json::from_str(a).expect("kutip eval JSON");
        let vb: serde_json::Value = serde_json::from_str(b).expect("score.py JSON");
        assert_eq!(va, vb, "\nkutip eval: {a}\nscore.py:   {b}");
        assert_eq!(a, b);
    }
    // One pair alone: score.py prints its total line (no row_accuracy).
    let one = run(KUTIP, &[Path::new("eval"), args[0], args[1]]);
    let one_py = run("python3", &[scorer.as_path(), args[0], args[1]]);
    assert_eq!(lines(&one), lines(&one_py));
    println!(
        "{} dev pairs aligned and perturbed, total: {}",
        dirs.len(),
        ours[2 * dirs.len()]
    );
}

#[test]
fn files_in_pairs_or_with_flags_give_the_same_lines() {
    let tmp = TempDir::new("samples");
    let samples = root().join("corpora/samples");
    let (a, b) = (
        samples.join("voa-syria-envoy-2012"),
        samples.join("voa-kenya-mall-2013"),
    );
    let (pa, pb) = (align(&a, &tmp.0), align(&b, &tmp.0));
    let (ga, gb) = (a.join("gold.csv"), b.join("gold.csv"));
    let positional = run(KUTIP, &[Path::new("eval"), &ga, &pa, &gb, &pb]);
    let flags = run(
        KUTIP,
        &[
            Path::new("eval"),
            Path::new("--gold"),
            &ga,
            Path::new("--pred"),
            &pa,
            Path::new("--gold"),
            &gb,
            Path::new("--pred"),
            &pb,
        ],
    );
    let l = lines(&positional);
    assert_eq!(l, lines(&flags));
    assert_eq!(l.len(), 3);
    let first: serde_json::Value = serde_json::from_str(&l[0]).expect("json");
    assert_eq!(first["gold_file"], ga.display().to_string());
    assert!(first["row_accuracy"].is_number());
    let t: serde_json::Value = serde_json::from_str(&l[2]).expect("json");
    assert!(t.get("row_accuracy").is_none() && t.get("gold_file").is_none());
    // The samples' speakers are named in their gold files' terms.
    assert!(t["speaker_accuracy"].as_f64().expect("number") > 0.5);
}

#[test]
fn bad_arguments_say_what_to_give() {
    let samples = root().join("corpora/samples/voa-syria-envoy-2012");
    let gold = samples.join("gold.csv");
    let err = |args: &[&Path]| {
        let out = Command::new(KUTIP)
            .arg("eval")
            .args(args)
            .output()
            .expect("kutip");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        String::from_utf8(out.stderr).expect("utf8")
    };
    assert!(err(&[&gold]).contains("in pairs, GOLD PRED"));
    assert!(err(&[]).contains("nothing to score"));
    let missing = samples.join("no-such.csv");
    assert!(err(&[&gold, &missing]).contains("no-such.csv"));
    // A file that is not a CSV of rows: a binary blob.
    let tmp = TempDir::new("bad");
    let blob = tmp.0.join("blob.csv");
    std::fs::write(&blob, [0xffu8, 0xfe, 0x00]).expect("write");
    assert!(err(&[&gold, &blob]).contains("blob.csv"));
}
