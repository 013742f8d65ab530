//! The dynamic program of the sentence alignment, over the cells of a
//! [`Window`]: beads 1-1, 1-0, 0-1, 1-2, 2-1 and 2-2, each two-sided bead
//! scored by its word coverage in both directions minus a threshold, a
//! merge cost and a length prior.
//!
//! It keeps two rows of running scores, one back-pointer byte per cell of
//! the window, and the per-word match scores of the sentence pairs of the
//! last two Indonesian sentences only, so time and memory grow with the
//! number of cells of the window, never with the product of the two
//! articles' lengths. It knows nothing of how the window was chosen.

use std::ops::Range;

use super::Side;
use super::window::Window;
use crate::wordmatch::similarity::PairIndex;

/// Costs of one search (see [`super::SentenceParams`]).
pub(crate) struct Costs {
    pub min_similarity: f32,
    pub merge_cost: f32,
    pub length_weight: f32,
    /// Indonesian characters per English character over the whole pair.
    pub ratio: f32,
}

/// The match scores of the words of one Indonesian sentence `r` against
/// each English sentence it may pair with, and of those English sentences'
/// words against `r`, computed for all partners when the row is first
/// asked for (a sentence pair is scored in several bead shapes); and the
/// weighted sums of the first sentence a bead covers ([`Sums`]), which
/// several beads share too, computed on first use.
struct PartnerScores {
    r: usize,
    partners: Range<usize>,
    /// Per partner: where its two score lists start (`u32::MAX` past the
    /// last English sentence).
    start: Vec<(u32, u32)>,
    scores: Vec<f32>,
    /// Per partner: its [`Sums`] in the four shapes of [`SumsOf`].
    sums: Vec<[Sums; 4]>,
}

/// The running sums of a coverage, (weights, weighted scores), after the
/// words of one sentence; NaN until computed.
type Sums = (f32, f32);
const NO_SUMS: Sums = (f32::NAN, f32::NAN);

/// Which sums of a partner slot of sentence `r`'s row: `r`'s words against
/// the partner alone or against it and the next English sentence; the
/// partner's words against `r` alone or against `r - 1` and `r`.
#[derive(Clone, Copy)]
enum SumsOf {
    IdOne = 0,
    IdTwo = 1,
    EnOne = 2,
    EnTwo = 3,
}

impl PartnerScores {
    fn empty() -> PartnerScores {
        PartnerScores {
            r: usize::MAX,
            partners: 0..0,
            start: Vec::new(),
            scores: Vec::new(),
            sums: Vec::new(),
        }
    }

    fn reset(&mut self, r: usize, partners: Range<usize>) {
        self.r = r;
        self.start.clear();
        self.start.resize(partners.len(), (u32::MAX, u32::MAX));
        self.sums.clear();
        self.sums.resize(partners.len(), [NO_SUMS; 4]);
        self.partners = partners;
        self.scores.clear();
    }
}

/// `sums` continued over the words of one sentence, of weights `weights`
/// and scores `first` (against one other sentence) or the larger of
/// `first` and `second` (against two).
fn add_sentence(weights: &[f32], first: &[f32], second: Option<&[f32]>, sums: Sums) -> Sums {
    let (mut total, mut got) = sums;
    match second {
        None => {
            for (&w, &s) in weights.iter().zip(first) {
                total += w;
                got += w * s;
            }
        }
        Some(second) => {
            for ((&w, &s), &t) in weights.iter().zip(first).zip(second) {
                total += w;
                got += w * s.max(t);
            }
        }
    }
    (total, got)
}

/// Where each English word type occurs: (sentence, position in the
/// sentence's words), by sentence, for every type.
struct Occurrences {
    /// `at[start[u]..start[u + 1]]` are the places of type `u`.
    start: Vec<u32>,
    at: Vec<(u32, u32)>,
}

impl Occurrences {
    fn new(side: &Side, types: usize) -> Occurrences {
        let mut start = vec![0u32; types + 1];
        for seg in &side.segments {
            for &u in &seg.types {
                start[u as usize + 1] += 1;
            }
        }
        for u in 0..types {
            start[u + 1] += start[u];
        }
        let mut next = start.clone();
        let mut at = vec![(0, 0); start[types] as usize];
        for (j, seg) in side.segments.iter().enumerate() {
            for (y, &u) in seg.types.iter().enumerate() {
                let slot = &mut next[u as usize];
                at[*slot as usize] = (j as u32, y as u32);
                *slot += 1;
            }
        }
        Occurrences { start, at }
    }

    /// The places of type `u` in the sentences `within`.
    fn of(&self, u: u32, within: &Range<usize>) -> &[(u32, u32)] {
        let all = &self.at[self.start[u as usize] as usize..self.start[u as usize + 1] as usize];
        let lo = all.partition_point(|&(j, _)| (j as usize) < within.start);
        let hi = lo + all[lo..].partition_point(|&(j, _)| (j as usize) < within.end);
        &all[lo..hi]
    }
}

/// Scores beads, keeping the per-word scores of the last two Indonesian sentences.
struct BeadScorer<'a> {
    ids: &'a Side,
    ens: &'a Side,
    index: &'a PairIndex,
    window: &'a Window,
    en_places: Occurrences,
    rows: [PartnerScores; 2],
}

impl BeadScorer<'_> {
    /// Where the scores of the pair (Indonesian `i`, English `j`) start:
    /// (Indonesian words, English words).
    fn pair(&mut self, i: usize, j: usize) -> (usize, usize) {
        if self.rows[i % 2].r != i {
            self.fill_row(i);
        }
        let row = &self.rows[i % 2];
        let (x, y) = row.start[j - row.partners.start];
        (x as usize, y as usize)
    }

    /// Scores every word of Indonesian sentence `i` against each English
    /// sentence it may pair with, and those sentences' words against `i`:
    /// a word's score against a sentence is its best match there, and
    /// the matches are symmetric (the English lists are the Indonesian
    /// ones turned round), so one pass over the matches of `i`'s words,
    /// each taken to the places of its English word among the partners,
    /// fills both sides, instead of one pass over both sentences' matches
    /// per sentence pair.
    fn fill_row(&mut self, i: usize) {
        let partners = self.window.partners(i);
        let row = &mut self.rows[i % 2];
        row.reset(i, partners.clone());
        let within = partners.start..partners.end.min(self.ens.segments.len());
        let a = &self.ids.segments[i];
        for j in within.clone() {
            let id_at = row.scores.len();
            let en_at = id_at + a.types.len();
            row.scores
                .resize(en_at + self.ens.segments[j].types.len(), 0.0);
            row.start[j - partners.start] = (id_at as u32, en_at as u32);
        }
        for (x, &t) in a.types.iter().enumerate() {
            for m in &self.index.id_matches[t as usize] {
                for &(j, y) in self.en_places.of(m.other, &within) {
                    let (id_at, en_at) = row.start[j as usize - partners.start];
                    let id = &mut row.scores[id_at as usize + x];
                    *id = id.max(m.score);
                    let en = &mut row.scores[en_at as usize + y as usize];
                    *en = en.max(m.score);
                }
            }
        }
    }

    /// Weighted shares of the words of each side's sentences that match
    /// something in the other side's sentences of the bead (Indonesian
    /// sentences `is`, English sentences `js`, at most two each): the
    /// Indonesian words' share, then the English words'.
    fn coverages(&mut self, is: Range<usize>, js: Range<usize>) -> (f32, f32) {
        // id_lists[x][y]: (row slot, start) of the scores of Indonesian
        // sentence x against English sentence y; en_lists[y][x] the reverse.
        let mut id_lists = [[(0usize, 0usize); 2]; 2];
        let mut en_lists = [[(0usize, 0usize); 2]; 2];
        for (a, i) in is.clone().enumerate() {
            for (b, j) in js.clone().enumerate() {
                let (id_at, en_at) = self.pair(i, j);
                id_lists[a][b] = (i % 2, id_at);
                en_lists[b][a] = (i % 2, en_at);
            }
        }
        // The sums of the first covered sentence start from zero, so they
        // are the same in every bead that shares it and its partners.
        let id_key = if js.len() == 1 {
            (is.start, SumsOf::IdOne)
        } else {
            (is.start, SumsOf::IdTwo)
        };
        let en_key = if is.len() == 1 {
            (is.start, SumsOf::EnOne)
        } else {
            (is.start + 1, SumsOf::EnTwo)
        };
        let cov_id =
            self.side_coverage(self.ids, is.clone(), js.len(), &id_lists, id_key, js.start);
        let cov_en =
            self.side_coverage(self.ens, js.clone(), is.len(), &en_lists, en_key, js.start);
        (cov_id, cov_en)
    }

    /// Weighted share of the words of `side`'s sentences `covered` that
    /// match something in the `others` sentences of the other side, whose
    /// scores `lists` locates; the sums of the first covered sentence are
    /// kept in row `key.0`, slot `key.1`, of English partner `partner`.
    fn side_coverage(
        &mut self,
        side: &Side,
        covered: Range<usize>,
        others: usize,
        lists: &[[(usize, usize); 2]; 2],
        (row, which): (usize, SumsOf),
        partner: usize,
    ) -> f32 {
        fn list(rows: &[PartnerScores; 2], (slot, at): (usize, usize), len: usize) -> &[f32] {
            &rows[slot].scores[at..][..len]
        }
        let sentence = |rows: &[PartnerScores; 2], x: usize, sums: Sums| {
            let weights = &side.weights[covered.start + x];
            let first = list(rows, lists[x][0], weights.len());
            let second = (others == 2).then(|| list(rows, lists[x][1], weights.len()));
            add_sentence(weights, first, second, sums)
        };
        let slot = &self.rows[row % 2];
        let k = partner - slot.partners.start;
        let mut sums = slot.sums[k][which as usize];
        if sums.0.is_nan() {
            sums = sentence(&self.rows, 0, (0.0, 0.0));
            self.rows[row % 2].sums[k][which as usize] = sums;
        }
        if covered.len() == 2 {
            sums = sentence(&self.rows, 1, sums);
        }
        let (total, got) = sums;
        if total > 0.0 { got / total } else { 0.0 }
    }
}

/// The best monotone alignment within `window`, as beads of sentence
/// ranges (Indonesian, English) in order.
pub(crate) fn search(
    ids: &Side,
    ens: &Side,
    index: &PairIndex,
    costs: &Costs,
    window: &Window,
) -> Vec<(Range<usize>, Range<usize>)> {
    let n = window.n();
    let mut scorer = BeadScorer {
        ids,
        ens,
        index,
        window,
        en_places: Occurrences::new(ens, index.en_matches.len()),
        rows: [PartnerScores::empty(), PartnerScores::empty()],
    };
    let mut bead_score = |is: Range<usize>, js: Range<usize>| -> f32 {
        let merged = if is.len() + js.len() > 2 {
            costs.merge_cost
        } else {
            0.0
        };
        let id_len = ids.chars[is.clone()].iter().sum::<usize>() as f32;
        let en_len = ens.chars[js.clone()].iter().sum::<usize>() as f32;
        let (cov_id, cov_en) = scorer.coverages(is, js);
        let sim = PairIndex::harmonic_mean(cov_id, cov_en);
        let lr = (id_len.max(1.0) / (en_len.max(1.0) * costs.ratio))
            .ln()
            .abs();
        sim - costs.min_similarity - merged - costs.length_weight * lr.min(2.0)
    };
    const NEG: f32 = f32::NEG_INFINITY;
    const MOVES: [(usize, usize); 6] = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2)];
    // Running scores of rows i-2, i-1 and i (each over its window row).
    let mut rows: [Vec<f32>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    // The move into each cell: an index into MOVES, or NO_MOVE.
    const NO_MOVE: u8 = u8::MAX;
    let mut back = vec![NO_MOVE; window.cells()];
    for i in 0..=n {
        let cols = window.row(i);
        let mut cur = std::mem::take(&mut rows[i % 3]);
        cur.clear();
        cur.resize(cols.len(), NEG);
        for j in cols.clone() {
            if (i, j) == (0, 0) {
                cur[0] = 0.0;
                continue;
            }
            let mut here = NEG;
            let mut how = NO_MOVE;
            for (k, &(di, dj)) in MOVES.iter().enumerate() {
                if di > i || dj > j {
                    continue;
                }
                let (pi, pj) = (i - di, j - dj);
                let before = if di == 0 {
                    let r = window.row(i);
                    if pj >= r.start {
                        cur[pj - r.start]
                    } else {
                        NEG
                    }
                } else {
                    let r = window.row(pi);
                    if r.contains(&pj) {
                        rows[pi % 3][pj - r.start]
                    } else {
                        NEG
                    }
                };
                if before == NEG {
                    continue;
                }
                let gain = if di == 0 || dj == 0 {
                    0.0
                } else {
                    bead_score(pi..i, pj..j)
                };
                let v = before + gain;
                if v > here {
                    here = v;
                    how = k as u8;
                }
            }
            cur[j - cols.start] = here;
            if let Some(s) = window.slot(i, j) {
                back[s] = how;
            }
        }
        rows[i % 3] = cur;
    }
    let m = window.row(n).end - 1;
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let how = window.slot(i, j).map_or(NO_MOVE, |s| back[s]);
        let (di, dj) = match MOVES.get(how as usize) {
            Some(&d) => d,
            // Unreachable cell: fall back to one-sided beads.
            None if i > 0 => (1, 0),
            None => (0, 1),
        };
        beads.push((i - di..i, j - dj..j));
        i -= di;
        j -= dj;
    }
    beads.reverse();
    beads
}
