//! The records of an aligned article pair, shared by the stages that make
//! and read them: the pair ([`PairAlignment`]: documents, quotes, sentence
//! beads, word matches, relatedness), its rows ([`QuotePair`] with their
//! [`Status`]) and the fidelity flags a row carries ([`Flag`], [`FlagKind`]).
//! [`crate::align`] fills them, [`crate::fidelity`] adds the flags and
//! [`crate::io`] writes them. This module holds data only: it aligns,
//! checks and writes nothing.

use serde::Serialize;

use std::fmt;

use crate::quote::{Extraction, QuoteKind};
use crate::text::{Document, NormSpan};
use crate::wordmatch::PairIndex;

/// Row status of the quote alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// An Indonesian quote with its English source.
    Matched,
    /// An Indonesian quote with no English counterpart found.
    Unsourced,
    /// An English quote that no Indonesian quote translates.
    Omitted,
}

/// One row of the quote alignment.
#[derive(Debug, Clone)]
pub struct QuotePair {
    pub status: Status,
    pub kind: QuoteKind,
    pub id_span: Option<NormSpan>,
    pub id_speaker: String,
    pub en_span: Option<NormSpan>,
    pub en_speaker: String,
    pub score: f32,
    pub margin: f32,
    /// Fidelity flags of a matched pair, filled by [`crate::fidelity::check_pair`]
    /// (empty straight out of [`crate::align::align_pair`]).
    pub flags: Vec<Flag>,
}

/// Everything kutip found in one article pair.
#[derive(Debug)]
pub struct PairAlignment {
    pub id: Document,
    pub en: Document,
    pub id_quotes: Extraction,
    pub en_quotes: Extraction,
    pub beads: Vec<Bead>,
    pub pairs: Vec<QuotePair>,
    /// The word matches of the pair, kept for the fidelity checks.
    pub index: PairIndex,
    /// Whether the two articles report one story, and why.
    pub relatedness: Relatedness,
}

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
    /// How far the evidence can be trusted, in [0,1]: one of the
    /// [`crate::fidelity::confidence`] levels. Flags at [`crate::fidelity::CONFIDENT`] or above are the ones
    /// listed by default.
    pub confidence: f32,
}

/// One bead: Indonesian sentences and English sentences (either may be empty).
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    pub id: Vec<usize>,
    pub en: Vec<usize>,
    pub score: f32,
}

impl Bead {
    pub fn label(&self) -> String {
        format!("{}-{}", self.id.len(), self.en.len())
    }
}

/// The evidence and the decision for one pair.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Relatedness {
    pub related: bool,
    /// Mean similarity of the two-sided sentence beads.
    pub bead_similarity: f32,
    /// Distinct Indonesian anchors (names, numbers, dates).
    pub anchors: usize,
    /// Those the English article shares.
    pub shared_anchors: usize,
    /// Weighted share of the Indonesian article's words that some English
    /// word translates.
    pub coverage: f32,
}

impl fmt::Display for Relatedness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = if self.related {
            "the two articles report the same story"
        } else {
            "the two articles look unrelated"
        };
        write!(
            f,
            "{verdict} (sentence similarity {:.2}, {} of {} names and numbers shared, {:.0}% of the words translated)",
            self.bead_similarity,
            self.shared_anchors,
            self.anchors,
            100.0 * self.coverage
        )
    }
}
