//! `cue_shift` and `direct_indirect`: how the quote is reported.
//!
//! The cue verb of each side gets its stance from the language tables
//! (`stance_cues`: `menegaskan` is emphasis, `deny` denial; plain saying has
//! none), the Indonesian verb as written or without its `-nya`, the English
//! one by lemma. Different stances are a `cue_shift`. When the English span
//! is not a quote of its own, the stance verbs of its sentence stand in.
//!
//! Quote marks (found by the extraction's own detector,
//! [`crate::quote::marks`], on both sides) are compared word by word: a
//! translated word inside quote marks on one side whose counterpart stands
//! outside them on the other. A direct quote rendered as reported speech
//! (one side quotes, the other has no quote marks in the compared words) is
//! confident; quotation marks moved to other words while both sides quote
//! (`“firm hostile policies”` against a quoted whole clause) keep the speech
//! direct and get a low confidence, unless the words quoted on one side
//! belong to a quote (balanced double marks) none of whose words is in
//! double marks on the other side: a term in single marks or a
//! scare-quoted word elsewhere (`'backyard'`, `"de-coupling"`) does not
//! make the other side quote it. Single scare-quoted words are below
//! [`super::FidelityParams::quoted_words_min`].

use super::wordalign::Assigned;
use super::{Flag, FlagKind, PairView, confidence};
use crate::lang::Stance;
use crate::morph;
use crate::text::spans::SpanIndex;
use crate::text::{Document, NormSpan};

fn id_stance(v: &PairView<'_>, cue: NormSpan) -> Option<Stance> {
    let t = v.id.lang.tables();
    let k = v.id.tokens_in(cue).next()?;
    let w = v.id.tokens.get(k)?.lower.as_str();
    t.stance_of(w)
        .or_else(|| t.strip_pronoun_clitic(w).and_then(|s| t.stance_of(s)))
}

fn en_word_stance(w: &str) -> Option<Stance> {
    let t = crate::lang::Lang::En.tables();
    t.stance_of(w)
        .or_else(|| morph::en_lemmas(w).iter().find_map(|l| t.stance_of(l)))
}

fn en_stance(v: &PairView<'_>) -> Option<Option<Stance>> {
    if let Some(q) = v.en_quote {
        let Some(cue) = q.cue else {
            return Some(None);
        };
        let k = v.en.tokens_in(cue).next()?;
        return Some(en_word_stance(&v.en.tokens.get(k)?.lower));
    }
    // No English quote: a stance verb of the sentence, outside the span.
    let outside: Vec<usize> = v
        .en_context
        .iter()
        .copied()
        .filter(|k| !v.en_words.contains(k))
        .collect();
    Some(
        outside
            .iter()
            .find_map(|&k| en_word_stance(&v.en.tokens[k].lower)),
    )
}

/// Reporting verbs with different stances.
pub fn check_cue(v: &PairView<'_>) -> Option<Flag> {
    let id_cue = v.id_quote.and_then(|q| q.cue);
    let id = id_cue.and_then(|c| id_stance(v, c));
    let en = en_stance(v)?;
    if id == en {
        return None;
    }
    let en_cue_text = v
        .en_quote
        .and_then(|q| q.cue)
        .map(|c| v.en.slice(c).to_owned());
    let name = |s: Option<Stance>| s.map_or("plain saying", Stance::as_str);
    Some(Flag {
        kind: FlagKind::CueShift,
        id: id_cue
            .map(|c| v.id.slice(c).to_owned())
            .into_iter()
            .collect(),
        en: en_cue_text.into_iter().collect(),
        detail: format!("Indonesian {}, English {}", name(id), name(en)),
        confidence: super::confidence::MEDIUM,
    })
}

/// The inner spans of one article's quote marks (found by
/// [`crate::quote::marks`]), indexed by position, with what the
/// comparison reads of each: computed once per article pair.
pub struct MarkSpans {
    spans: Vec<NormSpan>,
    index: SpanIndex,
    /// Whether each span is in double quote marks ([`double_spans`]).
    double: Vec<bool>,
    /// Whether each span is a quote: balanced ([`balanced_spans`]) and
    /// in double marks.
    quotes: Vec<bool>,
}

impl MarkSpans {
    pub fn of(doc: &Document) -> MarkSpans {
        let spans: Vec<NormSpan> = crate::quote::marks::find_marked(doc)
            .iter()
            .map(|m| m.inner)
            .collect();
        let double = double_spans(doc, &spans);
        let quotes = balanced_spans(doc, &spans)
            .into_iter()
            .zip(&double)
            .map(|(x, &y)| x && y)
            .collect();
        MarkSpans {
            index: SpanIndex::new(spans.iter().copied()),
            spans,
            double,
            quotes,
        }
    }
}

/// Whether each of the marked `spans` of `doc` is in double quote marks:
/// single marks (`'halaman belakang'`, `'backyard'`) set off a term, not
/// what was said.
fn double_spans(doc: &Document, spans: &[NormSpan]) -> Vec<bool> {
    let text = doc.text();
    spans
        .iter()
        .map(|&s| {
            !text[..s.start]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '‘' | '’' | '\'' | '‚' | '‹' | '›'))
        })
        .collect()
}

/// Whether each of the marked `spans` of `doc` has a quote mark at both
/// ends: a span the detector opened at a paragraph's start or ran to its
/// end rests on one mark whose direction it may have misread.
fn balanced_spans(doc: &Document, spans: &[NormSpan]) -> Vec<bool> {
    let text = doc.text();
    let is_mark = crate::text::tokenize::is_quote_mark;
    spans
        .iter()
        .map(|&s| {
            text[..s.start]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(is_mark)
                && text[s.end..]
                    .trim_start()
                    .trim_start_matches([',', '.', '!', '?', ';', ':'])
                    .chars()
                    .next()
                    .is_some_and(is_mark)
        })
        .collect()
}

/// What the quote-mark comparison reads of one token: whether it stands
/// inside quote marks, the outermost balanced double-marked quote holding
/// it (the quote it belongs to), and whether it stands in double marks.
#[derive(Clone, Copy)]
struct TokenMarks {
    marked: bool,
    quote: Option<usize>,
    double: bool,
}

/// [`TokenMarks`] of token `k` of `doc`, from one walk over the marked
/// spans of `m` that overlap it.
fn token_marks(doc: &Document, m: &MarkSpans, k: usize) -> TokenMarks {
    let spans = &m.spans;
    let tok = doc.tokens[k].span;
    let mut out = TokenMarks {
        marked: false,
        quote: None,
        double: false,
    };
    let mut visit = |s: usize| {
        if spans[s].contains(tok) {
            out.marked = true;
            out.double |= m.double[s];
            if m.quotes[s] && out.quote.is_none_or(|b| spans[s].start < spans[b].start) {
                out.quote = Some(s);
            }
        }
        false
    };
    if tok.is_empty() {
        (0..spans.len()).for_each(|s| {
            visit(s);
        });
    } else {
        m.index.any_overlapping(tok, visit);
    }
    out
}

/// [`TokenMarks`] of each token of `context` (in text order), and of each
/// of `words`, read from the context where it holds them.
fn marks_of(
    doc: &Document,
    m: &MarkSpans,
    context: &[usize],
    words: &[usize],
) -> (Vec<TokenMarks>, Vec<TokenMarks>) {
    let in_context: Vec<TokenMarks> = context.iter().map(|&k| token_marks(doc, m, k)).collect();
    let in_words = words
        .iter()
        .map(|&k| match context.binary_search(&k) {
            Ok(j) => in_context[j],
            Err(_) => token_marks(doc, m, k),
        })
        .collect();
    (in_context, in_words)
}

/// One side's words as the quote-mark comparison sees them.
struct MarkedWords {
    /// Marked words whose best counterpart in the other side's compared
    /// words stands outside quote marks.
    only: Vec<String>,
    /// Marked words with no marked counterpart outside the other side's
    /// compared words (a counterpart quoted just outside the other span is
    /// a boundary difference, not a mark difference).
    unmatched_marked: Vec<String>,
    /// How many of the compared words are marked and count as quoting
    /// (see [`compare_marks`]).
    marked: usize,
    /// How many of `only` are names (`nicknamed "Obamacare"`): a label in
    /// quote marks, not speech.
    names: usize,
    /// Whether every word of `only` belongs to a quote none of whose words
    /// has a counterpart in double quote marks: the quote is direct on this
    /// side only, whatever the other side sets off in marks elsewhere (a
    /// scare-quoted `"de-coupling"`, a term in single marks).
    only_unquoted_opposite: bool,
}

/// What a compared word is, for the quote-mark comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordKind {
    Number,
    /// Capitalized inside its sentence.
    Name,
    /// An informative word.
    Content,
    /// A function word.
    Function,
}

/// The kind of token `k` of `doc`, with `weight` its index weight.
fn word_kind(doc: &Document, k: usize, weight: f32) -> WordKind {
    let t = &doc.tokens[k];
    if t.kind == crate::text::TokenKind::Number {
        WordKind::Number
    } else if t.capitalized && !PairView::sentence_initial(doc, k) {
        WordKind::Name
    } else if weight >= CONTENT_MIN_WEIGHT {
        WordKind::Content
    } else {
        WordKind::Function
    }
}

/// Least index weight of a content word.
const CONTENT_MIN_WEIGHT: f32 = 1.0;

/// One side of the quote-mark comparison: its compared words, which of
/// them are marked, and their kinds.
struct MarkSide<'s> {
    words: &'s [usize],
    marked: Vec<bool>,
    /// The balanced double-marked quote each word belongs to
    /// ([`quote_of`]).
    quote: Vec<Option<usize>>,
    kinds: Vec<WordKind>,
    text: Vec<&'s str>,
}

/// The other side of the comparison: its sentences around the span, which
/// of their words are marked, and its compared words.
struct OtherSide<'s> {
    context: &'s [usize],
    marked: Vec<bool>,
    /// Which of `context` stand inside double quote marks.
    double: Vec<bool>,
    words: &'s [usize],
}

/// Compares the quote marks of one side with the other side's: `assigned`
/// aligns `side.words` one to one with `other.context`. A marked word
/// whose counterpart stands unmarked in the other span is quoted on one
/// side only; a marked word with no counterpart is judged by the words
/// the other side has where it would render it (between the counterparts
/// of its aligned neighbours): unmarked words there render it without
/// quote marks, marked ones with them.
fn compare_marks(
    side: &MarkSide<'_>,
    other: &OtherSide<'_>,
    assigned: &Assigned,
    min: f32,
) -> MarkedWords {
    let mut out = MarkedWords {
        only: Vec::new(),
        unmatched_marked: Vec::new(),
        marked: 0,
        names: 0,
        only_unquoted_opposite: true,
    };
    let other_marked = |o: usize| {
        other
            .context
            .iter()
            .position(|&x| x == o)
            .is_some_and(|j| other.marked[j])
    };
    // The quotes of this side with a word whose counterpart stands in
    // double quote marks on the other side.
    let quoted_opposite: Vec<usize> = side
        .words
        .iter()
        .enumerate()
        .filter_map(|(i, _)| {
            let o = assigned.partner[i].filter(|_| assigned.got[i] >= min)?;
            let j = other.context.iter().position(|&x| x == o)?;
            other.double[j].then_some(side.quote[i]).flatten()
        })
        .collect();
    for (i, &k) in side.words.iter().enumerate() {
        let kind = side.kinds[i];
        if !side.marked[i] || kind == WordKind::Number {
            continue;
        }
        let partner = assigned.partner[i].filter(|_| assigned.got[i] >= min);
        // Marked words that count as this side quoting: not a name in
        // quote marks (`nicknamed "Obamacare"`, a label), not words whose
        // counterpart lies outside the other span.
        if kind != WordKind::Name && partner.is_none_or(|o| other.words.contains(&o)) {
            out.marked += 1;
        }
        let quoted_alone = match partner {
            // Quoted just outside the other span: the quote boundaries
            // differ, not the marks.
            Some(o) if !other.words.contains(&o) => None,
            Some(o) => Some(!other_marked(o)),
            None => {
                let (a, b) = assigned.window(side.words, &[k]);
                let there: Vec<usize> = other
                    .words
                    .iter()
                    .copied()
                    .filter(|&o| a < o && o < b)
                    .collect();
                if there.is_empty() || kind != WordKind::Content {
                    // Function words align with nothing reliably: only
                    // content words stand for a quote nothing renders.
                    if kind == WordKind::Content && !other.marked.contains(&true) {
                        out.unmatched_marked.push(side.text[i].to_owned());
                    }
                    None
                } else {
                    Some(!there.iter().any(|&o| other_marked(o)))
                }
            }
        };
        if quoted_alone == Some(true) {
            if kind == WordKind::Name {
                out.names += 1;
            }
            if side.quote[i].is_none_or(|q| quoted_opposite.contains(&q)) {
                out.only_unquoted_opposite = false;
            }
            out.only.push(side.text[i].to_owned());
        }
    }
    out
}

/// Words quoted on one side only.
pub fn check_marks(v: &PairView<'_>) -> Option<Flag> {
    let sh = v.shared;
    let ix = v.index;
    debug_assert!(v.id_context.is_sorted() && v.en_context.is_sorted());
    let (id_context, id_words) = marks_of(v.id, &sh.id_marks, &v.id_context, &v.id_words);
    let (en_context, en_words) = marks_of(v.en, &sh.en_marks, &v.en_context, &v.en_words);
    let id_side = MarkSide {
        words: &v.id_words,
        marked: id_words.iter().map(|t| t.marked).collect(),
        quote: id_words.iter().map(|t| t.quote).collect(),
        kinds: v
            .id_words
            .iter()
            .map(|&k| {
                word_kind(
                    v.id,
                    k,
                    ix.id_type_of(k).map_or(0.0, |t| ix.id_type_weight(t)),
                )
            })
            .collect(),
        text: v.id_words.iter().map(|&k| v.id_text(k)).collect(),
    };
    let en_side = MarkSide {
        words: &v.en_words,
        marked: en_words.iter().map(|t| t.marked).collect(),
        quote: en_words.iter().map(|t| t.quote).collect(),
        kinds: v
            .en_words
            .iter()
            .map(|&k| {
                word_kind(
                    v.en,
                    k,
                    ix.en_type_of(k).map_or(0.0, |t| ix.en_type_weight(t)),
                )
            })
            .collect(),
        text: v.en_words.iter().map(|&k| v.en_text(k)).collect(),
    };
    let id_other = OtherSide {
        context: &v.id_context,
        marked: id_context.iter().map(|t| t.marked).collect(),
        double: id_context.iter().map(|t| t.double).collect(),
        words: &v.id_words,
    };
    let en_other = OtherSide {
        context: &v.en_context,
        marked: en_context.iter().map(|t| t.marked).collect(),
        double: en_context.iter().map(|t| t.double).collect(),
        words: &v.en_words,
    };
    let id_assigned = v.id_assigned();
    let en_assigned = v.en_assigned();
    let min = v.params.mark_match_min;
    let id = compare_marks(&id_side, &en_other, id_assigned, min);
    let en = compare_marks(&en_side, &id_other, en_assigned, min);
    let (mut id_only, mut en_only) = (id.only, en.only);
    let q = v.params.quoted_words_min;
    // A whole quote in marks on one side and none in the other side's
    // sentences, whether or not its words could be aligned. (Marks in the
    // other sentences, outside the other span, may hold the words the
    // alignment missed: the quote boundaries differ.)
    if id.marked == 0 && en.unmatched_marked.len() >= q && en_only.len() < q {
        en_only.extend(en.unmatched_marked);
    }
    if en.marked == 0 && id.unmatched_marked.len() >= q && id_only.len() < q {
        id_only.extend(id.unmatched_marked);
    }
    // Direct speech on one side and none on the other is the change a
    // reader is told about; quote marks moved to other words of a quote
    // that both sides quote (a whole clause against a phrase of it) keep
    // the speech direct.
    let one_side_only = id.marked == 0 || en.marked == 0;
    // A quote direct on one side whose words stand in no double quote
    // marks on the other (`No country is the 'backyard' of another`
    // against `Tidak ada negara yang menjadi 'halaman belakang'`): reported
    // speech there, even where the other side quotes other words.
    let unquoted_opposite = (id_only.len() >= q || en_only.len() >= q)
        && (id_only.is_empty() || id.only_unquoted_opposite)
        && (en_only.is_empty() || en.only_unquoted_opposite);
    // One quoted word aligned with an unquoted one, on a side whose
    // counterpart quotes nothing (`“thrilled”` / `sangat senang`): the
    // speaker's own word rendered as the reporter's, evidence enough for a
    // medium confidence; scare-quoted words inside a quote are not.
    let single = one_side_only
        && ((id_only.len() == 1 && en_only.is_empty() && id.names == 0)
            || (en_only.len() == 1 && id_only.is_empty() && en.names == 0));
    if id_only.len() < q && en_only.len() < q && !single {
        return None;
    }
    let detail = match (!id_only.is_empty(), !en_only.is_empty()) {
        (true, true) => "quote marks around different words",
        (true, false) => "words in quote marks in the Indonesian only",
        _ => "words in quote marks in the English only",
    };
    let (detail, confidence) = if !one_side_only && !unquoted_opposite {
        (
            format!("{detail}; both sides quote some words"),
            confidence::LOW,
        )
    } else if id_only.len() < q && en_only.len() < q {
        (format!("{detail} (one word)"), confidence::MEDIUM)
    } else {
        (detail.to_owned(), confidence::HIGH)
    };
    Some(Flag {
        kind: FlagKind::DirectIndirect,
        id: id_only,
        en: en_only,
        detail,
        confidence,
    })
}
