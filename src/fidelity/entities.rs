//! `entity_mismatch` and `speaker_mismatch`: names inside the quotes, and
//! the people the quotes are attributed to.
//!
//! A name is a run of capitalized words that is not sentence-initial and not
//! a role, title or pronoun of the language tables. It has a counterpart when
//! one of its words matches (lexicon, spelling, transliteration) a word of
//! the sentences around the other side's span. Translators add a country
//! or spell out an acronym freely (`pemerintah Amerika` for `the
//! government`), so a one-sided name is flagged only when it is new (it
//! matches nothing in the whole other article) or when the other side has
//! a one-sided name too (a substitution).
//!
//! Speakers are compared as resolved entities: two names that are not the
//! same person, or a name that the other article gives to a different
//! speaker. A description on both sides (`pejabat itu` / `the official`) is
//! never flagged: roles are not names.

use super::{Flag, FlagKind, PairView};
use crate::align::QuotePair;
use crate::lang::LangTables;
use crate::lexicon::names;
use crate::quote::speakers::{EntityKind, Registry};
use crate::text::Document;

/// Capitalized name runs among `words` (token indices of `doc`).
fn name_runs(doc: &Document, t: &LangTables, words: &[usize]) -> Vec<Vec<usize>> {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut last: Option<usize> = None;
    for &k in words {
        let tok = &doc.tokens[k];
        let w = tok.lower.as_str();
        let is_name = tok.capitalized
            && !PairView::sentence_initial(doc, k)
            && !(t.is_role_noun(w)
                || t.is_institution_noun(w)
                || t.is_honorific(w)
                || t.is_pronoun(w)
                || t.is_non_name_capital(w)
                || t.is_time_word(w));
        if !is_name {
            last = None;
            continue;
        }
        match (last, runs.last_mut()) {
            (Some(l), Some(run)) if l + 1 == k => run.push(k),
            _ => runs.push(vec![k]),
        }
        last = Some(k);
    }
    runs
}

fn run_text(doc: &Document, run: &[usize]) -> String {
    run.iter()
        .map(|&k| doc.slice(doc.tokens[k].span))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the clause around `run` is otherwise translated (so that the
/// name, not the whole clause, is what is missing).
fn clause_translated(v: &PairView<'_>, id_side: bool, run: &[usize]) -> bool {
    let (doc, span) = if id_side {
        (v.id, v.id_span)
    } else {
        (v.en, v.en_span)
    };
    let Some(&first) = run.first() else {
        return false;
    };
    let clauses = super::coverage::clauses(doc, span);
    let Some(c) = clauses.iter().find(|c| c.contains(&first)) else {
        return false;
    };
    let rest: Vec<usize> = c.iter().copied().filter(|k| !run.contains(k)).collect();
    let cov = if id_side {
        v.id_coverage(&rest, &v.en_context)
    } else {
        v.en_coverage(&rest, &v.id_context)
    };
    !rest.is_empty() && cov >= v.params.clause_max_coverage
}

/// Names of one side with no counterpart near the other span.
pub fn check_names(v: &PairView<'_>) -> Option<Flag> {
    let min = v.params.word_match_min;
    let id_t = v.id.lang.tables();
    let en_t = v.en.lang.tables();
    // A run is new when no word of it matches anywhere in the other article.
    // (run, new to the other article, its clause is otherwise translated)
    let id_only: Vec<(Vec<usize>, bool, bool)> = name_runs(v.id, id_t, &v.id_words)
        .into_iter()
        .filter(|r| r.iter().all(|&k| v.id_best(k, &v.en_context) < min))
        .map(|r| {
            let new = r.iter().all(|&k| v.id_best_anywhere(k) < min);
            let placed = clause_translated(v, true, &r);
            (r, new, placed)
        })
        .collect();
    // (run, new to the Indonesian article, its clause is otherwise translated)
    let en_only: Vec<(Vec<usize>, bool, bool)> = name_runs(v.en, en_t, &v.en_words)
        .into_iter()
        .filter(|r| r.iter().all(|&k| v.en_best(k, &v.id_context) < min))
        .map(|r| {
            let new = r.iter().all(|&k| v.en_best_anywhere(k) < min);
            let placed = clause_translated(v, false, &r);
            (r, new, placed)
        })
        .collect();
    // A substitution: a name on each side where the other has none, one of
    // them unknown to the other article. (Two names both articles know are
    // often two ways of referring: `Washington` / `Amerika`.)
    let substitution = id_only.iter().any(|(_, _, p)| *p)
        && en_only.iter().any(|(_, _, p)| *p)
        && (id_only.iter().any(|(_, n, p)| *n && *p) || en_only.iter().any(|(_, n, p)| *n && *p));
    let id_flagged: Vec<String> = id_only
        .iter()
        .filter(|(_, new, placed)| *new || (substitution && *placed))
        .map(|(r, _, _)| run_text(v.id, r))
        .collect();
    let en_flagged: Vec<String> = en_only
        .iter()
        .filter(|(_, _, placed)| substitution && *placed)
        .map(|(r, _, _)| run_text(v.en, r))
        .collect();
    if id_flagged.is_empty() && en_flagged.is_empty() {
        return None;
    }
    let detail = if substitution {
        "a name replaced by another"
    } else {
        "a name the English article does not mention"
    };
    Some(Flag {
        kind: FlagKind::EntityMismatch,
        id: id_flagged,
        en: en_flagged,
        detail: detail.to_owned(),
    })
}

/// The names of a speaker entity when it is a named person.
fn person_names(reg: &Registry, e: Option<usize>) -> Vec<String> {
    e.and_then(|e| reg.entities.get(e))
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.names.clone())
        .unwrap_or_default()
}

fn any_same(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.iter().any(|y| names::same_person(x, y)))
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
    Some(i) != except && e.kind == EntityKind::Person && any_same(&e.names, names)
}

/// Speakers that are not the same person.
pub fn check_speaker(v: &PairView<'_>, pair: &QuotePair) -> Option<Flag> {
    let id_e = v.id_quote.and_then(|q| q.entity);
    let en_e = v.en_quote.and_then(|q| q.entity);
    let id_names = person_names(v.id_registry, id_e);
    let en_names = person_names(v.en_registry, en_e);
    let differs = match (id_names.is_empty(), en_names.is_empty()) {
        // Two people by name: they must be the same person.
        (false, false) => !any_same(&id_names, &en_names),
        // The Indonesian names someone whom the English article knows as
        // another speaker than this quote's. (The reverse, an Indonesian
        // description against an English name, is how translations often
        // refer to people and is not flagged.)
        (false, true) => en_e.is_some() && v.other_en_person_named(&id_names, en_e).is_some(),
        _ => false,
    };
    if !differs {
        return None;
    }
    let shown = |reg: &Registry, e: Option<usize>, fallback: &str| {
        e.and_then(|e| reg.entities.get(e))
            .map(|e| e.display())
            .unwrap_or_else(|| fallback.to_owned())
    };
    Some(Flag {
        kind: FlagKind::SpeakerMismatch,
        id: vec![shown(v.id_registry, id_e, &pair.id_speaker)],
        en: vec![shown(v.en_registry, en_e, &pair.en_speaker)],
        detail: "the quote is attributed to different speakers".to_owned(),
    })
}
