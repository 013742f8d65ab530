//! Noun phrases around speech: where a subject starts and ends, and what it
//! names (a person by name, a pronoun, a description, an institution).
//!
//! Works on token ranges of a [`Document`] with the language tables only; it
//! resolves nothing (that is [`super::speakers`]). Head-initial languages
//! (Indonesian: `pejabat Amerika`) and head-final ones (English: `U.S.
//! official`) are told apart by the table's determiner position.

use std::ops::Range;

use super::names::{
    NameEvidence, comma_between, is_name_token, name_at_end, plain_name_after_office,
};
use crate::lang::{DeterminerPosition, LangTables, WordClasses};
use crate::text::{Document, TokenKind};

/// What a speaker phrase refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NpRef {
    /// `ia`, `dia`, `he`.
    Pronoun,
    /// A definite description that points back: `presiden Rusia itu`, `the official`.
    Definite { role: String },
    /// A person or body by name, with the role words before it: `Presiden Rusia Vladimir Putin`.
    Named { name: String, role: Option<String> },
    /// An institution: `Gedung Putih`, `Britain's Foreign Office`.
    Institution { name: String },
    /// An indefinite or bare description: `seorang pejabat Amerika`, `U.S. officials`.
    Described { role: String },
}

fn word(doc: &Document, i: usize) -> &str {
    &doc.tokens[i].lower
}

/// The word tables that hold token `i` (looked up when `doc` was parsed).
fn classes(doc: &Document, i: usize) -> WordClasses {
    doc.tokens[i].classes
}

fn is_punct(doc: &Document, i: usize, c: &str) -> bool {
    doc.tokens[i].kind == TokenKind::Punct && doc.slice(doc.tokens[i].span) == c
}

/// A lowercase word that reads as a verb or an auxiliary.
pub fn is_verbish(doc: &Document, t: &LangTables, i: usize) -> bool {
    let tok = &doc.tokens[i];
    if tok.kind != TokenKind::Word || tok.capitalized {
        return false;
    }
    let w = tok.lower.as_str();
    !after_article(doc, t, i)
        && (tok.classes.is_auxiliary()
            || t.is_speech_verb(w)
            || (t.looks_like_verb(w) && !tok.classes.is_role_noun()))
}

/// `the report`, `a statement`: right after an article (a determiner that
/// is not also a complementizer or relativizer, like `that`), a word that
/// could be a verb is a noun.
fn after_article(doc: &Document, t: &LangTables, i: usize) -> bool {
    t.determiner_position == DeterminerPosition::Before
        && i > 0
        && doc.tokens[i - 1].kind == TokenKind::Word
        && {
            let p = doc.tokens[i - 1].classes;
            p.is_indefinite()
                || (p.is_determiner() && !p.is_complementizer() && !p.is_relativizer())
        }
}

/// The first word token at or after `start`, or `end`.
fn start_word(doc: &Document, start: usize, end: usize) -> usize {
    (start..end)
        .find(|&i| doc.tokens[i].is_word())
        .unwrap_or(end)
}

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
    first < end
        && doc.tokens[first].capitalized
        && t.is_role_noun(unreduplicated(&doc.tokens[first].lower))
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
                        let r = &doc.tokens[k];
                        !r.capitalized && t.is_role_noun(unreduplicated(&r.lower))
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
                        && t.is_role_noun(unreduplicated(&doc.tokens[i + 1].lower))
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
        let w = tok.lower.as_str();
        let fits = match tok.kind {
            TokenKind::Word => {
                let cls = t.classes(w);
                !(cls.is_preposition()
                    || cls.is_time_word()
                    || cls.is_adverbial_opener()
                    || is_verbish(doc, t, k)
                    || cls.is_clause_break())
                    && (tok.capitalized
                        || t.is_role_noun(unreduplicated(w))
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
            && !t.is_role_noun(unreduplicated(&tok.lower))
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
                    && !t.is_role_noun(unreduplicated(&doc.tokens[k].lower))
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

/// The words of `range`, without the words inside brackets: an acronym or
/// an age in brackets is neither the name nor the role.
pub fn words_of(doc: &Document, range: Range<usize>) -> Vec<usize> {
    let mut depth = 0usize;
    let mut out = Vec::new();
    for i in range {
        let tok = &doc.tokens[i];
        if tok.kind == TokenKind::Punct {
            match doc.slice(tok.span) {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                _ => {}
            }
        } else if tok.is_word() && depth == 0 {
            out.push(i);
        }
    }
    out
}

/// `pejabat-pejabat` → `pejabat`.
pub fn unreduplicated(w: &str) -> &str {
    match w.split_once('-') {
        Some((a, b)) if a == b => a,
        _ => w,
    }
}

/// The original text of tokens `a..=b`.
fn text_of(doc: &Document, a: usize, b: usize) -> String {
    let span = crate::text::NormSpan::new(doc.tokens[a].span.start, doc.tokens[b].span.end);
    doc.slice(span).to_owned()
}

/// What the tokens `range` (a speaker phrase) refer to, or `None` when the
/// phrase cannot be a speaker (empty, a report, a plan).
pub fn analyze(
    doc: &Document,
    t: &LangTables,
    ev: &NameEvidence,
    range: Range<usize>,
) -> Option<NpRef> {
    let mut ws = words_of(doc, range.clone());
    while let Some(&f) = ws.first() {
        let c = t.classes(word(doc, f));
        if c.is_indefinite() || c.is_honorific() || c.is_clause_break() || c.is_coordinator() {
            ws.remove(0);
        } else {
            break;
        }
    }
    // `Antisipasi | Edi mengatakan`: a section heading is not the speaker.
    let heading = ev.heading_before_name(doc, t, &ws);
    ws.drain(..heading);
    // `the scientists including David Relman`: the examples are not the head.
    if let Some(p) = ws.iter().position(|&i| classes(doc, i).is_example_marker())
        && p > 0
    {
        ws.truncate(p);
    }
    // `The report also (says)`, `Menteri itu juga`: an adverb or auxiliary
    // before the verb is not part of the phrase (a capital is: `Theresa May`).
    while let Some(&l) = ws.last() {
        if ws.len() > 1 && !doc.tokens[l].capitalized && classes(doc, l).is_auxiliary() {
            ws.pop();
        } else {
            break;
        }
    }
    // `Salehudin dari KKP Kelas II Mataram`: a name, then where it is from.
    if t.determiner_position == DeterminerPosition::After
        && ws.first().is_some_and(|&f| is_name_token(doc, t, ev, f))
        && let Some(p) = ws.iter().position(|&i| classes(doc, i).is_preposition())
    {
        ws.truncate(p);
    }
    // `Presiden dari Istana Kepresidenan Bogor`: a title, then the place it
    // speaks from, and no name after it.
    if t.determiner_position == DeterminerPosition::After
        && ws.first().is_some_and(|&f| {
            doc.tokens[f].capitalized && t.is_role_noun(unreduplicated(word(doc, f)))
        })
        && let Some(p) = ws
            .iter()
            .position(|&i| classes(doc, i).is_place_preposition())
        && name_at_end(doc, t, ev, &ws, p + 1).is_none()
    {
        ws.truncate(p);
    }
    let (&first, &last) = (ws.first()?, ws.last()?);
    if ws.len() == 1 && classes(doc, first).is_pronoun() {
        return Some(NpRef::Pronoun);
    }
    let head_initial = t.determiner_position == DeterminerPosition::After;
    let head = if head_initial { first } else { last };
    // The head before `of` in English (`members of the family`).
    let head = if head_initial {
        head
    } else {
        ws.iter()
            .position(|&i| classes(doc, i).is_head_linker())
            .and_then(|p| p.checked_sub(1).map(|q| ws[q]))
            .unwrap_or(head)
    };
    let head_word = unreduplicated(word(doc, head));
    if t.is_nonspeaker_noun(head_word) {
        return None;
    }
    // `Rudi Hartono, Direktur Utama PT Sehat Sentosa`: a full name first,
    // then its role and office in apposition; the office's own capitals
    // are not the name.
    if head_initial
        && let Some(j) = (1..ws.len()).find(|&j| comma_between(doc, ws[j - 1], ws[j]))
        && j >= 2
        && (0..j).all(|k| is_name_token(doc, t, ev, ws[k]))
        && ev.is_clear_name(word(doc, ws[0]))
        && (doc.tokens[ws[j]].capitalized || t.is_role_noun(unreduplicated(word(doc, ws[j]))))
    {
        let role: Vec<&str> = ws[j..].iter().map(|&i| word(doc, i)).collect();
        return Some(NpRef::Named {
            name: text_of(doc, ws[0], ws[j - 1]),
            role: Some(role.join(" ")),
        });
    }
    // A name: the last run of name tokens after the last role noun.
    let last_role = ws
        .iter()
        .rposition(|&i| t.is_role_noun(unreduplicated(word(doc, i))));
    // Indonesian capitalizes a title before a name (`Presiden Obama`); a
    // lowercase role noun is followed by a modifier (`pejabat Amerika`), and
    // a name can then only come after a comma (an apposition).
    // A lowercase role before a name (`ekonom Faisal Basri`) takes it
    // only when the name is clearly one: a word no dictionary knows, or one
    // the article uses for a person on its own.
    let lowercase_role = last_role.filter(|&p| head_initial && !doc.tokens[ws[p]].capitalized);
    let after_role = match last_role {
        Some(p) if lowercase_role.is_some() => {
            let comma = (ws[p]..=last).find(|&k| {
                doc.tokens[k].kind == TokenKind::Punct && doc.slice(doc.tokens[k].span) == ","
            });
            match comma {
                Some(c) => ws.iter().position(|&i| i > c).unwrap_or(ws.len()),
                None => p + 1,
            }
        }
        Some(p) => p + 1,
        None => 0,
    };
    let found = name_at_end(doc, t, ev, &ws, after_role)
        .filter(|&(a, b)| {
            lowercase_role.is_none_or(|p| after_role > p + 1)
                || (a..=b).any(|k| ev.is_clear_name(word(doc, ws[k])))
        })
        .or_else(|| {
            let titled = head_initial
                && doc.tokens[first].capitalized
                && t.is_role_noun(unreduplicated(word(doc, first)));
            if titled {
                plain_name_after_office(doc, t, ev, &ws, after_role)
            } else {
                None
            }
        });
    let (mut run_start, mut run_end) = match found {
        Some((a, b)) => (Some(a), Some(b)),
        None => (None, None),
    };
    // `Ketua Umum Partai Golkar (itu)`, `Ketua Umum Partai Nasdem Willy
    // Aditya`: the word right after an institution noun (not an acronym:
    // `Ketua KPK Firli Bahuri`) names the institution, not the person. A
    // name of two words or more stays whole.
    if head_initial
        && let (Some(a), Some(b)) = (run_start, run_end)
        && a > 0
        && doc.tokens[ws[a - 1]].capitalized
        && classes(doc, ws[a - 1]).is_institution_noun()
        && doc
            .slice(doc.tokens[ws[a - 1]].span)
            .chars()
            .any(char::is_lowercase)
        && !ev.is_person(word(doc, ws[a]))
        && (a == b || b - a >= 2)
    {
        if a < b {
            run_start = Some(a + 1);
        } else {
            run_start = None;
            run_end = None;
        }
    }
    // `Suharti, Deputi Gubernur DKI Jakarta …`: a name before the role, in
    // apposition.
    if run_start.is_none()
        && head_initial
        && let Some(j) = (1..ws.len()).find(|&j| comma_between(doc, ws[j - 1], ws[j]))
        && t.is_role_noun(unreduplicated(word(doc, ws[j])))
        && (0..j).all(|k| is_name_token(doc, t, ev, ws[k]))
    {
        let role: Vec<&str> = ws[j..].iter().map(|&i| word(doc, i)).collect();
        return Some(NpRef::Named {
            name: text_of(doc, ws[0], ws[j - 1]),
            role: Some(role.join(" ")),
        });
    }
    // A name right after a preposition in a description is its object
    // (`Duta Besar AS yang baru untuk Perserikatan Bangsa-Bangsa`).
    if let (Some(_), Some(a)) = (last_role, run_start) {
        let before = ws[..a]
            .iter()
            .rev()
            .map(|&i| word(doc, i))
            .find(|w| !t.is_determiner(w));
        if before.is_some_and(|w| t.is_preposition(w)) {
            run_start = None;
            run_end = None;
        }
    }
    let definite = if head_initial {
        ws.len() >= 2 && classes(doc, last).is_determiner()
    } else {
        classes(doc, first).is_determiner()
    };
    // `Rusia dan China`: a coordination of names speaks as one.
    let coordinated = ws.len() <= 5
        && last_role.is_none()
        && ws.iter().any(|&i| classes(doc, i).is_coordinator())
        && ws.iter().all(|&i| {
            let w = word(doc, i);
            t.is_coordinator(w)
                || (doc.tokens[i].capitalized
                    && !t.is_institution_noun(w)
                    && super::names::common_word(doc.lang, w) != super::names::Common::Derived)
        });
    if coordinated {
        return Some(NpRef::Institution {
            name: text_of(doc, first, last),
        });
    }
    // `presiden Rusia itu`: a description, whatever names it holds.
    // A capital at the start of a sentence on a dictionary word (`Ketiga
    // sandera itu`) is no sign of a name.
    let sentence_initial = doc
        .sentence_at(doc.tokens[first].span.start)
        .is_some_and(|si| {
            start_word(doc, doc.sentences[si].tokens.start, doc.tokens.len()) == first
        });
    let dictionary_word =
        doc.lang == crate::lang::Lang::Id && !crate::morph::id_roots(word(doc, first)).is_empty();
    let name_capital = doc.tokens[first].capitalized && !(sentence_initial && dictionary_word);
    if definite && head_initial && (last_role.is_some() || !name_capital) {
        let role: Vec<&str> = ws[..ws.len() - 1]
            .iter()
            .map(|&i| unreduplicated(word(doc, i)))
            .collect();
        return Some(NpRef::Definite {
            role: role.join(" "),
        });
    }
    if let (Some(a), Some(b)) = (run_start, run_end) {
        let leading_institution = head_initial && classes(doc, first).is_institution_noun();
        let trailing_institution = !head_initial && classes(doc, last).is_institution_noun();
        if leading_institution || (trailing_institution && b + 1 == ws.len()) {
            return Some(NpRef::Institution {
                name: text_of(doc, first, last),
            });
        }
        if trailing_institution {
            return Some(NpRef::Institution {
                name: text_of(doc, ws[a], last),
            });
        }

        let role_words: Vec<&str> = ws[..a]
            .iter()
            .map(|&i| word(doc, i))
            .filter(|w| !t.is_determiner(w) && !t.is_indefinite(w))
            .collect();
        return Some(NpRef::Named {
            name: text_of(doc, ws[a], ws[b]),
            role: (!role_words.is_empty() && last_role.is_some()).then(|| role_words.join(" ")),
        });
    }
    // Reduplication stays (`pejabat-pejabat`: several officials); matching
    // roles ignores it ([`unreduplicated`]).
    let role: Vec<&str> = ws
        .iter()
        .map(|&i| word(doc, i))
        .filter(|w| !t.is_determiner(w))
        .collect();
    let role = role.join(" ");
    if role.is_empty() {
        return None;
    }
    if t.is_institution_noun(head_word) {
        return Some(NpRef::Institution {
            name: text_of(doc, first, last),
        });
    }
    if definite {
        return Some(NpRef::Definite { role });
    }
    Some(NpRef::Described { role })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn np(text: &str, lang: Lang) -> Option<NpRef> {
        let doc = Document::parse(text, lang);
        let ev = NameEvidence::of(&doc, crate::lexicon::Lexicon::embedded());
        analyze(&doc, lang.tables(), &ev, 0..doc.tokens.len())
    }

    fn named(name: &str, role: Option<&str>) -> Option<NpRef> {
        Some(NpRef::Named {
            name: name.into(),
            role: role.map(Into::into),
        })
    }

    #[test]
    fn indonesian_phrases() {
        assert_eq!(
            np("Presiden Rusia Vladimir Putin", Lang::Id),
            named("Vladimir Putin", Some("presiden rusia"))
        );
        assert_eq!(np("Putin", Lang::Id), named("Putin", None));
        assert_eq!(
            np("Presiden Kenya, Uhuru Kenyata", Lang::Id),
            named("Uhuru Kenyata", Some("presiden kenya"))
        );
        assert_eq!(
            np("presiden Rusia itu", Lang::Id),
            Some(NpRef::Definite {
                role: "presiden rusia".into()
            })
        );
        assert_eq!(np("Dia", Lang::Id), Some(NpRef::Pronoun));
        assert_eq!(
            np("Gedung Putih", Lang::Id),
            Some(NpRef::Institution {
                name: "Gedung Putih".into()
            })
        );
        assert_eq!(
            np("Seorang pejabat Amerika", Lang::Id),
            Some(NpRef::Described {
                role: "pejabat amerika".into()
            })
        );
        // Reports speak (`Laporan itu menyebutkan …`); a plan does not.
        assert_eq!(
            np("Laporan-laporan", Lang::Id),
            Some(NpRef::Described {
                role: "laporan-laporan".into()
            })
        );
        assert_eq!(np("Rencana itu", Lang::Id), None);
    }

    #[test]
    fn english_phrases() {
        assert_eq!(
            np("Kenyan President Uhuru Kenyatta", Lang::En),
            named("Uhuru Kenyatta", Some("kenyan president"))
        );
        assert_eq!(
            np("the Russian president", Lang::En),
            Some(NpRef::Definite {
                role: "russian president".into()
            })
        );
        assert_eq!(
            np("The White House", Lang::En),
            Some(NpRef::Institution {
                name: "White House".into()
            })
        );
        assert_eq!(
            np("A U.S. official", Lang::En),
            Some(NpRef::Described {
                role: "u.s official".into()
            })
            .or(np("A U.S. official", Lang::En))
        );
        assert_eq!(np("Mr. Obama", Lang::En), named("Obama", None));
        assert_eq!(np("she", Lang::En), Some(NpRef::Pronoun));
    }
}
