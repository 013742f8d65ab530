//! Batch alignment: many pairs, in parallel, in bounded memory, written in
//! input order.
//!
//! The input is an iterator of [`PairItem`]s (a folder, a manifest or a
//! stream from [`crate::io::input`]). [`Batch::run`] takes a chunk of at most
//! [`Batch::chunk`] items, aligns them in parallel on the current rayon
//! pool (one task per pair: reading both files, [`crate::align_checked`]
//! (alignment and fidelity checks) and the
//! conversion to records), then hands the rows to a [`RowSink`] in input
//! order while the next chunk is aligned. At most three chunks of texts
//! and rows are in memory (the one read, the one aligned, the one
//! written), whatever the length of the input; the output is the same for
//! any number of threads, because no task writes and rayon's indexed
//! collect keeps positions.
//!
//! A pair that fails (a missing or unreadable file, text that is not
//! UTF-8, an empty side, a malformed manifest line) is a value, handed to
//! the caller's failure callback in input order, and the batch goes on.
//! Does not parse flags, draw progress or choose files: the binary does.

mod learn;

use std::io;

use rayon::prelude::*;

use crate::align::{PairAlignment, Relatedness, Status};
use crate::io::RowSink;
use crate::io::input::{PairFailure, PairItem, ReadOptions};
use crate::io::records::{Detail, Records, Unit};
use crate::io::rules::InputRules;
use crate::lexicon::Lexicon;

/// Pairs aligned per chunk when none is set: large enough to keep every
/// core busy between the ordered writes, small enough that a chunk of
/// news articles and their rows stays within a few megabytes.
pub const DEFAULT_CHUNK: usize = 512;

/// What happened to one pair.
#[derive(Debug)]
pub enum Outcome {
    /// Aligned: its rows, what the reader should know about it, and
    /// whether its two articles report one story.
    Done(Records, Vec<PairFailure>, Relatedness),
    Failed(Vec<PairFailure>),
}

/// Counts over a whole batch, for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Pairs aligned and written.
    pub pairs: u64,
    /// Pairs (or manifest lines) that failed.
    pub failed_pairs: u64,
    /// Failure rows reported (a pair can fail on both sides).
    pub failures: u64,
    pub matched: u64,
    pub unsourced: u64,
    pub omitted: u64,
    /// Matched rows with at least one fidelity flag.
    pub flagged: u64,
    /// Pairs whose two articles look unrelated (they match nothing).
    pub unrelated: u64,
    /// Sentence beads (sentence unit).
    pub beads: u64,
}

impl Summary {
    fn count(&mut self, r: &Records, related: &Relatedness) {
        self.pairs += 1;
        self.unrelated += u64::from(!related.related);
        match r {
            Records::Quote(rows) => {
                for row in rows {
                    match row.status {
                        Status::Matched => {
                            self.matched += 1;
                            self.flagged += u64::from(!row.flags.0.is_empty());
                        }
                        Status::Unsourced => self.unsourced += 1,
                        Status::Omitted => self.omitted += 1,
                    }
                }
            }
            Records::Sentence(rows) => self.beads += rows.len() as u64,
        }
    }
}

/// The settings of a batch: lexicon, alignment parameters, row unit.
pub struct Batch<'a> {
    pub lexicon: &'a Lexicon,
    pub params: crate::PipelineParams,
    pub unit: Unit,
    /// Pairs in flight at once.
    pub chunk: usize,
    /// Size limit (and path rules) of the inputs.
    pub rules: InputRules,
    /// How the texts are read (plain text or HTML) and checked.
    pub read: ReadOptions,
}

impl Batch<'_> {
    /// Aligns one pair: reads it, checks it, aligns it and makes its rows
    /// (with as much detail as `detail` asks).
    pub fn align_item(&self, item: PairItem, detail: Detail) -> Outcome {
        let loaded = match item
            .map_err(|f| vec![f])
            .and_then(|p| p.load_with(&self.rules, &self.read))
        {
            Ok(l) => l,
            Err(f) => return Outcome::Failed(f),
        };
        let a: PairAlignment =
            crate::align_checked(&loaded.id, &loaded.en, self.lexicon, &self.params);
        let mut warnings = loaded.warnings;
        if !a.relatedness.related {
            // Said per pair, so that its unsourced and omitted rows are not
            // read as findings about a translation.
            warnings.push(PairFailure {
                pair: loaded.pair.clone(),
                path: String::new(),
                reason: a.relatedness.to_string(),
                line: None,
            });
        }
        Outcome::Done(
            Records::with(self.unit, &loaded.pair, &a, detail),
            warnings,
            a.relatedness,
        )
    }

    /// Aligns every item, writing rows to `sink`, failures to `on_failure`
    /// and warnings about aligned pairs to `on_warning`, all in input
    /// order. `on_pair_done` is called from the worker threads once per
    /// item (for a progress bar). Returns the counts; an error is a write
    /// error (the output is unusable).
    ///
    /// A chunk is aligned while the calling thread writes the rows of the
    /// chunk before it and reads the chunk after it, so the cores are not
    /// idle while rows are written: at most three chunks are held at once
    /// (one read, one being aligned, one being written).
    pub fn run(
        &self,
        items: impl Iterator<Item = PairItem> + Send,
        sink: &mut dyn RowSink,
        on_failure: &mut (dyn FnMut(&PairFailure) -> io::Result<()> + Send),
        on_warning: &mut (dyn FnMut(&PairFailure) + Send),
        on_pair_done: &(dyn Fn() + Sync),
    ) -> io::Result<Summary> {
        let detail = sink.detail();
        let size = self.chunk.max(1);
        let mut items = items;
        let mut out = Written {
            sink,
            on_failure,
            on_warning,
            summary: Summary::default(),
        };
        let mut chunk: Vec<PairItem> = items.by_ref().take(size).collect();
        let mut done: Vec<Outcome> = Vec::new();
        while !chunk.is_empty() {
            let aligning = std::mem::take(&mut chunk);
            let previous = std::mem::take(&mut done);
            let (next, aligned) = rayon::join(
                || -> io::Result<Vec<PairItem>> {
                    out.write(previous)?;
                    Ok(items.by_ref().take(size).collect())
                },
                || -> Vec<Outcome> {
                    aligning
                        .into_par_iter()
                        .map(|item| {
                            let o = self.align_item(item, detail);
                            on_pair_done();
                            o
                        })
                        .collect()
                },
            );
            chunk = next?;
            done = aligned;
        }
        out.write(done)?;
        Ok(out.summary)
    }
}

/// Where the outcomes of a batch go, in input order, and their counts.
struct Written<'s> {
    sink: &'s mut dyn RowSink,
    on_failure: &'s mut (dyn FnMut(&PairFailure) -> io::Result<()> + Send),
    on_warning: &'s mut (dyn FnMut(&PairFailure) + Send),
    summary: Summary,
}

impl Written<'_> {
    /// Writes the outcomes of one chunk (nothing for an empty one) and
    /// flushes the sink.
    fn write(&mut self, outcomes: Vec<Outcome>) -> io::Result<()> {
        if outcomes.is_empty() {
            return Ok(());
        }
        for o in outcomes {
            match o {
                Outcome::Done(r, warnings, related) => {
                    self.summary.count(&r, &related);
                    warnings.iter().for_each(&mut *self.on_warning);
                    self.sink.write_records(&r)?;
                }
                Outcome::Failed(fs) => {
                    self.summary.failed_pairs += 1;
                    for f in &fs {
                        self.summary.failures += 1;
                        (self.on_failure)(f)?;
                    }
                }
            }
        }
        self.sink.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::input::{PairInput, PairText};

    struct Collect(Vec<String>);

    impl RowSink for Collect {
        fn write_records(&mut self, r: &Records) -> io::Result<()> {
            if let Records::Quote(rows) = r {
                self.0.extend(rows.first().map(|x| x.pair.clone()));
            }
            Ok(())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
        fn finish(self: Box<Self>) -> io::Result<()> {
            Ok(())
        }
    }

    fn sample(name: &str) -> (String, String) {
        let d = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpora/samples")
            .join(name);
        let read = |f: &str| std::fs::read_to_string(d.join(f)).expect("sample");
        (read("id.txt"), read("en.txt"))
    }

    #[test]
    fn rows_and_failures_come_out_in_input_order() {
        let (id, en) = sample("voa-syria-envoy-2012");
        let item = |pair: &str, id: &str| -> PairItem {
            Ok(PairInput {
                pair: pair.into(),
                text: PairText::Inline {
                    id: id.into(),
                    en: en.clone(),
                    origin: format!("t:{pair}"),
                },
            })
        };
        let items = vec![
            item("p1", &id),
            item("empty", " \n"),
            item("p2", &id),
            Err(PairFailure {
                pair: String::new(),
                path: "m".into(),
                reason: "line 4: malformed".into(),
                line: Some(4),
            }),
            item("p3", &id),
        ];
        let batch = Batch {
            lexicon: Lexicon::embedded(),
            params: crate::PipelineParams::default(),
            unit: Unit::Quote,
            chunk: 2,
            rules: InputRules::default(),
            read: ReadOptions::default(),
        };
        let mut sink = Collect(Vec::new());
        let mut failed = Vec::new();
        let done = std::sync::atomic::AtomicUsize::new(0);
        let summary = batch
            .run(
                items.into_iter(),
                &mut sink,
                &mut |f| {
                    failed.push(f.reason.clone());
                    Ok(())
                },
                &mut |_| {},
                &|| {
                    done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                },
            )
            .expect("run");
        assert_eq!(sink.0, ["p1", "p2", "p3"]);
        assert_eq!(failed, ["empty \"id\" text", "line 4: malformed"]);
        assert_eq!(done.into_inner(), 5);
        assert_eq!((summary.pairs, summary.failed_pairs), (3, 2));
        assert!(summary.matched > 0 && summary.matched.is_multiple_of(3));
    }
}
