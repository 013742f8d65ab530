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

impl Lexicon {
    /// The lexicon built into the binary.
    pub fn embedded() -> &'static Lexicon {
        &EMBEDDED
    }

    /// Parses lexicon text read from `path` (used in error messages only).
    pub fn from_text(text: &str, path: &Path) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon::default();
        lex.entries.reserve(text.len() / 64);
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut place = false;
            let (id, en, weight) = if line.contains('\t') {
                let mut f = line.split('\t');
                let id = f.next().unwrap_or("");
                let en = f.next().unwrap_or("");
                let weight_field = f.next();
                place = f
                    .next()
                    .is_some_and(|src| src.contains("cldr") || src.contains("isocodes"));
                let weight = match weight_field.map(str::trim).filter(|w| !w.is_empty()) {
                    None => 1.0,
                    Some(w) => match w.parse::<f32>() {
                        Ok(x) if x > 0.0 && x <= 1.0 => x,
                        _ => {
                            return Err(LexiconError::Weight {
                                path: path.to_path_buf(),
                                line: n + 1,
                                weight: w.to_owned(),
                            });
                        }
                    },
                };
                (id, en, weight)
            } else if let Some((en, id)) = line.split_once(" @ ") {
                (id, en, 1.0)
            } else {
                return Err(LexiconError::Format {
                    path: path.to_path_buf(),
                    line: n + 1,
                });
            };
            let (id, en) = (clean(id), clean(en));
            if id.is_empty() || en.is_empty() {
                return Err(LexiconError::Format {
                    path: path.to_path_buf(),
                    line: n + 1,
                });
            }
            if place && id.chars().next().is_some_and(char::is_alphabetic) {
                lex.places.insert(id.clone());
                lex.places.insert(en.clone());
            }
            lex.insert(id, en, weight);
        }
        Ok(lex)
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
        if self.english.get().is_some() {
            self.english = std::sync::OnceLock::new();
        }
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
        self.places.contains(&name.to_lowercase())
    }

    /// True when the lowercase `word` is an English word the lexicon
    /// translates to (not a place or a name spelled alike in both languages),
    /// directly or through its lemma (`managing` → `manage`).
    pub fn is_english_word(&self, word: &str) -> bool {
        let set = self.english.get_or_init(|| {
            let mut set = HashSet::default();
            for (id, list) in &self.entries {
                for (en, _) in list {
                    if en != id && !en.contains(' ') && !self.places.contains(en) {
                        set.insert(en.clone());
                    }
                }
            }
            set
        });
        set.contains(word)
            || crate::morph::en_lemmas(word)
                .iter()
                .any(|l| set.contains(l))
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
