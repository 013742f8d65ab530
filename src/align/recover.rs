//! Recovery across sides: an English quote that no Indonesian quote claims
//! is looked for in the whole Indonesian text, because a translation may
//! report a quote in words the Indonesian extractor does not take for one
//! (no quote marks, no cue verb). Only English quotes in quote marks
//! (direct or partial) are looked for. Where Indonesian sentences translate it
//! with confidence, that span becomes an Indonesian quote of its own, with
//! the speaker its context gives, and the pair is `matched` instead of a
//! false `omitted`.
//!
//! The other direction needs no step of its own: every Indonesian quote is
//! already scored against English sentences, not only English quotes.

use super::matching::{Matching, trim_to_cover, types_in};
use super::{AlignParams, Setup};
use crate::lexicon::names;
use crate::quote::{Quote, QuoteKind};
use crate::text::NormSpan;

/// An Indonesian span found for an omitted English quote.
pub(super) struct Recovered {
    pub quote: Quote,
    pub en_quote: usize,
    pub score: f32,
}

/// Finds Indonesian spans for the English quotes nothing claims.
pub(super) fn recover_omitted(s: &Setup, m: &Matching, p: &AlignParams) -> Vec<Recovered> {
    let (index, id, en) = (s.index, s.id, s.en);
    let claimed = m.claimed();
    // Indonesian text already given to a quote.
    let mut id_taken = super::candidates::SpanSet::default();
    for q in &s.id_quotes.quotes {
        if !id_taken.overlaps(q.span) {
            id_taken.insert(q.span);
        }
    }
    let sentence_types: Vec<_> = id
        .sentences
        .iter()
        .map(|x| types_in(index, id, x.span, true))
        .collect();
    // For each Indonesian word type, the sentences that hold it (a type
    // found in many sentences proposes none: it tells nothing).
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); index.id_weight.len()];
    for (k, st) in sentence_types.iter().enumerate() {
        for &t in &st.types {
            let list = &mut postings[t as usize];
            if list.last() != Some(&k) {
                list.push(k);
            }
        }
    }
    let marks = crate::quote::marks::find_marked(id);
    let mut out: Vec<Recovered> = Vec::new();
    for (eq, e) in s.en_quotes.quotes.iter().enumerate() {
        // Words in quote marks are what a translation must not drop; a
        // report found by its verb alone is not evidence enough.
        if claimed.overlaps(e.span) || e.span.is_empty() || e.kind == QuoteKind::Indirect {
            continue;
        }
        let et = types_in(index, en, e.span, false);
        if et.types.len() < 4 {
            continue;
        }
        let e_bead = s.bead_of_en.get(e.sentence).copied().flatten();
        // The sentences that share a telling word with the quote, and their
        // neighbours: the best run of one or two of them.
        let mut starts: Vec<usize> = Vec::new();
        for &t in &et.types {
            for wm in index.en_word_matches(t) {
                let list = &postings[wm.other as usize];
                if list.len() <= 32 {
                    for &k in list {
                        starts.push(k);
                        starts.push(k.saturating_sub(1));
                    }
                }
            }
        }
        starts.sort_unstable();
        starts.dedup();
        let mut best: Option<(f32, usize, usize)> = None;
        for &a in &starts {
            for b in a..(a + 2).min(id.sentences.len()) {
                let parts: Vec<_> = (a..=b).map(|k| &sentence_types[k]).collect();
                let (cov_id, cov_en) = index.segment_coverages(&parts, &[&et]);
                let on_bead = e_bead.is_some()
                    && (a..=b).any(|k| s.bead_of_id.get(k).copied().flatten() == e_bead);
                let sc = 0.65 * cov_en + 0.35 * cov_id + if on_bead { p.bead_bonus } else { 0.0 };
                if best.is_none_or(|(x, _, _)| sc > x) {
                    best = Some((sc, a, b));
                }
            }
        }
        let Some((sc, a, b)) = best else { continue };
        if sc < p.min_recover_score {
            continue;
        }
        let run = NormSpan::new(id.sentences[a].span.start, id.sentences[b].span.end);
        let span = trim_to_cover(index, id, run, &et, true);
        if id_taken.overlaps(span) || out.iter().any(|r| r.quote.span.overlaps(span)) {
            continue;
        }
        // At least four of its words must translate the English quote.
        let covered = id
            .tokens_in(span)
            .filter(|&k| id.tokens[k].is_word() && index.id_best_in(index.id_type[k], &et) >= 0.5)
            .count();
        if covered < 4 {
            continue;
        }
        let (speaker, entity) = speaker_of(s, span, a, e);
        let marked = marks
            .iter()
            .any(|mk| mk.outer.contains(span) || mk.inner.overlaps(span));
        out.push(Recovered {
            quote: Quote {
                kind: if marked {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Indirect
                },
                span,
                speaker,
                entity,
                cue: None,
                sentence: a,
                explicit: false,
            },
            en_quote: eq,
            score: sc.min(1.0),
        });
    }
    out
}

/// The speaker a recovered span's context gives: the person the Indonesian
/// article names whom the English quote is attributed to, else the most
/// salient person before the span.
fn speaker_of(
    s: &Setup,
    span: NormSpan,
    sentence: usize,
    e: &Quote,
) -> (Option<String>, Option<usize>) {
    let reg = &s.id_quotes.registry;
    if let Some(en_name) = &e.speaker
        && let Some(k) = reg
            .entities
            .iter()
            .position(|ent| ent.names.iter().any(|n| names::same_person(n, en_name)))
    {
        return (Some(reg.entities[k].display()), Some(k));
    }
    match reg.salient(span.start, sentence, span) {
        Some(k) => (Some(reg.entities[k].display()), Some(k)),
        None => (None, None),
    }
}
