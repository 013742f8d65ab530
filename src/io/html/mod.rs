//! The HTML writer: a review page for a fact-checker checking a translation,
//! one self-contained file (inline style and script, nothing loaded).
//!
//! Quote unit, from top to bottom:
//! - a header naming the input, the kutip version and when the page was made;
//! - a summary: per pair and in total, quotes, matched, flagged (and how
//!   many rows carry each flag), unsourced, omitted, low margins
//!   ([`summary::LOW_MARGIN`]), rows to check and rows decided; the same
//!   counts as the CSV of the same run;
//! - a toolbar: show only the rows to check, article order, and export the
//!   reader's decisions as CSV ([`crate::io::decisions`]);
//! - a legend explaining every status, kind, flag and mark in plain words,
//!   in the interface language ([`strings::UiLang`]: English or Indonesian);
//! - one section per pair, rows to check first ([`summary::urgency`]), each
//!   row a card with both quotes side by side ([`row`]).
//!
//! Sentence unit: the same header and a table of beads per pair.
//!
//! The whole page is built in memory and written by `finish`, since the
//! summary comes first: it is meant for reading, a few hundred pairs at
//! most. Without JavaScript every row is shown and nothing is lost but the
//! export. Texts are raw: no spreadsheet prefix.

mod highlight;
mod legend;
mod row;
pub mod strings;
pub mod summary;

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::RowSink;
use super::decisions::{Decisions, RowKey};
use super::output::Output;
use super::records::{AlignRecord, Detail, Records, SentenceRecord, Unit};
use strings::{UiLang, Words};
use summary::Tally;

const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// Text escaped for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in HTML text.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A UTC time as `YYYY-MM-DD HH:MM UTC`, from seconds since 1970.
pub fn utc_time(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil date from days since 1970-01-01 (the proleptic Gregorian
    // calendar, Howard Hinnant's `civil_from_days`).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3600,
        rem % 3600 / 60
    )
}

/// What the page says about its run, and the decisions it carries over.
#[derive(Debug, Clone, Default)]
pub struct PageOptions {
    /// The interface language.
    pub lang: UiLang,
    /// What was aligned, as the header shows it (`corpora/samples`).
    pub inputs: String,
    /// When the page was made ([`utc_time`]); empty leaves it out.
    pub made: String,
    /// Decisions of an earlier review, set on the rows they name.
    pub decisions: Decisions,
}

/// One pair's section.
struct PairSection {
    name: String,
    tally: Tally,
}

/// Writes records as one review page.
pub struct HtmlSink {
    out: Output,
    unit: Unit,
    opts: PageOptions,
    body: String,
    pairs: Vec<PairSection>,
    /// Pairs with no row to show.
    empty_pairs: u64,
    beads: u64,
    one_sided_beads: u64,
    rows: usize,
    /// The decisions that found their row.
    used: BTreeSet<RowKey>,
}

impl HtmlSink {
    /// A page with no header information (no input named, no date).
    pub fn new(out: Output, unit: Unit) -> io::Result<HtmlSink> {
        Ok(HtmlSink::with_options(out, unit, PageOptions::default()))
    }

    /// A page with its header information and earlier decisions.
    pub fn with_options(out: Output, unit: Unit, opts: PageOptions) -> HtmlSink {
        HtmlSink {
            out,
            unit,
            opts,
            body: String::new(),
            pairs: Vec::new(),
            empty_pairs: 0,
            beads: 0,
            one_sided_beads: 0,
            rows: 0,
            used: BTreeSet::new(),
        }
    }

    fn words(&self) -> &'static Words {
        self.opts.lang.words()
    }

    fn quote_rows(&mut self, rows: &[AlignRecord]) {
        let Some(first) = rows.first() else {
            self.empty_pairs += 1;
            return;
        };
        let w = self.words();
        let mut tally = Tally {
            pairs: 1,
            ..Tally::default()
        };
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by_key(|&i| summary::urgency(&rows[i]));
        let anchor = format!("p-{}", self.pairs.len() + 1);
        let mut cards = String::new();
        for i in order {
            let r = &rows[i];
            tally.add_row(r);
            let earlier = self.opts.decisions.find(r);
            if let Some(d) = earlier {
                tally.decided += 1;
                self.used.insert(d.key());
            }
            self.rows += 1;
            row::write_row(&mut cards, r, self.rows, i, w, earlier);
        }
        let _ = write!(
            self.body,
            "<section class=\"pair\" id=\"{anchor}\" data-pair=\"{}\"><h2>{}</h2>\
             <p class=\"pair-counts\">{}</p><div class=\"rows\">\n{cards}</div></section>\n",
            escape(&first.pair),
            escape(&first.pair),
            counts_line(&tally, w),
        );
        self.pairs.push(PairSection {
            name: first.pair.clone(),
            tally,
        });
    }

    fn sentence_rows(&mut self, rows: &[SentenceRecord]) {
        let Some(first) = rows.first() else {
            self.empty_pairs += 1;
            return;
        };
        let w = self.words();
        let _ = writeln!(
            self.body,
            "<section class=\"pair\" data-pair=\"{}\"><h2>{}</h2><table class=\"beads\">\
             <thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            escape(&first.pair),
            escape(&first.pair),
            escape(w.bead),
            escape(w.indonesian),
            escape(w.english),
            escape(w.score)
        );
        for r in rows {
            self.beads += 1;
            let one_sided = r.id_text.is_empty() || r.en_text.is_empty();
            self.one_sided_beads += u64::from(one_sided);
            let _ = writeln!(
                self.body,
                "<tr class=\"bead{}\"><td>{}</td><td lang=\"id\">{}</td><td lang=\"en\">{}</td><td class=\"num\">{:.2}</td></tr>",
                if one_sided { " one-sided" } else { "" },
                escape(&r.bead),
                escape(&r.id_text),
                escape(&r.en_text),
                r.score
            );
        }
        self.body.push_str("</tbody></table></section>\n");
        self.pairs.push(PairSection {
            name: first.pair.clone(),
            tally: Tally {
                pairs: 1,
                ..Tally::default()
            },
        });
    }

    fn page_head(&self) -> String {
        let w = self.words();
        let title = match self.unit {
            Unit::Quote => w.title,
            Unit::Sentence => w.title_sentences,
        };
        let mut meta = Vec::new();
        if !self.opts.inputs.is_empty() {
            meta.push(format!(
                "{}: <code data-meta=\"inputs\">{}</code>",
                escape(w.inputs),
                escape(&self.opts.inputs)
            ));
        }
        meta.push(format!(
            "<span data-meta=\"version\">{} {}</span>",
            escape(w.version),
            env!("CARGO_PKG_VERSION")
        ));
        if !self.opts.made.is_empty() {
            meta.push(format!(
                "{}: <span data-meta=\"made\">{}</span>",
                escape(w.generated),
                escape(&self.opts.made)
            ));
        }
        format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
             <title>kutip: {}</title>\n<style>\n{STYLE}</style>\n</head>\n\
             <body data-page-key=\"{}\">\n<header class=\"page-head\"><h1>{}</h1><p class=\"meta\">{}</p></header>\n<main>\n",
            self.opts.lang.code(),
            escape(title),
            escape(&format!("{}|{}", self.opts.inputs, self.opts.made)),
            escape(title),
            meta.join(" · ")
        )
    }

    fn summary(&self) -> String {
        let w = self.words();
        let mut total = Tally::default();
        for p in &self.pairs {
            total.add(&p.tally);
        }
        total.pairs += self.empty_pairs;
        let mut s = format!(
            "<section class=\"summary\" id=\"summary\"><h2>{}</h2><div class=\"tiles\">",
            escape(w.summary)
        );
        let tiles: [(&str, &str, u64, &str); 8] = [
            ("pairs", w.pairs, total.pairs, ""),
            ("rows", w.quotes, total.rows, ""),
            ("matched", w.matched.0, total.matched, "t-matched"),
            ("flagged", w.flagged, total.flagged, "t-flagged"),
            ("unsourced", w.unsourced.0, total.unsourced, "t-unsourced"),
            ("omitted", w.omitted.0, total.omitted, "t-omitted"),
            ("low_margin", w.low_margin, total.low_margin, "t-low"),
            ("to_check", w.to_check, total.to_check, "t-check"),
        ];
        for (key, label, n, class) in tiles {
            let _ = write!(
                s,
                "<div class=\"tile {class}\"><span class=\"n\" data-total=\"{key}\">{n}</span><span class=\"l\">{}</span></div>",
                escape(label)
            );
        }
        let _ = write!(
            s,
            "<div class=\"tile t-decided\"><span class=\"n\" data-total=\"decided\">{}</span><span class=\"l\">{}</span></div></div>",
            total.decided,
            escape(w.decided)
        );
        let _ = write!(
            s,
            "<table class=\"pairs\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>\
             <th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            escape(w.pair),
            escape(w.quotes),
            escape(w.matched.0),
            escape(w.flagged),
            escape(w.flags_by_kind),
            escape(w.unsourced.0),
            escape(w.omitted.0),
            escape(w.low_margin),
            escape(w.to_check),
            escape(w.decided)
        );
        for (i, p) in self.pairs.iter().enumerate() {
            let link = format!("<a href=\"#p-{}\">{}</a>", i + 1, escape(&p.name));
            s.push_str(&summary_row(&link, &p.name, &p.tally, w, "tr"));
        }
        s.push_str("</tbody><tfoot>");
        s.push_str(&summary_row(
            &escape(w.total),
            "",
            &total,
            w,
            "tr class=\"total\"",
        ));
        s.push_str("</tfoot></table></section>\n");
        s
    }

    fn toolbar(&self) -> String {
        let w = self.words();
        format!(
            "<div class=\"toolbar\" role=\"toolbar\">\
             <label><input type=\"checkbox\" id=\"only-problems\"/> {}</label>\
             <label><input type=\"checkbox\" id=\"article-order\"/> {}</label>\
             <span class=\"decided\">{}: <b id=\"decided-count\">0</b></span>\
             <button type=\"button\" id=\"export\">{}</button>\
             <noscript><span class=\"noscript\">{}</span></noscript></div>\n",
            escape(w.show_problems),
            escape(w.article_order),
            escape(w.decided),
            escape(w.export),
            escape(w.export_needs_script)
        )
    }

    fn legend(&self) -> String {
        legend::legend(self.words())
    }

    /// Earlier decisions that found no row of this run.
    fn stale_decisions(&self) -> String {
        let stale: Vec<_> = self
            .opts
            .decisions
            .iter()
            .filter(|d| !self.used.contains(&d.key()))
            .collect();
        if stale.is_empty() {
            return String::new();
        }
        let w = self.words();
        let mut s = format!(
            "<section class=\"stale\" id=\"stale\"><h2>{}</h2><ul>",
            escape(w.stale_decisions)
        );
        for d in stale {
            let span =
                |x: Option<(usize, usize)>| x.map_or("–".to_owned(), |(a, b)| format!("{a}–{b}"));
            let _ = write!(
                s,
                "<li data-pair=\"{}\"><b>{}</b> {} {} / {} {}: {} {}</li>",
                escape(&d.pair),
                escape(&d.pair),
                escape(w.indonesian),
                span(d.id),
                escape(w.english),
                span(d.en),
                d.verdict.as_str(),
                escape(&d.note)
            );
        }
        s.push_str("</ul></section>\n");
        s
    }
}

/// "3 quotes: 2 matched (1 flagged), 1 unsourced, 0 omitted".
fn counts_line(t: &Tally, w: &Words) -> String {
    format!(
        "{} {} · {} {} · {} {} · {} {} · {} {}",
        t.rows,
        escape(w.quotes),
        t.matched,
        escape(w.matched.0),
        t.flagged,
        escape(w.flagged),
        t.unsourced,
        escape(w.unsourced.0),
        t.omitted,
        escape(w.omitted.0),
    )
}

/// One row of the summary table; `pair` names the row for the script.
fn summary_row(label: &str, pair: &str, t: &Tally, w: &Words, tr: &str) -> String {
    let by_flag = if t.by_flag.is_empty() {
        format!("<span class=\"none\">{}</span>", escape(w.none))
    } else {
        t.by_flag
            .iter()
            .map(|(name, n)| {
                let (label, explain) = w.flag(name);
                format!(
                    "<span class=\"chip flag\" title=\"{}\" data-flag=\"{}\">{} <b>{n}</b></span>",
                    escape(explain),
                    escape(name),
                    escape(&label)
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let cell = |key: &str, n: u64| format!("<td class=\"num\" data-count=\"{key}\">{n}</td>");
    format!(
        "<{tr} data-pair=\"{}\"><th scope=\"row\">{label}</th>{}{}{}<td class=\"by-flag\">{by_flag}</td>{}{}{}{}{}</tr>",
        escape(pair),
        cell("rows", t.rows),
        cell("matched", t.matched),
        cell("flagged", t.flagged),
        cell("unsourced", t.unsourced),
        cell("omitted", t.omitted),
        cell("low_margin", t.low_margin),
        cell("to_check", t.to_check),
        cell("decided", t.decided),
    )
}

impl RowSink for HtmlSink {
    fn detail(&self) -> Detail {
        Detail::Review
    }

    fn write_records(&mut self, records: &Records) -> io::Result<()> {
        match records {
            Records::Quote(rows) => self.quote_rows(rows),
            Records::Sentence(rows) => self.sentence_rows(rows),
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        // The summary goes first: nothing is written before `finish`.
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        let mut page = self.page_head();
        match self.unit {
            Unit::Quote => {
                page.push_str(&self.summary());
                page.push_str(&self.toolbar());
                page.push_str(&self.legend());
            }
            Unit::Sentence => {
                let w = self.words();
                let _ = writeln!(
                    page,
                    "<section class=\"summary\"><p>{} {} · {} {} ({} 1-0 / 0-1)</p></section>",
                    self.pairs.len() as u64 + self.empty_pairs,
                    escape(w.pairs),
                    self.beads,
                    escape(w.beads),
                    self.one_sided_beads
                );
            }
        }
        page.push_str(&self.body);
        page.push_str(&self.stale_decisions());
        let _ = write!(
            page,
            "</main>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n"
        );
        self.out.write_all(page.as_bytes())?;
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

    #[test]
    fn utc_times_are_calendar_dates() {
        assert_eq!(utc_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_time(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc_time(1_700_000_000), "2023-11-14 22:13 UTC");
    }
}
