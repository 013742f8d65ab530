//! [`Shard`]: the deterministic share of a batch that one worker takes,
//! chosen by a stable hash of each pair's name.

use super::PairItem;

/// A deterministic share of a batch: `--shard K/N` keeps the pairs whose
/// name hashes (FNV-1a, 64 bits, of the UTF-8 name) to `K-1` modulo `N`.
/// The share depends only on the pair's name, not on its position, so the
/// same pair falls in the same share whether it comes from a folder, a
/// manifest or a stream, and the N shares cover every pair exactly once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// 1-based share number.
    pub k: u64,
    pub n: u64,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = || format!("{s:?}: expected K/N with 1 <= K <= N, e.g. 1/4");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (k, n): (u64, u64) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if k == 0 || n == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }
}

/// FNV-1a, 64 bits: stable across versions, platforms and runs.
pub fn stable_hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

impl Shard {
    /// True when the pair named `pair` belongs to this share.
    pub fn keeps_name(&self, pair: &str) -> bool {
        stable_hash(pair) % self.n == self.k - 1
    }

    /// True when the item belongs to this share: a pair by its name; a
    /// malformed line by its pair name when it has one, else by `line N`,
    /// so exactly one share reports it.
    pub fn keeps(&self, item: &PairItem) -> bool {
        match item {
            Ok(p) => self.keeps_name(&p.pair),
            Err(f) if !f.pair.is_empty() => self.keeps_name(&f.pair),
            Err(f) => self.keeps_name(&format!("line {}", f.line.unwrap_or(0))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_partition_names() {
        let shards: Vec<Shard> = (1..=3).map(|k| format!("{k}/3").parse().unwrap()).collect();
        for i in 0..500 {
            let name = format!("pair-{i}");
            assert_eq!(shards.iter().filter(|s| s.keeps_name(&name)).count(), 1);
        }
        assert!("0/3".parse::<Shard>().is_err());
        assert!("4/3".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
