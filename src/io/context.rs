//! What a reader checking a row needs beyond the row itself: the paragraph
//! each quote stands in, where that paragraph is in the article, and how
//! sure the speaker is (named beside the quote, resolved from a pronoun or
//! an earlier mention, taken from the other article, only described, or
//! unknown). Built only for the writers that show it (the review page asks
//! for [`super::Detail::Review`]); CSV, JSONL, TMX and Moses never pay for
//! it.
//!
//! Offsets are characters of the input text as given, like the rows'.

use super::CharIndex;
use crate::align::QuotePair;
use crate::quote::Extraction;
use crate::quote::speakers::name_tokens;
use crate::text::{Document, NormSpan};

/// How a row's speaker was found, from most to least certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpeakerCertainty {
    /// Named in the quote's own paragraph.
    #[default]
    Named,
    /// Named elsewhere in the article: the quote's paragraph refers to the
    /// speaker by a pronoun (`ia`, `-nya`, `he`), a description or a short
    /// name.
    Elsewhere,
    /// This article gives no name; the name is the other article's.
    OtherSide,
    /// Only described (`seorang pejabat Amerika`, `the ministry`).
    Description,
    /// No speaker was found.
    Unknown,
}

impl SpeakerCertainty {
    /// True for every case but a speaker named beside the quote.
    pub fn is_uncertain(self) -> bool {
        self != SpeakerCertainty::Named
    }
}

/// One side of a row in its article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuoteContext {
    /// The paragraph holding the quote, as written in the input.
    pub paragraph: String,
    /// Character offset of the paragraph in the input.
    pub paragraph_start: usize,
    /// The paragraph's number among the article's content paragraphs (from
    /// 1), and how many there are.
    pub paragraph_no: usize,
    pub paragraphs: usize,
    pub speaker: SpeakerCertainty,
}

/// Both sides of a row in their articles; a side without a quote has none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowContext {
    pub id: Option<QuoteContext>,
    pub en: Option<QuoteContext>,
}

/// True when a word of `name` (its last, the surname, or any other word of
/// three letters or more) is written in `text`.
fn named_in(name: &str, text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let tokens = name_tokens(name);
    tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| *i + 1 == tokens.len() || t.chars().count() >= 3)
        .any(|(_, t)| words.contains(&t.as_str()))
}

fn side(
    doc: &Document,
    chars: &CharIndex,
    quotes: &Extraction,
    span: Option<NormSpan>,
    shown_speaker: &str,
) -> Option<QuoteContext> {
    let span = span?;
    let pi = doc.paragraphs.iter().position(|p| {
        p.span.start <= span.start && span.start < p.span.end.max(p.span.start + 1)
    })?;
    let para = doc.paragraphs[pi].span;
    let quote = quotes.quotes.iter().find(|q| q.span.overlaps(span));
    let own = quote.and_then(|q| q.speaker.clone()).unwrap_or_default();
    let described = quote
        .and_then(|q| q.entity)
        .and_then(|e| quotes.registry.entities.get(e))
        .is_none_or(|e| e.names.is_empty());
    let speaker = if shown_speaker.is_empty() {
        SpeakerCertainty::Unknown
    } else if own.is_empty() || (described && own != shown_speaker) {
        SpeakerCertainty::OtherSide
    } else if described || own.starts_with(char::is_lowercase) {
        SpeakerCertainty::Description
    } else if named_in(&own, doc.slice(para)) {
        SpeakerCertainty::Named
    } else {
        SpeakerCertainty::Elsewhere
    };
    Some(QuoteContext {
        paragraph: doc.original_slice(para).to_owned(),
        paragraph_start: chars.chars(doc.to_original(para)).0,
        paragraph_no: pi + 1,
        paragraphs: doc.paragraphs.len(),
        speaker,
    })
}

/// The context of one row of a pair.
pub fn row_context(
    a: &crate::align::PairAlignment,
    chars: (&CharIndex, &CharIndex),
    p: &QuotePair,
) -> RowContext {
    RowContext {
        id: side(&a.id, chars.0, &a.id_quotes, p.id_span, &p.id_speaker),
        en: side(&a.en, chars.1, &a.en_quotes, p.en_span, &p.en_speaker),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_found_by_their_words() {
        assert!(named_in("Lakhdar Brahimi", "Brahimi mengatakan"));
        assert!(named_in("Lakhdar Brahimi", "kata Lakhdar."));
        assert!(!named_in("Lakhdar Brahimi", "Ia mengatakan"));
        assert!(!named_in("Al Jazeera", "kata al-Assad")); // "al" alone is too short
    }
}
