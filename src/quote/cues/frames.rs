//! Reporting clauses set off by commas: a final report (`…, said X.`), a
//! clitic cue opening a sentence, a mid-clause cue (`Latihan tersebut,
//! tambahnya, telah …`) and `menurut X` / `according to X` on either side
//! of the content. Marked quotes and speech verbs are in the sibling
//! modules.

use std::ops::Range;

use super::{Candidate, Ctx, Who};
use crate::quote::np;
use crate::text::spans::SpanIndex;
use crate::text::{NormSpan, TokenKind};

/// A reporting clause after its report, set off by a comma:
/// `…, said Teresito Bacolcol, the country's chief volcanologist.`,
/// `…, a group of leading scientists said.`, `…, kata Budi kepada wartawan.`
pub(super) fn final_report(c: &Ctx, si: usize, toks: Range<usize>) -> Option<Candidate> {
    let doc = c.doc;
    let t = c.t;
    let mut words: Vec<usize> = Vec::with_capacity(toks.len());
    words.extend(toks.clone().filter(|&k| c.is_word(k)));
    if words.len() < 6 {
        return None;
    }
    // The last comma that is followed by a cue within eight words; the
    // words before and after a comma are slices of the sentence's words.
    for comma in toks.clone().rev().filter(|&k| c.is_punct(k, ",")) {
        let split = words.partition_point(|&k| k < comma);
        let (before, after) = (&words[..split], &words[split..]);
        let Some(vi) = after.iter().take(8).position(|&k| {
            c.say(k) || c.post_verb(k).is_some() || (c.speech(k) && !c.doc.tokens[k].capitalized)
        }) else {
            continue;
        };
        let v = after[vi];
        if before.len() < 4 {
            return None;
        }
        let clitic = c.post_verb(v) == Some(true);
        // `Menteri X mengatakan …, katanya pada Senin`: the clitic repeats
        // the frame the sentence opens with, whose subject is the speaker.
        if clitic
            && vi == 0
            && before
                .iter()
                .skip(1)
                .any(|&k| c.say(k) && !doc.tokens[k].capitalized)
        {
            break;
        }
        // Who: the phrase after the verb (`said X`) or before it (`X said`).
        let who = if clitic && vi == 0 {
            Who::Clitic
        } else if vi == 0 {
            let r = np::subject_from(doc, t, v + 1, toks.end);
            if !r.clone().any(|k| c.is_word(k)) {
                return None;
            }
            // Nothing but the speaker and a short tail may follow, and no verb.
            let rest = (r.end..toks.end).filter(|&k| c.is_word(k)).count();
            if rest > 6 || (r.end..toks.end).any(|k| np::is_verbish(doc, t, k)) {
                return None;
            }
            Who::Phrase(r)
        } else {
            let mut r = np::subject_from(doc, t, comma + 1, v);
            // `a spokesman for the group's armed wing said`: a short
            // prepositional phrase on the subject reaches the verb.
            if r.end < v
                && (r.start..v).any(|k| c.is_word(k) && c.cls(k).is_preposition())
                && (r.end..v).filter(|&k| c.is_word(k)).count() <= 5
                && (r.end..v).all(|k| {
                    if c.is_word(k) {
                        !c.cls(k).is_auxiliary() && !c.cls(k).is_complementizer()
                    } else {
                        !c.is_punct(k, ",")
                    }
                })
            {
                r.end = v;
            }
            if r.end != v || !r.clone().any(|k| c.is_word(k)) {
                return None;
            }
            let first = r.clone().find(|&k| c.is_word(k))?;
            let fw = c.w(first);
            let speaker_like = (doc.tokens[first].capitalized
                && !t.is_preposition(fw)
                && !t.is_adverbial_opener(fw))
                || t.is_determiner(fw)
                || t.is_indefinite(fw)
                || t.is_pronoun(fw)
                || t.is_role_noun(np::unreduplicated(fw));
            // `…, a spokesman said Sunday, blaming …`: a participle clause
            // after a comma adds to the report, it does not continue it.
            let tail_end = (v + 1..toks.end)
                .find(|&k| {
                    c.is_punct(k, ",")
                        && c.next_word(k + 1, toks.end).is_some_and(|n| {
                            let w = c.w(n);
                            t.is_speech_participle(w) || t.has_participle_ending(w)
                        })
                })
                .unwrap_or(toks.end);
            let rest = (v + 1..tail_end).filter(|&k| c.is_word(k)).count();
            let clause_follows = (v + 1..tail_end).any(|k| {
                c.is_word(k) && (c.cls(k).is_complementizer() || np::is_verbish(doc, t, k))
            });
            if !speaker_like || rest > 3 || clause_follows {
                return None;
            }
            Who::Phrase(r)
        };
        // The report itself is a clause, not a fronted phrase (`Speaking in
        // Geneva on Friday, Harris said …`).
        let fw = c.w(before[0]);
        if t.is_preposition(fw)
            || t.is_adverbial_opener(fw)
            || t.is_speech_participle(fw)
            || fw.ends_with("ing")
        {
            return None;
        }
        let span = c.content_span(toks.start, comma)?;
        if c.has_marks(span) {
            return None;
        }
        let pos = match &who {
            Who::Phrase(r) => doc.tokens[r.start].span.start,
            _ => doc.tokens[v].span.start,
        };
        return Some(c.reported(span, who, v, pos, si, false));
    }
    None
}

/// A cue with the pronoun clitic opening the sentence, the report after it:
/// `Dan katanya kekerasan itu berakar dari terorisme.`
pub(super) fn clitic_opening(c: &Ctx, si: usize, toks: Range<usize>) -> Option<Candidate> {
    let mut words = toks.clone().filter(|&k| c.is_word(k));
    let mut first = words.next()?;
    if c.cls(first).is_coordinator() {
        first = words.next()?;
    }
    if c.post_verb(first) != Some(true) {
        return None;
    }
    let span = c.content_span(first + 1, toks.end)?;
    if (first + 1..toks.end).filter(|&k| c.is_word(k)).count() < 3 || c.has_marks(span) {
        return None;
    }
    let pos = c.doc.tokens[first].span.start;
    Some(c.reported(span, Who::Clitic, first, pos, si, false))
}

pub(super) fn mid_clause(
    c: &Ctx,
    si: usize,
    toks: Range<usize>,
    frames: &[usize],
    direct: &SpanIndex,
    claimed: &[NormSpan],
    out: &mut Vec<Candidate>,
) {
    let doc = c.doc;
    if !claimed.is_empty() {
        return;
    }
    for i in toks.clone() {
        if !c.is_word(i) || frames.binary_search(&i).is_ok() {
            continue;
        }
        let pos = doc.tokens[i].span.start;
        if direct.first_holding(pos).is_some()
            || claimed.iter().any(|d| d.start <= pos && pos < d.end)
        {
            continue;
        }
        let Some(clitic) = c.post_verb(i) else {
            continue;
        };
        // The comma that opens the cue: right before the verb, or before a
        // short speaker phrase (`, he added`, `," Chancellor Olaf Scholz
        // has said`), quote marks aside.
        let Some(comma) = (toks.start..i)
            .rev()
            .filter(|&k| {
                doc.tokens[k].kind != TokenKind::QuoteMark
                    && !(c.is_word(k) && c.cls(k).is_auxiliary())
            })
            .take(5)
            .find(|&k| c.is_punct(k, ","))
        else {
            continue;
        };
        let mut before_start = comma + 1;
        while before_start < i && doc.tokens[before_start].kind == TokenKind::QuoteMark {
            before_start += 1;
        }
        // `X has said`: the auxiliary is not part of the speaker.
        let mut before_end = i;
        while before_end > before_start
            && c.is_word(before_end - 1)
            && c.cls(before_end - 1).is_auxiliary()
        {
            before_end -= 1;
        }
        let phrase_before = before_start..before_end;
        let mut k = i + 1;
        while k < toks.end && c.is_word(k) {
            k += 1;
        }
        let phrase_after = i + 1..k;
        // `said at a meeting with …`, `said on Monday`: a circumstance after
        // the verb, not its speaker.
        let circumstance = phrase_after.clone().next().is_some_and(|j| {
            let w = c.w(j);
            c.t.is_preposition(w) || c.t.is_time_word(w)
        }) && phrase_after.len() <= 12
            && !phrase_after.clone().any(|j| np::is_verbish(doc, c.t, j));
        let closes = k >= toks.end || c.is_punct(k, ",") || c.is_punct(k, ".");
        let short = (phrase_after.len() <= 4 || circumstance) && phrase_before.len() <= 4;
        let coordinated = i > 0 && c.cls(i - 1).is_coordinator();
        if !closes || !short || coordinated || comma == toks.start {
            continue;
        }
        let who = if clitic {
            Who::Clitic
        } else if circumstance {
            if phrase_before.clone().any(|j| c.is_word(j)) {
                Who::Phrase(phrase_before)
            } else {
                Who::Inherit
            }
        } else if phrase_after.clone().any(|j| c.is_word(j)) {
            Who::Phrase(phrase_after)
        } else if phrase_before.clone().any(|j| c.is_word(j)) {
            Who::Phrase(phrase_before)
        } else {
            Who::Inherit
        };
        let final_cue = k >= toks.end || (k + 1 >= toks.end && c.is_punct(k, "."));
        let span = if final_cue {
            c.content_span(toks.start, comma)
        } else {
            c.content_span(toks.start, toks.end)
        };
        let Some(span) = span else {
            continue;
        };
        out.push(c.reported(span, who, i, pos, si, false));
        return;
    }
}

pub(super) fn according_to(
    c: &Ctx,
    si: usize,
    toks: Range<usize>,
    direct: &SpanIndex,
    out: &mut Vec<Candidate>,
) {
    let doc = c.doc;
    let t = c.t;
    for i in toks.clone() {
        if !c.is_word(i) || !c.opens_according(i) {
            continue;
        }
        let Some(after) = c.phrase_is(i, t.according_to) else {
            continue;
        };
        let pos = doc.tokens[i].span.start;
        if direct.first_holding(pos).is_some() {
            continue;
        }
        let fronted = np::skip_fronted(doc, t, toks.start..i);
        let comma_after = (after..toks.end).find(|&k| c.is_punct(k, ","));
        let (speaker, span) = if (fronted..i).all(|k| !c.is_word(k)) {
            let Some(comma) = comma_after else { continue };
            (after..comma, c.content_span(comma + 1, toks.end))
        } else if i > toks.start && c.is_punct(i - 1, ",") {
            (
                after..comma_after.unwrap_or(toks.end),
                c.content_span(toks.start, i - 1),
            )
        } else {
            continue;
        };
        let Some(span) = span else { continue };
        // The speaker must look like one: a name, a pronoun, a role or an institution.
        let Some(first) = speaker.clone().find(|&k| c.is_word(k)) else {
            continue;
        };
        let fw = c.w(first);
        let plausible = doc.tokens[first].capitalized
            || t.is_pronoun(fw)
            || t.is_role_noun(fw)
            || t.is_institution_noun(fw)
            || t.is_determiner(fw);
        if !plausible || t.is_nonspeaker_noun(fw) {
            continue;
        }
        out.push(c.reported(span, Who::Phrase(speaker), i, pos, si, false));
    }
}
