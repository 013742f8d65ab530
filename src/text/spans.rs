//! [`SpanIndex`]: which spans of a fixed list overlap a given span (or
//! hold a given position), answered in logarithmic time.
//!
//! The spans are sorted by start once, and a tree of the largest end over
//! each run of them leads a query only to the spans that can reach it, so
//! a query costs `O((k + 1) log n)` for `k` answers, however the spans
//! nest. Overlap is [`NormSpan::overlaps`]; a list position is the index
//! the span had in the list given to [`SpanIndex::new`]. It does not change
//! after it is built.

use super::NormSpan;

/// A fixed list of spans, indexed for overlap queries.
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    /// Spans sorted by start, each with its list position.
    sorted: Vec<(NormSpan, usize)>,
    /// `max_end[node]`: the largest end in the node's run of `sorted`
    /// (node 1 is the root, node k has children 2k and 2k+1).
    max_end: Vec<usize>,
    leaves: usize,
}

impl SpanIndex {
    pub fn new(spans: impl IntoIterator<Item = NormSpan>) -> SpanIndex {
        let mut sorted: Vec<(NormSpan, usize)> =
            spans.into_iter().enumerate().map(|(k, s)| (s, k)).collect();
        sorted.sort_by_key(|&(s, k)| (s.start, k));
        let leaves = sorted.len().next_power_of_two();
        let mut max_end = vec![0usize; 2 * leaves];
        for (p, (s, _)) in sorted.iter().enumerate() {
            max_end[leaves + p] = s.end;
        }
        for node in (1..leaves).rev() {
            max_end[node] = max_end[2 * node].max(max_end[2 * node + 1]);
        }
        SpanIndex {
            sorted,
            max_end,
            leaves,
        }
    }

    /// Calls `visit` with the list position of every span that overlaps
    /// `span`, in no particular order, until it returns true.
    pub fn visit_overlapping(&self, span: NormSpan, mut visit: impl FnMut(usize) -> bool) {
        // Overlap: s.start < span.end (a prefix of `sorted`) and
        // s.end > span.start (found through `max_end`).
        let before = self.sorted.partition_point(|(s, _)| s.start < span.end);
        if before == 0 {
            return;
        }
        self.walk(1, 0, self.leaves, before, span.start, &mut visit);
    }

    /// Visits the spans of node `node` (run `lo..hi` of `sorted`) among the
    /// first `before` whose end passes `start`, left to right, without
    /// allocating (a query is often a hot path); true once `visit` is.
    fn walk(
        &self,
        node: usize,
        lo: usize,
        hi: usize,
        before: usize,
        start: usize,
        visit: &mut impl FnMut(usize) -> bool,
    ) -> bool {
        if lo >= before || self.max_end[node] <= start {
            return false;
        }
        if hi - lo == 1 {
            return visit(self.sorted[lo].1);
        }
        let mid = (lo + hi) / 2;
        self.walk(2 * node, lo, mid, before, start, visit)
            || self.walk(2 * node + 1, mid, hi, before, start, visit)
    }

    /// Whether some span overlapping `span` satisfies `keep`.
    pub fn any_overlapping(&self, span: NormSpan, mut keep: impl FnMut(usize) -> bool) -> bool {
        let mut found = false;
        self.visit_overlapping(span, |k| {
            found = keep(k);
            found
        });
        found
    }

    /// The first list position (the smallest) of a span that overlaps `span`.
    pub fn first_overlapping(&self, span: NormSpan) -> Option<usize> {
        let mut first: Option<usize> = None;
        self.visit_overlapping(span, |k| {
            first = Some(first.map_or(k, |f| f.min(k)));
            false
        });
        first
    }

    /// The first list position of a span holding `pos` (`start <= pos < end`).
    pub fn first_holding(&self, pos: usize) -> Option<usize> {
        self.first_overlapping(NormSpan::new(pos, pos + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_a_scan() {
        let spans = [
            NormSpan::new(30, 60),
            NormSpan::new(5, 12),
            NormSpan::new(35, 40),
            NormSpan::new(50, 50),
            NormSpan::new(0, 95),
            NormSpan::new(12, 20),
            NormSpan::new(70, 71),
        ];
        for take in 0..=spans.len() {
            let list = &spans[..take];
            let index = SpanIndex::new(list.iter().copied());
            for a in 0..100usize {
                for b in a.saturating_sub(1)..100 {
                    let q = NormSpan::new(a, b);
                    let first = list.iter().position(|s| s.overlaps(q));
                    assert_eq!(index.first_overlapping(q), first, "{take}: {a}..{b}");
                    let mut all = Vec::new();
                    index.visit_overlapping(q, |k| {
                        all.push(k);
                        false
                    });
                    all.sort_unstable();
                    let scan: Vec<usize> = (0..take).filter(|&k| list[k].overlaps(q)).collect();
                    assert_eq!(all, scan);
                }
                let holding = list.iter().position(|s| s.start <= a && a < s.end);
                assert_eq!(index.first_holding(a), holding);
            }
        }
    }
}
