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

use rustc_hash::FxHashMap;

use crate::lang::{Lang, LangTables};
use crate::lexicon::Lexicon;
use crate::text::{Document, TokenKind};

/// How a capitalized word is used in one article.
#[derive(Debug, Clone, Copy, Default)]
struct WordUse {
    /// Times it names a speaker on its own or follows a personal title.
    person: u16,
    /// Times it follows a place preposition or a place noun.
    place: u16,
    /// How common the word is, the article's language and English both
    /// asked (`Institute`, `Finance` in an Indonesian text are English words).
    common: Option<Common>,
    /// Times it stands capitalized on its own inside a sentence as the
    /// subject of a verb (`…, Guli mendirikan`): a proper noun, not a
    /// plain word.
    alone: u16,
    /// The lexicon lists it as a place or country (`Amerika`, `Rusia`).
    known_place: bool,
    /// An English word in an English text (`Prevention`): English has no
    /// dictionary in [`common_word`], the lexicon's English side stands in.
    english_word: bool,
    /// Times it stands alone between lowercase words and stops (with the
    /// compass words of a place after it: `, Sumatera Selatan,`), as a
    /// short reference to a person or a body does.
    stands_alone: u16,
    /// Times it ends a run of capitals, alone or not (`Kabupaten Cilacap,`).
    ends_run: u16,
    /// Times it follows a capitalized institution or place noun (`Partai
    /// Gerindra`, `PT Pertamina`, `Kota Surabaya`).
    after_noun: u16,
    /// The token of the first capital after it, and whether another
    /// occurrence has a different one: a first name is followed by its
    /// surname, a party or a town by the names of many people.
    follower: Option<u32>,
    varied_followers: bool,
}

/// What one article says about its capitalized words.
#[derive(Debug, Clone, Default)]
pub struct NameEvidence {
    words: FxHashMap<String, WordUse>,
    /// Adjacent capitalized words (`Edi Purwanto`), and how often.
    pairs: FxHashMap<(String, String), u16>,
    /// How often each capitalized word has a capitalized word after it.
    followed: FxHashMap<String, u16>,
    lang: Option<Lang>,
}

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

/// How common the lowercase word `w` is in `lang`. Only Indonesian has a
/// dictionary here; English words are all [`Common::No`].
pub fn common_word(lang: Lang, w: &str) -> Common {
    // `laporan-laporan`: a reduplication is as common as its base.
    let w = crate::quote::np::unreduplicated(w);
    if lang != Lang::Id || w.len() < 3 || !w.chars().all(|c| c.is_alphabetic()) {
        return Common::No;
    }
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

impl NameEvidence {
    /// Reads how every capitalized word of `doc` is used; the lexicon's
    /// place names (`Rusia`, `Jakarta`) count as places wherever they stand.
    pub fn of(doc: &Document, lex: &Lexicon) -> NameEvidence {
        let t = doc.lang.tables();
        let mut ev = NameEvidence {
            words: FxHashMap::default(),
            pairs: FxHashMap::default(),
            followed: FxHashMap::default(),
            lang: Some(doc.lang),
        };
        let cap = |k: usize| {
            let tok = &doc.tokens[k];
            tok.kind == TokenKind::Word && tok.capitalized
        };
        // `Menurut Mulyono,`: a cue capitalized to open the sentence does
        // not join the name after it (a title does: `Bupati Sidoarjo`).
        let cue_capital = |k: usize| {
            let c = doc.tokens[k].classes;
            c.is_non_name_capital() || c.is_post_quote_verb()
        };
        for s in &doc.sentences {
            let toks = s.tokens.clone();
            for k in toks.clone() {
                let tok = &doc.tokens[k];
                if !cap(k) {
                    continue;
                }
                let lang = doc.lang;
                if k + 1 < toks.end && cap(k + 1) {
                    let next = doc.tokens[k + 1].lower.clone();
                    *ev.followed.entry(tok.lower.clone()).or_default() += 1;
                    *ev.pairs.entry((tok.lower.clone(), next)).or_default() += 1;
                }
                let e = ev.words.entry(tok.lower.clone()).or_default();
                if lex.is_place(&tok.lower) || tok.classes.is_place_abbreviation() {
                    e.place += 1;
                    e.known_place = true;
                }
                let mut unit_end = k + 1;
                while unit_end < toks.end
                    && cap(unit_end)
                    && doc.tokens[unit_end].classes.is_place_modifier()
                {
                    unit_end += 1;
                }
                if unit_end < toks.end && cap(unit_end) {
                    let next = &doc.tokens[unit_end].lower;
                    match e.follower {
                        None => e.follower = Some(unit_end as u32),
                        Some(f) if doc.tokens[f as usize].lower != *next => {
                            e.varied_followers = true;
                        }
                        Some(_) => {}
                    }
                } else {
                    e.ends_run += 1;
                    if k == toks.start || !cap(k - 1) || cue_capital(k - 1) {
                        e.stands_alone += 1;
                    }
                }
                // The name of a place or body after its noun, one or two
                // words (`Universitas Sam Ratulangi,`); an acronym names a
                // body itself and a person may follow it (`KPK Firli`), as
                // after a noun that closes a name.
                // English nouns close a name (`Visinema Group | Ajeng`).
                let generic_noun = |n: usize| {
                    let p = &doc.tokens[n];
                    cap(n)
                        && (p.classes.is_place_noun() || p.classes.is_institution_noun())
                        && !p.classes.is_name_closing_noun()
                        && !lex.is_english_word(&p.lower)
                        && doc.slice(p.span).chars().any(char::is_lowercase)
                };
                if (k > toks.start && generic_noun(k - 1))
                    || (k > toks.start + 1
                        && cap(k - 1)
                        && generic_noun(k - 2)
                        && !(unit_end < toks.end && cap(unit_end)))
                {
                    e.after_noun += 1;
                }
                if e.common.is_none() {
                    let c = match common_word(lang, &tok.lower) {
                        Common::No
                            if lang == Lang::Id
                                && tok.lower.len() >= 4
                                && lex.is_english_word(&tok.lower) =>
                        {
                            Common::Root
                        }
                        c => c,
                    };
                    e.common = Some(c);
                    e.english_word =
                        lang == Lang::En && tok.lower.len() >= 4 && lex.is_english_word(&tok.lower);
                }
                // Two- and three-word places (`Korea Utara`, `Amerika Serikat`).
                for n in 2..=3 {
                    if k + n <= toks.end && (k..k + n).all(cap) {
                        let span = crate::text::NormSpan::new(
                            tok.span.start,
                            doc.tokens[k + n - 1].span.end,
                        );
                        if lex.is_place(doc.slice(span)) {
                            for j in k..k + n {
                                let e = ev.words.entry(doc.tokens[j].lower.clone()).or_default();
                                e.known_place = true;
                            }
                        }
                    }
                }
                let alone = k > toks.start
                    && !cap(k - 1)
                    && !matches!(doc.tokens[k - 1].kind, TokenKind::QuoteMark)
                    && (doc.tokens[k - 1].kind == TokenKind::Word
                        || doc.slice(doc.tokens[k - 1].span) == ",")
                    && k + 1 < toks.end
                    && crate::quote::np::is_verbish(doc, t, k + 1);
                if alone {
                    ev.words.entry(tok.lower.clone()).or_default().alone += 1;
                }
                // `Kota Bandung`, `di Kota Bandung`: the word after a place noun.
                if k > toks.start && doc.tokens[k - 1].classes.is_place_noun() {
                    ev.words.entry(tok.lower.clone()).or_default().place += 1;
                }
                if k == toks.start || (cap(k - 1) && !cue_capital(k - 1)) {
                    continue;
                }
                // A run of one to three capitalized words after a cue
                // (`kata Sri Mulyani`, `Pak Widji`, `menurut Budi`) or a place
                // word (`di Banyuwangi`, `Kabupaten Banyuwangi`).
                let prev = &doc.tokens[k - 1];
                let p = prev.lower.as_str();
                let pc = prev.classes;
                let mut end = k;
                while end < toks.end && cap(end) && end - k < 4 {
                    end += 1;
                }
                let person = prev.kind == TokenKind::Word
                    && (pc.is_post_quote_verb()
                        || pc.is_honorific()
                        || t.according_to.contains(&p)
                        || pc.is_say_verb());
                let place = prev.kind == TokenKind::Word
                    && (pc.is_place_preposition() || pc.is_place_noun());
                // `Sri Mulyani menjelaskan`: a short run before a speech verb,
                // the whole subject (after a comma or a role word, or
                // opening the sentence).
                let whole_subject = prev.kind == TokenKind::Punct
                    || t.is_role_noun(crate::quote::np::unreduplicated(p))
                    || pc.is_honorific();
                let speaks = whole_subject
                    && end - k <= 3
                    && doc
                        .tokens
                        .get(end)
                        .is_some_and(|n| n.kind == TokenKind::Word && t.is_speech_verb(&n.lower));
                if end - k <= 3 && (person || place || speaks) {
                    for j in k..end {
                        let w = doc.tokens[j].lower.as_str();
                        let wc = doc.tokens[j].classes;
                        // Office words and places in the run are not the person.
                        let office = wc.is_office_word()
                            || wc.is_institution_noun()
                            || lex.is_place(w)
                            || common_word(doc.lang, w) == Common::Derived;
                        let e = ev.words.entry(w.to_owned()).or_default();
                        e.person += u16::from((person || speaks) && !office);
                        e.place += u16::from(place && j == k);
                    }
                }
            }
            // The same at the start of a sentence (`Widji mengatakan, …`).
            let k = toks.start;
            let mut end = k;
            while end < toks.end && cap(end) && end - k < 4 {
                end += 1;
            }
            if end > k
                && end - k <= 3
                && doc
                    .tokens
                    .get(end)
                    .is_some_and(|n| n.kind == TokenKind::Word && t.is_speech_verb(&n.lower))
            {
                for j in k..end {
                    ev.words
                        .entry(doc.tokens[j].lower.clone())
                        .or_default()
                        .person += 1;
                }
            }
        }
        ev
    }

    /// The article names someone with `w` on its own.
    pub fn is_person(&self, w: &str) -> bool {
        self.words.get(w).is_some_and(|u| u.person > 0)
    }

    /// `w` is clearly a name: the article uses it for a person on its own,
    /// or no dictionary knows it.
    pub fn is_clear_name(&self, w: &str) -> bool {
        !self.is_place(w) && (self.is_person(w) || self.common(w) == Common::No)
    }

    /// The article uses `w` as a place and never as a person, or the
    /// lexicon knows it as a place: a country that speaks (`Amerika
    /// menegaskan`) stays a place.
    pub fn is_place(&self, w: &str) -> bool {
        self.words
            .get(w)
            .is_some_and(|u| u.known_place || (u.place > 0 && u.person == 0))
    }

    /// How many words a section heading glued before the person's name
    /// takes at the start of the phrase words `ws` (`Antisipasi | Edi
    /// mengatakan`, `Langkah pencegahan | Pangeran mengatakan`): the phrase
    /// opens its paragraph with a dictionary word, and the name after the
    /// heading opens a fuller name elsewhere in the article (`Edi
    /// Purwanto`) that the heading word never precedes again.
    pub fn heading_before_name(&self, doc: &Document, t: &LangTables, ws: &[usize]) -> usize {
        let Some(&first) = ws.first() else {
            return 0;
        };
        let opens_paragraph = doc
            .sentence_at(doc.tokens[first].span.start)
            .is_some_and(|si| {
                let s = &doc.sentences[si];
                (si == 0 || doc.sentences[si - 1].paragraph != s.paragraph)
                    && (s.tokens.start..first).all(|k| !doc.tokens[k].is_word())
            });
        let w0 = doc.tokens[first].lower.as_str();
        let c0 = doc.tokens[first].classes;
        if !opens_paragraph
            || !doc.tokens[first].capitalized
            || !self.is_dictionary_word(w0)
            || c0.is_role_noun()
            || c0.is_honorific()
            || c0.is_institution_noun()
            || c0.is_place_noun()
            || self.is_place(w0)
        {
            return 0;
        }
        let Some(j) = (1..ws.len().min(4)).find(|&j| doc.tokens[ws[j]].capitalized) else {
            return 0;
        };
        // `Rusia dan China`: a coordination is one phrase, not a heading.
        let heading_words = |k: usize| {
            let tok = &doc.tokens[ws[k]];
            !tok.capitalized && !t.is_coordinator(&tok.lower)
        };
        if !(1..j).all(heading_words) || !is_name_token(doc, t, self, ws[j]) {
            return 0;
        }
        let name = doc.tokens[ws[j]].lower.as_str();
        let pair = |a: &str, b: &str| {
            self.pairs
                .get(&(a.to_owned(), b.to_owned()))
                .copied()
                .unwrap_or(0)
        };
        let next_here = ws
            .get(j + 1)
            .map_or(0, |&n| pair(name, &doc.tokens[n].lower));
        let opens_other_name = self.followed.get(name).copied().unwrap_or(0) > next_here;
        if opens_other_name && name != w0 && (j > 1 || pair(w0, name) <= 1) {
            j
        } else {
            0
        }
    }

    /// `w`, written before `next` here, names the body or the place of the
    /// person after it, not the person (`Pertamina | Mulyono`, `Gerindra |
    /// Sufmi Dasco Ahmad`): the article uses `w` on its own elsewhere, and
    /// as a modifier: after an institution or place noun (`PT Pertamina`),
    /// as a known place, or before another name (`Gerindra Prabowo`). A
    /// first name meets the first test (`kata Meidy`) but not the second.
    fn names_a_body_before(&self, doc: &Document, w: &str, next: &str) -> bool {
        self.words.get(w).is_some_and(|u| {
            let before_other_names = u.varied_followers
                || u.follower
                    .is_some_and(|f| doc.tokens[f as usize].lower != next);
            u.stands_alone > 0 && (u.known_place || u.after_noun > 0 || before_other_names)
        })
    }

    /// The article names a person with `w` alone (`kata Mulyono`), not only
    /// inside a fuller name.
    fn is_short_reference(&self, w: &str) -> bool {
        self.words
            .get(w)
            .is_some_and(|u| u.person > 0 && u.stands_alone > 0)
    }

    /// The article writes `w` after a capitalized place or institution
    /// noun (`Kabupaten Cilacap`, `Partai Gerindra`) more often than it
    /// lets `w` speak on its own.
    fn mostly_a_place_or_body(&self, w: &str) -> bool {
        self.words
            .get(w)
            .is_some_and(|u| u.after_noun > 0 && u.after_noun.max(u.place) > u.person)
    }

    /// `w` ends the name it belongs to somewhere in the article, or is
    /// followed by a word other than `next` (`Kabupaten Cilacap,` but not
    /// `Universitas Sam | Ratulangi`).
    fn ends_a_name_before(&self, doc: &Document, w: &str, next: &str) -> bool {
        self.words.get(w).is_some_and(|u| {
            u.ends_run > 0
                || u.varied_followers
                || u.follower
                    .is_some_and(|f| doc.tokens[f as usize].lower != next)
        })
    }

    /// The article capitalizes `w` on its own inside a sentence, as the
    /// subject of a verb, where a plain word would be in lower case (`…,
    /// Guli mendirikan`), and it is no place.
    pub fn is_proper_alone(&self, w: &str) -> bool {
        self.words.get(w).is_some_and(|u| u.alone > 0) && !self.is_place(w)
    }

    /// `w` is a dictionary word (of the article's language, or English)
    /// that the article never uses for a person on its own.
    pub fn is_plain_word(&self, w: &str) -> bool {
        !self.is_person(w) && self.is_dictionary_word(w)
    }

    /// `w` is a dictionary word of the article's language, or an English
    /// word the lexicon knows.
    fn is_dictionary_word(&self, w: &str) -> bool {
        self.common(w) != Common::No || self.words.get(w).is_some_and(|u| u.english_word)
    }

    fn common(&self, w: &str) -> Common {
        self.words
            .get(w)
            .and_then(|u| u.common)
            .unwrap_or_else(|| common_word(self.lang.unwrap_or(Lang::En), w))
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
pub fn is_name_token(doc: &Document, t: &LangTables, ev: &NameEvidence, i: usize) -> bool {
    let tok = &doc.tokens[i];
    let w = tok.lower.as_str();
    if tok.kind != TokenKind::Word || !tok.capitalized {
        return false;
    }
    let cls = tok.classes;
    let base = crate::quote::np::unreduplicated(w);
    // `Inspektur Satu`, `Komisaris Besar`: the rank's own last word.
    let rank_end =
        cls.is_rank_modifier() && i > 0 && doc.tokens[i - 1].kind == TokenKind::Word && {
            let p = doc.tokens[i - 1].classes;
            p.is_honorific() || p.is_role_noun()
        };
    !rank_end
        && !(if base == w { cls } else { t.classes(base) }).is_role_noun()
        && !cls.is_institution_noun()
        && !cls.is_place_noun()
        && (!cls.is_office_word() || ev.is_person(w))
        && !cls.is_non_name_capital()
        && !cls.is_honorific()
        && !cls.is_clause_break()
        && !cls.is_pronoun()
        && !cls.is_determiner()
        && !cls.is_time_word()
        && !is_acronym(doc.slice(tok.span))
        && (ev.is_person(w) || ev.common(w) != Common::Derived)
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
        let p = &doc.tokens[ws[first - 1]].lower;
        // An acronym ends an organisation's name (`Komisi III DPR | Bambang`).
        t.is_honorific(p)
            || t.is_role_noun(p)
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
            && !t.is_role_noun(crate::quote::np::unreduplicated(&tok.lower))
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
