//! `cue_shift` and `direct_indirect`: how the quote is reported.
//!
//! The cue verb of each side gets its stance from the language tables
//! (`stance_cues`: `menegaskan` is emphasis, `deny` denial; plain saying has
//! none), the Indonesian verb as written or without its `-nya`, the English
//! one by lemma. Different stances are a `cue_shift`. When the English span
//! is not a quote of its own, the stance verbs of its sentence stand in.
//!
//! Quote marks (found by the extraction's own detector,
//! [`crate::quote::marks`], on both sides) are compared word by word: a
//! translated word inside quote marks on one side whose counterpart stands
//! outside them on the other. A direct quote rendered as reported speech
//! (one side quotes, the other has no quote marks in the compared words) is
//! confident; quotation marks moved to other words while both sides quote
//! (`“firm hostile policies”` against a quoted whole clause) keep the speech
//! direct and get a low confidence. Single scare-quoted words are below
//! [`super::FidelityParams::quoted_words_min`].

use super::{Flag, FlagKind, PairView, confidence};
use crate::lang::Stance;
use crate::morph;
use crate::text::spans::SpanIndex;
use crate::text::{Document, NormSpan};

fn id_stance(v: &PairView<'_>, cue: NormSpan) -> Option<Stance> {
    let t = v.id.lang.tables();
    let k = v.id.tokens_in(cue).next()?;
    let w = v.id.tokens.get(k)?.lower.as_str();
    t.stance_of(w)
        .or_else(|| t.strip_pronoun_clitic(w).and_then(|s| t.stance_of(s)))
}

fn en_word_stance(w: &str) -> Option<Stance> {
    let t = crate::lang::Lang::En.tables();
    t.stance_of(w)
        .or_else(|| morph::en_lemmas(w).iter().find_map(|l| t.stance_of(l)))
}

fn en_stance(v: &PairView<'_>) -> Option<Option<Stance>> {
    if let Some(q) = v.en_quote {
        let Some(cue) = q.cue else {
            return Some(None);
        };
        let k = v.en.tokens_in(cue).next()?;
        return Some(en_word_stance(&v.en.tokens.get(k)?.lower));
    }
    // No English quote: a stance verb of the sentence, outside the span.
    let outside: Vec<usize> = v
        .en_context
        .iter()
        .copied()
        .filter(|k| !v.en_words.contains(k))
        .collect();
    Some(
        outside
            .iter()
            .find_map(|&k| en_word_stance(&v.en.tokens[k].lower)),
    )
}

/// Reporting verbs with different stances.
pub fn check_cue(v: &PairView<'_>) -> Option<Flag> {
    let id_cue = v.id_quote.and_then(|q| q.cue);
    let id = id_cue.and_then(|c| id_stance(v, c));
    let en = en_stance(v)?;
    if id == en {
        return None;
    }
    let en_cue_text = v
        .en_quote
        .and_then(|q| q.cue)
        .map(|c| v.en.slice(c).to_owned());
    let name = |s: Option<Stance>| s.map_or("plain saying", Stance::as_str);
    Some(Flag {
        kind: FlagKind::CueShift,
        id: id_cue
            .map(|c| v.id.slice(c).to_owned())
            .into_iter()
            .collect(),
        en: en_cue_text.into_iter().collect(),
        detail: format!("Indonesian {}, English {}", name(id), name(en)),
        confidence: super::confidence::MEDIUM,
    })
}

/// For each token of `words`, whether it stands inside quote marks.
fn marked(doc: &Document, spans: &[NormSpan], index: &SpanIndex, words: &[usize]) -> Vec<bool> {
    words
        .iter()
        .map(|&k| {
            let tok = doc.tokens[k].span;
            if tok.is_empty() {
                spans.iter().any(|s| s.contains(tok))
            } else {
                index.any_overlapping(tok, |s| spans[s].contains(tok))
            }
        })
        .collect()
}

/// Words quoted on one side only.
pub fn check_marks(v: &PairView<'_>) -> Option<Flag> {
    let min = v.params.mark_match_min;
    let id_in = marked(
        v.id,
        &v.shared.id_marks,
        &v.shared.id_marks_index,
        &v.id_words,
    );
    let en_in = marked(
        v.en,
        &v.shared.en_marks,
        &v.shared.en_marks_index,
        &v.en_words,
    );
    // The best counterpart of one word among the other side's words.
    let best = |score: &dyn Fn(usize) -> f32, words: &[usize]| -> Option<usize> {
        words
            .iter()
            .enumerate()
            .map(|(i, &k)| (score(k), i))
            .filter(|(s, _)| *s >= min)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, i)| i)
    };
    let mut id_only = Vec::new();
    for (i, &k) in v.id_words.iter().enumerate() {
        if !id_in[i] || v.id.tokens[k].kind == crate::text::TokenKind::Number {
            continue;
        }
        let score = |e: usize| v.id_best(k, &[e]);
        if let Some(j) = best(&score, &v.en_words)
            && !en_in[j]
        {
            id_only.push(v.id_text(k).to_owned());
        }
    }
    let mut en_only = Vec::new();
    for (j, &e) in v.en_words.iter().enumerate() {
        if !en_in[j] || v.en.tokens[e].kind == crate::text::TokenKind::Number {
            continue;
        }
        let score = |k: usize| v.en_best(e, &[k]);
        if let Some(i) = best(&score, &v.id_words)
            && !id_in[i]
        {
            en_only.push(v.en_text(e).to_owned());
        }
    }

    let q = v.params.quoted_words_min;
    // A whole quote in marks on one side and none on the other, whether or
    // not its words could be aligned.
    let (id_n, en_n) = (
        id_in.iter().filter(|b| **b).count(),
        en_in.iter().filter(|b| **b).count(),
    );
    if id_n == 0 && en_n >= q && en_only.len() < q {
        en_only = v
            .en_words
            .iter()
            .zip(&en_in)
            .filter(|(_, m)| **m)
            .map(|(&k, _)| v.en_text(k).to_owned())
            .collect();
    }
    if en_n == 0 && id_n >= q && id_only.len() < q {
        id_only = v
            .id_words
            .iter()
            .zip(&id_in)
            .filter(|(_, m)| **m)
            .map(|(&k, _)| v.id_text(k).to_owned())
            .collect();
    }
    if id_only.len() < q && en_only.len() < q {
        return None;
    }
    let detail = match (id_only.len() >= q, en_only.len() >= q) {
        (true, true) => "quote marks around different words",
        (true, false) => "words in quote marks in the Indonesian only",
        _ => "words in quote marks in the English only",
    };
    // Direct speech on one side and none on the other is the change a
    // reader is told about; quote marks moved to other words of a quote
    // that both sides quote (a whole clause against a phrase of it) keep
    // the speech direct.
    let one_side_only = id_n == 0 || en_n == 0;
    Some(Flag {
        kind: FlagKind::DirectIndirect,
        id: id_only,
        en: en_only,
        detail: if one_side_only {
            detail.to_owned()
        } else {
            format!("{detail}; both sides quote some words")
        },
        confidence: if one_side_only {
            confidence::HIGH
        } else {
            confidence::LOW
        },
    })
}
