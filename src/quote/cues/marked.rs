//! Marked quotes: each span in quote marks with the cue after it
//! (`“…,” kata Putin`), before it (`X said: “…”`) or none (the previous
//! speaker goes on), words written on a thing (a banner, a placard) and
//! quoted names inside a naming frame (`menyebut dirinya “pejuang”`).
//! Reported speech and the other frames are in the sibling modules.

use super::{Candidate, Ctx, Who, quoted_words};
use crate::quote::marks::Marked;
use crate::quote::{QuoteKind, np};
use crate::text::NormSpan;

pub(super) fn direct_quotes(
    c: &Ctx,
    out: &mut Vec<Candidate>,
    frames: &mut Vec<usize>,
    direct: &mut Vec<NormSpan>,
) {
    let doc = c.doc;
    let t = c.t;
    for (mi, m) in c.marked.iter().enumerate() {
        let (Some(s0), Some(s1)) = (
            doc.sentence_at(m.outer.start),
            doc.sentence_at(m.outer.end.saturating_sub(1)),
        ) else {
            continue;
        };
        let first = doc.token_at_or_after(m.outer.start);
        let last = doc.token_at_or_after(m.outer.end);
        let sent_start = doc.sentences[s0].tokens.start;
        let next_mark = c.marked.get(mi + 1).map_or(usize::MAX, |n| n.outer.start);
        let mut after_end = doc.sentences[s1].tokens.end;
        while after_end > last && doc.tokens[after_end - 1].span.start >= next_mark {
            after_end -= 1;
        }
        let inner_words = doc.tokens_in(m.inner).filter(|&k| c.is_word(k)).count();
        let before_words: Vec<usize> = (sent_start..first).filter(|&k| c.is_word(k)).collect();
        let is_cue = |k: usize| c.post_verb(k).is_some() || c.speech(k) || c.say(k);
        // A cue set on the line below the quote, in lower case (`"…?"` /
        // `kata Aziz, Senin.`): the next sentence continues this one.
        if !(last..after_end).any(|k| c.is_word(k))
            && let Some(next) = doc.sentences.get(s1 + 1)
            && next.tokens.end <= doc.token_at_or_after(next_mark)
            && let Some(k) = next.tokens.clone().find(|&k| c.is_word(k))
            && !doc.tokens[k].capitalized
            && is_cue(k)
        {
            after_end = next.tokens.end;
        }
        let after_words: Vec<usize> = (last..after_end).filter(|&k| c.is_word(k)).collect();
        // A cue after the quote: within the first five words, or after a
        // longer subject that reaches it (`"…," the scientists including
        // David Relman, professor of microbiology at Stanford, said`).
        let post = after_words
            .iter()
            .take(5)
            .copied()
            .find(|&k| is_cue(k))
            .or_else(|| {
                after_words
                    .iter()
                    .take(14)
                    .copied()
                    .find(|&k| is_cue(k))
                    .filter(|&v| {
                        np::subject_from(doc, t, last, v).end == v
                            || (last..v).all(|k| !(c.is_word(k) && np::is_verbish(doc, t, k)))
                    })
            });
        let colon_before =
            first > sent_start && (c.is_punct(first - 1, ":") || c.is_punct(first - 1, ","));
        let pre = if colon_before {
            (sent_start..first)
                .rev()
                .find(|&k| c.is_word(k) && (c.speech(k) || c.say(k) || c.participle(k)))
        } else {
            None
        };
        let before_ok = before_words.is_empty()
            || (colon_before && (pre.is_some() || c.is_punct(first - 1, ":")));
        let after_ok = after_words.is_empty() || post.is_some();
        let enough =
            inner_words >= 3 || (inner_words >= 1 && post.is_some() && before_words.is_empty());
        if !(before_ok && after_ok && enough) {
            if let Some(q) = naming_partial(c, m, s0, sent_start, first)
                .or_else(|| written_words(c, m, s0, sent_start, first))
            {
                out.push(q);
            }
            continue;
        }
        let (who, cue, pos) = if let Some(v) = post.filter(|_| !after_words.is_empty()) {
            if c.post_verb(v) == Some(true) {
                (Who::Clitic, Some(v), doc.tokens[v].span.start)
            } else {
                let np_after = np::subject_from(doc, t, v + 1, after_end);
                // `said the president`, `kata Putin`; not `told reporters`.
                let names_speaker = np_after.clone().find(|&k| c.is_word(k)).is_some_and(|k| {
                    let tok = &doc.tokens[k];
                    !tok.classes.is_audience_word()
                        && (tok.capitalized
                            || tok.classes.is_determiner()
                            || tok.classes.is_pronoun()
                            || tok.classes.is_role_noun()
                            || t.determiner_position == crate::lang::DeterminerPosition::After)
                });
                let np_after = if !names_speaker
                    || np_after.is_empty()
                    || !(np_after.clone()).any(|k| c.is_word(k))
                {
                    None
                } else {
                    Some(np_after)
                };
                match np_after {
                    Some(r) => (
                        Who::Phrase(r.clone()),
                        Some(v),
                        doc.tokens[r.start].span.start,
                    ),
                    None => {
                        let r = np::subject_from(doc, t, last, v);
                        if r.clone().any(|k| c.is_word(k)) {
                            (
                                Who::Phrase(r.clone()),
                                Some(v),
                                doc.tokens[r.start].span.start,
                            )
                        } else {
                            (Who::Inherit, Some(v), doc.tokens[v].span.start)
                        }
                    }
                }
            }
        } else if !before_words.is_empty() {
            let start = np::skip_fronted(doc, t, sent_start..first);
            let end = pre.unwrap_or(first);
            let r = np::subject_from(doc, t, start, end);
            if r.clone().any(|k| c.is_word(k)) {
                (Who::Phrase(r.clone()), pre, doc.tokens[r.start].span.start)
            } else {
                (Who::Inherit, pre, m.outer.start)
            }
        } else {
            (Who::Inherit, None, m.outer.start)
        };
        if let Some(v) = cue {
            frames.push(v);
        }
        // The quoted words, without a trailing comma or full stop.
        let Some(span) = quoted_words(doc, m.inner) else {
            continue;
        };
        direct.push(m.outer);
        out.push(Candidate {
            kind: QuoteKind::Direct,
            span,
            who,
            cue,
            pos,
            sentence: s0,
            indefinite: false,
        });
    }
}

/// Words in marks written on a thing (`disambut dengan spanduk "Bawa
/// Pulang Celeng Liar"`, `a banner that read "…"`): a quote of the thing,
/// right before the marks or joined to them by a reading link.
fn written_words(
    c: &Ctx,
    m: &Marked,
    sentence: usize,
    sent_start: usize,
    first: usize,
) -> Option<Candidate> {
    let mut k = c.prev_word(sent_start, first)?;
    // Nothing but a colon between the thing and the marks.
    if (k + 1..first).any(|j| !c.is_punct(j, ":")) {
        return None;
    }
    let mut links = 0;
    while c.cls(k).is_reading_link() && links < 2 {
        links += 1;
        k = c.prev_word(sent_start, k)?;
    }
    if !c.cls(k).is_writing_noun() {
        return None;
    }
    let span = quoted_words(c.doc, m.inner)?;
    Some(Candidate {
        kind: QuoteKind::Direct,
        span,
        who: Who::Phrase(k..k + 1),
        cue: None,
        pos: c.doc.tokens[k].span.start,
        sentence,
        indefinite: false,
    })
}

/// Words in marks that a naming verb attributes (`apa yang disebutnya
/// "proteksionisme terselubung"`, `yang disebut Guinness sebagai "paling
/// berbentuk kerucut"`, `what he called "protectionism in disguise"`): a
/// partial quote of the one who names, the agent after a passive or the
/// speaker the clitic or pronoun points to.
fn naming_partial(
    c: &Ctx,
    m: &Marked,
    sentence: usize,
    sent_start: usize,
    first: usize,
) -> Option<Candidate> {
    let doc = c.doc;
    let t = c.t;
    let words: Vec<usize> = (sent_start..first).filter(|&k| c.is_word(k)).collect();
    let near = &words[words.len().saturating_sub(5)..];
    let v = near.iter().rev().copied().find(|&k| {
        let w = c.w(k);
        c.naming(k)
            || t.strip_pronoun_clitic(w)
                .is_some_and(|stem| t.is_naming_verb(stem))
    })?;
    let w = c.w(v);
    let clitic = t
        .strip_pronoun_clitic(w)
        .is_some_and(|stem| t.is_naming_verb(stem));
    // The namer: after a passive (`disebut Guinness sebagai`), before an
    // active verb (`what he called`), or the clitic's referent.
    let after: Vec<usize> = (v + 1..first)
        .filter(|&k| c.is_word(k) && !c.cls(k).is_naming_link())
        .collect();
    let who = if clitic {
        Who::Clitic
    } else if let (Some(&a), Some(&b)) = (after.first(), after.last())
        && doc.tokens[a].capitalized
    {
        Who::Phrase(a..b + 1)
    } else {
        let p = c.prev_word(sent_start, v)?;
        if c.cls(p).is_pronoun() {
            Who::Phrase(p..p + 1)
        } else {
            return None;
        }
    };
    let span = quoted_words(doc, m.inner)?;
    Some(Candidate {
        kind: QuoteKind::Partial,
        span,
        who,
        cue: Some(v),
        pos: doc.tokens[v].span.start,
        sentence,
        indefinite: false,
    })
}
