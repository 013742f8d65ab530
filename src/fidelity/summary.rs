//! Counts of the flags of a pair or a batch ([`FidelitySummary`]): how many
//! matched quotes were checked, how many carry a flag, and how many carry
//! each kind. Counts what the pairs hold, so only the flags the run reports.

use std::collections::BTreeMap;

use serde::Serialize;

use super::FlagKind;
use crate::record::{PairAlignment, Status};

/// How many matched quotes a pair (or a batch) has and how many carry flags.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FidelitySummary {
    /// Matched quote pairs checked.
    pub quotes: usize,
    /// Matched quote pairs with at least one flag.
    pub flagged: usize,
    /// Pairs carrying each kind of flag.
    pub by_kind: BTreeMap<FlagKind, usize>,
}

impl FidelitySummary {
    /// The summary of one aligned and checked pair.
    pub fn of(a: &PairAlignment) -> FidelitySummary {
        let mut s = FidelitySummary::default();
        for p in a.pairs.iter().filter(|p| p.status == Status::Matched) {
            s.quotes += 1;
            if !p.flags.is_empty() {
                s.flagged += 1;
            }
            for k in FlagKind::ALL {
                if p.flags.iter().any(|f| f.kind == k) {
                    *s.by_kind.entry(k).or_default() += 1;
                }
            }
        }
        s
    }

    /// Adds another summary to this one (for a batch).
    pub fn add(&mut self, other: &FidelitySummary) {
        self.quotes += other.quotes;
        self.flagged += other.flagged;
        for (k, n) in &other.by_kind {
            *self.by_kind.entry(*k).or_default() += n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_adds_up() {
        let mut a = FidelitySummary::default();
        let mut b = FidelitySummary {
            quotes: 3,
            flagged: 1,
            ..Default::default()
        };
        b.by_kind.insert(FlagKind::CueShift, 1);
        a.add(&b);
        a.add(&b);
        assert_eq!((a.quotes, a.flagged), (6, 2));
        assert_eq!(a.by_kind.get(&FlagKind::CueShift), Some(&2));
        let json = serde_json::to_string(&a).expect("json");
        assert!(json.contains("\"cue_shift\":2"), "{json}");
    }
}
