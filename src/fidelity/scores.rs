//! Word match scores of one article pair: remembered once computed
//! ([`ScoreMemo`]), and the best score of one word against every word of
//! the other article ([`PairView::id_best_anywhere`],
//! [`PairView::en_best_anywhere`]) found through the word's own matches and
//! an index of the other side's glosses or forms, instead of scoring it
//! against each word type of a long article; likewise the English person
//! who carries a name ([`PairView::other_en_person_named`]).
//!
//! It does not define the score ([`PairView::score`]) nor when two names
//! are the same person ([`names::same_person`]).

use std::cell::{Cell, OnceCell, RefCell};

use rustc_hash::{FxHashMap, FxHashSet};

use super::PairView;
use super::matching::{self, EN_PLACE_ENDINGS};
use super::speakers;
use crate::lexicon::names::{self, NameIndex, NameKeys};
use crate::quote::speakers::{EntityKind, Registry};
use crate::wordmatch::similarity::MatchKind;

/// Articles with at most this many English word types remember scores in
/// one row per Indonesian type (fast, `4 × types²` bytes at most); longer
/// ones in a map of the pairs actually scored.
const MAX_DENSE_EN_TYPES: usize = 4096;

/// Articles with at most this many word types on the other side find a
/// word's best match anywhere by scoring it against each type.
const MAX_TYPES_SCANNED: usize = 1024;

/// Registries with at most this many entities are searched for a person's
/// name entity by entity.
const MAX_ENTITIES_SCANNED: usize = 256;

/// Word match scores by (Indonesian type, English type), once computed.
pub struct ScoreMemo {
    /// A row of English types per Indonesian type, allocated when the type
    /// is first asked about (NaN: not computed yet). Cells, not a `RefCell`:
    /// a look-up is a hot path, and needs no borrow flag.
    dense: Vec<OnceCell<Box<[Cell<f32>]>>>,
    /// The scores of long articles.
    sparse: RefCell<FxHashMap<(u32, u32), f32>>,
    en_types: usize,
}

impl ScoreMemo {
    pub fn new(id_types: usize, en_types: usize) -> ScoreMemo {
        let rows = if en_types <= MAX_DENSE_EN_TYPES {
            id_types
        } else {
            0
        };
        ScoreMemo {
            dense: (0..rows).map(|_| OnceCell::new()).collect(),
            sparse: RefCell::default(),
            en_types,
        }
    }

    #[inline]
    pub fn get(&self, ti: u32, te: u32) -> Option<f32> {
        if self.en_types > MAX_DENSE_EN_TYPES {
            return self.sparse.borrow().get(&(ti, te)).copied();
        }
        self.dense
            .get(ti as usize)?
            .get()?
            .get(te as usize)
            .map(Cell::get)
            .filter(|s| !s.is_nan())
    }

    /// The row of Indonesian type `ti` (NaN: not computed yet), allocated
    /// on first use; `None` for long articles, whose scores are in a map.
    #[inline]
    pub fn row(&self, ti: u32) -> Option<&[Cell<f32>]> {
        if self.en_types > MAX_DENSE_EN_TYPES {
            return None;
        }
        let row = self.dense.get(ti as usize)?;
        Some(row.get_or_init(|| vec![Cell::new(f32::NAN); self.en_types].into()))
    }

    #[inline]
    pub fn put(&self, ti: u32, te: u32, s: f32) {
        if self.en_types > MAX_DENSE_EN_TYPES {
            self.sparse.borrow_mut().insert((ti, te), s);
            return;
        }
        if let Some(row) = self.dense.get(ti as usize) {
            let row = row.get_or_init(|| vec![Cell::new(f32::NAN); self.en_types].into());
            if let Some(x) = row.get(te as usize) {
                x.set(s);
            }
        }
    }
}

/// Every gloss (or every form) of one side, for the question whether any
/// of them meets a word of the other side as [`matching::gloss_matches`]
/// decides.
#[derive(Default)]
pub struct Meetable {
    whole: FxHashSet<String>,
    /// By their first five characters, which a match on a shared prefix needs.
    by_prefix: FxHashMap<String, Vec<String>>,
}

/// Characters two strings share at the start for a prefix match.
const PREFIX_CHARS: usize = 5;

fn prefix_of(s: &str) -> Option<&str> {
    let (end, _) = s.char_indices().nth(PREFIX_CHARS - 1)?;
    let len = s[end..].chars().next().map_or(0, char::len_utf8);
    Some(&s[..end + len])
}

impl Meetable {
    fn new<'s>(all: impl Iterator<Item = &'s str>) -> Meetable {
        let mut m = Meetable::default();
        for s in all {
            if !m.whole.insert(s.to_owned()) {
                continue;
            }
            if let Some(p) = prefix_of(s) {
                m.by_prefix
                    .entry(p.to_owned())
                    .or_default()
                    .push(s.to_owned());
            }
        }
        m
    }

    /// Whether a form of these (they are forms) matches gloss `g`.
    fn any_form_for(&self, g: &str) -> bool {
        self.whole.contains(g)
            || (g.chars().count() >= 4
                && EN_PLACE_ENDINGS
                    .iter()
                    .any(|e| self.whole.contains(&format!("{g}{e}"))))
            || prefix_of(g).is_some_and(|p| {
                self.by_prefix
                    .get(p)
                    .is_some_and(|fs| fs.iter().any(|f| matching::gloss_matches(g, f)))
            })
    }

    /// Whether a gloss of these (they are glosses) matches form `f`.
    fn any_gloss_for(&self, f: &str) -> bool {
        self.whole.contains(f)
            || EN_PLACE_ENDINGS.iter().any(|e| {
                f.strip_suffix(e)
                    .is_some_and(|g| g.chars().count() >= 4 && self.whole.contains(g))
            })
            || prefix_of(f).is_some_and(|p| {
                self.by_prefix
                    .get(p)
                    .is_some_and(|gs| gs.iter().any(|g| matching::gloss_matches(g, f)))
            })
    }
}

/// What the best-anywhere look-ups of one article pair need, built on first use.
#[derive(Default)]
pub struct Anywhere {
    /// One token of each word type, by type.
    id_token_of_type: OnceCell<Vec<usize>>,
    en_token_of_type: OnceCell<Vec<usize>>,
    /// The glosses of every Indonesian type, the forms of every English type.
    id_glosses: OnceCell<Meetable>,
    en_forms: OnceCell<Meetable>,
    /// The names of the English people.
    en_people: OnceCell<People>,
    /// The best score anywhere of each Indonesian type and of each English
    /// type, once scanned (NaN: not yet): it depends only on the type, as
    /// the scores it takes the best of are memoized by type.
    id_best: OnceCell<Box<[Cell<f32>]>>,
    en_best: OnceCell<Box<[Cell<f32>]>>,
}

/// The cell of type `t` in `cells`, allocated for `n` types on first use.
fn best_cell(cells: &OnceCell<Box<[Cell<f32>]>>, n: usize, t: Option<u32>) -> Option<&Cell<f32>> {
    cells
        .get_or_init(|| vec![Cell::new(f32::NAN); n].into())
        .get(t? as usize)
}

/// The value kept in `cell`, computed by `f` on first use (or every time
/// when there is no cell).
fn memoized(cell: Option<&Cell<f32>>, f: impl FnOnce() -> f32) -> f32 {
    let Some(cell) = cell else {
        return f();
    };
    if cell.get().is_nan() {
        cell.set(f());
    }
    cell.get()
}

/// The names of a registry's people, indexed.
struct People {
    index: NameIndex,
    /// The entity of each indexed name.
    entity: Vec<usize>,
}

impl People {
    fn new(reg: &Registry) -> People {
        let mut keys: Vec<std::rc::Rc<NameKeys>> = Vec::new();
        let mut entity = Vec::new();
        for (i, e) in reg.entities.iter().enumerate() {
            if e.kind == EntityKind::Person {
                for n in &e.names {
                    keys.push(names::keys_of(n));
                    entity.push(i);
                }
            }
        }
        People {
            index: NameIndex::new(keys.iter().map(|k| &**k)),
            entity,
        }
    }
}

/// The best score of the index `matches` of a word whose other word has
/// a token in `token_of` (a name match only where `heads` agrees for that
/// token), used by both sides' `*_best_scanned`; [`matching::EXTRA_MATCH`]
/// instead when that falls short of it and `meets` finds a gloss that
/// meets the forms of some word of the other article.
fn best_of_matches(
    matches: &[crate::wordmatch::similarity::WordMatch],
    token_of: &[usize],
    heads: impl Fn(usize) -> bool,
    meets: impl FnOnce() -> bool,
) -> f32 {
    let indexed = matches
        .iter()
        .filter(|m| {
            token_of
                .get(m.other as usize)
                .is_some_and(|&k| k != usize::MAX && (m.kind != MatchKind::Name || heads(k)))
        })
        .map(|m| m.score)
        .fold(0.0, f32::max);
    if indexed < matching::EXTRA_MATCH && meets() {
        matching::EXTRA_MATCH
    } else {
        indexed
    }
}

fn token_of_type(
    type_tokens: &[usize],
    types: usize,
    type_of: impl Fn(usize) -> Option<u32>,
) -> Vec<usize> {
    let mut out = vec![usize::MAX; types];
    for &k in type_tokens {
        if let Some(slot) = type_of(k).and_then(|t| out.get_mut(t as usize)) {
            *slot = k;
        }
    }
    out
}

impl PairView<'_> {
    /// [`PairView::id_best`] of Indonesian token `i` against one token of
    /// every English word type.
    pub fn id_best_anywhere(&self, i: usize) -> f32 {
        let all = &self.shared.en_type_tokens;
        if all.len() <= MAX_TYPES_SCANNED {
            let n = self.index.id_weight.len();
            let cell = best_cell(&self.shared.anywhere.id_best, n, self.index.id_type_of(i));
            return memoized(cell, || self.id_best_scanned(i));
        }
        self.id_best_looked_up(i)
    }

    /// [`PairView::id_best`] of Indonesian token `i` against one token of
    /// every English word type, without scoring each: the best is the
    /// best of the word's index matches (a name match kept only as `score`
    /// keeps it) when that reaches [`matching::EXTRA_MATCH`], else
    /// `EXTRA_MATCH` when a gloss of the word meets the forms of some
    /// English type, else the best index match.
    fn id_best_scanned(&self, i: usize) -> f32 {
        let Some(ti) = self.index.id_type_of(i) else {
            return 0.0;
        };
        let all = &self.shared.en_type_tokens;
        let token_of = self.shared.anywhere.en_token_of_type.get_or_init(|| {
            token_of_type(all, self.index.en_weight.len(), |k| {
                self.index.en_type_of(k)
            })
        });
        best_of_matches(
            self.index.id_word_matches(ti),
            token_of,
            |e| heads_agree(self, i, e),
            || self.glosses_meet_any(i, all),
        )
    }

    /// [`PairView::id_best_anywhere`] through the look-ups.
    fn id_best_looked_up(&self, i: usize) -> f32 {
        let all = &self.shared.en_type_tokens;
        let Some(ti) = self.index.id_type_of(i) else {
            return 0.0;
        };
        let any = &self.shared.anywhere;
        let token_of = any.en_token_of_type.get_or_init(|| {
            token_of_type(all, self.index.en_weight.len(), |k| {
                self.index.en_type_of(k)
            })
        });
        // The index's matches, with a name match kept only as `score` keeps it.
        let indexed = self
            .index
            .id_word_matches(ti)
            .iter()
            .filter(|m| {
                m.kind != MatchKind::Name
                    || token_of
                        .get(m.other as usize)
                        .is_some_and(|&e| heads_agree(self, i, e))
            })
            .map(|m| m.score)
            .fold(0.0, f32::max);
        if indexed >= matching::EXTRA_MATCH {
            return indexed;
        }
        let forms = any.en_forms.get_or_init(|| {
            Meetable::new(
                all.iter()
                    .flat_map(|&e| self.forms(e).iter().map(String::as_str)),
            )
        });
        if self.glosses(i).iter().any(|g| forms.any_form_for(g)) {
            matching::EXTRA_MATCH
        } else {
            indexed
        }
    }

    /// [`PairView::en_best`] of English token `e` against one token of
    /// every Indonesian word type.
    pub fn en_best_anywhere(&self, e: usize) -> f32 {
        let all = &self.shared.id_type_tokens;
        if all.len() <= MAX_TYPES_SCANNED {
            let n = self.index.en_weight.len();
            let cell = best_cell(&self.shared.anywhere.en_best, n, self.index.en_type_of(e));
            return memoized(cell, || self.en_best_scanned(e));
        }
        self.en_best_looked_up(e)
    }

    /// [`PairView::en_best`] of English token `e` against one token of
    /// every Indonesian word type, without scoring each (see
    /// [`PairView::id_best_scanned`]).
    fn en_best_scanned(&self, e: usize) -> f32 {
        let Some(te) = self.index.en_type_of(e) else {
            return 0.0;
        };
        let all = &self.shared.id_type_tokens;
        let token_of = self.shared.anywhere.id_token_of_type.get_or_init(|| {
            token_of_type(all, self.index.id_weight.len(), |k| {
                self.index.id_type_of(k)
            })
        });
        best_of_matches(
            self.index.en_word_matches(te),
            token_of,
            |i| heads_agree(self, i, e),
            || self.forms_meet_any(e, all),
        )
    }

    /// [`PairView::en_best_anywhere`] through the look-ups.
    fn en_best_looked_up(&self, e: usize) -> f32 {
        let all = &self.shared.id_type_tokens;
        let Some(te) = self.index.en_type_of(e) else {
            return 0.0;
        };
        let any = &self.shared.anywhere;
        let token_of = any.id_token_of_type.get_or_init(|| {
            token_of_type(all, self.index.id_weight.len(), |k| {
                self.index.id_type_of(k)
            })
        });
        let indexed = self
            .index
            .en_word_matches(te)
            .iter()
            .filter(|m| {
                m.kind != MatchKind::Name
                    || token_of
                        .get(m.other as usize)
                        .is_some_and(|&i| heads_agree(self, i, e))
            })
            .map(|m| m.score)
            .fold(0.0, f32::max);
        if indexed >= matching::EXTRA_MATCH {
            return indexed;
        }
        let glosses = any.id_glosses.get_or_init(|| {
            Meetable::new(
                all.iter()
                    .flat_map(|&i| self.glosses(i).iter().map(String::as_str)),
            )
        });
        if self.forms(e).iter().any(|f| glosses.any_gloss_for(f)) {
            matching::EXTRA_MATCH
        } else {
            indexed
        }
    }
}

impl PairView<'_> {
    /// The English person (other than `except`) that carries one of
    /// `names`: the first in the registry, as a search of every entity
    /// finds it.
    pub fn other_en_person_named(&self, names: &[String], except: Option<usize>) -> Option<usize> {
        let reg = self.en_registry;
        if reg.entities.len() <= MAX_ENTITIES_SCANNED {
            return speakers::other_person_named(reg, names, except);
        }
        self.other_en_person_looked_up(names, except)
    }

    /// [`PairView::other_en_person_named`] through the look-ups.
    fn other_en_person_looked_up(&self, names: &[String], except: Option<usize>) -> Option<usize> {
        let reg = self.en_registry;
        let people = self
            .shared
            .anywhere
            .en_people
            .get_or_init(|| People::new(reg));
        let mut found: Vec<usize> = Vec::new();
        let mut out = Vec::new();
        for n in names {
            people.index.candidates(&names::keys_of(n), &mut out);
            found.extend(out.iter().map(|&k| people.entity[k as usize]));
        }
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .find(|&i| speakers::is_other_person_named(reg, i, names, except))
    }
}

/// Whether the first two letters of Indonesian token `i` and English token
/// `e` agree, as a name match needs.
fn heads_agree(v: &PairView<'_>, i: usize, e: usize) -> bool {
    let head = |t: &crate::text::tokenize::Token| {
        t.lower
            .chars()
            .filter(|c| c.is_alphabetic())
            .take(2)
            .collect::<Vec<char>>()
    };
    head(&v.id.tokens[i]) == head(&v.en.tokens[e])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memo_remembers_in_rows_and_in_a_map() {
        for en_types in [10, MAX_DENSE_EN_TYPES + 1] {
            let memo = ScoreMemo::new(5, en_types);
            assert_eq!(memo.get(2, 7), None);
            memo.put(2, 7, 0.5);
            memo.put(4, 0, 0.0);
            assert_eq!(memo.get(2, 7), Some(0.5));
            assert_eq!(memo.get(4, 0), Some(0.0));
            assert_eq!(memo.get(2, 6), None);
        }
    }

    #[test]
    fn meetings_answer_as_gloss_matches_over_all() {
        let words = [
            "government",
            "govern",
            "java",
            "javanese",
            "indonesia",
            "indonesian",
            "us",
            "u.s",
            "presiden",
            "president",
            "minister",
            "ministry",
            "kenya",
            "kenyan",
            "the",
        ];
        let m = Meetable::new(words.iter().copied());
        for q in words
            .iter()
            .copied()
            .chain(["governments", "jav", "presidential", "x"])
        {
            let forms = words.iter().any(|f| matching::gloss_matches(q, f));
            assert_eq!(m.any_form_for(q), forms, "gloss {q}");
            let glosses = words.iter().any(|g| matching::gloss_matches(g, q));
            assert_eq!(m.any_gloss_for(q), glosses, "form {q}");
        }
    }
}

#[cfg(test)]
mod long_article_tests {
    use crate::align::{AlignParams, align_pair};
    use crate::fidelity::{FidelityParams, PairView, Shared};
    use crate::lexicon::Lexicon;

    /// On the bundled samples laid end to end, the look-ups give every word
    /// the best score a scan of every type gives.
    #[test]
    fn best_anywhere_is_the_best_over_every_type() {
        let mut dirs: Vec<_> = std::fs::read_dir("corpora/samples")
            .expect("corpora/samples")
            .filter_map(|d| d.ok().map(|d| d.path()))
            .filter(|d| d.join("id.txt").is_file())
            .collect();
        dirs.sort();
        let read = |f: &str| -> String {
            dirs.iter()
                .map(|d| std::fs::read_to_string(d.join(f)).expect("sample text"))
                .collect::<Vec<_>>()
                .join("\n\n")
        };
        let lex = Lexicon::embedded();
        let a = align_pair(
            &read("id.txt"),
            &read("en.txt"),
            lex,
            &AlignParams::default(),
        );
        let shared = Shared::new(&a);
        let params = FidelityParams::default();
        let pair = a
            .pairs
            .iter()
            .find(|p| p.id_span.is_some() && p.en_span.is_some())
            .expect("a matched pair");
        let v = PairView::new(&a, pair, lex, &params, &shared).expect("a view");
        let mut extra = 0;
        for k in 0..a.id.tokens.len() {
            let want = v.id_best(k, &shared.en_type_tokens);
            assert_eq!(v.id_best_looked_up(k), want, "{}", a.id.tokens[k].lower);
            assert_eq!(v.id_best_scanned(k), want, "{}", a.id.tokens[k].lower);
            extra += usize::from(want == super::matching::EXTRA_MATCH);
        }
        for k in 0..a.en.tokens.len() {
            let want = v.en_best(k, &shared.id_type_tokens);
            assert_eq!(v.en_best_looked_up(k), want, "{}", a.en.tokens[k].lower);
            assert_eq!(v.en_best_scanned(k), want, "{}", a.en.tokens[k].lower);
        }
        // Some best scores come from glosses alone.
        assert!(extra > 0);
        // Every Indonesian person's names find the English person a search
        // of every entity finds.
        let mut found = 0;
        for e in &a.id_quotes.registry.entities {
            for except in [None, Some(0)] {
                let want = crate::fidelity::speakers::other_person_named(
                    &a.en_quotes.registry,
                    &e.names,
                    except,
                );
                assert_eq!(
                    v.other_en_person_looked_up(&e.names, except),
                    want,
                    "{:?}",
                    e.names
                );
                found += usize::from(want.is_some());
            }
        }
        assert!(found > 0);
    }
}
