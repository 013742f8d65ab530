//! Where a speaker phrase starts and ends: fronted adverbials skipped
//! (`Setelah pengambilan suara DPR,`), the subject before its verb, a role
//! and office with its name (`Kepala … Ajun Komisaris Budi Santoso`), a place
//! or an addressee between the subject and its verb, and where a head gives
//! way to an adjunct. What the phrase names is [`super::analyze`].

use std::ops::Range;

use super::{base_classes, classes, is_punct, is_verbish, start_word, word};
use crate::lang::{DeterminerPosition, LangTables};
use crate::text::{Document, TokenKind};

/// Start of the subject in `range`: skips fronted adverbials that end in a
/// comma (`Setelah pengambilan suara DPR,`, `In a separate development,`).
pub fn skip_fronted(doc: &Document, t: &LangTables, range: Range<usize>) -> usize {
    let mut start = range.start;
    loop {
        let Some(mut first) = (start..range.end).find(|&i| doc.tokens[i].is_word()) else {
            return start;
        };
        // `A day after …,`: an article before the opener.
        if classes(doc, first).is_indefinite()
            && first + 1 < range.end
            && doc.tokens[first + 1].is_word()
        {
            first += 1;
        }
        let w = word(doc, first);
        // `Dikutip dari Associated Press, …`: a passive participle opens an
        // adverbial too.
        let opening = first == start_word(doc, start, range.end);
        let passive_opener = opening && t.is_speech_passive(w);
        // `Speaking in Geneva on Friday,`, `Asked about the deal,`: a
        // participle clause.
        let participle_opener = opening
            && (t.is_speech_participle(w)
                || (t.determiner_position == DeterminerPosition::Before
                    && (w.ends_with("ing") || w.ends_with("ed"))
                    && w.len() > 4));
        // `26 Mei 2014 ini,`: a date.
        let date = doc.tokens[first].kind == TokenKind::Number;
        let wc = classes(doc, first);
        if !(wc.is_adverbial_opener()
            || wc.is_time_word()
            || wc.is_clause_break()
            || passive_opener
            || participle_opener
            || date)
        {
            return start;
        }
        match (first..range.end).find(|&i| is_punct(doc, i, ",")) {
            Some(comma) => start = comma + 1,
            None => return start,
        }
    }
}

/// `Menteri Koordinator Bidang Politik, …`, `Secretary of Health, …`:
/// the tokens `start..end` open with a capitalized title, whose office may
/// name a list.
fn titled(doc: &Document, t: &LangTables, start: usize, end: usize) -> bool {
    let first = start_word(doc, start, end);
    first < end && doc.tokens[first].capitalized && base_classes(doc, t, first).is_role_noun()
}

/// `Kepala Biro Komunikasi …`: the tokens `start..end` open with a
/// capitalized title and hold a capitalized institution noun, an office
/// whose name may run on over a preposition.
fn titled_office(doc: &Document, t: &LangTables, start: usize, end: usize) -> bool {
    let first = start_word(doc, start, end);
    titled(doc, t, start, end)
        && (first + 1..end).any(|k| {
            let r = &doc.tokens[k];
            r.capitalized && r.classes.is_institution_noun()
        })
}

/// The subject noun phrase that starts at `start` and ends before `end`:
/// stops at an adverbial, a time word, an auxiliary, a verb, a bracket or a
/// comma that does not open an apposition.
pub fn subject_from(doc: &Document, t: &LangTables, start: usize, end: usize) -> Range<usize> {
    let mut i = start;
    while i < end {
        let tok = &doc.tokens[i];
        match tok.kind {
            TokenKind::Word | TokenKind::Number => {
                let wc = tok.classes;
                // A pronoun is a whole phrase (`she presented …`).
                if i > start && doc.tokens[i - 1].classes.is_pronoun() {
                    break;
                }
                // `Kelompok ini`: a determiner that is also a time word
                // (`hari ini`) closes the phrase below, not before itself.
                let determiner = t.determiner_position == DeterminerPosition::After
                    && !tok.capitalized
                    && wc.is_determiner();
                let stop = if tok.capitalized {
                    i > start && wc.is_time_word()
                } else {
                    (i > start && (wc.is_adverbial_opener() || (wc.is_time_word() && !determiner)))
                        || is_verbish(doc, t, i)
                };
                // `para pejabat di Sierra Leone`, `pejabat pemerintahan di
                // kota Tacloban`: a description's place, its kind of place
                // (`kota`) before the name.
                let place_name_at = |k: usize| {
                    let kind_of_place = k + 1 < end
                        && doc.tokens[k].kind == TokenKind::Word
                        && !doc.tokens[k].capitalized
                        && doc.tokens[k].classes.is_place_noun();
                    let n = if kind_of_place { k + 1 } else { k };
                    n < end && doc.tokens[n].capitalized && doc.tokens[n].kind == TokenKind::Word
                };
                let place_of_description = stop
                    && t.determiner_position == DeterminerPosition::After
                    && wc.is_place_preposition()
                    && place_name_at(i + 1)
                    && (start..i).any(|k| {
                        !doc.tokens[k].capitalized && base_classes(doc, t, k).is_role_noun()
                    });
                // `Kepala Biro Komunikasi pada Kementerian Energi …`: an
                // office of a capitalized body, linked by a preposition, then
                // the body's name and the person's.
                let office_of_body = stop
                    && t.determiner_position == DeterminerPosition::After
                    && wc.is_preposition()
                    && i + 1 < end
                    && doc.tokens[i + 1].capitalized
                    && doc.tokens[i + 1].classes.is_institution_noun()
                    && titled_office(doc, t, start, i);
                if office_of_body {
                    i += 1;
                    continue;
                }
                if place_of_description {
                    i += 1;
                    if !doc.tokens[i].capitalized {
                        i += 1;
                    }
                    while i < end
                        && doc.tokens[i].capitalized
                        && doc.tokens[i].kind == TokenKind::Word
                    {
                        i += 1;
                    }
                    break;
                }
                // `petenis berusia 40 tahun itu`: a modifier inside a
                // description that its determiner closes.
                if stop && i > start && t.determiner_position == DeterminerPosition::After {
                    let closes = (i + 1..end.min(i + 6))
                        .take_while(|&k| doc.tokens[k].is_word())
                        .find(|&k| doc.tokens[k].classes.is_determiner());
                    if let Some(d) = closes
                        && !(i..d).any(|k| t.is_speech_verb(&doc.tokens[k].lower))
                    {
                        i = d + 1;
                        break;
                    }
                }
                if stop {
                    break;
                }
                // A head-initial phrase ends with its determiner
                // (`duta besar itu | tiba`).
                if i > start
                    && t.determiner_position == DeterminerPosition::After
                    && wc.is_determiner()
                {
                    i += 1;
                    break;
                }
            }
            // `Chanin "Titan" Wibrunrungrueang`: a nickname in marks between
            // the words of a name is part of it.
            TokenKind::QuoteMark => {
                let name_word = |k: usize| {
                    k < end && doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].capitalized
                };
                if i > start
                    && name_word(i - 1)
                    && name_word(i + 1)
                    && i + 2 < end
                    && doc.tokens[i + 2].kind == TokenKind::QuoteMark
                    && name_word(i + 3)
                {
                    i += 3;
                    continue;
                }
                break;
            }
            TokenKind::Punct => {
                let p = doc.slice(tok.span);
                if p == "," {
                    let next_cap = i + 1 < end && doc.tokens[i + 1].capitalized;
                    // `…, dokter Adam Prabata,`: an apposition led by a role.
                    let role_apposition = i + 2 < end
                        && doc.tokens[i + 1].kind == TokenKind::Word
                        && base_classes(doc, t, i + 1).is_role_noun()
                        && doc.tokens[i + 2].capitalized;
                    // `Kepala Biro Komunikasi, Layanan Informasi Publik, dan
                    // Kerja Sama`: the last item of an office's list.
                    let last_item = i + 2 < end
                        && doc.tokens[i + 1].kind == TokenKind::Word
                        && doc.tokens[i + 1].classes.is_coordinator()
                        && doc.tokens[i + 2].capitalized
                        && doc.tokens[i - 1].capitalized
                        && titled(doc, t, start, i);
                    if !next_cap && !role_apposition && !last_item {
                        break;
                    }
                } else if p == "(" && i > start {
                    // An acronym or an age in brackets inside the phrase
                    // (`Komisi Pemilihan Umum (KPU) Gunung Kidul`).
                    match parenthetical_end(doc, i, end) {
                        Some(close) => {
                            i = close + 1;
                            continue;
                        }
                        None => break,
                    }
                } else if !matches!(p, "-" | "." | "'" | "’" | "–") {
                    break;
                }
            }
        }
        i += 1;
    }
    // Trailing commas and dashes are not part of the phrase.
    while i > start && doc.tokens[i - 1].kind == TokenKind::Punct {
        i -= 1;
    }
    start..i
}

/// The subject right before the verb at `verb`, read backwards from it: a
/// run of name words, role and institution words and determiners, back to a
/// preposition, a time word, a verb or punctuation (`On Tuesday | Biden
/// said`, `Speaking aboard his plane on Friday | Trump said`).
pub fn subject_before(doc: &Document, t: &LangTables, start: usize, verb: usize) -> Range<usize> {
    let mut a = verb;
    while a > start {
        let k = a - 1;
        let tok = &doc.tokens[k];
        let fits = match tok.kind {
            TokenKind::Word => {
                let cls = tok.classes;
                !(cls.is_preposition()
                    || cls.is_time_word()
                    || cls.is_adverbial_opener()
                    || is_verbish(doc, t, k)
                    || cls.is_clause_break())
                    && (tok.capitalized
                        || base_classes(doc, t, k).is_role_noun()
                        || cls.is_institution_noun()
                        || cls.is_determiner()
                        || cls.is_pronoun()
                        || cls.is_name_particle())
            }
            TokenKind::Punct => matches!(doc.slice(tok.span), "." | "-" | "’" | "'"),
            _ => false,
        };
        if !fits {
            break;
        }
        a = k;
    }
    a..verb
}

/// Whether the tokens between a subject ending in a name and its verb at
/// `verb` only say where or to whom it spoke (`Theodorus Kossay di
/// Jayapura`, `Budi kepada Kompas`, `Lakhdar Brahimi in Geneva`): a
/// preposition, then at most three capitalized words and no role noun, no
/// verb, no punctuation but a hyphen or a dot. After a role or an acronym
/// the capitals are the name (`Konsul Jenderal RI di New York Arifi
/// Saiman`).
pub fn ends_before_adjunct(
    doc: &Document,
    t: &LangTables,
    subject: Range<usize>,
    verb: usize,
) -> bool {
    let (a, b) = (subject.end, verb);
    let Some(last) = (subject.start..a).rev().find(|&k| doc.tokens[k].is_word()) else {
        return false;
    };
    let name_end = {
        let tok = &doc.tokens[last];
        tok.capitalized
            && doc.slice(tok.span).chars().any(char::is_lowercase)
            && !base_classes(doc, t, last).is_role_noun()
            && !tok.classes.is_institution_noun()
    };
    name_end
        && a < b
        && b - a <= 8
        && doc.tokens[a].kind == TokenKind::Word
        && doc.tokens[a].classes.is_preposition()
        && (a + 1..b).any(|k| doc.tokens[k].capitalized)
        && (a + 1..b).filter(|&k| doc.tokens[k].capitalized).count() <= 3
        && (a..b).all(|k| match doc.tokens[k].kind {
            TokenKind::Word => {
                !is_verbish(doc, t, k)
                    && !doc.tokens[k].classes.is_clause_break()
                    && !base_classes(doc, t, k).is_role_noun()
            }
            TokenKind::Number => true,
            TokenKind::Punct => matches!(doc.slice(doc.tokens[k].span), "-" | "."),
            _ => false,
        })
}

/// The phrase before a relative `yang`/`who` at `rel`: back to a comma, a
/// verb or the sentence start, at most eight tokens.
pub fn head_before(
    doc: &Document,
    t: &LangTables,
    sentence_start: usize,
    rel: usize,
) -> Range<usize> {
    let mut end = rel;
    while end > sentence_start && doc.tokens[end - 1].kind == TokenKind::Punct {
        end -= 1;
    }
    let mut start = end;
    while start > sentence_start && end - start < 8 {
        let k = start - 1;
        let tok = &doc.tokens[k];
        if tok.kind == TokenKind::Punct && doc.slice(tok.span) != "-" && doc.slice(tok.span) != "."
        {
            break;
        }
        if tok.kind == TokenKind::QuoteMark || is_verbish(doc, t, k) {
            break;
        }
        start = k;
    }
    start..end
}

/// The `)` closing a short bracket that opens at `open`: at most six
/// tokens, none of them a verb.
fn parenthetical_end(doc: &Document, open: usize, end: usize) -> Option<usize> {
    let t = doc.lang.tables();
    (open + 1..end.min(open + 8))
        .take_while(|&k| !is_verbish(doc, t, k))
        .find(|&k| doc.tokens[k].kind == TokenKind::Punct && doc.slice(doc.tokens[k].span) == ")")
}
