//! Fidelity checks: for every matched quote pair, what the Indonesian
//! translation changed against its English source. Each check family has
//! its own file: [`numbers`] (numbers and dates), [`entities`] (names),
//! [`speakers`] (who is quoted; names compared across the languages by
//! [`referents`]), [`words`] (negation and modality), [`cues`] (reporting verbs
//! and quote marks), [`coverage`] (omitted and added clauses, untranslated
//! text; [`clause_window`] finds where the other side renders a clause);
//! [`omission_scope`] says how far the English a quote may omit reaches,
//! [`addition_scope`] how far the Indonesian a translation may add to it;
//! [`matching`] adds word forms the alignment index does not try,
//! [`word_scores`] scores word pairs and remembers the scores,
//! and [`wordalign`] aligns the words of a pair one to one.
//! [`check_pair`] runs them all and stores the flags on the pairs;
//! [`FidelitySummary`] counts them per pair or per batch. Each flag carries
//! a confidence ([`flag`]), and [`FidelityParams::report`] says which flags
//! are kept (by default the confident ones).
//!
//! It does not align anything, decide whether a pair is matched, or write
//! rows: it reads a finished [`PairAlignment`] (documents, quotes, word
//! matches) and only fills [`QuotePair::flags`] of `matched` pairs. The
//! English side it compares is the pair's English span widened to the
//! neighbouring words the quote translates ([`PairView`]), because the
//! alignment may narrow a sentence to fewer words than the quote renders,
//! and narrowed to leave out whole sentences past the English quote that
//! the Indonesian quote does not render, because the alignment may also
//! run a span on into the next sentences.
//! Word lists come from the language tables (`src/lang/`); thresholds are
//! [`FidelityParams`]. Evidence holds words as written in the normalized
//! text, so it needs no offsets. The sentence rows (`--unit sentence`) get
//! no flags.

pub mod addition_scope;
pub mod clause_window;
pub mod coverage;
pub mod cues;
pub mod entities;
pub mod flag;
pub mod matching;
pub mod numbers;
pub mod omission_scope;
pub mod referents;
pub mod scores;
pub mod speakers;
pub mod summary;
pub mod view;
pub mod word_scores;
pub mod wordalign;
pub mod words;

pub use flag::{CONFIDENT, Flag, FlagKind, FlagSelection, confidence, flag_names};
pub use summary::FidelitySummary;
pub use view::{PairView, Shared};

use crate::lexicon::Lexicon;
use crate::record::{PairAlignment, QuotePair, Status};
use coverage::ClauseChecks;

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
    /// A clause, or a stretch of uncovered clauses next to each other, needs
    /// at least this many words to be reported as omitted or added.
    pub clause_min_words: usize,
    /// An English clause none of whose words the Indonesian renders needs
    /// only this many (`not religious conflict`). Indonesian clauses keep
    /// `clause_min_words`: a short one without partners is more often
    /// words the lexicon does not know.
    pub unrendered_clause_min_words: usize,
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
    /// The flags kept on the pairs (the others are dropped).
    pub report: FlagSelection,
}

impl Default for FidelityParams {
    fn default() -> Self {
        FidelityParams {
            word_match_min: 0.6,
            mark_match_min: 0.5,
            clause_min_words: 4,
            unrendered_clause_min_words: 3,
            clause_max_coverage: 0.15,
            run_min_content: 4,
            untranslated_min_share: 0.5,
            quoted_words_min: 2,
            report: FlagSelection::default(),
        }
    }
}

/// The flags of one matched pair, in [`FlagKind`] order.
pub fn check_quote_pair(view: &PairView<'_>, pair: &QuotePair) -> Vec<Flag> {
    let mut flags = Vec::new();
    flags.extend(numbers::check(view));
    flags.extend(entities::check_names(view));
    flags.extend(words::check_negation(view));
    flags.extend(speakers::check_speaker(view, pair));
    flags.extend(words::check_modality(view));
    flags.extend(cues::check_cue(view));
    // Omissions against the English the quote may have left out,
    // additions against the Indonesian the quote's sentence goes on with;
    // each from the pair as it is where there is no more.
    let wider_en = omission_scope::omission_span(view).map(|s| view.with_en_span(s));
    let wider_id = addition_scope::addition_span(view).map(|s| view.with_id_span(s));
    flags.extend(coverage::check_clauses(
        view,
        ClauseChecks {
            omission: wider_en.is_none(),
            addition: wider_id.is_none(),
        },
    ));
    if let Some(w) = &wider_en {
        flags.extend(coverage::check_clauses(
            w,
            ClauseChecks {
                omission: true,
                addition: false,
            },
        ));
    }
    if let Some(w) = &wider_id {
        flags.extend(coverage::check_clauses(
            w,
            ClauseChecks {
                omission: false,
                addition: true,
            },
        ));
    }
    flags.extend(cues::check_marks(view));
    flags.extend(coverage::check_untranslated(view));
    flags.sort_by_key(|f| f.kind);
    flags
}

/// The fidelity stage: fills the flags of every matched pair of `a`, the
/// ones `params.report` selects. Unsourced and omitted rows have nothing to
/// compare and keep no flags.
pub fn check_pair(a: &mut PairAlignment, lex: &Lexicon, params: &FidelityParams) {
    let shared = Shared::new(a);
    let flags: Vec<Vec<Flag>> = a
        .pairs
        .iter()
        .map(|p| {
            if p.status != Status::Matched {
                return Vec::new();
            }
            let mut flags = PairView::new(a, p, lex, params, &shared)
                .map(|v| check_quote_pair(&v, p))
                .unwrap_or_default();
            flags.retain(|f| params.report.admits(f));
            flags
        })
        .collect();
    for (p, f) in a.pairs.iter_mut().zip(flags) {
        p.flags = f;
    }
}
