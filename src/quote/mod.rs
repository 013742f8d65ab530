//! Quotes and their speakers, in one language.
//!
//! Stages: [`marks`] pairs quote marks; [`cues`] finds the frames that make
//! a quote (marked, speech verb, mid-clause cue, `according to`); [`np`]
//! reads speaker phrases; [`speakers`] resolves them to the people and
//! bodies of the article. [`extract_quotes`] runs them in that order. The
//! result keeps spans of the normalized text; mapping them to output offsets
//! is the writers' business. Nothing here compares languages.

pub mod cues;
mod documents;
mod entity_index;
pub mod gloss;
pub mod marks;
pub mod mentions;
pub mod names;
pub mod np;
pub mod speakers;

use std::borrow::Cow;
use std::rc::Rc;

use serde::Serialize;

use crate::lang::LangTables;
use crate::lexicon::Lexicon;
use crate::text::spans::SpanIndex;
use crate::text::{Document, NormSpan};
use cues::{Candidate, Who, find_candidates};
use np::NpRef;
use speakers::{EntityKind, Mention, Registry};

/// How the quote is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// In quote marks.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// Reported speech.
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// One quote of an article.
#[derive(Debug, Clone)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The quoted (or reported) words, in the normalized text.
    pub span: NormSpan,
    /// The resolved speaker (fullest name, or the description).
    pub speaker: Option<String>,
    /// The speaker's entity in [`Extraction::entities`].
    pub entity: Option<usize>,
    /// The cue verb as written.
    pub cue: Option<NormSpan>,
    /// The sentence where the quote starts.
    pub sentence: usize,
    /// The frame names the speaker (`kata Budi`, `seorang pejabat`); false
    /// when a pronoun, a clitic, a definite description or the previous
    /// speaker gave it, which another language's evidence may correct.
    pub explicit: bool,
}

/// The quotes of one article and the speakers they resolve to.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub quotes: Vec<Quote>,
    pub registry: Registry,
}

/// Index of the sentence whose subject starts at each sentence.
fn subject_starts(doc: &Document, t: &LangTables) -> Vec<usize> {
    doc.sentences
        .iter()
        .map(|s| {
            let start = np::skip_fronted(doc, t, s.tokens.clone());
            (start..s.tokens.end)
                .find(|&k| doc.tokens[k].is_word())
                .unwrap_or(start)
        })
        .collect()
}

/// A headline: no final punctuation and mostly capitalized words.
fn is_headline(doc: &Document, s: &crate::text::Sentence) -> bool {
    // Most sentences end with a stop: that settles it before any counting.
    if doc
        .slice(s.span)
        .trim_end()
        .ends_with(['.', '!', '?', '”', '"', '’'])
    {
        return false;
    }
    let (mut words, mut caps) = (0usize, 0usize);
    for t in doc.tokens[s.tokens.clone()].iter().filter(|t| t.is_word()) {
        words += 1;
        caps += usize::from(t.capitalized);
    }
    words >= 3 && caps * 10 >= words * 6
}

/// Names introduced with a role anywhere in the text (`Menteri Pertahanan
/// Rusia Sergei Shoigu`, `Defense Department spokesman George Little`).
fn register_titled_names(
    doc: &Document,
    t: &LangTables,
    ev: &names::NameEvidence,
    lex: &Lexicon,
    reg: &mut Registry,
    subjects: &[usize],
) {
    for (si, s) in doc.sentences.iter().enumerate() {
        if is_headline(doc, s) {
            continue;
        }
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let tok = &doc.tokens[i];
            if !(tok.is_word() && tok.classes.is_role_noun()) {
                i += 1;
                continue;
            }
            let mut a = i;
            while a > s.tokens.start && doc.tokens[a - 1].capitalized && i - a < 4 {
                a -= 1;
            }
            let mut b = i + 1;
            while b < s.tokens.end {
                let bt = &doc.tokens[b];
                let comma_apposition = doc.slice(bt.span) == ","
                    && b + 1 < s.tokens.end
                    && doc.tokens[b + 1].capitalized;
                // `Ketua IDKK dr Eddy MS`: a lowercase honorific before the name.
                let honorific = bt.is_word()
                    && bt.classes.is_honorific()
                    && b + 1 < s.tokens.end
                    && doc.tokens[b + 1].capitalized;
                if bt.capitalized
                    || comma_apposition
                    || honorific
                    || (bt.is_word() && bt.classes.is_name_particle())
                {
                    b += 1;
                } else {
                    break;
                }
            }
            if let Some(NpRef::Named {
                name,
                role: Some(role),
            }) = np::analyze(doc, t, ev, a..b)
                && !lex.is_place(&name)
            {
                let e = reg.named(&name, Some(&role), EntityKind::Person);
                reg.mention(Mention {
                    pos: doc.tokens[a].span.start,
                    sentence: si,
                    entity: e,
                    subject: subjects[si] == a,
                });
            }
            i = b.max(i + 1);
        }
    }
}

/// Runs of two to four capitalized name words (`Choi Sun-hee`), so that a
/// later bare `Choi` resolves to the fullest name.
fn register_name_runs(
    doc: &Document,
    t: &LangTables,
    ev: &names::NameEvidence,
    reg: &mut Registry,
    quotes: &[NormSpan],
    lex: &Lexicon,
) {
    let quotes_index = SpanIndex::new(quotes.iter().copied());
    for s in doc.sentences.iter().filter(|s| !is_headline(doc, s)) {
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            let is_name = |i: usize| names::is_name_token(doc, t, ev, i);
            if !is_name(k) || (k == s.tokens.start && doc.tokens[k].classes.is_non_name_capital()) {
                k += 1;
                continue;
            }
            let mut e = k + 1;
            while e < s.tokens.end && is_name(e) {
                e += 1;
            }
            let titled = k > s.tokens.start && {
                let p = &doc.tokens[k - 1];
                p.capitalized && (p.classes.is_role_noun() || p.classes.is_institution_noun())
            };
            let acronym = doc
                .slice(doc.tokens[k].span)
                .chars()
                .all(|c| !c.is_lowercase());
            // `North Korean Foreign | Ministry`: part of a body's name.
            let institution = e < s.tokens.end && doc.tokens[e].classes.is_institution_noun();
            if titled || acronym || institution {
                k = e;
                continue;
            }
            // Places before the name and office words are not part of it,
            // nor a section heading glued before it.
            let mut ws: Vec<usize> = (k..e).collect();
            ws.drain(..ev.heading_before_name(doc, t, &ws));
            let Some((a, b)) = names::name_at_end(doc, t, ev, &ws, 0) else {
                k = e;
                continue;
            };
            // `Perang Dunia`, `Kartu Prakerja`: dictionary words only name
            // a thing; `Bolaang Mongondow Selatan`: a compass word ends a place.
            let word = |i: usize| doc.tokens[ws[i]].lower.as_str();
            // `Mina Guli` is a name of dictionary words when the article
            // capitalizes its last word on its own (`…, Guli mendirikan`).
            let thing = (a..=b).all(|i| ev.is_plain_word(word(i)))
                && !(a < b && ev.is_proper_alone(word(b)));
            let place = doc.tokens[ws[b]].classes.is_place_modifier() && !ev.is_person(word(b));
            if thing || place {
                k = e;
                continue;
            }
            let span = NormSpan::new(doc.tokens[ws[a]].span.start, doc.tokens[ws[b]].span.end);
            let inside = quotes_index.any_overlapping(span, |q| quotes[q].contains(span))
                || (span.is_empty() && quotes.iter().any(|q| q.contains(span)));
            if (2..=4).contains(&(b + 1 - a)) && !inside && !lex.is_place(doc.slice(span)) {
                reg.named(doc.slice(span), None, EntityKind::Person);
            }
            k = e;
        }
    }
}

/// Mentions of known names outside the quotes themselves.
fn scan_name_mentions(doc: &Document, reg: &mut Registry, quotes: &[NormSpan], subjects: &[usize]) {
    // The first entity of each name word, the quotes by position and the
    // positions already mentioned, for the look-ups of every token below.
    let mut first_entity: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for (id, e) in reg.entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        for w in e.name_tokens().iter().flatten() {
            first_entity.entry(w.as_str()).or_insert(id);
        }
    }
    let quotes_index = SpanIndex::new(quotes.iter().copied());
    let mentions = &mut reg.mentions;
    let mut mentioned: rustc_hash::FxHashSet<usize> = mentions.iter().map(|m| m.pos).collect();
    for (si, s) in doc.sentences.iter().enumerate() {
        let mut prev_entity = None;
        for k in s.tokens.clone() {
            let tok = &doc.tokens[k];
            let inside_quote = quotes_index.first_holding(tok.span.start).is_some();
            let found = if tok.capitalized && tok.is_word() && !inside_quote {
                let text = doc.slice(tok.span);
                // An ASCII word's lowercase form splits where the word
                // does: its first name word is read from it uncopied.
                if text.is_ascii() {
                    speakers::name_words(&tok.lower).next().map(Cow::Borrowed)
                } else {
                    speakers::name_words(text)
                        .next()
                        .map(|w| Cow::Owned(w.to_lowercase()))
                }
                .and_then(|w| first_entity.get(w.as_ref()).copied())
            } else {
                None
            };
            if let Some(id) = found
                && prev_entity != Some(id)
            {
                let pos = tok.span.start;
                if mentioned.insert(pos) {
                    mentions.insert(Mention {
                        pos,
                        sentence: si,
                        entity: id,
                        subject: subjects[si] == k,
                    });
                }
            }
            prev_entity = found;
        }
    }
}

/// The delayed lede: news often opens with a description (`seorang pejabat
/// senior Korea Utara memberitahu …`, `A senior North Korean official told
/// …`) and names the person in the next sentences (`Choi Sun-hee, seorang
/// wakil direktur …`). A person description that is the subject of a lede
/// sentence is the first person named after it, when that person is named
/// within the next two paragraphs, was not mentioned before, and was named
/// without a title of their own (a title would make them someone else).
fn link_lede_description(
    doc: &Document,
    t: &LangTables,
    ev: &names::NameEvidence,
    reg: &mut Registry,
    subjects: &[usize],
) {
    let Some(first) = doc.sentences.iter().position(|s| !is_headline(doc, s)) else {
        return;
    };
    let lede = doc.sentences[first].paragraph;
    for (si, (s, &k)) in doc.sentences.iter().zip(subjects).enumerate().skip(first) {
        if s.paragraph != lede {
            break;
        }
        if k >= s.tokens.end {
            continue;
        }
        let r = np::subject_from(doc, t, k, s.tokens.end);
        let phrase_end = doc.tokens[r.end.max(k + 1) - 1].span.end;
        let role = match np::analyze(doc, t, ev, r) {
            Some(NpRef::Described { role } | NpRef::Definite { role }) => role,
            _ => continue,
        };
        if !role
            .split(' ')
            .any(|w| t.is_role_noun(np::unreduplicated(w)))
        {
            continue;
        }
        let pos = doc.tokens[k].span.start;
        let next = reg
            .mentions
            .iter()
            .find(|m| m.pos >= phrase_end && reg.entities[m.entity].kind == EntityKind::Person);
        let Some(&m) = next else {
            continue;
        };
        let e = &reg.entities[m.entity];
        let named_in_full = e.name_tokens().iter().any(|toks| toks.len() >= 2);
        let near = doc.sentences[m.sentence].paragraph <= lede + 2;
        let before = reg
            .mentions
            .iter()
            .any(|x| x.entity == m.entity && x.pos < pos);
        if named_in_full && near && !before && e.roles.is_empty() {
            reg.add_role(m.entity, &role);
            reg.mention(Mention {
                pos,
                sentence: si,
                entity: m.entity,
                subject: true,
            });
            return;
        }
    }
}

/// The text of a phrase of tokens as written, without edge punctuation.
fn phrase_text(doc: &Document, r: &std::ops::Range<usize>) -> String {
    let words = np::words_of(doc, r.clone());
    match (words.first(), words.last()) {
        (Some(&a), Some(&b)) => doc
            .slice(NormSpan::new(
                doc.tokens[a].span.start,
                doc.tokens[b].span.end,
            ))
            .to_owned(),
        _ => String::new(),
    }
}

/// The label of a description: the phrase's own words, cut where its role
/// ends when the analysis dropped a tail (`Presiden dari Istana Bogor` →
/// `Presiden`). A determiner is no tail: `Kelompok ini` stays whole.
fn described_label(t: &LangTables, phrase: &str, role: &str) -> String {
    let role_words: Vec<&str> = role.split_whitespace().collect();
    let Some(last) = role_words.last() else {
        return phrase.to_owned();
    };
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let ends_alike = words.last().is_some_and(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .eq_ignore_ascii_case(last)
    });
    let tail_is_determiner = words.len() == role_words.len() + 1
        && words.last().is_some_and(|w| {
            t.is_determiner(
                &w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase(),
            )
        });
    if ends_alike || words.len() <= role_words.len() || tail_is_determiner {
        return phrase.to_owned();
    }
    words[..role_words.len()].join(" ")
}

/// [`np::analyze`] of each speaker phrase, once: a candidate's phrase is
/// read to register its name, to resolve it and to judge it explicit; the
/// readings are shared, not copied.
struct Phrases<'a> {
    doc: &'a Document,
    t: &'a LangTables,
    ev: &'a names::NameEvidence,
    seen: std::cell::RefCell<Readings>,
}

/// The readings of [`Phrases`], by the phrase's token range.
type Readings = rustc_hash::FxHashMap<(usize, usize), Option<Rc<NpRef>>>;

impl Phrases<'_> {
    fn analyze(&self, r: std::ops::Range<usize>) -> Option<Rc<NpRef>> {
        let key = (r.start, r.end);
        if let Some(found) = self.seen.borrow().get(&key) {
            return found.clone();
        }
        let found = np::analyze(self.doc, self.t, self.ev, r).map(Rc::new);
        self.seen.borrow_mut().insert(key, found.clone());
        found
    }
}

/// A description names a person when one of its words is a role
/// (`pejabat`, `official`), else a body.
fn described_kind(t: &LangTables, role: &str) -> EntityKind {
    if role
        .split(' ')
        .any(|w| t.is_role_noun(np::unreduplicated(w)))
    {
        EntityKind::Person
    } else {
        EntityKind::Institution
    }
}

/// Registers a name speaking at `pos`: a place's name speaks for a body
/// (`Jakarta` said), any other for a person.
fn register_name(
    lex: &Lexicon,
    reg: &mut Registry,
    name: &str,
    role: Option<&str>,
    pos: usize,
) -> usize {
    let kind = if lex.is_place(name) {
        EntityKind::Institution
    } else {
        EntityKind::Person
    };
    reg.named_at(name, role, kind, Some(pos))
}

/// The entity a name phrase (`Naomi Osaka`, `Badan Energi Atom
/// Internasional (IAEA)`) refers to, registered as read at `pos`; `None`
/// when the phrase is not a name.
fn named_entity(
    phrases: &Phrases,
    lex: &Lexicon,
    reg: &mut Registry,
    r: std::ops::Range<usize>,
    pos: usize,
) -> Option<usize> {
    match phrases.analyze(r)?.as_ref() {
        NpRef::Named { name, role } => Some(register_name(lex, reg, name, role.as_deref(), pos)),
        NpRef::Institution { name } => Some(reg.named(name, None, EntityKind::Institution)),
        _ => None,
    }
}

fn resolve(
    doc: &Document,
    t: &LangTables,
    phrases: &Phrases,
    lex: &Lexicon,
    reg: &mut Registry,
    q: &Candidate,
    previous: Option<(usize, usize)>,
) -> Option<Option<usize>> {
    let para = doc.sentences[q.sentence].paragraph;
    let salient = |reg: &Registry| reg.salient(q.pos, q.sentence, q.span);
    let inherit = |reg: &Registry| match previous {
        Some((e, p)) if p + 1 >= para => Some(e),
        _ => salient(reg),
    };
    // A report speaks for its issuer (`Laporan itu menyebutkan`), and the
    // content of `pernyataan Osaka bahwa …` is Osaka's.
    let issuer = match &q.who {
        Who::Phrase(r) => documents::issuer_of_subject(doc, t, r.clone()),
        _ => None,
    }
    .or_else(|| {
        let content = doc.tokens.partition_point(|k| k.span.start < q.span.start);
        (q.span.end > q.span.start)
            .then(|| documents::issuer_of_content(doc, t, content))
            .flatten()
    });
    if let Some(e) = issuer.and_then(|r| named_entity(phrases, lex, reg, r, q.pos)) {
        reg.mention(Mention {
            pos: q.pos,
            sentence: q.sentence,
            entity: e,
            subject: true,
        });
        return Some(Some(e));
    }
    // A description already identified with someone (the delayed lede).
    let linked = match &q.who {
        Who::Phrase(r) => match phrases.analyze(r.clone()).as_deref() {
            Some(NpRef::Described { .. } | NpRef::Definite { .. }) => {
                reg.mentions.at(q.pos).find(|m| m.subject).map(|m| m.entity)
            }
            _ => None,
        },
        _ => None,
    };
    if linked.is_some() {
        return Some(linked);
    }
    let entity = match &q.who {
        Who::Clitic => salient(reg),
        Who::Inherit => inherit(reg),
        Who::Phrase(r) => match phrases.analyze(r.clone())?.as_ref() {
            NpRef::Pronoun => salient(reg),
            NpRef::Named { name, role } => {
                Some(register_name(lex, reg, name, role.as_deref(), q.pos))
            }
            NpRef::Institution { name } => Some(reg.named(name, None, EntityKind::Institution)),
            // A definite description with nobody to refer to (`The official
            // said`, first in the article) stands for itself.
            // A group (`Kelompok ini`) is no single person: only a body
            // with its role is its referent.
            NpRef::Definite { role } => {
                let group = described_kind(t, role) == EntityKind::Institution;
                reg.by_role(role, q.pos, t)
                    .or_else(|| if group { None } else { salient(reg) })
                    .or_else(|| {
                        Some(reg.described(role, &phrase_text(doc, r), described_kind(t, role)))
                    })
            }
            NpRef::Described { role } => {
                let known = if q.indefinite {
                    None
                } else {
                    reg.by_role(role, q.pos, t)
                };
                let label = described_label(t, &phrase_text(doc, r), role);
                Some(known.unwrap_or_else(|| reg.described(role, &label, described_kind(t, role))))
            }
        },
    };
    if let Some(e) = entity {
        reg.mention(Mention {
            pos: q.pos,
            sentence: q.sentence,
            entity: e,
            subject: true,
        });
    }
    Some(entity)
}

/// Every quote of the document with its resolved speaker, in text order.
pub fn extract_quotes(doc: &Document, lex: &Lexicon) -> Extraction {
    let t = doc.lang.tables();
    let candidates = find_candidates(doc);
    let subjects = subject_starts(doc, t);
    let mut reg = Registry::default();
    let ev = &names::NameEvidence::of(doc, lex);
    let phrases = Phrases {
        doc,
        t,
        ev,
        seen: Default::default(),
    };
    register_titled_names(doc, t, ev, lex, &mut reg, &subjects);
    // Names that speak are people (or bodies) too.
    for q in &candidates {
        if let Who::Phrase(r) = &q.who
            && let Some(NpRef::Named { name, role }) = phrases.analyze(r.clone()).as_deref()
        {
            register_name(lex, &mut reg, name, role.as_deref(), q.pos);
        }
    }
    let direct: Vec<NormSpan> = candidates
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| q.span)
        .collect();
    register_name_runs(doc, t, ev, &mut reg, &direct, lex);
    scan_name_mentions(doc, &mut reg, &direct, &subjects);
    link_lede_description(doc, t, ev, &mut reg, &subjects);
    // Pronoun and description subjects of other sentences are resolved too:
    // they carry salience to the next pronoun (`Dia menyerahkan …`).
    let n_quotes = candidates.len();
    let mut candidates = candidates;
    // (sentence, first token) of every quote's speaker phrase.
    let spoken: rustc_hash::FxHashSet<(usize, usize)> = candidates
        .iter()
        .filter_map(|q| match &q.who {
            Who::Phrase(r) => Some((q.sentence, r.start)),
            _ => None,
        })
        .collect();
    for (si, &k) in subjects.iter().enumerate() {
        let s = &doc.sentences[si];
        if k >= s.tokens.end || spoken.contains(&(si, k)) {
            continue;
        }
        let r = np::subject_from(doc, t, k, s.tokens.end);
        if let Some(NpRef::Pronoun | NpRef::Definite { .. }) = phrases.analyze(r.clone()).as_deref()
        {
            let pos = doc.tokens[k].span.start;
            candidates.push(Candidate {
                kind: QuoteKind::Indirect,
                span: NormSpan::new(pos, pos),
                who: Who::Phrase(r),
                cue: None,
                pos,
                sentence: si,
                indefinite: false,
            });
        }
    }
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| (candidates[i].pos, i));
    let mut resolved: Vec<Option<Option<usize>>> = vec![None; candidates.len()];
    let mut previous: Option<(usize, usize)> = None;
    for i in order {
        let q = &candidates[i];
        let r = resolve(doc, t, &phrases, lex, &mut reg, q, previous);
        if let Some(Some(e)) = r
            && i < n_quotes
        {
            previous = Some((e, doc.sentences[q.sentence].paragraph));
        }
        resolved[i] = r;
    }
    let quotes = candidates[..n_quotes]
        .iter()
        .zip(resolved)
        .filter_map(|(q, r)| {
            // A frame whose subject cannot speak (`Laporan itu mengatakan`)
            // reports nothing; words in quote marks are a quote whoever says them.
            let entity = match r {
                Some(e) => e,
                None if q.kind == QuoteKind::Direct => None,
                None => return None,
            };
            let explicit = match &q.who {
                Who::Phrase(r) => matches!(
                    phrases.analyze(r.clone()).as_deref(),
                    Some(NpRef::Named { .. } | NpRef::Institution { .. } | NpRef::Described { .. })
                ),
                _ => false,
            };
            Some(Quote {
                explicit,
                kind: q.kind,
                span: q.span,
                speaker: entity.map(|e| reg.entities[e].display()),
                entity,
                cue: q.cue.map(|v| doc.tokens[v].span),
                sentence: q.sentence,
            })
        })
        .collect();
    Extraction {
        quotes,
        registry: reg,
    }
}
