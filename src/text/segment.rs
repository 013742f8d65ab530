//! Paragraphs and sentences.
//!
//! A paragraph is one non-empty line. A sentence ends at `.`, `!`, `?` or `…`
//! (with any closing quote marks and brackets after it) when whitespace and
//! then an uppercase letter, a digit, an opening bracket or dash, or a quote
//! mark of any shape glued to the next word follow, unless
//! the word before the full stop is an abbreviation of the language tables
//! (`Dr.`, `Jend.`, `U.S.`), an initial (`J.`), or a number (`No. 5`).
//! Decimal and thousands separators never end a sentence because no space
//! follows them. Quote marks do not stop a sentence from ending inside them.

use std::ops::Range;

use super::NormSpan;
use crate::lang::Lang;

/// A content paragraph.
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub span: NormSpan,
    pub sentences: Range<usize>,
    pub tokens: Range<usize>,
}

/// A sentence of a paragraph.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: NormSpan,
    pub paragraph: usize,
    pub tokens: Range<usize>,
}

/// Non-empty lines of `text`, trimmed.
pub fn split_paragraphs(text: &str) -> Vec<NormSpan> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        let lead = line.len() - line.trim_start().len();
        let trail = line.len() - line.trim_end().len();
        if lead < line.len() {
            out.push(NormSpan::new(start + lead, end - trail));
        }
        start = end + 1;
    }
    out
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '»' | ')' | ']' | '›')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(
            c,
            '“' | '‘' | '"' | '\'' | '«' | '(' | '[' | '-' | '–' | '—' | '„'
        )
}

/// The word just before byte `end` of `s` (letters, digits and inner dots).
fn word_before(s: &str, end: usize) -> &str {
    let head = &s[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &head[start..]
}

/// Sentences of the paragraph `span` of `text`.
pub fn split_sentences(text: &str, span: NormSpan, lang: Lang) -> Vec<NormSpan> {
    let Some(s) = text.get(span.range()) else {
        return Vec::new();
    };
    let tables = lang.tables();
    let terminator = |c: char| matches!(c, '.' | '!' | '?' | '…');
    let mut out = Vec::new();
    let mut sent_start = 0usize;
    // Byte offsets into `s`: from `i`, the next terminator is looked for.
    let mut i = 0;
    while let Some(found) = s[i..].find(['.', '!', '?', '…']) {
        let pos = i + found;
        let Some(c) = s[pos..].chars().next() else {
            break;
        };
        // Run of terminators and closers, up to the character after it.
        let mut j = pos + c.len_utf8();
        let Some(after_run) = s[j..].chars().find(|&d| {
            let inside = terminator(d) || is_closer(d);
            if inside {
                j += d.len_utf8();
            }
            !inside
        }) else {
            break;
        };
        if !after_run.is_whitespace() {
            i = j;
            continue;
        }
        let mut k = j;
        let next = s[k..].chars().find(|&d| {
            if d.is_whitespace() {
                k += d.len_utf8();
            }
            !d.is_whitespace()
        });
        // Any quote mark glued to the next word may open a sentence: print
        // outlets set `”` or `»` as opening marks too.
        let opening_mark = |m: char| {
            crate::text::tokenize::is_quote_mark(m)
                && s[k + m.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|n| !n.is_whitespace())
        };
        let Some(next) = next.filter(|&m| starts_sentence(m) || opening_mark(m)) else {
            i = j;
            continue;
        };
        if c == '.' && pos + 1 == j {
            let w = word_before(s, pos);
            let bare = w.trim_end_matches('.').to_lowercase();
            let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
            if tables.is_abbreviation(&bare) || initial || (bare == "no" && next.is_numeric()) {
                i = j;
                continue;
            }
        }
        out.push(NormSpan::new(span.start + sent_start, span.start + j));
        sent_start = k;
        i = k;
    }
    if sent_start < s.len() {
        out.push(NormSpan::new(span.start + sent_start, span.end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-table scan [`split_sentences`] replaced: both must
    /// give the same sentences.
    fn split_sentences_by_char_table(text: &str, span: NormSpan, lang: Lang) -> Vec<NormSpan> {
        let Some(s) = text.get(span.range()) else {
            return Vec::new();
        };
        let tables = lang.tables();
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut out = Vec::new();
        let mut sent_start = 0usize;
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if !matches!(c, '.' | '!' | '?' | '…') {
                i += 1;
                continue;
            }
            // Run of terminators and closers.
            let mut j = i + 1;
            while j < chars.len()
                && (matches!(chars[j].1, '.' | '!' | '?' | '…') || is_closer(chars[j].1))
            {
                j += 1;
            }
            if j >= chars.len() {
                break;
            }
            if !chars[j].1.is_whitespace() {
                i = j;
                continue;
            }
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            // Any quote mark glued to the next word may open a sentence: print
            // outlets set `”` or `»` as opening marks too.
            let opening_mark = |k: usize| {
                crate::text::tokenize::is_quote_mark(chars[k].1)
                    && chars.get(k + 1).is_some_and(|n| !n.1.is_whitespace())
            };
            if k >= chars.len() || !(starts_sentence(chars[k].1) || opening_mark(k)) {
                i = j;
                continue;
            }
            if c == '.' && i + 1 == j {
                let w = word_before(s, pos);
                let bare = w.trim_end_matches('.').to_lowercase();
                let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
                if tables.is_abbreviation(&bare)
                    || initial
                    || (bare == "no" && chars[k].1.is_numeric())
                {
                    i = j;
                    continue;
                }
            }
            let end = chars[j - 1].0 + chars[j - 1].1.len_utf8();
            out.push(NormSpan::new(span.start + sent_start, span.start + end));
            sent_start = chars[k].0;
            i = k;
        }
        if sent_start < s.len() {
            out.push(NormSpan::new(span.start + sent_start, span.end));
        }
        out
    }

    #[test]
    fn byte_scan_gives_what_the_character_table_gave() {
        use proptest::prelude::*;
        let pieces = prop::sample::select(vec![
            "Kata", " ", "  ", ".", "!", "?", "…", "”", "“", "\"", ")", "(", "Dr", "no", "5", "a",
            "U", "\n", "'", "»", "—", "é", "É",
        ]);
        let text = prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat());
        proptest!(|(t in text)| {
            for lang in [Lang::Id, Lang::En] {
                let span = NormSpan::new(0, t.len());
                prop_assert_eq!(
                    split_sentences(&t, span, lang),
                    split_sentences_by_char_table(&t, span, lang)
                );
            }
        });
    }

    fn sents(s: &str, lang: Lang) -> Vec<&str> {
        split_sentences(s, NormSpan::new(0, s.len()), lang)
            .into_iter()
            .map(|sp| &s[sp.range()])
            .collect()
    }

    #[test]
    fn abbreviations_numbers_and_quotes() {
        assert_eq!(
            sents(
                "Jend. Andika tiba Kamis (25/2). Nilainya 1.250,5 juta. AS menolak.",
                Lang::Id
            ),
            vec![
                "Jend. Andika tiba Kamis (25/2).",
                "Nilainya 1.250,5 juta.",
                "AS menolak."
            ]
        );
        assert_eq!(
            sents(
                "U.S. forces left. Dr. Smith said “No.” Then No. 5 won.",
                Lang::En
            ),
            vec![
                "U.S. forces left.",
                "Dr. Smith said “No.”",
                "Then No. 5 won."
            ]
        );
        assert_eq!(
            sents(
                "“Perang Dingin… sangat stabil,” katanya. Dia pergi",
                Lang::Id
            ),
            vec!["“Perang Dingin… sangat stabil,” katanya.", "Dia pergi"]
        );
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let t = "  a b \n\n c\n";
        let p: Vec<&str> = split_paragraphs(t)
            .into_iter()
            .map(|s| &t[s.range()])
            .collect();
        assert_eq!(p, vec!["a b", "c"]);
    }
}
