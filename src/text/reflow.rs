//! Hard-wrapped text: finds the line breaks that a wrapping tool put inside
//! paragraphs, so that normalization can join the lines of each paragraph
//! back into one (the pipeline reads one paragraph per line).
//!
//! Two kinds of wrapping are recognized:
//! - **cut at a fixed width** (`fold -w 80`): nearly every line that goes on
//!   is exactly as wide as the widest line, in bytes (GNU `fold` counts
//!   bytes) or in characters, and a word may be cut in two. Such a break
//!   joins with nothing, which gives back the text before folding.
//! - **wrapped at word boundaries** (`fold -s`, `fmt`, an editor's fill): a
//!   line ends where the next word would not have fitted within the widest
//!   line (or would have filled it), and most such lines end inside a sentence. Such a break joins
//!   with a space, or with nothing when a space is already beside it.
//!
//! A line that ends early (the next word would have fitted), a blank line,
//! or a text whose widest line is longer than [`MAX_WRAP_WIDTH`] characters
//! keeps its breaks: a file with one paragraph per line is left alone (a
//! test checks every bundled article). Does not change the text: it returns
//! the breaks to join, and the offset map of [`super::normalize`] keeps
//! every offset pointing into the text as given.

/// Wider lines than this are not a wrapping tool's: editors and `fold`
/// wrap at 60 to 132 columns.
pub const MAX_WRAP_WIDTH: usize = 160;

/// Narrower lines than this are a list or verse, not wrapped prose.
const MIN_WRAP_WIDTH: usize = 30;

/// How a joined line break is replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    /// The break is dropped (a cut inside a word, or a space beside it).
    Nothing,
    /// The break becomes one space.
    Space,
}

/// A line break inside a paragraph: `len` bytes (`\n`, `\r\n` or `\r`)
/// at byte `at` of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrapBreak {
    pub at: usize,
    pub len: usize,
    pub join: Join,
}

/// One line of the text, without its terminator.
struct Line<'a> {
    text: &'a str,
    /// Byte where the terminator starts, and its length (0 for the last line).
    end: usize,
    term: usize,
    chars: usize,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let term = match bytes[i] {
            b'\n' => 1,
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let line = &text[start..i];
        out.push(Line {
            text: line,
            end: i,
            term,
            chars: line.chars().count(),
        });
        i += term;
        start = i;
    }
    let line = &text[start..];
    out.push(Line {
        text: line,
        end: text.len(),
        term: 0,
        chars: line.chars().count(),
    });
    out
}

fn is_blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// True when `line` ends a sentence: a stop (with closing marks after it)
/// that is not an initial such as the `U.` of a cut `U.S.`.
fn ends_sentence(line: &str) -> bool {
    let t = line
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', '»']);
    let Some(stop) = t.chars().last() else {
        return false;
    };
    if !matches!(stop, '.' | '!' | '?' | '…' | ':' | ';') {
        return false;
    }
    let head = &t[..t.len() - stop.len_utf8()];
    let mut rev = head.chars().rev();
    match (rev.next(), rev.next()) {
        (Some(c), before) if c.is_uppercase() => {
            // An initial: one capital after a space, a stop or the start.
            !before.is_none_or(|b| b.is_whitespace() || b == '.')
        }
        _ => true,
    }
}

/// True when `line` starts with an initial (`S.` of a cut `U.S.`).
fn starts_with_initial(line: &str) -> bool {
    let mut chars = line.chars();
    matches!((chars.next(), chars.next()), (Some(c), Some('.')) if c.is_uppercase())
}

/// True when `line` begins like a new paragraph or sentence: a capital, a
/// digit, or an opening mark before one (a mark alone closes a quote).
fn starts_paragraph(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() || c.is_numeric() => true,
        Some('“' | '"' | '‘' | '\'' | '«' | '(' | '[') => chars
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
        _ => false,
    }
}

/// The first word of `line`.
fn first_word(line: &str) -> &str {
    line.trim_start()
        .split(char::is_whitespace)
        .next()
        .unwrap_or("")
}

/// The line breaks of `text` that a wrapping tool inserted, in text order.
pub fn wrapped_breaks(text: &str) -> Vec<WrapBreak> {
    if !text.contains(['\n', '\r']) {
        return Vec::new();
    }
    // One paragraph per line, the common case, is told by its first long
    // line without measuring the others.
    let too_wide = text
        .split(['\n', '\r'])
        .any(|l| l.len() > MAX_WRAP_WIDTH && l.chars().count() > MAX_WRAP_WIDTH);
    if too_wide {
        return Vec::new();
    }
    let lines = lines(text);
    let content: Vec<&Line> = lines.iter().filter(|l| !is_blank(l.text)).collect();
    let Some(width_chars) = content.iter().map(|l| l.chars).max() else {
        return Vec::new();
    };
    let width_bytes = content.iter().map(|l| l.text.len()).max().unwrap_or(0);
    if content.len() < 3 || !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width_chars) {
        return Vec::new();
    }
    // Breaks between two non-blank lines: the candidates.
    let follows: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&i| !is_blank(lines[i].text) && !is_blank(lines[i + 1].text))
        .collect();
    // Line `i` is full: as wide as the widest, in bytes or characters, or
    // so wide that the next line's first character would not have fitted
    // (a fold by bytes that never cuts a character).
    let full = |i: usize| {
        let (a, b) = (&lines[i], &lines[i + 1]);
        let next = b.text.chars().next().map_or(1, char::len_utf8);
        a.text.len() == width_bytes || a.chars == width_chars || a.text.len() + next > width_bytes
    };
    let long = |l: &Line| l.chars * 5 >= width_chars * 4;
    let n_full = follows.iter().filter(|&&i| full(i)).count();
    let first = lines.iter().position(|l| !is_blank(l.text)).unwrap_or(0);
    let n_long = follows.iter().filter(|&&i| long(&lines[i])).count();
    // Cut at a fixed width: the long lines that go on are nearly all full
    // (the others end a paragraph), where a word wrap makes few lines full.
    if n_full >= 2 && n_full * 10 >= n_long * 6 {
        return follows
            .iter()
            .filter(|&&i| {
                let (a, b) = (&lines[i], &lines[i + 1]);
                // A paragraph that happens to end at the full width: a stop
                // with no space after it (a cut there leaves one), then a
                // capital that is no initial. A digit next is a number cut
                // at its separator (`3.` + `34 million`, `POJK.` + `03`).
                let paragraph_end = ends_sentence(a.text)
                    && !a.text.ends_with(char::is_whitespace)
                    && !b.text.starts_with(char::is_whitespace)
                    && starts_paragraph(b.text)
                    && !b.text.starts_with(|c: char| c.is_numeric())
                    && !starts_with_initial(b.text);
                // A headline that happens to be full, before a capital: a
                // cut inside a word falls between a small letter and a
                // capital only in a word like `KontraS`, so this is asked
                // of the first line alone, where headlines stand. Before an
                // opening quote mark and a capital, anywhere.
                let headline_end = (i == first
                    && a.text.ends_with(char::is_lowercase)
                    && b.text.starts_with(char::is_uppercase))
                    || (a.text.ends_with(char::is_alphanumeric)
                        && b.text.starts_with(['“', '"', '‘', '«'])
                        && starts_paragraph(b.text));
                full(i) && !paragraph_end && !headline_end
            })
            .map(|&i| WrapBreak {
                at: lines[i].end,
                len: lines[i].term,
                join: Join::Nothing,
            })
            .collect();
    }
    // Wrapped at word boundaries: the next word would not have fitted
    // (`fold -s` also breaks before a word that fills the line exactly,
    // since the space after it does not fit).
    let wrapped: Vec<usize> = follows
        .iter()
        .copied()
        .filter(|&i| {
            let (a, b) = (&lines[i], &lines[i + 1]);
            let (line, word) = (a.text.trim_end(), first_word(b.text));
            // In characters, or in bytes as GNU `fold` counts.
            line.chars().count() + 1 + word.chars().count() >= width_chars
                || line.len() + 1 + word.len() >= width_bytes
        })
        .collect();
    let mid_sentence = wrapped
        .iter()
        .filter(|&&i| !ends_sentence(lines[i].text))
        .count();
    if wrapped.len() < 2 || mid_sentence * 2 < wrapped.len() {
        return Vec::new();
    }
    // `fold -s` keeps the space it breaks at on the line (`fmt` and editors
    // drop it): where half the wraps or more end with one, a line without
    // it ended its paragraph.
    let trailing = wrapped
        .iter()
        .filter(|&&i| lines[i].text.ends_with(char::is_whitespace))
        .count();
    let spaces_mark_wraps = trailing * 2 >= wrapped.len();
    wrapped
        .into_iter()
        .filter(|&i| !spaces_mark_wraps || lines[i].text.ends_with(char::is_whitespace))
        .map(|i| {
            let (a, b) = (&lines[i], &lines[i + 1]);
            let spaced =
                a.text.ends_with(char::is_whitespace) || b.text.starts_with(char::is_whitespace);
            WrapBreak {
                at: a.end,
                len: a.term,
                join: if spaced { Join::Nothing } else { Join::Space },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `wrapped_breaks` makes of `text`, applied.
    fn joined(text: &str) -> String {
        let mut out = String::new();
        let mut last = 0;
        for b in wrapped_breaks(text) {
            out.push_str(&text[last..b.at]);
            if b.join == Join::Space {
                out.push(' ');
            }
            last = b.at + b.len;
        }
        out.push_str(&text[last..]);
        out
    }

    /// GNU `fold -w W` on ASCII: a break after every W bytes of a line.
    fn fold(text: &str, w: usize) -> String {
        text.split('\n')
            .map(|line| {
                let b = line.as_bytes();
                b.chunks(w)
                    .map(|c| std::str::from_utf8(c).unwrap())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// GNU `fold -s -w W`: a break after the last space within W bytes,
    /// the space kept at the end of the line.
    fn fold_s(text: &str, w: usize) -> String {
        let mut out = Vec::new();
        for para in text.split('\n') {
            let mut rest = para;
            while rest.len() > w {
                let cut = rest[..w].rfind(' ').map_or(w, |i| i + 1);
                out.push(&rest[..cut]);
                rest = &rest[cut..];
            }
            out.push(rest);
        }
        out.join("\n")
    }

    /// A greedy word wrap at `w` characters that drops the space (`fmt`).
    fn fmt(text: &str, w: usize) -> String {
        let mut out = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            for word in para.split(' ') {
                if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > w {
                    out.push(std::mem::take(&mut line));
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            out.push(line);
        }
        out.join("\n")
    }

    const ARTICLE: &str = "Utusan PBB - Liga Arab yang baru, Lakhdar Brahimi, melakukan lawatan resmi pertamanya ke Suriah dan mengatakan krisis disana semakin parah.\n\
Brahimi pada Kamis bertemu dengan Menteri Luar Negeri Suriah Walid Mualem dan berencana untuk mengadakan pembicaraan dengan Presiden Bashar al-Assad Jumat. Ia juga diperkirakan akan bertemu dengan para anggota oposisi.\n\
Brahimi mengatakan tugasnya untuk membantu mengatur gencatan senjata dan memulai pembicaraan tentang pemerintahan transisi, \"hampir mustahil.\"\n\
Dewan Keamanan PBB menemui jalan buntu atas Suriah. Rusia dan Tiongkok telah memveto upaya untuk menjatuhkan sanksi-sanksi baru yang keras terhadap pemerintahan Assad.";

    #[test]
    fn fold_cuts_are_joined_with_nothing() {
        let folded = fold(ARTICLE, 80);
        assert_ne!(folded, ARTICLE);
        assert_eq!(joined(&folded), ARTICLE);
        let crlf = folded.replace('\n', "\r\n");
        assert_eq!(joined(&crlf), ARTICLE.replace('\n', "\r\n"));
    }

    #[test]
    fn word_wraps_are_joined() {
        // Paragraphs separated by blank lines, the spaces at the wraps dropped.
        let blank_lines = ARTICLE.replace('\n', "\n\n");
        for w in [60, 72, 80] {
            assert_eq!(joined(&fmt(&blank_lines, w)), blank_lines, "fmt -w {w}");
            // `fold -s` keeps the spaces: paragraphs need no blank line.
            assert_eq!(joined(&fold_s(ARTICLE, w)), ARTICLE, "fold -s -w {w}");
        }
    }

    #[test]
    fn one_paragraph_per_line_is_left_alone() {
        assert!(wrapped_breaks(ARTICLE).is_empty());
        let short = "Headline\nJAKARTA - Satu.\nDua.\nTiga.";
        assert!(wrapped_breaks(short).is_empty());
        assert!(wrapped_breaks("").is_empty());
        assert!(wrapped_breaks("one line").is_empty());
    }

    #[test]
    fn an_initial_at_the_cut_is_not_a_sentence_end() {
        assert!(!ends_sentence("by the U."));
        assert!(ends_sentence("they said."));
        assert!(ends_sentence("“hampir mustahil.”"));
        assert!(!ends_sentence("and then"));
    }
}
