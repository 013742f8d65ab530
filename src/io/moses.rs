//! The Moses writer: `PREFIX.id` and `PREFIX.en`, plain text, one line per
//! parallel segment (a `matched` quote row, or a bead with text on both
//! sides), line N of one file translating line N of the other, as Moses,
//! fast_align, OpenNMT and most corpus tools read them.
//!
//! A line break inside a segment (`\n`, `\r`, and the other separators that
//! line readers split on: VT, FF, FS, GS, RS, NEL, U+2028, U+2029) becomes a
//! space, so the two files always have the same number of lines. Nothing
//! else is changed: no tokenization, no escaping. Both files are written
//! atomically and appear together at the end of the run.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

use super::RowSink;
use super::csv::{is_dropped_control, without_controls};
use super::output::Output;
use super::records::{Records, parallel_segments};

fn is_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The segment on one line, without control characters.
pub fn one_line(s: &str) -> Cow<'_, str> {
    if s.chars().any(|c| is_break(c) || is_dropped_control(c)) {
        let spaced = s.replace("\r\n", " ").replace(is_break, " ");
        Cow::Owned(without_controls(&spaced).into_owned())
    } else {
        Cow::Borrowed(s)
    }
}

/// Writes parallel segments as two line-aligned files.
pub struct MosesSink {
    id: Output,
    en: Output,
}

fn with_ext(prefix: &Path, ext: &str) -> std::path::PathBuf {
    let mut s = prefix.as_os_str().to_owned();
    s.push(".");
    s.push(ext);
    s.into()
}

impl MosesSink {
    /// Opens `PREFIX.id` and `PREFIX.en`.
    pub fn new(prefix: &Path) -> io::Result<MosesSink> {
        Ok(MosesSink {
            id: Output::create(&with_ext(prefix, "id"))?,
            en: Output::create(&with_ext(prefix, "en"))?,
        })
    }
}

impl RowSink for MosesSink {
    fn write_records(&mut self, records: &Records) -> io::Result<()> {
        for s in parallel_segments(records) {
            self.id.write_all(one_line(s.id).as_bytes())?;
            self.id.write_all(b"\n")?;
            self.en.write_all(one_line(s.en).as_bytes())?;
            self.en.write_all(b"\n")?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.id.flush()?;
        self.en.flush()
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        self.id.finish()?;
        self.en.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_become_spaces() {
        assert_eq!(one_line("a\r\nb\nc\u{2028}d"), "a b c d");
        assert!(matches!(one_line("plain"), Cow::Borrowed("plain")));
    }
}
