//! Noun phrases around speech: what a speaker phrase names (a person by
//! name, a pronoun, a description, an institution); where a subject starts
//! and ends is the `bounds` submodule.
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

mod bounds;

pub use bounds::{ends_before_adjunct, head_before, skip_fronted, subject_before, subject_from};

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
    !after_article(doc, t, i)
        && (tok.classes.is_auxiliary() || {
            let (speech, looks) = verb_reading(t, &tok.lower);
            speech || (looks && !tok.classes.is_role_noun())
        })
}

/// Words whose [`verb_reading`] is kept per thread before the memo starts over.
const VERB_READING_MEMO_MAX: usize = 1 << 16;

thread_local! {
    /// The [`verb_reading`] of words already seen, per built-in language
    /// (bit 1: a speech verb, bit 2: looks like a verb): it depends only on
    /// the word, and news repeats its words article after article.
    static VERB_READING_MEMO: std::cell::RefCell<
        [crate::memo::WordMemo<u8, VERB_READING_MEMO_MAX>; 2],
    > = std::cell::RefCell::default();
}

/// Whether `w` is a speech verb ([`LangTables::is_speech_verb`]) and
/// whether it looks like a verb ([`LangTables::looks_like_verb`]), which
/// ask the stemmer; remembered per thread for the built-in tables.
fn verb_reading(t: &LangTables, w: &str) -> (bool, bool) {
    let slot = if std::ptr::eq(t, crate::lang::Lang::Id.tables()) {
        0
    } else if std::ptr::eq(t, crate::lang::Lang::En.tables()) {
        1
    } else {
        return (t.is_speech_verb(w), t.looks_like_verb(w));
    };
    let bits = crate::memo::remembered(
        &VERB_READING_MEMO,
        |m| &mut m[slot],
        w,
        || u8::from(t.is_speech_verb(w)) | (u8::from(t.looks_like_verb(w)) << 1),
    );
    (bits & 1 != 0, bits & 2 != 0)
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

/// The word tables that hold token `i`'s word with reduplication undone
/// ([`unreduplicated`]): the token's own classes, looked up when `doc` was
/// parsed, unless the word is reduplicated.
pub fn base_classes(doc: &Document, t: &LangTables, i: usize) -> WordClasses {
    let w = word(doc, i);
    // Most words have no hyphen to split at.
    if !w.as_bytes().contains(&b'-') {
        return classes(doc, i);
    }
    let base = unreduplicated(w);
    if base.len() == w.len() {
        classes(doc, i)
    } else {
        t.classes(base)
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
        let c = classes(doc, f);
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
        && ws
            .first()
            .is_some_and(|&f| doc.tokens[f].capitalized && base_classes(doc, t, f).is_role_noun())
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
    let head_classes = base_classes(doc, t, head);
    if head_classes.is_nonspeaker_noun() {
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
        && (doc.tokens[ws[j]].capitalized || base_classes(doc, t, ws[j]).is_role_noun())
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
        .rposition(|&i| base_classes(doc, t, i).is_role_noun());
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
                && base_classes(doc, t, first).is_role_noun();
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
        && base_classes(doc, t, ws[j]).is_role_noun()
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
            .map(|&i| classes(doc, i))
            .find(|c| !c.is_determiner());
        if before.is_some_and(|c| c.is_preposition()) {
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
            let c = classes(doc, i);
            c.is_coordinator()
                || (doc.tokens[i].capitalized
                    && !c.is_institution_noun()
                    && super::names::common_word(doc.lang, word(doc, i))
                        != super::names::Common::Derived)
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
            .filter(|&&i| !classes(doc, i).is_determiner() && !classes(doc, i).is_indefinite())
            .map(|&i| word(doc, i))
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
        .filter(|&&i| !classes(doc, i).is_determiner())
        .map(|&i| word(doc, i))
        .collect();
    let role = role.join(" ");
    if role.is_empty() {
        return None;
    }
    if head_classes.is_institution_noun() {
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
