//! `kutip align` in batch: inputs (folder, manifest, JSONL stream),
//! per-pair failures, shards, thread-count independence and the output
//! formats (CSV, JSONL, TMX 1.4b, Moses), run through the built binary on
//! the bundled sample pairs (`corpora/samples`, VOA, public domain).

mod skipping;

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const KUTIP: &str = env!("CARGO_BIN_EXE_kutip");

/// A fresh temporary folder, removed at the end of the test.
#[path = "common/temp.rs"]
mod temp;
use temp::TempDir;

fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/samples")
}

/// The bundled sample pairs, sorted by name.
fn samples() -> Vec<(String, PathBuf)> {
    let mut v: Vec<(String, PathBuf)> = std::fs::read_dir(samples_dir())
        .expect("corpora/samples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("id.txt").is_file() && p.join("en.txt").is_file())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    v.sort();
    assert!(v.len() >= 5, "samples present");
    v
}

fn kutip(args: &[&str]) -> Output {
    Command::new(KUTIP).args(args).output().expect("run kutip")
}

fn kutip_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(KUTIP)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn kutip");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer").expect("write stdin");
    out
}

fn text(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf8 stdout")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

fn csv_rows(s: &str) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(s.as_bytes());
    r.records()
        .map(|x| x.expect("csv row").iter().map(str::to_owned).collect())
        .collect()
}

fn jsonl(s: &str) -> Vec<serde_json::Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

/// The `matched` rows of the samples, as JSONL objects.
fn matched_sample_rows() -> Vec<serde_json::Value> {
    jsonl(&text(&kutip(&[
        "align",
        samples_dir().to_str().unwrap(),
        "--format",
        "jsonl",
    ])))
    .into_iter()
    .filter(|r| r["status"] == "matched")
    .collect()
}

/// A manifest of `n` pairs named `p000`… cycling over the samples.
fn write_manifest(dir: &Path, n: usize) -> PathBuf {
    // The samples are copied beside the manifest: its paths stay inside
    // its folder, as a manifest's must without --allow-any-path.
    let s = samples();
    for (name, p) in &s {
        let to = dir.join("samples").join(name);
        std::fs::create_dir_all(&to).expect("sample folder");
        for f in ["id.txt", "en.txt"] {
            std::fs::copy(p.join(f), to.join(f)).expect("sample copy");
        }
    }
    let mut m = String::from("pair,id_path,en_path\n");
    for i in 0..n {
        let (name, _) = &s[i % s.len()];
        m += &format!("p{i:03},samples/{name}/id.txt,samples/{name}/en.txt\n");
    }
    let path = dir.join("pairs.csv");
    std::fs::write(&path, m).expect("manifest");
    path
}

#[test]
fn failures_are_reported_per_pair_and_every_good_pair_is_written() {
    let t = TempDir::new("failures");
    let dir = t.path().join("pairs");
    let s = samples();
    let copy = |name: &str, from: &Path, sides: &[&str]| {
        std::fs::create_dir_all(dir.join(name)).unwrap();
        for side in sides {
            std::fs::copy(from.join(side), dir.join(name).join(side)).unwrap();
        }
    };
    copy("a-good", &s[0].1, &["id.txt", "en.txt"]);
    copy("b-not-utf8", &s[1].1, &["en.txt"]);
    let mut bad = b"Kata Presiden: \xe9t\xe9 ".to_vec();
    bad.extend(std::fs::read(s[1].1.join("id.txt")).unwrap());
    std::fs::write(dir.join("b-not-utf8/id.txt"), bad).unwrap();
    copy("c-empty", &s[2].1, &["id.txt"]);
    std::fs::write(dir.join("c-empty/en.txt"), "\n  \n").unwrap();
    copy("d-missing-side", &s[3].1, &["id.txt"]);
    copy("e-good", &s[4].1, &["id.txt", "en.txt"]);

    let out_csv = t.path().join("out.csv");
    let err_csv = t.path().join("errors.csv");
    let out = kutip(&[
        "align",
        dir.to_str().unwrap(),
        "-o",
        out_csv.to_str().unwrap(),
        "--errors",
        err_csv.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 1, "some pairs failed: exit 1");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("pair b-not-utf8") && stderr.contains("not UTF-8 at byte 15"),
        "{stderr}"
    );
    let errors = csv_rows(&std::fs::read_to_string(&err_csv).unwrap());
    assert_eq!(errors[0], ["pair", "path", "reason"]);
    let got: Vec<(String, String, String)> = errors[1..]
        .iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    let path_of = |pair: &str, side: &str| dir.join(pair).join(side).display().to_string();
    assert_eq!(got[0].0, "b-not-utf8");
    assert_eq!(got[0].1, path_of("b-not-utf8", "id.txt"));
    assert!(got[0].2.starts_with("not UTF-8 at byte 15"), "{}", got[0].2);
    assert_eq!(got[1].0, "c-empty");
    assert_eq!(got[1].1, path_of("c-empty", "en.txt"));
    assert!(got[1].2.starts_with("empty article"), "{}", got[1].2);
    assert_eq!(
        got[2],
        (
            "d-missing-side".into(),
            path_of("d-missing-side", "en.txt"),
            "missing file".into()
        )
    );
    // Every good pair is written, with the rows it gets on its own.
    let written = std::fs::read_to_string(&out_csv).unwrap();
    for (name, good) in [("a-good", &s[0].1), ("e-good", &s[4].1)] {
        let alone = kutip(&[
            "align",
            "--id",
            good.join("id.txt").to_str().unwrap(),
            "--en",
            good.join("en.txt").to_str().unwrap(),
            "--pair",
            name,
        ]);
        assert_eq!(code(&alone), 0);
        let alone = text(&alone);
        let rows: Vec<&str> = alone.lines().skip(1).collect();
        assert!(!rows.is_empty());
        for r in rows {
            assert!(written.contains(r), "{name}: row missing: {r}");
        }
    }
    let pairs: BTreeSet<String> = csv_rows(&written)[1..]
        .iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(pairs, BTreeSet::from(["a-good".into(), "e-good".into()]));
    // No temporary file is left beside the outputs.
    let left: Vec<_> = std::fs::read_dir(t.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_malformed_manifest_line_is_reported_with_its_line_and_the_rest_is_written() {
    let t = TempDir::new("manifest");
    let s = samples();
    // Relative paths resolve against the manifest's folder.
    for (name, p) in &s[..2] {
        std::fs::create_dir_all(t.path().join(name)).unwrap();
        for side in ["id.txt", "en.txt"] {
            std::fs::copy(p.join(side), t.path().join(name).join(side)).unwrap();
        }
    }
    let m = format!(
        "pair,id_path,en_path\n{a},{a}/id.txt,{a}/en.txt\nbroken,only-one-path\n{b},{b}/id.txt,{b}/en.txt\n",
        a = s[0].0,
        b = s[1].0
    );
    let manifest = t.path().join("pairs.csv");
    std::fs::write(&manifest, &m).unwrap();
    let err_csv = t.path().join("errors.csv");
    let out = kutip(&[
        "align",
        "--manifest",
        manifest.to_str().unwrap(),
        "--errors",
        err_csv.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(code(&out), 1, "{stderr}");
    let errors = csv_rows(&std::fs::read_to_string(&err_csv).unwrap());
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert_eq!(errors[1][1], manifest.display().to_string());
    assert_eq!(
        errors[1][2],
        "line 3: expected 3 columns pair,id_path,en_path, found 2"
    );
    assert!(stderr.contains("line 3: expected 3 columns"), "{stderr}");
    let pairs: BTreeSet<String> = csv_rows(&text(&out))[1..]
        .iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(pairs, BTreeSet::from([s[0].0.clone(), s[1].0.clone()]));
    // An unreadable manifest is fatal: exit 2, nothing written.
    let out = kutip(&["align", "--manifest", "/nonexistent/pairs.csv"]);
    assert_eq!(code(&out), 2);
    assert!(out.stdout.is_empty());
}

#[test]
fn stream_mode_round_trips_jsonl_with_the_records_of_the_folder_mode() {
    let mut input = String::new();
    for (name, p) in samples() {
        let line = serde_json::json!({
            "pair": name,
            "id": std::fs::read_to_string(p.join("id.txt")).unwrap(),
            "en": std::fs::read_to_string(p.join("en.txt")).unwrap(),
        });
        input += &format!("{line}\n");
    }
    // A malformed line in the middle: reported, the rest still written.
    let mut with_bad = input.clone();
    with_bad.insert_str(0, "{\"pair\": \"x\", \"id\": 3}\n");
    let streamed = kutip_stdin(&["align", "--jsonl", "-"], input.as_bytes());
    assert_eq!(
        code(&streamed),
        0,
        "{}",
        String::from_utf8_lossy(&streamed.stderr)
    );
    let folder = kutip(&[
        "align",
        samples_dir().to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert_eq!(code(&folder), 0);
    assert_eq!(
        text(&streamed),
        text(&folder),
        "stream == folder, byte for byte"
    );
    let rows = jsonl(&text(&streamed));
    let pairs: BTreeSet<String> = rows
        .iter()
        .map(|r| r["pair"].as_str().unwrap().to_owned())
        .collect();
    let names: BTreeSet<String> = samples().into_iter().map(|(n, _)| n).collect();
    assert_eq!(pairs, names, "every pair in, every pair out");
    // Offsets slice the inline texts back to the quotes.
    let texts: std::collections::HashMap<String, String> = input
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["pair"].as_str().unwrap().to_owned(),
                v["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    for r in rows.iter().filter(|r| r["status"] == "matched") {
        let (a, b) = (
            r["id_start"].as_u64().unwrap() as usize,
            r["id_end"].as_u64().unwrap() as usize,
        );
        let t: String = texts[r["pair"].as_str().unwrap()]
            .chars()
            .skip(a)
            .take(b - a)
            .collect();
        assert_eq!(t, r["id_quote"].as_str().unwrap());
        assert!(r["flags"].is_array() && r["evidence"].is_array());
    }
    let bad = kutip_stdin(&["align", "--jsonl", "-"], with_bad.as_bytes());
    assert_eq!(code(&bad), 1);
    assert_eq!(text(&bad), text(&folder));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("<stdin>: line 1: "), "{stderr}");
}

#[test]
fn shards_cover_every_pair_exactly_once() {
    let t = TempDir::new("shards");
    let manifest = write_manifest(t.path(), 30);
    let whole = kutip(&[
        "align",
        "--manifest",
        manifest.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert_eq!(code(&whole), 0);
    let whole_rows: Vec<String> = text(&whole).lines().map(str::to_owned).collect();
    let mut seen: Vec<String> = Vec::new();
    let mut union_rows: Vec<String> = Vec::new();
    for k in 1..=4 {
        let share = format!("{k}/4");
        let out = kutip(&[
            "align",
            "--manifest",
            manifest.to_str().unwrap(),
            "--format",
            "jsonl",
            "--shard",
            &share,
        ]);
        assert_eq!(code(&out), 0);
        let rows = text(&out);
        let pairs: BTreeSet<String> = jsonl(&rows)
            .iter()
            .map(|r| r["pair"].as_str().unwrap().to_owned())
            .collect();
        assert!(
            pairs.len() < 30,
            "share {share} is a share: {}",
            pairs.len()
        );
        seen.extend(pairs);
        union_rows.extend(rows.lines().map(str::to_owned));
    }
    let distinct: BTreeSet<&String> = seen.iter().collect();
    assert_eq!(seen.len(), 30, "no pair in two shares");
    assert_eq!(distinct.len(), 30, "every pair in a share");
    let (mut a, mut b) = (whole_rows, union_rows);
    a.sort();
    b.sort();
    assert_eq!(a, b, "the shares' rows are the whole run's rows");
    // A folder is shared the same way, by pair name.
    let mut folder_seen = Vec::new();
    for k in 1..=3 {
        let out = kutip(&[
            "align",
            samples_dir().to_str().unwrap(),
            "--shard",
            &format!("{k}/3"),
            "--format",
            "jsonl",
        ]);
        assert_eq!(code(&out), 0);
        let pairs: BTreeSet<String> = jsonl(&text(&out))
            .iter()
            .map(|r| r["pair"].as_str().unwrap().to_owned())
            .collect();
        folder_seen.extend(pairs);
    }
    folder_seen.sort();
    let names: Vec<String> = samples().into_iter().map(|(n, _)| n).collect();
    assert_eq!(folder_seen, names);
    assert_eq!(
        code(&kutip(&["align", "--shard", "5/4", "corpora/samples"])),
        2
    );
}

#[test]
fn output_is_identical_for_any_thread_count_and_chunk_size() {
    let t = TempDir::new("threads");
    let manifest = write_manifest(t.path(), 24);
    let run = |threads: &str, chunk: &str| {
        let out = kutip(&[
            "align",
            "--manifest",
            manifest.to_str().unwrap(),
            "--threads",
            threads,
            "--chunk",
            chunk,
        ]);
        assert_eq!(code(&out), 0);
        out.stdout
    };
    let one = run("1", "512");
    assert!(one.len() > 1000);
    assert_eq!(one, run("2", "512"));
    assert_eq!(one, run("2", "5"), "chunks of 5 pairs keep input order");
    assert_eq!(one, run("3", "1"));
}

fn attr(e: &quick_xml::events::BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .map(|a| a.expect("attribute"))
        .find(|a| a.key.as_ref() == name)
        .map(|a| {
            a.normalized_value(quick_xml::XmlVersion::Explicit1_0)
                .expect("value")
                .into_owned()
        })
}

/// One `<tu>`: its props (type, value) and its segments (xml:lang, text).
type Tu = (Vec<(String, String)>, Vec<(String, String)>);

/// Parses a TMX document, checking the TMX 1.4b structure on the way:
/// tmx(version 1.4) > header (required attributes) + body > tu > prop*, tuv
/// (xml:lang) > seg.
fn parse_tmx(xml: &str) -> Vec<Tu> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut path: Vec<String> = Vec::new();
    let mut header_seen = false;
    let mut tus: Vec<Tu> = Vec::new();
    let (mut lang, mut prop, mut buf) = (String::new(), String::new(), String::new());
    loop {
        let ev = reader.read_event().expect("well-formed XML");
        let (e, empty) = match ev {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) => {
                let name = e.name().as_ref().to_owned();
                assert_eq!(path.pop().as_deref(), Some(name.as_str()));
                let tu = tus.last_mut();
                match name.as_str() {
                    "seg" => tu.unwrap().1.push((lang.clone(), std::mem::take(&mut buf))),
                    "prop" => tu.unwrap().0.push((prop.clone(), std::mem::take(&mut buf))),
                    _ => {}
                }
                continue;
            }
            Event::Text(t) => {
                let s = t.xml10_content();
                if matches!(path.last().map(String::as_str), Some("seg" | "prop")) {
                    buf += &s;
                } else {
                    assert!(s.trim().is_empty(), "stray text {s:?}");
                }
                continue;
            }
            Event::GeneralRef(r) => {
                let c = if r.is_char_ref() {
                    r.resolve_char_ref()
                        .expect("char ref")
                        .expect("a char")
                        .to_string()
                } else {
                    let name = r.xml10_content();
                    quick_xml::escape::resolve_predefined_entity(&name)
                        .expect("predefined entity")
                        .to_owned()
                };
                buf += &c;
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let name = e.name().as_ref().to_owned();
        let parent = path.last().cloned().unwrap_or_default();
        match name.as_str() {
            "tmx" => {
                assert!(path.is_empty());
                assert_eq!(attr(&e, "version").as_deref(), Some("1.4"));
            }
            "header" => {
                assert_eq!(parent, "tmx");
                for a in [
                    "creationtool",
                    "creationtoolversion",
                    "segtype",
                    "o-tmf",
                    "adminlang",
                    "srclang",
                    "datatype",
                ] {
                    assert!(attr(&e, a).is_some_and(|v| !v.is_empty()), "header {a}");
                }
                assert_eq!(attr(&e, "srclang").as_deref(), Some("en"));
                let segtype = attr(&e, "segtype").unwrap();
                assert!(["block", "paragraph", "sentence", "phrase"].contains(&segtype.as_str()));
                header_seen = true;
            }
            "body" => assert_eq!(parent, "tmx"),
            "tu" => {
                assert_eq!(parent, "body");
                tus.push((Vec::new(), Vec::new()));
            }
            "prop" => {
                assert_eq!(parent, "tu");
                assert!(tus.last().unwrap().1.is_empty(), "props before tuvs");
                prop = attr(&e, "type").expect("prop type");
                assert!(prop.starts_with("x-"), "{prop}");
            }
            "tuv" => {
                assert_eq!(parent, "tu");
                lang = attr(&e, "xml:lang").expect("tuv xml:lang");
            }
            "seg" => assert_eq!(parent, "tuv"),
            other => panic!("unexpected element {other}"),
        }
        if !empty {
            path.push(name);
        }
    }
    assert!(header_seen && path.is_empty());
    for (_, segs) in &tus {
        assert!(segs.len() >= 2, "a tu has two tuvs");
    }
    tus
}

#[test]
fn tmx_is_well_formed_tmx_14b_with_one_tu_per_matched_row() {
    let out = kutip(&["align", samples_dir().to_str().unwrap(), "--format", "tmx"]);
    assert_eq!(code(&out), 0);
    let tus = parse_tmx(&text(&out));
    let matched = matched_sample_rows();
    assert!(matched.len() >= 10);
    assert_eq!(tus.len(), matched.len(), "one <tu> per matched row");
    for ((props, segs), row) in tus.iter().zip(&matched) {
        assert_eq!(
            segs,
            &vec![
                (
                    "en".to_owned(),
                    row["en_quote"].as_str().unwrap().to_owned()
                ),
                (
                    "id".to_owned(),
                    row["id_quote"].as_str().unwrap().to_owned()
                ),
            ]
        );
        let get = |k: &str| props.iter().find(|(t, _)| t == k).map(|(_, v)| v.as_str());
        assert_eq!(get("x-pair"), row["pair"].as_str());
        assert_eq!(get("x-kind"), row["kind"].as_str());
        let score: f64 = get("x-score").unwrap().parse().unwrap();
        assert!((score - row["score"].as_f64().unwrap()).abs() < 1e-6);
    }
    // Sentence unit: one tu per bead with text on both sides.
    let out = kutip(&[
        "align",
        "--unit",
        "sentence",
        samples_dir().to_str().unwrap(),
        "--format",
        "tmx",
    ]);
    let beads = csv_rows(&text(&kutip(&[
        "align",
        "--unit",
        "sentence",
        samples_dir().to_str().unwrap(),
    ])));
    let two_sided = beads[1..]
        .iter()
        .filter(|r| !r[2].is_empty() && !r[3].is_empty())
        .count();
    assert_eq!(parse_tmx(&text(&out)).len(), two_sided);
}

/// A pair whose quote needs escaping in XML and guarding in a spreadsheet:
/// “-5 derajat & <dingin> …” — aligned from a stream.
fn tricky_stream() -> String {
    let id = "JAKARTA - Menteri Budi Santoso berbicara pada hari Senin tentang cuaca di kota itu.\n“-5 derajat & <dingin> adalah suhu terendah tahun ini,” kata Budi.\nIa menambahkan bahwa sekolah akan ditutup.\n";
    let en = "JAKARTA - Minister Budi Santoso spoke on Monday about the weather in the city.\n“-5 degrees & <cold> is the lowest temperature this year,” Budi said.\nHe added that schools will be closed.\n";
    format!(
        "{}\n",
        serde_json::json!({"pair": "=HYPERLINK(\"x\")", "id": id, "en": en})
    )
}

#[test]
fn csv_guards_formula_cells_and_other_formats_keep_the_raw_text() {
    let input = tricky_stream();
    let csv_out = kutip_stdin(
        &["align", "--jsonl", "-", "--format", "csv"],
        input.as_bytes(),
    );
    assert_eq!(code(&csv_out), 0);
    let rows = csv_rows(&text(&csv_out));
    let quote = rows
        .iter()
        .find(|r| r[4].contains("derajat"))
        .expect("the quote is found");
    assert_eq!(quote[0], "'=HYPERLINK(\"x\")");
    assert_eq!(quote[1], "matched");
    assert_eq!(
        quote[4],
        "'-5 derajat & <dingin> adalah suhu terendah tahun ini"
    );
    assert_eq!(
        quote[6],
        "'-5 degrees & <cold> is the lowest temperature this year"
    );
    // JSONL carries the raw text, and the offsets index it.
    let j = jsonl(&text(&kutip_stdin(
        &["align", "--jsonl", "-"],
        input.as_bytes(),
    )));
    let q = j
        .iter()
        .find(|r| r["id_quote"].as_str().unwrap().contains("derajat"))
        .unwrap();
    assert_eq!(
        q["id_quote"],
        "-5 derajat & <dingin> adalah suhu terendah tahun ini"
    );
    assert_eq!(q["pair"], "=HYPERLINK(\"x\")");
    let v: serde_json::Value = serde_json::from_str(input.trim()).unwrap();
    let (a, b) = (
        q["id_start"].as_u64().unwrap() as usize,
        q["id_end"].as_u64().unwrap() as usize,
    );
    let slice: String = v["id"]
        .as_str()
        .unwrap()
        .chars()
        .skip(a)
        .take(b - a)
        .collect();
    assert_eq!(slice, q["id_quote"].as_str().unwrap());
    // TMX escapes it and reads back raw.
    let tmx = kutip_stdin(
        &["align", "--jsonl", "-", "--format", "tmx"],
        input.as_bytes(),
    );
    let tus = parse_tmx(&text(&tmx));
    assert!(
        tus.iter()
            .any(|(_, segs)| segs[1].1 == "-5 derajat & <dingin> adalah suhu terendah tahun ini")
    );
    // `kutip eval` reads the guarded CSV back as the raw text.
    let t = TempDir::new("guard");
    let pred = t.path().join("pred.csv");
    std::fs::write(&pred, &csv_out.stdout).unwrap();
    let gold = t.path().join("gold.csv");
    std::fs::write(
        &gold,
        "id_quote,id_speaker,en_quote,en_speaker,kind\n\"-5 derajat & <dingin> adalah suhu terendah tahun ini\",Budi Santoso,\"-5 degrees & <cold> is the lowest temperature this year\",Budi Santoso,direct\n",
    )
    .unwrap();
    let ev = kutip(&[
        "eval",
        "--gold",
        gold.to_str().unwrap(),
        "--pred",
        pred.to_str().unwrap(),
    ]);
    let figures: serde_json::Value = serde_json::from_str(text(&ev).trim()).unwrap();
    assert_eq!(figures["extracted"], 1);
    assert_eq!(figures["align_recall"], 1.0);
    // The shared scorer reads the guarded CSV as it reads the raw text.
    let scorer = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/score.py");
    if !scorer.is_file() {
        skipping::skip(&format!(
            "the shared scorer check ({} is not here)",
            scorer.display()
        ));
        return;
    }
    let raw = t.path().join("raw.csv");
    let mut w = csv::Writer::from_path(&raw).unwrap();
    w.write_record(["pair", "status", "id_speaker", "id_quote", "en_quote"])
        .unwrap();
    for r in &j {
        let f = |k: &str| r[k].as_str().unwrap_or("").to_owned();
        w.write_record([
            f("pair"),
            f("status"),
            f("id_speaker"),
            f("id_quote"),
            f("en_quote"),
        ])
        .unwrap();
    }
    w.flush().unwrap();
    let score = |pred: &Path| {
        let out = Command::new("python3")
            .arg(&scorer)
            .arg(&gold)
            .arg(pred)
            .output()
            .expect("python3");
        assert!(out.status.success());
        out.stdout
    };
    let guarded = score(&pred);
    assert_eq!(guarded, score(&raw));
    assert!(String::from_utf8_lossy(&guarded).contains("\"align_recall\": 1.0"));
}

#[test]
fn moses_files_are_line_aligned_and_min_score_keeps_confident_pairs() {
    let t = TempDir::new("moses");
    let prefix = t.path().join("corpus");
    let out = kutip(&[
        "align",
        samples_dir().to_str().unwrap(),
        "--format",
        "moses",
        "-o",
        prefix.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0);
    let id = std::fs::read_to_string(t.path().join("corpus.id")).unwrap();
    let en = std::fs::read_to_string(t.path().join("corpus.en")).unwrap();
    let matched = matched_sample_rows();
    let (id_lines, en_lines): (Vec<&str>, Vec<&str>) = (id.lines().collect(), en.lines().collect());
    assert_eq!(id_lines.len(), en_lines.len());
    assert_eq!(id_lines.len(), matched.len());
    for ((i, e), r) in id_lines.iter().zip(&en_lines).zip(&matched) {
        let flat = |s: &str| s.replace(['\n', '\r'], " ");
        assert_eq!(*i, flat(r["id_quote"].as_str().unwrap()));
        assert_eq!(*e, flat(r["en_quote"].as_str().unwrap()));
    }
    // --min-score: every matched row scores at least the threshold, and the
    // corpus shrinks to the confident pairs. Scores are printed to three
    // decimals (a score printed 0.8 may be 0.79999 inside), so the threshold
    // sits halfway between two printed scores from 0.75 up.
    let mut scores: Vec<f64> = matched
        .iter()
        .map(|r| r["score"].as_f64().unwrap())
        .collect();
    scores.sort_by(f64::total_cmp);
    let threshold = scores
        .windows(2)
        .find(|w| w[0] >= 0.75 && w[1] - w[0] >= 0.002)
        .map(|w| format!("{:.4}", (w[0] + w[1]) / 2.0))
        .expect("two distinct scores above 0.75");
    let strict = t.path().join("strict");
    let out = kutip(&[
        "align",
        samples_dir().to_str().unwrap(),
        "--format",
        "moses",
        "--min-score",
        &threshold,
        "-o",
        strict.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 0);
    let n_strict = std::fs::read_to_string(t.path().join("strict.id"))
        .unwrap()
        .lines()
        .count();
    let threshold: f64 = threshold.parse().unwrap();
    let n_confident = scores.iter().filter(|&&x| x >= threshold).count();
    assert_eq!(n_strict, n_confident);
    assert!(n_strict < matched.len() && n_strict > 0);
    // Moses needs a prefix.
    let out = kutip(&[
        "align",
        samples_dir().to_str().unwrap(),
        "--format",
        "moses",
    ]);
    assert_eq!(code(&out), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o PREFIX"));
}

/// Each JSONL row carries its pair's fidelity summary, and the summary line
/// on stderr counts the flagged rows of the whole batch.
#[test]
fn fidelity_summaries_per_pair_and_per_batch() {
    let dir = samples_dir();
    let out = kutip(&["align", dir.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(code(&out), 0);
    let rows = jsonl(&text(&out));
    let mut total_flagged = 0;
    for (pair, _) in samples() {
        let mine: Vec<&serde_json::Value> =
            rows.iter().filter(|r| r["pair"] == pair.as_str()).collect();
        let matched: Vec<&&serde_json::Value> =
            mine.iter().filter(|r| r["status"] == "matched").collect();
        let flagged = matched
            .iter()
            .filter(|r| !r["flags"].as_array().unwrap().is_empty())
            .count();
        total_flagged += flagged;
        for r in &mine {
            assert_eq!(r["pair_fidelity"]["checked"], matched.len(), "{pair}");
            assert_eq!(r["pair_fidelity"]["flagged"], flagged, "{pair}");
        }
    }
    assert!(total_flagged > 0);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("{total_flagged} of them flagged")),
        "{stderr}"
    );
}
