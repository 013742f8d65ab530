//! The records of a JSONL manifest or stream, one per line: a pair's texts
//! inline, or its paths where the input rules allow them. A record longer
//! than the size limit allows is skipped without being held whole.

use std::io::BufRead;
use std::path::PathBuf;

use serde::Deserialize;

use super::list::ListKind;
use super::{PairFailure, PairInput, PairItem, PairText};
use crate::io::rules::{InputRules, read_line_capped};

/// One line of a JSONL manifest or stream.
#[derive(Deserialize)]
struct JsonLine {
    pair: Option<String>,
    id: Option<String>,
    en: Option<String>,
    id_path: Option<String>,
    en_path: Option<String>,
}

/// The lines of a JSONL manifest or stream.
pub(super) struct JsonLines {
    reader: Box<dyn BufRead + Send>,
    base: PathBuf,
    label: String,
    line: u64,
    buf: Vec<u8>,
    done: bool,
    kind: ListKind,
    rules: InputRules,
}

impl JsonLines {
    pub(super) fn new(
        reader: Box<dyn BufRead + Send>,
        base: PathBuf,
        label: String,
        kind: ListKind,
        rules: InputRules,
    ) -> JsonLines {
        JsonLines {
            reader,
            base,
            label,
            line: 0,
            buf: Vec::new(),
            done: false,
            kind,
            rules,
        }
    }

    fn malformed(&self, pair: &str, reason: String) -> PairFailure {
        PairFailure {
            pair: pair.to_owned(),
            path: self.label.clone(),
            reason: format!("line {}: {reason}", self.line),
            line: Some(self.line),
        }
    }

    fn parse(&self) -> PairItem {
        let bytes = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let bytes = if self.line == 1 {
            bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes)
        } else {
            bytes
        };
        let text = std::str::from_utf8(bytes).map_err(|e| {
            self.malformed(
                "",
                format!("not UTF-8 at byte {} of the line", e.valid_up_to()),
            )
        })?;
        let v: JsonLine = serde_json::from_str(text).map_err(|e| {
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
            self.malformed(
                "",
                format!(
                    "column {}: not a JSON object {{\"pair\":…,\"id\":…,\"en\":…}}: {msg}",
                    e.column()
                ),
            )
        })?;
        let pair = v.pair.unwrap_or_default();
        if pair.trim().is_empty() {
            return Err(self.malformed("", "no \"pair\" name".into()));
        }
        let text = match (v.id, v.en, v.id_path, v.en_path) {
            (Some(id), Some(en), None, None) => PairText::Inline {
                id,
                en,
                origin: format!("{}:{}", self.label, self.line),
            },
            (None, None, Some(_), Some(_))
                if self.kind == ListKind::Stream && !self.rules.allow_any_path =>
            {
                return Err(self.malformed(
                    &pair,
                    "a stream carries the texts (\"id\", \"en\"), not paths; pass --allow-any-path to read \"id_path\" and \"en_path\"".into(),
                ));
            }
            (None, None, Some(id), Some(en)) => PairText::Files {
                id: self
                    .rules
                    .resolve(&self.base, &id)
                    .map_err(|why| self.malformed(&pair, why))?,
                en: self
                    .rules
                    .resolve(&self.base, &en)
                    .map_err(|why| self.malformed(&pair, why))?,
            },
            _ => {
                return Err(self.malformed(
                    &pair,
                    "needs \"id\" and \"en\" (the texts) or \"id_path\" and \"en_path\"".into(),
                ));
            }
        };
        Ok(PairInput { pair, text })
    }
}

impl Iterator for JsonLines {
    type Item = PairItem;

    fn next(&mut self) -> Option<PairItem> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            // A record holds two articles, each within the limit, and its
            // JSON escapes (a \uXXXX is 6 bytes for at most 3 of text).
            let cap = self
                .rules
                .max_bytes
                .saturating_mul(4)
                .saturating_add(1 << 16);
            let cap = usize::try_from(cap).unwrap_or(usize::MAX);
            match read_line_capped(self.reader.as_mut(), &mut self.buf, cap) {
                Ok((0, _)) => {
                    self.done = true;
                    return None;
                }
                Ok((n, true)) => {
                    self.line += 1;
                    return Some(Err(self.malformed(
                        "",
                        format!(
                            "a record of {n} bytes, over the limit of {} bytes per article; skipped (raise it with --max-bytes)",
                            self.rules.max_bytes
                        ),
                    )));
                }
                Ok(_) => self.line += 1,
                Err(e) => {
                    self.done = true;
                    self.line += 1;
                    return Some(Err(self.malformed("", format!("cannot read: {e}"))));
                }
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.parse());
        }
    }
}
