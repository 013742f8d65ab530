//! Opening a manifest or a stream: a file or standard input, read as JSONL
//! when its first non-blank byte is `{` ([`super::json_lines`]) and as a
//! CSV manifest otherwise ([`super::csv_manifest`]).

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use super::PairItem;
use super::csv_manifest::CsvManifest;
use super::json_lines::JsonLines;
use crate::io::rules::InputRules;

/// Whether a list names pairs by their files (a manifest) or carries their
/// texts (a stream, which names files only when any path is allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Manifest,
    Stream,
}

/// Opens a manifest or JSONL file (`-` is standard input) and returns its
/// pairs. Fails only when the file cannot be opened.
pub fn open_list(
    path: &Path,
    kind: ListKind,
    rules: InputRules,
) -> io::Result<Box<dyn Iterator<Item = PairItem> + Send>> {
    let (reader, base, label): (Box<dyn BufRead + Send>, PathBuf, String) =
        if path == Path::new("-") {
            (
                Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
                PathBuf::new(),
                "<stdin>".into(),
            )
        } else {
            let f = File::open(path).map_err(|e| {
                io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display()))
            })?;
            let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
            (
                Box::new(BufReader::with_capacity(1 << 16, f)),
                base,
                path.display().to_string(),
            )
        };
    list_reader(reader, base, label, kind, rules)
}

/// Reads a manifest or JSONL stream from `reader`; relative paths resolve
/// against `base`, and failures name `label`.
pub fn list_reader(
    mut reader: Box<dyn BufRead + Send>,
    base: PathBuf,
    label: String,
    kind: ListKind,
    rules: InputRules,
) -> io::Result<Box<dyn Iterator<Item = PairItem> + Send>> {
    let is_json = {
        let buf = reader.fill_buf()?;
        let buf = buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(buf);
        buf.iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|&b| b == b'{')
    };
    if is_json {
        Ok(Box::new(JsonLines::new(reader, base, label, kind, rules)))
    } else {
        Ok(Box::new(CsvManifest::new(reader, base, label, rules)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::input::{PairInput, PairText};

    fn items(text: &str) -> Vec<PairItem> {
        list_reader(
            Box::new(io::Cursor::new(text.as_bytes().to_vec())),
            PathBuf::from("base"),
            "m".into(),
            ListKind::Manifest,
            InputRules {
                allow_any_path: true,
                ..InputRules::default()
            },
        )
        .unwrap()
        .collect()
    }

    #[test]
    fn csv_manifest_rows_and_errors() {
        let got = items("pair,id_path,en_path\na,a/id.txt,/abs/en.txt\nb,only-two\n\nc,x,y\n");
        assert_eq!(got.len(), 3);
        assert_eq!(
            got[0],
            Ok(PairInput {
                pair: "a".into(),
                text: PairText::Files {
                    id: PathBuf::from("base/a/id.txt"),
                    en: PathBuf::from("/abs/en.txt")
                }
            })
        );
        let e = got[1].as_ref().unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(
            e.reason.contains("line 3") && e.reason.contains("found 2"),
            "{e}"
        );
        assert!(got[2].is_ok());
    }

    #[test]
    fn jsonl_inline_paths_and_errors() {
        let got = items(
            "{\"pair\":\"a\",\"id\":\"Kata\",\"en\":\"Word\"}\n{\"pair\":\"b\",\"id_path\":\"i\",\"en_path\":\"e\"}\n{oops\n{\"pair\":\"c\",\"id\":\"x\"}\n",
        );
        assert_eq!(got.len(), 4);
        assert!(
            matches!(&got[0], Ok(PairInput { text: PairText::Inline { origin, .. }, .. }) if origin == "m:1")
        );
        assert!(
            matches!(&got[1], Ok(PairInput { text: PairText::Files { id, .. }, .. }) if id == Path::new("base/i"))
        );
        assert!(
            got[2]
                .as_ref()
                .unwrap_err()
                .reason
                .starts_with("line 3: column 2")
        );
        assert_eq!(got[3].as_ref().unwrap_err().pair, "c");
    }

    #[test]
    fn non_utf8_line_is_located() {
        let mut bytes = b"{\"pair\":\"a\",\"id\":\"ok\",\"en\":\"ok\"}\n{\"pair\":\"b\xff".to_vec();
        bytes.push(b'\n');
        let got: Vec<_> = list_reader(
            Box::new(io::Cursor::new(bytes)),
            PathBuf::new(),
            "s".into(),
            ListKind::Stream,
            InputRules::default(),
        )
        .unwrap()
        .collect();
        assert_eq!(
            got[1].as_ref().unwrap_err().reason,
            "line 2: not UTF-8 at byte 10 of the line"
        );
    }
}
