//! Marking words inside a text for the review page: the evidence words of a
//! row's flags inside its quotes, and the quote inside its paragraph. The
//! text is escaped here; the marks are the only markup added.
//!
//! Evidence words are found case-insensitively on word boundaries (the
//! flags carry words, not offsets); where several overlap, the longest
//! wins. Character ranges (the quote in its paragraph) are marked as given.

use super::escape;

/// A span of text to mark: the class of its `<mark>` and its tooltip.
pub struct Needle<'a> {
    pub words: &'a str,
    pub class: &'static str,
    pub title: &'a str,
}

/// One character's byte offset and its lowercase form.
fn folded(s: &str) -> Vec<(usize, char)> {
    s.char_indices()
        .map(|(i, c)| (i, c.to_lowercase().next().unwrap_or(c)))
        .collect()
}

/// Byte ranges of `needle` in `text` that start and end on word boundaries.
fn find_all(text: &[(usize, char)], text_len: usize, needle: &str) -> Vec<(usize, usize)> {
    let n: Vec<char> = folded(needle.trim()).into_iter().map(|(_, c)| c).collect();
    if n.is_empty() || n.len() > text.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for start in 0..=text.len() - n.len() {
        if !text[start..start + n.len()]
            .iter()
            .map(|x| x.1)
            .eq(n.iter().copied())
        {
            continue;
        }
        let before = start.checked_sub(1).map(|i| text[i].1);
        let after = text.get(start + n.len()).map(|x| x.1);
        let edge = |c: Option<char>, inner: char| {
            c.is_none_or(|c| !c.is_alphanumeric()) || !inner.is_alphanumeric()
        };
        if edge(before, n[0]) && edge(after, n[n.len() - 1]) {
            let end = text.get(start + n.len()).map_or(text_len, |x| x.0);
            out.push((text[start].0, end));
        }
    }
    out
}

/// Writes `text` escaped, with `marks` (byte ranges, each with its class
/// and title) wrapped in `<mark>`; overlapping ranges keep the longest.
fn render(text: &str, mut marks: Vec<(usize, usize, &str, &str)>) -> String {
    marks.sort_by_key(|m| (std::cmp::Reverse(m.1 - m.0), m.0));
    let mut kept: Vec<(usize, usize, &str, &str)> = Vec::new();
    for m in marks {
        if kept.iter().all(|k| m.1 <= k.0 || k.1 <= m.0) {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.0);
    let mut out = String::with_capacity(text.len() + kept.len() * 40);
    let mut at = 0;
    for (a, b, class, title) in kept {
        out.push_str(&escape(&text[at..a]));
        out.push_str(&format!(
            "<mark class=\"{class}\" title=\"{}\">{}</mark>",
            escape(title),
            escape(&text[a..b])
        ));
        at = b;
    }
    out.push_str(&escape(&text[at..]));
    out
}

/// `text` escaped, with every occurrence of each needle's words marked.
pub fn mark_words(text: &str, needles: &[Needle<'_>]) -> String {
    let chars = folded(text);
    let mut marks = Vec::new();
    for n in needles {
        for (a, b) in find_all(&chars, text.len(), n.words) {
            marks.push((a, b, n.class, n.title));
        }
    }
    render(text, marks)
}

/// `text` escaped, with the characters `from..to` (character offsets,
/// clamped to the text) marked with `class`.
pub fn mark_chars(text: &str, from: usize, to: usize, class: &'static str) -> String {
    let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(i, _)| i);
    let (a, b) = (byte(from), byte(to));
    if a >= b {
        return escape(text);
    }
    render(text, vec![(a, b, class, "")])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needle(words: &str) -> Needle<'_> {
        Needle {
            words,
            class: "ev",
            title: "omission",
        }
    }

    #[test]
    fn words_are_marked_on_word_boundaries_case_insensitively() {
        let got = mark_words(
            "Itu sebabnya, kata Brahimi, situasi <itu> sulit.",
            &[needle("itu")],
        );
        assert_eq!(
            got,
            "<mark class=\"ev\" title=\"omission\">Itu</mark> sebabnya, kata Brahimi, \
             situasi &lt;<mark class=\"ev\" title=\"omission\">itu</mark>&gt; sulit."
        );
    }

    #[test]
    fn the_longest_of_overlapping_marks_wins() {
        let got = mark_words(
            "do not have to go",
            &[
                needle("have to"),
                needle("not have to go"),
                needle("absent"),
            ],
        );
        assert_eq!(
            got,
            "do <mark class=\"ev\" title=\"omission\">not have to go</mark>"
        );
    }

    #[test]
    fn a_character_range_is_marked_and_clamped() {
        assert_eq!(
            mark_chars("Kata “ya” saja", 5, 9, "q"),
            "Kata <mark class=\"q\" title=\"\">“ya”</mark> saja"
        );
        assert_eq!(
            mark_chars("ab", 1, 99, "q"),
            "a<mark class=\"q\" title=\"\">b</mark>"
        );
        assert_eq!(mark_chars("ab", 5, 9, "q"), "ab");
    }
}
