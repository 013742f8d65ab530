//! Scoring an `align` CSV against a gold file exactly as
//! `shared/eval/score.py` does, figure for figure: a predicted row claims a
//! gold row when their Indonesian quotes have token F1 >= 0.5 (best first,
//! one to one, ties to the later gold row, then the later prediction); an
//! alignment is right when the English quotes have token F1 >= 0.5; a
//! speaker is right by the rule of [`speaker`]; ratios are rounded to three
//! decimals as Python's `round` rounds them.
//!
//! Parts: [`tokens`] (words, F1, Python's `strip` and `round`), [`speaker`]
//! (the speaker rule), [`rows`] (reading the CSV files), [`json`] (writing
//! the figures as `score.py` prints them). This module scores; it neither
//! aligns nor reads files.

pub mod json;
mod rows;
pub mod speaker;
mod tokens;

use std::collections::HashMap;

use serde::Serialize;

pub use json::python_json;
pub use rows::{Row, read_rows};
pub use speaker::speaker_ok;
pub use tokens::{f1, round3, toks};

use tokens::{is_blank, py_strip};

/// The figures `kutip eval` prints, in `score.py`'s order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    pub gold: usize,
    pub pred: usize,
    pub extracted: usize,
    pub n_gold_src: usize,
    pub n_pred_matched: usize,
    pub n_good: usize,
    pub n_spk: usize,
    pub n_spk_ok: usize,
    pub extraction_recall: f64,
    pub align_precision: f64,
    pub align_recall: f64,
    pub align_f1: f64,
    /// Claimed gold rows whose English side is right (both empty, or F1 >=
    /// 0.5), over all gold rows. Of one pair only: `score.py`'s total leaves
    /// it out, and so does [`finish`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row_accuracy: Option<f64>,
    pub speaker_accuracy: f64,
}

/// Figures of one pair with the gold file they come from, as `score.py`
/// prints each pair of several.
#[derive(Debug, Serialize)]
pub struct PairFigures<'a> {
    pub gold_file: &'a str,
    #[serde(flatten)]
    pub figures: &'a Figures,
}

/// Gold index -> predicted index: each predicted row claims the gold row
/// whose Indonesian quote it matches best (token F1 >= 0.5), one to one.
/// Candidates are taken in the order of `sorted(..., reverse=True)` over
/// `(f1, gold index, predicted index)`.
fn claims(gold: &[Row], pred: &[Row]) -> HashMap<usize, usize> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::with_capacity(gold.len() * pred.len());
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            pairs.push((f1(&p.id_quote, &g.id_quote), i, j));
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    let mut claim: HashMap<usize, usize> = HashMap::new();
    let mut used_p = vec![false; pred.len()];
    for (s, i, j) in pairs {
        if s < 0.5 {
            break;
        }
        if claim.contains_key(&i) || used_p[j] {
            continue;
        }
        used_p[j] = true;
        claim.insert(i, j);
    }
    claim
}

/// Scores predicted rows against gold rows (one pair).
pub fn score(gold: &[Row], pred: &[Row]) -> Figures {
    let claim = claims(gold, pred);
    let mut f = Figures {
        gold: gold.len(),
        pred: pred.len(),
        extracted: claim.len(),
        n_gold_src: gold.iter().filter(|g| !is_blank(&g.en_quote)).count(),
        n_pred_matched: pred.iter().filter(|p| p.claims_source()).count(),
        ..Figures::default()
    };
    let mut right = 0usize;
    for (&i, &j) in &claim {
        let (g, p) = (&gold[i], &pred[j]);
        let ge = py_strip(&g.en_quote);
        let pe = if p.matched { py_strip(&p.en_quote) } else { "" };
        if (ge.is_empty() && pe.is_empty())
            || (!ge.is_empty() && !pe.is_empty() && f1(pe, ge) >= 0.5)
        {
            right += 1;
        }
        if p.claims_source() && !ge.is_empty() && f1(py_strip(&p.en_quote), ge) >= 0.5 {
            f.n_good += 1;
        }
        if !is_blank(&g.id_speaker) {
            f.n_spk += 1;
            f.n_spk_ok += usize::from(speaker_ok(&p.id_speaker, &g.id_speaker, &g.id_speaker_alt));
        }
    }
    let row_accuracy = if gold.is_empty() {
        1.0
    } else {
        round3(right as f64 / gold.len() as f64)
    };
    Figures {
        row_accuracy: Some(row_accuracy),
        ..finish(f)
    }
}

/// Recomputes the ratios of summed counts, as `score.py`'s `total`
/// (without `row_accuracy`, which it does not total).
pub fn finish(mut f: Figures) -> Figures {
    let ratio = |num: usize, den: usize, empty: f64| {
        if den > 0 {
            num as f64 / den as f64
        } else {
            empty
        }
    };
    let p = ratio(f.n_good, f.n_pred_matched, 0.0);
    let r = ratio(f.n_good, f.n_gold_src, 1.0);
    f.extraction_recall = if f.gold > 0 {
        round3(ratio(f.extracted, f.gold, 1.0))
    } else {
        1.0
    };
    f.align_precision = round3(p);
    f.align_recall = round3(r);
    f.align_f1 = if p + r > 0.0 {
        round3(2.0 * p * r / (p + r))
    } else {
        0.0
    };
    f.row_accuracy = None;
    f.speaker_accuracy = if f.n_spk > 0 {
        round3(ratio(f.n_spk_ok, f.n_spk, 1.0))
    } else {
        1.0
    };
    f
}

/// Adds the counts of `b` to `a` (ratios are recomputed by [`finish`]).
pub fn add(a: &mut Figures, b: &Figures) {
    a.gold += b.gold;
    a.pred += b.pred;
    a.extracted += b.extracted;
    a.n_gold_src += b.n_gold_src;
    a.n_pred_matched += b.n_pred_matched;
    a.n_good += b.n_good;
    a.n_spk += b.n_spk;
    a.n_spk_ok += b.n_spk_ok;
}

/// The micro-averaged total of several pairs' figures (`score.py`'s
/// `total`).
pub fn total<'a>(pairs: impl IntoIterator<Item = &'a Figures>) -> Figures {
    let mut t = Figures::default();
    for f in pairs {
        add(&mut t, f);
    }
    finish(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id_quote: &str, id_speaker: &str, en_quote: &str) -> Row {
        Row {
            id_quote: id_quote.into(),
            id_speaker: id_speaker.into(),
            en_quote: en_quote.into(),
            matched: !en_quote.is_empty(),
            ..Row::default()
        }
    }

    /// Two predictions tie on one gold row: as in `score.py`, the later
    /// prediction claims it (`sorted(..., reverse=True)` puts the higher
    /// index first), and the earlier one claims nothing.
    #[test]
    fn ties_go_to_the_later_row() {
        let gold = [row("a b c d", "Budi", "x y")];
        let pred = [row("a b c", "Ani", "q"), row("b c d", "Budi", "x y")];
        let f = score(&gold, &pred);
        assert_eq!((f.extracted, f.n_good, f.n_spk_ok), (1, 1, 1));
        assert_eq!(f.align_precision, 0.5);
        assert_eq!(f.row_accuracy, Some(1.0));
    }

    /// Numbers printed by `python3 score.py` for the same rows.
    #[test]
    fn figures_of_one_pair_and_their_total() {
        let gold = [
            row("kami akan datang", "Joko Widodo", "we will come"),
            row("tidak ada", "Joko Widodo", ""),
            row("sangat penting", "Retno Marsudi", "very important"),
        ];
        let mut pred = vec![
            row(
                "kami akan datang besok",
                "Presiden Joko Widodo",
                "we will come",
            ),
            row("tidak ada", "Perjalanan Joko", ""),
            row("sangat penting sekali", "Retno’s", "not this"),
        ];
        pred.push(Row {
            en_quote: "omitted words".into(),
            ..Row::default()
        });
        let f = score(&gold, &pred);
        assert_eq!(
            python_json(&f),
            r#"{"gold": 3, "pred": 4, "extracted": 3, "n_gold_src": 2, "n_pred_matched": 2, "n_good": 1, "n_spk": 3, "n_spk_ok": 1, "extraction_recall": 1.0, "align_precision": 0.5, "align_recall": 0.5, "align_f1": 0.5, "row_accuracy": 0.667, "speaker_accuracy": 0.333}"#
        );
        let t = total([&f, &f]);
        assert_eq!(t.row_accuracy, None);
        assert_eq!((t.gold, t.n_spk_ok), (6, 2));
    }

    /// `score([], [])` and its total in `score.py`.
    #[test]
    fn empty_files_score_as_score_py_scores_them() {
        let f = score(&[], &[]);
        assert_eq!(
            python_json(&f),
            r#"{"gold": 0, "pred": 0, "extracted": 0, "n_gold_src": 0, "n_pred_matched": 0, "n_good": 0, "n_spk": 0, "n_spk_ok": 0, "extraction_recall": 1.0, "align_precision": 0.0, "align_recall": 1.0, "align_f1": 0.0, "row_accuracy": 1.0, "speaker_accuracy": 1.0}"#
        );
        assert_eq!(
            python_json(&total([&f])),
            r#"{"gold": 0, "pred": 0, "extracted": 0, "n_gold_src": 0, "n_pred_matched": 0, "n_good": 0, "n_spk": 0, "n_spk_ok": 0, "extraction_recall": 1.0, "align_precision": 0.0, "align_recall": 1.0, "align_f1": 0.0, "speaker_accuracy": 1.0}"#
        );
    }
}
