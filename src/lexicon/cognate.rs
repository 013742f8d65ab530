//! Cognates between Indonesian loanwords and English words (`komunikasi` /
//! `communication`, `militer` / `military`, `klaim` / `claim`), found by
//! regular spelling rules and confirmed with an edit-distance similarity.
//!
//! `cognate_key` rewrites one lowercase word into a shared, Indonesian-like
//! spelling: first its ending (`-ization`, `-isasi` → `isasi`), then its
//! letters (`c` → `k` or `s`, `ph` → `f`, `x` → `ks`), then double letters are
//! collapsed. Callers compute the key once per token and compare keys with
//! `cognate_score_keys`, which is one Levenshtein distance. `cognate_score`
//! does both steps for one pair of words.
//!
//! It does not stem (`-nya`, `meN-` and English inflections other than the
//! plural are the stemmer's work), does not translate, and does not know
//! which cognates are false friends in meaning: it only rejects pairs whose
//! shared spelling is too short or too far apart to be evidence. Keys are
//! opaque: a `+` separates a stem from a rewritten ending, so that two words
//! with the same rewritten ending can be held to a looser threshold.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::lang::Lang;

/// Shortest key (in characters, the ending mark not counted) that can score:
/// shorter words share letters by chance (`dan` / `than`, `ini` / `in`).
pub const MIN_KEY_CHARS: usize = 4;

/// Least normalized Levenshtein similarity between two keys for a cognate.
/// 0.84 lets one edit through from seven characters on and rejects one edit
/// in four- to six-letter words (`data`/`date` 0.75, `salah`/`salad` 0.80,
/// `tipis`/`typist` 0.83), which in news are false friends far more often than
/// spelling variants; see `tests::threshold_separates_cognates_from_false_friends`.
pub const MIN_SIMILARITY: f32 = 0.84;

/// Least similarity when both words had an ending rewritten (`parlemen` /
/// `parliament` is 0.80): the shared suffix is evidence that the rest of the
/// threshold need not carry.
pub const MIN_SIMILARITY_SHARED_ENDING: f32 = 0.78;

/// Shortest stem an ending rule may leave (`aktif` → `akt` + `if`).
const MIN_STEM_CHARS: usize = 3;

/// Separates a stem from its rewritten ending inside a key.
const ENDING_MARK: char = '+';

/// The shared spelling of a word for cognate matching. `word` may be in any
/// case; diacritics and non-letters are dropped and an Indonesian
/// reduplication (`kata-kata`) is reduced to its first half.
pub fn cognate_key(lang: Lang, word: &str) -> String {
    let rules = cognate_rules(lang);
    let word = reduplication_base(word);
    let letters: String = word
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphabetic())
        .collect();
    let singular = strip_plural(rules, &letters);
    let (stem, ending) = split_ending(rules.endings, &singular);
    let mut key = rewrite_letters(rules.letters, stem);
    if let Some(ending) = ending {
        key.push(ENDING_MARK);
        key.push_str(ending);
    }
    collapse_doubles(&key)
}

/// Cognate similarity of an Indonesian and an English word, in 0..=1; 0 when
/// they are not cognates.
pub fn cognate_score(id_word: &str, en_word: &str) -> f32 {
    cognate_score_keys(
        &cognate_key(Lang::Id, id_word),
        &cognate_key(Lang::En, en_word),
    )
}

/// `cognate_score` on keys made by `cognate_key`: the normalized Levenshtein
/// similarity when both keys have at least [`MIN_KEY_CHARS`] letters and it
/// reaches [`MIN_SIMILARITY`] (or [`MIN_SIMILARITY_SHARED_ENDING`] when both
/// keys carry a rewritten ending), else 0.
pub fn cognate_score_keys(id_key: &str, en_key: &str) -> f32 {
    let letters = |k: &str| k.chars().filter(|&c| c != ENDING_MARK).count();
    if letters(id_key) < MIN_KEY_CHARS || letters(en_key) < MIN_KEY_CHARS {
        return 0.0;
    }
    let similarity = strsim::normalized_levenshtein(id_key, en_key) as f32;
    let threshold = if id_key.contains(ENDING_MARK) && en_key.contains(ENDING_MARK) {
        MIN_SIMILARITY_SHARED_ENDING
    } else {
        MIN_SIMILARITY
    };
    if similarity >= threshold {
        similarity
    } else {
        0.0
    }
}

fn reduplication_base(word: &str) -> &str {
    match word.split_once('-') {
        Some((a, b)) if !a.is_empty() && b.to_lowercase().starts_with(&a.to_lowercase()) => a,
        _ => word,
    }
}

fn strip_plural(rules: &CognateRules, word: &str) -> String {
    let long_enough = word.chars().count() > MIN_KEY_CHARS;
    if !long_enough || rules.plural_keep.iter().any(|k| word.ends_with(k)) {
        return word.to_string();
    }
    for (suffix, replacement) in rules.plurals {
        if let Some(stem) = word.strip_suffix(suffix) {
            return format!("{stem}{replacement}");
        }
    }
    word.to_string()
}

/// Splits off the longest ending with a rule, if the stem keeps
/// [`MIN_STEM_CHARS`] characters; returns the stem and the shared ending.
fn split_ending<'a>(
    endings: &[(&str, &'static str)],
    word: &'a str,
) -> (&'a str, Option<&'static str>) {
    let mut best: Option<(&'a str, &'static str, usize)> = None;
    for &(suffix, shared) in endings {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.chars().count() >= MIN_STEM_CHARS
            && best.is_none_or(|(_, _, len)| suffix.len() > len)
        {
            best = Some((stem, shared, suffix.len()));
        }
    }
    match best {
        Some((stem, shared, _)) => (stem, Some(shared)),
        None => (word, None),
    }
}

/// Rewrites letters left to right, trying the longest rule at each position
/// and, among rules for the same letters, the first whose context holds.
fn rewrite_letters(rules: &[(&str, Context, &str)], stem: &str) -> String {
    let chars: Vec<char> = stem.chars().collect();
    let mut out = String::with_capacity(stem.len());
    let mut i = 0;
    'outer: while i < chars.len() {
        for len in (1..=2).rev() {
            let Some(piece) = chars.get(i..i + len) else {
                continue;
            };
            let piece: String = piece.iter().collect();
            let first = rules.partition_point(|(from, _, _)| *from < piece.as_str());
            for (from, context, to) in rules.get(first..).unwrap_or_default() {
                if *from != piece {
                    break;
                }
                let before = i.checked_sub(1).and_then(|k| chars.get(k)).copied();
                let after = chars.get(i + len).copied();
                if context.holds(before, after) {
                    out.push_str(to);
                    i += len;
                    continue 'outer;
                }
            }
        }
        if let Some(&c) = chars.get(i) {
            out.push(c);
        }
        i += 1;
    }
    out
}

fn collapse_doubles(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut last = None;
    for c in key.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Where a letter rule applies. Rules for the same letters are tried in this
/// order, so the specific contexts come before `Any`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Context {
    /// Before `e`, `i` or `y` (soft `c`, `g`-like `j`).
    BeforeFront,
    /// Before a vowel (`ti` in `national`).
    BeforeVowel,
    /// After a consonant (silent `h`).
    AfterConsonant,
    /// Everywhere.
    Any,
}

impl Context {
    fn holds(self, before: Option<char>, after: Option<char>) -> bool {
        match self {
            Context::BeforeFront => after.is_some_and(|c| matches!(c, 'e' | 'i' | 'y')),
            Context::BeforeVowel => after.is_some_and(is_vowel),
            Context::AfterConsonant => before.is_some_and(|c| c.is_alphabetic() && !is_vowel(c)),
            Context::Any => true,
        }
    }
}

/// One language's spelling rules. Every slice is sorted.
struct CognateRules {
    /// Plural endings and their singular replacement, longest first.
    plurals: &'static [(&'static str, &'static str)],
    /// Endings that look plural but are not (`-ss`, `-us`).
    plural_keep: &'static [&'static str],
    /// Word endings and the shared ending they become.
    endings: &'static [(&'static str, &'static str)],
    /// Letter rewrites: (letters, context, replacement).
    letters: &'static [(&'static str, Context, &'static str)],
}

fn cognate_rules(lang: Lang) -> &'static CognateRules {
    match lang {
        Lang::Id => &ID_RULES,
        Lang::En => &EN_RULES,
    }
}

use Context::{AfterConsonant, Any, BeforeFront, BeforeVowel};

static ID_RULES: CognateRules = CognateRules {
    plurals: &[],
    plural_keep: &[],
    endings: &[
        ("al", "al"),       // bilateral, nasional
        ("ansi", "ansi"),   // toleransi / tolerance
        ("asi", "asi"),     // komunikasi / communication
        ("ensi", "ensi"),   // konferensi / conference
        ("er", "er"),       // militer / military
        ("grafi", "grafi"), // geografi / geography
        ("if", "if"),       // aktif / active
        ("ik", "ik"),       // politik / politics, publik / public
        ("ir", "er"),       // eksportir / exporter
        ("is", "ik"),       // strategis / strategic, teroris / terrorist
        ("isasi", "isasi"), // organisasi / organization
        ("isme", "isme"),   // terorisme / terrorism
        ("itas", "itas"),   // universitas / university
        ("logi", "logi"),   // teknologi / technology
        ("men", "men"),     // departemen / department
        ("or", "or"),       // faktor / factor
        ("si", "si"),       // televisi / television
        ("tas", "tas"),     // fakultas / faculty
        ("ur", "ur"),       // struktur / structure
    ],
    letters: &[
        ("dj", Any, "j"),          // old spelling: Djakarta
        ("h", AfterConsonant, ""), // khusus, teknologi stays
        ("j", BeforeFront, "g"),   // jenderal / general
        ("kw", Any, "ku"),         // kwalitas
        ("oe", Any, "u"),          // old spelling: Soekarno
        ("sy", Any, "s"),          // syariah / sharia
        ("tj", Any, "c"),          // old spelling: Tjahja
        ("v", Any, "f"),           // provinsi, aktivis
        ("y", Any, "i"),           // proyek
        ("z", Any, "s"),           // zona / zone
    ],
};

static EN_RULES: CognateRules = CognateRules {
    plurals: &[("ies", "y"), ("s", "")],
    plural_keep: &["ics", "is", "ss", "us"],
    endings: &[
        ("al", "al"),         // bilateral
        ("ance", "ansi"),     // tolerance
        ("ancy", "ansi"),     // pregnancy
        ("ary", "er"),        // military
        ("ation", "asi"),     // communication
        ("ence", "ensi"),     // conference
        ("ency", "ensi"),     // emergency / emergensi
        ("er", "er"),         // exporter
        ("graphy", "grafi"),  // geography
        ("ic", "ik"),         // public, strategic
        ("ical", "ik"),       // political / politis
        ("ics", "ik"),        // politics
        ("isation", "isasi"), // organisation
        ("ism", "isme"),      // terrorism
        ("ist", "ik"),        // terrorist / teroris
        ("ity", "itas"),      // university
        ("ive", "if"),        // active
        ("ization", "isasi"), // organization
        ("logy", "logi"),     // technology
        ("ment", "men"),      // department
        ("or", "or"),         // factor
        ("our", "or"),        // rumour
        ("sion", "si"),       // television
        ("ssion", "si"),      // commission / komisi
        ("tion", "si"),       // protection / proteksi
        ("ty", "tas"),        // faculty
        ("ure", "ur"),        // structure
    ],
    letters: &[
        ("c", BeforeFront, "s"),   // central / sentral
        ("c", Any, "k"),           // conflict / konflik
        ("ch", Any, "k"),          // technology, character
        ("ck", Any, "k"),          // check / cek
        ("h", AfterConsonant, ""), // theory / teori
        ("ou", Any, "u"),          // journal / jurnal
        ("ph", Any, "f"),          // photo / foto
        ("q", Any, "k"),           // Iraq / Irak
        ("qu", Any, "ku"),         // quality / kualitas
        ("ti", BeforeVowel, "si"), // national / nasional
        ("v", Any, "f"),           // active / aktif
        ("x", Any, "ks"),          // export / ekspor
        ("y", Any, "i"),           // system / sistem
        ("z", Any, "s"),           // zone / zona
    ],
};
