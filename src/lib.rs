//! kutip: cross-language quote attribution and translation alignment.
//!
//! The pipeline, in order: read and normalize text ([`text`]), find quotes
//! and speakers in each language ([`quote`]), compare Indonesian and English
//! words ([`lexicon`], [`morph`]), align sentences and quotes ([`align`],
//! into the pair records of [`record`]), flag where a translated quote
//! drifts from its source ([`fidelity`]), and write records ([`io`]).
//! [`align_checked`] runs the whole pipeline for one pair.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod fidelity;
pub mod io;
pub mod lang;
pub mod lexicon;
mod memo;
pub mod morph;
pub mod quote;
pub mod record;
pub mod text;
pub mod wordmatch;

pub use lang::Lang;

/// The header of `kutip align` (quote unit), as the contract gives it.
pub const ALIGN_HEADER: [&str; 14] = [
    "pair",
    "status",
    "kind",
    "id_speaker",
    "id_quote",
    "en_speaker",
    "en_quote",
    "score",
    "margin",
    "flags",
    "id_start",
    "id_end",
    "en_start",
    "en_end",
];

/// The header of `kutip align --unit sentence`.
pub const SENTENCE_HEADER: [&str; 10] = [
    "pair", "bead", "id_text", "en_text", "score", "flags", "id_start", "id_end", "en_start",
    "en_end",
];
pub use fidelity::{FidelitySummary, Flag, FlagKind};
pub use quote::{Extraction, Quote, QuoteKind};
pub use text::Document;

/// Builds the tables every pair needs (compiled patterns, the Indonesian
/// root list, word-class masks) now, which otherwise happens on first use.
/// The lexicon is not among them: a command calls this on a second thread
/// while it loads the lexicon, so that the two start-up costs overlap
/// instead of adding up.
pub fn prepare_tables() {
    text::boilerplate::prepare();
    morph::prepare();
    lang::prepare();
    text::language::prepare();
}

/// One quote as the `quotes` command writes it: text and character offsets
/// into the original.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct QuoteRecord {
    pub quote: String,
    pub speaker: String,
    pub cue: String,
    pub kind: QuoteKind,
    pub start: usize,
    pub end: usize,
}

/// Parses `text` and returns its quotes as records (offsets in characters of `text`).
pub fn quote_records(text: &str, lang: Lang) -> Vec<QuoteRecord> {
    quote_records_with(text, lang, false)
}

/// [`quote_records`], with unnamed speakers (institutions, descriptions)
/// labelled in English when `english_speakers` is set and every word of
/// them has a gloss (`pejabat Amerika` → `US official`); named people keep
/// their names.
pub fn quote_records_with(text: &str, lang: Lang, english_speakers: bool) -> Vec<QuoteRecord> {
    let doc = Document::parse(text, lang);
    let lex = lexicon::Lexicon::embedded();
    let ex = quote::extract_quotes(&doc, lex);
    let speaker = |q: &Quote| -> String {
        let display = q.speaker.clone().unwrap_or_default();
        let Some(e) = q.entity.map(|e| &ex.registry.entities[e]) else {
            return display;
        };
        let unnamed = e.names.is_empty()
            || e.kind == quote::speakers::EntityKind::Institution
            || display.starts_with(char::is_lowercase);
        if english_speakers && unnamed {
            quote::gloss::english_label(&display, lang.tables(), lex).unwrap_or(display)
        } else {
            display
        }
    };
    let chars = io::CharIndex::new(text);
    ex.quotes
        .iter()
        .map(|q| {
            let (start, end) = chars.chars(doc.to_original(q.span));
            QuoteRecord {
                quote: doc.original_slice(q.span).to_owned(),
                speaker: speaker(q),
                cue: q
                    .cue
                    .map(|c| doc.original_slice(c).to_owned())
                    .unwrap_or_default(),
                kind: q.kind,
                start,
                end,
            }
        })
        .collect()
}
pub mod align;
pub mod batch;
pub mod eval;

/// Settings of the whole pipeline for one pair: the alignment's, then the
/// fidelity checks'. The two stages know nothing of each other's settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct PipelineParams {
    pub align: align::AlignParams,
    pub fidelity: fidelity::FidelityParams,
}

/// Aligns one article pair and runs the fidelity checks on its matched
/// quotes: [`align::align_pair`] followed by [`fidelity::check_pair`].
pub fn align_checked(
    id_text: &str,
    en_text: &str,
    lex: &lexicon::Lexicon,
    params: &PipelineParams,
) -> align::PairAlignment {
    let mut a = align::align_pair(id_text, en_text, lex, &params.align);
    fidelity::check_pair(&mut a, lex, &params.fidelity);
    a
}
