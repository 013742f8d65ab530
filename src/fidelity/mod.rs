//! Fidelity checks: for every matched quote pair, what the Indonesian
//! translation changed against its English source. Each check family has
//! its own file: [`numbers`] (numbers and dates), [`entities`] (names and
//! speakers), [`words`] (negation and modality), [`cues`] (reporting verbs
//! and quote marks), [`coverage`] (omitted and added clauses, untranslated
//! text); [`matching`] adds word forms the alignment index does not try.
//! [`check_pair`] runs them all and stores the flags on the pairs;
//! [`FidelitySummary`] counts them per pair or per batch.
//!
//! It does not align anything, decide whether a pair is matched, or write
//! rows: it reads a finished [`PairAlignment`] (documents, quotes, word
//! matches) and only fills [`QuotePair::flags`] of `matched` pairs. The
//! English side it compares is the pair's English span widened to the
//! neighbouring words the quote translates ([`PairView`]), because the
//! alignment may narrow a sentence to fewer words than the quote renders.
//! Word lists come from the language tables (`src/lang/`); thresholds are
//! [`FidelityParams`]. Evidence holds words as written in the normalized
//! text, so it needs no offsets. The sentence rows (`--unit sentence`) get
//! no flags.

pub mod coverage;
pub mod cues;
pub mod entities;
pub mod matching;
pub mod numbers;
pub mod scores;
pub mod words;

use std::cell::OnceCell;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::align::{PairAlignment, PairIndex, QuotePair, Status};
use crate::lexicon::Lexicon;
use crate::text::spans::SpanIndex;
use crate::text::{Document, NormSpan};

/// The kinds of fidelity flag, in the order the `flags` column lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// Numbers or dates that differ after normalization, or stand on one side only.
    NumberMismatch,
    /// A name, place or organization on one side only.
    EntityMismatch,
    /// A negation on one side only.
    NegationMismatch,
    /// The two sides name different speakers.
    SpeakerMismatch,
    /// A hedge, booster or modal on one side only, or one modal swapped for another.
    ModalityShift,
    /// The reporting verb takes a different stance (`said` / `membantah`).
    CueShift,
    /// A clause of the English quote with no counterpart in the Indonesian.
    Omission,
    /// A clause of the Indonesian quote with no counterpart in the English.
    Addition,
    /// Words in quote marks on one side only.
    DirectIndirect,
    /// The Indonesian quote is mostly English words.
    Untranslated,
}

impl FlagKind {
    /// Every kind, in column order.
    pub const ALL: [FlagKind; 10] = [
        FlagKind::NumberMismatch,
        FlagKind::EntityMismatch,
        FlagKind::NegationMismatch,
        FlagKind::SpeakerMismatch,
        FlagKind::ModalityShift,
        FlagKind::CueShift,
        FlagKind::Omission,
        FlagKind::Addition,
        FlagKind::DirectIndirect,
        FlagKind::Untranslated,
    ];

    /// The name written in the `flags` column.
    pub fn as_str(self) -> &'static str {
        match self {
            FlagKind::NumberMismatch => "number_mismatch",
            FlagKind::EntityMismatch => "entity_mismatch",
            FlagKind::NegationMismatch => "negation_mismatch",
            FlagKind::SpeakerMismatch => "speaker_mismatch",
            FlagKind::ModalityShift => "modality_shift",
            FlagKind::CueShift => "cue_shift",
            FlagKind::Omission => "omission",
            FlagKind::Addition => "addition",
            FlagKind::DirectIndirect => "direct_indirect",
            FlagKind::Untranslated => "untranslated",
        }
    }
}

/// One fidelity flag with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    pub kind: FlagKind,
    /// The Indonesian words behind the flag (a number, a name, a clause).
    pub id: Vec<String>,
    /// The English words behind the flag.
    pub en: Vec<String>,
    /// What differs, in one line.
    pub detail: String,
}

/// The `flags` cell: the distinct kinds in column order, joined by `;`.
pub fn flag_names(flags: &[Flag]) -> String {
    FlagKind::ALL
        .iter()
        .filter(|k| flags.iter().any(|f| f.kind == **k))
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

/// Thresholds of the checks. The defaults were chosen on the dev pairs
/// (see `tests/fidelity.rs`, which prints every flag they raise).
#[derive(Debug, Clone, Copy)]
pub struct FidelityParams {
    /// Least match score for two words to count as translations of each
    /// other in the entity and quote-mark checks.
    pub word_match_min: f32,
    /// Least match score for a word to carry its quote marks (or their
    /// absence) over to the other side; lower than `word_match_min` because
    /// any fair translation of a quoted word is evidence here.
    pub mark_match_min: f32,
    /// A clause needs at least this many words to be reported as omitted or added.
    pub clause_min_words: usize,
    /// A clause whose weighted coverage by the other side is below this is
    /// omitted (English) or added (Indonesian). Dev pairs: loosely
    /// paraphrased clauses cover 0.17 to 0.25 (lexicon gaps such as `DPR` /
    /// `House of Representatives`), dropped or mistranslated ones 0.12 and
    /// below.
    pub clause_max_coverage: f32,
    /// A run of untranslated English words inside the span is an omission
    /// when it holds at least this many informative words. Dev pairs: loose
    /// paraphrases leave runs of 3 (`looked forward to engaging`).
    pub run_min_content: usize,
    /// Share of the Indonesian quote's common words that must be English
    /// for `untranslated`.
    pub untranslated_min_share: f32,
    /// Least number of translated words in quote marks on one side only for
    /// `direct_indirect` (single scare-quoted words are not flagged).
    pub quoted_words_min: usize,
}

impl Default for FidelityParams {
    fn default() -> Self {
        FidelityParams {
            word_match_min: 0.6,
            mark_match_min: 0.5,
            clause_min_words: 4,
            clause_max_coverage: 0.15,
            run_min_content: 4,
            untranslated_min_share: 0.5,
            quoted_words_min: 2,
        }
    }
}

/// Least word weight and match score for an English word to widen the
/// English span ([`PairView::widen_en_scope`]): informative words matched
/// as well as a lexicon entry.
const WIDEN_MIN_WEIGHT: f32 = 1.0;
const WIDEN_MIN_SCORE: f32 = 0.8;
/// Most words without such a match between two that have one.
const WIDEN_MAX_GAP: usize = 4;

/// One matched pair as the checks see it.
pub struct PairView<'a> {
    pub id: &'a Document,
    pub en: &'a Document,
    pub index: &'a PairIndex,
    pub lex: &'a Lexicon,
    pub params: &'a FidelityParams,
    /// The Indonesian quote's span.
    pub id_span: NormSpan,
    /// The pair's English span, widened to the neighbouring words the quote
    /// translates (see `widen_en_scope`).
    pub en_span: NormSpan,
    /// Word tokens of the Indonesian quote and of the English span.
    pub id_words: Vec<usize>,
    pub en_words: Vec<usize>,
    /// Word tokens of the sentences each span touches: the context in which
    /// a counterpart still counts.
    pub id_context: Vec<usize>,
    pub en_context: Vec<usize>,
    /// The Indonesian quote and the English quote the span overlaps, if any.
    pub id_quote: Option<&'a crate::quote::Quote>,
    pub en_quote: Option<&'a crate::quote::Quote>,
    pub id_registry: &'a crate::quote::speakers::Registry,
    pub en_registry: &'a crate::quote::speakers::Registry,
    /// Per-article look-ups shared by the pairs of one article.
    pub shared: &'a Shared,
}

/// Look-ups computed once per article pair and shared by its quote pairs:
/// word glosses and forms (filled on first use) and the quote-mark spans.
pub struct Shared {
    /// Glosses and forms depend only on the lowercase word: one cell per
    /// word type of the index, then one per token for tokens without a type.
    id_glosses: Vec<OnceCell<std::rc::Rc<[String]>>>,
    en_forms: Vec<OnceCell<std::rc::Rc<[String]>>>,
    /// Inner spans of the quote marks of each side.
    pub id_marks: Vec<NormSpan>,
    pub en_marks: Vec<NormSpan>,
    /// The same spans, indexed for look-ups by position.
    pub id_marks_index: SpanIndex,
    pub en_marks_index: SpanIndex,
    /// The first Indonesian quote of each span (start, end).
    id_quote_at: rustc_hash::FxHashMap<(usize, usize), usize>,
    /// The English quotes' spans.
    en_quotes: SpanIndex,
    /// Word match scores by Indonesian type and English type, once
    /// computed: a score depends only on the two lowercase words.
    scores: scores::ScoreMemo,
    /// What the best match of a word anywhere in the other article needs.
    anywhere: scores::Anywhere,
    /// One word token of each word type of each side, in text order: the
    /// best match of a word anywhere in the other article is the best over
    /// these, as a score depends only on the two types.
    pub id_type_tokens: Vec<usize>,
    pub en_type_tokens: Vec<usize>,
}

impl Shared {
    fn new(a: &PairAlignment) -> Shared {
        let inner = |doc: &Document| -> Vec<NormSpan> {
            crate::quote::marks::find_marked(doc)
                .iter()
                .map(|m| m.inner)
                .collect()
        };
        let cells = |n: usize| (0..n).map(|_| OnceCell::new()).collect();
        let (id_marks, en_marks) = (inner(&a.id), inner(&a.en));
        let mut id_quote_at = rustc_hash::FxHashMap::default();
        for (k, q) in a.id_quotes.quotes.iter().enumerate() {
            id_quote_at.entry((q.span.start, q.span.end)).or_insert(k);
        }
        Shared {
            id_marks_index: SpanIndex::new(id_marks.iter().copied()),
            en_marks_index: SpanIndex::new(en_marks.iter().copied()),
            id_quote_at,
            en_quotes: SpanIndex::new(a.en_quotes.quotes.iter().map(|q| q.span)),
            id_glosses: cells(a.index.id_weight.len() + a.id.tokens.len()),
            en_forms: cells(a.index.en_weight.len() + a.en.tokens.len()),
            id_marks,
            en_marks,
            scores: scores::ScoreMemo::new(a.index.id_weight.len(), a.index.en_weight.len()),
            anywhere: scores::Anywhere::default(),
            id_type_tokens: type_tokens(a.id.tokens.len(), a.index.id_weight.len(), |k| {
                a.index.id_type_of(k)
            }),
            en_type_tokens: type_tokens(a.en.tokens.len(), a.index.en_weight.len(), |k| {
                a.index.en_type_of(k)
            }),
        }
    }
}

/// The first token of each type, of `tokens` tokens and `types` types.
fn type_tokens(tokens: usize, types: usize, type_of: impl Fn(usize) -> Option<u32>) -> Vec<usize> {
    let mut seen = vec![false; types];
    (0..tokens)
        .filter(|&k| {
            type_of(k)
                .and_then(|t| seen.get_mut(t as usize))
                .is_some_and(|s| !std::mem::replace(s, true))
        })
        .collect()
}

fn words_in(doc: &Document, span: NormSpan) -> Vec<usize> {
    doc.tokens_in(span)
        .filter(|&k| doc.tokens[k].is_word())
        .collect()
}

fn context_of(doc: &Document, span: NormSpan) -> Vec<usize> {
    // Sentences are in order and do not overlap: those that can overlap or
    // hold `span` are a run from the first that ends at or after its start.
    let first = doc.sentences.partition_point(|s| s.span.end < span.start);
    doc.sentences[first..]
        .iter()
        .take_while(|s| s.span.start <= span.end)
        .filter(|s| s.span.overlaps(span) || s.span.contains(span))
        .flat_map(|s| s.tokens.clone())
        .filter(|&k| doc.tokens[k].is_word())
        .collect()
}

impl<'a> PairView<'a> {
    fn new(
        a: &'a PairAlignment,
        p: &QuotePair,
        lex: &'a Lexicon,
        params: &'a FidelityParams,
        shared: &'a Shared,
    ) -> Option<PairView<'a>> {
        let (id_span, en_span) = (p.id_span?, p.en_span?);
        let id_quote = shared
            .id_quote_at
            .get(&(id_span.start, id_span.end))
            .map(|&k| &a.id_quotes.quotes[k]);
        let mut en_overlapping = Vec::new();
        shared.en_quotes.visit_overlapping(en_span, |k| {
            en_overlapping.push(k);
            false
        });
        en_overlapping.sort_unstable();
        let en_quote = en_overlapping
            .into_iter()
            .map(|k| &a.en_quotes.quotes[k])
            .max_by_key(|q| {
                q.span.end.min(en_span.end) as isize - q.span.start.max(en_span.start) as isize
            });
        let id_context = context_of(&a.id, id_span);
        let en_context = context_of(&a.en, en_span);
        let mut v = PairView {
            shared,
            id: &a.id,
            en: &a.en,
            index: &a.index,
            lex,
            params,
            id_span,
            en_span,
            id_words: words_in(&a.id, id_span),
            en_words: words_in(&a.en, en_span),
            id_context,
            en_context,
            id_quote,
            en_quote,
            id_registry: &a.id_quotes.registry,
            en_registry: &a.en_quotes.registry,
        };
        v.widen_en_scope();
        Some(v)
    }

    /// When the English span is narrower than what the quote translates (a
    /// sentence narrowed by the alignment, an English quote cut short by
    /// extraction), widens it to every word of its sentence that
    /// translates a word of the Indonesian quote: the checks compare the
    /// quote with all the English it translates (`indicted` in `an al-Qaida
    /// leader indicted in …` when the span starts after it).
    fn widen_en_scope(&mut self) {
        let strong = |e: usize| {
            self.index
                .en_type_of(e)
                .is_some_and(|t| self.index.en_type_weight(t) >= WIDEN_MIN_WEIGHT)
                && self.en_best(e, &self.id_words) >= WIDEN_MIN_SCORE
        };
        let ctx = &self.en_context;
        let (Some(&first), Some(&last)) = (self.en_words.first(), self.en_words.last()) else {
            return;
        };
        let (Some(a), Some(b)) = (
            ctx.iter().position(|&k| k == first),
            ctx.iter().position(|&k| k == last),
        ) else {
            return;
        };
        // Outwards, word by word, while translated words keep coming.
        let (mut lo, mut gap) = (a, 0);
        for i in (0..a).rev() {
            if strong(ctx[i]) {
                lo = i;
                gap = 0;
            } else {
                gap += 1;
                if gap > WIDEN_MAX_GAP {
                    break;
                }
            }
        }
        let (mut hi, mut gap) = (b, 0);
        for (i, &k) in ctx.iter().enumerate().skip(b + 1) {
            if strong(k) {
                hi = i;
                gap = 0;
            } else {
                gap += 1;
                if gap > WIDEN_MAX_GAP {
                    break;
                }
            }
        }
        if lo == a && hi == b {
            return;
        }
        let start = self.en.tokens[ctx[lo]].span.start.min(self.en_span.start);
        let end = self.en.tokens[ctx[hi]].span.end.max(self.en_span.end);
        self.en_span = NormSpan::new(start, end);
        self.en_words = words_in(self.en, self.en_span);
    }

    /// The Indonesian token `k` as written (normalized text).
    pub fn id_text(&self, k: usize) -> &str {
        self.id.slice(self.id.tokens[k].span)
    }
    /// The English token `k` as written.
    pub fn en_text(&self, k: usize) -> &str {
        self.en.slice(self.en.tokens[k].span)
    }

    /// Glosses of Indonesian token `i` ([`matching::id_glosses`]).
    pub fn glosses(&self, i: usize) -> &[String] {
        let slot = self
            .index
            .id_type_of(i)
            .map_or(self.index.id_weight.len() + i, |t| t as usize);
        match self.shared.id_glosses.get(slot) {
            Some(c) => {
                c.get_or_init(|| matching::id_glosses_memo(self.lex, &self.id.tokens[i].lower))
            }
            None => &[],
        }
    }
    /// Forms of English token `e` ([`matching::en_forms`]).
    pub fn forms(&self, e: usize) -> &[String] {
        let slot = self
            .index
            .en_type_of(e)
            .map_or(self.index.en_weight.len() + e, |t| t as usize);
        match self.shared.en_forms.get(slot) {
            Some(c) => c.get_or_init(|| matching::en_forms_memo(&self.en.tokens[e].lower)),
            None => &[],
        }
    }

    /// Match score of Indonesian token `i` with English token `e`: the
    /// alignment's word match, or [`matching::EXTRA_MATCH`] for a form it
    /// does not try.
    pub fn score(&self, i: usize, e: usize) -> f32 {
        let (Some(ti), Some(te)) = (self.index.id_type_of(i), self.index.en_type_of(e)) else {
            return 0.0;
        };
        if let Some(s) = self.shared.scores.get(ti, te) {
            return s;
        }
        let s = self.score_uncached(i, e, ti, te);
        self.shared.scores.put(ti, te, s);
        s
    }

    fn score_uncached(&self, i: usize, e: usize, ti: u32, te: u32) -> f32 {
        // The index reads `U.S` and `Anas's` as names with an initial, and
        // an initial matches any name with that letter: a name match must
        // agree on its first two letters.
        let head = |doc: &'a Document, k: usize| {
            doc.tokens[k]
                .lower
                .chars()
                .filter(|c| c.is_alphabetic())
                .take(2)
        };
        // The matches of a type are sorted by English type, one per type.
        let matches = self.index.id_word_matches(ti);
        let indexed = matches
            .binary_search_by_key(&te, |m| m.other)
            .ok()
            .map(|k| &matches[k])
            .filter(|m| {
                m.kind != crate::align::similarity::MatchKind::Name
                    || head(self.id, i).eq(head(self.en, e))
            })
            .map_or(0.0, |m| m.score);
        if indexed >= matching::EXTRA_MATCH {
            return indexed;
        }
        if matching::any_match_sorted(self.glosses(i), self.forms(e)) {
            matching::EXTRA_MATCH
        } else {
            indexed
        }
    }

    /// Best match score of Indonesian token `i` with any English token of `en`.
    pub fn id_best(&self, i: usize, en: &[usize]) -> f32 {
        en.iter().map(|&e| self.score(i, e)).fold(0.0, f32::max)
    }

    /// Best match score of English token `e` with any Indonesian token of `id`.
    pub fn en_best(&self, e: usize, id: &[usize]) -> f32 {
        id.iter().map(|&i| self.score(i, e)).fold(0.0, f32::max)
    }

    /// Weighted share of the Indonesian tokens `id` that match a token of `en`.
    pub fn id_coverage(&self, id: &[usize], en: &[usize]) -> f32 {
        self.coverage(
            id,
            |k| {
                self.index
                    .id_type_of(k)
                    .map_or(0.0, |t| self.index.id_type_weight(t))
            },
            |k| self.id_best(k, en),
        )
    }

    /// Weighted share of the English tokens `en` that match a token of `id`.
    pub fn en_coverage(&self, en: &[usize], id: &[usize]) -> f32 {
        self.coverage(
            en,
            |k| {
                self.index
                    .en_type_of(k)
                    .map_or(0.0, |t| self.index.en_type_weight(t))
            },
            |k| self.en_best(k, id),
        )
    }

    fn coverage(
        &self,
        toks: &[usize],
        weight: impl Fn(usize) -> f32,
        best: impl Fn(usize) -> f32,
    ) -> f32 {
        let (mut total, mut got) = (0.0, 0.0);
        for &k in toks {
            let w = weight(k);
            total += w;
            if w > 0.0 {
                got += w * best(k);
            }
        }
        if total > 0.0 { got / total } else { 0.0 }
    }

    /// Whether token `k` of `doc` is the first word of its sentence.
    pub fn sentence_initial(doc: &Document, k: usize) -> bool {
        // Sentences hold consecutive runs of tokens, in order.
        let at = doc.sentences.partition_point(|s| s.tokens.end <= k);
        doc.sentences
            .get(at)
            .filter(|s| s.tokens.contains(&k))
            .is_some_and(|s| s.tokens.clone().find(|&j| doc.tokens[j].is_word()) == Some(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(kind: FlagKind) -> Flag {
        Flag {
            kind,
            id: Vec::new(),
            en: Vec::new(),
            detail: String::new(),
        }
    }

    #[test]
    fn flag_names_are_distinct_and_in_column_order() {
        let flags = [
            flag(FlagKind::Omission),
            flag(FlagKind::NumberMismatch),
            flag(FlagKind::Omission),
        ];
        assert_eq!(flag_names(&flags), "number_mismatch;omission");
        assert_eq!(flag_names(&[]), "");
        for k in FlagKind::ALL {
            let json = serde_json::to_string(&k).expect("json");
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
    }

    #[test]
    fn summary_adds_up() {
        let mut a = FidelitySummary::default();
        let mut b = FidelitySummary {
            quotes: 3,
            flagged: 1,
            ..Default::default()
        };
        b.by_kind.insert(FlagKind::CueShift, 1);
        a.add(&b);
        a.add(&b);
        assert_eq!((a.quotes, a.flagged), (6, 2));
        assert_eq!(a.by_kind.get(&FlagKind::CueShift), Some(&2));
        let json = serde_json::to_string(&a).expect("json");
        assert!(json.contains("\"cue_shift\":2"), "{json}");
    }
}

/// The flags of one matched pair, in [`FlagKind`] order.
pub fn check_quote_pair(view: &PairView<'_>, pair: &QuotePair) -> Vec<Flag> {
    let mut flags = Vec::new();
    flags.extend(numbers::check(view));
    flags.extend(entities::check_names(view));
    flags.extend(words::check_negation(view));
    flags.extend(entities::check_speaker(view, pair));
    flags.extend(words::check_modality(view));
    flags.extend(cues::check_cue(view));
    flags.extend(coverage::check_clauses(view));
    flags.extend(cues::check_marks(view));
    flags.extend(coverage::check_untranslated(view));
    flags.sort_by_key(|f| f.kind);
    flags
}

/// The fidelity stage: fills the flags of every matched pair of `a`.
/// Unsourced and omitted rows have nothing to compare and keep no flags.
pub fn check_pair(a: &mut PairAlignment, lex: &Lexicon, params: &FidelityParams) {
    let shared = Shared::new(a);
    let flags: Vec<Vec<Flag>> = a
        .pairs
        .iter()
        .map(|p| {
            if p.status != Status::Matched {
                return Vec::new();
            }
            PairView::new(a, p, lex, params, &shared)
                .map(|v| check_quote_pair(&v, p))
                .unwrap_or_default()
        })
        .collect();
    for (p, f) in a.pairs.iter_mut().zip(flags) {
        p.flags = f;
    }
}

/// How many matched quotes a pair (or a batch) has and how many carry flags.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FidelitySummary {
    /// Matched quote pairs checked.
    pub quotes: usize,
    /// Matched quote pairs with at least one flag.
    pub flagged: usize,
    /// Pairs carrying each kind of flag.
    pub by_kind: BTreeMap<FlagKind, usize>,
}

impl FidelitySummary {
    /// The summary of one aligned and checked pair.
    pub fn of(a: &PairAlignment) -> FidelitySummary {
        let mut s = FidelitySummary::default();
        for p in a.pairs.iter().filter(|p| p.status == Status::Matched) {
            s.quotes += 1;
            if !p.flags.is_empty() {
                s.flagged += 1;
            }
            for k in FlagKind::ALL {
                if p.flags.iter().any(|f| f.kind == k) {
                    *s.by_kind.entry(k).or_default() += 1;
                }
            }
        }
        s
    }

    /// Adds another summary to this one (for a batch).
    pub fn add(&mut self, other: &FidelitySummary) {
        self.quotes += other.quotes;
        self.flagged += other.flagged;
        for (k, n) in &other.by_kind {
            *self.by_kind.entry(*k).or_default() += n;
        }
    }
}
