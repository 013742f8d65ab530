//! Cross-lingual similarity of two segments, one Indonesian and one
//! English, from word matches: the lexicon (through the Indonesian stemmer
//! and the English lemmatizer), identical strings (names, numbers,
//! loanwords), names across spellings, numbers after normalization, and
//! cognates. Words are weighted by informativeness (inverse sentence
//! frequency in their own article; short words count less).
//!
//! [`PairIndex`] is built once per article pair: it interns the word types
//! of both sides and keeps, for each Indonesian type, the English types it
//! matches and how well. Segment scores are then cheap look-ups. Nothing
//! here knows about sentences or quotes as such: a segment is any set of
//! token indices.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Borrow;
use std::rc::Rc;

use super::words::{self, Word};
use crate::lang::Lang;
use crate::lexicon::{Lexicon, cognate, names};
use crate::text::Document;

/// How two words matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    Identical,
    Lexicon,
    Name,
    Number,
    Cognate,
}

/// A match of an Indonesian word type with an English one.
#[derive(Debug, Clone, Copy)]
pub struct WordMatch {
    pub other: u32,
    pub score: f32,
    pub kind: MatchKind,
}

/// Word types, matches and weights of one article pair.
#[derive(Debug)]
pub struct PairIndex {
    /// Type id of every token (u32::MAX for punctuation), per side.
    pub id_type: Vec<u32>,
    pub en_type: Vec<u32>,
    /// Weight of every type, per side.
    pub id_weight: Vec<f32>,
    pub en_weight: Vec<f32>,
    /// Matches of each Indonesian type (sorted by English type).
    pub id_matches: Vec<Vec<WordMatch>>,
    /// Matches of each English type (the same matches, reversed).
    pub en_matches: Vec<Vec<WordMatch>>,
}

const NONE: u32 = u32::MAX;

/// With more English names than this, each Indonesian name is compared only
/// with the candidates of a [`names::NameIndex`] (the same matches, found
/// without comparing every pair); with fewer, with all of them.
const MAX_NAMES_COMPARED_ALL: usize = 200;

pub(crate) use super::words::GLOSS_FILLER;

struct Side<'a> {
    types: Vec<&'a str>,
    tok_type: Vec<u32>,
    capitalized: Vec<bool>,
    sentence_freq: Vec<u32>,
}

fn intern(doc: &Document) -> Side<'_> {
    // Sized for a type per two tokens at once (a news article has about
    // one per three): growing the table step by step costs more.
    let room = doc.tokens.len() / 2;
    let mut map: HashMap<&str, u32> = HashMap::with_capacity_and_hasher(room, Default::default());
    let mut types: Vec<&str> = Vec::with_capacity(room);
    let mut capitalized: Vec<bool> = Vec::with_capacity(room);
    let mut tok_type = vec![NONE; doc.tokens.len()];
    let mut sentence_freq: Vec<u32> = Vec::with_capacity(room);
    let mut last_seen: Vec<usize> = Vec::with_capacity(room);
    for (si, s) in doc.sentences.iter().enumerate() {
        for k in s.tokens.clone() {
            let t = &doc.tokens[k];
            if !t.is_word() {
                continue;
            }
            let id = *map.entry(t.lower.as_str()).or_insert_with(|| {
                types.push(t.lower.as_str());
                capitalized.push(true);
                sentence_freq.push(0);
                last_seen.push(usize::MAX);
                (types.len() - 1) as u32
            });
            // A type is a name only while every occurrence is capitalized.
            if !t.capitalized {
                capitalized[id as usize] = false;
            }
            if last_seen[id as usize] != si {
                last_seen[id as usize] = si;
                sentence_freq[id as usize] += 1;
            }
            tok_type[k] = id;
        }
    }
    Side {
        types,
        tok_type,
        capitalized,
        sentence_freq,
    }
}

fn weights(side: &Side, n_sentences: usize) -> Vec<f32> {
    let n = n_sentences.max(1) as f32;
    side.types
        .iter()
        .zip(&side.sentence_freq)
        .zip(&side.capitalized)
        .map(|((w, &df), &cap)| {
            let idf = (1.0 + n / df.max(1) as f32).ln();
            let short = if w.chars().count() <= 3 && !cap && !w.chars().any(|c| c.is_numeric()) {
                0.3
            } else {
                1.0
            };
            let name = if cap || w.chars().any(|c| c.is_numeric()) {
                1.5
            } else {
                1.0
            };
            idf * short * name
        })
        .collect()
}

/// The best match of one Indonesian type with each English type, kept in
/// a dense array over English types and cleared after each Indonesian type.
struct BestMatches {
    slot: Vec<Option<(f32, MatchKind)>>,
    touched: Vec<u32>,
}

impl BestMatches {
    fn new(n: usize) -> BestMatches {
        BestMatches {
            slot: vec![None; n],
            touched: Vec::new(),
        }
    }

    /// Keeps the higher score (the earlier kind on ties).
    fn put(&mut self, j: u32, s: f32, k: MatchKind) {
        let e = self.slot[j as usize].get_or_insert_with(|| {
            self.touched.push(j);
            (0.0, k)
        });
        if s > e.0 {
            *e = (s, k);
        }
    }

    /// The matches so far, by English type, and a clean slate.
    fn take(&mut self) -> Vec<WordMatch> {
        self.touched.sort_unstable();
        let list = self
            .touched
            .iter()
            .filter_map(|&j| {
                self.slot[j as usize].take().map(|(score, kind)| WordMatch {
                    other: j,
                    score,
                    kind,
                })
            })
            .collect();
        self.touched.clear();
        list
    }
}

impl PairIndex {
    /// Indexes the words of an article pair against the lexicon.
    pub fn new(id: &Document, en: &Document, lex: &Lexicon) -> PairIndex {
        let ids = intern(id);
        let ens = intern(en);
        let id_words: Vec<Rc<Word>> = ids.types.iter().map(|w| words::word(Lang::Id, w)).collect();
        let en_words: Vec<Rc<Word>> = ens.types.iter().map(|w| words::word(Lang::En, w)).collect();
        // The parts of hyphenated English compounds (`no-limits`, `long-term`),
        // which a gloss word finds too.
        let en_parts: Vec<(u32, Rc<Word>)> = ens
            .types
            .iter()
            .enumerate()
            .filter(|(_, w)| w.contains('-'))
            .flat_map(|(j, w)| {
                w.split('-')
                    .filter(|p| p.chars().count() >= 2)
                    .map(move |p| (j as u32, words::word(Lang::En, p)))
            })
            .collect();
        // English look-ups: lemma → types.
        let mut by_lemma: HashMap<&str, Vec<u32>> =
            HashMap::with_capacity_and_hasher(en_words.len() + en_parts.len(), Default::default());
        let en_forms = en_words.iter().enumerate().map(|(j, w)| (j as u32, w));
        for (j, w) in en_forms.chain(en_parts.iter().map(|(j, w)| (*j, w))) {
            by_lemma.entry(w.text()).or_default().push(j);
            let l = w.lemma();
            if l != w.text() {
                by_lemma.entry(l).or_default().push(j);
            }
        }
        // English types by number value, by first letter of their cognate
        // key, and the capitalized ones (for names).
        let mut en_by_number: HashMap<&str, Vec<u32>> = HashMap::default();
        let mut en_by_initial: HashMap<char, Vec<u32>> = HashMap::default();
        for (j, w) in en_words.iter().enumerate() {
            if let Some(key) = w.number() {
                en_by_number.entry(key).or_default().push(j as u32);
            }
            let k = &w.cognate().key;
            if k.len() >= cognate::MIN_KEY_CHARS
                && let Some(c) = k.chars().next()
            {
                en_by_initial.entry(c).or_default().push(j as u32);
            }
        }
        let en_names: Vec<u32> = (0..ens.types.len() as u32)
            .filter(|&j| ens.capitalized[j as usize])
            .collect();
        // Long articles have many names: compare each Indonesian name only
        // with the English names it can match.
        let en_name_index = (en_names.len() > MAX_NAMES_COMPARED_ALL)
            .then(|| names::NameIndex::new(en_names.iter().map(|&j| en_words[j as usize].name())));
        let mut name_candidates: Vec<u32> = Vec::new();
        // Indonesian bigram phrases credit both words.
        let mut phrase_glosses: HashMap<u32, Vec<(&str, f32)>> = HashMap::default();
        let mut key = String::new();
        let embedded = std::ptr::eq(lex, Lexicon::embedded());
        for s in &id.sentences {
            let words: Vec<usize> = s
                .tokens
                .clone()
                .filter(|&k| id.tokens[k].is_word())
                .collect();
            for w in words.windows(2) {
                // Most words start no phrase of the lexicon: no look-up.
                let starts = match id_words.get(ids.tok_type[w[0]] as usize) {
                    Some(first) if embedded => first.embedded_starts_phrase(),
                    _ => lex.starts_phrase(&id.tokens[w[0]].lower),
                };
                if !starts {
                    continue;
                }
                key.clear();
                key.push_str(&id.tokens[w[0]].lower);
                key.push(' ');
                key.push_str(&id.tokens[w[1]].lower);
                for (en_gloss, weight) in lex.lookup(&key) {
                    for &k in w {
                        phrase_glosses
                            .entry(ids.tok_type[k])
                            .or_default()
                            .push((en_gloss, *weight));
                    }
                }
            }
        }
        let mut id_matches: Vec<Vec<WordMatch>> = vec![Vec::new(); ids.types.len()];
        let mut best = BestMatches::new(ens.types.len());
        // `claimed[j] == i`: English type j already matched Indonesian type i
        // as a number or a name, which takes precedence over a cognate.
        let mut claimed: Vec<usize> = vec![usize::MAX; ens.types.len()];
        for (i, word) in id_words.iter().enumerate() {
            let w = word.text();
            let mut put = |j: u32, s: f32, k: MatchKind| best.put(j, s, k);
            // Identical strings.
            if w.chars().count() >= 2
                && let Some(js) = by_lemma.get(w)
            {
                for &j in js {
                    if ens.types[j as usize] == w {
                        put(j, 1.0, MatchKind::Identical);
                    }
                }
            }
            // Lexicon, through the surface form, the roots and bigram phrases.
            let computed;
            let keys = if std::ptr::eq(lex, Lexicon::embedded()) {
                word.embedded_gloss_keys()
            } else {
                computed = words::gloss_keys(word, lex);
                &computed
            };
            for k in keys {
                if let Some(js) = by_lemma.get(&*k.key) {
                    for &j in js {
                        put(j, 0.55 + 0.4 * k.weight, MatchKind::Lexicon);
                    }
                }
            }
            if let Some(p) = phrase_glosses.get(&(i as u32)) {
                for (gloss, weight) in p {
                    for g in gloss.split(' ').filter(|g| !GLOSS_FILLER.contains(g)) {
                        let lemma = words::word(Lang::En, g);
                        for key in [g, lemma.lemma()] {
                            if let Some(js) = by_lemma.get(key) {
                                for &j in js {
                                    put(j, 0.55 + 0.4 * weight, MatchKind::Lexicon);
                                }
                            }
                        }
                    }
                }
            }
            // Numbers, names across spellings, cognates: for each English
            // type, the first of the three that holds.
            if let Some(js) = word.number().and_then(|k| en_by_number.get(k)) {
                for &j in js {
                    put(j, 1.0, MatchKind::Number);
                    claimed[j as usize] = i;
                }
            }
            if ids.capitalized[i] && w.len() >= 3 {
                let id_name = word.name();
                let compared = match &en_name_index {
                    Some(index) => {
                        index.candidates(id_name, &mut name_candidates);
                        name_candidates
                            .iter_mut()
                            .for_each(|n| *n = en_names[*n as usize]);
                        &name_candidates
                    }
                    None => &en_names,
                };
                for &j in compared {
                    if claimed[j as usize] != i
                        && id_name.similarity(en_words[j as usize].name())
                            >= names::SAME_PERSON_MIN_SIMILARITY
                    {
                        put(j, 0.95, MatchKind::Name);
                        claimed[j as usize] = i;
                    }
                }
            }
            // Cognates of the word and of its root: a loanword verb carries
            // Indonesian prefixes (`dibombardir` → `bombardir` ~ `bombarded`).
            for id_key in std::iter::once(word.cognate()).chain(word.root_cognate()) {
                let Some(js) = id_key
                    .key
                    .chars()
                    .next()
                    .filter(|_| id_key.key.len() >= cognate::MIN_KEY_CHARS)
                    .and_then(|c| en_by_initial.get(&c))
                else {
                    continue;
                };
                for &j in js {
                    if claimed[j as usize] == i {
                        continue;
                    }
                    let c = id_key.score(en_words[j as usize].cognate());
                    if c > 0.0 {
                        put(j, 0.6 + 0.3 * c, MatchKind::Cognate);
                    }
                }
            }
            id_matches[i] = best.take();
        }
        // The same matches by English type, each list allocated once at
        // its size and filled in Indonesian type order.
        let mut en_count = vec![0usize; ens.types.len()];
        for m in id_matches.iter().flatten() {
            en_count[m.other as usize] += 1;
        }
        let mut en_matches: Vec<Vec<WordMatch>> =
            en_count.into_iter().map(Vec::with_capacity).collect();
        for (i, list) in id_matches.iter().enumerate() {
            for m in list {
                en_matches[m.other as usize].push(WordMatch {
                    other: i as u32,
                    score: m.score,
                    kind: m.kind,
                });
            }
        }
        PairIndex {
            id_weight: weights(&ids, id.sentences.len()),
            en_weight: weights(&ens, en.sentences.len()),
            id_type: ids.tok_type,
            en_type: ens.tok_type,
            id_matches,
            en_matches,
        }
    }

    /// Types of the tokens `toks` (words only).
    pub fn id_types(&self, toks: impl Iterator<Item = usize>) -> Vec<u32> {
        toks.map(|k| self.id_type[k])
            .filter(|&t| t != NONE)
            .collect()
    }
    pub fn en_types(&self, toks: impl Iterator<Item = usize>) -> Vec<u32> {
        toks.map(|k| self.en_type[k])
            .filter(|&t| t != NONE)
            .collect()
    }

    /// Weighted share of `a` (segments of one side, taken in order) that
    /// matches something in `b` (segments of the other side).
    fn coverage<A: Borrow<Segment>, B: Borrow<Segment>>(
        a: &[A],
        b: &[B],
        matches: &[Vec<WordMatch>],
        weight: &[f32],
    ) -> f32 {
        let mut total = 0.0;
        let mut got = 0.0;
        for &t in a.iter().flat_map(|s| &s.borrow().types) {
            let w = weight[t as usize];
            total += w;
            let best = match b {
                [one] => one.borrow().best_score(&matches[t as usize]),
                _ => matches[t as usize]
                    .iter()
                    .filter(|m| b.iter().any(|s| s.borrow().contains(m.other)))
                    .map(|m| m.score)
                    .fold(0.0f32, f32::max),
            };
            got += w * best;
        }
        if total > 0.0 { got / total } else { 0.0 }
    }

    /// How much of the Indonesian segments (together) the English ones
    /// cover, and the reverse.
    pub fn segment_coverages<A: Borrow<Segment>, B: Borrow<Segment>>(
        &self,
        id: &[A],
        en: &[B],
    ) -> (f32, f32) {
        (
            Self::coverage(id, en, &self.id_matches, &self.id_weight),
            Self::coverage(en, id, &self.en_matches, &self.en_weight),
        )
    }

    /// How much of the Indonesian segments (together) the English ones
    /// cover: the first of [`PairIndex::segment_coverages`], alone.
    pub fn id_segment_coverage<A: Borrow<Segment>, B: Borrow<Segment>>(
        &self,
        id: &[A],
        en: &[B],
    ) -> f32 {
        Self::coverage(id, en, &self.id_matches, &self.id_weight)
    }

    /// How much of the English segments (together) the Indonesian ones
    /// cover: the second of [`PairIndex::segment_coverages`], alone.
    pub fn en_segment_coverage<A: Borrow<Segment>, B: Borrow<Segment>>(
        &self,
        id: &[A],
        en: &[B],
    ) -> f32 {
        Self::coverage(en, id, &self.en_matches, &self.en_weight)
    }

    /// Symmetric similarity in [0,1] of Indonesian segments and English ones
    /// (harmonic mean of the two coverages).
    pub fn segment_similarity<A: Borrow<Segment>, B: Borrow<Segment>>(
        &self,
        id: &[A],
        en: &[B],
    ) -> f32 {
        let (a, b) = self.segment_coverages(id, en);
        Self::harmonic_mean(a, b)
    }

    /// The similarity of two coverages: their harmonic mean (0 when both are 0).
    pub fn harmonic_mean(a: f32, b: f32) -> f32 {
        if a + b > 0.0 {
            2.0 * a * b / (a + b)
        } else {
            0.0
        }
    }

    /// The type of Indonesian token `k` (None for punctuation).
    pub fn id_type_of(&self, k: usize) -> Option<u32> {
        self.id_type.get(k).copied().filter(|&t| t != NONE)
    }
    /// The type of English token `k` (None for punctuation).
    pub fn en_type_of(&self, k: usize) -> Option<u32> {
        self.en_type.get(k).copied().filter(|&t| t != NONE)
    }
    /// The informativeness weight of Indonesian type `t`.
    pub fn id_type_weight(&self, t: u32) -> f32 {
        self.id_weight.get(t as usize).copied().unwrap_or(0.0)
    }
    /// The informativeness weight of English type `t`.
    pub fn en_type_weight(&self, t: u32) -> f32 {
        self.en_weight.get(t as usize).copied().unwrap_or(0.0)
    }
    /// The English matches of Indonesian type `t`.
    pub fn id_word_matches(&self, t: u32) -> &[WordMatch] {
        self.id_matches.get(t as usize).map_or(&[], Vec::as_slice)
    }
    /// The Indonesian matches of English type `t`.
    pub fn en_word_matches(&self, t: u32) -> &[WordMatch] {
        self.en_matches.get(t as usize).map_or(&[], Vec::as_slice)
    }

    /// How much of the Indonesian segment the English one covers, and the reverse.
    pub fn coverages(&self, id: &[u32], en: &[u32]) -> (f32, f32) {
        let (id, en) = (Segment::new(id.to_vec()), Segment::new(en.to_vec()));
        self.segment_coverages(&[&id], &[&en])
    }

    /// Symmetric similarity in [0,1] (harmonic mean of the two coverages).
    pub fn similarity(&self, id: &[u32], en: &[u32]) -> f32 {
        let (id, en) = (Segment::new(id.to_vec()), Segment::new(en.to_vec()));
        self.segment_similarity(&[&id], &[&en])
    }

    /// The best match score of English type `en` with any type of `id`.
    pub fn en_best_in(&self, en: u32, id: &Segment) -> f32 {
        id.best_score(&self.en_matches[en as usize])
    }

    /// The best match score of Indonesian type `id` with any type of `en`.
    pub fn id_best_in(&self, id: u32, en: &Segment) -> f32 {
        en.best_score(&self.id_matches[id as usize])
    }

    /// The best match score of English type `en` with any of `id` types.
    pub fn en_best(&self, en: u32, id: &[u32]) -> f32 {
        self.en_best_in(en, &Segment::new(id.to_vec()))
    }
}

/// The word types of a segment of one side (a sentence, a quote), in token
/// order, with a set of them for membership tests.
///
/// The set is a bit set over the range of word indices the types span when
/// that range is small (every segment of a news article: types below a few
/// hundred), and a sorted list searched by bisection otherwise, so that a
/// segment of a long document whose types are far apart costs memory in
/// proportion to its length, not to the document's vocabulary.
#[derive(Debug, Clone, Default)]
pub struct Segment {
    pub types: Vec<u32>,
    members: Members,
}

#[derive(Debug, Clone)]
enum Members {
    /// Bit `t % 64` of word `t / 64 - base`.
    Bits { base: usize, words: Vec<u64> },
    /// The distinct types, sorted.
    Sorted(Vec<u32>),
}

impl Default for Members {
    fn default() -> Self {
        Members::Bits {
            base: 0,
            words: Vec::new(),
        }
    }
}

/// A bit set may take this many 64-bit words at least, whatever the length.
const MIN_BIT_WORDS: usize = 16;

impl Segment {
    pub fn new(types: Vec<u32>) -> Segment {
        let (Some(&lo), Some(&hi)) = (types.iter().min(), types.iter().max()) else {
            return Segment {
                types,
                members: Members::default(),
            };
        };
        let base = lo as usize / 64;
        let span = hi as usize / 64 - base + 1;
        let members = if span <= MIN_BIT_WORDS.max(types.len()) {
            let mut words = vec![0u64; span];
            for &t in &types {
                words[t as usize / 64 - base] |= 1 << (t % 64);
            }
            Members::Bits { base, words }
        } else {
            let mut sorted = types.clone();
            sorted.sort_unstable();
            sorted.dedup();
            Members::Sorted(sorted)
        };
        Segment { types, members }
    }

    /// The best score of the matches in `matches` whose word occurs in
    /// the segment (0 when none does): the fold of
    /// [`Segment::contains`] over them, with the representation looked at
    /// once instead of once per match.
    #[inline]
    pub fn best_score(&self, matches: &[WordMatch]) -> f32 {
        match &self.members {
            Members::Bits { base, words } => matches
                .iter()
                .filter(|m| {
                    words
                        .get((m.other as usize / 64).wrapping_sub(*base))
                        .is_some_and(|w| w & (1 << (m.other % 64)) != 0)
                })
                .map(|m| m.score)
                .fold(0.0f32, f32::max),
            Members::Sorted(sorted) => matches
                .iter()
                .filter(|m| sorted.binary_search(&m.other).is_ok())
                .map(|m| m.score)
                .fold(0.0f32, f32::max),
        }
    }

    /// Whether type `t` occurs in the segment.
    #[inline]
    pub fn contains(&self, t: u32) -> bool {
        match &self.members {
            Members::Bits { base, words } => (t as usize / 64)
                .checked_sub(*base)
                .and_then(|k| words.get(k))
                .is_some_and(|w| w & (1 << (t % 64)) != 0),
            Members::Sorted(sorted) => sorted.binary_search(&t).is_ok(),
        }
    }
}

#[cfg(test)]
mod segment_tests {
    use super::Segment;

    #[test]
    fn membership_in_both_representations() {
        let near = Segment::new(vec![3, 70, 3, 65]);
        let far = Segment::new(vec![5, 100_000, 64 * 40]);
        for (seg, inside) in [
            (&near, &[3u32, 65, 70][..]),
            (&far, &[5, 2560, 100_000][..]),
        ] {
            for t in 0..100_100u32 {
                assert_eq!(seg.contains(t), inside.contains(&t), "type {t}");
            }
        }
        assert!(!Segment::new(Vec::new()).contains(0));
    }
}
