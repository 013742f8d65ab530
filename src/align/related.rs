//! Whether two articles report the same story, decided before any quote is
//! matched: unrelated articles match nothing.
//!
//! Two kinds of evidence, so that a paraphrase of the same report is not
//! rejected: how similar the aligned sentences are (a faithful translation
//! scores high), and how many of the Indonesian article's anchors — names,
//! numbers and dates, words written alike in both languages — the English
//! article shares (a paraphrase keeps them even when its wording drifts).
//! Nothing here matches quotes.

use crate::record::Bead;
pub use crate::record::Relatedness;
use crate::text::{Document, TokenKind};
use crate::wordmatch::similarity::{MatchKind, PairIndex, Segment};

/// Thresholds of the decision.
#[derive(Debug, Clone, Copy)]
pub struct RelatedParams {
    /// Mean similarity of the two-sided sentence beads at or above which the
    /// articles are related (dev pairs: 0.52 and above; unrelated
    /// combinations of them: 0.31 and below).
    pub min_bead_similarity: f32,
    /// Otherwise: at least this many shared anchors …
    pub min_shared_anchors: usize,
    /// … making at least this share of the Indonesian anchors …
    pub min_anchor_share: f32,
    /// … and a whole-article coverage of the Indonesian words at least this.
    pub min_coverage: f32,
}

impl Default for RelatedParams {
    fn default() -> Self {
        RelatedParams {
            min_bead_similarity: 0.4,
            min_shared_anchors: 4,
            min_anchor_share: 0.4,
            min_coverage: 0.35,
        }
    }
}

/// Decides whether the articles of a pair report the same story.
pub fn relatedness(
    id: &Document,
    index: &PairIndex,
    beads: &[Bead],
    p: &RelatedParams,
) -> Relatedness {
    let two_sided: Vec<f32> = beads
        .iter()
        .filter(|b| !b.id.is_empty() && !b.en.is_empty())
        .map(|b| b.score)
        .collect();
    let bead_similarity = if two_sided.is_empty() {
        0.0
    } else {
        two_sided.iter().sum::<f32>() / two_sided.len() as f32
    };
    // Anchors: numbers, and capitalized words inside a sentence.
    let mut anchor = vec![false; index.id_weight.len()];
    for s in &id.sentences {
        let first_word = s.tokens.clone().find(|&k| id.tokens[k].is_word());
        for k in s.tokens.clone() {
            let tok = &id.tokens[k];
            let is_anchor = match tok.kind {
                TokenKind::Number => true,
                TokenKind::Word => tok.capitalized && Some(k) != first_word && tok.lower.len() >= 3,
                _ => false,
            };
            if is_anchor && let Some(t) = index.id_type_of(k) {
                anchor[t as usize] = true;
            }
        }
    }
    let anchors = anchor.iter().filter(|&&a| a).count();
    let shared_anchors = anchor
        .iter()
        .enumerate()
        .filter(|&(t, &a)| {
            a && index.id_word_matches(t as u32).iter().any(|m| {
                m.score >= 0.9
                    && matches!(
                        m.kind,
                        MatchKind::Name | MatchKind::Number | MatchKind::Identical
                    )
            })
        })
        .count();
    let id_all = Segment::new((0..index.id_weight.len() as u32).collect());
    let en_all = Segment::new((0..index.en_weight.len() as u32).collect());
    let coverage = index.id_segment_coverage(&[&id_all], &[&en_all]);
    let anchored = shared_anchors >= p.min_shared_anchors
        && shared_anchors as f32 >= p.min_anchor_share * anchors as f32
        && coverage >= p.min_coverage;
    Relatedness {
        related: !two_sided.is_empty() && (bead_similarity >= p.min_bead_similarity || anchored),
        bead_similarity,
        anchors,
        shared_anchors,
        coverage,
    }
}
