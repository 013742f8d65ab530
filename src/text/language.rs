//! Which of kutip's languages a text is written in, from its function
//! words: the pronouns, prepositions, determiners, auxiliaries,
//! conjunctions and negations of each language's tables (`yang`, `di`,
//! `tidak`, `bahwa` / `the`, `of`, `is`, `that`). News prose uses them in
//! every sentence, names and quoted foreign words rarely change the count,
//! and the two lists hardly overlap.
//!
//! Used to refuse a pair whose sides are swapped before it is aligned.
//! Does not segment, and does not tell other languages apart: a text in
//! neither language is simply undecided.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::lang::{Lang, LangTables};

/// A text needs this many function words of either language before it is
/// given a language.
pub const MIN_FUNCTION_WORDS: usize = 8;

/// The share of one language among the function words at which the text is
/// taken to be in that language. The bundled articles give at least 0.92
/// for their own language (test below; the dev pairs in
/// `tests/messy_input.rs`).
pub const MIN_SHARE: f64 = 0.8;

/// Counting stops once this many function words are found (the first few
/// sentences): enough to tell, and a long text costs no more than a short
/// one.
pub const ENOUGH_FUNCTION_WORDS: usize = 48;

/// The function words of a language's tables.
fn function_words(t: &LangTables) -> impl Iterator<Item = &'static str> {
    [
        t.prepositions,
        t.determiners,
        t.indefinites,
        t.pronouns,
        t.auxiliaries,
        t.coordinators,
        t.complementizers,
        t.relativizers,
        t.negations,
        t.head_linkers,
    ]
    .into_iter()
    .flatten()
    .copied()
}

/// Bits of [`FUNCTION_WORDS`]: the languages a function word belongs to.
const ID_WORD: u8 = 1;
const EN_WORD: u8 = 2;

/// Builds the function-word table now (it is otherwise built on first
/// use): see [`crate::prepare_tables`].
pub(crate) fn prepare() {
    LazyLock::force(&FUNCTION_WORDS);
}

/// Every function word of both languages, with its languages' bits: one
/// look-up per word of the text.
static FUNCTION_WORDS: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut m = FxHashMap::default();
    for w in function_words(Lang::Id.tables()) {
        *m.entry(w).or_insert(0) |= ID_WORD;
    }
    for w in function_words(Lang::En.tables()) {
        *m.entry(w).or_insert(0) |= EN_WORD;
    }
    m
});

/// The function words of each language found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LanguageGuess {
    pub id_words: usize,
    pub en_words: usize,
}

impl LanguageGuess {
    /// Counts the function words of `text` (all of them ASCII words), up
    /// to [`ENOUGH_FUNCTION_WORDS`].
    pub fn of(text: &str) -> LanguageGuess {
        let words = &*FUNCTION_WORDS;
        let mut g = LanguageGuess::default();
        let bytes = text.as_bytes();
        let mut buf = [0u8; 12];
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            // A word with a non-ASCII letter beside it is no function word.
            let clean =
                (start == 0 || bytes[start - 1] < 0x80) && bytes.get(i).is_none_or(|&b| b < 0x80);
            let word = &bytes[start..i];
            if !clean || word.len() > buf.len() {
                continue;
            }
            for (d, s) in buf.iter_mut().zip(word) {
                *d = s.to_ascii_lowercase();
            }
            // ASCII letters only, so always UTF-8.
            let Ok(w) = std::str::from_utf8(&buf[..word.len()]) else {
                continue;
            };
            let bits = words.get(w).copied().unwrap_or(0);
            g.id_words += usize::from(bits & ID_WORD != 0);
            g.en_words += usize::from(bits & EN_WORD != 0);
            if g.id_words + g.en_words >= ENOUGH_FUNCTION_WORDS {
                break;
            }
        }
        g
    }

    /// The share of `lang` among the function words found.
    pub fn share(&self, lang: Lang) -> f64 {
        let total = self.id_words + self.en_words;
        if total == 0 {
            return 0.0;
        }
        let mine = match lang {
            Lang::Id => self.id_words,
            Lang::En => self.en_words,
        };
        mine as f64 / total as f64
    }

    /// The language of the text, when the evidence is clear.
    pub fn language(&self) -> Option<Lang> {
        if self.id_words + self.en_words < MIN_FUNCTION_WORDS {
            return None;
        }
        [Lang::Id, Lang::En]
            .into_iter()
            .find(|&l| self.share(l) >= MIN_SHARE)
    }
}

/// What the language check says about the two sides of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidesCheck {
    /// Indonesian on the Indonesian side and English on the English side,
    /// or not enough text to tell.
    Fine,
    /// The Indonesian side reads as English and the English side as
    /// Indonesian: the inputs are swapped.
    Swapped,
    /// Both sides read as the same language.
    Same(Lang),
}

/// Checks that `id_text` reads as Indonesian and `en_text` as English.
pub fn check_sides(id_text: &str, en_text: &str) -> SidesCheck {
    let (id, en) = (
        LanguageGuess::of(id_text).language(),
        LanguageGuess::of(en_text).language(),
    );
    match (id, en) {
        (Some(Lang::En), Some(Lang::Id)) => SidesCheck::Swapped,
        (Some(a), Some(b)) if a == b => SidesCheck::Same(a),
        _ => SidesCheck::Fine,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(pair: &str, side: &str) -> String {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpora/samples")
            .join(pair)
            .join(side);
        std::fs::read_to_string(p).expect("sample")
    }

    #[test]
    fn every_sample_reads_as_its_language_and_swaps_are_seen() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/samples");
        let mut pairs: Vec<String> = std::fs::read_dir(dir)
            .expect("samples")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().join("id.txt").is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        pairs.sort();
        assert!(pairs.len() >= 7);
        for p in &pairs {
            let (id, en) = (sample(p, "id.txt"), sample(p, "en.txt"));
            let (gi, ge) = (LanguageGuess::of(&id), LanguageGuess::of(&en));
            assert!(gi.share(Lang::Id) >= 0.9, "{p} id: {gi:?}");
            assert!(ge.share(Lang::En) >= 0.9, "{p} en: {ge:?}");
            assert_eq!(check_sides(&id, &en), SidesCheck::Fine, "{p}");
            assert_eq!(check_sides(&en, &id), SidesCheck::Swapped, "{p}");
            assert_eq!(check_sides(&id, &id), SidesCheck::Same(Lang::Id), "{p}");
        }
    }

    #[test]
    fn short_or_foreign_text_is_undecided() {
        assert_eq!(LanguageGuess::of("Kata Putin.").language(), None);
        assert_eq!(LanguageGuess::of("").language(), None);
        let german = "Der Präsident sagte am Donnerstag, dass die Regierung nicht zurücktreten werde, und die Opposition widersprach.";
        assert_eq!(LanguageGuess::of(german).language(), None);
        assert_eq!(check_sides("Kata Putin.", "Putin said."), SidesCheck::Fine);
    }
}
