//! The learning pass of self-training over a batch: every pair is read and
//! aligned with the batch's lexicon, in parallel, a chunk at a time, and its
//! confident sentence beads are counted by a [`Learner`]
//! ([`crate::align::selftrain`]). Counts are sums, so the learned lexicon
//! is the same for any thread count and chunk size. Pairs that fail to load
//! are skipped here; the aligning pass reports them. Writes nothing.

use rayon::prelude::*;

use super::Batch;
use crate::align::align_pair;
use crate::align::selftrain::{LearnParams, Learner};
use crate::io::input::PairItem;

impl Batch<'_> {
    /// Counts the confident alignments of every item.
    pub fn learn(
        &self,
        items: impl Iterator<Item = PairItem>,
        params: &LearnParams,
        on_pair_done: &(dyn Fn() + Sync),
    ) -> Learner {
        let mut total = Learner::default();
        let mut items = items.peekable();
        let mut chunk: Vec<PairItem> = Vec::with_capacity(self.chunk.max(1));
        while items.peek().is_some() {
            chunk.extend(items.by_ref().take(self.chunk.max(1)));
            let part = chunk
                .par_drain(..)
                .map(|item| {
                    let mut l = Learner::default();
                    if let Ok(p) = item
                        .map_err(|_| ())
                        .and_then(|p| p.load_with(&self.rules, &self.read).map_err(|_| ()))
                    {
                        let a = align_pair(&p.id, &p.en, self.lexicon, &self.params.align);
                        l.add(&a, self.lexicon, params);
                    }
                    on_pair_done();
                    l
                })
                .reduce(Learner::default, |mut a, b| {
                    a.merge(b);
                    a
                });
            total.merge(part);
        }
        total
    }
}
