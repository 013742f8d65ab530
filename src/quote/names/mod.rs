//! Which capitalized words of one article name people, and where a
//! person's name starts inside a long speaker phrase.
//!
//! Indonesian news introduces a speaker with role, office and place before
//! the name (`Kepala Dinas Kesehatan Banyuwangi Widji Lestariono`), all of
//! it capitalized. Three kinds of evidence tell the name from the office:
//! - the dictionary: a word the Indonesian stemmer derives with affixes
//!   (`Kesehatan`, `Pengendalian`) is an office word, never a name; a plain
//!   root (`Budi`, `Sri`) may be either;
//! - the article's own usage ([`NameEvidence`]): a word that later speaks on
//!   its own (`kata Widji`, `Widji mengatakan`, `Pak Widji`) is a name; a word
//!   used after a place preposition or a place noun (`di Banyuwangi`,
//!   `Kabupaten Banyuwangi`) is a place;
//! - the tables of `src/lang/`: roles, ranks and titles, institutions and
//!   place nouns bound the name.
//!
//! Nothing here resolves references or reads quote marks.

use crate::lang::{Lang, LangTables};
use crate::text::{Document, TokenKind};

mod evidence;

pub use evidence::NameEvidence;

/// Whether a lowercase word is a common word of the language, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Common {
    /// Not a dictionary word: likely a name.
    No,
    /// A dictionary root (`budi`, `sri`, `kerja`): a name or a common word.
    Root,
    /// A word derived with affixes (`kesehatan`, `pengendalian`): not a name.
    Derived,
}

/// Words whose [`common_word`] answer is kept per thread before the memo
/// starts over.
const COMMON_MEMO_MAX: usize = 1 << 16;

thread_local! {
    /// The [`common_word`] answers of Indonesian words already seen: they
    /// depend only on the word, and news repeats its capitalized words.
    static COMMON_MEMO: std::cell::RefCell<crate::memo::WordMemo<Common, COMMON_MEMO_MAX>> =
        std::cell::RefCell::default();
}

/// How common the lowercase word `w` is in `lang`. Only Indonesian has a
/// dictionary here; English words are all [`Common::No`].
pub fn common_word(lang: Lang, w: &str) -> Common {
    // `laporan-laporan`: a reduplication is as common as its base.
    let w = crate::quote::np::unreduplicated(w);
    if lang != Lang::Id || w.len() < 3 || !w.chars().all(|c| c.is_alphabetic()) {
        return Common::No;
    }
    crate::memo::remembered(&COMMON_MEMO, |m| m, w, || indonesian_common_word(w))
}

/// [`common_word`] of an Indonesian word of three letters or more, from
/// the stemmer.
fn indonesian_common_word(w: &str) -> Common {
    let chars = w.chars().count();
    let confix = (w.starts_with("ke") || w.starts_with("pe")) && w.ends_with("an");
    let agent_prefix = ["pen", "pem", "peng", "peny", "per"]
        .iter()
        .any(|p| w.starts_with(p));
    match crate::morph::id_roots(w).first() {
        // `ketenagalistrikan`: a ke-…-an or pe-…-an noun of an unknown root.
        None if confix && chars >= 8 => Common::Derived,
        None => Common::No,
        Some(r) if r == w => Common::Root,
        // `Bermotor`, `Terpadu`: an intransitive or stative prefix on a
        // root of four letters or more makes a dictionary word.
        Some(r)
            if r.chars().count() >= 4
                && ["ber", "ter"]
                    .iter()
                    .any(|p| w.strip_prefix(p) == Some(r.as_str())) =>
        {
            Common::Root
        }
        // Short roots under long words are often accidental (`kenyata`):
        // only a suffix or a nominal prefix makes a derivation certain.
        Some(r)
            if r.chars().count() >= 3
                && chars >= r.chars().count() + 2
                && (w.ends_with("an") || agent_prefix) =>
        {
            Common::Derived
        }
        Some(_) => Common::No,
    }
}

/// `w` in lower case, written into `buf` when it is ASCII (as most words
/// of names are) instead of into a new string.
pub(crate) fn lowercase_in<'a>(buf: &'a mut String, w: &str) -> std::borrow::Cow<'a, str> {
    if w.is_ascii() {
        buf.clear();
        buf.push_str(w);
        buf.make_ascii_lowercase();
        std::borrow::Cow::Borrowed(buf.as_str())
    } else {
        std::borrow::Cow::Owned(w.to_lowercase())
    }
}

/// A single capital letter, with or without its stop (`B`, `M.`): an
/// initial inside a name (`Imam B Prasodjo`).
fn is_initial(doc: &Document, i: usize) -> bool {
    let s = doc.slice(doc.tokens[i].span);
    let mut cs = s.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && !s.chars().any(char::is_lowercase)
}

/// A capitalized word that can be part of a person's name: not a role, a
/// rank or title, an institution or place noun, a pronoun, a determiner, a
/// time word, an acronym, or a word derived by the language's morphology.
/// The evidence remembers the answer for each token of its article.
pub fn is_name_token(doc: &Document, t: &LangTables, ev: &NameEvidence, i: usize) -> bool {
    ev.name_token(doc, i, || name_token_at(doc, t, ev, i))
}

/// [`is_name_token`], worked out from the tables and the evidence.
fn name_token_at(doc: &Document, t: &LangTables, ev: &NameEvidence, i: usize) -> bool {
    let tok = &doc.tokens[i];
    let w = tok.lower.as_str();
    if tok.kind != TokenKind::Word || !tok.capitalized {
        return false;
    }
    let cls = tok.classes;
    // `Inspektur Satu`, `Komisaris Besar`: the rank's own last word.
    let rank_end =
        cls.is_rank_modifier() && i > 0 && doc.tokens[i - 1].kind == TokenKind::Word && {
            let p = doc.tokens[i - 1].classes;
            p.is_honorific() || p.is_role_noun()
        };
    !rank_end
        && !crate::quote::np::base_classes(doc, t, i).is_role_noun()
        && !cls.is_institution_noun()
        && !cls.is_place_noun()
        && !cls.is_non_name_capital()
        && !cls.is_honorific()
        && !cls.is_clause_break()
        && !cls.is_pronoun()
        && !cls.is_determiner()
        && !cls.is_time_word()
        && !is_acronym(doc.slice(tok.span))
        && {
            // One look-up of the word's evidence answers both.
            let (person, common) = ev.person_and_common(w);
            person || (!cls.is_office_word() && common != Common::Derived)
        }
}

/// Is there a comma (an apposition) or a bracket (an acronym closing an
/// organisation's name) between tokens `a` and `b`?
pub(crate) fn comma_between(doc: &Document, a: usize, b: usize) -> bool {
    (a + 1..b).any(|k| {
        doc.tokens[k].kind == TokenKind::Punct
            && matches!(doc.slice(doc.tokens[k].span), "," | "(" | ")")
    })
}

/// The person's name at the end of the phrase words `ws[from..]`, as indices
/// `(first, last)` into `ws`: the trailing run of name words, with the office
/// and place words before it left out (see the module doc). `None` when the
/// phrase does not end in a name.
pub fn name_at_end(
    doc: &Document,
    t: &LangTables,
    ev: &NameEvidence,
    ws: &[usize],
    from: usize,
) -> Option<(usize, usize)> {
    let name_like = |i: usize| {
        is_name_token(doc, t, ev, i)
            || is_initial(doc, i)
            || (doc.tokens[i].classes.is_name_particle() && doc.tokens[i].kind == TokenKind::Word)
    };
    // The last name word, then the run of name words before it.
    let last = (from..ws.len())
        .rev()
        .find(|&k| is_name_token(doc, t, ev, ws[k]))?;
    let mut first = last;
    while first > from && name_like(ws[first - 1]) && !comma_between(doc, ws[first - 1], ws[first])
    {
        first -= 1;
    }
    // A run may not start with a particle or an initial.
    while first < last && !is_name_token(doc, t, ev, ws[first]) {
        first += 1;
    }
    if t.determiner_position != crate::lang::DeterminerPosition::After {
        return Some((first, last));
    }
    // Places named before the person (`Dinas Kesehatan Banyuwangi | Widji`,
    // `Gubernur Jawa Barat | Ridwan Kamil`).
    let mut after_place = false;
    while first < last && ev.is_place(&doc.tokens[ws[first]].lower) {
        first += 1;
        after_place = true;
        while first < last && doc.tokens[ws[first]].classes.is_place_modifier() {
            first += 1;
        }
    }
    // A body or a place glued before the name (`PT Pertamina | Mulyono`,
    // `Penyu Nagaraja Cilacap | Jumawan`), when what follows is still a
    // name: two name words, or one the article uses for a person on its own.
    let word_at = |k: usize| doc.tokens[ws[k]].lower.as_str();
    let rest_is_name = |next: usize| {
        if next == last {
            ev.is_person(word_at(last))
        } else {
            (next..=last).all(|k| name_like(ws[k]))
        }
    };
    let after_modifiers = |mut k: usize| {
        while k < last && doc.tokens[ws[k]].classes.is_place_modifier() {
            k += 1;
        }
        k
    };
    // The last such word in the run ends what comes before the name.
    let glued_before_name = |p: usize| {
        let next = after_modifiers(p + 1);
        let w = word_at(p);
        // A town or body the article names after `Kabupaten` or `Partai`
        // (`Cilacap`) more often than it lets it speak.
        let attested_place = ev.mostly_a_place_or_body(w)
            && ev.ends_a_name_before(doc, w, word_at(next))
            && (rest_is_name(next) || (next == last && ev.is_clear_name(word_at(last))));
        // A word that speaks on its own (`Ahmad mengatakan`) is a first
        // name unless the rest of the name speaks too (`kata Mulyono`).
        let rest_speaks = || (next..=last).any(|k| ev.is_short_reference(word_at(k)));
        let body = rest_is_name(next)
            && ev.names_a_body_before(doc, w, word_at(next))
            && (!ev.is_person(w) || ev.mostly_a_place_or_body(w) || rest_speaks());
        (attested_place || body).then_some(next)
    };
    if let Some(next) = (first..last).rev().find_map(glued_before_name) {
        first = next;
        after_place = true;
    }
    if first == last && ev.is_place(&doc.tokens[ws[first]].lower) {
        return None;
    }
    let bounded = first == from || after_place || comma_between(doc, ws[first - 1], ws[first]) || {
        let p = doc.tokens[ws[first - 1]].classes;
        // An acronym ends an organisation's name (`Komisi III DPR | Bambang`).
        p.is_honorific()
            || p.is_role_noun()
            || is_acronym(doc.slice(doc.tokens[ws[first - 1]].span))
    };
    // The article's own short references mark where the name starts.
    if let Some(k) = (first..=last).find(|&k| ev.is_person(&doc.tokens[ws[k]].lower)) {
        let mut start = k;
        let particle = |i: usize| doc.tokens[ws[i]].classes.is_name_particle();
        let words = |a: usize| (a..=last).filter(|&i| !particle(i)).count();
        while start > first
            && (particle(start - 1)
                || (words(start) < 3 && ev.common(&doc.tokens[ws[start - 1]].lower) == Common::No))
        {
            start -= 1;
        }
        if bounded && k - first <= 1 {
            start = first;
        }
        return Some((start, last));
    }
    // Otherwise: after an office or a place, a long run keeps its last two words.
    if !bounded && last + 1 - first >= 3 {
        first = last - 1;
    }
    // A dictionary word opening the run after an office word is the office's.
    while first < last && !bounded && ev.common(&doc.tokens[ws[first]].lower) != Common::No {
        first += 1;
    }
    // One dictionary word (`Transmigrasi`) or one place (`Bekasi`) alone
    // names nobody.
    let lone = &doc.tokens[ws[first]].lower;
    if first == last && (ev.common(lone) != Common::No || ev.is_place(lone)) {
        return None;
    }
    Some((first, last))
}

/// `… Kementerian Energi dan Sumber Daya Mineral | Agung Pribadi`: two
/// dictionary words closing a long titled office phrase, right after an
/// office word, as indices into `ws`. A person's name may be made of
/// dictionary words; after the office is complete, the two last capitals
/// are no office word. `None` when the last word is itself an office,
/// place or institution word (`… Sumber Daya Mineral`).
pub fn plain_name_after_office(
    doc: &Document,
    t: &LangTables,
    ev: &NameEvidence,
    ws: &[usize],
    from: usize,
) -> Option<(usize, usize)> {
    let n = ws.len();
    if n < from + 4 {
        return None;
    }
    let (before, a, b) = (ws[n - 3], ws[n - 2], ws[n - 1]);
    let plain = |i: usize| {
        let tok = &doc.tokens[i];
        let cls = tok.classes;
        tok.kind == TokenKind::Word
            && tok.capitalized
            && !is_acronym(doc.slice(tok.span))
            && !crate::quote::np::base_classes(doc, t, i).is_role_noun()
            && !cls.is_institution_noun()
            && !cls.is_place_noun()
            && !cls.is_place_modifier()
            && !cls.is_time_word()
            && !cls.is_non_name_capital()
            && !ev.is_place(&tok.lower)
            && ev.common(&tok.lower) == Common::Root
    };
    let office_before = {
        let tok = &doc.tokens[before];
        tok.capitalized && tok.classes.is_office_word()
    };
    (office_before
        && plain(a)
        && plain(b)
        && !doc.tokens[b].classes.is_office_word()
        && !comma_between(doc, before, a)
        && !comma_between(doc, a, b))
    .then_some((n - 2, n - 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn name(text: &str) -> Option<String> {
        let doc = Document::parse(text, Lang::Id);
        let t = doc.lang.tables();
        let ev = NameEvidence::of(&doc, Lexicon::embedded());
        let s = &doc.sentences[0];
        let verb = (s.tokens.clone()).find(|&k| t.is_speech_verb(&doc.tokens[k].lower))?;
        let ws: Vec<usize> = (s.tokens.start..verb)
            .filter(|&k| doc.tokens[k].is_word())
            .collect();
        let (a, b) = name_at_end(&doc, t, &ev, &ws, 0)?;
        let span =
            crate::text::NormSpan::new(doc.tokens[ws[a]].span.start, doc.tokens[ws[b]].span.end);
        Some(doc.slice(span).to_owned())
    }

    #[test]
    fn office_and_place_words_are_not_the_name() {
        assert_eq!(
            name("Kepala Satuan Reserse Kriminal Kepolisian Resor Bogor Ajun Komisaris Budi Santoso mengatakan, pelaku ditangkap. “Kami tegas,” kata Budi.").as_deref(),
            Some("Budi Santoso")
        );
        assert_eq!(
            name("Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kementerian Kesehatan Maxi Rein Rondonuwu mengatakan, vaksin tiba. Maxi menambahkan, stok cukup.").as_deref(),
            Some("Maxi Rein Rondonuwu")
        );
        assert_eq!(
            name("Kepala Dinas Kesehatan Banyuwangi Widji Lestariono mengatakan, kasus turun di Banyuwangi.").as_deref(),
            Some("Widji Lestariono")
        );
        assert_eq!(
            name("Menteri Keuangan Sri Mulyani Indrawati mengatakan, defisit naik. Sri Mulyani menjelaskan, utang aman.").as_deref(),
            Some("Sri Mulyani Indrawati")
        );
    }

    #[test]
    fn derived_words_are_common_words() {
        assert_eq!(common_word(Lang::Id, "kesehatan"), Common::Derived);
        assert_eq!(common_word(Lang::Id, "pengendalian"), Common::Derived);
        assert_eq!(common_word(Lang::Id, "rondonuwu"), Common::No);
        assert_eq!(common_word(Lang::En, "health"), Common::No);
    }
}
