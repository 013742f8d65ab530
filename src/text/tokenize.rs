//! Word tokens with their byte spans in the normalized text.
//!
//! A word is a run of letters, digits and combining marks; a hyphen or an
//! apostrophe between two letters or digits stays inside it (`kata-kata`,
//! `Nairobi’s`, `35-year`), and `.`, `,`, `/` or `:` between two digits keeps a
//! number whole (`1.250,5`, `25/2`). Every other non-space character is a
//! token of its own: punctuation or a quote mark. Tokens never cross a
//! sentence span. Nothing here decides what a quote mark means.

use super::NormSpan;
use crate::lang::WordClasses;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits): `kata`, `al-Shabab`.
    Word,
    /// Starts with a digit: `2023`, `1.250,5`, `25/2`, `35-year`.
    Number,
    /// One of “ ” ‘ ’ " ' « » „ ‚ ‹ ›.
    QuoteMark,
    /// Any other single character.
    Punct,
}

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: NormSpan,
    pub kind: TokenKind,
    /// Lowercased text (empty for punctuation and quote marks).
    pub lower: String,
    /// First character is uppercase.
    pub capitalized: bool,
    /// The word tables of the document's language that hold `lower`
    /// (`LangTables::classes`), looked up once when the document is parsed;
    /// empty until then.
    pub classes: WordClasses,
}

impl Token {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// Is `c` a quote mark kutip knows.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '‘' | '’' | '"' | '\'' | '«' | '»' | '„' | '‚' | '‹' | '›' | '＂'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

fn is_inner_joiner(prev: char, c: char, next: char, after: Option<char>) -> bool {
    match c {
        '-' | '‐' | '‑' | '\'' | '’' => is_word_char(prev) && is_word_char(next),
        ',' | '/' | ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
        // `1.250` and the dotted abbreviations `U.S.`, `a.m.`
        '.' => {
            (prev.is_ascii_digit() && next.is_ascii_digit())
                || (prev.is_alphabetic()
                    && next.is_alphabetic()
                    && after.is_none_or(|a| !a.is_alphanumeric()))
        }
        _ => false,
    }
}

/// Appends the tokens of `span` (a span of `text`) to `out`.
pub fn tokenize_into(text: &str, span: NormSpan, out: &mut Vec<Token>) {
    let Some(s) = text.get(span.range()) else {
        return;
    };
    if s.is_ascii() {
        // Each byte is a character: no table of character positions.
        let bytes = s.as_bytes();
        scan(text, span, bytes.len(), |i| (i, bytes[i] as char), out);
    } else {
        // Sized at once: collecting would grow it several times.
        let mut chars: Vec<(usize, char)> = Vec::with_capacity(s.len());
        chars.extend(s.char_indices());
        scan(text, span, chars.len(), |i| chars[i], out);
    }
}

/// The tokens of `span`, whose `n` characters `at` gives with their byte
/// offsets in the span.
fn scan(
    text: &str,
    span: NormSpan,
    n: usize,
    at: impl Fn(usize) -> (usize, char),
    out: &mut Vec<Token>,
) {
    let mut i = 0;
    while i < n {
        let (pos, c) = at(i);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = span.start + pos;
        if is_word_char(c) {
            let mut j = i + 1;
            while j < n {
                let cj = at(j).1;
                if is_word_char(cj) {
                    j += 1;
                } else if j + 1 < n
                    && is_inner_joiner(
                        at(j - 1).1,
                        cj,
                        at(j + 1).1,
                        (j + 2 < n).then(|| at(j + 2).1),
                    )
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = if j < n {
                span.start + at(j).0
            } else {
                span.end
            };
            let word = &text[start..end];
            out.push(Token {
                span: NormSpan::new(start, end),
                kind: if c.is_numeric() {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
                // The same as `to_lowercase` on ASCII, without its
                // per-character case mapping.
                lower: if word.is_ascii() {
                    word.to_ascii_lowercase()
                } else {
                    word.to_lowercase()
                },
                capitalized: c.is_uppercase(),
                classes: WordClasses::default(),
            });
            i = j;
        } else {
            out.push(Token {
                span: NormSpan::new(start, start + c.len_utf8()),
                kind: if is_quote_mark(c) {
                    TokenKind::QuoteMark
                } else {
                    TokenKind::Punct
                },
                lower: String::new(),
                capitalized: false,
                classes: WordClasses::default(),
            });
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        tokenize_into(s, NormSpan::new(0, s.len()), &mut out);
        out.iter().map(|t| s[t.span.range()].to_owned()).collect()
    }

    #[test]
    fn ascii_text_tokenizes_as_through_the_character_table() {
        use proptest::prelude::*;
        let pieces = prop::sample::select(vec![
            "Kata", "kata", "-", "'", "1", "250", ".", ",", "/", ":", " ", "U", "S", "\"", "(",
            ")", "\n", "a", "35",
        ]);
        let text = prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat());
        proptest!(|(t in text)| {
            let span = NormSpan::new(0, t.len());
            let mut fast = Vec::new();
            tokenize_into(&t, span, &mut fast);
            let chars: Vec<(usize, char)> = t.char_indices().collect();
            let mut slow = Vec::new();
            scan(&t, span, chars.len(), |i| chars[i], &mut slow);
            prop_assert_eq!(fast, slow);
        });
    }

    #[test]
    fn joiners_and_numbers() {
        assert_eq!(
            words("Kata-kata Nairobi’s 1.250,5 (25/2) 35-year “ok,” don't"),
            vec![
                "Kata-kata",
                "Nairobi’s",
                "1.250,5",
                "(",
                "25/2",
                ")",
                "35-year",
                "“",
                "ok",
                ",",
                "”",
                "don't"
            ]
        );
        assert_eq!(words("akhir. Lalu"), vec!["akhir", ".", "Lalu"]);
        assert_eq!(
            words("the U.S. and U.N. at 5 p.m."),
            vec!["the", "U.S", ".", "and", "U.N", ".", "at", "5", "p.m", "."]
        );
        assert_eq!(words("'kata'"), vec!["'", "kata", "'"]);
    }
}
