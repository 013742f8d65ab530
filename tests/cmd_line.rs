//! The command line, as a new user meets it: `kutip align ID EN`, a pair's
//! own folder, pair names taken from the files, numeric options checked
//! for range, a summary line for every run, helpful errors, shell
//! completions and man pages. Runs the built binary on the bundled samples.

use std::path::Path;
use std::process::{Command, Output};

const KUTIP: &str = env!("CARGO_BIN_EXE_kutip");

#[path = "common/temp.rs"]
mod temp;
use temp::TempDir;

fn kutip_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(KUTIP)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run kutip")
}

fn kutip(args: &[&str]) -> Output {
    kutip_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf8")
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const PAIR: &str = "corpora/samples/voa-syria-envoy-2012";

fn pair_column(csv_text: &str) -> Vec<String> {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    r.records().map(|x| x.unwrap()[0].to_owned()).collect()
}

#[test]
fn two_paths_are_one_pair_like_id_and_en() {
    let id = format!("{PAIR}/id.txt");
    let en = format!("{PAIR}/en.txt");
    let positional = kutip(&["align", &id, &en, "-q"]);
    assert_eq!(positional.status.code(), Some(0), "{}", err(&positional));
    let flags = kutip(&["align", "--id", &id, "--en", &en, "-q"]);
    assert_eq!(out(&positional), out(&flags));
    // The pair's folder itself is the same pair.
    let folder = kutip(&["align", PAIR, "-q"]);
    assert_eq!(folder.status.code(), Some(0), "{}", err(&folder));
    assert_eq!(out(&folder), out(&flags));
    assert!(
        pair_column(&out(&folder))
            .iter()
            .all(|p| p == "voa-syria-envoy-2012")
    );
}

#[test]
fn pairs_are_named_after_their_files() {
    let tmp = TempDir::new("names");
    let t = &tmp.0;
    std::fs::copy(
        format!("{}/{PAIR}/id.txt", env!("CARGO_MANIFEST_DIR")),
        t.join("tempo.txt"),
    )
    .unwrap();
    std::fs::copy(
        format!("{}/{PAIR}/en.txt", env!("CARGO_MANIFEST_DIR")),
        t.join("aljazeera.txt"),
    )
    .unwrap();
    std::fs::create_dir(t.join("li-shangfu")).unwrap();
    std::fs::copy(t.join("tempo.txt"), t.join("li-shangfu/id.txt")).unwrap();
    std::fs::copy(t.join("aljazeera.txt"), t.join("li-shangfu/en.txt")).unwrap();
    let names = |args: &[&str]| {
        let o = kutip_in(t, args);
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        let mut v = pair_column(&out(&o));
        v.dedup();
        v
    };
    assert_eq!(
        names(&["align", "tempo.txt", "aljazeera.txt", "-q"]),
        ["tempo"]
    );
    assert_eq!(
        names(&["align", "li-shangfu/id.txt", "li-shangfu/en.txt", "-q"]),
        ["li-shangfu"]
    );
    assert_eq!(names(&["align", "li-shangfu", "-q"]), ["li-shangfu"]);
    assert_eq!(
        names(&["align", "tempo.txt", "aljazeera.txt", "--pair", "x", "-q"]),
        ["x"]
    );
    // Inside the pair's folder: the folder's own name.
    let inside = kutip_in(&t.join("li-shangfu"), &["align", "id.txt", "en.txt", "-q"]);
    let mut v = pair_column(&out(&inside));
    v.dedup();
    assert_eq!(v, ["li-shangfu"]);
    // A failure names the pair by its file, not "pair".
    let o = kutip_in(t, &["align", "tempo.txt", "nope.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("pair tempo: nope.txt: missing file"),
        "{}",
        err(&o)
    );
}

#[test]
fn numeric_options_are_checked_for_range() {
    for bad in ["2", "-0.1", "NaN", "nan", "inf", "x"] {
        let o = kutip(&["align", PAIR, &format!("--min-score={bad}")]);
        assert_eq!(o.status.code(), Some(2), "--min-score {bad}");
        assert!(err(&o).contains("score from 0 to 1"), "{bad}: {}", err(&o));
    }
    for good in ["0", "1", "0.6"] {
        let o = kutip(&["align", PAIR, "--min-score", good, "-q"]);
        assert_eq!(o.status.code(), Some(0), "--min-score {good}: {}", err(&o));
    }
    let o = kutip(&["align", PAIR, "--chunk", "0"]);
    assert_eq!(o.status.code(), Some(2));
    let o = kutip(&["align", "corpora/samples", "--shard", "3/2"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn every_run_ends_with_a_summary_line_unless_quiet() {
    let one = kutip(&["align", PAIR]);
    assert!(
        err(&one).starts_with("kutip: 1 pair aligned, 5 quotes"),
        "{}",
        err(&one)
    );
    let all = kutip(&["align", "corpora/samples"]);
    let pairs = std::fs::read_dir("corpora/samples")
        .expect("corpora/samples")
        .filter(|e| e.as_ref().expect("entry").path().join("id.txt").is_file())
        .count();
    assert!(
        err(&all).contains(&format!("kutip: {pairs} pairs aligned")),
        "{}",
        err(&all)
    );
    let quiet = kutip(&["align", PAIR, "-q"]);
    assert_eq!(err(&quiet), "");
}

#[test]
fn mistakes_get_errors_that_say_what_to_do() {
    let one_file = kutip(&["align", &format!("{PAIR}/id.txt")]);
    assert_eq!(one_file.status.code(), Some(2));
    assert!(
        err(&one_file).contains("kutip align ID.txt EN.txt"),
        "{}",
        err(&one_file)
    );
    let three = kutip(&["align", "a", "b", "c"]);
    assert_eq!(three.status.code(), Some(2));
    assert!(err(&three).contains("3 paths given"), "{}", err(&three));
    let tmp = TempDir::new("empty");
    let empty = kutip(&["align", tmp.0.to_str().unwrap()]);
    assert_eq!(empty.status.code(), Some(2));
    assert!(
        err(&empty).contains("holding id.txt and en.txt"),
        "{}",
        err(&empty)
    );
    let pair_without_one = kutip(&["align", "corpora/samples", "--pair", "x"]);
    assert_eq!(pair_without_one.status.code(), Some(2));
    assert!(err(&pair_without_one).contains("--pair names one pair"));
    // Help refers to nothing a user lacks.
    for sub in ["align", "quotes", "eval", "text"] {
        let help = out(&kutip(&["help", sub]));
        assert!(!help.contains("shared/"), "help {sub} mentions ../shared");
    }
}

#[test]
fn completions_and_man_pages_come_from_the_definitions() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let o = kutip(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0));
        let text = out(&o);
        for word in ["align", "min-score", "lang-ui", "decisions"] {
            assert!(text.contains(word), "{shell} completions lack {word}");
        }
    }
    let man = out(&kutip(&["man"]));
    assert!(
        man.starts_with(".ie") || man.contains(".TH kutip 1"),
        "{}",
        &man[..200.min(man.len())]
    );
    let tmp = TempDir::new("man");
    let o = kutip(&["man", "-o", tmp.0.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let align = std::fs::read_to_string(tmp.0.join("kutip-align.1")).expect("kutip-align.1");
    assert!(align.contains("min\\-score") && align.contains("decisions"));
}
