//! The text primitives of the scorer, each the exact counterpart of a
//! Python built-in that `score.py` uses: words (`re.findall(r"\w+", …)` on
//! NFKC-normalized, lowercased text), token F1, blank cells (`str.strip()`)
//! and rounding to three decimals (`round(x, 3)`). Scoring itself lives in
//! the parent module; nothing here knows about rows or speakers.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A character of Python's `\w`: a letter or a number (general categories
/// L and N) or `_`. Rust's `is_alphanumeric` also takes the combining marks
/// and the enclosed letters that Unicode counts as alphabetic; Python's
/// `\w` does not.
fn is_word_char(c: char) -> bool {
    c == '_'
        || (c.is_alphanumeric()
            && !is_combining_mark(c)
            && !matches!(c, '\u{1F150}'..='\u{1F169}' | '\u{1F170}'..='\u{1F189}'))
}

/// The lowercased words of `s` after NFKC normalization, as
/// `re.findall(r"\w+", unicodedata.normalize("NFKC", s).lower())`.
pub fn toks(s: &str) -> Vec<String> {
    let s: String = s.nfkc().collect::<String>().to_lowercase();
    s.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Token F1 of two strings (1.0 when both have no words, 0.0 when one has
/// none). The arithmetic is done in the same order as `score.py`'s, so the
/// same pair gives the same `f64` bit for bit and ties sort the same way.
pub fn f1(a: &str, b: &str) -> f64 {
    let (a, b) = (toks(a), toks(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut count: HashMap<&str, usize> = HashMap::new();
    for w in &a {
        *count.entry(w).or_default() += 1;
    }
    let mut common = 0usize;
    for w in &b {
        if let Some(c) = count.get_mut(w.as_str())
            && *c > 0
        {
            *c -= 1;
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (
        common as f64 / a.len() as f64,
        common as f64 / b.len() as f64,
    );
    2.0 * p * r / (p + r)
}

/// Python's `str.isspace`: Unicode white space plus the four information
/// separators U+001C–U+001F, which Rust's `char::is_whitespace` leaves out.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `s.strip()` in Python.
pub fn py_strip(s: &str) -> &str {
    s.trim_matches(is_py_space)
}

/// True when `s.strip()` is empty in Python.
pub fn is_blank(s: &str) -> bool {
    py_strip(s).is_empty()
}

/// `round(x, 3)` in Python: the decimal nearest to the exact binary value of
/// `x`, ties to even (1/16 = 0.0625 gives 0.062). Rust's formatting rounds
/// the exact value the same way; `(x * 1000.0).round() / 1000.0` does not.
pub fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values printed by Python 3.11 (`toks` as in `score.py`).
    #[test]
    fn words_are_those_of_python_w() {
        assert_eq!(toks("Perjalanan Li’s"), ["perjalanan", "li", "s"]);
        assert_eq!(toks("Ｆｕｌｌ ﬁx"), ["full", "fix"]);
        assert_eq!(toks("x_y 3²"), ["x_y", "32"]);
        // Combining marks split words in Python: the dotted capital I
        // lowercases to i + U+0307, vowel signs of Devanagari are marks.
        assert_eq!(toks("İstanbul ΣΑΣ"), ["i", "stanbul", "σας"]);
        assert_eq!(toks("हिन्दी भाषा"), ["ह", "न", "द", "भ", "ष"]);
        // Enclosed letters: NFKC opens the circled ones, not the negative ones.
        assert_eq!(toks("Ⓐbc 🅐x"), ["abc", "x"]);
        // NFKC composes a + combining acute into one letter first.
        assert_eq!(toks("a\u{301}b"), ["áb"]);
    }

    #[test]
    fn f1_counts_repeated_words_once_per_occurrence() {
        assert_eq!(
            f1("a a b", "a b b"),
            2.0 * (2.0 / 3.0) * (2.0 / 3.0) / (4.0 / 3.0)
        );
        assert_eq!(f1("", " ,"), 1.0);
        assert_eq!(f1("a", ""), 0.0);
        assert_eq!(f1("a", "b"), 0.0);
    }

    #[test]
    fn strip_is_pythons() {
        assert_eq!(py_strip(" \u{1c}ab\u{1f}\u{a0} "), "ab");
        assert!(is_blank("\u{3000}\u{1e}"));
        assert!(!is_blank("\u{200b}"));
    }

    /// Python's `round(x, 3)` for ratios and F1 values; 795,610 of them were
    /// compared with Python when this was written, these are the ties.
    #[test]
    fn rounding_is_pythons_half_even_on_the_exact_value() {
        assert_eq!(round3(1.0 / 16.0), 0.062);
        assert_eq!(round3(13.0 / 16.0), 0.812);
        assert_eq!(round3(15.0 / 16.0), 0.938);
        assert_eq!(round3(3.0 / 16.0), 0.188);
        assert_eq!(round3(2.0 / 3.0), 0.667);
        assert_eq!(round3(0.0), 0.0);
        assert_eq!(round3(1.0), 1.0);
        // 0.1235 is stored just below the tie: Python gives 0.123; 0.1255 is
        // stored just above it: 0.126.
        assert_eq!(round3(0.1235), 0.123);
        assert_eq!(round3(0.1255), 0.126);
    }
}
