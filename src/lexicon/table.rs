//! The bilingual lexicon: Indonesian words and phrases to English ones, with
//! a weight in (0,1].
//!
//! One parser reads the embedded default (`corpora/lexicon/id-en.tsv`) and
//! any user file given with `--lexicon`. Accepted lines: `id<TAB>en[<TAB>weight
//! [<TAB>sources]]`, or hunalign's dictionary lines `english @ indonesian`;
//! `#` starts a comment. Keys are lowercase NFC. Errors name the file and line.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

/// Why a lexicon file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("cannot read lexicon {path}")]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path}:{line}: expected `indonesian<TAB>english[<TAB>weight]` or `english @ indonesian`"
    )]
    Format { path: PathBuf, line: usize },
    #[error("{path}:{line}: weight {weight:?} is not a number in (0,1]")]
    Weight {
        path: PathBuf,
        line: usize,
        weight: String,
    },
}

/// Indonesian → English entries.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    entries: HashMap<String, Vec<(String, f32)>>,
    /// Lowercase place and country names of both languages (entries whose
    /// source is CLDR or iso-codes), so that quote attribution can tell
    /// `New York` from a person.
    places: HashSet<String>,
    /// The longest Indonesian key, in words.
    max_words: usize,
    /// The English words the entries translate to (built on first use).
    english: std::sync::OnceLock<HashSet<String>>,
    /// Hashes of the first words of the keys of two or more words (built on
    /// first use).
    phrase_starts: std::sync::OnceLock<HashSet<u64>>,
}

/// Words whose [`Lexicon::is_english_word`] answer a thread remembers
/// before it starts afresh.
const ENGLISH_WORD_MEMO_MAX: usize = 1 << 14;

thread_local! {
    static ENGLISH_WORD_MEMO: std::cell::RefCell<
        crate::memo::WordMemo<bool, ENGLISH_WORD_MEMO_MAX>,
    > = std::cell::RefCell::default();
}

static EMBEDDED_TSV: &str = include_str!("../../corpora/lexicon/id-en.tsv");

static EMBEDDED: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::from_text(EMBEDDED_TSV, Path::new("<embedded id-en.tsv>"))
        .expect("checked by lexicon::table::tests::embedded_lexicon_parses")
});

fn clean(s: &str) -> String {
    let s = s.trim();
    if s.is_ascii() {
        // NFC leaves ASCII as it is.
        return s.to_ascii_lowercase();
    }
    s.nfc().collect::<String>().to_lowercase()
}

/// The fields of one non-comment line: Indonesian, English, weight, and
/// whether its sources are name tables (CLDR, iso-codes).
fn parse_line<'a>(
    line: &'a str,
    path: &Path,
    line_no: usize,
) -> Result<(&'a str, &'a str, f32, bool), LexiconError> {
    // Up to four tab-separated fields, cut in one pass (a tab is one byte in
    // UTF-8, so every cut is on a character boundary); more are ignored.
    let mut fields: [Option<&'a str>; 4] = [None; 4];
    let mut n = 0;
    let mut start = 0;
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if b == b'\t' {
            fields[n] = line.get(start..i);
            n += 1;
            start = i + 1;
            if n == fields.len() {
                break;
            }
        }
    }
    if n == 0 {
        return match line.split_once(" @ ") {
            Some((en, id)) => Ok((id, en, 1.0, false)),
            None => Err(LexiconError::Format {
                path: path.to_path_buf(),
                line: line_no,
            }),
        };
    }
    if n < fields.len() {
        fields[n] = line.get(start..);
    }
    let field = |k: usize| fields[k];
    let (first, en) = (field(0).unwrap_or(""), field(1).unwrap_or(""));
    // Byte windows: a substring search sets up more than these short
    // fields take to scan.
    let names = |src: &str, name: &str| {
        src.as_bytes()
            .windows(name.len())
            .any(|w| w == name.as_bytes())
    };
    let place = field(3).is_some_and(|src| names(src, "cldr") || names(src, "isocodes"));
    let weight = match field(2).map(str::trim).filter(|w| !w.is_empty()) {
        None => 1.0,
        Some(w) => match parse_weight(w) {
            Some(x) if x > 0.0 && x <= 1.0 => x,
            _ => {
                return Err(LexiconError::Weight {
                    path: path.to_path_buf(),
                    line: line_no,
                    weight: w.to_owned(),
                });
            }
        },
    };
    Ok((first, en, weight, place))
}

/// A weight: `d.ddd` (as the embedded file writes them) read directly, any
/// other number through the standard parser. Both give the nearest `f32`.
fn parse_weight(w: &str) -> Option<f32> {
    match w.as_bytes() {
        &[a, b'.', b, c, d] if [a, b, c, d].iter().all(u8::is_ascii_digit) => {
            let n = [a, b, c, d]
                .iter()
                .fold(0u32, |n, &x| n * 10 + u32::from(x - b'0'));
            // Exact integers divided once: correctly rounded, as parsing is.
            Some(n as f32 / 1000.0)
        }
        _ => w.parse().ok(),
    }
}

impl Lexicon {
    /// The lexicon built into the binary.
    pub fn embedded() -> &'static Lexicon {
        &EMBEDDED
    }

    /// Parses lexicon text read from `path` (used in error messages only).
    ///
    /// Lines of one Indonesian key that follow each other (as in the sorted
    /// embedded file) are gathered and stored with one map insertion; keys
    /// in any order are merged all the same.
    pub fn from_text(text: &str, path: &Path) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        // About one key per 50 bytes in the embedded file: no rehashing.
        lex.entries.reserve(text.len() / 48);
        // The key being gathered, as written and cleaned, and its glosses.
        let mut raw_key = "";
        let mut key = String::new();
        let mut group: Vec<(String, f32)> = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let line_no = n + 1;
            let (id, en, weight, place) = parse_line(line, path, line_no)?;
            let empty = || LexiconError::Format {
                path: path.to_path_buf(),
                line: line_no,
            };
            if id != raw_key || key.is_empty() {
                let cleaned = clean(id);
                if cleaned.is_empty() {
                    return Err(empty());
                }
                if cleaned != key {
                    lex.insert_group(std::mem::take(&mut key), &mut group);
                    key = cleaned;
                }
                raw_key = id;
            }
            let en = clean(en);
            if en.is_empty() {
                return Err(empty());
            }
            if place && key.chars().next().is_some_and(char::is_alphabetic) {
                lex.places.insert(key.clone());
                lex.places.insert(en.clone());
            }
            match group.iter_mut().find(|(e, _)| *e == en) {
                Some(slot) => slot.1 = slot.1.max(weight),
                None => group.push((en, weight)),
            }
        }
        lex.insert_group(key, &mut group);
        Ok(lex)
    }

    /// Adds the glosses gathered for one key (emptying `group`), merging
    /// with those the key already has.
    fn insert_group(&mut self, id: String, group: &mut Vec<(String, f32)>) {
        if group.is_empty() {
            return;
        }
        let words = 1 + id.bytes().filter(|&b| b == b' ').count();
        match self.entries.entry(id) {
            std::collections::hash_map::Entry::Occupied(mut slot) => {
                let list = slot.get_mut();
                for (en, w) in group.drain(..) {
                    match list.iter_mut().find(|(e, _)| *e == en) {
                        Some(old) => old.1 = old.1.max(w),
                        None => list.push((en, w)),
                    }
                }
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                self.max_words = self.max_words.max(words);
                // An exact-size copy: most keys have one or two glosses.
                let mut exact = Vec::with_capacity(group.len());
                exact.append(group);
                slot.insert(exact);
            }
        }
        self.forget_derived();
    }

    /// Drops the sets built from the entries on first use, after a change.
    fn forget_derived(&mut self) {
        if self.english.get().is_some() {
            self.english = std::sync::OnceLock::new();
        }
        if self.phrase_starts.get().is_some() {
            self.phrase_starts = std::sync::OnceLock::new();
        }
    }

    /// Reads a lexicon file.
    pub fn from_path(path: &Path) -> Result<Lexicon, LexiconError> {
        let text = std::fs::read_to_string(path).map_err(|source| LexiconError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Lexicon::from_text(&text, path)
    }

    /// Adds one entry, keeping the larger weight of a repeated pair.
    pub fn insert(&mut self, id: String, en: String, weight: f32) {
        self.forget_derived();
        self.max_words = self
            .max_words
            .max(1 + id.bytes().filter(|&b| b == b' ').count());
        let list = self.entries.entry(id).or_default();
        match list.iter_mut().find(|(e, _)| *e == en) {
            Some(slot) => slot.1 = slot.1.max(weight),
            None => list.push((en, weight)),
        }
    }

    /// True when `name` (any case) is a place or country name of either language.
    pub fn is_place(&self, name: &str) -> bool {
        if name
            .bytes()
            .any(|b| !b.is_ascii() || b.is_ascii_uppercase())
        {
            self.places.contains(&name.to_lowercase())
        } else {
            self.places.contains(name)
        }
    }

    /// True when the lowercase `word` is an English word the lexicon
    /// translates to (not a place or a name spelled alike in both languages),
    /// directly or through its lemma (`managing` → `manage`).
    pub fn is_english_word(&self, word: &str) -> bool {
        let set = self.english.get_or_init(|| {
            // Sized for every entry at once: growing it step by step costs
            // more than filling it.
            let mut set = HashSet::with_capacity_and_hasher(
                self.entries.values().map(Vec::len).sum(),
                Default::default(),
            );
            for (id, list) in &self.entries {
                for (en, _) in list {
                    // Many entries share an English word: one copy of it.
                    if en != id
                        && !en.contains(' ')
                        && !set.contains(en)
                        && !self.places.contains(en)
                    {
                        set.insert(en.clone());
                    }
                }
            }
            set
        });
        let compute = || {
            set.contains(word)
                || crate::morph::en_lemmas(word)
                    .iter()
                    .any(|l| set.contains(l))
        };
        if !std::ptr::eq(self, Lexicon::embedded()) {
            return compute();
        }
        // The embedded lexicon's answers, remembered per thread: names and
        // capitalized words recur from one article to the next.
        crate::memo::remembered(&ENGLISH_WORD_MEMO, |m| m, word, compute)
    }

    /// Adds every entry of `other`.
    pub fn merge(&mut self, other: &Lexicon) {
        self.places.extend(other.places.iter().cloned());
        for (id, list) in &other.entries {
            for (en, w) in list {
                self.insert(id.clone(), en.clone(), *w);
            }
        }
    }

    /// English entries of an Indonesian word or phrase (lowercase).
    pub fn lookup(&self, id: &str) -> &[(String, f32)] {
        self.entries.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether a key of two or more words may start with the lowercase
    /// word `word`: false only when none does, so that a phrase starting
    /// with it has no entry and its look-up can be skipped (true for the
    /// rare word whose hash another first word shares).
    pub fn starts_phrase(&self, word: &str) -> bool {
        let hash = |w: &str| {
            use std::hash::BuildHasher;
            rustc_hash::FxBuildHasher.hash_one(w)
        };
        self.phrase_starts
            .get_or_init(|| {
                self.entries
                    .keys()
                    .filter_map(|k| k.split_once(' ').map(|(first, _)| hash(first)))
                    .collect()
            })
            .contains(&hash(word))
    }

    /// The longest Indonesian key, in words.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Number of Indonesian keys.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every entry, sorted (for writing a learned lexicon).
    pub fn sorted_entries(&self) -> Vec<(&str, &str, f32)> {
        let mut out: Vec<(&str, &str, f32)> = self
            .entries
            .iter()
            .flat_map(|(id, l)| l.iter().map(move |(en, w)| (id.as_str(), en.as_str(), *w)))
            .collect();
        out.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_key_starts_with_a_phrase_start() {
        let lex = Lexicon::embedded();
        let mut phrases = 0;
        for key in lex.entries.keys() {
            if let Some((first, _)) = key.split_once(' ') {
                phrases += 1;
                assert!(lex.starts_phrase(first), "{key}");
            }
        }
        assert!(phrases > 1000, "{phrases} phrase keys");
        // Words that start no phrase of the lexicon.
        let none = ["qwzx", "mengatakan"]
            .iter()
            .filter(|w| !lex.starts_phrase(w))
            .count();
        assert!(none >= 1);
        // A change to the entries is seen.
        let mut own = Lexicon::default();
        assert!(!own.starts_phrase("rumah"));
        own.insert("rumah sakit".into(), "hospital".into(), 1.0);
        assert!(own.starts_phrase("rumah"));
    }

    #[test]
    fn embedded_lexicon_parses() {
        let lex = Lexicon::from_text(EMBEDDED_TSV, Path::new("e")).unwrap();
        let has = |id: &str, en: &str| lex.lookup(id).iter().any(|(e, _)| e == en);
        assert!(has("kuat", "strong"));
        assert!(has("pertemuan", "meeting"));
        assert!(has("moskow", "moscow"));
        assert!(has("amerika serikat", "united states"));
        assert!(
            lex.is_place("New York") && lex.is_place("Amerika Serikat") && !lex.is_place("Putin")
        );
        println!("embedded lexicon: {} Indonesian keys", lex.len());
    }

    #[test]
    fn clean_is_nfc_lowercase_on_every_field() {
        for field in EMBEDDED_TSV.lines().flat_map(|l| l.split('\t')).chain([
            " Café ",
            "Cafe\u{301}",
            "ÉTAT",
            "İstanbul",
            "  ",
        ]) {
            let slow = field.trim().nfc().collect::<String>().to_lowercase();
            assert_eq!(clean(field), slow, "{field:?}");
        }
    }

    #[test]
    fn embedded_lexicon_loads_as_one_insert_per_line() {
        let fast = Lexicon::from_text(EMBEDDED_TSV, Path::new("e")).unwrap();
        let mut slow = Lexicon::default();
        for line in EMBEDDED_TSV.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            slow.insert(clean(f[0]), clean(f[1]), f[2].parse().unwrap());
        }
        assert_eq!(fast.sorted_entries(), slow.sorted_entries());
        assert_eq!(
            (fast.len(), fast.max_words()),
            (slow.len(), slow.max_words())
        );
    }

    #[test]
    fn weights_read_as_the_standard_parser_reads_them() {
        for k in 0..=1999u32 {
            let w = format!("{}.{:03}", k / 1000, k % 1000);
            assert_eq!(parse_weight(&w), w.parse::<f32>().ok(), "{w}");
        }
        assert_eq!(parse_weight("0.5"), Some(0.5));
        assert_eq!(parse_weight("x.500"), None);
    }

    #[test]
    fn keys_in_any_order_and_repeated_pairs_merge() {
        let lex = Lexicon::from_text(
            "b\tx\t0.5\na b\ty\nb\tx\t0.7\nb\tz\nb\tx\t0.6\n",
            Path::new("u.tsv"),
        )
        .unwrap();
        assert_eq!(
            lex.lookup("b"),
            &[("x".to_owned(), 0.7), ("z".to_owned(), 1.0)]
        );
        assert_eq!(lex.lookup("a b"), &[("y".to_owned(), 1.0)]);
        assert_eq!((lex.len(), lex.max_words()), (2, 2));
        let mut one_by_one = Lexicon::default();
        for (id, en, w) in lex.sorted_entries() {
            one_by_one.insert(id.to_owned(), en.to_owned(), w);
        }
        assert_eq!(one_by_one.sorted_entries(), lex.sorted_entries());
    }

    #[test]
    fn user_formats_and_errors() {
        let lex = Lexicon::from_text(
            "# c\nkuat\tstrong\t0.5\tmine\nstrong @ tangguh\n",
            Path::new("u.tsv"),
        )
        .unwrap();
        assert_eq!(lex.lookup("kuat"), &[("strong".to_owned(), 0.5)]);
        assert_eq!(lex.lookup("tangguh"), &[("strong".to_owned(), 1.0)]);
        let err = Lexicon::from_text("ok\tfine\nbroken line\n", Path::new("u.tsv")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "u.tsv:2: expected `indonesian<TAB>english[<TAB>weight]` or `english @ indonesian`"
        );
        let err = Lexicon::from_text("a\tb\t7\n", Path::new("u.tsv")).unwrap_err();
        assert!(err.to_string().starts_with("u.tsv:1: weight"));
    }
}
