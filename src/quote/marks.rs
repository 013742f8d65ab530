//! Quote marks: which mark opens, which closes, and the spans they enclose.
//!
//! Knows “ ” ‘ ’ " ' « » „ ‚ ‹ › and decides the direction of the straight
//! marks from their neighbours. Double marks pair within a paragraph; a quote
//! left open at the end of a paragraph continues when the next paragraph
//! re-opens it (the news convention for multi-paragraph quotes), and otherwise
//! runs to the end of its paragraph. A closing mark with no opener closes a
//! quote that started at the paragraph's start. Single marks pair only
//! outside double-marked spans, within one paragraph. Nothing here decides
//! whether a span is really a quote or who said it.

use crate::lang::LangTables;
use crate::text::{Document, NormSpan, TokenKind};

/// A span enclosed in quote marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    /// From the opening mark (or paragraph start) to the closing mark (or paragraph end), inclusive.
    pub outer: NormSpan,
    /// The words inside the marks.
    pub inner: NormSpan,
    /// Both marks were found.
    pub balanced: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Double,
    Single,
}

fn level(c: char) -> Level {
    match c {
        '‘' | '’' | '\'' | '‚' | '‹' | '›' => Level::Single,
        _ => Level::Double,
    }
}

/// The direction a mark's shape suggests, when it suggests one.
fn shape_direction(c: char) -> Option<Dir> {
    match c {
        '“' | '‘' | '«' | '„' | '‚' | '‹' => Some(Dir::Open),
        '”' | '’' | '»' | '›' => Some(Dir::Close),
        _ => None,
    }
}

/// Could a quote open right after `c` (a space, an opening bracket or dash)?
fn opens_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '[' | '-' | '–' | '—' | '“' | '‘' | '„' | '‚' | '«' | '/'
        )
}

/// Direction of the mark `c` at byte `pos` of `text`, from its neighbours
/// first and its shape second: print outlets set one shape for both ends
/// (Kompas writes `”…”`, German `„…“` closes with `“`, Danish `»…«`), so
/// a mark between a space and a word opens whatever its shape, and a mark
/// between a word and a space closes. A single mark between two letters is
/// an apostrophe, not a quote.
fn direction(text: &str, pos: usize, c: char, t: &LangTables) -> Option<Dir> {
    let before = text[..pos].chars().next_back();
    let after = text[pos + c.len_utf8()..].chars().next();
    let space_before = before.is_none_or(opens_after);
    let space_after = after.is_none_or(|a| a.is_whitespace());
    match (space_before, space_after) {
        (true, false) => {
            // `…ini, ”ucapnya`: after a comma or a stop and before a
            // lowercase word, a mark set off by a stray space closes,
            // unless its shape opens (`berpendapat, “akan ada …”`) or
            // the word before the comma is a cue that introduces it
            // (`tambahnya, "prospek …`).
            let prev_text = text[..pos].trim_end();
            let after_stop = prev_text.ends_with([',', '.', '!', '?']);
            if after_stop
                && after.is_some_and(char::is_lowercase)
                && shape_direction(c) != Some(Dir::Open)
                && !after_cue(prev_text, t)
            {
                Some(Dir::Close)
            } else {
                Some(Dir::Open)
            }
        }
        (false, true) => Some(Dir::Close),
        (false, false) => {
            let (b, a) = (before.unwrap_or(' '), after.unwrap_or(' '));
            if b.is_alphanumeric() && a.is_alphanumeric() {
                // `don’t`, or a mark glued between two words: the shape decides.
                return if level(c) == Level::Single {
                    None
                } else {
                    shape_direction(c)
                };
            }
            if a.is_alphanumeric() && matches!(b, ':' | ',' | ';') {
                // `said:“We …`
                return Some(Dir::Open);
            }
            if a.is_alphanumeric() && b.is_ascii_punctuation() && shape_direction(c).is_none() {
                // `"Kata`, a straight mark after punctuation that opens a word.
                return Some(Dir::Open);
            }
            if !a.is_alphanumeric() {
                // `kata,"` or `jalan.”)`: glued to punctuation after a word.
                return Some(Dir::Close);
            }
            shape_direction(c).or(Some(Dir::Close))
        }
        (true, true) => shape_direction(c),
    }
}

/// Does `before` (the text up to a mark, trimmed) end in a comma after a
/// reporting verb (`tambahnya,`, `kata dia,` is not: its last word is the
/// speaker)?
fn after_cue(before: &str, t: &LangTables) -> bool {
    let Some(rest) = before.strip_suffix(',') else {
        return false;
    };
    let word = rest
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let word = word.to_lowercase();
    t.is_post_quote_verb(&word)
        || t.is_speech_verb(&word)
        || t.strip_pronoun_clitic(&word)
            .is_some_and(|stem| t.is_post_quote_verb(stem))
}

struct Mark {
    span: NormSpan,
    dir: Dir,
    level: Level,
    paragraph: usize,
}

fn collect_marks(doc: &Document) -> Vec<Mark> {
    let text = doc.text();
    let tables = doc.lang.tables();
    let mut marks = Vec::new();
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        for t in &doc.tokens[p.tokens.clone()] {
            if t.kind != TokenKind::QuoteMark {
                continue;
            }
            let Some(c) = text[t.span.range()].chars().next() else {
                continue;
            };
            if let Some(dir) = direction(text, t.span.start, c, tables) {
                marks.push(Mark {
                    span: t.span,
                    dir,
                    level: level(c),
                    paragraph: pi,
                });
            }
        }
    }
    marks
}

fn first_mark_opens(marks: &[Mark], paragraph: usize, doc: &Document) -> bool {
    let start = doc.paragraphs[paragraph].span.start;
    marks
        .iter()
        .find(|m| m.paragraph == paragraph && m.level == Level::Double)
        .is_some_and(|m| m.dir == Dir::Open && m.span.start == start)
}

fn trimmed(doc: &Document, span: NormSpan) -> NormSpan {
    let s = doc.slice(span);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    NormSpan::new(span.start + lead, (span.end - trail).max(span.start + lead))
}

/// Every marked span of the document, in text order.
pub fn find_marked(doc: &Document) -> Vec<Marked> {
    let marks = collect_marks(doc);
    let mut out = Vec::new();
    // Double marks.
    let mut open: Option<&Mark> = None;
    let doubles: Vec<&Mark> = marks.iter().filter(|m| m.level == Level::Double).collect();
    for (k, m) in doubles.iter().enumerate() {
        let next_paragraph_differs = doubles
            .get(k + 1)
            .is_none_or(|n| n.paragraph != m.paragraph);
        match (m.dir, open) {
            (Dir::Open, None) => open = Some(m),
            (Dir::Open, Some(o)) if o.paragraph != m.paragraph => {
                // Re-opening at a paragraph start continues the quote.
                if m.span.start != doc.paragraphs[m.paragraph].span.start {
                    open = Some(m);
                }
            }
            (Dir::Open, Some(_)) => {}
            (Dir::Close, Some(o)) => {
                out.push(Marked {
                    outer: NormSpan::new(o.span.start, m.span.end),
                    inner: trimmed(doc, NormSpan::new(o.span.end, m.span.start)),
                    balanced: true,
                });
                open = None;
            }
            (Dir::Close, None) => {
                let p = &doc.paragraphs[m.paragraph];
                let first_in_paragraph = !doubles
                    .iter()
                    .any(|d| d.paragraph == m.paragraph && d.span.start < m.span.start);
                if first_in_paragraph && m.span.start > p.span.start {
                    out.push(Marked {
                        outer: NormSpan::new(p.span.start, m.span.end),
                        inner: trimmed(doc, NormSpan::new(p.span.start, m.span.start)),
                        balanced: false,
                    });
                }
            }
        }
        // A quote still open when its paragraph ends.
        if let Some(o) = open
            && next_paragraph_differs
            && o.paragraph == m.paragraph
        {
            let continues = m.paragraph + 1 < doc.paragraphs.len()
                && first_mark_opens(&marks, m.paragraph + 1, doc);
            if !continues {
                let p = &doc.paragraphs[o.paragraph];
                out.push(Marked {
                    outer: NormSpan::new(o.span.start, p.span.end),
                    inner: trimmed(doc, NormSpan::new(o.span.end, p.span.end)),
                    balanced: false,
                });
                open = None;
            }
        }
    }
    if let Some(o) = open {
        let p = &doc.paragraphs[o.paragraph];
        out.push(Marked {
            outer: NormSpan::new(o.span.start, p.span.end),
            inner: trimmed(doc, NormSpan::new(o.span.end, p.span.end)),
            balanced: false,
        });
    }
    // Single marks, outside double spans, within one paragraph.
    let mut single_open: Option<&Mark> = None;
    for m in marks.iter().filter(|m| m.level == Level::Single) {
        if out.iter().any(|d| d.outer.contains(m.span)) {
            continue;
        }
        match (m.dir, single_open) {
            (Dir::Open, _) => single_open = Some(m),
            (Dir::Close, Some(o)) if o.paragraph == m.paragraph => {
                out.push(Marked {
                    outer: NormSpan::new(o.span.start, m.span.end),
                    inner: trimmed(doc, NormSpan::new(o.span.end, m.span.start)),
                    balanced: true,
                });
                single_open = None;
            }
            (Dir::Close, _) => single_open = None,
        }
    }
    out.retain(|m| !m.inner.is_empty());
    out.sort_by_key(|m| (m.outer.start, m.outer.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn inner(text: &str) -> Vec<String> {
        let doc = Document::parse(text, Lang::Id);
        find_marked(&doc)
            .into_iter()
            .map(|m| doc.slice(m.inner).to_owned())
            .collect()
    }

    #[test]
    fn pairs_every_mark_style() {
        assert_eq!(inner("“Satu dua,” kata A."), vec!["Satu dua,"]);
        assert_eq!(inner("\"Satu dua,\" kata A."), vec!["Satu dua,"]);
        assert_eq!(inner("«Satu dua» kata A."), vec!["Satu dua"]);
        assert_eq!(inner("‘Satu dua,’ kata A."), vec!["Satu dua,"]);
        assert_eq!(inner("A said 'no way' today."), vec!["no way"]);
        assert_eq!(inner("Nairobi’s mall, don't."), Vec::<String>::new());
    }

    #[test]
    fn nested_and_mixed_marks() {
        assert_eq!(
            inner("“Dia bilang ‘tidak’ kemarin,” kata A."),
            vec!["Dia bilang ‘tidak’ kemarin,"]
        );
        assert_eq!(inner("\"Saya setuju,” ujarnya."), vec!["Saya setuju,"]);
    }

    #[test]
    fn a_spaced_mark_after_a_cue_and_a_comma_opens() {
        // Kompas sets `”` at both ends: after a comma it closes before the cue …
        assert_eq!(
            inner("”Kami siap, ”ucapnya. ”Besok kita mulai,” katanya."),
            vec!["Kami siap,", "Besok kita mulai,"]
        );
        // … and opens after one, in either shape.
        assert_eq!(
            inner("Perundingan, tambahnya, \"prospek itu masih ada.\""),
            vec!["prospek itu masih ada."]
        );
        assert_eq!(
            inner("Namun, ujarnya, ”kami akan menunggu.”"),
            vec!["kami akan menunggu."]
        );
    }

    #[test]
    fn quote_across_paragraphs() {
        let t = "“Paragraf satu.\n“Paragraf dua,” katanya.";
        let doc = Document::parse(t, Lang::Id);
        let m = find_marked(&doc);
        assert_eq!(m.len(), 1);
        assert_eq!(doc.slice(m[0].inner), "Paragraf satu.\n“Paragraf dua,");
    }

    #[test]
    fn unbalanced_marks_do_not_fail() {
        assert_eq!(
            inner("“Tidak ditutup sama sekali"),
            vec!["Tidak ditutup sama sekali"]
        );
        assert_eq!(inner("Tidak dibuka,” katanya."), vec!["Tidak dibuka,"]);
        assert_eq!(inner("” “ ” “"), Vec::<String>::new());
    }
}
