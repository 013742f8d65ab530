//! Candidates for [`NameKeys::similarity`]: given many names, the few whose
//! similarity with a query name can be above 0 (and so reach
//! [`SAME_PERSON_MIN_SIMILARITY`]), found by look-ups instead of comparing
//! the query with every name.
//!
//! Two names reach it only when they spell the same without spaces, or
//! when a token of one matches a token of the other: an initial and a token
//! that starts with it, or two tokens whose Jaro–Winkler similarity is at
//! least [`NAME_TOKEN_MIN_SIMILARITY`] (0.9). With `l` (at most 4) the
//! length of their common start, Jaro–Winkler is `J + 0.1 l (1 − J)`, so
//! Jaro `J` must be at least `(0.9 − 0.1 l) / (1 − 0.1 l)`; and Jaro is at
//! most `(O/|a| + O/|b| + 1) / 3` with `O` the characters the tokens
//! share, so they share at least a fraction of the longer token's
//! characters: 7/10, 2/3, 5/8, 4/7, 1/2 for `l` = 0 … 4.
//!
//! Characters are ranked rarest first; two tokens that share `t`
//! characters have their first `k ≤ t` shared ones among the first
//! `n − t + k` of each one's ranked characters (prefix filtering, as in
//! set-similarity joins). So for each `l`, each token is filed under its
//! first `l` characters with each set of `k` (up to three) of those ranked
//! characters, and a query looks up its own. Every name that can match is
//! a candidate; the similarity itself still decides.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

use super::{NAME_TOKEN_MIN_SIMILARITY, NameKeys, TokenKey};

#[cfg(doc)]
use super::SAME_PERSON_MIN_SIMILARITY;

/// One character of a token, numbered by its occurrence in the token
/// (`anna`: `a`#0, `n`#0, `n`#1, `a`#1), so that a token's characters
/// are a set and two tokens share as many of them as their multisets do.
type Numbered = (char, u16);

/// The least share of the longer token's characters that two matching
/// tokens with a common start of `l` characters (the index) share, as a
/// fraction (see the module doc).
const SHARES: [(usize, usize); 5] = [(7, 10), (2, 3), (5, 8), (4, 7), (1, 2)];

// The shares follow from a threshold of 0.9; a higher one needs more.
const _: () = assert!(NAME_TOKEN_MIN_SIMILARITY >= 0.9);

/// Names filed by what a match with them needs.
#[derive(Debug, Default)]
pub struct NameIndex {
    /// How many tokens of the indexed names have each character (a
    /// character absent from them counts 0: rarest).
    char_count: FxHashMap<char, u32>,
    /// Tokens of two or more characters, by the length of the common start
    /// of a match.
    by_start: Vec<ShareFilter>,
    /// Tokens of two or more characters by their first character, for a
    /// query initial.
    by_first: FxHashMap<char, Vec<u32>>,
    /// One-character tokens (initials), for a query token that starts with one.
    initials: FxHashMap<char, Vec<u32>>,
    /// Names by their tokens joined without spaces.
    joined: FxHashMap<String, Vec<u32>>,
}

impl NameIndex {
    /// Files `names`; a candidate is the position of its name in `names`.
    pub fn new<'a>(names: impl Iterator<Item = &'a NameKeys> + Clone) -> NameIndex {
        let mut index = NameIndex {
            by_start: SHARES
                .iter()
                .enumerate()
                .map(|(l, &share)| ShareFilter::new(l, share))
                .collect(),
            ..NameIndex::default()
        };
        for name in names.clone() {
            for t in &name.tokens {
                let mut chars: Vec<char> = t.key.chars().collect();
                chars.sort_unstable();
                chars.dedup();
                for c in chars {
                    *index.char_count.entry(c).or_default() += 1;
                }
            }
        }
        for (n, name) in names.enumerate() {
            let n = n as u32;
            if !name.tokens.is_empty() {
                index.joined.entry(name.joined.clone()).or_default().push(n);
            }
            for t in &name.tokens {
                let chars: Vec<char> = t.key.chars().collect();
                match chars[..] {
                    [] => {}
                    [c0] => index.initials.entry(c0).or_default().push(n),
                    [c0, ..] => {
                        index.by_first.entry(c0).or_default().push(n);
                        let ranked = index.ranked(&t.key);
                        for f in &mut index.by_start {
                            f.add(&chars, &ranked, n);
                        }
                    }
                }
            }
        }
        for f in &mut index.by_start {
            f.at_least.seal();
            f.exactly.seal();
        }
        index
    }

    /// Positions of the names whose similarity with `query` can be above 0,
    /// in increasing order, each once (into `out`, cleared first).
    pub fn candidates(&self, query: &NameKeys, out: &mut Vec<u32>) {
        out.clear();
        if query.tokens.is_empty() {
            return;
        }
        out.extend(self.joined.get(&query.joined).into_iter().flatten());
        for t in &query.tokens {
            let TokenKey { key, .. } = t;
            let chars: Vec<char> = key.chars().collect();
            match chars[..] {
                [] => {}
                [c0] => out.extend(self.by_first.get(&c0).into_iter().flatten()),
                [c0, ..] => {
                    out.extend(self.initials.get(&c0).into_iter().flatten());
                    let ranked = self.ranked(key);
                    for f in &self.by_start {
                        f.look_up(&chars, &ranked, out);
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
    }

    /// The numbered characters of `key`, rarest first.
    fn ranked(&self, key: &str) -> Vec<Numbered> {
        let mut seen: FxHashMap<char, u16> = FxHashMap::default();
        let mut out: Vec<Numbered> = key
            .chars()
            .map(|c| {
                let k = seen.entry(c).or_default();
                *k += 1;
                (c, *k - 1)
            })
            .collect();
        out.sort_unstable_by_key(|&(c, k)| (self.char_count.get(&c).copied().unwrap_or(0), c, k));
        out
    }
}

/// How many shared characters a look-up asks for at most.
const MAX_SHARED_KEY: usize = 3;

/// Tokens longer than this are filed and looked up by one character.
const MAX_SUBSET_CHARS: usize = 32;

/// Tokens filed for the matches whose common start has one length `l`:
/// under their first `l` characters and each set of `k` of their first
/// ranked characters, for `k` up to the shared count their length
/// requires. Keys are hashed (a collision only adds a candidate).
#[derive(Debug, Default)]
struct ShareFilter {
    /// Length of the common start (the last one: at least that long).
    start: usize,
    /// Least share of the longer token's characters, as a fraction.
    share: (usize, usize),
    /// Tokens that require at least `k` shared characters, by key of `k`
    /// characters.
    at_least: Postings,
    /// Tokens that require exactly `k` (fewer than [`MAX_SHARED_KEY`]), for
    /// longer query tokens.
    exactly: Postings,
}

/// Names by hashed key: (key, name) pairs while filing, then one list of
/// names with the range of each key.
#[derive(Debug, Default)]
struct Postings {
    filed: Vec<(u64, u32)>,
    names: Vec<u32>,
    ranges: FxHashMap<u64, (u32, u32)>,
}

impl Postings {
    fn seal(&mut self) {
        let mut filed = std::mem::take(&mut self.filed);
        filed.sort_unstable();
        self.names = filed.iter().map(|&(_, n)| n).collect();
        let mut from = 0;
        for (k, run) in filed.chunk_by(|a, b| a.0 == b.0).map(|r| (r[0].0, r.len())) {
            self.ranges.insert(k, (from as u32, (from + run) as u32));
            from += run;
        }
    }

    fn get(&self, key: u64) -> &[u32] {
        self.ranges
            .get(&key)
            .map_or(&[], |&(a, b)| &self.names[a as usize..b as usize])
    }
}

impl ShareFilter {
    fn new(start: usize, share: (usize, usize)) -> ShareFilter {
        ShareFilter {
            start,
            share,
            ..ShareFilter::default()
        }
    }

    /// Characters a token of `n` characters shares with any match, and how
    /// many of them its keys hold.
    fn required(&self, n: usize) -> (usize, usize) {
        let (num, den) = self.share;
        let t = (num * n).div_ceil(den).max(1);
        let k = if n > MAX_SUBSET_CHARS {
            1
        } else {
            t.min(MAX_SHARED_KEY)
        };
        (t, k)
    }

    fn key(&self, chars: &[char], k: usize, subset: &[Numbered; MAX_SHARED_KEY]) -> u64 {
        let mut h = FxHasher::default();
        (&chars[..self.start], k, subset).hash(&mut h);
        h.finish()
    }

    fn add(&mut self, chars: &[char], ranked: &[Numbered], n: u32) {
        if chars.len() < self.start {
            return;
        }
        let (t, level) = self.required(ranked.len());
        for k in 1..=level {
            for_each_subset(&ranked[..ranked.len() + k - t], k, |subset| {
                let key = self.key(chars, k, &subset);
                self.at_least.filed.push((key, n));
                if k == level && level < MAX_SHARED_KEY {
                    self.exactly.filed.push((key, n));
                }
            });
        }
    }

    fn look_up(&self, chars: &[char], ranked: &[Numbered], out: &mut Vec<u32>) {
        if chars.len() < self.start {
            return;
        }
        let (t, level) = self.required(ranked.len());
        for k in 1..=level {
            let list = if k == level {
                &self.at_least
            } else {
                &self.exactly
            };
            for_each_subset(&ranked[..ranked.len() + k - t], k, |subset| {
                out.extend_from_slice(list.get(self.key(chars, k, &subset)));
            });
        }
    }
}

/// Calls `f` with each set of `k` (1 to 3) of `items`, in order, padded.
fn for_each_subset(items: &[Numbered], k: usize, mut f: impl FnMut([Numbered; MAX_SHARED_KEY])) {
    let none = ('\0', 0);
    let n = items.len();
    match k {
        1 => items.iter().for_each(|&a| f([a, none, none])),
        2 => (0..n).for_each(|a| (a + 1..n).for_each(|b| f([items[a], items[b], none]))),
        _ => (0..n).for_each(|a| {
            (a + 1..n).for_each(|b| (b + 1..n).for_each(|c| f([items[a], items[b], items[c]])))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidates(names: &[&str], query: &str) -> Vec<u32> {
        let keys: Vec<NameKeys> = names.iter().map(|n| NameKeys::new(n)).collect();
        let index = NameIndex::new(keys.iter());
        let mut out = Vec::new();
        index.candidates(&NameKeys::new(query), &mut out);
        out
    }

    #[test]
    fn spellings_initials_and_spacing_are_found() {
        let names = [
            "Vladimir Putin",
            "Kenyatta",
            "Sun Hee",
            "V. Lavrov",
            "Obama",
        ];
        let has = |query: &str, want: &[u32]| {
            let found = candidates(&names, query);
            assert!(want.iter().all(|n| found.contains(n)), "{query}: {found:?}");
        };
        has("Putin", &[0]);
        has("Kenyata", &[1]);
        has("Sunhee", &[2]);
        has("Vladimir", &[0, 3]);
        // Names that share no telling letter are not candidates.
        assert_eq!(candidates(&names, "Putin"), vec![0]);
        assert_eq!(candidates(&names, "Fox"), Vec::<u32>::new());
    }

    proptest::proptest! {
        /// Every name with a similarity above 0 with the query is a
        /// candidate (words over a small alphabet, so that near spellings,
        /// initials and shared letters are frequent).
        #[test]
        fn no_match_is_missed(
            names in proptest::collection::vec("[abdehikmnorsuy]{1,7}( [abdehikmnorsuy]{1,7}){0,2}", 1..40),
            query in "[abdehikmnorsuy]{1,7}( [abdehikmnorsuy]{1,7}){0,2}",
        ) {
            let keys: Vec<NameKeys> = names.iter().map(|n| NameKeys::new(n)).collect();
            let index = NameIndex::new(keys.iter());
            let q = NameKeys::new(&query);
            let mut out = Vec::new();
            index.candidates(&q, &mut out);
            for (n, k) in keys.iter().enumerate() {
                if q.similarity(k) > 0.0 {
                    proptest::prop_assert!(out.binary_search(&(n as u32)).is_ok(), "{} / {}", query, names[n]);
                }
            }
        }
    }
}
