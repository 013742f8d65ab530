//! One matched quote pair as the checks see it ([`PairView`]): both
//! documents, the quote's span and the English span it is compared with,
//! their words and sentences, and word match scores; plus the look-ups
//! shared by the quote pairs of one article pair ([`Shared`]). Raises no
//! flags.
//!
//! The English span compared is the pair's English span widened to the
//! neighbouring words the quote translates and the span does not already
//! hold ([`PairView`]`::widen_en_scope`), because the alignment may narrow
//! a sentence to fewer words than the quote renders; then narrowed to
//! leave out whole sentences outside the English quote that the Indonesian
//! quote does not render (`trim_en_scope`), because the alignment may also
//! run a span on into the report's next sentences.

use std::cell::{OnceCell, RefCell};

use super::word_scores::Words;
use super::wordalign::Assigned;
use super::{FidelityParams, referents};
use crate::lexicon::Lexicon;
use crate::record::{PairAlignment, QuotePair};
use crate::text::spans::SpanIndex;
use crate::text::{Document, NormSpan};
use crate::wordmatch::PairIndex;

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
    /// Every quote of each article.
    pub id_quotes: &'a [crate::quote::Quote],
    pub en_quotes: &'a [crate::quote::Quote],
    /// Per-article look-ups shared by the pairs of one article.
    pub shared: &'a Shared,
    /// The one-to-one word alignments of each side's words with the other
    /// side's sentences, computed on first use.
    pub(super) en_assigned: OnceCell<Assigned>,
    pub(super) id_assigned: OnceCell<Assigned>,
}

/// Look-ups computed once per article pair and shared by its quote pairs:
/// word glosses and forms (filled on first use) and the quote-mark spans
/// with what the quote-mark check reads of them.
pub struct Shared {
    /// Glosses and forms depend only on the lowercase word: one cell per
    /// word type of the index, then one per token for tokens without a type.
    pub(super) id_glosses: Vec<OnceCell<Words>>,
    pub(super) en_forms: Vec<OnceCell<Words>>,
    /// The quote-marked spans of each side ([`super::cues::MarkSpans`]).
    pub id_marks: super::cues::MarkSpans,
    pub en_marks: super::cues::MarkSpans,
    /// The first Indonesian quote of each span (start, end).
    id_quote_at: rustc_hash::FxHashMap<(usize, usize), usize>,
    /// The English quotes' spans.
    en_quotes: SpanIndex,
    /// The English spans of the matched pairs, with their Indonesian spans.
    pub(super) matched_spans: Vec<(NormSpan, NormSpan)>,
    /// The same spans, each side indexed for overlap look-ups (list
    /// positions of `matched_spans`), and the Indonesian quotes' spans.
    pub(super) matched_id_index: SpanIndex,
    pub(super) matched_en_index: SpanIndex,
    pub(super) id_quotes_index: SpanIndex,
    /// Word match scores by Indonesian type and English type, once
    /// computed: a score depends only on the two lowercase words.
    pub(super) scores: super::scores::ScoreMemo,
    /// What the best match of a word anywhere in the other article needs.
    pub(super) anywhere: super::scores::Anywhere,
    /// One word token of each word type of each side, in text order: the
    /// best match of a word anywhere in the other article is the best over
    /// these, as a score depends only on the two types.
    pub id_type_tokens: Vec<usize>,
    pub en_type_tokens: Vec<usize>,
    /// Answers of [`super::referents::made_of_description`] by Indonesian
    /// description, then English name: the quote pairs of one speaker ask
    /// the same question, and one description is asked about several names.
    made_of_description: RefCell<rustc_hash::FxHashMap<String, DescriptionAnswers>>,
}

impl Shared {
    pub(super) fn new(a: &PairAlignment) -> Shared {
        let cells = |n: usize| (0..n).map(|_| OnceCell::new()).collect();
        let mut id_quote_at = rustc_hash::FxHashMap::default();
        for (k, q) in a.id_quotes.quotes.iter().enumerate() {
            id_quote_at.entry((q.span.start, q.span.end)).or_insert(k);
        }
        let matched_spans: Vec<(NormSpan, NormSpan)> = a
            .pairs
            .iter()
            .filter(|p| p.status == crate::record::Status::Matched)
            .filter_map(|p| Some((p.id_span?, p.en_span?)))
            .collect();
        Shared {
            id_quote_at,
            en_quotes: SpanIndex::new(a.en_quotes.quotes.iter().map(|q| q.span)),
            matched_id_index: SpanIndex::new(matched_spans.iter().map(|&(i, _)| i)),
            matched_en_index: SpanIndex::new(matched_spans.iter().map(|&(_, e)| e)),
            id_quotes_index: SpanIndex::new(a.id_quotes.quotes.iter().map(|q| q.span)),
            matched_spans,
            id_glosses: cells(a.index.id_weight.len() + a.id.tokens.len()),
            en_forms: cells(a.index.en_weight.len() + a.en.tokens.len()),
            id_marks: super::cues::MarkSpans::of(&a.id),
            en_marks: super::cues::MarkSpans::of(&a.en),
            scores: super::scores::ScoreMemo::new(a.index.id_weight.len(), a.index.en_weight.len()),
            anywhere: super::scores::Anywhere::default(),
            id_type_tokens: type_tokens(a.id.tokens.len(), a.index.id_weight.len(), |k| {
                a.index.id_type_of(k)
            }),
            en_type_tokens: type_tokens(a.en.tokens.len(), a.index.en_weight.len(), |k| {
                a.index.en_type_of(k)
            }),
            made_of_description: RefCell::default(),
        }
    }

    /// [`super::referents::made_of_description`], once per article pair
    /// for each description and name.
    pub(super) fn made_of_description(&self, lex: &Lexicon, id_desc: &str, en_name: &str) -> bool {
        let mut memo = self.made_of_description.borrow_mut();
        if !memo.contains_key(id_desc) {
            let answers = DescriptionAnswers {
                units: referents::DescriptionUnits::of(lex, id_desc),
                made: rustc_hash::FxHashMap::default(),
            };
            memo.insert(id_desc.to_owned(), answers);
        }
        let Some(answers) = memo.get_mut(id_desc) else {
            return referents::made_of_description(lex, id_desc, en_name);
        };
        if let Some(&made) = answers.made.get(en_name) {
            return made;
        }
        let made = referents::made_of_units(&answers.units, &referents::name_words(en_name));
        answers.made.insert(en_name.to_owned(), made);
        made
    }
}

/// One Indonesian description read once, with the answers of
/// [`referents::made_of_description`] for it by English name.
struct DescriptionAnswers {
    units: referents::DescriptionUnits,
    made: rustc_hash::FxHashMap<String, bool>,
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
    pub(super) fn new(
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
            id_quotes: &a.id_quotes.quotes,
            en_quotes: &a.en_quotes.quotes,
            en_assigned: OnceCell::new(),
            id_assigned: OnceCell::new(),
        };
        let scores = v.widen_en_scope();
        v.trim_en_scope(scores);
        Some(v)
    }

    /// The same pair compared with the English span `span` instead (its
    /// words, sentences and word alignments recomputed).
    pub(super) fn with_en_span(&self, span: NormSpan) -> PairView<'a> {
        PairView {
            en_span: span,
            en_words: words_in(self.en, span),
            en_context: context_of(self.en, span),
            id_words: self.id_words.clone(),
            id_context: self.id_context.clone(),
            en_assigned: OnceCell::new(),
            id_assigned: OnceCell::new(),
            ..*self
        }
    }

    /// The same pair with the Indonesian span `span` compared instead of
    /// the quote (its words, sentences and word alignments recomputed).
    pub(super) fn with_id_span(&self, span: NormSpan) -> PairView<'a> {
        PairView {
            id_span: span,
            id_words: words_in(self.id, span),
            id_context: context_of(self.id, span),
            en_words: self.en_words.clone(),
            en_context: self.en_context.clone(),
            en_assigned: OnceCell::new(),
            id_assigned: OnceCell::new(),
            ..*self
        }
    }

    /// When the English span is narrower than what the quote translates (a
    /// sentence narrowed by the alignment, an English quote cut short by
    /// extraction), widens it to the words of its sentence that translate a
    /// word of the Indonesian quote that no word of the span translates
    /// yet: the checks compare the quote with all the English it
    /// translates (`indicted` in `an al-Qaida leader indicted in …` when
    /// the span starts after it), and with nothing more. Returns the
    /// scores of the quote's words against the span's words
    /// ([`PairView::score_matrix`]) when the span stays as it was.
    fn widen_en_scope(&mut self) -> Option<Vec<f32>> {
        let ctx = &self.en_context;
        let (Some(&first), Some(&last)) = (self.en_words.first(), self.en_words.last()) else {
            return None;
        };
        let (Some(a), Some(b)) = (
            ctx.iter().position(|&k| k == first),
            ctx.iter().position(|&k| k == last),
        ) else {
            return None;
        };
        // Indonesian words already translated inside the span: a word
        // outside it that only repeats one of them (`answer some questions,
        // but would not answer thousands of questions`) is not part of the
        // translation.
        let n_en = self.en_words.len();
        let scores = self.score_matrix(&self.id_words, &self.en_words);
        let mut claimed: Vec<bool> = (0..self.id_words.len())
            .map(|n| {
                scores[n * n_en..][..n_en]
                    .iter()
                    .fold(0.0, |a: f32, &b| a.max(b))
                    >= WIDEN_MIN_SCORE
            })
            .collect();
        let mut strong = |e: usize| {
            if !self
                .index
                .en_type_of(e)
                .is_some_and(|t| self.index.en_type_weight(t) >= WIDEN_MIN_WEIGHT)
            {
                return false;
            }
            let free = self
                .id_words
                .iter()
                .enumerate()
                .find(|&(n, &i)| !claimed[n] && self.score(i, e) >= WIDEN_MIN_SCORE);
            match free {
                Some((n, _)) => {
                    claimed[n] = true;
                    true
                }
                None => false,
            }
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
            return Some(scores);
        }
        let start = self.en.tokens[ctx[lo]].span.start.min(self.en_span.start);
        let end = self.en.tokens[ctx[hi]].span.end.max(self.en_span.end);
        self.en_span = NormSpan::new(start, end);
        self.en_words = words_in(self.en, self.en_span);
        None
    }

    /// When the English span runs on into whole sentences outside the
    /// English quote it overlaps that the Indonesian quote does not render
    /// (an alignment span grown over the report's next sentences or another
    /// speaker's quote), narrows it to leave them out, so that their
    /// numbers, names and clauses are not read as this quote's. A sentence
    /// is left out when the words of it that are aligned one to one with
    /// the quote's ([`assign`]) cover less than
    /// [`FidelityParams::clause_max_coverage`] of it: it holds no clause
    /// this quote translates. Sentences the English quote overlaps are kept
    /// whatever they hold (an omission inside the quote stays in view), and
    /// so is the span without an English quote. `scores`: the quote's
    /// words against the span's ([`PairView::score_matrix`]), when known.
    fn trim_en_scope(&mut self, scores: Option<Vec<f32>>) {
        let Some(quote) = self.en_quote.map(|q| q.span) else {
            return;
        };
        let scores = scores.unwrap_or_else(|| self.score_matrix(&self.id_words, &self.en_words));
        let assigned = self.assign_en_by(&self.id_words, &scores);
        let ix = self.index;
        // The span's words by sentence: (sentence, first and last place).
        let mut groups: Vec<(Option<usize>, usize, usize)> = Vec::new();
        for (n, &k) in self.en_words.iter().enumerate() {
            let s = self.en.sentence_at(self.en.tokens[k].span.start);
            match groups.last_mut() {
                Some(g) if g.0 == s => g.2 = n,
                _ => groups.push((s, n, n)),
            }
        }
        let foreign = |&(s, a, b): &(Option<usize>, usize, usize)| {
            let Some(sentence) = s.map(|s| &self.en.sentences[s]) else {
                return false;
            };
            if sentence.span.overlaps(quote) {
                return false;
            }
            let (mut total, mut got) = (0.0, 0.0);
            for n in a..=b {
                let w = ix
                    .en_type_of(self.en_words[n])
                    .map_or(0.0, |t| ix.en_type_weight(t));
                total += w;
                got += w * assigned.got[n];
            }
            total > 0.0 && got / total < self.params.clause_max_coverage
        };
        let mut keep = 0..groups.len();
        while keep.len() > 1 && foreign(&groups[keep.end - 1]) {
            keep.end -= 1;
        }
        while keep.len() > 1 && foreign(&groups[keep.start]) {
            keep.start += 1;
        }
        if keep.len() == groups.len() {
            return;
        }
        let sentence_span =
            |g: &(Option<usize>, usize, usize)| g.0.map(|s| self.en.sentences[s].span);
        let (Some(first), Some(last)) = (
            sentence_span(&groups[keep.start]),
            sentence_span(&groups[keep.end - 1]),
        ) else {
            return;
        };
        self.en_span = NormSpan::new(
            first.start.max(self.en_span.start),
            last.end.min(self.en_span.end),
        );
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

    /// Whether token `k` of `doc` is the first word of its sentence.
    pub fn sentence_initial(doc: &Document, k: usize) -> bool {
        doc.sentences
            .get(doc.sentence_of_token(k))
            .filter(|s| s.tokens.contains(&k))
            .is_some_and(|s| s.tokens.clone().find(|&j| doc.tokens[j].is_word()) == Some(k))
    }
}
