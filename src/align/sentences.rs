//! Sentence alignment: a monotone dynamic program over beads 1-1, 1-2, 2-1,
//! 2-2, 1-0 and 0-1, scored with [`PairIndex::similarity`] and a length
//! prior fitted to the pair (the ratio of the two articles' lengths).
//!
//! A bead earns its similarity minus a threshold, so a pair of unrelated
//! sentences is cheaper left as 1-0 + 0-1; a merge pays a little more. The
//! search stays inside a band around the diagonal, so long articles cost
//! near-linear time. Every merge is re-tested afterwards: a sentence of a
//! merged bead that adds nothing to it is split out as one-sided, so a
//! dropped sentence shows as dropped.

use std::ops::Range;

use super::similarity::{PairIndex, Segment, WordMatch};
use crate::text::Document;

/// One bead: Indonesian sentences and English sentences (either may be empty).
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    pub id: Vec<usize>,
    pub en: Vec<usize>,
    pub score: f32,
}

impl Bead {
    pub fn label(&self) -> String {
        format!("{}-{}", self.id.len(), self.en.len())
    }
}

/// Tunable costs of the sentence alignment.
#[derive(Debug, Clone, Copy)]
pub struct SentenceParams {
    /// A bead must be more similar than this to beat leaving both sides out.
    pub min_similarity: f32,
    /// Extra cost of a merged bead (1-2, 2-1, 2-2).
    pub merge_cost: f32,
    /// Weight of the length prior (|log length ratio| against the pair's ratio).
    pub length_weight: f32,
    /// A sentence of a merged bead is split out when it covers less than this.
    pub merge_retest: f32,
    /// Half-width of the search band, in sentences, at least.
    pub min_band: usize,
}

impl Default for SentenceParams {
    fn default() -> Self {
        SentenceParams {
            min_similarity: 0.12,
            merge_cost: 0.04,
            length_weight: 0.08,
            merge_retest: 0.12,
            min_band: 12,
        }
    }
}

/// Word types and lengths of one side's sentences, computed once.
struct Side {
    segments: Vec<Segment>,
    /// The weight of each word of each sentence (as `segments[i].types`).
    weights: Vec<Vec<f32>>,
    chars: Vec<usize>,
}

impl Side {
    fn new(
        doc: &Document,
        types: impl Fn(std::ops::Range<usize>) -> Vec<u32>,
        weight: &[f32],
    ) -> Side {
        let segments: Vec<Segment> = doc
            .sentences
            .iter()
            .map(|s| Segment::new(types(s.tokens.clone())))
            .collect();
        Side {
            weights: segments
                .iter()
                .map(|s| s.types.iter().map(|&t| weight[t as usize]).collect())
                .collect(),
            segments,
            chars: doc
                .sentences
                .iter()
                .map(|s| doc.slice(s.span).chars().count())
                .collect(),
        }
    }
    /// The segments of several sentences.
    fn parts(&self, idx: &[usize]) -> Vec<&Segment> {
        idx.iter().map(|&i| &self.segments[i]).collect()
    }
}

/// For sentences of one side against sentences of the other, the best
/// match score of each word of the first with any word of the second,
/// computed on first use: the dynamic program scores every sentence pair in
/// its band several times (once per bead shape), and a bead's coverage is
/// then a walk over its words taking the maximum over its other sentences,
/// the same value [`PairIndex::segment_coverages`] gives.
struct BestTable {
    others: usize,
    /// Where the scores of sentence pair (i, j) start in `scores`, or `u32::MAX`.
    start: Vec<u32>,
    scores: Vec<f32>,
}

impl BestTable {
    fn new(sentences: usize, others: usize) -> BestTable {
        BestTable {
            others,
            start: vec![u32::MAX; sentences * others],
            scores: Vec::new(),
        }
    }

    /// Start of the scores of sentence `i` of `a` against sentence `j` of `b`.
    fn get(&mut self, a: &Side, i: usize, b: &Side, j: usize, matches: &[Vec<WordMatch>]) -> usize {
        let slot = i * self.others + j;
        if self.start[slot] == u32::MAX {
            self.start[slot] = self.scores.len() as u32;
            let other = &b.segments[j];
            self.scores.extend(a.segments[i].types.iter().map(|&t| {
                matches[t as usize]
                    .iter()
                    .filter(|m| other.contains(m.other))
                    .map(|m| m.score)
                    .fold(0.0f32, f32::max)
            }));
        }
        self.start[slot] as usize
    }

    /// Weighted share of the words of sentences `is` of `a` that match
    /// something in sentences `js` of `b` (at most two of each).
    fn coverage(
        &mut self,
        a: &Side,
        is: Range<usize>,
        b: &Side,
        js: Range<usize>,
        matches: &[Vec<WordMatch>],
    ) -> f32 {
        let mut starts = [[0usize; 2]; 2];
        for (x, i) in is.clone().enumerate() {
            for (y, j) in js.clone().enumerate() {
                starts[x][y] = self.get(a, i, b, j, matches);
            }
        }
        // Scores are never negative, so the maximum over the other
        // sentences, started at 0, is the larger of the (one or two) scores.
        let mut total = 0.0;
        let mut got = 0.0;
        for (x, i) in is.enumerate() {
            let weights = &a.weights[i];
            let first = &self.scores[starts[x][0]..][..weights.len()];
            if js.len() == 1 {
                for (&w, &s) in weights.iter().zip(first) {
                    total += w;
                    got += w * s;
                }
            } else {
                let second = &self.scores[starts[x][1]..][..weights.len()];
                for ((&w, &s), &t) in weights.iter().zip(first).zip(second) {
                    total += w;
                    got += w * s.max(t);
                }
            }
        }
        if total > 0.0 { got / total } else { 0.0 }
    }
}

/// Aligns the sentences of two articles.
pub fn align_sentences(
    id: &Document,
    en: &Document,
    index: &PairIndex,
    p: &SentenceParams,
) -> Vec<Bead> {
    let n = id.sentences.len();
    let m = en.sentences.len();
    let ids = Side::new(id, |r| index.id_types(r), &index.id_weight);
    let ens = Side::new(en, |r| index.en_types(r), &index.en_weight);
    let ratio = {
        let a = (ids.chars.iter().sum::<usize>() as f32).max(1.0);
        let b = (ens.chars.iter().sum::<usize>() as f32).max(1.0);
        a / b
    };
    let band = p.min_band.max(n.abs_diff(m) + p.min_band / 2);
    let in_band = |i: usize, j: usize| {
        let diag = if n == 0 {
            0.0
        } else {
            i as f32 * m as f32 / n as f32
        };
        (j as f32 - diag).abs() <= band as f32
    };
    let mut id_best = BestTable::new(n, m);
    let mut en_best = BestTable::new(m, n);
    // Score of the bead of Indonesian sentences `is` and English sentences `js`.
    let mut bead_score = |is: Range<usize>, js: Range<usize>| -> f32 {
        let merged = if is.len() + js.len() > 2 {
            p.merge_cost
        } else {
            0.0
        };
        let id_len = ids.chars[is.clone()].iter().sum::<usize>() as f32;
        let en_len = ens.chars[js.clone()].iter().sum::<usize>() as f32;
        let cov_id = id_best.coverage(&ids, is.clone(), &ens, js.clone(), &index.id_matches);
        let cov_en = en_best.coverage(&ens, js, &ids, is, &index.en_matches);
        let sim = PairIndex::harmonic_mean(cov_id, cov_en);
        let lr = (id_len.max(1.0) / (en_len.max(1.0) * ratio)).ln().abs();
        sim - p.min_similarity - merged - p.length_weight * lr.min(2.0)
    };
    const NEG: f32 = f32::NEG_INFINITY;
    let mut best = vec![vec![NEG; m + 1]; n + 1];
    let mut back = vec![vec![(0u8, 0u8); m + 1]; n + 1];
    best[0][0] = 0.0;
    let moves: [(u8, u8); 6] = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2)];
    for i in 0..=n {
        for j in 0..=m {
            if (i, j) == (0, 0) || !in_band(i, j) {
                continue;
            }
            let mut here = NEG;
            let mut how = (0, 0);
            for &(di, dj) in &moves {
                let (di_, dj_) = (di as usize, dj as usize);
                if di_ > i || dj_ > j || best[i - di_][j - dj_] == NEG {
                    continue;
                }
                let gain = if di == 0 || dj == 0 {
                    0.0
                } else {
                    bead_score(i - di_..i, j - dj_..j)
                };
                let v = best[i - di_][j - dj_] + gain;
                if v > here {
                    here = v;
                    how = (di, dj);
                }
            }
            best[i][j] = here;
            back[i][j] = how;
        }
    }
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (di, dj) = back[i][j];
        if (di, dj) == (0, 0) {
            // Outside the band (cannot happen with a band wider than the shift); fall back to one-sided.
            if i > 0 {
                i -= 1;
                beads.push(Bead {
                    id: vec![i],
                    en: vec![],
                    score: 0.0,
                });
            } else {
                j -= 1;
                beads.push(Bead {
                    id: vec![],
                    en: vec![j],
                    score: 0.0,
                });
            }
            continue;
        }
        let is: Vec<usize> = (i - di as usize..i).collect();
        let js: Vec<usize> = (j - dj as usize..j).collect();
        let score = if is.is_empty() || js.is_empty() {
            0.0
        } else {
            index.segment_similarity(&ids.parts(&is), &ens.parts(&js))
        };
        beads.push(Bead {
            id: is,
            en: js,
            score,
        });
        i -= di as usize;
        j -= dj as usize;
    }
    beads.reverse();
    retest_merges(beads, &ids, &ens, index, p)
}

/// Splits out of merged beads the sentences that the other side does not cover.
fn retest_merges(
    beads: Vec<Bead>,
    ids: &Side,
    ens: &Side,
    index: &PairIndex,
    p: &SentenceParams,
) -> Vec<Bead> {
    let mut out = Vec::with_capacity(beads.len());
    for b in beads {
        if b.id.len() + b.en.len() <= 2 || b.id.is_empty() || b.en.is_empty() {
            out.push(b);
            continue;
        }
        let all_id = ids.parts(&b.id);
        let all_en = ens.parts(&b.en);
        let keep_id: Vec<usize> = b
            .id
            .iter()
            .copied()
            .filter(|&x| index.segment_coverages(&[&ids.segments[x]], &all_en).0 >= p.merge_retest)
            .collect();
        let keep_en: Vec<usize> = b
            .en
            .iter()
            .copied()
            .filter(|&x| index.segment_coverages(&all_id, &[&ens.segments[x]]).1 >= p.merge_retest)
            .collect();
        if keep_id.is_empty()
            || keep_en.is_empty()
            || (keep_id.len() == b.id.len() && keep_en.len() == b.en.len())
        {
            out.push(b);
            continue;
        }
        let mut parts = vec![Bead {
            score: index.segment_similarity(&ids.parts(&keep_id), &ens.parts(&keep_en)),
            id: keep_id.clone(),
            en: keep_en.clone(),
        }];
        parts.extend(b.id.iter().filter(|x| !keep_id.contains(x)).map(|&x| Bead {
            id: vec![x],
            en: vec![],
            score: 0.0,
        }));
        parts.extend(b.en.iter().filter(|x| !keep_en.contains(x)).map(|&x| Bead {
            id: vec![],
            en: vec![x],
            score: 0.0,
        }));
        parts.sort_by_key(|q| {
            (
                q.id.first().copied().unwrap_or(usize::MAX),
                q.en.first().copied().unwrap_or(usize::MAX),
            )
        });
        out.extend(parts);
    }
    out
}
