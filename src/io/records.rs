//! Output records: one serde struct per row type, whose field order is the
//! CSV header contract of DESIGN.md. Offsets become characters here, once.
//!
//! Records carry the raw text. Spreadsheet safety is the CSV writer's
//! business ([`super::csv`]); the JSONL, TMX and Moses writers read the same
//! records. Fidelity flags are a list ([`Flags`]) with the evidence of each:
//! the CSV column is the `;`-joined names, JSONL writes an array.

use serde::{Serialize, Serializer};

use super::CharIndex;
use super::context::{RowContext, row_context};
use crate::align::{PairAlignment, Relatedness, Status};
use crate::quote::QuoteKind;
use crate::text::{Document, NormSpan};

/// One fidelity flag of a row, with its evidence: the flag's name
/// (`number_mismatch`), the Indonesian and English words behind it, what
/// differs in one line, and how far the evidence can be trusted (in [0,1],
/// see [`crate::fidelity::confidence`]). Written whole by JSONL
/// (`evidence`) and TMX (`x-flag`); the CSV writes the name only.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Flag {
    pub name: String,
    pub id: Vec<String>,
    pub en: Vec<String>,
    pub detail: String,
    pub confidence: f32,
}

/// The fidelity flags of a row, in column order (the order the producer
/// gives them; several flags may share a name). As a CSV cell it
/// serializes as the distinct names joined by `;`
/// (`number_mismatch;speaker_mismatch`), because a CSV cell holds one
/// string; the JSONL writer writes [`Flags::names`] as an array and the
/// flags with their evidence beside it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Flags(pub Vec<Flag>);

impl Flags {
    /// The flags of the fidelity checks, in the column order of their kinds
    /// (so the CSV cell equals [`crate::fidelity::flag_names`]).
    pub fn from_fidelity(flags: &[crate::fidelity::Flag]) -> Flags {
        let mut sorted: Vec<&crate::fidelity::Flag> = flags.iter().collect();
        sorted.sort_by_key(|f| f.kind);
        Flags(
            sorted
                .into_iter()
                .map(|f| Flag {
                    name: f.kind.as_str().to_owned(),
                    id: f.id.clone(),
                    en: f.en.clone(),
                    detail: f.detail.clone(),
                    confidence: f.confidence,
                })
                .collect(),
        )
    }

    /// The distinct flag names, in order of first appearance.
    pub fn names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for f in &self.0 {
            if !out.contains(&f.name.as_str()) {
                out.push(&f.name);
            }
        }
        out
    }

    /// The names joined by `;`, as the CSV column holds them.
    pub fn joined(&self) -> String {
        self.names().join(";")
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Flags {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.joined())
    }
}

/// One row of `kutip align` (quote unit).
#[derive(Debug, Clone, Serialize)]
pub struct AlignRecord {
    pub pair: String,
    pub status: Status,
    pub kind: QuoteKind,
    pub id_speaker: String,
    pub id_quote: String,
    pub en_speaker: String,
    pub en_quote: String,
    pub score: f32,
    pub margin: f32,
    pub flags: Flags,
    pub id_start: Option<usize>,
    pub id_end: Option<usize>,
    pub en_start: Option<usize>,
    pub en_end: Option<usize>,
    /// The paragraphs around the quotes and the speakers' certainty, for
    /// the review page ([`Detail::Review`]); not a column.
    #[serde(skip)]
    pub context: Option<Box<RowContext>>,
    /// Whether the row's two articles report one story (the same on every
    /// row of a pair); not a column: JSONL writes it as `pair_related`.
    #[serde(skip)]
    pub relatedness: Relatedness,
}

/// How much of each row a writer needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// The columns.
    #[default]
    Rows,
    /// The columns and each row's [`RowContext`] (the review page).
    Review,
}

/// One row of `kutip align --unit sentence`.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceRecord {
    pub pair: String,
    pub bead: String,
    pub id_text: String,
    pub en_text: String,
    pub score: f32,
    pub flags: Flags,
    pub id_start: Option<usize>,
    pub id_end: Option<usize>,
    pub en_start: Option<usize>,
    pub en_end: Option<usize>,
    /// As [`AlignRecord::relatedness`]; not a column.
    #[serde(skip)]
    pub relatedness: Relatedness,
}

fn round(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

fn text_and_offsets(
    doc: &Document,
    chars: &CharIndex,
    span: Option<NormSpan>,
) -> (String, Option<usize>, Option<usize>) {
    match span {
        Some(s) => {
            let (a, b) = chars.chars(doc.to_original(s));
            (doc.original_slice(s).to_owned(), Some(a), Some(b))
        }
        None => (String::new(), None, None),
    }
}

/// The quote rows of one aligned pair.
pub fn align_records(pair: &str, a: &PairAlignment) -> Vec<AlignRecord> {
    align_records_with(pair, a, Detail::Rows)
}

/// The quote rows of one aligned pair, with their context when `detail`
/// asks for it.
pub fn align_records_with(pair: &str, a: &PairAlignment, detail: Detail) -> Vec<AlignRecord> {
    let id_chars = CharIndex::new(a.id.original());
    let en_chars = CharIndex::new(a.en.original());
    a.pairs
        .iter()
        .map(|p| {
            let (id_quote, id_start, id_end) = text_and_offsets(&a.id, &id_chars, p.id_span);
            let (en_quote, en_start, en_end) = text_and_offsets(&a.en, &en_chars, p.en_span);
            AlignRecord {
                pair: pair.to_owned(),
                status: p.status,
                kind: p.kind,
                id_speaker: p.id_speaker.clone(),
                id_quote,
                en_speaker: p.en_speaker.clone(),
                en_quote,
                score: round(p.score),
                margin: round(p.margin),
                flags: Flags::from_fidelity(&p.flags),
                id_start,
                id_end,
                en_start,
                en_end,
                context: (detail == Detail::Review)
                    .then(|| Box::new(row_context(a, (&id_chars, &en_chars), p))),
                relatedness: a.relatedness,
            }
        })
        .collect()
}

fn sentences_span(doc: &Document, idx: &[usize]) -> Option<NormSpan> {
    let first = doc.sentences.get(*idx.first()?)?;
    let last = doc.sentences.get(*idx.last()?)?;
    Some(NormSpan::new(first.span.start, last.span.end))
}

fn joined(doc: &Document, idx: &[usize]) -> String {
    idx.iter()
        .map(|&i| doc.original_slice(doc.sentences[i].span))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The sentence rows (beads) of one aligned pair.
pub fn sentence_records(pair: &str, a: &PairAlignment) -> Vec<SentenceRecord> {
    let id_chars = CharIndex::new(a.id.original());
    let en_chars = CharIndex::new(a.en.original());
    a.beads
        .iter()
        .map(|b| {
            let id = sentences_span(&a.id, &b.id).map(|s| id_chars.chars(a.id.to_original(s)));
            let en = sentences_span(&a.en, &b.en).map(|s| en_chars.chars(a.en.to_original(s)));
            SentenceRecord {
                pair: pair.to_owned(),
                bead: b.label(),
                id_text: joined(&a.id, &b.id),
                en_text: joined(&a.en, &b.en),
                score: round(b.score),
                flags: Flags::default(),
                id_start: id.map(|x| x.0),
                id_end: id.map(|x| x.1),
                en_start: en.map(|x| x.0),
                en_end: en.map(|x| x.1),
                relatedness: a.relatedness,
            }
        })
        .collect()
}

/// What `kutip align` writes a row for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// One row per quote ([`AlignRecord`]).
    Quote,
    /// One row per sentence bead ([`SentenceRecord`]).
    Sentence,
}

/// The rows of one aligned pair, in either unit.
#[derive(Debug, Clone)]
pub enum Records {
    Quote(Vec<AlignRecord>),
    Sentence(Vec<SentenceRecord>),
}

impl Records {
    /// The rows of `a` in `unit`.
    pub fn of(unit: Unit, pair: &str, a: &PairAlignment) -> Records {
        Records::with(unit, pair, a, Detail::Rows)
    }

    /// The rows of `a` in `unit`, with as much detail as a writer asks.
    pub fn with(unit: Unit, pair: &str, a: &PairAlignment, detail: Detail) -> Records {
        match unit {
            Unit::Quote => Records::Quote(align_records_with(pair, a, detail)),
            Unit::Sentence => Records::Sentence(sentence_records(pair, a)),
        }
    }
}

/// The two sides of a parallel segment: a matched quote, or a bead with
/// text on both sides. What TMX and Moses write.
pub fn parallel_segments(r: &Records) -> Vec<ParallelSegment<'_>> {
    match r {
        Records::Quote(rows) => rows
            .iter()
            .filter(|r| r.status == Status::Matched)
            .map(|r| ParallelSegment {
                pair: &r.pair,
                id: &r.id_quote,
                en: &r.en_quote,
                quote: Some(r),
                bead: None,
            })
            .collect(),
        Records::Sentence(rows) => rows
            .iter()
            .filter(|r| !r.id_text.is_empty() && !r.en_text.is_empty())
            .map(|r| ParallelSegment {
                pair: &r.pair,
                id: &r.id_text,
                en: &r.en_text,
                quote: None,
                bead: Some(r),
            })
            .collect(),
    }
}

/// One parallel segment, borrowed from its record.
#[derive(Debug, Clone, Copy)]
pub struct ParallelSegment<'a> {
    pub pair: &'a str,
    pub id: &'a str,
    pub en: &'a str,
    pub quote: Option<&'a AlignRecord>,
    pub bead: Option<&'a SentenceRecord>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_cell_lists_distinct_names_in_order() {
        let flag = |name: &str, detail: &str| Flag {
            name: name.into(),
            detail: detail.into(),
            ..Flag::default()
        };
        let f = Flags(vec![
            flag("number_mismatch", "25 vs 2,5"),
            flag("number_mismatch", "1998 vs 1989"),
            flag("speaker_mismatch", "Putin vs Lavrov"),
        ]);
        assert_eq!(f.joined(), "number_mismatch;speaker_mismatch");
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(("p", &f)).expect("row");
        let cell = String::from_utf8(w.into_inner().expect("flush")).expect("utf8");
        assert_eq!(cell, "p,number_mismatch;speaker_mismatch\n");
        assert_eq!(Flags::default().joined(), "");
    }
}
