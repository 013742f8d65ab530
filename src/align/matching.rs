//! Quote matching: each Indonesian quote to the English words it translates.
//!
//! Candidates are the English quotes, the English sentences, and runs of
//! them (two or three consecutive sentences, two neighbouring quotes), so
//! that a quote of several English sentences is found whole and one
//! Indonesian quote may cover two English quotes. A candidate scores by how
//! much of the Indonesian quote its words cover (weighted 0.65) and how much
//! of it the quote covers (0.35), plus a bonus when the sentence alignment
//! put both in one bead (a moved paragraph is a bead too) and when both
//! speakers name one person. A quote whose sentence the sentence
//! alignment left one-sided may take English words of the beads next to
//! it (without the bonus), since its English often sits merged in a
//! neighbour's sentence.
//!
//! Matching is greedy, best first, over the parts of the English text each
//! quote translates: a sentence or a run of sentences is narrowed to the
//! words the quote covers, so two Indonesian quotes may take two parts of
//! one English sentence; clauses at the edges of a narrowed span that the
//! quote barely translates are left out. An English quote is claimed whole; when a second
//! Indonesian quote translates another part of it, both are narrowed to
//! their parts. A run is not taken over a part that another quote, still
//! without a source, translates better on its own. Nothing here writes rows.

use super::candidates::{CandidateIndex, SpanSet};

use super::{AlignParams, Setup};
use crate::lexicon::names;
use crate::text::{Document, NormSpan};
use crate::wordmatch::similarity::{PairIndex, Segment};

/// An English span a quote may translate.
pub(super) struct Candidate {
    pub span: NormSpan,
    /// The English sentences it lies in.
    pub sentences: std::ops::Range<usize>,
    /// The English quotes it is made of (empty for sentences).
    pub quotes: Vec<usize>,
}

/// The English part chosen for one Indonesian quote.
#[derive(Debug, Clone, Copy)]
pub(super) struct Choice {
    pub candidate: usize,
    pub score: f32,
    /// The words it translates: the candidate, narrowed to what the quote
    /// covers unless it is an English quote taken whole.
    pub span: NormSpan,
}

/// The outcome of matching.
pub(super) struct Matching {
    pub candidates: Vec<Candidate>,
    pub choices: Vec<Option<Choice>>,
    /// Every scored (score, candidate) of each quote.
    pub scored: Vec<Vec<(f32, usize)>>,
}

impl Matching {
    /// The best score of quote `q` among candidates outside `span`.
    pub fn best_other(&self, q: usize, span: Option<NormSpan>) -> f32 {
        self.scored[q]
            .iter()
            .filter(|(_, c)| span.is_none_or(|sp| !sp.overlaps(self.candidates[*c].span)))
            .map(|(s, _)| *s)
            .fold(0.0f32, f32::max)
    }

    /// The English spans claimed by matched quotes.
    pub fn claimed(&self) -> SpanSet {
        let mut set = SpanSet::default();
        for c in self.choices.iter().flatten() {
            if !set.overlaps(c.span) {
                set.insert(c.span);
            }
        }
        set
    }
}

pub(super) fn types_in(
    index: &PairIndex,
    doc: &Document,
    span: NormSpan,
    id_side: bool,
) -> Segment {
    let toks = doc.tokens_in(span);
    Segment::new(if id_side {
        index.id_types(toks)
    } else {
        index.en_types(toks)
    })
}

/// Narrows `span` of `doc` to the words that the other side's `other`
/// words translate (first to last such word); `span` itself when none does.
pub(super) fn trim_to_cover(
    index: &PairIndex,
    doc: &Document,
    span: NormSpan,
    other: &Segment,
    id_side: bool,
) -> NormSpan {
    let covered = |k: usize| {
        if id_side {
            index.id_best_in(index.id_type[k], other) >= 0.5
        } else {
            index.en_best_in(index.en_type[k], other) >= 0.5
        }
    };
    let kept = covered_clauses(index, doc, span, &covered, id_side);
    let hit: Vec<usize> = doc
        .tokens_in(kept)
        .filter(|&k| doc.tokens[k].is_word() && covered(k))
        .collect();
    match (hit.first(), hit.last()) {
        (Some(&a), Some(&b)) => NormSpan::new(doc.tokens[a].span.start, doc.tokens[b].span.end),
        _ => span,
    }
}

/// Least share of a clause's informative words (by weight) that the other
/// side must translate for the clause to stay at an edge of a narrowed span.
const MIN_EDGE_CLAUSE_COVER: f32 = 0.25;

/// `span` without the clauses at its edges (parts between `,` `;` `:` `—`
/// `–` and brackets) that the other side barely translates: a sentence
/// that ends with a clause of its own (`…, adding that …`) is not narrowed
/// over it because one of its words matches. `span` itself when no clause
/// is covered.
fn covered_clauses(
    index: &PairIndex,
    doc: &Document,
    span: NormSpan,
    covered: &dyn Fn(usize) -> bool,
    id_side: bool,
) -> NormSpan {
    let weight = |k: usize| {
        let t = if id_side {
            index.id_type_of(k).map(|t| index.id_type_weight(t))
        } else {
            index.en_type_of(k).map(|t| index.en_type_weight(t))
        };
        t.unwrap_or(0.0)
    };
    // (first token, last token, covered weight, weight) of each clause.
    let mut clauses: Vec<(usize, usize, f32, f32)> = Vec::new();
    let mut open: Option<(usize, usize, f32, f32)> = None;
    for k in doc.tokens_in(span) {
        let tok = &doc.tokens[k];
        if !tok.is_word() {
            let text = doc.slice(tok.span);
            if matches!(text, "," | ";" | ":" | "—" | "–" | "(" | ")") {
                clauses.extend(open.take());
            }
            continue;
        }
        let w = weight(k);
        let c = open.get_or_insert((k, k, 0.0, 0.0));
        c.1 = k;
        c.3 += w;
        if covered(k) {
            c.2 += w;
        }
    }
    clauses.extend(open);
    let kept = |c: &(usize, usize, f32, f32)| c.3 > 0.0 && c.2 >= MIN_EDGE_CLAUSE_COVER * c.3;
    let (Some(first), Some(last)) = (
        clauses.iter().position(kept),
        clauses.iter().rposition(kept),
    ) else {
        return span;
    };
    NormSpan::new(
        doc.tokens[clauses[first].0].span.start,
        doc.tokens[clauses[last].1].span.end,
    )
}

/// The English quotes, the sentences, and runs of two or three sentences
/// and of two neighbouring quotes.
fn candidates(s: &Setup) -> Vec<Candidate> {
    let en = s.en;
    let mut out: Vec<Candidate> = Vec::new();
    let quotes = &s.en_quotes.quotes;
    for (k, q) in quotes.iter().enumerate() {
        let last = en
            .sentence_at(q.span.end.saturating_sub(1))
            .unwrap_or(q.sentence);
        out.push(Candidate {
            span: q.span,
            sentences: q.sentence..last + 1,
            quotes: vec![k],
        });
    }
    for k in 1..quotes.len() {
        let (a, b) = (&quotes[k - 1], &quotes[k]);
        if b.sentence <= a.sentence + 2 && a.span.end <= b.span.start {
            let last = en
                .sentence_at(b.span.end.saturating_sub(1))
                .unwrap_or(b.sentence);
            out.push(Candidate {
                span: NormSpan::new(a.span.start, b.span.end),
                sentences: a.sentence..last + 1,
                quotes: vec![k - 1, k],
            });
        }
    }
    let n = en.sentences.len();
    for len in 1..=3 {
        for first in 0..n.saturating_sub(len - 1) {
            let last = first + len - 1;
            // Runs stay inside a paragraph.
            if en.sentences[first].paragraph != en.sentences[last].paragraph {
                continue;
            }
            out.push(Candidate {
                span: NormSpan::new(en.sentences[first].span.start, en.sentences[last].span.end),
                sentences: first..last + 1,
                quotes: Vec::new(),
            });
        }
    }
    out
}

/// For each candidate that is a run, the candidates of its parts (each
/// English quote of a quote pair, each sentence of a sentence run); empty
/// for a single quote or sentence.
fn run_parts(cands: &[Candidate]) -> Vec<Vec<usize>> {
    let mut quote_cand: std::collections::HashMap<usize, usize> = Default::default();
    let mut sentence_cand: std::collections::HashMap<usize, usize> = Default::default();
    for (ci, c) in cands.iter().enumerate() {
        if c.quotes.len() == 1 {
            quote_cand.entry(c.quotes[0]).or_insert(ci);
        } else if c.quotes.is_empty() && c.sentences.len() == 1 {
            sentence_cand.entry(c.sentences.start).or_insert(ci);
        }
    }
    cands
        .iter()
        .map(|c| {
            if c.quotes.len() > 1 {
                c.quotes
                    .iter()
                    .filter_map(|k| quote_cand.get(k).copied())
                    .collect()
            } else if c.quotes.is_empty() && c.sentences.len() > 1 {
                c.sentences
                    .clone()
                    .filter_map(|k| sentence_cand.get(&k).copied())
                    .collect()
            } else {
                Vec::new()
            }
        })
        .collect()
}

/// English spans claimed so far, none overlapping another, each with the
/// quote that claimed it.
#[derive(Default)]
struct Claims {
    by_start: std::collections::BTreeMap<usize, (usize, usize)>,
}

impl Claims {
    /// The quotes whose claims overlap `span`.
    fn holders(&self, span: NormSpan) -> Vec<usize> {
        let mut out = Vec::new();
        for (&start, &(end, q)) in self.by_start.range(..span.end.max(span.start + 1)).rev() {
            if end <= span.start && start < span.start {
                break;
            }
            if NormSpan::new(start, end).overlaps(span)
                || (span.is_empty() && start <= span.start && span.start < end)
            {
                out.push(q);
            }
        }
        out
    }

    fn insert(&mut self, span: NormSpan, quote: usize) {
        self.by_start.insert(span.start, (span.end, quote));
    }
}

/// Share of each part of a run (each quote or sentence) that the quote
/// must cover.
const MIN_PART_COVERAGE: f32 = 0.35;

/// Whether the quote of words `qt` covers every part of candidate `c`;
/// `parts` are the candidates of its parts ([`run_parts`]), whose words
/// `cand_types` holds.
fn parts_covered(
    parts: &[usize],
    cand_types: &[Segment],
    qt: &Segment,
    s: &Setup,
    en_best: &mut EnBestInQuote,
) -> bool {
    parts
        .iter()
        .all(|&pc| en_best.coverage(s.index, &cand_types[pc], qt) >= MIN_PART_COVERAGE)
}

/// The best match score of each English word type with any word of one
/// quote, computed once per type: the candidates of a quote overlap, and
/// the best match of a word into the quote does not depend on the
/// candidate it stands in.
struct EnBestInQuote {
    /// By English type; NaN until computed.
    best: Vec<f32>,
    /// The types computed for the current quote.
    touched: Vec<u32>,
}

impl EnBestInQuote {
    fn new(en_types: usize) -> EnBestInQuote {
        EnBestInQuote {
            best: vec![f32::NAN; en_types],
            touched: Vec::new(),
        }
    }

    /// Forgets the scores of the previous quote.
    fn clear(&mut self) {
        for t in self.touched.drain(..) {
            self.best[t as usize] = f32::NAN;
        }
    }

    /// How much of the English words `en` the quote `quote` covers: the
    /// English coverage of [`PairIndex::segment_coverages`], with the
    /// same sums in the same order.
    fn coverage(&mut self, index: &PairIndex, en: &Segment, quote: &Segment) -> f32 {
        let mut total = 0.0;
        let mut got = 0.0;
        for &t in &en.types {
            let w = index.en_weight[t as usize];
            total += w;
            let mut best = self.best[t as usize];
            if best.is_nan() {
                best = quote.best_score(index.en_word_matches(t));
                self.best[t as usize] = best;
                self.touched.push(t);
            }
            got += w * best;
        }
        if total > 0.0 { got / total } else { 0.0 }
    }
}

/// Matches the Indonesian quotes of `s` to English candidates.
pub(super) fn match_quotes(s: &Setup, p: &AlignParams, related: bool) -> Matching {
    let (index, id, en) = (s.index, s.id, s.en);
    let cands = candidates(s);
    let cand_types: Vec<Segment> = cands
        .iter()
        .map(|c| types_in(index, en, c.span, false))
        .collect();
    let quote_types: Vec<Segment> = s
        .id_quotes
        .quotes
        .iter()
        .map(|q| types_in(index, id, q.span, true))
        .collect();
    let speaker_keys =
        |ex: &crate::quote::Extraction| -> Vec<Option<std::rc::Rc<names::NameKeys>>> {
            ex.quotes
                .iter()
                .map(|q| q.speaker.as_deref().map(names::keys_of))
                .collect()
        };
    let id_speakers = speaker_keys(s.id_quotes);
    let en_speakers = speaker_keys(s.en_quotes);
    // Whether two speakers' names name one person, by their keys (one
    // `Rc` per name, held above): a speaker speaks many quotes, and each
    // English quote stands in several candidates.
    let mut same_person: rustc_hash::FxHashMap<
        (*const names::NameKeys, *const names::NameKeys),
        bool,
    > = Default::default();
    let cand_sentence: Vec<usize> = cands.iter().map(|c| c.sentences.start).collect();
    let cand_index = CandidateIndex::new(
        &cand_types,
        &cand_sentence,
        en.sentences.len(),
        index.en_weight.len(),
        s.id_quotes.quotes.len(),
    );
    let parts = run_parts(&cands);
    let bead_en: Vec<Vec<usize>> = s.beads.iter().map(|b| b.en.clone()).collect();
    let mut seen = vec![false; cands.len()];
    let mut en_best = EnBestInQuote::new(index.en_weight.len());
    // (score, quote, candidate, on the quote's bead or, for a one-sided
    // sentence, on a bead next to it)
    let mut all: Vec<(f32, usize, usize, bool)> = Vec::new();
    let mut scored: Vec<Vec<(f32, usize)>> = vec![Vec::new(); s.id_quotes.quotes.len()];
    for (qi, q) in s.id_quotes.quotes.iter().enumerate() {
        let qt = &quote_types[qi];
        let q_bead = s.bead_of_id.get(q.sentence).copied().flatten();
        en_best.clear();
        for ci in cand_index.of(index, qt, q_bead, &bead_en, &mut seen) {
            let c = &cands[ci];
            // A run is a candidate only when the quote translates each of
            // its parts: a run must not win on one part's words alone.
            if !parts_covered(&parts[ci], &cand_types, qt, s, &mut en_best) {
                continue;
            }
            let cov_id = index.id_segment_coverage(&[qt], &[&cand_types[ci]]);
            let cov_en = en_best.coverage(index, &cand_types[ci], qt);
            let mut sc = 0.65 * cov_id + 0.35 * cov_en;
            let on_bead = q_bead.is_some()
                && c.sentences
                    .clone()
                    .any(|e| s.bead_of_en.get(e).copied().flatten() == q_bead);
            if on_bead {
                sc += p.bead_bonus;
            }
            // A quote of a one-sided sentence may take English words of
            // the beads around it, without the bonus.
            let near_bead = !on_bead
                && s.beads_near_id.get(q.sentence).is_some_and(|near| {
                    c.sentences.clone().any(|e| {
                        let b = s.bead_of_en.get(e).copied().flatten();
                        b.is_some() && near.contains(&b)
                    })
                });
            let same_speaker = id_speakers[qi].as_ref().is_some_and(|id_name| {
                c.quotes.iter().any(|&eq| {
                    en_speakers[eq].as_ref().is_some_and(|en_name| {
                        *same_person
                            .entry((std::rc::Rc::as_ptr(id_name), std::rc::Rc::as_ptr(en_name)))
                            .or_insert_with(|| {
                                id_name.similarity(en_name) >= names::SAME_PERSON_MIN_SIMILARITY
                            })
                    })
                })
            });
            if same_speaker {
                sc += p.speaker_bonus;
            }
            let sc = sc.min(1.0);
            all.push((sc, qi, ci, on_bead || near_bead));
            scored[qi].push((sc, ci));
        }
    }
    let allowed = |sc: f32, on_bead: bool| related && (on_bead || sc >= p.min_score_off_bead);
    all.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let part = |qi: usize, ci: usize| -> NormSpan {
        if cands[ci].quotes.is_empty() {
            trim_to_cover(index, en, cands[ci].span, &quote_types[qi], false)
        } else {
            cands[ci].span
        }
    };
    let mut taken = Claims::default();
    let mut choices: Vec<Option<Choice>> = vec![None; s.id_quotes.quotes.len()];
    let id_spans: Vec<NormSpan> = s.id_quotes.quotes.iter().map(|q| q.span).collect();
    // A report nested in another (`X said authorities told people not to
    // …`) translates part of what the outer one translates.
    let nested =
        |a: usize, b: usize| id_spans[a].contains(id_spans[b]) || id_spans[b].contains(id_spans[a]);
    // For each candidate that is part of a run: the quotes allowed to take
    // it with at least the threshold, best first.
    let mut is_part = vec![false; cands.len()];
    parts.iter().flatten().for_each(|&pc| is_part[pc] = true);
    let mut part_takers: rustc_hash::FxHashMap<usize, Vec<(f32, usize)>> = Default::default();
    for &(sc, qi, ci, on_bead) in &all {
        if is_part[ci] && sc >= p.min_score && allowed(sc, on_bead) {
            part_takers.entry(ci).or_default().push((sc, qi));
        }
    }
    let score_on = |qi: usize, pc: usize| -> f32 {
        part_takers
            .get(&pc)
            .and_then(|v| v.iter().find(|&&(_, q)| q == qi))
            .map_or(0.0, |&(sc, _)| sc)
    };
    for &(sc, qi, ci, on_bead) in &all {
        if sc < p.min_score {
            break;
        }
        if !allowed(sc, on_bead) || choices[qi].is_some() {
            continue;
        }
        // A run is not taken over a part that another quote, still
        // without a source, translates better on its own: that quote
        // takes the part, and this one the rest.
        let part_better_elsewhere = parts[ci].iter().any(|&pc| {
            let own = score_on(qi, pc);
            part_takers.get(&pc).is_some_and(|takers| {
                takers
                    .iter()
                    .take_while(|&&(sc, _)| sc > own)
                    .any(|&(_, o)| o != qi && choices[o].is_none())
            })
        });
        if part_better_elsewhere {
            continue;
        }
        let span = part(qi, ci);
        let holders = taken.holders(span);
        if !holders.iter().all(|&h| nested(h, qi)) {
            continue;
        }
        choices[qi] = Some(Choice {
            candidate: ci,
            score: sc,
            span,
        });
        if holders.is_empty() {
            taken.insert(span, qi);
        }
    }
    share_english_quotes(s, p, &cands, &quote_types, &all, &mut choices, related);
    share_restated_sources(s, p, &cands, &quote_types, &all, &mut choices, related);
    Matching {
        candidates: cands,
        choices,
        scored,
    }
}

/// A quote left without a source whose best candidate is an English quote
/// another Indonesian quote took whole: when the two translate disjoint
/// parts of it, each takes its part (`The minister said the talks were
/// useful and that Jakarta was waiting …` split into two Indonesian quotes).
fn share_english_quotes(
    s: &Setup,
    p: &AlignParams,
    cands: &[Candidate],
    quote_types: &[Segment],
    all: &[(f32, usize, usize, bool)],
    choices: &mut [Option<Choice>],
    related: bool,
) {
    if !related {
        return;
    }
    let (index, en) = (s.index, s.en);
    for &(sc, qi, ci, on_bead) in all {
        if sc < p.min_score {
            break;
        }
        if choices[qi].is_some()
            || cands[ci].quotes.is_empty()
            || !(on_bead || sc >= p.min_score_off_bead)
        {
            continue;
        }
        // The quote that holds this English quote.
        let Some(other) = (0..choices.len())
            .find(|&o| choices[o].is_some_and(|c| c.span.overlaps(cands[ci].span)))
        else {
            continue;
        };
        let Some(held) = choices[other] else { continue };
        let mine = trim_to_cover(index, en, cands[ci].span, &quote_types[qi], false);
        let theirs = trim_to_cover(index, en, held.span, &quote_types[other], false);
        if mine.overlaps(theirs) || mine == cands[ci].span {
            continue;
        }
        let clash = choices
            .iter()
            .enumerate()
            .any(|(o, c)| o != other && c.is_some_and(|c| c.span.overlaps(mine)));
        if clash {
            continue;
        }
        choices[other] = Some(Choice {
            span: theirs,
            ..held
        });
        choices[qi] = Some(Choice {
            candidate: ci,
            score: sc,
            span: mine,
        });
    }
}

/// Share of an Indonesian quote's informative words that another quote of
/// the same article must hold for the two to say the same thing.
const MIN_RESTATED_SHARE: f32 = 0.5;

/// Share of quote `a`'s informative words (by weight) that quote `b` holds.
/// The matched quotes (by `holders`, the quotes that hold each word type)
/// that may hold [`MIN_RESTATED_SHARE`] of the word weight of `a`, in
/// order: those holding one of a set of `a`'s types (the rarest first)
/// that weighs more than the rest of `a` with a margin for rounding. A
/// quote holding none of them holds less than the share, so only these
/// are compared with `a`, not every matched quote of a long article.
fn restating_candidates(index: &PairIndex, a: &Segment, holders: &[Vec<usize>]) -> Vec<usize> {
    let mut weights: Vec<(u32, f32)> = a
        .types
        .iter()
        .map(|&t| (t, index.id_type_weight(t)))
        .collect();
    let total: f32 = weights.iter().map(|&(_, w)| w).sum();
    if total <= 0.0 {
        return Vec::new();
    }
    // One entry per type, with the weight of all its occurrences.
    weights.sort_by_key(|&(t, _)| t);
    weights.dedup_by(|(t, w), (kept_t, kept_w)| {
        let same = t == kept_t;
        if same {
            *kept_w += *w;
        }
        same
    });
    let held_by = |t: u32| holders.get(t as usize).map_or(&[][..], Vec::as_slice);
    weights.sort_by_key(|&(t, _)| held_by(t).len());
    let needed = (1.0 - MIN_RESTATED_SHARE) * total * 1.001;
    let mut out = Vec::new();
    let mut weight = 0.0f32;
    for (t, w) in weights {
        out.extend_from_slice(held_by(t));
        weight += w;
        if weight > needed {
            break;
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn restated_share(index: &PairIndex, a: &Segment, b: &Segment) -> f32 {
    let total: f32 = a.types.iter().map(|&t| index.id_type_weight(t)).sum();
    if total <= 0.0 {
        return 0.0;
    }
    let shared: f32 = a
        .types
        .iter()
        .filter(|&&t| b.contains(t))
        .map(|&t| index.id_type_weight(t))
        .sum();
    shared / total
}

/// A quote left without a source that restates another Indonesian quote
/// (a lead that the body repeats: `Kerajaan Thailand telah mendukungnya
/// secara resmi` and, a paragraph later, `Kerajaan Thailand telah
/// mendukungnya untuk menjalankan pemerintahan`) translates the English
/// words the other one took: it takes its own part of them, so both rows
/// are `matched`. The other quote's match vouches for the English words,
/// so the candidate needs only the least score, on the bead or not.
fn share_restated_sources(
    s: &Setup,
    p: &AlignParams,
    cands: &[Candidate],
    quote_types: &[Segment],
    all: &[(f32, usize, usize, bool)],
    choices: &mut [Option<Choice>],
    related: bool,
) {
    if !related {
        return;
    }
    let (index, en) = (s.index, s.en);
    // The matched quotes that hold each Indonesian word type.
    let mut holders: Vec<Vec<usize>> = vec![Vec::new(); index.id_weight.len()];
    for (o, qt) in quote_types.iter().enumerate() {
        if choices[o].is_some() {
            let mut types = qt.types.clone();
            types.sort_unstable();
            types.dedup();
            for t in types {
                if let Some(h) = holders.get_mut(t as usize) {
                    h.push(o);
                }
            }
        }
    }
    // For each quote without a source, the matched quotes it restates.
    let restated: Vec<Vec<usize>> = (0..choices.len())
        .map(|qi| {
            if choices[qi].is_some() {
                return Vec::new();
            }
            restating_candidates(index, &quote_types[qi], &holders)
                .into_iter()
                .filter(|&o| {
                    choices[o].is_some()
                        && restated_share(index, &quote_types[qi], &quote_types[o])
                            >= MIN_RESTATED_SHARE
                })
                .collect()
        })
        .collect();
    if restated.iter().all(Vec::is_empty) {
        return;
    }
    for &(sc, qi, ci, _) in all {
        if sc < p.min_score {
            break;
        }
        // Its part of the other quote's English is a sentence or a run
        // of them, narrowed: an English quote of several sentences would
        // be narrowed over words that match anywhere.
        if choices[qi].is_some() || restated[qi].is_empty() || !cands[ci].quotes.is_empty() {
            continue;
        }
        let mine = trim_to_cover(index, en, cands[ci].span, &quote_types[qi], false);
        let held = restated[qi]
            .iter()
            .any(|&o| choices[o].is_some_and(|c| c.span.overlaps(mine)));
        if held {
            choices[qi] = Some(Choice {
                candidate: ci,
                score: sc,
                span: mine,
            });
        }
    }
}
