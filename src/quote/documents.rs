//! Documents that speak for the body that issued them.
//!
//! A report, statement or letter says what its issuer says: in `Laporan itu
//! juga menyebutkan …` / `The report also says …` the speaker is the body
//! named where the report is introduced (`laporan Badan Energi Atom
//! Internasional (IAEA)`, `an International Atomic Energy Agency report`,
//! `a report by the IAEA`), and the content of `pernyataan Naomi Osaka
//! bahwa …` / `Osaka's statement that …` is Osaka's. This module finds the
//! token range of that issuer's name; reading the name and resolving it to
//! an entity is [`super::np`]'s and [`super::speakers`]'s job.

use std::ops::Range;

use super::np::{subject_from, unreduplicated, words_of};
use crate::lang::{DeterminerPosition, LangTables};
use crate::text::{Document, TokenKind};

/// How far back a bare `Laporan itu` looks for the report's introduction,
/// in tokens: a report is introduced in the article's first paragraphs and
/// referred to soon after, and the bound keeps the search linear.
const ANTECEDENT_REACH: usize = 400;

fn is_document(doc: &Document, t: &LangTables, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word && super::np::base_classes(doc, t, i).is_document_noun()
}

/// The token range of the sentence that holds token `i`.
fn sentence_of(doc: &Document, i: usize) -> Range<usize> {
    doc.sentences
        .get(doc.sentence_of_token(i))
        .map_or(0..doc.tokens.len(), |s| s.tokens.clone())
}

fn is_name_word(doc: &Document, i: usize) -> bool {
    let tok = &doc.tokens[i];
    tok.kind == TokenKind::Word && tok.capitalized && !tok.classes.is_determiner()
}

/// A name that starts at `k` and stays within `end`: capitalized words and
/// bracketed acronyms (`Badan Energi Atom Internasional (IAEA)`), or an
/// institution noun before a name (`pemerintah Korea Utara`).
fn name_from(doc: &Document, t: &LangTables, k: usize, end: usize) -> Option<Range<usize>> {
    if k >= end {
        return None;
    }
    let first = &doc.tokens[k];
    let led_by_institution = first.kind == TokenKind::Word
        && !first.capitalized
        && first.classes.is_institution_noun()
        && k + 1 < end
        && is_name_word(doc, k + 1);
    if !led_by_institution && !is_name_word(doc, k) {
        return None;
    }
    // Only the name itself: `subject_from` stops where a verb starts.
    let phrase = subject_from(doc, t, k, end);
    let mut i = k + 1;
    while i < phrase.end {
        let tok = &doc.tokens[i];
        if tok.kind == TokenKind::Punct && doc.slice(tok.span) == "(" {
            match (i + 1..phrase.end).find(|&j| doc.slice(doc.tokens[j].span) == ")") {
                Some(close) => i = close + 1,
                None => break,
            }
        } else if is_name_word(doc, i) {
            i += 1;
        } else {
            break;
        }
    }
    Some(k..i)
}

/// The issuer named at the document noun `d`, within `end`: after it in
/// Indonesian (`laporan (dari) IAEA`), before it or after `by` in English
/// (`an IAEA report`, `the IAEA's report`, `a report by the IAEA`).
fn issuer_at(
    doc: &Document,
    t: &LangTables,
    d: usize,
    within: Range<usize>,
) -> Option<Range<usize>> {
    let end = within.end;
    let after = |k: usize| {
        let k = if k < end && doc.tokens[k].classes.is_issuer_marker() {
            k + 1
        } else {
            k
        };
        let k = if k < end && doc.tokens[k].classes.is_determiner() {
            k + 1
        } else {
            k
        };
        name_from(doc, t, k, end)
    };
    match t.determiner_position {
        DeterminerPosition::After => after(d + 1),
        DeterminerPosition::Before => {
            // `the IAEA's report`: step over the possessive.
            let mut b = d;
            if b >= 2
                && doc.tokens[b - 1].lower == "s"
                && matches!(doc.slice(doc.tokens[b - 2].span), "'" | "’")
            {
                b -= 2;
            }
            let start = (within.start..b)
                .rev()
                .take_while(|&k| is_name_word(doc, k))
                .last();
            match start {
                Some(a) => Some(a..b),
                None if d + 1 < end && doc.tokens[d + 1].classes.is_issuer_marker() => after(d + 1),
                None => None,
            }
        }
    }
}

/// When the speaker phrase `phrase` is headed by a document noun (`Laporan
/// itu`, `The report`, `laporan IAEA`), the name of its issuer: in the
/// phrase itself, else where the nearest earlier mention of the same
/// document noun names one.
pub fn issuer_of_subject(
    doc: &Document,
    t: &LangTables,
    phrase: Range<usize>,
) -> Option<Range<usize>> {
    let ws: Vec<usize> = words_of(doc, phrase.clone())
        .into_iter()
        .filter(|&i| !doc.tokens[i].classes.is_indefinite())
        .collect();
    let head = match t.determiner_position {
        DeterminerPosition::After => *ws.first()?,
        // `The report`, `the IAEA report`, `a report by the IAEA`.
        DeterminerPosition::Before => ws
            .iter()
            .enumerate()
            .find(|&(j, &i)| {
                is_document(doc, t, i)
                    && ws
                        .get(j + 1)
                        .is_none_or(|&n| doc.tokens[n].classes.is_issuer_marker())
            })
            .map(|(_, &i)| i)?,
    };
    if !is_document(doc, t, head) {
        return None;
    }
    if let Some(issuer) = issuer_at(doc, t, head, phrase.clone()) {
        return Some(issuer);
    }
    let noun = unreduplicated(&doc.tokens[head].lower);
    (phrase.start.saturating_sub(ANTECEDENT_REACH)..phrase.start)
        .rev()
        .filter(|&k| {
            doc.tokens[k].kind == TokenKind::Word && unreduplicated(&doc.tokens[k].lower) == noun
        })
        .find_map(|k| issuer_at(doc, t, k, sentence_of(doc, k)))
}

/// When the content starting at token `content` follows `<document>
/// <issuer> bahwa` / `<issuer>'s <document> that`, the issuer's name: the
/// content is the document's, whoever reports on it.
pub fn issuer_of_content(doc: &Document, t: &LangTables, content: usize) -> Option<Range<usize>> {
    let c = content.checked_sub(1)?;
    if !(doc.tokens[c].kind == TokenKind::Word && doc.tokens[c].classes.is_complementizer()) {
        return None;
    }
    // The document noun within a name's length before the complementizer.
    const NAME_REACH: usize = 8;
    let sentence_start = sentence_of(doc, c).start;
    (sentence_start.max(c.saturating_sub(NAME_REACH))..c)
        .rev()
        .filter(|&d| is_document(doc, t, d))
        .find_map(|d| {
            let issuer = issuer_at(doc, t, d, sentence_start..c)?;
            // The issuer must reach the complementizer (Indonesian) or the
            // document noun must (English): nothing else between.
            let adjacent = match t.determiner_position {
                DeterminerPosition::After => issuer.end == c,
                DeterminerPosition::Before => d + 1 == c || issuer.end == c,
            };
            adjacent.then_some(issuer)
        })
}
