//! The HTML writer: one self-contained page for a reader checking a
//! translation by eye.
//!
//! Quote unit: one section per pair with a table of its rows (status, kind,
//! both speakers, both quotes side by side, score, margin, flags); a row's
//! status colours it, unsourced and omitted rows stand out, and each flag
//! is listed with its evidence (the words on each side and what differs).
//! Sentence unit: one table of beads per pair. A footer counts pairs, rows
//! by status and flagged rows. The page is well-formed XML (XHTML
//! serialization, every text escaped), has no scripts and loads nothing.
//! Texts are raw: no spreadsheet prefix.

use std::io::{self, Write};

use super::RowSink;
use super::output::Output;
use super::records::{AlignRecord, Records, SentenceRecord, Unit};
use crate::align::Status;

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
table{border-collapse:collapse;width:100%;margin-bottom:2em}\
th,td{border:1px solid #ccc;padding:.35em .5em;vertical-align:top;text-align:left}\
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}\
tr.unsourced{background:#fff1f0}tr.omitted{background:#fff8e1}tr.flagged td.flags{background:#fde2e2}\
ul.evidence{margin:.2em 0 0 1em;padding:0;font-size:.9em;color:#555}\
footer{color:#555;border-top:1px solid #ccc;padding-top:1em}";

/// Text escaped for HTML/XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Counts for the footer.
#[derive(Default)]
struct Tally {
    pairs: u64,
    matched: u64,
    unsourced: u64,
    omitted: u64,
    flagged: u64,
    beads: u64,
}

/// Writes records as one HTML page.
pub struct HtmlSink {
    out: Output,
    unit: Unit,
    tally: Tally,
}

impl HtmlSink {
    pub fn new(mut out: Output, unit: Unit) -> io::Result<HtmlSink> {
        let title = match unit {
            Unit::Quote => "kutip: quotes and their sources",
            Unit::Sentence => "kutip: sentence alignment",
        };
        write!(
            out,
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n\
             <meta charset=\"utf-8\"/>\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
             <h1>{title}</h1>\n"
        )?;
        Ok(HtmlSink {
            out,
            unit,
            tally: Tally::default(),
        })
    }

    fn quote_rows(&mut self, rows: &[AlignRecord]) -> io::Result<()> {
        let Some(first) = rows.first() else {
            return Ok(());
        };
        let o = &mut self.out;
        writeln!(o, "<section>\n<h2>{}</h2>", escape(&first.pair))?;
        writeln!(
            o,
            "<table>\n<tr><th>status</th><th>kind</th><th>Indonesian speaker</th><th>Indonesian quote</th>\
             <th>English speaker</th><th>English quote</th><th>score</th><th>margin</th><th>flags</th></tr>"
        )?;
        for r in rows {
            let status = match r.status {
                Status::Matched => "matched",
                Status::Unsourced => "unsourced",
                Status::Omitted => "omitted",
            };
            match r.status {
                Status::Matched => self.tally.matched += 1,
                Status::Unsourced => self.tally.unsourced += 1,
                Status::Omitted => self.tally.omitted += 1,
            }
            let flagged = !r.flags.0.is_empty();
            self.tally.flagged += u64::from(flagged);
            let class = if flagged {
                format!("{status} flagged")
            } else {
                status.to_owned()
            };
            write!(
                o,
                "<tr class=\"{class}\"><td>{status}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
                 <td class=\"num\">{:.3}</td><td class=\"num\">{:.3}</td><td class=\"flags\">",
                r.kind.as_str(),
                escape(&r.id_speaker),
                escape(&r.id_quote),
                escape(&r.en_speaker),
                escape(&r.en_quote),
                r.score,
                r.margin,
            )?;
            if flagged {
                write!(o, "{}<ul class=\"evidence\">", escape(&r.flags.joined()))?;
                for f in &r.flags.0 {
                    write!(
                        o,
                        "<li><b>{}</b>: {} (id: {}; en: {})</li>",
                        escape(&f.name),
                        escape(&f.detail),
                        escape(&f.id.join(", ")),
                        escape(&f.en.join(", "))
                    )?;
                }
                write!(o, "</ul>")?;
            }
            writeln!(o, "</td></tr>")?;
        }
        writeln!(o, "</table>\n</section>")
    }

    fn sentence_rows(&mut self, rows: &[SentenceRecord]) -> io::Result<()> {
        let Some(first) = rows.first() else {
            return Ok(());
        };
        let o = &mut self.out;
        writeln!(o, "<section>\n<h2>{}</h2>", escape(&first.pair))?;
        writeln!(
            o,
            "<table>\n<tr><th>bead</th><th>Indonesian</th><th>English</th><th>score</th></tr>"
        )?;
        for r in rows {
            self.tally.beads += 1;
            let class = if r.id_text.is_empty() || r.en_text.is_empty() {
                " class=\"unsourced\""
            } else {
                ""
            };
            writeln!(
                o,
                "<tr{class}><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{:.3}</td></tr>",
                escape(&r.bead),
                escape(&r.id_text),
                escape(&r.en_text),
                r.score
            )?;
        }
        writeln!(o, "</table>\n</section>")
    }
}

impl RowSink for HtmlSink {
    fn write_records(&mut self, records: &Records) -> io::Result<()> {
        self.tally.pairs += 1;
        match records {
            Records::Quote(rows) => self.quote_rows(rows),
            Records::Sentence(rows) => self.sentence_rows(rows),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        let t = &self.tally;
        let counts = match self.unit {
            Unit::Quote => format!(
                "{} pairs: {} matched ({} flagged), {} unsourced, {} omitted",
                t.pairs, t.matched, t.flagged, t.unsourced, t.omitted
            ),
            Unit::Sentence => format!("{} pairs, {} beads", t.pairs, t.beads),
        };
        writeln!(self.out, "<footer>{counts}</footer>\n</body>\n</html>")?;
        self.out.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape("<b>\"A\" & 'B'</b>\u{1}"),
            "&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt; "
        );
    }
}
