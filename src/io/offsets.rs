//! Byte offsets of the original text to the contract's character offsets.
//!
//! The CSV, JSONL and TMX contracts give half-open offsets in Unicode scalar
//! values of the input text as given (BOM and CR included), so that in
//! Python `text[start:end] == quote` for the text read with
//! `open(path, encoding="utf-8", newline="")`. This is the one place where
//! bytes become characters.

use crate::text::OrigSpan;

/// Maps byte offsets of one text to character offsets.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every character start; empty when the text is ASCII.
    starts: Vec<u32>,
    len_bytes: usize,
    len_chars: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        let ascii = text.is_ascii();
        let starts = if ascii {
            Vec::new()
        } else {
            text.char_indices().map(|(i, _)| i as u32).collect()
        };
        CharIndex {
            len_chars: if ascii { text.len() } else { starts.len() },
            starts,
            len_bytes: text.len(),
        }
    }

    /// The character offset of byte `b` (a char boundary, or the end).
    pub fn char_of(&self, b: usize) -> usize {
        if b >= self.len_bytes {
            return self.len_chars;
        }
        if self.starts.is_empty() {
            return b;
        }
        self.starts.partition_point(|&s| (s as usize) < b)
    }

    /// Character offsets of a byte span.
    pub fn chars(&self, span: OrigSpan) -> (usize, usize) {
        (self.char_of(span.start), self.char_of(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_to_chars() {
        let t = "\u{feff}“Kami,” katanya.";
        let ix = CharIndex::new(t);
        let start = t.find("Kami").unwrap();
        let (a, b) = ix.chars(OrigSpan {
            start,
            end: start + 4,
        });
        let s: String = t.chars().skip(a).take(b - a).collect();
        assert_eq!(s, "Kami");
        assert_eq!(ix.char_of(t.len()), t.chars().count());
        let ascii = CharIndex::new("abc");
        assert_eq!(ascii.chars(OrigSpan { start: 1, end: 3 }), (1, 3));
    }
}
