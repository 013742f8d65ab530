//! The cells a sentence-alignment search visits: for each row `i` (the
//! Indonesian sentences before it), one contiguous range of columns `j`
//! (the English sentences before it). A [`Window`] is either a band around
//! the diagonal (the whole search on an article of ordinary length) or a
//! band around a path projected from a coarser alignment (a long article).
//!
//! It only says which cells exist and where each row's cells sit in a flat
//! array; it scores nothing. Rows are monotone: neither end of a row's
//! range moves left from one row to the next, and consecutive rows
//! overlap, so every cell is reachable from (0, 0) and reaches (n, m).

use std::ops::Range;

/// Per row `i` in `0..=n`, the columns `lo[i]..=hi[i]`, and where row `i`
/// starts in a flat array of cells.
#[derive(Debug, Clone)]
pub(crate) struct Window {
    lo: Vec<usize>,
    hi: Vec<usize>,
    start: Vec<usize>,
}

impl Window {
    fn from_ranges(lo: Vec<usize>, hi: Vec<usize>) -> Window {
        let mut start = Vec::with_capacity(lo.len() + 1);
        let mut at = 0;
        for (l, h) in lo.iter().zip(&hi) {
            start.push(at);
            at += h + 1 - l;
        }
        start.push(at);
        Window { lo, hi, start }
    }

    /// The cells within `band` columns of the diagonal from (0, 0) to
    /// (n, m): `|j - i·m/n| <= band`, computed as the full search always
    /// computed it (in `f32`), so that the beads do not change.
    pub(crate) fn band(n: usize, m: usize, band: usize) -> Window {
        let band_f = band as f32;
        let mut lo = Vec::with_capacity(n + 1);
        let mut hi = Vec::with_capacity(n + 1);
        for i in 0..=n {
            let diag = if n == 0 {
                0.0
            } else {
                i as f32 * m as f32 / n as f32
            };
            let inside = |j: usize| (j as f32 - diag).abs() <= band_f;
            // Start from the nearest column to the diagonal, which is
            // always inside (band >= 1), and widen while inside.
            let mid = (diag.round().max(0.0) as usize).min(m);
            let (mut l, mut h) = (mid, mid);
            let step = band.max(1);
            // Jump close to the edges first, then walk the last steps.
            l = l.saturating_sub(step);
            while !inside(l) {
                l += 1;
            }
            while l > 0 && inside(l - 1) {
                l -= 1;
            }
            h = (h + step).min(m);
            while !inside(h) {
                h -= 1;
            }
            while h < m && inside(h + 1) {
                h += 1;
            }
            lo.push(l);
            hi.push(h);
        }
        Window::from_ranges(lo, hi)
    }

    /// The cells around a coarse alignment projected onto the fine grid:
    /// each coarse bead (block ranges of both sides) covers the fine rows
    /// of its Indonesian blocks and the columns of its English blocks,
    /// widened by `margin` columns on each side. `id_bounds[b]` is the
    /// first fine row of block `b` (the last entry: the number of rows),
    /// `en_bounds` the same for columns.
    pub(crate) fn around(
        coarse: &[(Range<usize>, Range<usize>)],
        id_bounds: &[usize],
        en_bounds: &[usize],
        margin: usize,
    ) -> Window {
        let n = id_bounds.last().copied().unwrap_or(0);
        let m = en_bounds.last().copied().unwrap_or(0);
        let fine = |bounds: &[usize], b: usize, last: usize| bounds.get(b).copied().unwrap_or(last);
        let mut lo = vec![usize::MAX; n + 1];
        let mut hi = vec![0usize; n + 1];
        for (ci, cj) in coarse {
            let (a, b) = (fine(id_bounds, ci.start, n), fine(id_bounds, ci.end, n));
            let (c, d) = (fine(en_bounds, cj.start, m), fine(en_bounds, cj.end, m));
            for i in a..=b {
                lo[i] = lo[i].min(c.saturating_sub(margin));
                hi[i] = hi[i].max((d + margin).min(m));
            }
        }
        // Rows no bead reached (none when the coarse beads tile both sides)
        // take the whole width, and both ends are made monotone.
        for i in 0..=n {
            if lo[i] > hi[i] {
                lo[i] = 0;
                hi[i] = m;
            }
        }
        lo[0] = 0;
        hi[n] = m;
        for i in (0..n).rev() {
            lo[i] = lo[i].min(lo[i + 1]);
        }
        for i in 1..=n {
            hi[i] = hi[i].max(hi[i - 1]);
        }
        Window::from_ranges(lo, hi)
    }

    /// The number of rows minus one (Indonesian sentences).
    pub(crate) fn n(&self) -> usize {
        self.lo.len() - 1
    }

    /// The columns of row `i`.
    pub(crate) fn row(&self, i: usize) -> Range<usize> {
        self.lo[i]..self.hi[i] + 1
    }

    /// Every cell.
    pub(crate) fn cells(&self) -> usize {
        self.start[self.lo.len()]
    }

    /// Where cell (i, j) sits in a flat array of cells, if it is inside.
    pub(crate) fn slot(&self, i: usize, j: usize) -> Option<usize> {
        (i < self.lo.len() && self.lo[i] <= j && j <= self.hi[i])
            .then(|| self.start[i] + j - self.lo[i])
    }

    /// The English sentences a bead ending in row `r + 1` or `r + 2` can
    /// pair with Indonesian sentence `r` (a bead ending at column `j` holds
    /// English sentences `j-2` and `j-1` at most).
    pub(crate) fn partners(&self, r: usize) -> Range<usize> {
        let last = (r + 2).min(self.n());
        let lo = self.lo[r + 1..=last].iter().min().copied().unwrap_or(0);
        let hi = self.hi[r + 1..=last].iter().max().copied().unwrap_or(0);
        lo.saturating_sub(2)..hi
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The band is exactly the cells the original test admitted.
    #[test]
    fn band_matches_the_cell_test() {
        for (n, m, band) in [
            (0, 0, 12),
            (0, 5, 12),
            (7, 0, 12),
            (30, 45, 27),
            (200, 90, 12),
        ] {
            let w = Window::band(n, m, band);
            let mut count = 0;
            for i in 0..=n {
                let diag = if n == 0 {
                    0.0
                } else {
                    i as f32 * m as f32 / n as f32
                };
                for j in 0..=m {
                    let inside = (j as f32 - diag).abs() <= band as f32;
                    assert_eq!(w.slot(i, j).is_some(), inside, "{n}x{m} ({i},{j})");
                    count += usize::from(inside);
                }
            }
            assert_eq!(w.cells(), count);
        }
    }

    #[test]
    fn around_a_path_is_monotone_and_connected() {
        let coarse = vec![(0..1, 0..2), (1..2, 2..2), (2..3, 2..3), (3..4, 3..4)];
        let w = Window::around(&coarse, &[0, 4, 8, 12, 14], &[0, 4, 8, 12, 15], 2);
        assert_eq!(w.row(0).start, 0);
        assert_eq!(w.row(14).end, 16);
        for i in 1..=14 {
            let (a, b) = (w.row(i - 1), w.row(i));
            assert!(
                a.start <= b.start && a.end <= b.end && b.start < a.end,
                "row {i}"
            );
        }
    }
}
