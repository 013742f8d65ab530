//! Output records: one serde struct per row type, whose field order is the
//! CSV header contract of DESIGN.md. Offsets become characters here, once.

use serde::Serialize;

use super::CharIndex;
use crate::align::{PairAlignment, Status};
use crate::quote::QuoteKind;
use crate::text::{Document, NormSpan};

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
    pub flags: String,
    pub id_start: Option<usize>,
    pub id_end: Option<usize>,
    pub en_start: Option<usize>,
    pub en_end: Option<usize>,
}

/// One row of `kutip align --unit sentence`.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceRecord {
    pub pair: String,
    pub bead: String,
    pub id_text: String,
    pub en_text: String,
    pub score: f32,
    pub flags: String,
    pub id_start: Option<usize>,
    pub id_end: Option<usize>,
    pub en_start: Option<usize>,
    pub en_end: Option<usize>,
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
                flags: crate::fidelity::flag_names(&p.flags),
                id_start,
                id_end,
                en_start,
                en_end,
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
                flags: String::new(),
                id_start: id.map(|x| x.0),
                id_end: id.map(|x| x.1),
                en_start: en.map(|x| x.0),
                en_end: en.map(|x| x.1),
            }
        })
        .collect()
}
