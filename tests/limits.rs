//! Limits, interruption, path rules and output hygiene of `kutip align`,
//! run as a user would run the binary on the bundled sample pairs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const KUTIP: &str = env!("CARGO_BIN_EXE_kutip");

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpora/samples")
        .join(name)
}

/// A fresh folder under the target directory.
fn workdir(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("limits-{name}"));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("workdir");
    d
}

fn kutip(args: &[&str]) -> Output {
    Command::new(KUTIP).args(args).output().expect("run kutip")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn threads_out_of_range_is_refused_with_a_message() {
    let dir = sample("voa-syria-envoy-2012");
    let out = kutip(&[
        "align",
        dir.parent().unwrap().to_str().unwrap(),
        "--threads",
        "100000",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("--threads 100000") && err.contains("at most"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn manifest_paths_outside_its_folder_are_refused() {
    let d = workdir("paths");
    let inside = d.join("pairs/a");
    std::fs::create_dir_all(&inside).unwrap();
    let s = sample("voa-syria-envoy-2012");
    for f in ["id.txt", "en.txt"] {
        std::fs::copy(s.join(f), inside.join(f)).unwrap();
    }
    let secret = d.join("secret.txt");
    std::fs::write(&secret, "Rahasia negara tidak boleh dibaca.\n").unwrap();
    let manifest = d.join("pairs/manifest.csv");
    std::fs::write(
        &manifest,
        format!(
            "pair,id_path,en_path\na,a/id.txt,a/en.txt\nup,../secret.txt,a/en.txt\nabs,{},a/en.txt\n",
            secret.display()
        ),
    )
    .unwrap();
    let out = kutip(&["align", "-q", "--manifest", manifest.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let rows = text(&out.stdout);
    assert!(rows.lines().skip(1).all(|l| l.starts_with("a,")), "{rows}");
    assert!(rows.lines().count() > 2, "{rows}");
    assert!(!rows.contains("Rahasia"));
    let err = text(&out.stderr);
    assert!(err.contains("line 3") && err.contains("line 4"), "{err}");
    assert_eq!(err.matches("--allow-any-path").count(), 2, "{err}");
    // Trusted, the same manifest reads all three.
    let out = kutip(&[
        "align",
        "-q",
        "--allow-any-path",
        "--manifest",
        manifest.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn stream_records_carry_texts_not_paths() {
    let s = sample("voa-syria-envoy-2012");
    let id = std::fs::read_to_string(s.join("id.txt")).unwrap();
    let en = std::fs::read_to_string(s.join("en.txt")).unwrap();
    let stream = format!(
        "{}\n{}\n",
        serde_json::json!({"pair": "paths", "id_path": "/etc/hostname", "en_path": s.join("en.txt")}),
        serde_json::json!({"pair": "texts", "id": id, "en": en}),
    );
    let run = |extra: &[&str]| {
        let mut child = Command::new(KUTIP)
            .args(["align", "-q", "--jsonl", "-"])
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stream.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("<stdin>: line 1") && err.contains("not paths"),
        "{err}"
    );
    let rows = text(&out.stdout);
    assert!(rows.contains("\"pair\":\"texts\"") && !rows.contains("\"pair\":\"paths\""));
}

#[test]
fn oversized_pairs_fail_alone_and_the_batch_goes_on() {
    let d = workdir("size");
    let s = sample("voa-syria-envoy-2012");
    let id = std::fs::read_to_string(s.join("id.txt")).unwrap();
    let en = std::fs::read_to_string(s.join("en.txt")).unwrap();
    // A record of one long line far over the limit, between two normal ones.
    let big = "Kata dia. ".repeat(60_000);
    let stream = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"pair": "before", "id": id, "en": en}),
        serde_json::json!({"pair": "big", "id": big, "en": big}),
        serde_json::json!({"pair": "after", "id": id, "en": en}),
    );
    let path = d.join("stream.jsonl");
    std::fs::write(&path, stream).unwrap();
    let out = kutip(&[
        "align",
        "-q",
        "--max-bytes",
        "100000",
        "--jsonl",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("line 2") && err.contains("--max-bytes"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let rows = text(&out.stdout);
    assert!(rows.contains("\"pair\":\"before\"") && rows.contains("\"pair\":\"after\""));
    // A record that fits a stream line but whose two articles are each over
    // the limit: one error for the record, naming both sides.
    let out = kutip(&[
        "align",
        "-q",
        "--max-bytes",
        "300000",
        "--jsonl",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("pair big")
            && err.contains("\"id\": 600000 bytes")
            && err.contains("\"en\": 600000 bytes"),
        "{err}"
    );
    // The same article as a file in a manifest.
    std::fs::write(d.join("big.txt"), &big).unwrap();
    for f in ["id.txt", "en.txt"] {
        std::fs::copy(s.join(f), d.join(f)).unwrap();
    }
    std::fs::write(
        d.join("m.csv"),
        "ok,id.txt,en.txt\nbig,big.txt,en.txt\nok2,id.txt,en.txt\n",
    )
    .unwrap();
    let m = d.join("m.csv");
    let out = kutip(&[
        "align",
        "-q",
        "--max-bytes",
        "100000",
        "--manifest",
        m.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("pair big") && err.contains("over the limit of 100000"),
        "{err}"
    );
    let rows = text(&out.stdout);
    assert!(rows.contains("\nok,") && rows.contains("\nok2,"), "{rows}");
}

#[test]
fn an_open_quote_in_a_manifest_is_reported_on_its_line() {
    let d = workdir("quote");
    let s = sample("voa-syria-envoy-2012");
    for f in ["id.txt", "en.txt"] {
        std::fs::copy(s.join(f), d.join(f)).unwrap();
    }
    std::fs::write(
        d.join("m.csv"),
        "a,id.txt,en.txt\nb,\"id.txt,en.txt\nc,only-two\nd,id.txt,en.txt\n",
    )
    .unwrap();
    let m = d.join("m.csv");
    let out = kutip(&["align", "-q", "--manifest", m.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert!(err.contains("line 2") && err.contains("left open"), "{err}");
    assert!(err.contains("line 3") && err.contains("found 2"), "{err}");
    let rows = text(&out.stdout);
    assert!(rows.contains("\na,") && rows.contains("\nd,"), "{rows}");
}

#[test]
fn control_characters_stay_out_of_csv_and_moses_text() {
    let d = workdir("nul");
    let s = sample("voa-syria-envoy-2012");
    let id = std::fs::read_to_string(s.join("id.txt"))
        .unwrap()
        .replace("hampir mustahil", "hampir\u{0}mustahil\u{7}");
    std::fs::write(d.join("id.txt"), &id).unwrap();
    std::fs::copy(s.join("en.txt"), d.join("en.txt")).unwrap();
    let (i, e) = (d.join("id.txt"), d.join("en.txt"));
    let out = kutip(&[
        "align",
        "--id",
        i.to_str().unwrap(),
        "--en",
        e.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let csv = text(&out.stdout);
    let row = csv
        .lines()
        .find(|l| l.contains("hampir"))
        .expect("the quote's row");
    assert!(row.contains("hampirmustahil"), "{row}");
    assert!(!csv.contains('\u{0}') && !csv.contains('\u{7}'));
    let prefix = d.join("corpus");
    let out = kutip(&[
        "align",
        "--id",
        i.to_str().unwrap(),
        "--en",
        e.to_str().unwrap(),
        "--format",
        "moses",
        "-o",
        prefix.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let moses = std::fs::read_to_string(d.join("corpus.id")).unwrap();
    assert!(
        moses.contains("hampirmustahil") && !moses.contains('\u{0}'),
        "{moses}"
    );
}

#[test]
fn an_interrupted_run_leaves_no_temporary_file() {
    let d = workdir("signal");
    // A stream that never ends: kutip has an output file open and waits.
    let s = sample("voa-syria-envoy-2012");
    let line = serde_json::json!({
        "pair": "p",
        "id": std::fs::read_to_string(s.join("id.txt")).unwrap(),
        "en": std::fs::read_to_string(s.join("en.txt")).unwrap(),
    })
    .to_string();
    for (signal, code) in [("INT", 130), ("TERM", 143)] {
        let out_path = d.join(format!("rows-{signal}.jsonl"));
        let mut child = Command::new(KUTIP)
            .args(["align", "-q", "--chunk", "1", "--jsonl", "-", "-o"])
            .arg(&out_path)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        use std::io::Write;
        writeln!(stdin, "{line}").unwrap();
        // Wait until the temporary file exists and has rows in it.
        let start = std::time::Instant::now();
        let temporary = || {
            std::fs::read_dir(&d)
                .unwrap()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
                .count()
        };
        while temporary() == 0 && start.elapsed().as_secs() < 30 {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(temporary(), 1, "the run made its temporary file");
        let kill = Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(kill.success());
        let status = child.wait().unwrap();
        drop(stdin);
        assert_eq!(status.code(), Some(code), "SIG{signal}");
        assert_eq!(temporary(), 0, "SIG{signal} left a temporary file");
        assert!(!out_path.exists(), "no output under the final name");
    }
}

/// An article on one long line, and one cut into thousands of short lines:
/// both are aligned (scripts/big_inputs.sh runs them at 5 MB and 50,000
/// lines).
#[test]
fn one_long_line_and_many_short_lines_are_aligned() {
    let d = workdir("shapes");
    let s = sample("voa-syria-envoy-2012");
    for lang in ["id", "en"] {
        let words: Vec<String> = std::fs::read_to_string(s.join(format!("{lang}.txt")))
            .unwrap()
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let many: Vec<&str> = words
            .iter()
            .cycle()
            .take(25_000)
            .map(String::as_str)
            .collect();
        std::fs::create_dir_all(d.join("line")).unwrap();
        std::fs::write(d.join(format!("line/{lang}.txt")), many.join(" ")).unwrap();
        let lines: Vec<String> = many.chunks(5).map(|c| c.join(" ")).collect();
        std::fs::create_dir_all(d.join("lines")).unwrap();
        std::fs::write(d.join(format!("lines/{lang}.txt")), lines.join("\n")).unwrap();
    }
    for shape in ["line", "lines"] {
        let p = d.join(shape);
        let out = kutip(&[
            "align",
            "-q",
            "--id",
            p.join("id.txt").to_str().unwrap(),
            "--en",
            p.join("en.txt").to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{shape}: {}", text(&out.stderr));
        assert!(
            text(&out.stdout).lines().count() > 10,
            "{shape}: rows written"
        );
    }
}
