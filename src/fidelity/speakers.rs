//! `speaker_mismatch`: the people (or bodies) the two quotes are attributed
//! to, compared as resolved entities across the languages
//! ([`super::referents`]: spelling, glosses, acronyms).
//!
//! Two named speakers that are not the same referent are flagged. The flag
//! is confident only when the evidence rules out an extraction error: the
//! names share no word (`Joe Biden` / `Joe Biden's administration`), the
//! Indonesian article names the English speaker somewhere, and
//! neither side's sentences name the other side's speaker (`said Teresito
//! Bacolcol` in the English sentence whose speaker was read as `More`). A
//! name the Indonesian gives where the English has a description is flagged
//! only when the English article knows that name as another speaker, and
//! confidently when the English sentences do not name that person. A description on both sides (`pejabat itu` /
//! `the official`) is never flagged: roles are not names.

use super::{Flag, FlagKind, PairView, confidence, referents};
use crate::align::QuotePair;
use crate::lexicon::names;
use crate::quote::speakers::{EntityKind, Registry};

/// The names of a speaker entity when it is a named person or body.
fn person_names(reg: &Registry, e: Option<usize>) -> Vec<String> {
    e.and_then(|e| reg.entities.get(e))
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.names.clone())
        .unwrap_or_default()
}

/// The person of `reg` (other than `except`) that carries one of `names`.
pub(super) fn other_person_named(
    reg: &Registry,
    names: &[String],
    except: Option<usize>,
) -> Option<usize> {
    (0..reg.entities.len()).find(|&i| is_other_person_named(reg, i, names, except))
}

/// Whether entity `i` of `reg` is a person other than `except` that
/// carries one of `names`.
pub(super) fn is_other_person_named(
    reg: &Registry,
    i: usize,
    names: &[String],
    except: Option<usize>,
) -> bool {
    let e = &reg.entities[i];
    Some(i) != except
        && e.kind == EntityKind::Person
        && e.names
            .iter()
            .any(|x| names.iter().any(|y| names::same_person(x, y)))
}

/// Whether one of `names` (of one language) is named among the
/// capitalized runs of the other language's sentences.
fn named_in(v: &PairView<'_>, names: &[String], runs: &[String], names_are_id: bool) -> bool {
    names.iter().any(|n| {
        runs.iter().any(|r| {
            let (id, en) = if names_are_id { (n, r) } else { (r, n) };
            // A run holds the name when the name's last word is in it
            // (`Teresito Bacolcol, the country's chief volcanologist`).
            let head = n.split_whitespace().last().unwrap_or(n);
            r.split_whitespace().any(|w| names::same_person(w, head))
                || referents::same_referent(v.lex, id, en)
        })
    })
}

/// Speakers that are not the same referent.
pub fn check_speaker(v: &PairView<'_>, pair: &QuotePair) -> Option<Flag> {
    let id_e = v.id_quote.and_then(|q| q.entity);
    let en_e = v.en_quote.and_then(|q| q.entity);
    let id_names = person_names(v.id_registry, id_e);
    let en_names = person_names(v.en_registry, en_e);
    let same = |a: &[String], b: &[String]| {
        a.iter()
            .any(|x| b.iter().any(|y| referents::same_referent(v.lex, x, y)))
    };
    let confident = match (id_names.is_empty(), en_names.is_empty()) {
        // Two names: they must be the same referent.
        (false, false) => {
            if same(&id_names, &en_names) {
                return None;
            }
            let shared_word = id_names
                .iter()
                .any(|x| en_names.iter().any(|y| referents::share_a_word(x, y)));
            let en_runs = referents::capitalized_runs(v.en, &v.en_context);
            let id_runs = referents::capitalized_runs(v.id, &v.id_context);
            // The English speaker must be someone the Indonesian article
            // names somewhere: a name it never gives is more often an
            // extraction error (`Olympic Games` read as a speaker) than a
            // swap.
            let id_words: Vec<usize> = (0..v.id.tokens.len())
                .filter(|&k| v.id.tokens[k].is_word())
                .collect();
            let id_article_runs = referents::capitalized_runs(v.id, &id_words);
            !shared_word
                && named_in(v, &en_names, &id_article_runs, false)
                && !named_in(v, &id_names, &en_runs, true)
                && !named_in(v, &en_names, &id_runs, false)
        }
        // The Indonesian names someone whom the English article knows as
        // another speaker than this quote's. (The reverse, an Indonesian
        // description against an English name, is how translations often
        // refer to people and is not flagged.)
        (false, true) => {
            if en_e.is_none() || v.other_en_person_named(&id_names, en_e).is_none() {
                return None;
            }
            let en_runs = referents::capitalized_runs(v.en, &v.en_context);
            !named_in(v, &id_names, &en_runs, true)
        }
        _ => return None,
    };
    let shown = |reg: &Registry, e: Option<usize>, fallback: &str| {
        e.and_then(|e| reg.entities.get(e))
            .map(|e| e.display())
            .unwrap_or_else(|| fallback.to_owned())
    };
    Some(Flag {
        kind: FlagKind::SpeakerMismatch,
        id: vec![shown(v.id_registry, id_e, &pair.id_speaker)],
        en: vec![shown(v.en_registry, en_e, &pair.en_speaker)],
        detail: if confident {
            "the quote is attributed to different speakers".to_owned()
        } else {
            "the speakers differ, but the names overlap or each article also names the other: an extraction may be wrong".to_owned()
        },
        confidence: if confident {
            confidence::HIGH
        } else {
            confidence::LOW
        },
    })
}
