//! Self-training: word pairs learned from a batch's own confident
//! alignments, to realign the batch with them.
//!
//! A [`Learner`] is fed aligned article pairs one at a time (so a batch is
//! never held in memory). From every sentence bead whose similarity is at
//! least [`LearnParams::min_bead_score`], it counts, over the beads, how
//! often each Indonesian word without any lexicon entry (surface or root)
//! occurs, how often each English lemma occurs, and how often they occur
//! together. [`Learner::lexicon`] keeps, for each such Indonesian word, the
//! English lemmas with the best Dice coefficient when they co-occur at least
//! [`LearnParams::min_count`] times with Dice at least
//! [`LearnParams::min_dice`], and only when one English lemma is best.
//! English lemmas that a known Indonesian word of the bead already
//! translates are not counted (competitive linking). Names (capitalized words), numbers and
//! one-letter words are not learned; counts are kept in ordered maps so the
//! result does not depend on feeding threads. Nothing here reads or writes
//! files.

use std::collections::{BTreeMap, BTreeSet};

use super::PairAlignment;
use crate::lexicon::Lexicon;
use crate::morph;
use crate::text::Document;

/// Thresholds of the learner.
#[derive(Debug, Clone, Copy)]
pub struct LearnParams {
    /// Only beads at least this similar teach (confident alignments).
    pub min_bead_score: f32,
    /// Beads in which the two words must occur together.
    pub min_count: u32,
    /// Minimum Dice coefficient of the pair.
    pub min_dice: f32,
}

impl Default for LearnParams {
    fn default() -> Self {
        LearnParams {
            min_bead_score: 0.35,
            min_count: 2,
            min_dice: 0.5,
        }
    }
}

/// Co-occurrence counts over confident beads.
#[derive(Debug, Default, Clone)]
pub struct Learner {
    id_count: BTreeMap<String, u32>,
    en_count: BTreeMap<String, u32>,
    pair_count: BTreeMap<(String, String), u32>,
    beads: u64,
}

/// Unknown Indonesian words of sentences `ids` (lowercase surface forms).
fn unknown_id_words(doc: &Document, ids: &[usize], lex: &Lexicon) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for &s in ids {
        for t in &doc.tokens[doc.sentences[s].tokens.clone()] {
            let w = t.lower.as_str();
            if !t.is_word()
                || t.capitalized
                || w.chars().count() < 2
                || !w.chars().all(char::is_alphabetic)
            {
                continue;
            }
            let known = !lex.lookup(w).is_empty()
                || morph::id_roots(w).iter().any(|r| !lex.lookup(r).is_empty());
            if !known {
                out.insert(w.to_owned());
            }
        }
    }
    out
}

/// English lemmas of sentences `ens`, names and numbers left out.
fn en_lemmas(doc: &Document, ens: &[usize]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for &s in ens {
        for t in &doc.tokens[doc.sentences[s].tokens.clone()] {
            let w = t.lower.as_str();
            if t.is_word()
                && !t.capitalized
                && w.chars().count() >= 2
                && w.chars().all(char::is_alphabetic)
            {
                out.insert(morph::lemma_en(w));
            }
        }
    }
    out
}

/// English lemmas that the lexicon gives for the known Indonesian words
/// of sentences `ids` (surface forms and roots).
fn explained_lemmas(doc: &Document, ids: &[usize], lex: &Lexicon) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for &s in ids {
        for t in &doc.tokens[doc.sentences[s].tokens.clone()] {
            if !t.is_word() {
                continue;
            }
            let w = t.lower.as_str();
            let mut keys = vec![w.to_owned()];
            keys.extend(morph::id_roots(w));
            for k in keys {
                for (e, _) in lex.lookup(&k) {
                    out.extend(e.split(' ').map(morph::lemma_en));
                }
            }
        }
    }
    out
}

impl Learner {
    /// Counts the confident beads of one aligned pair.
    pub fn add(&mut self, a: &PairAlignment, lex: &Lexicon, p: &LearnParams) {
        for b in &a.beads {
            if b.id.is_empty() || b.en.is_empty() || b.score < p.min_bead_score {
                continue;
            }
            let ids = unknown_id_words(&a.id, &b.id, lex);
            // English words that a known Indonesian word of the bead
            // already translates are taken (competitive linking).
            let explained = explained_lemmas(&a.id, &b.id, lex);
            let ens: BTreeSet<String> = en_lemmas(&a.en, &b.en)
                .into_iter()
                .filter(|e| !explained.contains(e))
                .collect();
            self.beads += 1;
            for e in &ens {
                *self.en_count.entry(e.clone()).or_default() += 1;
            }
            for i in &ids {
                *self.id_count.entry(i.clone()).or_default() += 1;
                for e in &ens {
                    *self.pair_count.entry((i.clone(), e.clone())).or_default() += 1;
                }
            }
        }
    }

    /// Adds another learner's counts (for parallel counting).
    pub fn merge(&mut self, other: Learner) {
        for (k, v) in other.id_count {
            *self.id_count.entry(k).or_default() += v;
        }
        for (k, v) in other.en_count {
            *self.en_count.entry(k).or_default() += v;
        }
        for (k, v) in other.pair_count {
            *self.pair_count.entry(k).or_default() += v;
        }
        self.beads += other.beads;
    }

    /// Beads counted so far.
    pub fn beads(&self) -> u64 {
        self.beads
    }

    /// The learned word pairs, weighted by their Dice coefficient.
    pub fn lexicon(&self, p: &LearnParams) -> Lexicon {
        let mut best: BTreeMap<&str, (f32, Vec<&str>)> = BTreeMap::new();
        for ((i, e), &n) in &self.pair_count {
            if n < p.min_count {
                continue;
            }
            let dice = 2.0 * n as f32 / (self.id_count[i] + self.en_count[e]) as f32;
            if dice < p.min_dice {
                continue;
            }
            let slot = best.entry(i.as_str()).or_insert((0.0, Vec::new()));
            if dice > slot.0 + 1e-6 {
                *slot = (dice, vec![e.as_str()]);
            } else if (dice - slot.0).abs() <= 1e-6 {
                slot.1.push(e.as_str());
            }
        }
        let mut lex = Lexicon::default();
        // A tie for the best English word leaves the Indonesian one unlearned.
        for (i, (dice, ens)) in best {
            if let [e] = ens.as_slice() {
                lex.insert(i.to_owned(), (*e).to_owned(), dice);
            }
        }
        lex
    }
}

/// The learned lexicon as the TSV that `--lexicon` reads
/// (`indonesian<TAB>english<TAB>weight<TAB>source`).
pub fn to_tsv(lex: &Lexicon) -> String {
    let mut out =
        String::from("# kutip self-trained lexicon: indonesian\tenglish\tweight\tsource\n");
    for (id, en, w) in lex.sorted_entries() {
        out.push_str(&format!("{id}\t{en}\t{w:.3}\tlearned\n"));
    }
    out
}
