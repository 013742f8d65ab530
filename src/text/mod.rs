//! Text stages, in pipeline order: read bytes ([`read`]; the article text of
//! an HTML page through [`markup`]), normalize with an offset map
//! ([`normalize`], which joins the lines of hard-wrapped paragraphs found by
//! [`reflow`]), strip boilerplate ([`boilerplate`]), split into paragraphs
//! and sentences ([`segment`]) and word tokens ([`tokenize`]).
//! [`language`] tells which of kutip's languages a text is written in.
//!
//! [`Document::parse`] runs all of them and keeps the results side by side.
//! Spans inside the library are byte ranges of the *normalized* text
//! ([`NormSpan`]); [`Document::to_original`] maps them back to bytes of the
//! text as read ([`OrigSpan`]). Nothing here knows about quotes.

pub mod boilerplate;
pub mod language;
pub mod markup;
pub mod normalize;
pub mod read;
pub mod reflow;
pub mod segment;
pub mod spans;
pub mod tokenize;

use std::ops::Range;

pub use boilerplate::Boilerplate;
pub use normalize::Normalized;
pub use read::{InputError, InputFormat, decode};
pub use segment::{Paragraph, Sentence};
pub use tokenize::{Token, TokenKind};

use crate::lang::Lang;

/// A byte range of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct NormSpan {
    pub start: usize,
    pub end: usize,
}

impl NormSpan {
    pub fn new(start: usize, end: usize) -> NormSpan {
        NormSpan { start, end }
    }
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
    pub fn contains(self, other: NormSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(self, other: NormSpan) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A byte range of the text as read (before normalization).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct OrigSpan {
    pub start: usize,
    pub end: usize,
}

impl OrigSpan {
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// One article after every text stage: the original text, its normalized
/// form, the content paragraphs, sentences and tokens.
#[derive(Debug, Clone)]
pub struct Document {
    pub lang: Lang,
    pub norm: Normalized,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// What boilerplate removal found: the declared source outlet and the removed spans.
    pub boilerplate: Boilerplate,
}

impl Document {
    /// Runs normalization, boilerplate removal, segmentation and tokenization.
    pub fn parse(original: &str, lang: Lang) -> Document {
        let norm = Normalized::new(original);
        let raw_paragraphs = segment::split_paragraphs(norm.text());
        let (content, boilerplate) = boilerplate::strip(norm.text(), &raw_paragraphs, lang);
        let mut paragraphs = Vec::with_capacity(content.len());
        let mut sentences = Vec::new();
        // About one token per five bytes of news text: sized once instead
        // of grown token by token.
        let mut tokens = Vec::with_capacity(norm.text().len() / 5);
        for (pi, span) in content.into_iter().enumerate() {
            let first_sentence = sentences.len();
            let first_token = tokens.len();
            for s_span in segment::split_sentences(norm.text(), span, lang) {
                let t0 = tokens.len();
                tokenize::tokenize_into(norm.text(), s_span, &mut tokens);
                sentences.push(Sentence {
                    span: s_span,
                    paragraph: pi,
                    tokens: t0..tokens.len(),
                });
            }
            paragraphs.push(Paragraph {
                span,
                sentences: first_sentence..sentences.len(),
                tokens: first_token..tokens.len(),
            });
        }
        // Every token's word classes, one look-up each: the quote parsers
        // ask several tables about most tokens.
        let tables = lang.tables();
        let no_word = tables.classes("");
        for tok in &mut tokens {
            tok.classes = if tok.lower.is_empty() {
                no_word
            } else {
                tables.classes(&tok.lower)
            };
        }
        Document {
            lang,
            norm,
            paragraphs,
            sentences,
            tokens,
            boilerplate,
        }
    }

    /// The normalized text.
    pub fn text(&self) -> &str {
        self.norm.text()
    }

    /// The original text as read.
    pub fn original(&self) -> &str {
        self.norm.original()
    }

    /// The normalized text of a span (empty when the span is not valid).
    pub fn slice(&self, span: NormSpan) -> &str {
        self.norm.text().get(span.range()).unwrap_or("")
    }

    /// Maps a normalized span back to the original text.
    pub fn to_original(&self, span: NormSpan) -> OrigSpan {
        self.norm.to_original(span)
    }

    /// The original text of a normalized span.
    pub fn original_slice(&self, span: NormSpan) -> &str {
        let o = self.to_original(span);
        self.original().get(o.range()).unwrap_or("")
    }

    /// Index of the sentence that contains byte `pos` of the normalized text.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// Index of the sentence whose token run reaches past token `k` (the
    /// sentence holding it, as sentences hold consecutive runs of tokens in
    /// order); `sentences.len()` past the last one.
    pub fn sentence_of_token(&self, k: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= k)
    }

    /// Index of the first token that starts at or after `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// The tokens wholly inside a span.
    pub fn tokens_in(&self, span: NormSpan) -> Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.start < span.start);
        let b = self.tokens.partition_point(|t| t.span.end <= span.end);
        a..b.max(a)
    }
}
