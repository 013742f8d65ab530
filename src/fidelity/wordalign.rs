//! One-to-one word alignment of one side's compared words with the other
//! side's sentences ([`assign`]), for the checks that ask which words have
//! a counterpart ([`super::coverage`], [`super::cues`]), and where the
//! other side would render a word that has none ([`Assigned::window`]).
//!
//! A word translates one word, so a clause repeated in the source (`do not
//! want …, and they do not want …`) is not covered twice by one translated
//! clause. Pairs are taken best first; among pairs of nearly the same
//! score, the one nearer the position its neighbours predict wins, so that
//! `children` in `killed a boy and wounded three other children` does not
//! take `bocah` (boy) from `boy` when the Indonesian has dropped the second
//! clause. It reads match scores only; it does not decide what a missing
//! word means.

/// A word whose one-to-one match scores below this is untranslated.
pub const RUN_MAX_SCORE: f32 = 0.5;

/// Least score of an anchor: a pair that is each word's only good match.
const ANCHOR_MIN_SCORE: f32 = 0.8;
/// Another match within this of a word's best makes the best not unique.
const ANCHOR_MARGIN: f32 = 0.1;
/// Score taken off per word of distance from the predicted position, up
/// to [`DISTORTION_MAX`]: enough to order pairs of nearly equal score,
/// never enough to prefer a weak match to a strong one.
const DISTORTION_PER_WORD: f32 = 0.05;
const DISTORTION_MAX: f32 = 0.25;

/// A possible pair: its score, the `from` word's place and the `to` word's.
pub type Candidate = (f32, usize, usize);

/// The one-to-one word alignment of one side's words: each word's score
/// and the token of the other side it is aligned with.
pub struct Assigned {
    pub got: Vec<f32>,
    pub partner: Vec<Option<usize>>,
}

/// Aligns `from` (tokens of one side) with `to` (tokens of the other) one
/// to one, best pairs first, nearly equal pairs by distance from the
/// position their anchors predict; `score(f, t)` is the match score of two
/// tokens.
pub fn assign(from: &[usize], to: &[usize], score: impl Fn(usize, usize) -> f32) -> Assigned {
    assign_by_place(from.len(), to, |a, b| score(from[a], to[b]))
}

/// [`assign`] of `n_from` words with `to`, where `score(a, b)` is the
/// match score of the `a`-th word and the `b`-th of `to` (scores looked up
/// in a table computed beforehand).
pub fn assign_by_place(
    n_from: usize,
    to: &[usize],
    score: impl Fn(usize, usize) -> f32,
) -> Assigned {
    let mut cand: Vec<Candidate> = Vec::new();
    for a in 0..n_from {
        for b in 0..to.len() {
            let s = score(a, b);
            if s > 0.0 {
                cand.push((s, a, b));
            }
        }
    }
    assign_candidates(n_from, to, cand)
}

/// [`assign_by_place`] from its candidates: the pairs of `n_from` words
/// with `to` that score above 0, in order of the `from` word's place, then
/// of the `to` word's (a caller that scores the pairs itself builds them
/// without a table of every score).
pub fn assign_candidates(n_from: usize, to: &[usize], cand: Vec<Candidate>) -> Assigned {
    let anchors = anchors(&cand, n_from, to.len());
    let adjusted = |&(s, a, b): &Candidate| -> (f32, usize) {
        match predicted(&anchors, a) {
            Some(p) => {
                let d = (b as f32 - p).abs();
                (
                    s - (d * DISTORTION_PER_WORD).min(DISTORTION_MAX),
                    d as usize,
                )
            }
            None => (s, 0),
        }
    };
    // Each candidate keyed by its score adjusted for distance and the
    // distance itself.
    let mut keyed: Vec<((f32, usize), Candidate)> =
        cand.iter().map(|c| (adjusted(c), *c)).collect();
    keyed.sort_by(|x, y| {
        y.0.0
            .total_cmp(&x.0.0)
            .then(x.0.1.cmp(&y.0.1))
            .then(x.1.1.cmp(&y.1.1))
            .then(x.1.2.cmp(&y.1.2))
    });
    let mut got = vec![0.0; n_from];
    let mut partner = vec![None; n_from];
    let mut used_from = vec![false; n_from];
    let mut used_to = vec![false; to.len()];
    for (_, (s, a, b)) in keyed {
        if !used_from[a] && !used_to[b] {
            used_from[a] = true;
            used_to[b] = true;
            got[a] = s;
            partner[a] = Some(to[b]);
        }
    }
    Assigned { got, partner }
}

/// Pairs `(a, b)` that are each word's only good match (score at least
/// [`ANCHOR_MIN_SCORE`], no other match of either word within
/// [`ANCHOR_MARGIN`]), in order of `a`, kept only while `b` increases.
fn anchors(cand: &[Candidate], n_from: usize, n_to: usize) -> Vec<(usize, usize)> {
    // Per word: best score, its partner, and whether the best is unique.
    let mut best_from = vec![(0.0f32, 0usize, true); n_from];
    let mut best_to = vec![(0.0f32, 0usize, true); n_to];
    let note = |slot: &mut (f32, usize, bool), s: f32, other: usize| {
        if s > slot.0 {
            slot.2 = slot.0 < s - ANCHOR_MARGIN;
            *slot = (s, other, slot.2);
        } else if s >= slot.0 - ANCHOR_MARGIN {
            slot.2 = false;
        }
    };
    for &(s, a, b) in cand {
        note(&mut best_from[a], s, b);
        note(&mut best_to[b], s, a);
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (a, &(s, b, unique)) in best_from.iter().enumerate() {
        let back = best_to[b];
        if s >= ANCHOR_MIN_SCORE && unique && back.2 && back.1 == a {
            // Crossing anchors are dropped: the order is what they predict.
            if out.last().is_none_or(|&(_, pb)| pb < b) {
                out.push((a, b));
            }
        }
    }
    out
}

/// The position in `to` that the anchors around `a` predict: between the
/// anchors before and after it, or one word on from the nearest.
fn predicted(anchors: &[(usize, usize)], a: usize) -> Option<f32> {
    let after = anchors.partition_point(|&(x, _)| x < a);
    let before = after.checked_sub(1).map(|i| anchors[i]);
    let next = anchors.get(after).copied();
    match (before, next) {
        (Some((a1, b1)), Some((a2, b2))) if a2 > a1 => {
            Some(b1 as f32 + (a - a1) as f32 * (b2 as f32 - b1 as f32) / (a2 - a1) as f32)
        }
        (Some((a1, b1)), _) => Some(b1 as f32 + (a - a1) as f32),
        (None, Some((a2, b2))) => Some(b2 as f32 - (a2 - a) as f32),
        (None, None) => None,
    }
}

impl Assigned {
    /// The tokens of the other side between the partners of the nearest
    /// translated words before and after `clause` (tokens of `words`), a
    /// bound left open where there is none: where the other side would say
    /// what the clause says.
    pub fn window(&self, words: &[usize], clause: &[usize]) -> (usize, usize) {
        let (Some(first), Some(last)) = (
            clause
                .first()
                .and_then(|k| words.iter().position(|w| w == k)),
            clause
                .last()
                .and_then(|k| words.iter().position(|w| w == k)),
        ) else {
            return (0, usize::MAX);
        };
        let translated = |i: &usize| self.got[*i] >= RUN_MAX_SCORE;
        let before = (0..first)
            .rev()
            .find(translated)
            .and_then(|i| self.partner[i]);
        let after = (last + 1..words.len())
            .find(translated)
            .and_then(|i| self.partner[i]);
        match (before, after) {
            (Some(a), Some(b)) => (a.min(b), a.max(b)),
            (Some(a), None) => (a, usize::MAX),
            (None, Some(b)) => (0, b),
            (None, None) => (0, usize::MAX),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_decide_between_equal_matches() {
        // from: killed boy and wounded children; to: membunuh bocah.
        // `boy` and `children` both match `bocah` (1) equally; `killed`
        // anchors `membunuh` (0), so `bocah` goes to `boy`, right after it.
        let from = [10, 11, 12, 13, 14];
        let to = [0, 1];
        let score = |f: usize, t: usize| match (f, t) {
            (10, 0) => 1.0,
            (11, 1) | (14, 1) => 0.9,
            _ => 0.0,
        };
        let a = assign(&from, &to, score);
        assert_eq!(a.partner[1], Some(1), "boy takes bocah");
        assert_eq!(a.partner[4], None, "children is left without");
        // Without the anchor, the earlier word wins a tie.
        let b = assign(&from[1..], &to[1..], score);
        assert_eq!(b.partner[0], Some(1));
    }

    #[test]
    fn a_strong_match_beats_a_near_one() {
        let from = [10, 11];
        let to = [0, 1, 2, 3, 4, 5, 6, 7];
        // 10 anchors 0; 11 matches 1 weakly and 7 strongly.
        let score = |f: usize, t: usize| match (f, t) {
            (10, 0) => 1.0,
            (11, 1) => 0.5,
            (11, 7) => 1.0,
            _ => 0.0,
        };
        let a = assign(&from, &to, score);
        assert_eq!(a.partner[1], Some(7));
    }
}
