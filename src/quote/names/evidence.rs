//! What one article says about its capitalized words ([`NameEvidence`]):
//! which of them speak on their own (`kata Widji`), which stand after a
//! place preposition or noun (`di Banyuwangi`, `Kabupaten Banyuwangi`),
//! which follow an institution noun (`PT Pertamina`), which start fuller
//! names, and how common each is. It reads usage only; where a name starts
//! inside a speaker phrase is decided in the parent module.

use std::cell::Cell;

use hashbrown::{Equivalent, HashMap};
use rustc_hash::FxBuildHasher;

use super::{Common, common_word, is_name_token};
use crate::lang::{Lang, LangTables};
use crate::lexicon::Lexicon;
use crate::text::{Document, TokenKind};

/// The evidence maps: keys are looked up by `&str` and copied only when
/// new, as most capitalized words recur in an article.
type Map<K, V> = HashMap<K, V, FxBuildHasher>;

/// Two adjacent words, looked up in [`NameEvidence`]'s pairs without
/// copying them (hashes as the pair of owned strings does).
#[derive(Hash)]
struct PairKey<'a>(&'a str, &'a str);

impl Equivalent<(String, String)> for PairKey<'_> {
    fn equivalent(&self, key: &(String, String)) -> bool {
        self.0 == key.0 && self.1 == key.1
    }
}

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
    /// The lexicon's answer for the word alone, asked once per article.
    lexicon_place: Option<bool>,
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
    words: Map<String, WordUse>,
    /// Adjacent capitalized words (`Edi Purwanto`), and how often.
    pairs: Map<(String, String), u16>,
    /// How often each capitalized word has a capitalized word after it.
    followed: Map<String, u16>,
    lang: Option<Lang>,
    /// [`is_name_token`] of each token of the article, remembered when
    /// first asked (0: not yet, 1: no, 2: yes): the speaker phrases ask it
    /// of the same tokens many times.
    name_tokens: Vec<Cell<u8>>,
    /// Where the tokens of that article are in memory: the answers are
    /// kept only for the article they were read from.
    tokens_at: usize,
}

impl NameEvidence {
    /// Reads how every capitalized word of `doc` is used; the lexicon's
    /// place names (`Rusia`, `Jakarta`) count as places wherever they stand.
    pub fn of(doc: &Document, lex: &Lexicon) -> NameEvidence {
        let t = doc.lang.tables();
        let mut ev = NameEvidence {
            words: Map::default(),
            pairs: Map::default(),
            followed: Map::default(),
            lang: Some(doc.lang),
            name_tokens: Vec::new(),
            tokens_at: doc.tokens.as_ptr() as usize,
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
        // The lowercase text of a run of capitals, asked of the lexicon.
        let mut key = String::new();
        for s in &doc.sentences {
            let toks = s.tokens.clone();
            for k in toks.clone() {
                let tok = &doc.tokens[k];
                if !cap(k) {
                    continue;
                }
                let lang = doc.lang;
                if k + 1 < toks.end && cap(k + 1) {
                    let next = doc.tokens[k + 1].lower.as_str();
                    *ev.followed.entry_ref(tok.lower.as_str()).or_default() += 1;
                    match ev.pairs.get_mut(&PairKey(&tok.lower, next)) {
                        Some(n) => *n += 1,
                        None => {
                            ev.pairs.insert((tok.lower.clone(), next.to_owned()), 1);
                        }
                    }
                }
                let e = ev.words.entry_ref(tok.lower.as_str()).or_default();
                let lexicon_place = *e
                    .lexicon_place
                    .get_or_insert_with(|| lex.is_place(&tok.lower));
                if lexicon_place || tok.classes.is_place_abbreviation() {
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
                        if lex.is_place(&super::lowercase_in(&mut key, doc.slice(span))) {
                            for j in k..k + n {
                                let e = ev
                                    .words
                                    .entry_ref(doc.tokens[j].lower.as_str())
                                    .or_default();
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
                    ev.words.entry_ref(tok.lower.as_str()).or_default().alone += 1;
                }
                // `Kota Bandung`, `di Kota Bandung`: the word after a place noun.
                if k > toks.start && doc.tokens[k - 1].classes.is_place_noun() {
                    ev.words.entry_ref(tok.lower.as_str()).or_default().place += 1;
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
                    || crate::quote::np::base_classes(doc, t, k - 1).is_role_noun()
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
                        let e = ev.words.entry_ref(w).or_default();
                        // Office words and places in the run are not the person.
                        let office = wc.is_office_word()
                            || wc.is_institution_noun()
                            || *e.lexicon_place.get_or_insert_with(|| lex.is_place(w))
                            || common_word(doc.lang, w) == Common::Derived;
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
                        .entry_ref(doc.tokens[j].lower.as_str())
                        .or_default()
                        .person += 1;
                }
            }
        }
        ev.name_tokens = vec![Cell::new(0); doc.tokens.len()];
        ev
    }

    /// [`is_name_token`] of token `i` of the article the evidence was read
    /// from, worked out by `compute` the first time it is asked. The
    /// answers for any other `doc` are not remembered.
    pub(super) fn name_token(
        &self,
        doc: &Document,
        i: usize,
        compute: impl FnOnce() -> bool,
    ) -> bool {
        let Some(known) = self.name_tokens.get(i).filter(|_| {
            self.tokens_at == doc.tokens.as_ptr() as usize
                && self.name_tokens.len() == doc.tokens.len()
        }) else {
            return compute();
        };
        match known.get() {
            0 => {
                let yes = compute();
                known.set(1 + u8::from(yes));
                yes
            }
            k => k == 2,
        }
    }

    /// [`NameEvidence::is_person`] and [`NameEvidence::common`] of `w`,
    /// from one look-up.
    pub(super) fn person_and_common(&self, w: &str) -> (bool, Common) {
        let u = self.words.get(w);
        let common = u
            .and_then(|u| u.common)
            .unwrap_or_else(|| common_word(self.lang.unwrap_or(Lang::En), w));
        (u.is_some_and(|u| u.person > 0), common)
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
            !tok.capitalized && !tok.classes.is_coordinator()
        };
        if !(1..j).all(heading_words) || !is_name_token(doc, t, self, ws[j]) {
            return 0;
        }
        let name = doc.tokens[ws[j]].lower.as_str();
        let pair = |a: &str, b: &str| self.pairs.get(&PairKey(a, b)).copied().unwrap_or(0);
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
    pub(super) fn names_a_body_before(&self, doc: &Document, w: &str, next: &str) -> bool {
        self.words.get(w).is_some_and(|u| {
            let before_other_names = u.varied_followers
                || u.follower
                    .is_some_and(|f| doc.tokens[f as usize].lower != next);
            u.stands_alone > 0 && (u.known_place || u.after_noun > 0 || before_other_names)
        })
    }

    /// The article names a person with `w` alone (`kata Mulyono`), not only
    /// inside a fuller name.
    pub(super) fn is_short_reference(&self, w: &str) -> bool {
        self.words
            .get(w)
            .is_some_and(|u| u.person > 0 && u.stands_alone > 0)
    }

    /// The article writes `w` after a capitalized place or institution
    /// noun (`Kabupaten Cilacap`, `Partai Gerindra`) more often than it
    /// lets `w` speak on its own.
    pub(super) fn mostly_a_place_or_body(&self, w: &str) -> bool {
        self.words
            .get(w)
            .is_some_and(|u| u.after_noun > 0 && u.after_noun.max(u.place) > u.person)
    }

    /// `w` ends the name it belongs to somewhere in the article, or is
    /// followed by a word other than `next` (`Kabupaten Cilacap,` but not
    /// `Universitas Sam | Ratulangi`).
    pub(super) fn ends_a_name_before(&self, doc: &Document, w: &str, next: &str) -> bool {
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
    pub(super) fn is_dictionary_word(&self, w: &str) -> bool {
        self.common(w) != Common::No || self.words.get(w).is_some_and(|u| u.english_word)
    }

    pub(super) fn common(&self, w: &str) -> Common {
        self.words
            .get(w)
            .and_then(|u| u.common)
            .unwrap_or_else(|| common_word(self.lang.unwrap_or(Lang::En), w))
    }
}
