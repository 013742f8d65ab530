//! How far the English that an Indonesian quote may have left out reaches:
//! the `omission` check compares the quote with the pair's English span
//! and with the rest of what the English quote says that no other matched
//! pair renders.
//!
//! The alignment ends a span where the Indonesian quote's words stop
//! finding partners, so a clause the translation dropped at the end of a
//! quote falls outside the span, out of the clause check's view. This
//! module widens the span, for that check only, over
//! - the rest of the English quote the span lies in (`an intellectually
//!   rigorous and dispassionate investigation` when the span stops at
//!   `rigorous`), and
//! - the rest of the sentence the span ends in, when the span ends where a
//!   clause does and the rest reports no other speech (`…, but not to the
//!   situation as a whole`: the last clause of an indirect quote that
//!   extraction ended at the comma),
//!
//! as long as no other matched pair's English span claims those words.
//! The other checks (numbers, negation, names, additions) keep the span as
//! it is: words past it that the quote does not render would read as
//! numbers, negations or partners of this quote's words.
//!
//! It does not decide what is omitted ([`super::coverage`] does).

use super::PairView;
use crate::text::{Document, NormSpan, TokenKind};

/// The English span the `omission` check compares with the quote, when it
/// is wider than the pair's ([`PairView::en_span`]).
pub fn omission_span(v: &PairView<'_>) -> Option<NormSpan> {
    let span = v.en_span;
    // Another matched pair's English span meets `a..b` (by the index of
    // those spans, not a pass over every pair of a long article).
    let shared = v.shared;
    let claimed = |a: usize, b: usize| {
        a < b
            && shared
                .matched_en_index
                .any_overlapping(NormSpan::new(a, b), |k| {
                    shared.matched_spans[k].0 != v.id_span
                })
    };
    let (mut start, mut end) = (span.start, span.end);
    if let Some(quote) = v.en_quote.map(|q| q.span)
        && (quote.overlaps(span) || quote.contains(span))
    {
        if quote.start < start && !claimed(quote.start, start) {
            start = quote.start;
        }
        if quote.end > end && !claimed(end, quote.end) {
            end = quote.end;
        }
    }
    if let Some(s) =
        v.en.sentence_at(end.saturating_sub(1))
            .map(|s| v.en.sentences[s].span)
        && s.end > end
        && !claimed(end, s.end)
        && opens_clause(v.en, end)
        // A verb of saying reports, unless negated or blocked as the
        // extraction reads it (`but would not answer "thousands of
        // questions"` is what the quote says).
        && speech_verbs(v.en, NormSpan::new(end, s.end)).next().is_none()
    {
        end = s.end;
    }
    ((start, end) != (span.start, span.end)).then(|| NormSpan::new(start, end))
}

/// Whether the text of `doc` at `pos` opens a clause: a comma, semicolon
/// or dash, or a clause word (`but`, `while`, `tetapi`). A span that ends
/// inside a clause was narrowed by the alignment, not cut by extraction,
/// and the rest of its sentence is no clause of the quote.
pub(super) fn opens_clause(doc: &Document, pos: usize) -> bool {
    let k = doc.tokens.partition_point(|t| t.span.start < pos);
    doc.tokens.get(k).is_some_and(|tok| match tok.kind {
        TokenKind::Punct => matches!(doc.slice(tok.span), "," | ";" | "–" | "—" | "-"),
        TokenKind::Word => tok.classes.is_clause_word() || tok.classes.is_clause_break(),
        _ => false,
    })
}

/// The tokens of `span` that report speech: verbs of saying, unless
/// negated or blocked as the extraction reads them.
pub(super) fn speech_verbs(doc: &Document, span: NormSpan) -> impl Iterator<Item = usize> + '_ {
    let t = doc.lang.tables();
    doc.tokens_in(span).filter(move |&k| {
        let w = doc.tokens[k].lower.as_str();
        let blocked = k > 0 && {
            let pw = doc.tokens[k - 1].lower.as_str();
            t.is_negation(pw) || t.is_verb_blocker(pw)
        };
        (t.is_speech_verb(w) || t.is_say_verb(w) || t.is_speech_participle(w)) && !blocked
    })
}
