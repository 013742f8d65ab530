//! The CSV writer: the header of DESIGN.md's contract, one row per record.
//!
//! Spreadsheet safety: a text cell (pair, speakers, quotes, sentence texts)
//! that begins with `=`, `+`, `-` or `@` is written with a leading `'`, so
//! that spreadsheet programs show it as text instead of running it as a
//! formula. Only the CSV carries that prefix: offsets still index the text
//! without it, JSONL, TMX and Moses carry the raw text, and `kutip eval`
//! (and the shared scorer, which compares words) read it back unchanged.
//! Numbers are written as numbers. Quoting is rust-csv's.

use std::io;

use serde::{Serialize, Serializer};

use super::RowSink;
use super::output::Output;
use super::records::{AlignRecord, Flags, Records, SentenceRecord, Unit};
use crate::align::Status;
use crate::quote::QuoteKind;

/// True when a spreadsheet would read a cell starting with this as a formula.
pub fn needs_guard(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@'])
}

/// `s` as a spreadsheet-safe CSV cell: with a leading `'` when [`needs_guard`].
pub fn guard(s: &str) -> std::borrow::Cow<'_, str> {
    let s = without_controls(s);
    if needs_guard(&s) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        s
    }
}

/// Whether `c` is a control character that text output drops: C0 controls
/// other than tab, line feed and carriage return (a NUL ends a C string in
/// the tools that read the output; the others are invisible or garble a
/// terminal).
pub fn is_dropped_control(c: char) -> bool {
    c < ' ' && !matches!(c, '\t' | '\n' | '\r')
}

/// `s` without the control characters of [`is_dropped_control`]. Offsets
/// are not affected: they are computed on the input text.
pub fn without_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(is_dropped_control) {
        std::borrow::Cow::Owned(s.chars().filter(|&c| !is_dropped_control(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// A cell read back: without the leading `'` that [`guard`] adds.
pub fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => s,
    }
}

/// A text cell, written with a leading `'` when [`needs_guard`] says so.
struct Cell<'a>(&'a str);

impl Serialize for Cell<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&guard(self.0))
    }
}

#[derive(Serialize)]
struct AlignRow<'a> {
    pair: Cell<'a>,
    status: Status,
    kind: QuoteKind,
    id_speaker: Cell<'a>,
    id_quote: Cell<'a>,
    en_speaker: Cell<'a>,
    en_quote: Cell<'a>,
    score: f32,
    margin: f32,
    flags: &'a Flags,
    id_start: Option<usize>,
    id_end: Option<usize>,
    en_start: Option<usize>,
    en_end: Option<usize>,
}

impl<'a> From<&'a AlignRecord> for AlignRow<'a> {
    fn from(r: &'a AlignRecord) -> Self {
        AlignRow {
            pair: Cell(&r.pair),
            status: r.status,
            kind: r.kind,
            id_speaker: Cell(&r.id_speaker),
            id_quote: Cell(&r.id_quote),
            en_speaker: Cell(&r.en_speaker),
            en_quote: Cell(&r.en_quote),
            score: r.score,
            margin: r.margin,
            flags: &r.flags,
            id_start: r.id_start,
            id_end: r.id_end,
            en_start: r.en_start,
            en_end: r.en_end,
        }
    }
}

#[derive(Serialize)]
struct SentenceRow<'a> {
    pair: Cell<'a>,
    bead: &'a str,
    id_text: Cell<'a>,
    en_text: Cell<'a>,
    score: f32,
    flags: &'a Flags,
    id_start: Option<usize>,
    id_end: Option<usize>,
    en_start: Option<usize>,
    en_end: Option<usize>,
}

impl<'a> From<&'a SentenceRecord> for SentenceRow<'a> {
    fn from(r: &'a SentenceRecord) -> Self {
        SentenceRow {
            pair: Cell(&r.pair),
            bead: &r.bead,
            id_text: Cell(&r.id_text),
            en_text: Cell(&r.en_text),
            score: r.score,
            flags: &r.flags,
            id_start: r.id_start,
            id_end: r.id_end,
            en_start: r.en_start,
            en_end: r.en_end,
        }
    }
}

/// Writes records as CSV, header first (also when no row follows).
pub struct CsvSink {
    w: ::csv::Writer<Output>,
}

impl CsvSink {
    pub fn new(out: Output, unit: Unit) -> io::Result<CsvSink> {
        let mut w = ::csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(out);
        match unit {
            Unit::Quote => w.write_record(crate::ALIGN_HEADER)?,
            Unit::Sentence => w.write_record(crate::SENTENCE_HEADER)?,
        }
        Ok(CsvSink { w })
    }
}

impl RowSink for CsvSink {
    fn write_records(&mut self, records: &Records) -> io::Result<()> {
        match records {
            Records::Quote(rows) => {
                for r in rows {
                    self.w.serialize(AlignRow::from(r))?;
                }
            }
            Records::Sentence(rows) => {
                for r in rows {
                    self.w.serialize(SentenceRow::from(r))?;
                }
            }
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.w.flush()
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        self.w
            .into_inner()
            .map_err(|e| io::Error::other(e.to_string()))?
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_marks_formula_starts_only() {
        for s in ["=SUM(A1)", "+62 811", "-5 derajat", "@home"] {
            assert!(needs_guard(s), "{s}");
        }
        for s in ["", "Kami", "'=x", " =x", "5-3"] {
            assert!(!needs_guard(s), "{s}");
        }
        let mut w = ::csv::Writer::from_writer(Vec::new());
        w.serialize((Cell("=1+1"), Cell("ok"))).unwrap();
        assert_eq!(
            String::from_utf8(w.into_inner().unwrap()).unwrap(),
            "'=1+1,ok\n"
        );
    }
}
