//! Boilerplate around news text: datelines, trailers, editor initials and
//! the outlet credit line.
//!
//! Removes a dateline at the start of one of the first two paragraphs
//! (`TEMPO.CO, Jakarta - `, `JAKARTA, KOMPAS.com -`, `Jakarta, CNN Indonesia
//! --`, `(Reuters) -`, `WASHINGTON (AP) —`) and, further down, one that names
//! an outlet or an agency (`JAKARTA, KOMPAS —` opening a second story of a
//! page or an archive), trailer paragraphs (`Pilihan
//! Editor:`, `Baca juga:`, `Reporting by …`), editor initials at the end of a
//! paragraph (`[lt/ka]`), and records a credit line that names the source
//! outlet alone (`AL JAZEERA`) as the article's declared source. Headlines are
//! content and stay. Only spans are cut: the text itself is not changed, so
//! offsets still point into the original.

use std::sync::LazyLock;

use regex::Regex;

use super::NormSpan;
use crate::lang::Lang;

/// Why a span was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoilerplateKind {
    Dateline,
    Trailer,
    EditorInitials,
    Credit,
}

/// What boilerplate removal found.
#[derive(Debug, Clone, Default)]
pub struct Boilerplate {
    /// The outlet named by a credit line (`AL JAZEERA`), if any.
    pub declared_source: Option<String>,
    /// Removed spans, in text order.
    pub removed: Vec<(NormSpan, BoilerplateKind)>,
}

/// Paragraph openings that mark a trailer (lowercase prefixes).
const TRAILER_OPENINGS: &[&str] = &[
    "(reporting by",
    "additional reporting",
    "artikel ini",
    "baca juga",
    "berita terkait",
    "editing by",
    "editor:",
    "ikuti berita",
    "lihat juga",
    "pilihan editor",
    "reporting by",
    "simak juga",
    "writing by",
];

/// A dateline: a capitalised place or outlet, an optional agency in
/// parentheses, then a dash and a space, or a dash glued to the first
/// word (`GENEVA (Reuters) -The`, `JAKARTA, KOMPAS.com-Kementerian`).
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?P<place>\p{Lu}[\p{L}.]*(?:(?:\s*,\s*|\s+)\p{Lu}[\p{L}.]*){0,3})\s*)?(?P<agency>\([\p{L} .]{1,20}\))?\s*(?:--|[-–—])(?:(?P<space>\s+)|(?P<glued>\p{Lu}))",
    )
    .expect("valid dateline pattern")
});

/// Words that mark an outlet inside a dateline.
static OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\.co\b|\.com\b|\bcnn\b|\bdetik|\bantara\b|\bkompas|\btempo\b")
        .expect("valid outlet pattern")
});

/// Editor initials closing a paragraph: `[lt/ka]`, `(ant/rd)`.
static EDITOR_INITIALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*[\[(]\p{Ll}{1,5}(?:/\p{Ll}{1,5})+[\])]\s*$").expect("valid initials pattern")
});

/// Compiles the patterns now (they are otherwise compiled on first use):
/// see [`crate::prepare_tables`].
pub(crate) fn prepare() {
    LazyLock::force(&DATELINE);
    LazyLock::force(&OUTLET);
    LazyLock::force(&EDITOR_INITIALS);
}

/// Length of a dateline at the start of `p`, or 0. Past the opening
/// paragraphs (`opening` false) only a dateline naming an outlet or an
/// agency counts: a capitalised place before a dash is too common there.
fn dateline_len(p: &str, opening: bool) -> usize {
    let Some(m) = DATELINE.captures(p) else {
        return 0;
    };
    // A glued dash: the text starts at the capital the pattern took.
    let glued = m.name("glued");
    let whole = match glued {
        Some(g) => g.start(),
        None => m.get(0).map_or(0, |g| g.end()),
    };
    if whole > 70 || whole >= p.len() {
        return 0;
    }
    let place = m.name("place").map_or("", |g| g.as_str());
    let agency = m.name("agency").is_some();
    let all_caps_place = !place.is_empty()
        && place
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            });
    // Glued to the text, an all-capitals word alone (`AS-China`) is too
    // little: a place of several letters with a comma, an agency or an outlet.
    let long_place =
        place.contains(',') || place.chars().filter(|c| c.is_alphabetic()).count() >= 5;
    let credited = agency || OUTLET.is_match(place);
    if !opening && !credited {
        return 0;
    }
    let strong = credited || (all_caps_place && long_place);
    if glued.is_some() && !strong {
        return 0;
    }
    if all_caps_place || agency || OUTLET.is_match(place) {
        whole
    } else {
        0
    }
}

/// A paragraph that is only an outlet's name in capitals (`AL JAZEERA`).
fn is_credit_line(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && p.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && p.chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, '.' | '&' | '-' | '\''))
}

/// Splits paragraphs into content spans and boilerplate.
pub fn strip(text: &str, paragraphs: &[NormSpan], _lang: Lang) -> (Vec<NormSpan>, Boilerplate) {
    let mut found = Boilerplate::default();
    let mut content = Vec::with_capacity(paragraphs.len());
    let n = paragraphs.len();
    for (i, &span) in paragraphs.iter().enumerate() {
        let p = &text[span.range()];
        let lower: String = p.chars().take(24).collect::<String>().to_lowercase();
        if TRAILER_OPENINGS.iter().any(|t| lower.starts_with(t)) {
            found.removed.push((span, BoilerplateKind::Trailer));
            continue;
        }
        if i + 3 >= n && i > 0 && is_credit_line(p) {
            found.declared_source = Some(p.trim().to_owned());
            found.removed.push((span, BoilerplateKind::Credit));
            continue;
        }
        let mut span = span;
        let cut = dateline_len(p, content.len() < 2);
        if cut > 0 {
            found.removed.push((
                NormSpan::new(span.start, span.start + cut),
                BoilerplateKind::Dateline,
            ));
            span.start += cut;
        }
        let p = &text[span.range()];
        if let Some(m) = EDITOR_INITIALS.find(p) {
            let cut = NormSpan::new(span.start + m.start(), span.end);
            found.removed.push((cut, BoilerplateKind::EditorInitials));
            span.end = cut.start;
        }
        if !span.is_empty() {
            content.push(span);
        }
    }
    (content, found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment::split_paragraphs;

    fn run(t: &str) -> (Vec<String>, Boilerplate) {
        let (c, b) = strip(t, &split_paragraphs(t), Lang::Id);
        (c.into_iter().map(|s| t[s.range()].to_owned()).collect(), b)
    }

    #[test]
    fn datelines() {
        for (raw, rest) in [
            ("TEMPO.CO, Jakarta - Presiden tiba.", "Presiden tiba."),
            ("JAKARTA, KOMPAS.com - Presiden tiba.", "Presiden tiba."),
            ("Jakarta, CNN Indonesia -- Presiden tiba.", "Presiden tiba."),
            (
                "(Reuters) - The president arrived.",
                "The president arrived.",
            ),
            (
                "WASHINGTON (AP) — The president arrived.",
                "The president arrived.",
            ),
            (
                "WASHINGTON, DC — The president arrived.",
                "The president arrived.",
            ),
            (
                "Utusan PBB - Liga Arab yang baru tiba.",
                "Utusan PBB - Liga Arab yang baru tiba.",
            ),
            (
                "GENEVA (Reuters) -The president arrived.",
                "The president arrived.",
            ),
            ("JAKARTA, KOMPAS.com-Presiden tiba.", "Presiden tiba."),
            ("JAKARTA-Presiden tiba.", "Presiden tiba."),
            ("AS-China sepakat.", "AS-China sepakat."),
        ] {
            assert_eq!(run(raw).0, vec![rest.to_owned()], "{raw}");
        }
    }

    #[test]
    fn a_credited_dateline_further_down_opens_a_second_story() {
        let page = "JAKARTA, KOMPAS — Harga naik.\n\nPedagang mengeluh.\n\nPembeli sepi.\n\n\
                    BANDUNG, KOMPAS — Hujan turun.\n\nSURABAYA — Banjir surut.";
        let (content, b) = run(page);
        assert_eq!(
            content,
            vec![
                "Harga naik.",
                "Pedagang mengeluh.",
                "Pembeli sepi.",
                "Hujan turun.",
                "SURABAYA — Banjir surut."
            ]
        );
        let cut = b
            .removed
            .iter()
            .filter(|(_, k)| *k == BoilerplateKind::Dateline)
            .count();
        assert_eq!(cut, 2);
    }

    #[test]
    fn trailers_credit_and_initials() {
        let (c, b) = run("Judul\nIsi berita. [lt/ka]\nAL JAZEERA\nPilihan Editor: Sesuatu");
        assert_eq!(c, vec!["Judul", "Isi berita."]);
        assert_eq!(b.declared_source.as_deref(), Some("AL JAZEERA"));
        let (c, _) = run("Text here.\nReporting by A; Editing by B");
        assert_eq!(c, vec!["Text here."]);
    }
}
