//! A reviewer's decisions on rows, as the review page exports them and
//! `kutip align --decisions FILE` reads them back.
//!
//! The file is CSV with the header `pair,id_start,id_end,decision,note`,
//! optionally followed by `en_start,en_end` (the review page writes all
//! seven): one row per decided row of the page. `decision` is `checked`
//! (the row is right) or `wrong`; `note` is free text (spreadsheet-safe
//! like kutip's CSV: a leading `'` before `=`, `+`, `-` or `@` is dropped). A decision belongs to
//! the row of the same pair with the same Indonesian offsets, or, for an
//! `omitted` row (which has none), the same English offsets. A row whose
//! quote moved (the article was edited, or kutip now finds it elsewhere)
//! gets no decision, and the page lists the decisions that found no row.
//!
//! Does not decide anything itself and writes nothing: the page's script
//! writes the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::AlignRecord;

/// A reviewer's verdict on one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The row is right.
    Checked,
    /// The row is wrong (the match, the speaker, or the translation).
    Wrong,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Checked => "checked",
            Verdict::Wrong => "wrong",
        }
    }
}

/// One decision read from the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub pair: String,
    pub id: Option<(usize, usize)>,
    pub en: Option<(usize, usize)>,
    pub verdict: Verdict,
    pub note: String,
}

impl Decision {
    /// The row this decision names.
    pub fn key(&self) -> RowKey {
        key_of(&self.pair, self.id, self.en)
    }
}

/// Why a decisions file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum DecisionsError {
    #[error("cannot read the decisions file {path}")]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path}:{line}: {reason}; a decisions file has the header pair,id_start,id_end,decision,note[,en_start,en_end], as the review page exports it"
    )]
    Row {
        path: PathBuf,
        line: u64,
        reason: String,
    },
}

/// Where a row is: its pair and its offsets on each side.
pub type RowKey = (String, Option<(usize, usize)>, Option<(usize, usize)>);

/// The decisions of a file, found by row.
#[derive(Debug, Clone, Default)]
pub struct Decisions {
    by_row: BTreeMap<RowKey, Decision>,
}

fn span(start: Option<usize>, end: Option<usize>) -> Option<(usize, usize)> {
    Some((start?, end?))
}

fn key_of(pair: &str, id: Option<(usize, usize)>, en: Option<(usize, usize)>) -> RowKey {
    // The Indonesian offsets name a row; only a row without them (omitted)
    // is named by the English ones.
    match id {
        Some(_) => (pair.to_owned(), id, None),
        None => (pair.to_owned(), None, en),
    }
}

impl Decisions {
    /// Reads a decisions file.
    pub fn read(path: &Path) -> Result<Decisions, DecisionsError> {
        let text = std::fs::read(path).map_err(|source| DecisionsError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Decisions::parse(&text, path)
    }

    /// Parses the bytes of a decisions file (errors name `path`).
    pub fn parse(text: &[u8], path: &Path) -> Result<Decisions, DecisionsError> {
        let text = text.strip_prefix("\u{feff}".as_bytes()).unwrap_or(text);
        let bad = |line: u64, reason: String| DecisionsError::Row {
            path: path.to_path_buf(),
            line,
            reason,
        };
        let mut r = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .from_reader(text);
        let header: Vec<String> = r
            .headers()
            .map_err(|e| bad(1, e.to_string()))?
            .iter()
            .map(str::to_owned)
            .collect();
        let want = ["pair", "id_start", "id_end", "decision", "note"];
        let with_en = header.len() == 7 && header[5] == "en_start" && header[6] == "en_end";
        if header.get(..5) != Some(&want.map(String::from)[..]) || !(header.len() == 5 || with_en) {
            return Err(bad(1, format!("unexpected header {}", header.join(","))));
        }
        let mut out = Decisions::default();
        for rec in r.records() {
            let rec = rec.map_err(|e| {
                let line = e.position().map_or(0, csv::Position::line);
                bad(line, e.to_string())
            })?;
            let line = rec.position().map_or(0, csv::Position::line);
            if rec.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            if rec.len() != header.len() {
                return Err(bad(
                    line,
                    format!(
                        "{} columns where the header has {}",
                        rec.len(),
                        header.len()
                    ),
                ));
            }
            let num = |i: usize| -> Result<Option<usize>, DecisionsError> {
                let f = rec.get(i).unwrap_or("").trim();
                if f.is_empty() {
                    return Ok(None);
                }
                f.parse()
                    .map(Some)
                    .map_err(|_| bad(line, format!("{}: {f:?} is not an offset", header[i])))
            };
            let verdict = match rec.get(3).unwrap_or("").trim() {
                "checked" => Verdict::Checked,
                "wrong" => Verdict::Wrong,
                "" => continue,
                other => {
                    return Err(bad(
                        line,
                        format!("decision {other:?}: expected checked or wrong"),
                    ));
                }
            };
            let id = span(num(1)?, num(2)?);
            let en = if with_en {
                span(num(5)?, num(6)?)
            } else {
                None
            };
            if id.is_none() && en.is_none() {
                return Err(bad(
                    line,
                    "no offsets: id_start and id_end (or en_start and en_end) name the row".into(),
                ));
            }
            let pair = rec.get(0).unwrap_or("").to_owned();
            let d = Decision {
                pair: pair.clone(),
                id,
                en,
                verdict,
                note: super::csv::unguard(rec.get(4).unwrap_or("")).to_owned(),
            };
            out.by_row.insert(key_of(&pair, id, en), d);
        }
        Ok(out)
    }

    /// The decision on `row`, if the file has one.
    pub fn find(&self, row: &AlignRecord) -> Option<&Decision> {
        let id = span(row.id_start, row.id_end);
        let en = span(row.en_start, row.en_end);
        self.by_row.get(&key_of(&row.pair, id, en))
    }

    /// Every decision, in pair and offset order.
    pub fn iter(&self) -> impl Iterator<Item = &Decision> {
        self.by_row.values()
    }

    pub fn len(&self) -> usize {
        self.by_row.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_row.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Decisions, DecisionsError> {
        Decisions::parse(s.as_bytes(), Path::new("d.csv"))
    }

    #[test]
    fn reads_both_headers_and_finds_rows() {
        let d = parse(
            "pair,id_start,id_end,decision,note,en_start,en_end\n\
             a,10,20,checked,,30,40\n\
             a,,,wrong,\"dropped, on purpose?\",50,60\n\
             b,1,2,,undecided,,\n\
             b,3,4,checked,'=sum,,\n",
        )
        .unwrap();
        assert_eq!(d.len(), 3);
        let five = parse("pair,id_start,id_end,decision,note\na,10,20,wrong,x\n").unwrap();
        assert_eq!(five.iter().next().unwrap().verdict, Verdict::Wrong);
        let notes: Vec<&str> = d.iter().map(|x| x.note.as_str()).collect();
        assert!(notes.contains(&"dropped, on purpose?"));
        assert!(notes.contains(&"=sum"));
    }

    #[test]
    fn bad_rows_are_located() {
        let e = parse("pair,id_start,id_end,decision,note\na,x,2,checked,\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("d.csv:2") && e.contains("not an offset"), "{e}");
        let e = parse("pair,id_start,id_end,decision,note\na,1,2,maybe,\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("expected checked or wrong"), "{e}");
        let e = parse("pair,start,end\n").unwrap_err().to_string();
        assert!(e.contains("d.csv:1") && e.contains("header"), "{e}");
        let e = parse("pair,id_start,id_end,decision,note\na,,,checked,\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("no offsets"), "{e}");
    }
}
