//! Normalization with an offset map back to the original text.
//!
//! Produces NFC text with line endings folded to `\n`, odd spaces (NBSP, thin
//! and ideographic spaces, tabs) folded to a plain space, and invisible
//! characters (BOM, zero-width joiners, soft hyphen) dropped. Every byte of
//! the output remembers the original byte span that produced it, so any span
//! of the normalized text maps back exactly ([`Normalized::to_original`]).
//! Quote marks and dashes are *not* folded: their shape carries direction.
//! Hard-wrapped text has the line breaks inside its paragraphs joined
//! ([`super::reflow`]): dropped, or folded to a space.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

use super::reflow::{Join, wrapped_breaks};
use super::{NormSpan, OrigSpan};

/// Normalized text that remembers where each byte came from.
#[derive(Debug, Clone)]
pub struct Normalized {
    original: String,
    text: String,
    /// `origin[i]` = original byte span that produced normalized byte `i`.
    origin: Vec<(u32, u32)>,
}

/// An ASCII character that normalization keeps as it is (not a tab,
/// vertical tab, form feed or carriage return).
fn plain_ascii(c: char) -> bool {
    c.is_ascii() && !matches!(c, '\t' | '\u{000b}' | '\u{000c}' | '\r')
}

/// What happens to one character before NFC.
fn fold(c: char) -> Option<char> {
    match c {
        '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{00ad}' => None,
        '\t' | '\u{00a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            Some(' ')
        }
        '\u{000b}' | '\u{000c}' | '\u{0085}' | '\u{2028}' | '\u{2029}' => Some('\n'),
        c => Some(c),
    }
}

impl Normalized {
    /// Normalizes `original`.
    pub fn new(original: &str) -> Normalized {
        let mut n = Normalized {
            original: original.to_owned(),
            text: String::with_capacity(original.len()),
            origin: Vec::with_capacity(original.len()),
        };
        let mut cluster = String::new();
        let mut cluster_start = 0usize;
        let mut cluster_end = 0usize;
        let wraps = wrapped_breaks(original);
        let mut next_wrap = 0;
        let bytes = original.as_bytes();
        let mut iter = original.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let end = i + c.len_utf8();
            // A run of plain ASCII up to the next wrapped break, each byte
            // its own cluster (as below), copied at once. The last byte of
            // the run stays for the loop below when a non-ASCII character
            // follows it (a combining mark may compose with it).
            if plain_ascii(c) && cluster.is_empty() {
                let limit = wraps.get(next_wrap).map_or(bytes.len(), |w| w.at);
                if i < limit {
                    let mut j = i;
                    while j < limit && plain_ascii(bytes[j] as char) {
                        j += 1;
                    }
                    if j < bytes.len() && !bytes[j].is_ascii() {
                        j -= 1;
                    }
                    if j > i + 1 {
                        n.text.push_str(&original[i..j]);
                        n.origin.extend((i as u32..j as u32).map(|b| (b, b + 1)));
                        // Skip the run's other characters.
                        while iter.next_if(|&(k, _)| k < j).is_some() {}
                        continue;
                    }
                }
            }
            // A line break inside a hard-wrapped paragraph.
            if let Some(w) = wraps.get(next_wrap)
                && w.at == i
            {
                next_wrap += 1;
                if w.len == 2 {
                    iter.next();
                }
                if w.join == Join::Space {
                    n.flush(&mut cluster, cluster_start, cluster_end);
                    n.push(' ', i, i + w.len);
                }
                continue;
            }
            // CR LF and lone CR become one LF.
            if c == '\r' {
                let mut to = end;
                if let Some(&(j, '\n')) = iter.peek() {
                    to = j + 1;
                    iter.next();
                }
                n.flush(&mut cluster, cluster_start, cluster_end);
                n.push('\n', i, to);
                continue;
            }
            // Plain ASCII followed by ASCII (or the end) is its own cluster
            // and needs no folding or composition.
            if c.is_ascii()
                && !matches!(c, '\t' | '\u{000b}' | '\u{000c}')
                && original.as_bytes().get(end).is_none_or(u8::is_ascii)
            {
                n.flush(&mut cluster, cluster_start, cluster_end);
                n.text.push(c);
                n.origin.push((i as u32, end as u32));
                continue;
            }
            let Some(f) = fold(c) else {
                continue;
            };
            if f != c {
                n.flush(&mut cluster, cluster_start, cluster_end);
                n.push(f, i, end);
                continue;
            }
            // Group a starter with the combining marks after it; NFC each group.
            if canonical_combining_class(f) == 0 || cluster.is_empty() {
                n.flush(&mut cluster, cluster_start, cluster_end);
                cluster_start = i;
            }
            cluster.push(f);
            cluster_end = end;
        }
        n.flush(&mut cluster, cluster_start, cluster_end);
        n
    }

    fn push(&mut self, c: char, from: usize, to: usize) {
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        self.text.push_str(s);
        for _ in 0..s.len() {
            self.origin.push((from as u32, to as u32));
        }
    }

    fn flush(&mut self, cluster: &mut String, from: usize, to: usize) {
        if cluster.is_empty() {
            return;
        }
        let mut chars = cluster.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => self.push(c, from, to),
            _ => {
                let composed: String = cluster.nfc().collect();
                for c in composed.chars() {
                    self.push(c, from, to);
                }
            }
        }
        cluster.clear();
    }

    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text as read.
    pub fn original(&self) -> &str {
        &self.original
    }

    /// Maps a span of the normalized text to the original text. An empty span
    /// maps to an empty span at the corresponding position.
    pub fn to_original(&self, span: NormSpan) -> OrigSpan {
        let len = self.origin.len();
        if len == 0 {
            return OrigSpan { start: 0, end: 0 };
        }
        let start = span.start.min(len);
        let end = span.end.min(len);
        if end <= start {
            let at = if start < len {
                self.origin[start].0
            } else {
                self.origin[len - 1].1
            } as usize;
            return OrigSpan { start: at, end: at };
        }
        OrigSpan {
            start: self.origin[start].0 as usize,
            end: self.origin[end - 1].1 as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Normalized {
        /// The character-by-character normalization the ASCII runs of
        /// [`Normalized::new`] shortcut: both must give the same text and map.
        fn one_char_at_a_time(original: &str) -> Normalized {
            let mut n = Normalized {
                original: original.to_owned(),
                text: String::with_capacity(original.len()),
                origin: Vec::with_capacity(original.len()),
            };
            let mut cluster = String::new();
            let mut cluster_start = 0usize;
            let mut cluster_end = 0usize;
            let wraps = wrapped_breaks(original);
            let mut next_wrap = 0;
            let mut iter = original.char_indices().peekable();
            while let Some((i, c)) = iter.next() {
                let end = i + c.len_utf8();
                // A line break inside a hard-wrapped paragraph.
                if let Some(w) = wraps.get(next_wrap)
                    && w.at == i
                {
                    next_wrap += 1;
                    if w.len == 2 {
                        iter.next();
                    }
                    if w.join == Join::Space {
                        n.flush(&mut cluster, cluster_start, cluster_end);
                        n.push(' ', i, i + w.len);
                    }
                    continue;
                }
                // CR LF and lone CR become one LF.
                if c == '\r' {
                    let mut to = end;
                    if let Some(&(j, '\n')) = iter.peek() {
                        to = j + 1;
                        iter.next();
                    }
                    n.flush(&mut cluster, cluster_start, cluster_end);
                    n.push('\n', i, to);
                    continue;
                }
                // Plain ASCII followed by ASCII (or the end) is its own cluster
                // and needs no folding or composition.
                if c.is_ascii()
                    && !matches!(c, '\t' | '\u{000b}' | '\u{000c}')
                    && original.as_bytes().get(end).is_none_or(u8::is_ascii)
                {
                    n.flush(&mut cluster, cluster_start, cluster_end);
                    n.text.push(c);
                    n.origin.push((i as u32, end as u32));
                    continue;
                }
                let Some(f) = fold(c) else {
                    continue;
                };
                if f != c {
                    n.flush(&mut cluster, cluster_start, cluster_end);
                    n.push(f, i, end);
                    continue;
                }
                // Group a starter with the combining marks after it; NFC each group.
                if canonical_combining_class(f) == 0 || cluster.is_empty() {
                    n.flush(&mut cluster, cluster_start, cluster_end);
                    cluster_start = i;
                }
                cluster.push(f);
                cluster_end = end;
            }
            n.flush(&mut cluster, cluster_start, cluster_end);
            n
        }
    }

    #[test]
    fn ascii_runs_give_what_one_character_at_a_time_gives() {
        use proptest::prelude::*;
        let pieces = prop::sample::select(vec![
            "a",
            "Kata ",
            "Putin.",
            "\n",
            "\r\n",
            "\r",
            "\t",
            "\u{a0}",
            "e\u{301}",
            "\u{301}",
            "“ok”",
            "\u{feff}",
            "\u{200b}",
            "é",
            "\n\n",
            " ",
            "x\u{2028}y",
            "-",
            "\u{b}",
        ]);
        let text = prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat());
        proptest!(|(t in text)| {
            let (fast, slow) = (Normalized::new(&t), Normalized::one_char_at_a_time(&t));
            prop_assert_eq!(&fast.text, &slow.text);
            prop_assert_eq!(&fast.origin, &slow.origin);
        });
        // Hard-wrapped text, whose joins the runs stop at.
        let para = "Brahimi mengatakan tugasnya untuk membantu mengatur gencatan senjata dan \
                    memulai pembicaraan tentang pemerintahan transisi, hampir mustahil.";
        let wrapped: String = para
            .split(' ')
            .collect::<Vec<_>>()
            .chunks(5)
            .map(|c| c.join(" "))
            .collect::<Vec<_>>()
            .join("\n");
        for t in [
            wrapped.clone(),
            wrapped.replace('\n', "\r\n"),
            format!("{wrapped}\n\n{wrapped}"),
        ] {
            let (fast, slow) = (Normalized::new(&t), Normalized::one_char_at_a_time(&t));
            assert_eq!(fast.text, slow.text);
            assert_eq!(fast.origin, slow.origin);
        }
    }

    fn back(n: &Normalized, needle: &str) -> String {
        let s = n.text().find(needle).unwrap();
        let o = n.to_original(NormSpan::new(s, s + needle.len()));
        n.original()[o.range()].to_owned()
    }

    #[test]
    fn crlf_nbsp_bom_and_nfc() {
        let raw = "\u{feff}Kata\u{a0}Putin.\r\nCafe\u{301} “ok”\rX";
        let n = Normalized::new(raw);
        assert_eq!(n.text(), "Kata Putin.\nCafé “ok”\nX");
        assert_eq!(back(&n, "Kata Putin"), "Kata\u{a0}Putin");
        assert_eq!(back(&n, "é"), "e\u{301}");
        assert_eq!(back(&n, "“ok”"), "“ok”");
        assert_eq!(back(&n, "\nX"), "\rX");
    }

    #[test]
    fn wrapped_lines_join_and_offsets_stay_in_the_file() {
        let para = "Brahimi mengatakan tugasnya untuk membantu mengatur gencatan senjata dan \
                    memulai pembicaraan tentang pemerintahan transisi, hampir mustahil katanya.";
        let text = [para; 3].join("\n");
        let folded: String = text
            .split('\n')
            .map(|l| {
                let b = l.as_bytes();
                b.chunks(50)
                    .map(|c| std::str::from_utf8(c).unwrap())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect::<Vec<_>>()
            .join("\n");
        let n = Normalized::new(&folded);
        assert_eq!(n.text(), text);
        // "mengatur" is cut by the fold: its span covers the break.
        assert_eq!(back(&n, "mengatur gencatan"), "mengatu\nr gencatan");
    }

    #[test]
    fn empty_spans_and_empty_text() {
        let n = Normalized::new("");
        assert_eq!(n.to_original(NormSpan::new(0, 3)).range(), 0..0);
        let n = Normalized::new("ab");
        assert_eq!(n.to_original(NormSpan::new(5, 9)).range(), 2..2);
    }
}
