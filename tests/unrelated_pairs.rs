//! Pairs whose two articles report different stories, run through the built
//! binary: every input mode (one pair, a folder, a manifest, a JSONL stream)
//! says so per pair on stderr and in JSONL (`pair_related`), and writes no
//! `matched` row for them; the true pairs beside them are not called
//! unrelated. The pairs are made by crossing the bundled samples
//! (`corpora/samples`, VOA, public domain): the Indonesian of one with the
//! English of another; with `../shared/dev` beside the checkout, every dev
//! pair's Indonesian against every other dev pair's English as well.

mod skipping;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const KUTIP: &str = env!("CARGO_BIN_EXE_kutip");

const UNRELATED: &str = "the two articles look unrelated (";

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpora/samples")
        .join(name)
}

/// The bundled sample folders, sorted by name.
fn samples() -> Vec<(String, PathBuf)> {
    let mut v: Vec<(String, PathBuf)> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/samples"))
            .expect("corpora/samples")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.join("id.txt").is_file() && p.join("en.txt").is_file())
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
            .collect();
    v.sort();
    assert!(v.len() >= 5, "samples present");
    v
}

#[path = "common/temp.rs"]
mod temp;
use temp::TempDir;

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(KUTIP)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn kutip");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.unwrap_or_default().to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer").expect("write stdin");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The JSONL rows of each pair, and the pairs stderr calls unrelated.
fn rows_and_messages(out: &Output) -> (Vec<serde_json::Value>, Vec<String>) {
    let rows = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    let messages = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("kutip: pair ")?;
            let (pair, reason) = rest.split_once(": ")?;
            reason.starts_with(UNRELATED).then(|| pair.to_owned())
        })
        .collect();
    (rows, messages)
}

/// Checks every row: a pair named in `unrelated` has `related: false`, a
/// reason, and no matched row; any other pair is related. Returns the
/// number of matched rows of the related pairs.
fn check(rows: &[serde_json::Value], unrelated: &[String], messages: &[String]) -> usize {
    let mut said: Vec<String> = messages.to_vec();
    said.sort();
    let mut expected = unrelated.to_vec();
    expected.sort();
    assert_eq!(said, expected, "stderr names exactly the unrelated pairs");
    let mut matched_related = 0;
    for r in rows {
        let pair = r["pair"].as_str().expect("pair");
        let rel = &r["pair_related"];
        if unrelated.iter().any(|u| u == pair) {
            assert_eq!(rel["related"], false, "{pair}: {rel}");
            assert!(
                rel["reason"]
                    .as_str()
                    .is_some_and(|s| s.starts_with(UNRELATED)),
                "{pair}: {rel}"
            );
            assert!(rel["anchors"].as_u64().is_some() && rel["coverage"].as_f64().is_some());
            assert_ne!(r["status"], "matched", "{pair}: {r}");
        } else {
            assert_eq!(rel["related"], true, "{pair}: {rel}");
            matched_related += usize::from(r["status"] == "matched");
        }
    }
    matched_related
}

#[test]
fn one_crossed_pair_says_it_is_unrelated_and_matches_nothing() {
    let (id, en) = (
        sample("voa-syria-envoy-2012"),
        sample("voa-kenya-mall-2013"),
    );
    let out = run(
        &[
            "align",
            "--id",
            id.join("id.txt").to_str().unwrap(),
            "--en",
            en.join("en.txt").to_str().unwrap(),
            "--pair",
            "crossed",
            "--format",
            "jsonl",
        ],
        None,
    );
    let (rows, messages) = rows_and_messages(&out);
    assert!(
        rows.len() > 3,
        "the quotes are still listed: {}",
        rows.len()
    );
    check(&rows, &["crossed".to_owned()], &messages);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("1 pair looks unrelated (no matched row)"),
        "summary: {stderr}"
    );
    // The CSV keeps its columns: the verdict is on stderr alone.
    let csv = run(
        &[
            "align",
            id.join("id.txt").to_str().unwrap(),
            en.join("en.txt").to_str().unwrap(),
            "--pair",
            "crossed",
        ],
        None,
    );
    let text = String::from_utf8_lossy(&csv.stdout);
    assert!(text.starts_with("pair,status,kind,id_speaker,id_quote,en_speaker,en_quote,score,margin,flags,id_start,id_end,en_start,en_end\n"));
    assert!(!text.contains(",matched,"));
    assert!(
        String::from_utf8_lossy(&csv.stderr).contains(&format!("kutip: pair crossed: {UNRELATED}"))
    );
}

#[test]
fn folders_manifests_and_streams_say_it_per_pair() {
    let s = samples();
    let dir = TempDir::new("modes");
    // A folder of pairs: each sample, and each sample's Indonesian with the
    // next sample's English.
    let folder = dir.0.join("pairs");
    let mut crossed = Vec::new();
    let mut manifest = String::from("pair,id_path,en_path\n");
    let mut stream = String::new();
    for (k, (name, p)) in s.iter().enumerate() {
        let (other, q) = &s[(k + 1) % s.len()];
        let cross = format!("x-{name}-{other}");
        for (pair, id_dir, en_dir) in [(name, p, p), (&cross, p, q)] {
            let to = folder.join(pair);
            std::fs::create_dir_all(&to).expect("pair folder");
            std::fs::copy(id_dir.join("id.txt"), to.join("id.txt")).expect("copy");
            std::fs::copy(en_dir.join("en.txt"), to.join("en.txt")).expect("copy");
            manifest += &format!("{pair},pairs/{pair}/id.txt,pairs/{pair}/en.txt\n");
            let line = serde_json::json!({
                "pair": pair,
                "id": std::fs::read_to_string(id_dir.join("id.txt")).unwrap(),
                "en": std::fs::read_to_string(en_dir.join("en.txt")).unwrap(),
            });
            stream += &format!("{line}\n");
        }
        crossed.push(cross);
    }
    let manifest_path = dir.0.join("pairs.csv");
    std::fs::write(&manifest_path, manifest).expect("manifest");
    let by_folder = run(
        &["align", folder.to_str().unwrap(), "--format", "jsonl"],
        None,
    );
    let by_manifest = run(
        &[
            "align",
            "--manifest",
            manifest_path.to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        None,
    );
    let by_stream = run(&["align", "--jsonl", "-"], Some(stream.as_bytes()));
    for (mode, out) in [
        ("folder", &by_folder),
        ("manifest", &by_manifest),
        ("stream", &by_stream),
    ] {
        let (rows, messages) = rows_and_messages(out);
        let matched = check(&rows, &crossed, &messages);
        assert!(
            matched >= 4 * s.len(),
            "{mode}: the true pairs still match ({matched} rows)"
        );
    }
    // Sentence rows carry the verdict too.
    let beads = run(
        &[
            "align",
            "--unit",
            "sentence",
            folder.to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        None,
    );
    let (rows, _) = rows_and_messages(&beads);
    assert!(rows.iter().any(|r| r["pair_related"]["related"] == false));
    assert!(rows.iter().any(|r| r["pair_related"]["related"] == true));
}

#[test]
fn every_dev_indonesian_against_every_other_english_is_unrelated() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev");
    if !dev.is_dir() {
        skipping::skip(
            "every_dev_indonesian_against_every_other_english_is_unrelated: ../shared/dev is not here",
        );
        return;
    }
    let mut names: Vec<String> = std::fs::read_dir(&dev)
        .expect("dev")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("id.txt").is_file() && p.join("en.txt").is_file())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 10, "dev pairs present");
    let dir = TempDir::new("dev");
    let mut manifest = String::from("pair,id_path,en_path\n");
    let mut crossed = Vec::new();
    for a in &names {
        for b in &names {
            let pair = if a == b {
                a.clone()
            } else {
                format!("{a}__{b}")
            };
            let (id, en) = (dev.join(a).join("id.txt"), dev.join(b).join("en.txt"));
            manifest += &format!("{pair},{},{}\n", id.display(), en.display());
            if a != b {
                crossed.push(pair);
            }
        }
    }
    let path = dir.0.join("pairs.csv");
    std::fs::write(&path, manifest).expect("manifest");
    let out = run(
        &[
            "align",
            "--manifest",
            path.to_str().unwrap(),
            "--allow-any-path",
            "--format",
            "jsonl",
        ],
        None,
    );
    let (rows, messages) = rows_and_messages(&out);
    let matched = check(&rows, &crossed, &messages);
    assert!(
        matched >= 5 * names.len(),
        "the true dev pairs still match ({matched} rows)"
    );
}
