//! Which English spans each Indonesian quote is scored against, and which
//! spans are already claimed.
//!
//! An article of ordinary length scores every quote against every
//! candidate (its English quotes and sentences). A long one would make
//! that the product of two lengths, so [`CandidateIndex`] then keeps, for
//! each quote, the candidates that share a word match with it through the
//! words that occur in few candidates (a word found everywhere tells
//! nothing about where a quote went), and the candidates of the sentence
//! beads around the quote's own. Scores are computed elsewhere; this module
//! only chooses whom to score, and [`SpanSet`] answers "does this span
//! overlap a claimed one" in logarithmic time.

use std::collections::{BTreeMap, BTreeSet};

use crate::text::NormSpan;
use crate::wordmatch::similarity::{PairIndex, Segment};

/// Quote × candidate pairs below which every pair is scored (the dev
/// pairs reach about 2,000; a 100 KB pair about 300,000).
pub const MAX_ALL_PAIRS: usize = 250_000;

/// A word found in more candidates than this does not propose candidates
/// (it still counts in their scores).
const MAX_POSTINGS: usize = 64;

/// Beads on each side of a quote's own whose candidates are always scored.
const NEAR_BEADS: usize = 3;

/// For each English word type, the candidates that hold it.
pub struct CandidateIndex {
    all: Option<usize>,
    postings: Vec<Vec<u32>>,
    /// Candidates of each English sentence (its quotes and itself).
    by_sentence: Vec<Vec<u32>>,
}

impl CandidateIndex {
    /// `cand_types[c]` and `cand_sentence[c]`: the words and sentence of
    /// candidate `c`; `quotes`: how many quotes will ask.
    pub fn new(
        cand_types: &[Segment],
        cand_sentence: &[usize],
        sentences: usize,
        en_types: usize,
        quotes: usize,
    ) -> CandidateIndex {
        let n = cand_types.len();
        if quotes.saturating_mul(n) <= MAX_ALL_PAIRS {
            return CandidateIndex {
                all: Some(n),
                postings: Vec::new(),
                by_sentence: Vec::new(),
            };
        }
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); en_types];
        for (c, seg) in cand_types.iter().enumerate() {
            for &t in &seg.types {
                let list = &mut postings[t as usize];
                if list.last() != Some(&(c as u32)) {
                    list.push(c as u32);
                }
            }
        }
        let mut by_sentence: Vec<Vec<u32>> = vec![Vec::new(); sentences];
        for (c, &s) in cand_sentence.iter().enumerate() {
            if let Some(list) = by_sentence.get_mut(s) {
                list.push(c as u32);
            }
        }
        CandidateIndex {
            all: None,
            postings,
            by_sentence,
        }
    }

    /// The candidates to score for a quote of words `quote`, whose
    /// sentence lies in bead `bead` of `bead_en` (each bead's English
    /// sentences), in increasing order. `seen` is scratch space of one
    /// flag per candidate, all false on entry and on return.
    pub fn of(
        &self,
        index: &PairIndex,
        quote: &Segment,
        bead: Option<usize>,
        bead_en: &[Vec<usize>],
        seen: &mut Vec<bool>,
    ) -> Vec<usize> {
        if let Some(n) = self.all {
            return (0..n).collect();
        }
        let mut out: Vec<usize> = Vec::new();
        let mut add = |c: u32, seen: &mut Vec<bool>| {
            if !seen[c as usize] {
                seen[c as usize] = true;
                out.push(c as usize);
            }
        };
        for &t in &quote.types {
            for m in index.id_word_matches(t) {
                let list = &self.postings[m.other as usize];
                if list.len() <= MAX_POSTINGS {
                    for &c in list {
                        add(c, seen);
                    }
                }
            }
        }
        if let Some(b) = bead {
            let near = b.saturating_sub(NEAR_BEADS)..(b + NEAR_BEADS + 1).min(bead_en.len());
            for s in bead_en[near].iter().flatten() {
                for &c in &self.by_sentence[*s] {
                    add(c, seen);
                }
            }
        }
        for &c in &out {
            seen[c] = false;
        }
        out.sort_unstable();
        out
    }
}

/// Spans claimed so far, no two overlapping ([`NormSpan::overlaps`]):
/// the non-empty ones by start, the empty ones by position.
#[derive(Default)]
pub struct SpanSet {
    by_start: BTreeMap<usize, usize>,
    empty: BTreeSet<usize>,
}

impl SpanSet {
    /// Whether `span` overlaps a claimed span ([`NormSpan::overlaps`]).
    pub fn overlaps(&self, span: NormSpan) -> bool {
        // Non-overlapping non-empty spans sorted by start also end in
        // order, so the last one starting before `span` ends is the only
        // one to check. An empty span at `p` overlaps `span` when `p` lies
        // strictly inside it.
        self.by_start
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > span.start)
            || (span.start < span.end
                && self.empty.range(span.start + 1..span.end).next().is_some())
    }

    /// Claims `span`, which overlaps no claimed span.
    pub fn insert(&mut self, span: NormSpan) {
        if span.is_empty() {
            self.empty.insert(span.start);
        } else {
            self.by_start.insert(span.start, span.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_set_agrees_with_a_scan() {
        let claimed = [
            NormSpan::new(10, 20),
            NormSpan::new(22, 22),
            NormSpan::new(25, 26),
            NormSpan::new(40, 90),
        ];
        let mut set = SpanSet::default();
        for s in claimed {
            set.insert(s);
        }
        for a in 0..100usize {
            for b in a.saturating_sub(1)..100 {
                let q = NormSpan::new(a, b);
                let scan = claimed.iter().any(|c| c.overlaps(q));
                assert_eq!(set.overlaps(q), scan, "{a}..{b}");
            }
        }
    }
}
