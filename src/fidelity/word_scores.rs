//! Word match scores of a pair view ([`PairView::score`]): the alignment's
//! word match, or [`matching::EXTRA_MATCH`] for a gloss and a form it does
//! not try, computed once per word type pair and remembered for the
//! article pair ([`super::Shared`]); read a row (an Indonesian word against
//! many English words) or a column at a time, as score tables, best scores
//! and weighted coverage; and the one-to-one word alignments built from
//! them ([`PairView::en_assigned`], [`PairView::id_assigned`]).
//!
//! It does not decide what a score means for a check, nor find the best
//! match in the whole other article ([`super::scores`]).

use std::cell::{Cell, OnceCell};

use super::matching;
use super::view::PairView;
use super::wordalign::{Assigned, Candidate, assign_by_place, assign_candidates};
use crate::text::Document;

/// A memo row of remembered scores (NaN: not computed yet), `None` for a
/// long article whose scores are kept in a map.
type MemoRow<'r> = Option<&'r [Cell<f32>]>;

/// A word's glosses or forms, with the set of their heads
/// ([`matching::heads`]).
pub(super) struct Words {
    list: std::rc::Rc<[String]>,
    heads: u128,
}

impl Words {
    fn new((list, heads): (std::rc::Rc<[String]>, u128)) -> Words {
        Words { list, heads }
    }
}

/// An Indonesian word token as its match scores read it: its index
/// matches, and its glosses once asked for.
struct IdWord<'v> {
    token: usize,
    /// Its cell of glosses (its type).
    slot: usize,
    matches: &'v [crate::wordmatch::similarity::WordMatch],
    glosses: OnceCell<Option<&'v Words>>,
}

impl<'v> IdWord<'v> {
    fn new(v: &PairView<'v>, token: usize, ti: u32) -> IdWord<'v> {
        IdWord {
            token,
            slot: ti as usize,
            matches: v.index.id_word_matches(ti),
            glosses: OnceCell::new(),
        }
    }
}

impl<'a> PairView<'a> {
    /// The English span's words aligned one to one with the words of the
    /// Indonesian sentences around the quote ([`assign`]): which English
    /// words the quote translates.
    pub fn en_assigned(&self) -> &Assigned {
        self.en_assigned
            .get_or_init(|| self.assign_en(&self.id_context))
    }

    /// The Indonesian quote's words aligned one to one with the words of
    /// the English sentences around the span ([`assign`]).
    pub fn id_assigned(&self) -> &Assigned {
        self.id_assigned.get_or_init(|| {
            // The candidates row by row, scored as they are found.
            let en = &self.en_context;
            let en_types: Vec<Option<u32>> = en.iter().map(|&e| self.index.en_type_of(e)).collect();
            let mut cand: Vec<Candidate> = Vec::new();
            for (a, &i) in self.id_words.iter().enumerate() {
                let mut b = 0;
                let typed = en.iter().copied().zip(en_types.iter().copied());
                self.row_scores(i, typed, |s| {
                    if s > 0.0 {
                        cand.push((s, a, b));
                    }
                    b += 1;
                });
            }
            assign_candidates(self.id_words.len(), en, cand)
        })
    }

    /// The English span's words aligned one to one with the Indonesian
    /// tokens `id` ([`super::wordalign::assign`]): the candidates are
    /// scored as they are found, English word by English word, each
    /// Indonesian word's memo row read once.
    fn assign_en(&self, id: &[usize]) -> Assigned {
        let words: Vec<Option<(IdWord<'a>, MemoRow<'_>)>> = id
            .iter()
            .map(|&i| {
                let ti = self.index.id_type_of(i)?;
                Some((IdWord::new(self, i, ti), self.shared.scores.row(ti)))
            })
            .collect();
        let mut cand: Vec<Candidate> = Vec::new();
        for (a, &e) in self.en_words.iter().enumerate() {
            let Some(te) = self.index.en_type_of(e) else {
                continue;
            };
            for (b, w) in words.iter().enumerate() {
                let s = match w {
                    Some((word, Some(row))) => match row.get(te as usize) {
                        Some(cell) if !cell.get().is_nan() => cell.get(),
                        Some(cell) => {
                            let s = self.score_of(word, e, te);
                            cell.set(s);
                            s
                        }
                        None => self.score_of(word, e, te),
                    },
                    Some((word, None)) => self.score(word.token, e),
                    None => 0.0,
                };
                if s > 0.0 {
                    cand.push((s, a, b));
                }
            }
        }
        assign_candidates(self.en_words.len(), id, cand)
    }

    /// [`PairView::assign_en`] with the scores of `id` against the English
    /// span's words computed beforehand ([`PairView::score_matrix`]).
    pub(super) fn assign_en_by(&self, id: &[usize], scores: &[f32]) -> Assigned {
        let n = self.en_words.len();
        assign_by_place(n, id, |a, b| scores[b * n + a])
    }

    /// Glosses of Indonesian token `i` ([`matching::id_glosses`]).
    pub fn glosses(&self, i: usize) -> &[String] {
        self.glosses_of(i).map_or(&[], |w| &w.list)
    }
    /// Forms of English token `e` ([`matching::en_forms`]).
    pub fn forms(&self, e: usize) -> &[String] {
        self.forms_of(e).map_or(&[], |w| &w.list)
    }

    /// Whether a gloss of Indonesian token `i` matches a form of one of
    /// the English tokens `en` ([`matching::gloss_matches`]), as
    /// [`PairView::score`] asks of each pair.
    pub(super) fn glosses_meet_any(&self, i: usize, en: &[usize]) -> bool {
        let Some(g) = self.glosses_of(i).filter(|g| g.heads != 0) else {
            return false;
        };
        en.iter().any(|&e| {
            self.forms_of(e).is_some_and(|f| {
                g.heads & f.heads != 0 && matching::any_match_sorted(&g.list, &f.list)
            })
        })
    }

    /// Whether a form of English token `e` matches a gloss of one of the
    /// Indonesian tokens `id`, as [`PairView::score`] asks of each pair.
    pub(super) fn forms_meet_any(&self, e: usize, id: &[usize]) -> bool {
        let Some(f) = self.forms_of(e) else {
            return false;
        };
        id.iter().any(|&i| {
            self.glosses_of(i).is_some_and(|g| {
                g.heads & f.heads != 0 && matching::any_match_sorted(&g.list, &f.list)
            })
        })
    }

    fn glosses_of(&self, i: usize) -> Option<&Words> {
        let slot = self
            .index
            .id_type_of(i)
            .map_or(self.index.id_weight.len() + i, |t| t as usize);
        self.glosses_in(slot, i)
    }
    fn forms_of(&self, e: usize) -> Option<&Words> {
        let slot = self
            .index
            .en_type_of(e)
            .map_or(self.index.en_weight.len() + e, |t| t as usize);
        self.forms_in(slot, e)
    }
    /// The glosses of Indonesian token `i`, kept in cell `slot`.
    fn glosses_in(&self, slot: usize, i: usize) -> Option<&'a Words> {
        let cell = self.shared.id_glosses.get(slot)?;
        Some(cell.get_or_init(|| {
            Words::new(matching::id_glosses_headed(
                self.lex,
                &self.id.tokens[i].lower,
            ))
        }))
    }
    /// The forms of English token `e`, kept in cell `slot`.
    fn forms_in(&self, slot: usize, e: usize) -> Option<&'a Words> {
        let cell = self.shared.en_forms.get(slot)?;
        Some(cell.get_or_init(|| Words::new(matching::en_forms_headed(&self.en.tokens[e].lower))))
    }

    /// Match score of Indonesian token `i` with English token `e`: the
    /// alignment's word match, or [`matching::EXTRA_MATCH`] for a form it
    /// does not try.
    pub fn score(&self, i: usize, e: usize) -> f32 {
        let (Some(ti), Some(te)) = (self.index.id_type_of(i), self.index.en_type_of(e)) else {
            return 0.0;
        };
        self.score_typed(i, e, ti, te)
    }

    /// [`PairView::score`] of tokens `i` and `e`, of types `ti` and `te`.
    fn score_typed(&self, i: usize, e: usize, ti: u32, te: u32) -> f32 {
        if let Some(s) = self.shared.scores.get(ti, te) {
            return s;
        }
        let s = self.score_uncached(i, e, ti, te);
        self.shared.scores.put(ti, te, s);
        s
    }

    /// The match scores of each Indonesian token of `id` with each English
    /// token of `en` ([`PairView::score`]), row by row: `id.len()` rows of
    /// `en.len()` scores. Reads each memo row once per Indonesian token
    /// instead of once per pair.
    pub fn score_matrix(&self, id: &[usize], en: &[usize]) -> Vec<f32> {
        let n = en.len();
        let mut out = vec![0.0; id.len() * n];
        if n == 0 {
            return out;
        }
        let en_types: Vec<Option<u32>> = en.iter().map(|&e| self.index.en_type_of(e)).collect();
        for (&i, row) in id.iter().zip(out.chunks_exact_mut(n)) {
            let mut cells = row.iter_mut();
            let typed = en.iter().copied().zip(en_types.iter().copied());
            self.row_scores(i, typed, |s| {
                if let Some(c) = cells.next() {
                    *c = s;
                }
            });
        }
        out
    }

    /// Gives `put` the score of Indonesian token `i` with each English
    /// token of `en` (paired with its type), in order ([`PairView::score`]),
    /// reading the word's memo row, index matches and glosses once.
    #[inline]
    fn row_scores(
        &self,
        i: usize,
        en: impl Iterator<Item = (usize, Option<u32>)>,
        mut put: impl FnMut(f32),
    ) {
        let Some(ti) = self.index.id_type_of(i) else {
            en.for_each(|_| put(0.0));
            return;
        };
        let Some(row) = self.shared.scores.row(ti) else {
            en.for_each(|(e, _)| put(self.score(i, e)));
            return;
        };
        // What the word's uncomputed scores read, found once for its row.
        let word = IdWord::new(self, i, ti);
        for (e, te) in en {
            let Some(te) = te else {
                put(0.0);
                continue;
            };
            put(match row.get(te as usize) {
                Some(cell) if !cell.get().is_nan() => cell.get(),
                Some(cell) => {
                    let s = self.score_of(&word, e, te);
                    cell.set(s);
                    s
                }
                None => self.score_of(&word, e, te),
            });
        }
    }

    fn score_uncached(&self, i: usize, e: usize, ti: u32, te: u32) -> f32 {
        self.score_of(&IdWord::new(self, i, ti), e, te)
    }

    /// The match score of the Indonesian word `word` with English token
    /// `e` of type `te`, computed.
    fn score_of(&self, word: &IdWord<'a>, e: usize, te: u32) -> f32 {
        let i = word.token;
        // The index reads `U.S` and `Anas's` as names with an initial, and
        // an initial matches any name with that letter: a name match must
        // agree on its first two letters.
        let head = |doc: &'a Document, k: usize| {
            doc.tokens[k]
                .lower
                .chars()
                .filter(|c| c.is_alphabetic())
                .take(2)
        };
        // The matches of a type are sorted by English type, one per type.
        let matches = word.matches;
        let indexed = matches
            .binary_search_by_key(&te, |m| m.other)
            .ok()
            .map(|k| &matches[k])
            .filter(|m| {
                m.kind != crate::wordmatch::similarity::MatchKind::Name
                    || head(self.id, i).eq(head(self.en, e))
            })
            .map_or(0.0, |m| m.score);
        if indexed >= matching::EXTRA_MATCH {
            return indexed;
        }
        // A word without glosses (a name, a word the lexicon does not know)
        // matches no form: the English word's forms are not needed.
        let glosses = word.glosses.get_or_init(|| self.glosses_in(word.slot, i));
        let Some(glosses) = glosses.filter(|g| g.heads != 0) else {
            return indexed;
        };
        let Some(forms) = self.forms_in(te as usize, e) else {
            return indexed;
        };
        if glosses.heads & forms.heads != 0
            && matching::any_match_sorted(&glosses.list, &forms.list)
        {
            matching::EXTRA_MATCH
        } else {
            indexed
        }
    }

    /// Best match score of Indonesian token `i` with any English token of `en`.
    pub fn id_best(&self, i: usize, en: &[usize]) -> f32 {
        let mut best = 0.0f32;
        let typed = en.iter().map(|&e| (e, self.index.en_type_of(e)));
        self.row_scores(i, typed, |s| best = best.max(s));
        best
    }

    /// Best match score of English token `e` with any Indonesian token of `id`.
    pub fn en_best(&self, e: usize, id: &[usize]) -> f32 {
        let Some(te) = self.index.en_type_of(e) else {
            return 0.0;
        };
        id.iter()
            .map(|&i| {
                self.index
                    .id_type_of(i)
                    .map_or(0.0, |ti| self.score_typed(i, e, ti, te))
            })
            .fold(0.0, f32::max)
    }

    /// Weighted share of the Indonesian tokens `id` that match a token of `en`.
    pub fn id_coverage(&self, id: &[usize], en: &[usize]) -> f32 {
        self.coverage(
            id,
            |k| {
                self.index
                    .id_type_of(k)
                    .map_or(0.0, |t| self.index.id_type_weight(t))
            },
            |k| self.id_best(k, en),
        )
    }

    /// Weighted share of the English tokens `en` that match a token of `id`.
    pub fn en_coverage(&self, en: &[usize], id: &[usize]) -> f32 {
        self.coverage(
            en,
            |k| {
                self.index
                    .en_type_of(k)
                    .map_or(0.0, |t| self.index.en_type_weight(t))
            },
            |k| self.en_best(k, id),
        )
    }

    fn coverage(
        &self,
        toks: &[usize],
        weight: impl Fn(usize) -> f32,
        best: impl Fn(usize) -> f32,
    ) -> f32 {
        let (mut total, mut got) = (0.0, 0.0);
        for &k in toks {
            let w = weight(k);
            total += w;
            if w > 0.0 {
                got += w * best(k);
            }
        }
        if total > 0.0 { got / total } else { 0.0 }
    }
}
