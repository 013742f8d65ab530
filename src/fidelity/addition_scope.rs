//! How far the Indonesian that a translation may have added to a quote
//! reaches: the `addition` check compares the English with the quote and
//! with the rest of the quote's sentence, when extraction ended the quote
//! where a clause does and the rest goes on in the same voice.
//!
//! Extraction ends a reported quote at a clause boundary it cannot read on
//! past (`tidak akan menghentikan pengayaan uranium` before `, tapi siap
//! bekerja sama …`), and a mid-clause frame ends one where the speaker's
//! words go on in marks (`Kecuali ada perubahan …, tambahnya, "prospek
//! denuklirisasi …"`). A clause the translation added there lies outside
//! the quote, out of the clause check's view. This module widens the
//! quote, for that check only, to the end of its sentence when
//! - the quote ends where a clause opens (a comma, a dash, a clause word),
//! - no other quote and no other matched pair holds those words, and
//! - the rest reports no other speech: no verb of saying but the quote's
//!   own cue (`kata Htay, seperti yang dikutip dari Reuters` is the frame,
//!   not the quote), and that one only where the quote goes on in marks
//!   after it.
//!
//! The English side needs no widening: the clause check already looks for
//! counterparts in the whole English sentences around the pair's span. The
//! other checks keep the quote as it is. It does not decide what is added
//! ([`super::coverage`] does); [`super::omission_scope`] widens the English
//! the same way for omissions.

use super::PairView;
use super::omission_scope::{opens_clause, speech_verbs};
use crate::text::NormSpan;
use crate::text::tokenize::is_quote_mark;

/// The Indonesian span the `addition` check compares with the English,
/// when it is wider than the quote ([`PairView::id_span`]).
pub fn addition_span(v: &PairView<'_>) -> Option<NormSpan> {
    let span = v.id_span;
    let end = span.end;
    let sentence =
        v.id.sentence_at(end.saturating_sub(1))
            .map(|s| v.id.sentences[s].span)?;
    if sentence.end <= end || !opens_clause(v.id, end) {
        return None;
    }
    let rest = NormSpan::new(end, sentence.end);
    // Another quote or matched pair's span meets the rest (by the indexes
    // of those spans, not a pass over every quote of a long article).
    let shared = v.shared;
    let claimed = shared
        .id_quotes_index
        .any_overlapping(rest, |k| v.id_quotes[k].span != span)
        || shared
            .matched_id_index
            .any_overlapping(rest, |k| shared.matched_spans[k].0 != span);
    if claimed {
        return None;
    }
    let cue = v.id_quote.and_then(|q| q.cue);
    let own_cue = |k: usize| cue.is_some_and(|c| c.contains(v.id.tokens[k].span));
    let t = v.id.lang.tables();
    let speech: Vec<usize> = speech_verbs(v.id, rest)
        .chain(
            v.id.tokens_in(rest)
                .filter(|&k| own_cue(k) || t.is_speech_passive(&v.id.tokens[k].lower)),
        )
        .collect();
    if let Some(&last) = speech.iter().max() {
        // The quote goes on in marks past its own cue.
        let goes_on = speech.iter().all(|&k| own_cue(k))
            && v.id
                .tokens_in(NormSpan::new(v.id.tokens[last].span.end, rest.end))
                .any(|k| v.id.slice(v.id.tokens[k].span).chars().all(is_quote_mark));
        if !goes_on {
            return None;
        }
    }
    Some(NormSpan::new(span.start, sentence.end))
}
