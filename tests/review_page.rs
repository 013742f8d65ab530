//! The review page (`kutip align --format html`) on the bundled samples:
//! its summary counts are the CSV's, every CSV row is on it, the words
//! behind the flags are marked, the legend explains every flag in both
//! interface languages, and decisions go out as CSV and come back with
//! `--decisions`. The page is read as HTML5 (by `scraper`), and rendered in
//! headless Chromium (`--dump-dom`, the DOM after the page's script ran)
//! when Chromium is installed (`.ci/run` installs Debian's `chromium`); the
//! browser checks print that they skipped when it is not.

mod skipping;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use scraper::{ElementRef, Html, Selector};

const KUTIP: &str = env!("CARGO_BIN_EXE_kutip");

#[path = "common/temp.rs"]
mod temp;
use temp::TempDir;

fn samples() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpora/samples")
        .to_string_lossy()
        .into_owned()
}

fn kutip(args: &[&str]) -> Output {
    Command::new(KUTIP)
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .expect("run kutip")
}

fn ok(o: Output) -> String {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("utf8")
}

type Row = BTreeMap<String, String>;

fn csv_rows(text: &str) -> Vec<Row> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    r.records()
        .map(|rec| {
            header
                .iter()
                .cloned()
                .zip(rec.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("selector")
}

fn text_of(e: ElementRef<'_>) -> String {
    e.text().collect::<String>().trim().to_owned()
}

/// The counts the page must show, from the CSV of the same run.
fn expected_counts(rows: &[Row]) -> BTreeMap<&'static str, usize> {
    let matched: Vec<&Row> = rows.iter().filter(|r| r["status"] == "matched").collect();
    let low = matched
        .iter()
        .filter(|r| r["margin"].parse::<f32>().unwrap() < 0.1)
        .count();
    let problem = rows
        .iter()
        .filter(|r| {
            r["status"] != "matched"
                || !r["flags"].is_empty()
                || r["margin"].parse::<f32>().unwrap() < 0.1
        })
        .count();
    BTreeMap::from([
        ("rows", rows.len()),
        ("matched", matched.len()),
        (
            "flagged",
            matched.iter().filter(|r| !r["flags"].is_empty()).count(),
        ),
        (
            "unsourced",
            rows.iter().filter(|r| r["status"] == "unsourced").count(),
        ),
        (
            "omitted",
            rows.iter().filter(|r| r["status"] == "omitted").count(),
        ),
        ("low_margin", low),
        ("to_check", problem),
    ])
}

/// Rows carrying each flag, from the CSV.
fn expected_flags(rows: &[Row]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for r in rows.iter().filter(|r| !r["flags"].is_empty()) {
        for f in r["flags"].split(';') {
            *m.entry(f.to_owned()).or_default() += 1;
        }
    }
    m
}

/// Checks a page (as served or as the browser left it) against the CSV.
fn check_page(page: &str, rows: &[Row]) {
    let doc = Html::parse_document(page);
    // Summary: the total row and the tiles equal the CSV's counts.
    let total = doc
        .select(&sel("table.pairs tr.total"))
        .next()
        .expect("total row");
    for (key, n) in expected_counts(rows) {
        let cell = total
            .select(&sel(&format!("[data-count={key}]")))
            .next()
            .unwrap_or_else(|| panic!("total {key}"));
        assert_eq!(text_of(cell), n.to_string(), "total {key}");
        let tile = doc
            .select(&sel(&format!("[data-total={key}]")))
            .next()
            .unwrap_or_else(|| panic!("tile {key}"));
        assert_eq!(text_of(tile), n.to_string(), "tile {key}");
    }
    let pairs: std::collections::BTreeSet<&str> = rows.iter().map(|r| r["pair"].as_str()).collect();
    assert_eq!(
        doc.select(&sel("table.pairs tbody tr")).count(),
        pairs.len(),
        "one summary row per pair"
    );
    for (flag, n) in expected_flags(rows) {
        let chip = total
            .select(&sel(&format!("[data-flag={flag}] b")))
            .next()
            .unwrap_or_else(|| panic!("flag {flag} in the total"));
        assert_eq!(text_of(chip), n.to_string(), "{flag}");
    }
    // Per pair, the summary row counts that pair's rows.
    for pair in &pairs {
        let mine: Vec<Row> = rows
            .iter()
            .filter(|r| r["pair"] == *pair)
            .cloned()
            .collect();
        let tr = doc
            .select(&sel(&format!("table.pairs tbody tr[data-pair=\"{pair}\"]")))
            .next()
            .unwrap_or_else(|| panic!("summary row of {pair}"));
        for (key, n) in expected_counts(&mine) {
            let cell = tr
                .select(&sel(&format!("[data-count={key}]")))
                .next()
                .unwrap();
            assert_eq!(text_of(cell), n.to_string(), "{pair} {key}");
        }
    }
    // Every CSV row is a card with its pair, status and offsets.
    let cards: Vec<ElementRef<'_>> = doc.select(&sel("div.row")).collect();
    assert_eq!(cards.len(), rows.len(), "one card per CSV row");
    let attr = |e: &ElementRef<'_>, a: &str| e.value().attr(a).unwrap_or("").to_owned();
    let mut found = 0;
    for r in rows {
        let card = cards.iter().find(|c| {
            attr(c, "data-pair") == r["pair"]
                && attr(c, "data-id-start") == r["id_start"]
                && attr(c, "data-en-start") == r["en_start"]
                && attr(c, "data-id-end") == r["id_end"]
                && attr(c, "data-en-end") == r["en_end"]
        });
        let card = card.unwrap_or_else(|| panic!("no card for {r:?}"));
        assert_eq!(attr(card, "data-status"), r["status"]);
        assert_eq!(attr(card, "data-flags").replace(' ', ";"), r["flags"]);
        let quotes: Vec<String> = card.select(&sel("blockquote.quote")).map(text_of).collect();
        if !r["id_quote"].is_empty() {
            assert!(
                quotes.contains(&r["id_quote"].trim().to_owned()),
                "{quotes:?} / {}",
                r["id_quote"]
            );
        }
        if !r["en_quote"].is_empty() {
            assert!(
                quotes.contains(&r["en_quote"].trim().to_owned()),
                "{quotes:?} / {}",
                r["en_quote"]
            );
        }
        // The words behind the flags are marked inside the quotes; a speaker
        // that differs lies outside them, and the evidence marks both names.
        if !r["flags"].is_empty() {
            let marks = card.select(&sel("blockquote.quote mark")).count();
            if r["flags"].split(';').all(|f| f == "speaker_mismatch") {
                let names = card.select(&sel("ul.evidence mark")).count();
                assert!(names >= 2, "speakers not marked in the flagged row {r:?}");
            } else {
                assert!(marks > 0, "no marked words in the flagged row {r:?}");
            }
            found += 1;
        }
    }
    assert!(found >= 5, "flagged rows checked: {found}");
}

#[test]
fn the_page_counts_what_the_csv_holds_and_shows_every_row() {
    let dir = samples();
    let rows = csv_rows(&ok(kutip(&["align", &dir, "-q"])));
    let page = ok(kutip(&["align", &dir, "-q", "--format", "html"]));
    assert!(page.starts_with("<!DOCTYPE html>"));
    check_page(&page, &rows);
    let doc = Html::parse_document(&page);
    // The header names the input, the version and the time.
    let meta = |k: &str| {
        text_of(
            doc.select(&sel(&format!("[data-meta={k}]")))
                .next()
                .unwrap_or_else(|| panic!("{k}")),
        )
    };
    let pairs = std::fs::read_dir(&dir)
        .expect("corpora/samples")
        .filter(|e| e.as_ref().expect("entry").path().join("id.txt").is_file())
        .count();
    assert!(meta("inputs").contains(&format!("corpora/samples ({pairs} pairs)")));
    assert_eq!(
        meta("version"),
        format!("kutip {}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(meta("made"), "2023-11-14 22:13 UTC");
    // Rows to check come first in each pair.
    for section in doc.select(&sel("section.pair")) {
        let urgency: Vec<u8> = section
            .select(&sel("div.row"))
            .map(|c| c.value().attr("data-urgency").unwrap().parse().unwrap())
            .collect();
        assert!(urgency.is_sorted(), "{urgency:?}");
    }
    // Nothing is loaded from elsewhere.
    for tag in ["script[src]", "link", "img", "iframe"] {
        assert_eq!(doc.select(&sel(tag)).count(), 0, "{tag}");
    }
    // Omitted rows show no score.
    for c in doc.select(&sel("div.row[data-status=omitted]")) {
        assert_eq!(c.select(&sel(".metrics")).count(), 0);
    }
}

#[test]
fn the_legend_explains_every_flag_in_english_and_indonesian() {
    let dir = samples();
    for (lang, status_label, heading) in [
        ("en", "unsourced", "How to read this page"),
        ("id", "tanpa sumber", "Cara membaca halaman ini"),
    ] {
        let page = ok(kutip(&[
            "align",
            &dir,
            "-q",
            "--format",
            "html",
            "--lang-ui",
            lang,
        ]));
        let doc = Html::parse_document(&page);
        assert_eq!(doc.root_element().value().attr("lang"), Some(lang));
        let legend = doc.select(&sel("details.legend")).next().expect("legend");
        assert_eq!(
            text_of(legend.select(&sel("summary")).next().unwrap()),
            heading
        );
        let codes: Vec<String> = legend.select(&sel(".flags code")).map(text_of).collect();
        for flag in kutip::FlagKind::ALL {
            assert!(
                codes.contains(&flag.as_str().to_owned()),
                "{lang}: {}",
                flag.as_str()
            );
        }
        let explained = legend
            .select(&sel(".flags dd"))
            .filter(|d| text_of(*d).len() > 20)
            .count();
        assert_eq!(explained, kutip::FlagKind::ALL.len());
        assert!(
            legend
                .select(&sel(".statuses dt"))
                .any(|d| text_of(d).contains(status_label))
        );
    }
}

/// The path of a Chromium browser, if one is installed.
fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            let out = Command::new("sh")
                .arg("-c")
                .arg(format!("command -v {name}"))
                .output()
                .ok()?;
            let path = String::from_utf8(out.stdout).ok()?.trim().to_owned();
            (!path.is_empty()).then(|| PathBuf::from(path))
        })
}

/// The DOM of `page` (a file) after its script ran, from headless Chromium.
fn rendered(browser: &Path, page: &Path, fragment: &str, profile: &Path) -> String {
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}{fragment}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    // Read the DOM while the browser writes it: it is larger than a pipe holds.
    let mut stdout = child.stdout.take().expect("chromium stdout");
    let reader = std::thread::spawn(move || {
        let mut dom = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut dom).map(|_| dom)
    });
    let start = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > Duration::from_secs(180) {
            let _ = child.kill();
            panic!("chromium did not finish within 180 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().expect("reader").expect("utf8 DOM")
}

#[test]
fn in_chromium_the_page_counts_marks_and_round_trips_decisions() {
    let Some(browser) = chromium() else {
        skipping::skip(
            "in_chromium_the_page_counts_marks_and_round_trips_decisions: no chromium here (apt-get install chromium)",
        );
        return;
    };
    let tmp = TempDir::new("chromium");
    let dir = samples();
    let rows = csv_rows(&ok(kutip(&["align", &dir, "-q"])));
    let page = tmp.0.join("review.html");
    ok(kutip(&[
        "align",
        &dir,
        "-q",
        "--format",
        "html",
        "-o",
        page.to_str().unwrap(),
    ]));

    // The DOM after the script ran: the same counts, rows and marks.
    let dom = rendered(&browser, &page, "#selftest", &tmp.0.join("profile-1"));
    let doc = Html::parse_document(&dom);
    assert_eq!(
        doc.select(&sel("body"))
            .next()
            .and_then(|b| b.value().attr("data-script")),
        Some("ready"),
        "the page's script ran"
    );
    check_page(&dom, &rows);
    // The reader's part, done by the page's self-test: the first card
    // checked with a note, the second wrong, and the decisions exported.
    let export = text_of(doc.select(&sel("#selftest-export")).next().expect("export"));
    assert_eq!(
        text_of(doc.select(&sel("#decided-count")).next().unwrap()),
        "2"
    );
    let decisions = csv_rows(&(export.clone() + "\n"));
    assert_eq!(decisions.len(), 2, "{export}");
    assert_eq!(
        export.lines().next(),
        Some("pair,id_start,id_end,decision,note,en_start,en_end")
    );
    assert_eq!(decisions[0]["decision"], "checked");
    assert_eq!(decisions[0]["note"], "ok, \"as said\"");
    assert_eq!(decisions[1]["decision"], "wrong");
    assert_eq!(
        decisions[1]["note"], "'=wrong source",
        "a formula-like note is guarded"
    );

    // Read back: the next run's page shows the two decisions on their rows.
    let file = tmp.0.join("decisions.csv");
    std::fs::write(&file, &export).unwrap();
    let again = tmp.0.join("again.html");
    ok(kutip(&[
        "align",
        &dir,
        "-q",
        "--format",
        "html",
        "--decisions",
        file.to_str().unwrap(),
        "-o",
        again.to_str().unwrap(),
    ]));
    let dom = rendered(&browser, &again, "", &tmp.0.join("profile-2"));
    let doc = Html::parse_document(&dom);
    assert_eq!(
        text_of(doc.select(&sel("#decided-count")).next().unwrap()),
        "2"
    );
    assert_eq!(
        text_of(
            doc.select(&sel("table.pairs tr.total [data-count=decided]"))
                .next()
                .unwrap()
        ),
        "2"
    );
    for d in &decisions {
        let css = format!(
            "div.row[data-pair=\"{}\"][data-id-start=\"{}\"][data-en-start=\"{}\"]",
            d["pair"], d["id_start"], d["en_start"]
        );
        let card = doc
            .select(&sel(&css))
            .next()
            .unwrap_or_else(|| panic!("{css}"));
        let classes = card.value().attr("class").unwrap();
        assert!(
            classes.contains(&format!("d-{}", d["decision"])),
            "{classes}"
        );
        let radio = card
            .select(&sel(&format!("input[value={}]", d["decision"])))
            .next()
            .unwrap();
        assert!(radio.value().attr("checked").is_some());
        let note = card.select(&sel("input.note")).next().unwrap();
        let want = d["note"].strip_prefix('\'').unwrap_or(&d["note"]);
        assert_eq!(note.value().attr("value"), Some(want));
    }
    assert_eq!(
        doc.select(&sel("section.stale")).count(),
        0,
        "every decision found its row"
    );
}

#[test]
fn decisions_that_find_no_row_are_listed_and_bad_files_are_refused() {
    let tmp = TempDir::new("stale");
    let dir = samples();
    let file = tmp.0.join("d.csv");
    std::fs::write(
        &file,
        "pair,id_start,id_end,decision,note\nvoa-syria-envoy-2012,1,5,wrong,text changed since\n",
    )
    .unwrap();
    let page = ok(kutip(&[
        "align",
        &dir,
        "-q",
        "--format",
        "html",
        "--decisions",
        file.to_str().unwrap(),
    ]));
    let doc = Html::parse_document(&page);
    let stale = doc
        .select(&sel("section.stale li"))
        .map(text_of)
        .collect::<Vec<_>>();
    assert_eq!(stale.len(), 1);
    assert!(stale[0].contains("text changed since"), "{stale:?}");
    assert_eq!(doc.select(&sel("div.row.d-wrong")).count(), 0);

    std::fs::write(&file, "pair,id_start,id_end,decision,note\np,1,2,maybe,\n").unwrap();
    let out = kutip(&[
        "align",
        &dir,
        "--format",
        "html",
        "--decisions",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let msg = String::from_utf8_lossy(&out.stderr);
    assert!(
        msg.contains("d.csv:2") && msg.contains("checked or wrong"),
        "{msg}"
    );

    let out = kutip(&["align", &dir, "--decisions", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format html"));
}

/// The sentence unit's page: one table row per bead.
#[test]
fn the_sentence_page_has_one_row_per_bead() {
    let dir = samples();
    let beads = csv_rows(&ok(kutip(&["align", &dir, "-q", "--unit", "sentence"])));
    let page = ok(kutip(&[
        "align", &dir, "-q", "--unit", "sentence", "--format", "html",
    ]));
    let doc = Html::parse_document(&page);
    assert_eq!(doc.select(&sel("tr.bead")).count(), beads.len());
    let one_sided = beads
        .iter()
        .filter(|b| b["id_text"].is_empty() || b["en_text"].is_empty())
        .count();
    assert_eq!(doc.select(&sel("tr.bead.one-sided")).count(), one_sided);
}
