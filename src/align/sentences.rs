//! Sentence alignment: a monotone dynamic program over beads 1-1, 1-2, 2-1,
//! 2-2, 1-0 and 0-1, scored with the pair's word matches ([`PairIndex`])
//! and a length prior fitted to the pair (the ratio of the two articles'
//! lengths).
//!
//! A bead earns its similarity minus a threshold, so a pair of unrelated
//! sentences is cheaper left as 1-0 + 0-1; a merge pays a little more. The
//! search ([`search`]) stays inside a [`window`] of cells: on an article
//! of ordinary length, a band around the diagonal; on a long one, whose
//! band would hold too many cells, a band around a path found first on
//! blocks of sentences (coarse to fine, as Vecalign does: align blocks of
//! [`SentenceParams::coarse_factor`] sentences, recursively, then search
//! within [`SentenceParams::min_band`] of the projected path). Time and
//! memory therefore grow with the articles' length, not its square. Every
//! merge is re-tested afterwards: a sentence of a merged bead that adds
//! nothing to it is split out as one-sided, so a dropped sentence shows as
//! dropped. When both articles open with a headline (`is_headline`),
//! the two headlines are one bead whatever their similarity (outlets
//! rewrite headlines freely, and a rewritten one must not pull a body
//! sentence out of place), and the rest is aligned after them.

mod search;
mod window;

use std::ops::Range;

pub use crate::record::Bead;
use crate::text::Document;
use crate::wordmatch::similarity::{PairIndex, Segment};
use search::{Costs, search};
use window::Window;

/// Tunable costs of the sentence alignment.
#[derive(Debug, Clone, Copy)]
pub struct SentenceParams {
    /// A bead must be more similar than this to beat leaving both sides out.
    pub min_similarity: f32,
    /// Extra cost of a merged bead (1-2, 2-1, 2-2).
    pub merge_cost: f32,
    /// Weight of the length prior (|log length ratio| against the pair's ratio).
    pub length_weight: f32,
    /// A sentence of a merged bead is split out when it covers less than this.
    pub merge_retest: f32,
    /// Half-width of the search band, in sentences, at least; also the
    /// margin around a path projected from blocks.
    pub min_band: usize,
    /// The largest search done in one pass over the diagonal band, in
    /// cells of the band times the mean number of words of a sentence:
    /// beyond it the path is found on blocks first. A news article is far
    /// below it (the dev pairs reach about 20,000); a 50 KB pair is above.
    /// The band's cells grow with the square of the length when the two
    /// sides differ in length, so this bound keeps that growth short.
    pub max_direct_work: usize,
    /// Sentences per block when a path is found on blocks first.
    pub coarse_factor: usize,
    /// A sentence the monotone path leaves one-sided is paired with a
    /// one-sided sentence of the other side elsewhere (a moved paragraph)
    /// when they are each other's best match with at least this similarity.
    pub moved_min_similarity: f32,
    /// At most this many one-sided sentences per side are compared for
    /// moved blocks (the comparison is all pairs of them).
    pub moved_max_sentences: usize,
}

impl Default for SentenceParams {
    fn default() -> Self {
        SentenceParams {
            min_similarity: 0.12,
            merge_cost: 0.04,
            length_weight: 0.08,
            merge_retest: 0.12,
            min_band: 12,
            max_direct_work: 1_000_000,
            coarse_factor: 8,
            moved_min_similarity: 0.45,
            moved_max_sentences: 400,
        }
    }
}

/// Word types, their weights and lengths of one side's sentences (or of
/// blocks of sentences, for the coarse search), computed once.
pub(crate) struct Side {
    segments: Vec<Segment>,
    /// The weight of each word of each sentence (as `segments[i].types`).
    weights: Vec<Vec<f32>>,
    chars: Vec<usize>,
}

impl Side {
    fn new(
        doc: &Document,
        types: impl Fn(std::ops::Range<usize>) -> Vec<u32>,
        weight: &[f32],
    ) -> Side {
        let segments: Vec<Segment> = doc
            .sentences
            .iter()
            .map(|s| Segment::new(types(s.tokens.clone())))
            .collect();
        Side {
            weights: segments
                .iter()
                .map(|s| s.types.iter().map(|&t| weight[t as usize]).collect())
                .collect(),
            segments,
            chars: doc
                .sentences
                .iter()
                .map(|s| doc.slice(s.span).chars().count())
                .collect(),
        }
    }

    fn len(&self) -> usize {
        self.segments.len()
    }

    /// Mean number of words of a segment.
    fn mean_words(&self) -> f64 {
        let words: usize = self.segments.iter().map(|s| s.types.len()).sum();
        words as f64 / self.len().max(1) as f64
    }

    /// Blocks of consecutive segments of about `target` characters each
    /// (a block ends at the first segment that reaches it), each one
    /// segment whose words are the distinct words of the block, a word's
    /// weight the sum of its weights there (the same coverage as the
    /// block's words taken one by one, in a fraction of the memory).
    /// Returns the blocks and where each starts (and the last ends).
    fn coarsen(&self, target: usize) -> (Side, Vec<usize>) {
        let mut bounds = vec![0];
        let mut chars = 0;
        for (k, &c) in self.chars.iter().enumerate() {
            chars += c;
            if chars >= target.max(1) || k + 1 == self.len() {
                bounds.push(k + 1);
                chars = 0;
            }
        }
        let blocks = bounds.len() - 1;
        let mut out = Side {
            segments: Vec::with_capacity(blocks),
            weights: Vec::with_capacity(blocks),
            chars: Vec::with_capacity(blocks),
        };
        let mut words: Vec<(u32, f32)> = Vec::new();
        for range in bounds.windows(2).map(|b| b[0]..b[1]) {
            words.clear();
            for k in range.clone() {
                words.extend(
                    self.segments[k]
                        .types
                        .iter()
                        .copied()
                        .zip(self.weights[k].iter().copied()),
                );
            }
            words.sort_by_key(|&(t, _)| t);
            let mut types: Vec<u32> = Vec::new();
            let mut weights: Vec<f32> = Vec::new();
            for &(t, w) in &words {
                if types.last() == Some(&t) {
                    if let Some(last) = weights.last_mut() {
                        *last += w;
                    }
                } else {
                    types.push(t);
                    weights.push(w);
                }
            }
            out.segments.push(Segment::new(types));
            out.weights.push(weights);
            out.chars.push(self.chars[range].iter().sum());
        }
        (out, bounds)
    }

    /// The side without its first segment.
    fn without_first(&self) -> Side {
        Side {
            segments: self.segments.iter().skip(1).cloned().collect(),
            weights: self.weights.iter().skip(1).cloned().collect(),
            chars: self.chars.iter().skip(1).copied().collect(),
        }
    }

    /// The segments of several sentences.
    fn parts(&self, idx: &[usize]) -> Vec<&Segment> {
        idx.iter().map(|&i| &self.segments[i]).collect()
    }
}

/// The beads of `ids` against `ens`, as sentence ranges: one search over
/// the diagonal band when that is small enough, else a search around the
/// path found on blocks of sentences.
fn find_beads(
    ids: &Side,
    ens: &Side,
    index: &PairIndex,
    costs: &Costs,
    p: &SentenceParams,
) -> Vec<(Range<usize>, Range<usize>)> {
    let (n, m) = (ids.len(), ens.len());
    let band = p.min_band.max(n.abs_diff(m) + p.min_band / 2);
    let factor = p.coarse_factor.max(2);
    let direct = Window::band(n, m, band);
    let work = direct.cells() as f64 * (ids.mean_words() + ens.mean_words()).max(1.0);
    if work <= p.max_direct_work as f64 || n.max(m) <= 2 * factor {
        return search(ids, ens, index, costs, &direct);
    }
    drop(direct);
    // Blocks of about `factor` Indonesian sentences, and English blocks of
    // the same length in Indonesian characters, so that the blocks of a
    // faithful translation pair off one to one along the diagonal.
    let id_chars = ids.chars.iter().sum::<usize>();
    let id_target = factor * id_chars / n.max(1);
    let en_target = (id_target as f32 / costs.ratio.max(f32::MIN_POSITIVE)) as usize;
    let (id_blocks, id_bounds) = ids.coarsen(id_target);
    let (en_blocks, en_bounds) = ens.coarsen(en_target);
    if id_blocks.len() >= n && en_blocks.len() >= m {
        // Nothing to gain from blocks (a few huge sentences).
        return search(ids, ens, index, costs, &Window::band(n, m, band));
    }
    let coarse = find_beads(&id_blocks, &en_blocks, index, costs, p);
    drop((id_blocks, en_blocks));
    let window = Window::around(&coarse, &id_bounds, &en_bounds, p.min_band);
    search(ids, ens, index, costs, &window)
}

/// Aligns the sentences of two articles.
pub fn align_sentences(
    id: &Document,
    en: &Document,
    index: &PairIndex,
    p: &SentenceParams,
) -> Vec<Bead> {
    let ids = Side::new(id, |r| index.id_types(r), &index.id_weight);
    let ens = Side::new(en, |r| index.en_types(r), &index.en_weight);
    let ratio = {
        let a = (ids.chars.iter().sum::<usize>() as f32).max(1.0);
        let b = (ens.chars.iter().sum::<usize>() as f32).max(1.0);
        a / b
    };
    let costs = Costs {
        min_similarity: p.min_similarity,
        merge_cost: p.merge_cost,
        length_weight: p.length_weight,
        ratio,
    };
    // Two headlines pair with each other, however freely one renders the
    // other; the rest of the articles is aligned after them.
    let spans = if is_headline(id) && is_headline(en) {
        let rest = find_beads(&ids.without_first(), &ens.without_first(), index, &costs, p);
        std::iter::once((0..1, 0..1))
            .chain(
                rest.into_iter()
                    .map(|(is, js)| (is.start + 1..is.end + 1, js.start + 1..js.end + 1)),
            )
            .collect()
    } else {
        find_beads(&ids, &ens, index, &costs, p)
    };
    let beads = spans
        .into_iter()
        .map(|(is, js)| {
            let is: Vec<usize> = is.collect();
            let js: Vec<usize> = js.collect();
            let score = if is.is_empty() || js.is_empty() {
                0.0
            } else {
                index.segment_similarity(&ids.parts(&is), &ens.parts(&js))
            };
            Bead {
                id: is,
                en: js,
                score,
            }
        })
        .collect();
    let beads = retest_merges(beads, &ids, &ens, index, p);
    pair_moved(beads, &ids, &ens, index, p)
}

/// Most words of a headline.
const HEADLINE_MAX_WORDS: usize = 25;

/// Whether the article opens with a headline: a first paragraph of one
/// short sentence with no sentence-final punctuation (a lead, a dek or a
/// dateline sentence ends with one).
pub(super) fn is_headline(doc: &Document) -> bool {
    let Some(first) = doc.sentences.first() else {
        return false;
    };
    let alone = doc
        .sentences
        .get(1)
        .is_none_or(|next| next.paragraph != first.paragraph);
    let words = doc.tokens[first.tokens.clone()]
        .iter()
        .filter(|t| t.is_word())
        .count();
    let text = doc.slice(first.span).trim_end();
    let last = text
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .chars()
        .next_back();
    alone
        && doc.sentences.len() > 1
        && (1..=HEADLINE_MAX_WORDS).contains(&words)
        && !matches!(
            last,
            Some('.' | '!' | '?' | ':' | ';' | ',' | '—' | '-' | '–')
        )
}

/// Pairs sentences that the monotone path left one-sided with their
/// counterparts elsewhere in the other article: outlets move paragraphs, and
/// a moved sentence is not a dropped one. Two one-sided sentences are paired
/// when each is the other's most similar one-sided sentence and their
/// similarity reaches [`SentenceParams::moved_min_similarity`]. The new 1-1
/// bead takes the place of the Indonesian sentence's 1-0 bead.
fn pair_moved(
    mut beads: Vec<Bead>,
    ids: &Side,
    ens: &Side,
    index: &PairIndex,
    p: &SentenceParams,
) -> Vec<Bead> {
    let lone_id: Vec<usize> = beads
        .iter()
        .enumerate()
        .filter(|(_, b)| b.en.is_empty() && b.id.len() == 1)
        .map(|(k, _)| k)
        .collect();
    let lone_en: Vec<usize> = beads
        .iter()
        .enumerate()
        .filter(|(_, b)| b.id.is_empty() && b.en.len() == 1)
        .map(|(k, _)| k)
        .collect();
    if lone_id.is_empty()
        || lone_en.is_empty()
        || lone_id.len() > p.moved_max_sentences
        || lone_en.len() > p.moved_max_sentences
    {
        return beads;
    }
    let sim: Vec<Vec<f32>> = lone_id
        .iter()
        .map(|&bi| {
            let a = &ids.segments[beads[bi].id[0]];
            lone_en
                .iter()
                .map(|&bj| index.segment_similarity(&[a], &[&ens.segments[beads[bj].en[0]]]))
                .collect()
        })
        .collect();
    let best_en = |i: usize| {
        (0..lone_en.len()).max_by(|&a, &b| sim[i][a].total_cmp(&sim[i][b]).then(b.cmp(&a)))
    };
    let best_id = |j: usize| {
        (0..lone_id.len()).max_by(|&a, &b| sim[a][j].total_cmp(&sim[b][j]).then(b.cmp(&a)))
    };
    let mut drop = vec![false; beads.len()];
    for i in 0..lone_id.len() {
        let Some(j) = best_en(i) else { continue };
        if sim[i][j] < p.moved_min_similarity || best_id(j) != Some(i) {
            continue;
        }
        let (bi, bj) = (lone_id[i], lone_en[j]);
        beads[bi].en = beads[bj].en.clone();
        beads[bi].score = sim[i][j];
        drop[bj] = true;
    }
    let mut k = 0;
    beads.retain(|_| {
        let keep = !drop[k];
        k += 1;
        keep
    });
    beads
}

/// Splits out of merged beads the sentences that the other side does not cover.
fn retest_merges(
    beads: Vec<Bead>,
    ids: &Side,
    ens: &Side,
    index: &PairIndex,
    p: &SentenceParams,
) -> Vec<Bead> {
    let mut out = Vec::with_capacity(beads.len());
    for b in beads {
        if b.id.len() + b.en.len() <= 2 || b.id.is_empty() || b.en.is_empty() {
            out.push(b);
            continue;
        }
        let all_id = ids.parts(&b.id);
        let all_en = ens.parts(&b.en);
        let keep_id: Vec<usize> = b
            .id
            .iter()
            .copied()
            .filter(|&x| index.id_segment_coverage(&[&ids.segments[x]], &all_en) >= p.merge_retest)
            .collect();
        let keep_en: Vec<usize> = b
            .en
            .iter()
            .copied()
            .filter(|&x| index.en_segment_coverage(&all_id, &[&ens.segments[x]]) >= p.merge_retest)
            .collect();
        if keep_id.is_empty()
            || keep_en.is_empty()
            || (keep_id.len() == b.id.len() && keep_en.len() == b.en.len())
        {
            out.push(b);
            continue;
        }
        let mut parts = vec![Bead {
            score: index.segment_similarity(&ids.parts(&keep_id), &ens.parts(&keep_en)),
            id: keep_id.clone(),
            en: keep_en.clone(),
        }];
        parts.extend(b.id.iter().filter(|x| !keep_id.contains(x)).map(|&x| Bead {
            id: vec![x],
            en: vec![],
            score: 0.0,
        }));
        parts.extend(b.en.iter().filter(|x| !keep_en.contains(x)).map(|&x| Bead {
            id: vec![],
            en: vec![x],
            score: 0.0,
        }));
        parts.sort_by_key(|q| {
            (
                q.id.first().copied().unwrap_or(usize::MAX),
                q.en.first().copied().unwrap_or(usize::MAX),
            )
        });
        out.extend(parts);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::lexicon::Lexicon;

    /// The sample pairs laid end to end, `rounds` times.
    fn samples_end_to_end(rounds: usize) -> (String, String) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/samples");
        let mut dirs: Vec<_> = std::fs::read_dir(&root)
            .expect("samples")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join("id.txt").is_file())
            .collect();
        dirs.sort();
        let (mut id, mut en) = (String::new(), String::new());
        for _ in 0..rounds {
            for d in &dirs {
                let read = |f: &str| std::fs::read_to_string(d.join(f)).expect("sample");
                id.push_str(read("id.txt").trim());
                id.push('\n');
                en.push_str(read("en.txt").trim());
                en.push('\n');
            }
        }
        (id, en)
    }

    #[test]
    fn blocks_first_finds_the_beads_of_the_direct_search() {
        let (id_text, en_text) = samples_end_to_end(6);
        let id = Document::parse(&id_text, Lang::Id);
        let en = Document::parse(&en_text, Lang::En);
        let index = PairIndex::new(&id, &en, Lexicon::embedded());
        let direct = SentenceParams {
            max_direct_work: usize::MAX,
            ..SentenceParams::default()
        };
        let by_blocks = SentenceParams {
            max_direct_work: 0,
            ..SentenceParams::default()
        };
        let a = align_sentences(&id, &en, &index, &direct);
        let b = align_sentences(&id, &en, &index, &by_blocks);
        assert!(a.len() > 400, "{} beads", a.len());
        assert_eq!(a, b);
    }

    #[test]
    fn one_side_empty_or_tiny() {
        let lex = Lexicon::embedded();
        for (i, e) in [
            ("", "One. Two."),
            ("Satu. Dua.", ""),
            ("", ""),
            ("Satu.", "One."),
        ] {
            let id = Document::parse(i, Lang::Id);
            let en = Document::parse(e, Lang::En);
            let index = PairIndex::new(&id, &en, lex);
            for work in [0, usize::MAX] {
                let p = SentenceParams {
                    max_direct_work: work,
                    ..SentenceParams::default()
                };
                let beads = align_sentences(&id, &en, &index, &p);
                let ids: usize = beads.iter().map(|b| b.id.len()).sum();
                let ens: usize = beads.iter().map(|b| b.en.len()).sum();
                assert_eq!((ids, ens), (id.sentences.len(), en.sentences.len()));
            }
        }
    }
}
