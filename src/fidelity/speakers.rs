//! `speaker_mismatch`: the people (or bodies) the two quotes are attributed
//! to, compared as resolved entities across the languages
//! ([`super::referents`]: spelling, glosses, acronyms, descriptions).
//!
//! Each side's speaker is what its article says: names, and the
//! descriptions it gives (`Para pejabat di Sierra Leone`, the roles a name
//! was introduced with: `juru bicara pemerintah`). Two names are the same
//! speaker when they name the same referent (`WHO` / `Organisasi Kesehatan
//! Dunia`); an English "name" made of the Indonesian description's words
//! (`Saudi Energy`, an extraction fragment of `Saudi Energy Minister …`,
//! against `menteri energi Arab Saudi`) is a description. Only named
//! speakers (people or bodies) are flagged: a description against a name
//! is how translations often refer to people, and two descriptions are
//! roles, not names. A name the Indonesian gives where the English has a
//! description is flagged only when the English article knows that name
//! as another speaker, whose roles are not that description (`juru bicara
//! pemerintah, Zaw Htay` against `a government spokesman` is the same).
//!
//! The flag's confidence is the strength of the evidence, which is local:
//! the Indonesian names its speaker in the quote's own frame (`kata X`, not
//! a pronoun or a clitic resolved from context); the English does too, or
//! resolves to someone its article introduces as a speaker (with a role,
//! or quoted by name elsewhere), or to someone other than the person the
//! Indonesian names when that person is not mentioned in the sentence
//! before (so the pronoun cannot be them); the English quote covers a
//! good part of the compared English words; the names share no word, as written or
//! translated (`Joe Biden` / `Joe Biden's administration`, `Departemen
//! Luar Negeri Inggris` / `Britain's Foreign Office`); and neither frame (the sentences around
//! the quote, outside the quoted words) names the other side's speaker
//! (`said Teresito Bacolcol` in the English sentence whose speaker was read
//! as `More`). Anything less is a low-confidence flag: an extraction may be
//! wrong.

use super::{Flag, FlagKind, PairView, confidence, referents};
use crate::lexicon::names;
use crate::quote::Quote;
use crate::quote::speakers::{Entity, EntityKind, Registry};
use crate::record::QuotePair;
use crate::text::{Document, NormSpan};

/// One side's speaker as its article gives it.
struct Speaker<'a> {
    entity: Option<usize>,
    /// Names, when the speaker is a named person or body (not a bare name
    /// that may be a place).
    names: Vec<String>,
    /// Descriptions: roles and the label of an unnamed speaker.
    descriptions: Vec<String>,
    /// Named in the quote's own frame.
    explicit: bool,
    /// Introduced as a speaker by its article: with a role, or quoted by
    /// name somewhere.
    established: bool,
    registry: &'a Registry,
}

impl<'a> Speaker<'a> {
    fn of(registry: &'a Registry, quotes: &[Quote], quote: Option<&Quote>) -> Speaker<'a> {
        let entity = quote.and_then(|q| q.entity);
        let e: Option<&Entity> = entity.and_then(|e| registry.entities.get(e));
        let names = e
            .filter(|e| e.kind != EntityKind::Unknown)
            .map(|e| e.names.clone())
            .unwrap_or_default();
        let descriptions: Vec<String> = e
            .map(|e| e.roles.iter().chain(&e.label).cloned().collect())
            .unwrap_or_default();
        let established = e.is_some_and(|e| !e.roles.is_empty())
            || quotes
                .iter()
                .any(|q| q.explicit && q.entity.is_some() && q.entity == entity);
        Speaker {
            entity,
            names,
            descriptions,
            explicit: quote.is_some_and(|q| q.explicit),
            established,
            registry,
        }
    }

    fn shown(&self, fallback: &str) -> String {
        self.entity
            .and_then(|e| self.registry.entities.get(e))
            .map(Entity::display)
            .unwrap_or_else(|| fallback.to_owned())
    }
}

/// Whether two named speakers are the same, by any of their names, read
/// as names or, for bodies, through the speaker glosses (`Gedung Putih` /
/// `White House`, `Departemen Luar Negeri Inggris` / `Britain's Foreign
/// Office`).
fn same_names(v: &PairView<'_>, id: &Speaker<'_>, en: &Speaker<'_>) -> bool {
    id.names.iter().any(|x| {
        en.names.iter().any(|y| {
            referents::same_referent(v.lex, x, y) || referents::same_description(v.lex, x, y)
        })
    })
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

/// The capitalized runs of the sentences around a quote, outside the
/// quoted words `spans`: the frame, where a speaker is named.
fn frame_runs(doc: &Document, context: &[usize], spans: &[NormSpan]) -> Vec<String> {
    let outside: Vec<usize> = context
        .iter()
        .copied()
        .filter(|&k| {
            let s = doc.tokens[k].span;
            !spans.iter().any(|q| q.contains(s))
        })
        .collect();
    referents::capitalized_runs(doc, &outside)
}

/// The capitalized runs of the sentence before the one holding `span` and
/// of that sentence's frame (outside `spans`): the people a pronoun there
/// may refer to.
fn recent_runs(doc: &Document, span: NormSpan, spans: &[NormSpan]) -> Vec<String> {
    let Some(at) = doc.sentence_at(span.start) else {
        return Vec::new();
    };
    let words: Vec<usize> = doc.sentences[at.saturating_sub(1)..=at]
        .iter()
        .flat_map(|s| s.tokens.clone())
        .filter(|&k| doc.tokens[k].is_word())
        .collect();
    frame_runs(doc, &words, spans)
}

/// Whether one of `names` (of one language) is named among the
/// capitalized runs of the other language's frame.
fn named_in(v: &PairView<'_>, names: &[String], runs: &[String], names_are_id: bool) -> bool {
    let bare = |w: &str| {
        w.trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    names.iter().any(|n| {
        runs.iter().any(|r| {
            let (id, en) = if names_are_id { (n, r) } else { (r, n) };
            // A run holds the name when it holds the name's last word
            // (`Teresito Bacolcol, the country's chief volcanologist`), as
            // written: one word alone is too short for spelling variants
            // (`Pang` / `Palang`).
            let head = bare(n.split_whitespace().last().unwrap_or(n));
            r.split_whitespace().any(|w| bare(w) == head) || referents::same_referent(v.lex, id, en)
        })
    })
}

/// Speakers that are not the same referent.
pub fn check_speaker(v: &PairView<'_>, pair: &QuotePair) -> Option<Flag> {
    let id = Speaker::of(v.id_registry, v.id_quotes, v.id_quote);
    let mut en = Speaker::of(v.en_registry, v.en_quotes, v.en_quote);
    // An English "name" made of the Indonesian description's words (`Saudi
    // Energy`, an extraction fragment of `Saudi Energy Minister …`, against
    // `menteri energi Arab Saudi`) describes the speaker.
    // (A place is a name: `Sierra Leone` said, for its government.)
    let (fragments, names): (Vec<String>, Vec<String>) =
        std::mem::take(&mut en.names).into_iter().partition(|n| {
            !v.lex.is_place(n)
                && id
                    .descriptions
                    .iter()
                    .any(|d| v.shared.made_of_description(v.lex, d, n))
        });
    en.names = names;
    en.descriptions.extend(fragments);
    if id.names.is_empty() || same_names(v, &id, &en) {
        return None;
    }
    let mut en_spans = vec![v.en_span];
    en_spans.extend(v.en_quote.map(|q| q.span));
    let en_frame = frame_runs(v.en, &v.en_context, &en_spans);
    // The English speaker speaks the English quote: it is evidence for the
    // compared span only when that quote covers a good part of it (a third:
    // extraction may end a reported clause early), not when the span runs
    // over another sentence into someone else's quote.
    let en_covers = v.en_quote.is_some_and(|q| {
        let inside = v
            .en_words
            .iter()
            .filter(|&&k| q.span.contains(v.en.tokens[k].span))
            .count();
        3 * inside >= v.en_words.len()
    });
    let id_frame = frame_runs(v.id, &v.id_context, &[v.id_span]);
    let confident = if en.names.is_empty() {
        // The Indonesian names someone whom the English article knows as
        // another person than this quote's speaker, described otherwise.
        // (The reverse, an Indonesian description against an English
        // name, is how translations often refer to people and is not
        // flagged.)
        let k = en
            .entity
            .and_then(|e| v.other_en_person_named(&id.names, Some(e)))?;
        let roles = &v.en_registry.entities[k].roles;
        let described = |d: &String| {
            if roles.is_empty() {
                id.descriptions
                    .iter()
                    .any(|x| referents::same_description(v.lex, x, d))
            } else {
                roles.iter().any(|r| referents::share_content_word(r, d))
            }
        };
        if en.descriptions.iter().any(described) {
            return None;
        }
        id.explicit && en.explicit && en_covers && !named_in(v, &id.names, &en_frame, true)
    } else {
        let shared_word = id.names.iter().any(|x| {
            en.names
                .iter()
                .any(|y| referents::share_a_word(x, y) || referents::share_a_gloss(v.lex, x, y))
        });
        // A speaker the English resolves from a pronoun or a clitic is
        // trusted when its article introduces it as a speaker, or when the
        // person the Indonesian names is not among those the English has
        // just mentioned (the sentence before the quote and its frame), so
        // that the pronoun cannot be that person.
        let en_recent = recent_runs(v.en, v.en_span, &en_spans);
        id.explicit
            && en_covers
            && (en.explicit || en.established || !named_in(v, &id.names, &en_recent, true))
            && !shared_word
            && !named_in(v, &id.names, &en_frame, true)
            && !named_in(v, &en.names, &id_frame, false)
    };
    Some(Flag {
        kind: FlagKind::SpeakerMismatch,
        id: vec![id.shown(&pair.id_speaker)],
        en: vec![en.shown(&pair.en_speaker)],
        detail: if confident {
            "the quote is attributed to different speakers".to_owned()
        } else {
            "the speakers differ, but a speaker is resolved from context, the names overlap or a frame names the other: an extraction may be wrong".to_owned()
        },
        confidence: if confident {
            confidence::HIGH
        } else {
            confidence::LOW
        },
    })
}
