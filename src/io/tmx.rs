//! The TMX 1.4b writer: one translation unit (`<tu>`) per parallel segment,
//! that is per `matched` quote row (quote unit) or per bead with text on
//! both sides (sentence unit).
//!
//! ```xml
//! <tmx version="1.4">
//!   <header creationtool="kutip" creationtoolversion="…" segtype="phrase"
//!           o-tmf="kutip" adminlang="en" srclang="en" datatype="plaintext"/>
//!   <body>
//!     <tu tuid="PAIR/1">
//!       <prop type="x-pair">…</prop> <prop type="x-kind">direct</prop>
//!       <prop type="x-score">0.83</prop> <prop type="x-margin">…</prop>
//!       <prop type="x-id-speaker">…</prop> <prop type="x-en-speaker">…</prop>
//!       <prop type="x-flags">a;b</prop> <prop type="x-flag">a: detail</prop>
//!       <prop type="x-id-offsets">457-574</prop> <prop type="x-en-offsets">…</prop>
//!       <tuv xml:lang="en"><seg>…</seg></tuv>
//!       <tuv xml:lang="id"><seg>…</seg></tuv>
//!     </tu>
//! ```
//! English is the source language (`srclang="en"`): the Indonesian is the
//! translation. `segtype` is `phrase` for quotes and `sentence` for beads;
//! the sentence unit writes `x-bead` instead of kind, margin and speakers.
//! Empty speakers and flags are left out. Offsets are character offsets as in the CSV.
//! Escaping is quick-xml's; characters XML 1.0 cannot carry (C0 controls
//! other than tab, newline and carriage return) become spaces, and a carriage
//! return is written as `&#13;` so that XML readers keep it.

use std::borrow::Cow;
use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::RowSink;
use super::output::Output;
use super::records::{ParallelSegment, Records, Unit, parallel_segments};

/// Replaces the characters XML 1.0 forbids with spaces.
fn xml_chars(s: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
    };
    if s.chars().any(bad) {
        Cow::Owned(s.chars().map(|c| if bad(c) { ' ' } else { c }).collect())
    } else {
        Cow::Borrowed(s)
    }
}

fn text(s: &str) -> BytesText<'static> {
    let escaped = quick_xml::escape::escape(xml_chars(s).as_ref()).replace('\r', "&#13;");
    BytesText::from_escaped(escaped)
}

/// Writes parallel segments as a TMX 1.4b document.
pub struct TmxSink {
    w: Writer<Output>,
    /// The pair of the last segment and its running count, for `tuid`.
    last_pair: String,
    n_in_pair: usize,
}

impl TmxSink {
    pub fn new(out: Output, unit: Unit) -> io::Result<TmxSink> {
        let mut w = Writer::new_with_indent(out, b' ', 2);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.write_event(Event::DocType(BytesText::from_escaped(
            r#"tmx SYSTEM "tmx14.dtd""#,
        )))?;
        w.write_event(Event::Start(
            BytesStart::new("tmx").with_attributes([("version", "1.4")]),
        ))?;
        let segtype = match unit {
            Unit::Quote => "phrase",
            Unit::Sentence => "sentence",
        };
        w.create_element("header")
            .with_attributes([
                ("creationtool", "kutip"),
                ("creationtoolversion", env!("CARGO_PKG_VERSION")),
                ("segtype", segtype),
                ("o-tmf", "kutip"),
                ("adminlang", "en"),
                ("srclang", "en"),
                ("datatype", "plaintext"),
            ])
            .write_empty()?;
        w.write_event(Event::Start(BytesStart::new("body")))?;
        Ok(TmxSink {
            w,
            last_pair: String::new(),
            n_in_pair: 0,
        })
    }

    fn write_segment(&mut self, s: &ParallelSegment<'_>) -> io::Result<()> {
        if s.pair != self.last_pair {
            self.last_pair = s.pair.to_owned();
            self.n_in_pair = 0;
        }
        self.n_in_pair += 1;
        let tuid = format!("{}/{}", xml_chars(s.pair), self.n_in_pair);
        let mut props: Vec<(&str, String)> = vec![("x-pair", s.pair.to_owned())];
        let offsets = |a: Option<usize>, b: Option<usize>| match (a, b) {
            (Some(a), Some(b)) => Some(format!("{a}-{b}")),
            _ => None,
        };
        let (flags, id_off, en_off) = if let Some(q) = s.quote {
            props.push(("x-kind", serde_plain(&q.kind)));
            props.push(("x-score", q.score.to_string()));
            props.push(("x-margin", q.margin.to_string()));
            if !q.id_speaker.is_empty() {
                props.push(("x-id-speaker", q.id_speaker.clone()));
            }
            if !q.en_speaker.is_empty() {
                props.push(("x-en-speaker", q.en_speaker.clone()));
            }
            (
                &q.flags,
                offsets(q.id_start, q.id_end),
                offsets(q.en_start, q.en_end),
            )
        } else if let Some(b) = s.bead {
            props.push(("x-bead", b.bead.clone()));
            props.push(("x-score", b.score.to_string()));
            (
                &b.flags,
                offsets(b.id_start, b.id_end),
                offsets(b.en_start, b.en_end),
            )
        } else {
            return Ok(());
        };
        if !flags.is_empty() {
            props.push(("x-flags", flags.joined()));
            for f in &flags.0 {
                props.push(("x-flag", format!("{}: {}", f.name, f.detail)));
            }
        }
        props.extend(id_off.map(|o| ("x-id-offsets", o)));
        props.extend(en_off.map(|o| ("x-en-offsets", o)));
        self.w
            .create_element("tu")
            .with_attribute(("tuid", tuid.as_str()))
            .write_inner_content(|w| {
                for (ty, value) in &props {
                    w.create_element("prop")
                        .with_attribute(("type", *ty))
                        .write_text_content(text(value))?;
                }
                for (lang, seg) in [("en", s.en), ("id", s.id)] {
                    w.create_element("tuv")
                        .with_attribute(("xml:lang", lang))
                        .write_inner_content(|w| {
                            w.create_element("seg").write_text_content(text(seg))?;
                            Ok(())
                        })?;
                }
                Ok(())
            })?;
        Ok(())
    }
}

/// The serde name of a unit enum (`direct`, `partial`, `indirect`).
fn serde_plain<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

impl RowSink for TmxSink {
    fn write_records(&mut self, records: &Records) -> io::Result<()> {
        for s in parallel_segments(records) {
            self.write_segment(&s)?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        std::io::Write::flush(self.w.get_mut())
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new("body")))?;
        self.w.write_event(Event::End(BytesEnd::new("tmx")))?;
        std::io::Write::write_all(self.w.get_mut(), b"\n")?;
        self.w.into_inner().finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_xml_safe() {
        let t = text("a < b & \"c\"\u{0}\r\n");
        let s = t.into_inner().into_owned();
        assert!(
            !s.contains('<') && !s.contains('\0') && !s.contains('\r'),
            "{s}"
        );
        assert!(
            s.contains("&lt;") && s.contains("&amp;") && s.contains("&#13;"),
            "{s}"
        );
    }
}
