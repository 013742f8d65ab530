//! Letter counts of a short string, for cheap upper bounds on string
//! similarities: two strings can agree on at most as many characters as
//! their letter multisets share, which bounds both the Jaro matches and the
//! Levenshtein matches. The bounds let callers skip a full comparison that
//! cannot reach a threshold; they never decide a match by themselves.

/// Counts of `a`..`z`; every other character is counted in one of a few
/// shared buckets, which can only raise the shared count (the bound stays an
/// upper bound).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LetterCounts {
    counts: [u8; 32],
    chars: u8,
}

impl LetterCounts {
    /// Counts the characters of `s`; `None` when `s` is longer than 255
    /// characters (no bound is then given).
    pub fn new(s: &str) -> Option<LetterCounts> {
        let mut counts = [0u8; 32];
        let mut chars = 0u8;
        for c in s.chars() {
            chars = chars.checked_add(1)?;
            let k = if c.is_ascii_lowercase() {
                (c as u32 - 'a' as u32) as usize
            } else {
                26 + (c as u32 % 6) as usize
            };
            counts[k] += 1;
        }
        Some(LetterCounts { counts, chars })
    }

    /// Number of characters.
    pub fn chars(&self) -> usize {
        self.chars as usize
    }

    /// An upper bound on the number of characters the two strings can pair
    /// up one to one with equal characters.
    pub fn shared(&self, other: &LetterCounts) -> usize {
        self.counts
            .iter()
            .zip(&other.counts)
            .map(|(a, b)| (*a).min(*b) as usize)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_counts_bound_common_letters() {
        let a = LetterCounts::new("kenyatta").unwrap();
        let b = LetterCounts::new("kenyata").unwrap();
        assert_eq!(a.chars(), 8);
        assert_eq!(a.shared(&b), 7);
        let c = LetterCounts::new("ébé").unwrap();
        let d = LetterCounts::new("bé").unwrap();
        assert_eq!(c.shared(&d), 2);
        assert!(LetterCounts::new(&"a".repeat(256)).is_none());
        assert!(LetterCounts::new(&"a".repeat(255)).is_some());
    }
}
