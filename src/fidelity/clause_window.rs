//! Where the other side of a pair renders a clause, and which word
//! matches fall outside that place.
//!
//! A clause of one side's span is rendered, on the other side, between the
//! partners of the translated words around it ([`quote_window`]: only
//! partners inside the other side's quote bound it). [`held_scores`] keeps
//! a word's match score only where its partner lies in that window, or is
//! a reordering inside the other quote that nothing else claims (on the
//! Indonesian side only near the window), or belongs to a clause moved
//! whole; other partners are stray matches (a dropped
//! clause's `that` finding a `bahwa` elsewhere), counted as untranslated.
//!
//! It does not align words ([`super::wordalign`] does), cut spans into
//! clauses, or decide which clauses are omitted or added
//! ([`super::coverage`] does, from the scores held here).

use super::coverage::RUN_MIN_WEIGHT;
use super::wordalign::{Assigned, RUN_MAX_SCORE};

/// Least match score and word weight of a word that, with another like
/// it, carries a clause to where the other side moved it ([`held_scores`]).
const MOVED_MIN_SCORE: f32 = 0.8;
const MOVED_MIN_WORDS: usize = 2;
/// Most places between two neighbouring partners of a clause's words for
/// the words between them to be part of that clause's rendering
/// ([`held_scores`]): a clause renders its words close together, and a
/// repeated word's partner far away is no evidence.
const RENDERING_MAX_GAP: usize = 4;

/// The side whose words [`held_scores`] holds: its compared words, their
/// one-to-one alignment with the other side, and whether a partner far
/// past a clause's window is a stray match.
#[derive(Clone, Copy)]
pub(super) struct HeldSide<'a> {
    pub words: &'a [usize],
    pub assigned: &'a Assigned,
    pub far_is_stray: bool,
}

/// The scores of one side's `words` (aligned one to one by `assigned`,
/// [`super::PairView::en_assigned`] or [`super::PairView::id_assigned`]) as far as the
/// other side still holds each clause where it would render it. A word
/// aligned outside its clause's window (between the partners, inside the
/// other side's quote `other_quote`, of the translated words around the
/// clause: see `quote_window`) is a stray match, counted as untranslated,
/// when its partner lies outside the other quote or is also a match
/// (`score`, this side's token first) of a word of this side left without
/// a partner, or lies between two close partners of another clause (that
/// clause's rendering). On the English side: a dropped
/// clause's words find partners elsewhere in the Indonesian sentences
/// (`that` / `bahwa`) or take the partner of a neighbour (`situation` /
/// the `keadaan` of `circumstances`, `children` / the `bocah` of `boy`),
/// all the more as the lexicon grows; they are not its translation. A
/// partner in the quote that nothing else claims is a reordering
/// (`investigation` / `penyelidikan yang cermat`, the noun first), and a
/// clause with at least [`MOVED_MIN_WORDS`] informative words aligned at
/// least [`MOVED_MIN_SCORE`] outside it was moved whole. On the Indonesian
/// side an added clause's words are held the same way, and with
/// `far_is_stray` a partner more than [`RENDERING_MAX_GAP`] places past
/// the window is a stray match too, reordering or not (`terus` / the
/// `continue` of `and his plans to continue pressuring`, ten words before
/// where the English would render `dan harga beras … terus naik`): a
/// clause reported as added has at least
/// [`super::FidelityParams::clause_min_words`] words, and one of them
/// found far away is no rendering of it. Such far partners carry a clause
/// moved whole only where two lie together (within [`RENDERING_MAX_GAP`]
/// places). The English side keeps single far reorderings: an English
/// clause of three words may be rendered by one word at the other end of
/// the quote (`"moment of miracle" when divers found them` / `penemuan
/// mereka … sebagai "keajaiban"`).
pub(super) fn held_scores(
    side: HeldSide<'_>,
    clauses: &[Vec<usize>],
    other_quote: &[usize],
    weight: impl Fn(usize) -> f32,
    opens_clause: impl Fn(usize) -> bool,
    score: impl Fn(usize, usize) -> f32,
) -> Vec<f32> {
    let HeldSide {
        words,
        assigned,
        far_is_stray,
    } = side;
    let mut held = assigned.got.clone();
    // Both sides' words are in text order: a word's place is found by
    // binary search.
    debug_assert!(words.is_sorted() && other_quote.is_sorted());
    let place = |k: usize| words.binary_search(&k).ok();
    // Words left without a partner.
    let unaligned: Vec<usize> = words
        .iter()
        .zip(&assigned.got)
        .filter(|&(_, &g)| g < RUN_MAX_SCORE)
        .map(|(&k, _)| k)
        .collect();
    let stray = |t: usize| {
        !other_quote.contains(&t) || unaligned.iter().any(|&e| score(e, t) >= RUN_MAX_SCORE)
    };
    // Where each clause is rendered inside the other quote: the places
    // there of the partners of its translated words, in order, the word
    // that opens it left out (a `that` or `agar` pairs with any
    // complementizer).
    let other_place = |t: usize| other_quote.binary_search(&t).ok();
    let rendered: Vec<Vec<usize>> = clauses
        .iter()
        .map(|c| {
            let mut at: Vec<usize> = c
                .iter()
                .filter(|&&k| !opens_clause(k))
                .filter_map(|&k| place(k))
                .filter(|&i| assigned.got[i] >= RUN_MAX_SCORE)
                .filter_map(|i| assigned.partner[i])
                .filter_map(other_place)
                .collect();
            at.sort_unstable();
            at
        })
        .collect();
    // A partner between two partners of another clause that lie close
    // together belongs to that clause's rendering (`membunuh seorang bocah
    // berusia sembilan` renders `killed a nine-year-old boy`: its `bocah`
    // is not the `children` of a dropped `and wounded three other
    // children`).
    let taken = |n: usize, t: usize| {
        let Some(t) = other_place(t) else {
            return false;
        };
        rendered.iter().enumerate().any(|(m, at)| {
            m != n
                && at
                    .windows(2)
                    .any(|w| w[0] < t && t < w[1] && w[1] - w[0] <= RENDERING_MAX_GAP)
        })
    };
    for (n, c) in clauses.iter().enumerate() {
        let (a, b) = quote_window(assigned, words, c, other_quote);
        let place_of = other_place;
        // How many places of the other quote a partner lies past the
        // window (0 inside it, or with no place to measure from).
        let past = |t: usize| match place_of(t) {
            Some(p) if t <= a => place_of(a).map_or(0, |q| q.saturating_sub(p)),
            Some(p) => place_of(b).map_or(0, |q| p.saturating_sub(q)),
            None => 0,
        };
        let far = |t: usize| far_is_stray && past(t) > RENDERING_MAX_GAP;
        let outside: Vec<usize> = c
            .iter()
            .filter_map(|&k| place(k))
            .filter(|&i| {
                assigned.got[i] >= RUN_MAX_SCORE
                    && assigned.partner[i]
                        .is_some_and(|t| !(a < t && t < b) && (stray(t) || taken(n, t) || far(t)))
            })
            .collect();
        let strong =
            |i: usize| assigned.got[i] >= MOVED_MIN_SCORE && weight(words[i]) >= RUN_MIN_WEIGHT;
        // A word that is outside only for lying far carries the clause
        // only together with another: partners within
        // RENDERING_MAX_GAP places of each other.
        let together = |i: usize| {
            let at = |i: usize| assigned.partner[i].and_then(place_of);
            outside.iter().any(|&j| {
                j != i
                    && strong(j)
                    && at(i)
                        .zip(at(j))
                        .is_some_and(|(x, y)| x.abs_diff(y) <= RENDERING_MAX_GAP)
            })
        };
        let far_only = |i: usize| assigned.partner[i].is_some_and(|t| !(stray(t) || taken(n, t)));
        let moved = outside
            .iter()
            .filter(|&&i| strong(i) && (!far_only(i) || together(i)))
            .count();
        if moved < MOVED_MIN_WORDS {
            for i in outside {
                held[i] = 0.0;
            }
        }
    }
    held
}

/// [`Assigned::window`] with only the partners inside the other side's
/// quote (`other_quote`) as bounds: a word matched outside the quote (a
/// `dan` of the sentence around it) does not show where the quote renders
/// the clause.
pub(super) fn quote_window(
    assigned: &Assigned,
    words: &[usize],
    clause: &[usize],
    other_quote: &[usize],
) -> (usize, usize) {
    let at = |k: Option<&usize>| k.and_then(|k| words.iter().position(|w| w == k));
    let (Some(first), Some(last)) = (at(clause.first()), at(clause.last())) else {
        return (0, usize::MAX);
    };
    let bound = |i: usize| {
        assigned.partner[i].filter(|t| assigned.got[i] >= RUN_MAX_SCORE && other_quote.contains(t))
    };
    let before = (0..first).rev().find_map(bound);
    let after = (last + 1..words.len()).find_map(bound);
    match (before, after) {
        (Some(a), Some(b)) => (a.min(b), a.max(b)),
        (Some(a), None) => (a, usize::MAX),
        (None, Some(b)) => (0, b),
        (None, None) => (0, usize::MAX),
    }
}
