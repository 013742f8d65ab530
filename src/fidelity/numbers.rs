//! `number_mismatch`: numbers, quantities and dates of the two sides,
//! normalized by [`crate::lexicon::numbers`] and paired when they agree
//! (`10.000` / `10,000`, `puluhan ribu` / `tens of thousands`, `35 tahun` /
//! `35-year`). What is flagged, with its confidence:
//!
//! - a number on each side left without a partner (one value replaced by
//!   another): high;
//! - a number on one side only, in a clause the other side translates: the
//!   translation left it out or put it in (medium); in a clause the other
//!   side does not translate at all, the clause is the finding, not the
//!   number (low);
//! - the same number bounded differently (`more than 1,200` / `1.200`,
//!   from the `number_bounds` of the language tables): medium, or low when
//!   only an `about` differs;
//! - a singular numeral against a plural (`satu insiden` / `individual
//!   incidents`): medium.
//!
//! A number that agrees with one in the sentences around the other side's
//! span is not one-sided: the quote boundaries differ, not the numbers
//! (`tiga hari` just outside the Indonesian quote). An Indonesian date
//! after a weekday that the English names (`Senin (14/11)` / `Monday`) adds
//! nothing the English contradicts. Spelled-out ones and twos stand alone
//! on one side too often to mean anything (`seorang` / `a`, `dua negara` /
//! `both countries`), so they are not flagged when one-sided.

use super::{Flag, FlagKind, PairView, confidence};
use crate::lang::Lang;
use crate::lang::fidelity::Bound;
use crate::lexicon::numbers::{NumberMention, NumberUnit, find_numbers, numbers_agree};
use crate::morph;
use crate::text::Document;
use std::cell::OnceCell;

/// A number of one side: its mention, the words it covers and its bound.
struct Found {
    mention: NumberMention,
    text: String,
    spelled: bool,
    bound: Option<(Bound, String)>,
    /// The token of the document where the mention starts.
    token: usize,
}

/// The numbers among `tokens` (word tokens of `doc`).
fn found(doc: &Document, tokens: &[usize]) -> Vec<Found> {
    let words: Vec<&str> = tokens
        .iter()
        .map(|&k| doc.slice(doc.tokens[k].span))
        .collect();
    let mentions = find_numbers(doc.lang, &words);
    // Most spans hold no number: the bound phrases are measured only for
    // one that does.
    if mentions.is_empty() {
        return Vec::new();
    }
    let ft = doc.lang.fidelity_tables();
    let longest = ft.longest_phrase();
    mentions
        .into_iter()
        .map(|m| {
            let ws = words.get(m.tokens.clone()).unwrap_or(&[]);
            // The longest bound phrase right before the mention.
            let bound = (1..=longest.min(m.tokens.start)).rev().find_map(|n| {
                let phrase = tokens[m.tokens.start - n..m.tokens.start]
                    .iter()
                    .map(|&k| doc.tokens[k].lower.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                ft.bound_of(&phrase).map(|b| (b, phrase))
            });
            Found {
                spelled: !ws.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())),
                text: ws.join(" "),
                token: tokens.get(m.tokens.start).copied().unwrap_or(0),
                bound,
                mention: m,
            }
        })
        .collect()
}

/// A one-sided spelled-out one or two is not evidence.
fn negligible(f: &Found) -> bool {
    f.spelled
        && !f.mention.approx
        && f.mention.value <= 2.0
        && matches!(f.mention.unit, NumberUnit::Plain | NumberUnit::Ordinal)
}

/// Pairs agreeing mentions one to one; returns, for each of `a`, the index
/// of its partner in `b`.
fn pair_up(a: &[Found], b: &[Found]) -> Vec<Option<usize>> {
    let mut used = vec![false; b.len()];
    a.iter()
        .map(|f| {
            let j = (0..b.len()).find(|&j| !used[j] && numbers_agree(&f.mention, &b[j].mention))?;
            used[j] = true;
            Some(j)
        })
        .collect()
}

/// Tokens of `context` outside `span_tokens`.
fn outside(context: &[usize], span_tokens: &[usize]) -> Vec<usize> {
    context
        .iter()
        .copied()
        .filter(|k| !span_tokens.contains(k))
        .collect()
}

/// Whether an Indonesian date stands after a weekday that the English
/// sentences name (`Senin (14/11)` / `on Monday`).
fn dated_weekday(v: &PairView<'_>, f: &Found) -> bool {
    if !matches!(f.mention.unit, NumberUnit::Date { .. }) {
        return false;
    }
    let t = v.id.lang.tables();
    let Some(pos) = v.id_context.iter().position(|&k| k == f.token) else {
        return false;
    };
    v.id_context[..pos]
        .iter()
        .rev()
        .take(2)
        .any(|&k| t.is_time_word(&v.id.tokens[k].lower) && v.id_best(k, &v.en_context) >= 0.6)
}

/// Whether the clause holding token `k` of one side is translated by this
/// quote pair (its other words are covered by the other side). The
/// Indonesian quote is the quote itself: its clause is judged by the best
/// match of each word in the English sentences around the span. The
/// English span is the alignment's and may be wider than what the quote
/// renders (a neighbouring sentence taken in: `Eighteen months of fighting
/// … killed about 20,000 people` after the quote's `the Syrian people`), so
/// an English clause counts only through its words aligned one to one
/// with the quote's ([`PairView::en_assigned`]): it may not borrow the
/// words the quote's own clause already took.
fn clause_translated(v: &PairView<'_>, id_side: bool, k: usize, number_tokens: &[usize]) -> bool {
    let (doc, span) = if id_side {
        (v.id, v.id_span)
    } else {
        (v.en, v.en_span)
    };
    let clauses = super::coverage::clauses(doc, span);
    let Some(c) = clauses.iter().find(|c| c.contains(&k)) else {
        return false;
    };
    let rest: Vec<usize> = c
        .iter()
        .copied()
        .filter(|t| !number_tokens.contains(t))
        .collect();
    let cov = if id_side {
        v.id_coverage(&rest, &v.en_context)
    } else {
        let ix = v.index;
        super::coverage::clause_coverage(&rest, &v.en_words, &v.en_assigned().got, |t| {
            ix.en_type_of(t).map_or(0.0, |ty| ix.en_type_weight(ty))
        })
    };
    !rest.is_empty() && cov >= v.params.clause_max_coverage
}

/// Whether an English word is a plural noun form (`incidents`).
fn is_plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && morph::en_lemmas(w)
            .iter()
            .any(|l| l.len() < w.len() && w.starts_with(l.as_str()))
}

/// Whether an Indonesian word is reduplicated (`insiden-insiden`).
fn is_reduplicated(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| a == b)
}

/// A singular numeral on one side whose noun is plural on the other.
fn grammatical_number(v: &PairView<'_>) -> Option<Flag> {
    let min = v.params.word_match_min;
    let (id_ft, en_ft) = (Lang::Id.fidelity_tables(), Lang::En.fidelity_tables());
    for w in v.id_words.windows(2) {
        if !id_ft.is_singular_numeral(&v.id.tokens[w[0]].lower) {
            continue;
        }
        let best = v
            .en_words
            .iter()
            .copied()
            .map(|e| (v.score(w[1], e), e))
            .filter(|(s, _)| *s >= min)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, e)) = best
            && is_plural(&v.en.tokens[e].lower)
        {
            return Some(Flag {
                kind: FlagKind::NumberMismatch,
                id: vec![format!("{} {}", v.id_text(w[0]), v.id_text(w[1]))],
                en: vec![v.en_text(e).to_owned()],
                detail: "one in the Indonesian, a plural in the English".to_owned(),
                confidence: confidence::MEDIUM,
            });
        }
    }
    for w in v.en_words.windows(2) {
        if !en_ft.is_singular_numeral(&v.en.tokens[w[0]].lower) {
            continue;
        }
        let best = v
            .id_words
            .iter()
            .copied()
            .map(|i| (v.score(i, w[1]), i))
            .filter(|(s, _)| *s >= min)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, i)) = best
            && is_reduplicated(&v.id.tokens[i].lower)
        {
            return Some(Flag {
                kind: FlagKind::NumberMismatch,
                id: vec![v.id_text(i).to_owned()],
                en: vec![format!("{} {}", v.en_text(w[0]), v.en_text(w[1]))],
                detail: "one in the English, a plural in the Indonesian".to_owned(),
                confidence: confidence::MEDIUM,
            });
        }
    }
    None
}

fn bound_name(f: &Found) -> &str {
    f.bound.as_ref().map_or("", |(_, p)| p.as_str())
}

/// Numbers that differ between the two sides.
pub fn check(v: &PairView<'_>) -> Vec<Flag> {
    let id = found(v.id, &v.id_words);
    let en = found(v.en, &v.en_words);
    let partners = pair_up(&id, &en);
    let mut out = Vec::new();

    // The same number, bounded differently.
    let mut bound_id = Vec::new();
    let mut bound_en = Vec::new();
    let mut bound_conf = 0.0f32;
    for (f, j) in id.iter().zip(&partners) {
        let Some(g) = j.map(|j| &en[j]) else {
            continue;
        };
        let (a, b) = (f.bound.as_ref().map(|x| x.0), g.bound.as_ref().map(|x| x.0));
        if a == b {
            continue;
        }
        let c = if matches!(a, Some(Bound::Above | Bound::Below))
            || matches!(b, Some(Bound::Above | Bound::Below))
        {
            confidence::MEDIUM
        } else {
            confidence::LOW
        };
        bound_conf = bound_conf.max(c);
        bound_id.push(format!("{} {}", bound_name(f), f.text).trim().to_owned());
        bound_en.push(format!("{} {}", bound_name(g), g.text).trim().to_owned());
    }
    if !bound_id.is_empty() {
        out.push(Flag {
            kind: FlagKind::NumberMismatch,
            id: bound_id,
            en: bound_en,
            detail: "the same number, bounded differently".to_owned(),
            confidence: bound_conf,
        });
    }

    // Mentions left without a partner, unless the other side states them
    // just outside its span.
    let en_paired: Vec<bool> = (0..en.len()).map(|j| partners.contains(&Some(j))).collect();
    // The numbers just outside each span, found only when a mention is
    // left without a partner (most quotes have none).
    let id_outside = OnceCell::new();
    let en_outside = OnceCell::new();
    let id_outside =
        || id_outside.get_or_init(|| found(v.id, &outside(&v.id_context, &v.id_words)));
    let en_outside =
        || en_outside.get_or_init(|| found(v.en, &outside(&v.en_context, &v.en_words)));
    let stated_in =
        |f: &Found, others: &[Found]| others.iter().any(|o| numbers_agree(&f.mention, &o.mention));
    let id_left: Vec<&Found> = id
        .iter()
        .zip(&partners)
        .filter(|(f, p)| {
            p.is_none() && !negligible(f) && !stated_in(f, en_outside()) && !dated_weekday(v, f)
        })
        .map(|(f, _)| f)
        .collect();
    let en_left: Vec<&Found> = en
        .iter()
        .zip(&en_paired)
        .filter(|(f, p)| !**p && !negligible(f) && !stated_in(f, id_outside()))
        .map(|(f, _)| f)
        .collect();
    let tokens_of = |doc: &Document, words: &[usize], f: &Found| -> Vec<usize> {
        let start = words.iter().position(|&k| k == f.token).unwrap_or(0);
        let n = f.mention.tokens.len();
        words
            .iter()
            .skip(start)
            .take(n)
            .copied()
            .collect::<Vec<_>>()
            .into_iter()
            .filter(|&k| doc.tokens[k].is_word())
            .collect()
    };
    if !id_left.is_empty() || !en_left.is_empty() {
        let (detail, c) = match (id_left.is_empty(), en_left.is_empty()) {
            (false, false) => ("the numbers differ", confidence::HIGH),
            (false, true) => {
                let translated = id_left
                    .iter()
                    .any(|f| clause_translated(v, true, f.token, &tokens_of(v.id, &v.id_words, f)));
                (
                    "a number in the Indonesian only",
                    if translated {
                        confidence::MEDIUM
                    } else {
                        confidence::LOW
                    },
                )
            }
            _ => {
                let translated = en_left.iter().any(|f| {
                    clause_translated(v, false, f.token, &tokens_of(v.en, &v.en_words, f))
                });
                (
                    "a number in the English only",
                    if translated {
                        confidence::MEDIUM
                    } else {
                        confidence::LOW
                    },
                )
            }
        };
        out.push(Flag {
            kind: FlagKind::NumberMismatch,
            id: id_left.iter().map(|f| f.text.clone()).collect(),
            en: en_left.iter().map(|f| f.text.clone()).collect(),
            detail: detail.to_owned(),
            confidence: c,
        });
    }
    out.extend(grammatical_number(v));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_and_reduplicated_forms() {
        assert!(is_plural("incidents") && is_plural("questions"));
        assert!(!is_plural("crisis") && !is_plural("process") && !is_plural("its"));
        assert!(is_reduplicated("insiden-insiden") && !is_reduplicated("al-shabab"));
    }
}
