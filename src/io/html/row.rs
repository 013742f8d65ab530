//! One row of the review page: a card with the status, kind, flags and
//! scores on top, the Indonesian and English quotes side by side (speaker,
//! the quote with the flags' evidence words marked, where it stands in its
//! article, and its paragraph on request), the flags explained with their
//! evidence, and the reader's decision (checked or wrong, and a note).
//!
//! The row's element carries its pair and offsets as `data-` attributes:
//! the page's script exports decisions from them, and tests find rows by
//! them.

use std::fmt::Write;

use super::escape;
use super::highlight::{Needle, mark_chars, mark_words};
use super::strings::Words;
use super::summary::{is_low_margin, is_problem, urgency};
use crate::align::Status;
use crate::io::AlignRecord;
use crate::io::context::QuoteContext;
use crate::io::decisions::{Decision, Verdict};

/// Mark classes of evidence words on each side.
const EVIDENCE_ID: &str = "ev-id";
const EVIDENCE_EN: &str = "ev-en";

/// The status as the CSV writes it.
pub fn status_name(s: Status) -> &'static str {
    match s {
        Status::Matched => "matched",
        Status::Unsourced => "unsourced",
        Status::Omitted => "omitted",
    }
}

fn opt(n: Option<usize>) -> String {
    n.map_or_else(String::new, |v| v.to_string())
}

/// The evidence words of a row's flags on one side, with the flag's label.
fn needles<'a>(r: &'a AlignRecord, w: &Words, english: bool) -> Vec<(String, &'a str)> {
    let mut out = Vec::new();
    for f in &r.flags.0 {
        let (label, _) = w.flag(&f.name);
        let words = if english { &f.en } else { &f.id };
        for x in words {
            out.push((label.clone(), x.as_str()));
        }
    }
    out
}

/// One side of the row: speaker, quote, place in the article, paragraph.
#[allow(clippy::too_many_arguments)]
fn side(
    out: &mut String,
    w: &Words,
    english: bool,
    speaker: &str,
    quote: &str,
    span: (Option<usize>, Option<usize>),
    ctx: Option<&QuoteContext>,
    evidence: &[(String, &str)],
    empty_note: &str,
) {
    let (class, lang, title) = if english {
        ("en", "en", w.english)
    } else {
        ("id", "id", w.indonesian)
    };
    let _ = write!(
        out,
        "<section class=\"side {class}\"><h4>{}</h4>",
        escape(title)
    );
    let (Some(start), Some(end)) = span else {
        let _ = write!(
            out,
            "<p class=\"absent\">{}</p></section>",
            escape(empty_note)
        );
        return;
    };
    let _ = write!(out, "<p class=\"speaker\">{}: ", escape(w.speaker));
    if speaker.is_empty() {
        let _ = write!(out, "<span class=\"none\">{}</span>", escape(w.no_speaker));
    } else {
        let _ = write!(out, "<b>{}</b>", escape(speaker));
        if let Some(note) = ctx.and_then(|c| w.speaker_note(c.speaker)) {
            let _ = write!(
                out,
                " <abbr class=\"uncertain\" title=\"{}\">?</abbr> <span class=\"uncertain-note\">{}</span>",
                escape(note),
                escape(note)
            );
        }
    }
    out.push_str("</p>");
    let marks: Vec<Needle<'_>> = evidence
        .iter()
        .map(|(label, words)| Needle {
            words,
            class: if english { EVIDENCE_EN } else { EVIDENCE_ID },
            title: label,
        })
        .collect();
    let _ = write!(
        out,
        "<blockquote class=\"quote\" lang=\"{lang}\">{}</blockquote>",
        mark_words(quote, &marks)
    );
    out.push_str("<p class=\"where\">");
    if let Some(c) = ctx {
        let _ = write!(
            out,
            "{} {} {} {} · ",
            escape(w.paragraph),
            c.paragraph_no,
            escape(w.of),
            c.paragraphs
        );
    }
    let _ = write!(out, "{} {start}–{end}</p>", escape(w.chars));
    if let Some(c) = ctx {
        let from = start.saturating_sub(c.paragraph_start);
        let to = end.saturating_sub(c.paragraph_start);
        let _ = write!(
            out,
            "<details class=\"context\"><summary>{}</summary><p lang=\"{lang}\">{}</p></details>",
            escape(w.context),
            mark_chars(&c.paragraph, from, to, "in-context")
        );
    }
    out.push_str("</section>");
}

/// The flags of a row, each explained with its evidence.
fn evidence_list(out: &mut String, r: &AlignRecord, w: &Words) {
    if r.flags.is_empty() {
        return;
    }
    out.push_str("<ul class=\"evidence\">");
    for f in &r.flags.0 {
        let (label, explain) = w.flag(&f.name);
        let _ = write!(
            out,
            "<li><span class=\"chip flag\">{}</span> {}",
            escape(&label),
            escape(explain)
        );
        for (words, class, side) in [
            (&f.id, EVIDENCE_ID, w.indonesian),
            (&f.en, EVIDENCE_EN, w.english),
        ] {
            if words.is_empty() {
                continue;
            }
            let quoted: Vec<String> = words
                .iter()
                .map(|x| format!("<mark class=\"{class}\">{}</mark>", escape(x)))
                .collect();
            let _ = write!(
                out,
                " <span class=\"ev-side\">{}: {}</span>",
                escape(side),
                quoted.join(", ")
            );
        }
        let _ = write!(
            out,
            " <span class=\"detail\">({}: <code>{}</code>{}{}; {} {:.2})</span>",
            escape(w.detail),
            escape(&f.name),
            if f.detail.is_empty() { "" } else { "; " },
            escape(&f.detail),
            escape(w.confidence),
            f.confidence
        );
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// The decision controls of row `n`, set to an earlier decision.
fn decision_controls(out: &mut String, n: usize, w: &Words, earlier: Option<&Decision>) {
    let verdict = earlier.map(|d| d.verdict);
    let radio = |v: Verdict, label: &str| {
        format!(
            "<label class=\"choice {0}\"><input type=\"radio\" name=\"d{n}\" value=\"{0}\"{1}/> {2}</label>",
            v.as_str(),
            if verdict == Some(v) {
                " checked=\"checked\""
            } else {
                ""
            },
            escape(label)
        )
    };
    let _ = write!(
        out,
        "<div class=\"decide\">{}{}<input class=\"note\" type=\"text\" placeholder=\"{}\" value=\"{}\"/>{}</div>",
        radio(Verdict::Checked, w.checked),
        radio(Verdict::Wrong, w.wrong),
        escape(w.note),
        escape(earlier.map_or("", |d| d.note.as_str())),
        if earlier.is_some() {
            format!(
                "<span class=\"earlier\" title=\"{0}\">↺</span>",
                escape(w.earlier_decision)
            )
        } else {
            String::new()
        }
    );
}

/// Writes row `n` (unique in the page) of a pair; `order` is its place in
/// the article order of its pair.
pub fn write_row(
    out: &mut String,
    r: &AlignRecord,
    n: usize,
    order: usize,
    w: &Words,
    earlier: Option<&Decision>,
) {
    let status = status_name(r.status);
    let mut classes = format!("row s-{status}");
    if is_problem(r) {
        classes.push_str(" problem");
    }
    if !r.flags.is_empty() {
        classes.push_str(" flagged");
    }
    if is_low_margin(r) {
        classes.push_str(" low");
    }
    if let Some(d) = earlier {
        let _ = write!(classes, " d-{}", d.verdict.as_str());
    }
    let _ = write!(
        out,
        "<div class=\"{classes}\" id=\"r{n}\" data-pair=\"{}\" data-status=\"{status}\" data-flags=\"{}\" \
         data-id-start=\"{}\" data-id-end=\"{}\" data-en-start=\"{}\" data-en-end=\"{}\" data-order=\"{order}\" data-urgency=\"{}\">",
        escape(&r.pair),
        escape(&r.flags.names().join(" ")),
        opt(r.id_start),
        opt(r.id_end),
        opt(r.en_start),
        opt(r.en_end),
        urgency(r),
    );
    // Head: status, kind, flags, scores, decision.
    let (status_label, status_explain) = w.status(r.status);
    let (kind_label, kind_explain) = w.kind(r.kind);
    let _ = write!(
        out,
        "<div class=\"row-head\"><span class=\"badge status\" title=\"{}\">{}</span>\
         <span class=\"kind\" title=\"{}\">{}</span>",
        escape(status_explain),
        escape(status_label),
        escape(kind_explain),
        escape(kind_label)
    );
    for name in r.flags.names() {
        let (label, explain) = w.flag(name);
        let _ = write!(
            out,
            "<span class=\"chip flag\" title=\"{}\">{}</span>",
            escape(explain),
            escape(&label)
        );
    }
    if is_low_margin(r) {
        let _ = write!(
            out,
            "<span class=\"chip low\" title=\"{}\">{}</span>",
            escape(w.low_margin_explain),
            escape(w.low_margin)
        );
    }
    match r.status {
        Status::Matched => {
            let _ = write!(
                out,
                "<span class=\"metrics\" title=\"{}\">{} {:.2} · {} {:.2}</span>",
                escape(w.score_explain),
                escape(w.score),
                r.score,
                escape(w.margin),
                r.margin
            );
        }
        Status::Unsourced => {
            let _ = write!(
                out,
                "<span class=\"metrics\" title=\"{}\">{} {:.2}</span>",
                escape(w.score_explain),
                escape(w.best_candidate),
                r.score
            );
        }
        Status::Omitted => {}
    }
    decision_controls(out, n, w, earlier);
    out.push_str("</div><div class=\"sides\">");
    let ctx = r.context.as_deref();
    side(
        out,
        w,
        false,
        &r.id_speaker,
        &r.id_quote,
        (r.id_start, r.id_end),
        ctx.and_then(|c| c.id.as_ref()),
        &needles(r, w, false),
        w.not_in_indonesian,
    );
    side(
        out,
        w,
        true,
        &r.en_speaker,
        &r.en_quote,
        (r.en_start, r.en_end),
        ctx.and_then(|c| c.en.as_ref()),
        &needles(r, w, true),
        w.no_counterpart,
    );
    out.push_str("</div>");
    evidence_list(out, r, w);
    out.push_str("</div>\n");
}
