//! The rows of a CSV manifest (`pair,id_path,en_path`), one physical line
//! each, with the manifest's paths resolved by the input rules. A line that
//! cannot be read is reported on its own and reading goes on.

use std::io::BufRead;
use std::path::PathBuf;

use super::{PairFailure, PairInput, PairItem, PairText};
use crate::io::rules::{InputRules, read_line_capped};

/// The rows of a CSV manifest, one physical line each: a quote mark left
/// open on one line is reported there, and the next line is read on its
/// own (a path or a pair name never holds a line break).
pub(super) struct CsvManifest {
    reader: Box<dyn BufRead + Send>,
    base: PathBuf,
    label: String,
    line: u64,
    buf: Vec<u8>,
    record: csv::ByteRecord,
    first: bool,
    done: bool,
    rules: InputRules,
}

/// The longest manifest line read; a longer one is reported and skipped.
const MAX_MANIFEST_LINE: usize = 1 << 20;

impl CsvManifest {
    pub(super) fn new(
        reader: Box<dyn BufRead + Send>,
        base: PathBuf,
        label: String,
        rules: InputRules,
    ) -> CsvManifest {
        CsvManifest {
            reader,
            base,
            label,
            line: 0,
            buf: Vec::new(),
            record: csv::ByteRecord::new(),
            first: true,
            done: false,
            rules,
        }
    }

    fn malformed(&self, line: u64, pair: &str, reason: String) -> PairFailure {
        PairFailure {
            pair: pair.to_owned(),
            path: self.label.clone(),
            reason: format!("line {line}: {reason}"),
            line: Some(line),
        }
    }
}

impl Iterator for CsvManifest {
    type Item = PairItem;

    fn next(&mut self) -> Option<PairItem> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            match read_line_capped(self.reader.as_mut(), &mut self.buf, MAX_MANIFEST_LINE) {
                Ok((0, _)) => {
                    self.done = true;
                    return None;
                }
                Ok((_, over)) => {
                    self.line += 1;
                    if over {
                        return Some(Err(self.malformed(
                            self.line,
                            "",
                            format!("longer than {MAX_MANIFEST_LINE} bytes; skipped"),
                        )));
                    }
                }
                Err(e) => {
                    // An I/O error: the rest of the manifest cannot be read.
                    self.done = true;
                    self.line += 1;
                    return Some(Err(self.malformed(
                        self.line,
                        "",
                        format!("cannot read: {e}"),
                    )));
                }
            }
            let line = self.line;
            if self.buf.iter().filter(|&&b| b == b'"').count() % 2 == 1 {
                return Some(Err(self.malformed(
                    line,
                    "",
                    "a quote mark \" is left open; quote a whole field (\"a,b\") and double a quote mark inside it (\"\")".into(),
                )));
            }
            let mut row = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(self.buf.as_slice());
            match row.read_byte_record(&mut self.record) {
                Ok(true) => {}
                // A blank line.
                Ok(false) => continue,
                Err(e) => return Some(Err(self.malformed(line, "", format!("{e}")))),
            }
            let mut fields = Vec::with_capacity(3);
            for (i, f) in self.record.iter().enumerate() {
                match std::str::from_utf8(f) {
                    Ok(s) => fields.push(s.to_owned()),
                    Err(e) => {
                        return Some(Err(self.malformed(
                            line,
                            "",
                            format!(
                                "column {}: not UTF-8 at byte {} of the field",
                                i + 1,
                                e.valid_up_to()
                            ),
                        )));
                    }
                }
            }
            if self.first {
                self.first = false;
                let f0 = fields.first().map(|f| f.trim_start_matches('\u{feff}'));
                if f0 == Some("pair") && fields.len() == 3 && fields[1] == "id_path" {
                    continue;
                }
            }
            if fields.len() == 1 && fields[0].trim().is_empty() {
                continue;
            }
            if fields.len() != 3 {
                let pair = if fields.len() > 3 {
                    fields[0].as_str()
                } else {
                    ""
                };
                return Some(Err(self.malformed(
                    line,
                    pair,
                    format!(
                        "expected 3 columns pair,id_path,en_path, found {}",
                        fields.len()
                    ),
                )));
            }
            let [pair, id, en]: [String; 3] = match fields.try_into() {
                Ok(a) => a,
                Err(_) => continue,
            };
            if pair.trim().is_empty() || id.trim().is_empty() || en.trim().is_empty() {
                return Some(Err(self.malformed(
                    line,
                    &pair,
                    "empty column: each row needs pair, id_path and en_path".into(),
                )));
            }
            let (id, en) = match (
                self.rules.resolve(&self.base, &id),
                self.rules.resolve(&self.base, &en),
            ) {
                (Ok(i), Ok(e)) => (i, e),
                (Err(why), _) | (_, Err(why)) => {
                    return Some(Err(self.malformed(line, &pair, why)));
                }
            };
            return Some(Ok(PairInput {
                text: PairText::Files { id, en },
                pair,
            }));
        }
    }
}
