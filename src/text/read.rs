//! Reading article bytes: UTF-8 with or without a byte-order mark, and the
//! article text of HTML pages ([`InputFormat`], [`super::markup`]).
//!
//! Text that is not UTF-8 is refused with the path and the byte offset of the
//! first bad byte; nothing is guessed or transcoded. The BOM is kept in the
//! returned string so that offsets count the file's characters as given;
//! normalization drops it. Text that starts with a UTF-16 byte-order mark
//! is refused with a hint naming UTF-16, and a character that a line break
//! cuts in two (`fold -w` on non-ASCII text) is named as such.
//! [`read_text_capped`] refuses a file over a size limit before reading it.
//! For an HTML page ([`read_article`]), the returned string is the extracted
//! article text, and offsets count its characters.

use std::path::{Path, PathBuf};

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read {path}")]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {}", path.display(), self.reason())]
    NotUtf8 {
        path: PathBuf,
        byte: usize,
        /// The encoding to suggest converting from.
        from: &'static str,
        /// The bad byte starts a character that a line break interrupts.
        cut_by_line_break: bool,
    },
    #[error("{}: {len} bytes, over the limit of {max} bytes", path.display())]
    TooLarge { path: PathBuf, len: u64, max: u64 },
}

impl InputError {
    /// What is wrong and what to do, without the path.
    pub fn reason(&self) -> String {
        match self {
            InputError::NotUtf8 {
                byte,
                cut_by_line_break: true,
                ..
            } => format!(
                "not UTF-8 at byte {byte}: a line break cuts a character in two there, as \
                 `fold -w` does with non-ASCII text; wrap with `fold -s` or `fmt` instead, or \
                 give the text before folding"
            ),
            InputError::NotUtf8 { byte, from, .. } => format!(
                "not UTF-8 at byte {byte}{}; convert it first, e.g. iconv -f {from} -t utf-8",
                if *from == "utf-16" {
                    " (it starts with a UTF-16 byte-order mark)"
                } else {
                    ""
                }
            ),
            InputError::TooLarge { len, max, .. } => {
                format!("{len} bytes, over the limit of {max} bytes")
            }
            InputError::Open { source, .. } => format!("cannot read: {source}"),
        }
    }
}

/// How an input's text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// HTML when the file name ends in `.html` or `.htm` or the text starts
    /// like an HTML document (`<!DOCTYPE html`, `<html`), plain text otherwise.
    #[default]
    Auto,
    /// Plain text, one paragraph per line (or hard-wrapped).
    Text,
    /// An HTML page: its article text is extracted.
    Html,
}

impl InputFormat {
    /// True when `text`, read from `path` if it came from a file, is to be
    /// read as HTML.
    pub fn is_html(self, path: Option<&Path>, text: &str) -> bool {
        match self {
            InputFormat::Text => false,
            InputFormat::Html => true,
            InputFormat::Auto => {
                path.and_then(Path::extension).is_some_and(|e| {
                    e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm")
                }) || super::markup::looks_like_html(text)
            }
        }
    }

    /// The article text of `text`: itself, or the text extracted from an
    /// HTML page.
    pub fn article(self, path: Option<&Path>, text: String) -> String {
        if self.is_html(path, &text) {
            super::markup::article_text(&text)
        } else {
            text
        }
    }
}

/// Reads a file (or stdin for `-`) of at most `max` bytes as an article:
/// [`read_text_capped`], then the article text when `format` says it is an
/// HTML page.
pub fn read_article(path: &Path, format: InputFormat, max: u64) -> Result<String, InputError> {
    read_text_capped(path, max).map(|t| format.article(Some(path), t))
}

/// True when the bad byte at `at` starts a UTF-8 sequence that a line break
/// interrupts (the bytes after the break continue it).
fn cut_by_line_break(bytes: &[u8], at: usize) -> bool {
    let lead = bytes.get(at).copied().unwrap_or(0);
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return false,
    };
    let rest = &bytes[at + 1..bytes.len().min(at + len + 2)];
    rest.iter().position(|&b| b == b'\n').is_some_and(|nl| {
        let head = &rest[..nl];
        let tail: Vec<u8> = rest[nl + 1..]
            .iter()
            .copied()
            .take(len - 1 - head.len())
            .collect();
        head.len() + tail.len() == len - 1 && head.iter().chain(&tail).all(|&b| b & 0xC0 == 0x80)
    })
}

/// Decodes bytes read from `path` as UTF-8.
pub fn decode(bytes: Vec<u8>, path: &Path) -> Result<String, InputError> {
    let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    String::from_utf8(bytes).map_err(|e| {
        let byte = e.utf8_error().valid_up_to();
        InputError::NotUtf8 {
            path: path.to_path_buf(),
            byte,
            from: if utf16 { "utf-16" } else { "windows-1252" },
            cut_by_line_break: !utf16 && cut_by_line_break(e.as_bytes(), byte),
        }
    })
}

/// Reads a file (or stdin for `-`) as UTF-8 text.
pub fn read_text(path: &Path) -> Result<String, InputError> {
    read_text_capped(path, u64::MAX)
}

/// Reads a file (or stdin for `-`) as UTF-8 text, refusing more than `max`
/// bytes without reading past them.
pub fn read_text_capped(path: &Path, max: u64) -> Result<String, InputError> {
    use std::io::Read;
    let open = |source| InputError::Open {
        path: path.to_path_buf(),
        source,
    };
    let reader: Box<dyn Read> = if path == Path::new("-") {
        Box::new(std::io::stdin())
    } else {
        let file = std::fs::File::open(path).map_err(open)?;
        let len = file.metadata().map_err(open)?.len();
        if len > max {
            return Err(InputError::TooLarge {
                path: path.to_path_buf(),
                len,
                max,
            });
        }
        Box::new(file)
    };
    let mut bytes = Vec::new();
    reader
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(open)?;
    if bytes.len() as u64 > max {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
            len: bytes.len() as u64,
            max,
        });
    }
    decode(bytes, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_byte_is_located() {
        let err = decode(b"Kata \xff".to_vec(), Path::new("a.txt")).unwrap_err();
        match err {
            InputError::NotUtf8 { byte, .. } => assert_eq!(byte, 5),
            other => panic!("unexpected {other}"),
        }
        let msg = decode(b"ab\xc3".to_vec(), Path::new("x/id.txt"))
            .unwrap_err()
            .to_string();
        assert!(msg.contains("x/id.txt") && msg.contains("byte 2"), "{msg}");
        assert!(msg.contains("windows-1252"), "{msg}");
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Kata".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let msg = decode(utf16, Path::new("u.txt")).unwrap_err().to_string();
        assert!(
            msg.contains("iconv -f utf-16") && msg.contains("byte-order mark"),
            "{msg}"
        );
    }

    #[test]
    fn a_character_cut_by_fold_is_named() {
        // “ is E2 80 9C; `fold -w` put a line break after its first byte.
        let bytes = b"Kata \xe2\n\x80\x9cya".to_vec();
        let msg = decode(bytes, Path::new("f.txt")).unwrap_err().to_string();
        assert!(msg.contains("byte 5") && msg.contains("fold -s"), "{msg}");
        let msg = decode(b"caf\xe9\n".to_vec(), Path::new("f.txt"))
            .unwrap_err()
            .to_string();
        assert!(msg.contains("iconv"), "{msg}");
    }

    #[test]
    fn html_is_told_by_name_content_or_flag() {
        let page = "<!DOCTYPE html><p>Kata &amp; dia.</p>";
        let f = InputFormat::Auto;
        assert!(f.is_html(Some(Path::new("a.HTM")), "plain"));
        assert!(f.is_html(None, page));
        assert!(!f.is_html(Some(Path::new("a.txt")), "Kata <b>dia</b>."));
        assert!(InputFormat::Html.is_html(Some(Path::new("a.txt")), "x"));
        assert!(!InputFormat::Text.is_html(Some(Path::new("a.html")), page));
        assert_eq!(f.article(None, page.into()), "Kata & dia.");
    }

    #[test]
    fn bom_is_kept() {
        let s = decode("\u{feff}Halo".as_bytes().to_vec(), Path::new("a")).unwrap();
        assert_eq!(s.chars().count(), 5);
    }
}
