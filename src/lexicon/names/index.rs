//! Candidates for [`NameKeys::similarity`]: given many names, the few whose
//! similarity with a query name can be above 0 (and so reach
//! [`SAME_PERSON_MIN_SIMILARITY`]), found by look-ups instead of comparing
//! the query with every name.
//!
//! Two names reach it only when they spell the same without spaces, or
//! when a token of one matches a token of the other: an initial and a token
//! that starts with it, or two tokens whose Jaro–Winkler similarity is at
//! least [`NAME_TOKEN_MIN_SIMILARITY`] (0.9). Jaro is at most
//! `(O/|a| + O/|b| + 1) / 3` with `O` the characters the tokens share, and
//! Jaro–Winkler at most `0.4 + 0.6 × Jaro` (`Jaro` itself when the first
//! characters differ), so such tokens share at least half of the longer
//! token's characters (at least 70% when their first characters differ).
//! Characters are ranked rarest first and each token is filed under the
//! first characters of its ranked multiset that any token sharing that
//! many must also have among its own first ones (prefix filtering, as in
//! set-similarity joins). Every name that can match is a candidate; most
//! candidates match. The similarity itself still decides.

use rustc_hash::FxHashMap;

use super::{NAME_TOKEN_MIN_SIMILARITY, NameKeys, TokenKey};

#[cfg(doc)]
use super::SAME_PERSON_MIN_SIMILARITY;

/// One character of a token, numbered by its occurrence in the token
/// (`anna`: `a`#0, `n`#0, `n`#1, `a`#1), so that a token's characters
/// are a set and two tokens share as many of them as their multisets do.
type Numbered = (char, u16);

/// Names filed by what a match with them needs.
#[derive(Debug, Default)]
pub struct NameIndex {
    /// How many tokens of the indexed names have each character (a
    /// character absent from them counts 0: rarest).
    char_count: FxHashMap<char, u32>,
    /// Tokens of two or more characters by (first character, one of their
    /// first numbered characters in rank order): matches that share their
    /// first character.
    same_start: FxHashMap<(char, Numbered), Vec<u32>>,
    /// Tokens of two or more characters by one of their (fewer) first
    /// numbered characters in rank order: matches that start differently.
    any_start: FxHashMap<Numbered, Vec<u32>>,
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
        let mut index = NameIndex::default();
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
                let mut first = t.key.chars();
                let Some(c0) = first.next() else { continue };
                if first.next().is_none() {
                    index.initials.entry(c0).or_default().push(n);
                    continue;
                }
                index.by_first.entry(c0).or_default().push(n);
                let ranked = index.ranked(&t.key);
                for &x in &ranked[..prefix(ranked.len(), SAME_START_SHARE)] {
                    index.same_start.entry((c0, x)).or_default().push(n);
                }
                for &x in &ranked[..prefix(ranked.len(), ANY_START_SHARE)] {
                    index.any_start.entry(x).or_default().push(n);
                }
            }
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
        let mut add = |list: Option<&Vec<u32>>| out.extend(list.into_iter().flatten());
        add(self.joined.get(&query.joined));
        for t in &query.tokens {
            let TokenKey { key, .. } = t;
            let mut first = key.chars();
            let Some(c0) = first.next() else { continue };
            if first.next().is_none() {
                add(self.by_first.get(&c0));
                continue;
            }
            add(self.initials.get(&c0));
            let ranked = self.ranked(key);
            for x in &ranked[..prefix(ranked.len(), SAME_START_SHARE)] {
                add(self.same_start.get(&(c0, *x)));
            }
            for x in &ranked[..prefix(ranked.len(), ANY_START_SHARE)] {
                add(self.any_start.get(x));
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

/// Least share, in tenths, of the longer token's characters that two
/// tokens with the same first character share when they match (half), and
/// when they start differently (70%). See the module doc.
const SAME_START_SHARE: usize = 5;
const ANY_START_SHARE: usize = 7;

/// How many of a token's `n` ranked characters to file it under: with at
/// least `t = ⌈share × n⌉` characters shared, the first shared one is among
/// the first `n − t + 1`.
fn prefix(n: usize, share_tenths: usize) -> usize {
    let t = (share_tenths * n).div_ceil(10);
    n + 1 - t.max(1)
}

// The shares follow from the threshold: with it at 0.9, a Jaro–Winkler of
// 0.9 needs a Jaro of at least 5/6 (shares summing to 1.5) with a shared
// first character and 0.9 (1.7) without.
const _: () = assert!(NAME_TOKEN_MIN_SIMILARITY >= 0.9);

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
        let names = ["Vladimir Putin", "Kenyatta", "Sun Hee", "V. Lavrov", "Obama"];
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
