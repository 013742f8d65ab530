//! JSON lines written as Python's `json.dumps` writes them (`", "` and
//! `": "` between items, non-ASCII escaped as `\uXXXX`), so that a line of
//! `kutip eval` is the line `score.py` prints for the same files, byte for
//! byte, and the two can be compared with `diff`. Numbers are the shortest
//! form that reads back as the same value in both languages.

use std::io;

use serde::Serialize;
use serde_json::ser::{Formatter, Serializer};

/// A `serde_json` formatter with Python's default separators and
/// `ensure_ascii=True`.
struct PythonStyle;

impl Formatter for PythonStyle {
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    /// Text between the characters `serde_json` escapes itself (quote,
    /// backslash, control characters): DEL and everything beyond ASCII
    /// become `\uXXXX`, UTF-16 surrogate pairs beyond the BMP.
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut units = [0u16; 2];
        for c in fragment.chars() {
            if c.is_ascii() && c != '\u{7f}' {
                w.write_all(&[c as u8])?;
            } else {
                for u in c.encode_utf16(&mut units) {
                    write!(w, "\\u{u:04x}")?;
                }
            }
        }
        Ok(())
    }
}

/// `value` as one line of `json.dumps(value)`.
pub fn python_json<T: Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    let mut ser = Serializer::with_formatter(&mut out, PythonStyle);
    value
        .serialize(&mut ser)
        .expect("figures serialize to JSON");
    String::from_utf8(out).expect("ASCII output")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected lines printed by `json.dumps` in Python 3.11.
    #[test]
    fn lines_are_those_of_json_dumps() {
        let v = serde_json::json!({"a": 1, "b": [0.062, 1.0, 0.0], "c": "é\u{1F600}\u{7f}\"\\\n\u{1}/"});
        assert_eq!(
            python_json(&v),
            r#"{"a": 1, "b": [0.062, 1.0, 0.0], "c": "\u00e9\ud83d\ude00\u007f\"\\\n\u0001/"}"#
        );
    }
}
