//! The legend of the review page: every status, kind, flag and mark
//! explained in plain words, in the page's interface language, each flag
//! beside the name the CSV writes. Words come from [`super::strings`].

use std::fmt::Write as _;

use super::escape;
use super::row;
use super::strings::Words;

/// The legend, a `<details>` open by default.
pub fn legend(w: &Words) -> String {
    let mut s = format!(
        "<details class=\"legend\" open=\"open\"><summary>{}</summary><p>{}</p><div class=\"legend-grid\">",
        escape(w.legend),
        escape(w.legend_intro)
    );
    let dl = |s: &mut String, class: &str, title: &str, items: Vec<(String, String, &str)>| {
        let _ = write!(s, "<div class=\"{class}\"><h3>{}</h3><dl>", escape(title));
        for (term, code, explain) in items {
            let _ = write!(s, "<dt>{term}{code}</dt><dd>{}</dd>", escape(explain));
        }
        s.push_str("</dl></div>");
    };
    let code = |c: &str| format!(" <code>{}</code>", escape(c));
    use crate::align::Status;
    use crate::quote::QuoteKind;
    let statuses = [Status::Matched, Status::Unsourced, Status::Omitted]
        .into_iter()
        .map(|st| {
            let (label, explain) = w.status(st);
            (
                format!(
                    "<span class=\"badge status s-{0}\">{1}</span>",
                    row::status_name(st),
                    escape(label)
                ),
                if label == row::status_name(st) {
                    String::new()
                } else {
                    code(row::status_name(st))
                },
                explain,
            )
        })
        .collect();
    s.push_str("<div>");
    dl(&mut s, "statuses", w.statuses, statuses);
    let kinds = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect]
        .into_iter()
        .map(|k| {
            let (label, explain) = w.kind(k);
            (
                escape(label),
                if label == k.as_str() {
                    String::new()
                } else {
                    code(k.as_str())
                },
                explain,
            )
        })
        .collect();
    dl(&mut s, "kinds", w.kinds, kinds);
    s.push_str("</div>");
    let flags = w
        .flag_words
        .iter()
        .map(|f| {
            (
                format!("<span class=\"chip flag\">{}</span>", escape(f.label)),
                code(f.name),
                f.explain,
            )
        })
        .collect();
    dl(&mut s, "flags", w.flags, flags);
    let marks = vec![
        (
            format!("<mark class=\"ev-id\">{}</mark>", escape(w.indonesian)),
            String::new(),
            w.highlight_id,
        ),
        (
            format!("<mark class=\"ev-en\">{}</mark>", escape(w.english)),
            String::new(),
            w.highlight_en,
        ),
        (
            format!("<span class=\"chip low\">{}</span>", escape(w.low_margin)),
            String::new(),
            w.low_margin_explain,
        ),
        (
            "<abbr class=\"uncertain\">?</abbr>".to_owned(),
            String::new(),
            w.speaker_mark_explain,
        ),
        (escape(w.score), String::new(), w.score_explain),
        (escape(w.chars), String::new(), w.offsets_explain),
        (
            escape(w.checked),
            format!(" / {}", escape(w.wrong)),
            w.decisions_explain,
        ),
    ];
    dl(&mut s, "marks", w.markers, marks);
    s.push_str("</div></details>\n");
    s
}
