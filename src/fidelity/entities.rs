//! `entity_mismatch`: names inside the quotes (speakers are
//! [`super::speakers`]).
//!
//! A name is a run of capitalized words that is not sentence-initial and not
//! a role, title or pronoun of the language tables. It has a counterpart when
//! one of its words matches (lexicon, spelling, transliteration) a word of
//! the sentences around the other side's span. Translators add a country
//! or spell out an acronym freely (`pemerintah Amerika` for `the
//! government`), so a one-sided name is flagged only when it is new (it
//! matches nothing in the whole other article) or when the other side has
//! a one-sided name too (a substitution). Names are compared across the
//! languages by [`super::referents`] too (`IAEA` against `International
//! Atomic Energy Agency`). Only a name new to the English article is a
//! confident flag; an Indonesian acronym the lexicon does not know (`PLTN`)
//! is reported as unknown, with a low confidence.
//!

use super::{Flag, FlagKind, PairView, confidence, referents};
use crate::text::Document;

/// Capitalized name runs among `words` (token indices of `doc`).
fn name_runs(doc: &Document, words: &[usize]) -> Vec<Vec<usize>> {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut last: Option<usize> = None;
    for &k in words {
        let tok = &doc.tokens[k];
        let c = tok.classes;
        let is_name = tok.capitalized
            && !PairView::sentence_initial(doc, k)
            && !(c.is_role_noun()
                || c.is_institution_noun()
                || c.is_honorific()
                || c.is_pronoun()
                || c.is_non_name_capital()
                || c.is_time_word());
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

/// A name run with the capitalized word right before it (`Organisasi
/// Kesehatan Dunia`, whose head is an institution noun that name runs
/// leave out): the whole name, to compare across languages.
fn with_head(doc: &Document, run: &[usize]) -> String {
    match run.first() {
        Some(&k)
            if k > 0
                && doc.tokens[k - 1].capitalized
                && doc.tokens[k - 1].kind == crate::text::TokenKind::Word =>
        {
            format!(
                "{} {}",
                doc.slice(doc.tokens[k - 1].span),
                run_text(doc, run)
            )
        }
        _ => run_text(doc, run),
    }
}

/// Whether a name run of one side names the same referent as a
/// capitalized run of the other side's sentences (`IAEA` / `International
/// Atomic Energy Agency`, `Palang Merah Filipina` / `Philippine Red Cross`).
fn named_across(v: &PairView<'_>, id_side: bool, run: &str) -> bool {
    let (doc, context) = if id_side {
        (v.en, &v.en_context)
    } else {
        (v.id, &v.id_context)
    };
    referents::capitalized_runs(doc, context)
        .iter()
        .any(|other| {
            if id_side {
                referents::same_referent(v.lex, run, other)
            } else {
                referents::same_referent(v.lex, other, run)
            }
        })
}

/// Whether an Indonesian name run is an acronym the lexicon does not know
/// (`PLTN`, `DPR`): an abbreviation of Indonesian words, which the English
/// spells out in its own words. Unknown, not missing.
fn unknown_acronym(v: &PairView<'_>, run: &[usize]) -> bool {
    matches!(run, [k] if referents::acronym_letters(v.id_text(*k)).is_some() && v.glosses(*k).is_empty())
}

/// Names of one side with no counterpart near the other span.
pub fn check_names(v: &PairView<'_>) -> Option<Flag> {
    let min = v.params.word_match_min;
    // The best match anywhere in the other article: one token per word type
    // gives the same maximum as every word token.
    // (run, new to the other article, its clause is otherwise translated)
    let id_only: Vec<(Vec<usize>, bool, bool)> = name_runs(v.id, &v.id_words)
        .into_iter()
        .filter(|r| r.iter().all(|&k| v.id_best(k, &v.en_context) < min))
        .filter(|r| !named_across(v, true, &with_head(v.id, r)))
        .map(|r| {
            let new = r.iter().all(|&k| v.id_best_anywhere(k) < min);
            let placed = clause_translated(v, true, &r);
            (r, new, placed)
        })
        .collect();
    // (run, new to the Indonesian article, its clause is otherwise translated)
    let en_only: Vec<(Vec<usize>, bool, bool)> = name_runs(v.en, &v.en_words)
        .into_iter()
        .filter(|r| r.iter().all(|&k| v.en_best(k, &v.id_context) < min))
        .filter(|r| !named_across(v, false, &with_head(v.en, r)))
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
    let flagged: Vec<&(Vec<usize>, bool, bool)> = id_only
        .iter()
        .filter(|(_, new, placed)| *new || (substitution && *placed))
        .collect();
    let en_flagged: Vec<String> = en_only
        .iter()
        .filter(|(_, _, placed)| substitution && *placed)
        .map(|(r, _, _)| run_text(v.en, r))
        .collect();
    if flagged.is_empty() && en_flagged.is_empty() {
        return None;
    }
    // Confident: an Indonesian name the whole English article never
    // mentions, other than an acronym the lexicon does not know. A swap of
    // names the English article knows (`Iran` for `Tehran`) is metonymy
    // more often than an error.
    let confident = flagged
        .iter()
        .any(|(r, new, _)| *new && !unknown_acronym(v, r));
    let unknown: Vec<String> = flagged
        .iter()
        .filter(|(r, _, _)| unknown_acronym(v, r))
        .map(|(r, _, _)| run_text(v.id, r))
        .collect();
    let mut detail = if substitution {
        "a name replaced by another".to_owned()
    } else {
        "a name the English article does not mention".to_owned()
    };
    if !unknown.is_empty() {
        detail.push_str(&format!("; unknown to the lexicon: {}", unknown.join(", ")));
    }
    Some(Flag {
        kind: FlagKind::EntityMismatch,
        id: flagged.iter().map(|(r, _, _)| run_text(v.id, r)).collect(),
        en: en_flagged,
        detail,
        confidence: if confident {
            confidence::HIGH
        } else {
            confidence::LOW
        },
    })
}
