//! Alignment of one article pair, in stages, each a function named for
//! what it does ([`align_pair`] runs them in order):
//! 1. sentences: a monotone alignment, then moved blocks ([`sentences`]);
//! 2. quotes of each side ([`crate::quote`]);
//! 3. relatedness: whether the two articles report one story ([`related`]);
//!    unrelated articles match nothing and say so;
//! 4. quote matching: each Indonesian quote to the English words it
//!    translates, with splits and merges ([`matching`]);
//! 5. recovery: English quotes nothing claims, looked for in the whole
//!    Indonesian text ([`recover`]);
//! 6. records: matched, unsourced and omitted rows ([`crate::record`]).
//!
//! Input is two texts and a lexicon; output keeps spans of the normalized
//! texts. This module reads no files and writes no rows.

mod candidates;
mod matching;
mod recover;
pub mod related;
pub mod selftrain;
pub mod sentences;

use crate::lexicon::{Lexicon, names};
use crate::quote::{Extraction, extract_quotes};
pub use crate::record::{PairAlignment, QuotePair, Status};
use crate::text::Document;
use crate::text::spans::SpanIndex;
pub use crate::wordmatch::{PairIndex, Segment, similarity, words};
use matching::Matching;
pub use related::{RelatedParams, Relatedness};
pub use sentences::{Bead, SentenceParams, align_sentences};

/// Tunable parameters of the quote alignment.
#[derive(Debug, Clone, Copy)]
pub struct AlignParams {
    pub sentences: SentenceParams,
    /// A quote whose best candidate scores below this is `unsourced`
    /// (chosen on the dev pairs: see README, "Accuracy").
    pub min_score: f32,
    /// Added when the candidate's sentence is aligned with the quote's sentence.
    pub bead_bonus: f32,
    /// Added when both speakers name the same person.
    pub speaker_bonus: f32,
    /// A candidate outside the quote's sentence bead needs at least this score.
    pub min_score_off_bead: f32,
    /// When the articles are taken as related ([`related`]).
    pub related: RelatedParams,
    /// An English quote nothing claims is recovered from Indonesian
    /// sentences that translate it at least this well.
    pub min_recover_score: f32,
}

impl Default for AlignParams {
    fn default() -> Self {
        AlignParams {
            sentences: SentenceParams::default(),
            min_score: 0.30,
            bead_bonus: 0.10,
            speaker_bonus: 0.05,
            min_score_off_bead: 0.65,
            related: RelatedParams::default(),
            min_recover_score: 0.7,
        }
    }
}

/// The speakers of a matched pair. The Indonesian speaker is what the
/// Indonesian text says, so that a real change of speaker stays visible; the
/// English side is evidence only:
/// - when the Indonesian speaker came from a pronoun, a clitic or the
///   previous quote (not named in the frame) and the English names a person
///   the Indonesian article also names, that person speaks;
/// - when both sides name the same person, one spelling (the English
///   source's) is shown on both.
fn canonical_speakers(
    id: &Extraction,
    iq: usize,
    en: &Extraction,
    eq: Option<usize>,
) -> (String, String) {
    let id_q = &id.quotes[iq];
    let mut id_name = id_q.speaker.clone().unwrap_or_default();
    let Some(eq) = eq else {
        return (id_name, String::new());
    };
    let en_q = &en.quotes[eq];
    let en_name = en_q.speaker.clone().unwrap_or_default();
    let en_person = en_q.entity.is_some_and(|e| {
        let ent = &en.registry.entities[e];
        !ent.names.is_empty() && ent.kind != crate::quote::speakers::EntityKind::Institution
    });
    let is_person = |e: usize| {
        let ent = &id.registry.entities[e];
        !ent.names.is_empty() && ent.kind == crate::quote::speakers::EntityKind::Person
    };
    let mut id_entity = id_q.entity;
    if !id_q.explicit && en_person {
        // The Indonesian article's own mention of the English speaker.
        if let Some(e) = id
            .registry
            .entities
            .iter()
            .position(|ent| ent.names.iter().any(|n| names::same_person(n, &en_name)))
        {
            id_name = id.registry.entities[e].display();
            id_entity = Some(e);
        }
    }
    if id_entity.is_some_and(is_person) && en_person && names::same_person(&id_name, &en_name) {
        return (en_name.clone(), en_name);
    }
    (id_name, en_name)
}

/// What the matching stages share: both documents, their word matches,
/// the sentence beads and the quotes of each side.
pub(crate) struct Setup<'a> {
    id: &'a Document,
    en: &'a Document,
    index: &'a PairIndex,
    beads: &'a [Bead],
    id_quotes: &'a Extraction,
    en_quotes: &'a Extraction,
    /// The first two-sided bead of each Indonesian and each English sentence.
    bead_of_id: Vec<Option<usize>>,
    bead_of_en: Vec<Option<usize>>,
    /// For an Indonesian sentence of the body that the sentence alignment
    /// left one-sided, the two-sided beads of the body just before and
    /// after it (its English may lie in a neighbour's sentences, merged
    /// there); `[None, None]` for the others.
    beads_near_id: Vec<[Option<usize>; 2]>,
}

impl<'a> Setup<'a> {
    fn new(
        id: &'a Document,
        en: &'a Document,
        index: &'a PairIndex,
        beads: &'a [Bead],
        id_quotes: &'a Extraction,
        en_quotes: &'a Extraction,
    ) -> Setup<'a> {
        let mut bead_of_en: Vec<Option<usize>> = vec![None; en.sentences.len()];
        let mut bead_of_id: Vec<Option<usize>> = vec![None; id.sentences.len()];
        for (b, bead) in beads.iter().enumerate() {
            if bead.id.is_empty() || bead.en.is_empty() {
                continue;
            }
            for &s in &bead.en {
                if let Some(slot @ None) = bead_of_en.get_mut(s) {
                    *slot = Some(b);
                }
            }
            for &s in &bead.id {
                if let Some(slot @ None) = bead_of_id.get_mut(s) {
                    *slot = Some(b);
                }
            }
        }
        let mut beads_near_id: Vec<[Option<usize>; 2]> = vec![[None; 2]; id.sentences.len()];
        // Two headlines are paired whatever they say: their bead tells
        // nothing about the body sentences next to it.
        let headlines = sentences::is_headline(id) && sentences::is_headline(en);
        let body = |b: &Bead| !(headlines && b.id.first() == Some(&0));
        let two_sided = |b: &Bead| !b.id.is_empty() && !b.en.is_empty() && body(b);
        let mut previous = None;
        for (b, bead) in beads.iter().enumerate() {
            if two_sided(bead) {
                previous = Some(b);
                continue;
            }
            if !body(bead) {
                continue;
            }
            let next = beads[b + 1..].iter().position(two_sided).map(|k| b + 1 + k);
            for &i in &bead.id {
                if let Some(slot) = beads_near_id.get_mut(i)
                    && bead_of_id.get(i).copied().flatten().is_none()
                {
                    *slot = [previous, next];
                }
            }
        }
        Setup {
            id,
            en,
            index,
            beads,
            id_quotes,
            en_quotes,
            bead_of_id,
            bead_of_en,
            beads_near_id,
        }
    }
}

/// Aligns one article pair: the stages of the module doc, in order.
pub fn align_pair(id_text: &str, en_text: &str, lex: &Lexicon, p: &AlignParams) -> PairAlignment {
    let id = Document::parse(id_text, crate::lang::Lang::Id);
    let en = Document::parse(en_text, crate::lang::Lang::En);
    let index = PairIndex::new(&id, &en, lex);
    let beads = align_sentences(&id, &en, &index, &p.sentences);
    let mut id_quotes = extract_quotes(&id, lex);
    let en_quotes = extract_quotes(&en, lex);
    let relatedness = related::relatedness(&id, &index, &beads, &p.related);
    let setup = Setup::new(&id, &en, &index, &beads, &id_quotes, &en_quotes);
    let (matching, recovered) = match_and_recover(&setup, p, relatedness.related);
    let mut pairs = quote_records(&id_quotes, &en_quotes, &matching);
    recovered_records(recovered, &mut id_quotes, &en_quotes, &mut pairs);
    omitted_records(&en_quotes, &mut pairs);
    PairAlignment {
        id,
        en,
        id_quotes,
        en_quotes,
        beads,
        pairs,
        index,
        relatedness,
    }
}

/// Quote matching, then recovery of the English quotes nothing claims.
/// Unrelated articles ([`related`]) match nothing and recover nothing.
fn match_and_recover(
    setup: &Setup,
    p: &AlignParams,
    related: bool,
) -> (Matching, Vec<recover::Recovered>) {
    let matching = matching::match_quotes(setup, p, related);
    let recovered = if related {
        recover::recover_omitted(setup, &matching, p)
    } else {
        Vec::new()
    };
    (matching, recovered)
}

/// One `matched` row per recovered Indonesian quote; each quote joins the
/// Indonesian quotes of the pair.
fn recovered_records(
    recovered: Vec<recover::Recovered>,
    id_quotes: &mut Extraction,
    en_quotes: &Extraction,
    pairs: &mut Vec<QuotePair>,
) {
    for r in recovered {
        let qi = id_quotes.quotes.len();
        id_quotes.quotes.push(r.quote);
        let (id_speaker, en_speaker) =
            canonical_speakers(id_quotes, qi, en_quotes, Some(r.en_quote));
        let q = &id_quotes.quotes[qi];
        let en_span = en_quotes.quotes[r.en_quote].span;
        pairs.push(QuotePair {
            status: Status::Matched,
            kind: q.kind,
            id_span: Some(q.span),
            id_speaker,
            en_span: Some(en_span),
            en_speaker,
            score: r.score,
            margin: r.score,
            flags: Vec::new(),
        });
    }
}

/// One row per Indonesian quote: `matched` with its English part, or
/// `unsourced` with the best score it reached.
fn quote_records(id_quotes: &Extraction, en_quotes: &Extraction, m: &Matching) -> Vec<QuotePair> {
    let first_en_quote = SpanIndex::new(en_quotes.quotes.iter().map(|q| q.span));
    id_quotes
        .quotes
        .iter()
        .enumerate()
        .map(|(qi, q)| match m.choices[qi] {
            Some(c) => {
                let cand = &m.candidates[c.candidate];
                let en_quote = cand
                    .quotes
                    .first()
                    .copied()
                    .or_else(|| first_en_quote.first_overlapping(c.span));
                let (id_speaker, en_speaker) =
                    canonical_speakers(id_quotes, qi, en_quotes, en_quote);
                QuotePair {
                    status: Status::Matched,
                    kind: q.kind,
                    id_span: Some(q.span),
                    id_speaker,
                    en_span: Some(c.span),
                    en_speaker,
                    score: c.score,
                    margin: c.score - m.best_other(qi, Some(c.span)),
                    flags: Vec::new(),
                }
            }
            None => QuotePair {
                status: Status::Unsourced,
                kind: q.kind,
                id_span: Some(q.span),
                id_speaker: q.speaker.clone().unwrap_or_default(),
                en_span: None,
                en_speaker: String::new(),
                score: m.best_other(qi, None),
                margin: 0.0,
                flags: Vec::new(),
            },
        })
        .collect()
}

/// One `omitted` row per English quote that no row translates.
fn omitted_records(en_quotes: &Extraction, pairs: &mut Vec<QuotePair>) {
    let mut claimed = candidates::SpanSet::default();
    for p in pairs.iter().filter(|p| p.status == Status::Matched) {
        if let Some(s) = p.en_span
            && !claimed.overlaps(s)
        {
            claimed.insert(s);
        }
    }
    for e in &en_quotes.quotes {
        if claimed.overlaps(e.span) {
            continue;
        }
        pairs.push(QuotePair {
            status: Status::Omitted,
            kind: e.kind,
            id_span: None,
            id_speaker: String::new(),
            en_span: Some(e.span),
            en_speaker: e.speaker.clone().unwrap_or_default(),
            score: 0.0,
            margin: 0.0,
            flags: Vec::new(),
        });
    }
}
