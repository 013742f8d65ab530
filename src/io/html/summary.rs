//! The counts at the top of the review page, per pair and in total: rows by
//! status, flagged rows and rows by flag, low margins, and the rows to
//! check. Counted from the same records the CSV writes, so each number can
//! be checked against the CSV (the browser test does).

use std::collections::BTreeMap;

use crate::align::Status;
use crate::io::AlignRecord;

/// A matched row whose margin is below this has a close runner-up: another
/// English passage scored almost as well. On the 15 dev and sample pairs 6
/// of 130 matched rows fall below it (none of them wrong: the 2 wrong
/// matches there have margins of 0.16 and more), so it costs a reader a few
/// rows per batch.
pub const LOW_MARGIN: f32 = 0.1;

/// True when a row needs a reader's look: no source, dropped, flagged, or
/// a close call.
pub fn is_problem(r: &AlignRecord) -> bool {
    match r.status {
        Status::Unsourced | Status::Omitted => true,
        Status::Matched => !r.flags.is_empty() || is_low_margin(r),
    }
}

/// True for a matched row with a close runner-up ([`LOW_MARGIN`]).
pub fn is_low_margin(r: &AlignRecord) -> bool {
    r.status == Status::Matched && r.margin < LOW_MARGIN
}

/// How urgent a row is, most urgent first: unsourced, flagged, omitted,
/// close calls, the rest.
pub fn urgency(r: &AlignRecord) -> u8 {
    match r.status {
        Status::Unsourced => 0,
        Status::Matched if !r.flags.is_empty() => 1,
        Status::Omitted => 2,
        Status::Matched if is_low_margin(r) => 3,
        Status::Matched => 4,
    }
}

/// The counts of one pair, or of all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub pairs: u64,
    pub rows: u64,
    pub matched: u64,
    pub flagged: u64,
    pub unsourced: u64,
    pub omitted: u64,
    pub low_margin: u64,
    pub to_check: u64,
    /// Rows with an earlier decision carried to them.
    pub decided: u64,
    /// Matched rows carrying each flag, by flag name.
    pub by_flag: BTreeMap<String, u64>,
}

impl Tally {
    /// Counts one row.
    pub fn add_row(&mut self, r: &AlignRecord) {
        self.rows += 1;
        match r.status {
            Status::Matched => {
                self.matched += 1;
                self.flagged += u64::from(!r.flags.is_empty());
                self.low_margin += u64::from(is_low_margin(r));
                for name in r.flags.names() {
                    *self.by_flag.entry(name.to_owned()).or_default() += 1;
                }
            }
            Status::Unsourced => self.unsourced += 1,
            Status::Omitted => self.omitted += 1,
        }
        self.to_check += u64::from(is_problem(r));
    }

    /// Adds another tally (a pair's to the total).
    pub fn add(&mut self, o: &Tally) {
        self.pairs += o.pairs;
        self.rows += o.rows;
        self.matched += o.matched;
        self.flagged += o.flagged;
        self.unsourced += o.unsourced;
        self.omitted += o.omitted;
        self.low_margin += o.low_margin;
        self.to_check += o.to_check;
        self.decided += o.decided;
        for (k, v) in &o.by_flag {
            *self.by_flag.entry(k.clone()).or_default() += v;
        }
    }
}
