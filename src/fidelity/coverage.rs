//! `omission`, `addition` and `untranslated`, from word matches (the
//! alignment's [`crate::wordmatch::PairIndex`] plus [`super::matching`]).
//!
//! The words of each side's span are aligned one to one with the words of
//! the sentences around the other side's span, greedily by match score, so
//! that one translated clause cannot cover a clause the source repeats.
//! Each span is then cut into clauses at punctuation, sentence ends and the
//! `clause_words` of the language tables. A clause of at least
//! [`super::FidelityParams::clause_min_words`] words whose weighted coverage
//! is below [`super::FidelityParams::clause_max_coverage`] has no
//! counterpart: an English one is an omission, an Indonesian one an
//! addition. A word counts as covered only where the other side still
//! holds its clause: a partner found outside the place where the other
//! quote would render the clause is a stray match, not a translation (see
//! [`super::clause_window`]). Uncovered clauses next to each other are one
//! dropped (or added) stretch and are weighed together, the short ones too
//! (`and a belief` + `that the virus is not real`); an ellipsis inside a sentence
//! ends a clause. A run of untranslated English words (stray matches
//! counted as untranslated) inside a clause with at least
//! [`super::FidelityParams::run_min_content`] informative words is an
//! omission too (`an undisclosed number of casualties` when `jumlahnya
//! tidak disebut` is gone). The other side is taken as whole sentences, so
//! that words the quote boundaries cut off on one side are not counted as
//! missing.
//!
//! `untranslated`: most common words of the Indonesian quote are English
//! words of the source (identical strings that the lexicon and the stemmer
//! do not know as Indonesian), or the two quotes are the same text.
//!
//! Coverage is lexical: a loose paraphrase whose words the lexicon does not
//! link can read as an omission (two of 32 dev pairs, see
//! `tests/fidelity_review.csv`).

use super::clause_window::{HeldSide, held_scores, quote_window};
use super::wordalign::RUN_MAX_SCORE;
use super::{Flag, FlagKind, PairView, confidence};
use crate::lang::WordClasses;
use crate::morph;
use crate::text::{Document, TokenKind};

/// Whether a word with classes `c` (its token's
/// [`crate::text::Token::classes`]) opens a clause.
fn opens_clause(c: WordClasses) -> bool {
    c.is_clause_word() || c.is_clause_break() || c.is_complementizer()
}

/// The last token of a reporting frame at the start of the English span
/// (`… circulated to the media on Friday that says "member states"
/// provided …`): a verb of saying followed by a complementizer or a quote
/// mark. The frame reports the quote; it is not part of what the quote
/// says, so leaving it untranslated omits nothing.
fn reporting_frame_end(v: &PairView<'_>) -> Option<usize> {
    let t = v.en.lang.tables();
    let words = &v.en_words;
    words
        .iter()
        .take(words.len().saturating_sub(1))
        .copied()
        .find(|&k| {
            let w = v.en.tokens[k].lower.as_str();
            let next = v.en.tokens.get(k + 1);
            // The next word first: it rules out most words, and a verb
            // test costs a look-up.
            next.is_some_and(|n| {
                n.classes.is_complementizer()
                    || v.en
                        .slice(n.span)
                        .chars()
                        .all(crate::text::tokenize::is_quote_mark)
            }) && (v.en.tokens[k].classes.is_say_verb() || t.is_speech_verb(w))
        })
}

/// Weighted coverage of `clause` (a subset of `words`) from the scores
/// `got` of `words`.
pub(super) fn clause_coverage(
    clause: &[usize],
    words: &[usize],
    got: &[f32],
    weight: impl Fn(usize) -> f32,
) -> f32 {
    let (mut total, mut sum) = (0.0, 0.0);
    for &k in clause {
        let w = weight(k);
        total += w;
        if let Some(i) = words.iter().position(|&x| x == k) {
            sum += w * got[i];
        }
    }
    if total > 0.0 { sum / total } else { 0.0 }
}

/// The clauses of a span: runs of word tokens between clause boundaries
/// (punctuation inside a sentence, clause words, sentence ends).
pub fn clauses(doc: &Document, span: crate::text::NormSpan) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new()];
    let mut sentence = None;
    for k in doc.tokens_in(span) {
        let tok = &doc.tokens[k];
        let s = doc.sentence_at(tok.span.start);
        let boundary = s != sentence
            || match tok.kind {
                TokenKind::Punct => {
                    matches!(
                        doc.slice(tok.span),
                        "," | ";" | ":" | "–" | "—" | "-" | "(" | ")" | "?" | "!" | "…"
                    ) || is_ellipsis_dot(doc, k)
                }
                TokenKind::Word => opens_clause(tok.classes),
                _ => false,
            };
        sentence = s;
        if boundary && out.last().is_some_and(|c| !c.is_empty()) {
            out.push(Vec::new());
        }
        if tok.is_word()
            && let Some(c) = out.last_mut()
        {
            c.push(k);
        }
    }
    out.retain(|c| !c.is_empty());
    out
}

/// Whether token `k` is a full stop of an ellipsis written as dots
/// (`battle... this is`): it ends a clause where the sentence goes on.
fn is_ellipsis_dot(doc: &Document, k: usize) -> bool {
    let dot = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Punct && doc.slice(t.span) == ".")
    };
    let touching = |a: usize, b: usize| doc.tokens[a].span.end == doc.tokens[b].span.start;
    dot(k) && ((dot(k + 1) && touching(k, k + 1)) || (k > 0 && dot(k - 1) && touching(k - 1, k)))
}

fn clause_text(doc: &Document, c: &[usize]) -> String {
    match (c.first(), c.last()) {
        (Some(&a), Some(&b)) => doc
            .slice(crate::text::NormSpan::new(
                doc.tokens[a].span.start,
                doc.tokens[b].span.end,
            ))
            .to_owned(),
        _ => String::new(),
    }
}

/// Maximal runs of English span words with no translation (assigned score
/// below [`RUN_MAX_SCORE`]) that hold at least
/// [`super::FidelityParams::run_min_content`] informative words.
fn untranslated_runs(v: &PairView<'_>, got: &[f32]) -> Vec<Vec<usize>> {
    let ix = v.index;
    let informative = |k: usize| {
        ix.en_type_of(k)
            .is_some_and(|t| ix.en_type_weight(t) >= RUN_MIN_WEIGHT)
    };
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut flush = |run: &mut Vec<usize>| {
        let content = run.iter().filter(|&&k| informative(k)).count();
        if content >= v.params.run_min_content {
            out.push(std::mem::take(run));
        }
        run.clear();
    };
    for (i, &k) in v.en_words.iter().enumerate() {
        if got[i] < RUN_MAX_SCORE {
            run.push(k);
        } else {
            flush(&mut run);
        }
    }
    flush(&mut run);
    out
}

/// Least weight of an informative word in a run.
pub(super) const RUN_MIN_WEIGHT: f32 = 1.0;

/// How many more words a flagged clause must lose than the other side
/// leaves over where it would render the clause (between the partners of
/// the translated words around it), see [`balance`]: leftover words there
/// may be a paraphrase of the clause that the lexicon does not link
/// (`diseret ke pengadilan` / `face justice`, `ingin bersama` / `looked
/// forward to engaging with`). Dev pairs: paraphrases leave 2 to 4 words
/// on each side; dropped or added clauses lose 2 to 9 words against 0 to 4
/// left over.
const BALANCE_MARGIN: usize = 2;
/// An unknown Indonesian word (no gloss, not a name) may render this many
/// English words.
const UNKNOWN_WORD_SPAN: usize = 2;
/// An added clause is confident only when its coverage is below this too:
/// a clause of a short quote whose few translated words the lexicon links
/// loosely (`yang menjadi 'halaman belakang' negara lain`, 0.12) is not an
/// addition; the clauses that translations really add cover 0.05 or less.
const ADDITION_CONFIDENT_MAX_COVERAGE: f32 = 0.1;

/// One side's clauses over `span`, the scores its words keep as far as
/// the other side holds each clause ([`held_scores`]) and its content words
/// left without a partner ([`lost_content`]).
struct HeldClauses {
    clauses: Vec<Vec<usize>>,
    held: Vec<f32>,
    lost: Vec<usize>,
}

/// [`HeldClauses`] of the side `side` describes, its clauses read from
/// `doc` over `span`, against the other side's quote words `other_quote`;
/// `score` takes this side's token first.
fn held_clauses(
    doc: &Document,
    span: crate::text::NormSpan,
    side: HeldSide<'_>,
    other_quote: &[usize],
    weight: impl Fn(usize) -> f32 + Copy,
    score: impl Fn(usize, usize) -> f32,
) -> HeldClauses {
    let clauses = clauses(doc, span);
    let held = held_scores(
        side,
        &clauses,
        other_quote,
        weight,
        |k| opens_clause(doc.tokens[k].classes),
        score,
    );
    let lost = lost_content(doc, side.words, &held, weight);
    HeldClauses {
        clauses,
        held,
        lost,
    }
}

/// Content of `words` with no counterpart (assigned score below
/// [`RUN_MAX_SCORE`]): informative words, names and numbers. What a
/// dropped clause loses.
fn lost_content(
    doc: &Document,
    words: &[usize],
    got: &[f32],
    weight: impl Fn(usize) -> f32,
) -> Vec<usize> {
    words
        .iter()
        .zip(got)
        .filter(|&(&k, &g)| {
            let t = &doc.tokens[k];
            g < RUN_MAX_SCORE
                && (weight(k) >= RUN_MIN_WEIGHT
                    || t.kind == TokenKind::Number
                    || (t.capitalized && !PairView::sentence_initial(doc, k)))
        })
        .map(|(&k, _)| k)
        .collect()
}

/// Informative words of `words` with no counterpart (assigned score below
/// [`RUN_MAX_SCORE`]), names and numbers left out: the words that may
/// render, in other words, what the other side says.
fn leftovers(
    doc: &Document,
    words: &[usize],
    got: &[f32],
    weight: impl Fn(usize) -> f32,
) -> Vec<usize> {
    words
        .iter()
        .zip(got)
        .filter(|&(&k, &g)| {
            let t = &doc.tokens[k];
            g < RUN_MAX_SCORE
                && weight(k) >= RUN_MIN_WEIGHT
                && t.kind == TokenKind::Word
                && (!t.capitalized || PairView::sentence_initial(doc, k))
        })
        .map(|(&k, _)| k)
        .collect()
}

/// The stretches of `clauses` (in text order) whose coverage is below
/// `max_coverage`, with their coverage: uncovered clauses next to each other
/// are one dropped (or added) stretch and are weighed together, whatever
/// their length (`and a belief` + `that the virus is not real`, `as well` +
/// `as to Malaysia`); a stretch needs `min_words` words in all.
fn uncovered_stretches(
    clauses: impl Iterator<Item = Vec<usize>>,
    coverage: impl Fn(&[usize]) -> f32,
    max_coverage: f32,
    min_words: usize,
    min_words_unrendered: usize,
    common_words: impl Fn(&[usize]) -> bool,
) -> Vec<(Vec<usize>, f32)> {
    let mut out: Vec<(Vec<usize>, f32)> = Vec::new();
    let mut open = false;
    for c in clauses {
        let cov = coverage(&c);
        if cov >= max_coverage {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some((prev, prev_cov)) if open => {
                let (a, b) = (prev.len() as f32, c.len() as f32);
                *prev_cov = (*prev_cov * a + cov * b) / (a + b);
                prev.extend(c);
            }
            _ => out.push((c, cov)),
        }
        open = true;
    }
    out.retain(|(c, cov)| {
        c.len() >= min_words || (*cov == 0.0 && c.len() >= min_words_unrendered && common_words(c))
    });
    out
}

/// A clause (or run) of one side with no counterpart on the other.
struct Uncovered {
    text: String,
    coverage: f32,
    /// Its informative words without a counterpart.
    missing: usize,
    /// Words the other side leaves over where it would render the clause.
    room: usize,
    confidence: f32,
}

impl Uncovered {
    fn note(&self) -> String {
        format!(
            "coverage {:.2}, {} words without a counterpart, {} left over opposite",
            self.coverage, self.missing, self.room
        )
    }
}

/// The flag for the clauses of one side that have no counterpart.
fn clause_flag(kind: FlagKind, found: Vec<Uncovered>, what: &str, unknown: &str) -> Option<Flag> {
    let confidence = found.iter().map(|u| u.confidence).fold(0.0, f32::max);
    let notes: Vec<String> = found.iter().map(Uncovered::note).collect();
    let texts: Vec<String> = found.into_iter().map(|u| u.text).collect();
    if texts.is_empty() {
        return None;
    }
    let (id, en) = match kind {
        FlagKind::Addition => (texts, Vec::new()),
        _ => (Vec::new(), texts),
    };
    Some(Flag {
        kind,
        id,
        en,
        detail: format!("{what} ({}{unknown})", notes.join("; ")),
        confidence,
    })
}

/// Which clause checks [`check_clauses`] runs: a caller that compares one
/// side over a wider span runs only that side's check there.
#[derive(Debug, Clone, Copy)]
pub struct ClauseChecks {
    /// English clauses without an Indonesian counterpart (and degree words).
    pub omission: bool,
    /// Indonesian clauses without an English counterpart.
    pub addition: bool,
}

/// Clauses of one side that the other side does not cover.
pub fn check_clauses(v: &PairView<'_>, want: ClauseChecks) -> Vec<Flag> {
    if !want.omission && !want.addition {
        return Vec::new();
    }
    let p = v.params;
    let ix = v.index;
    let en_assigned = v.en_assigned();
    let en_got = &en_assigned.got;
    let en_weight = |k: usize| ix.en_type_of(k).map_or(0.0, |t| ix.en_type_weight(t));
    let id_assigned = v.id_assigned();
    let id_got = &id_assigned.got;
    let id_weight = |k: usize| ix.id_type_of(k).map_or(0.0, |t| ix.id_type_weight(t));
    let en_left = leftovers(v.en, &v.en_words, en_got, en_weight);
    let id_left = leftovers(v.id, &v.id_words, id_got, id_weight);
    // Indonesian words the lexicon does not know: unknown, not missing;
    // each may render a few English words.
    let unknown: Vec<usize> = id_left
        .iter()
        .copied()
        .filter(|&k| v.glosses(k).is_empty())
        .collect();
    let unknown_note = if unknown.is_empty() {
        String::new()
    } else {
        let words: Vec<&str> = unknown.iter().map(|&k| v.id_text(k)).collect();
        format!("; unknown to the lexicon: {}", words.join(", "))
    };
    let inside = |k: usize, (a, b): (usize, usize)| a < k && k < b;

    let mut omitted: Vec<Uncovered> = Vec::new();
    if want.omission {
        let HeldClauses {
            clauses: en_clauses,
            held: en_held,
            lost: en_lost,
        } = held_clauses(
            v.en,
            v.en_span,
            HeldSide {
                words: &v.en_words,
                assigned: en_assigned,
                far_is_stray: false,
            },
            &v.id_words,
            en_weight,
            |e, i| v.score(i, e),
        );
        // English clauses and runs of untranslated words inside a clause (`an
        // undisclosed number of casualties` with no `jumlahnya tidak disebut`),
        // past the reporting frame the span may hold.
        let frame = reporting_frame_end(v);
        let in_frame = |c: &[usize]| frame.is_some_and(|f| c.last().is_some_and(|&l| l <= f));
        let mut en_pieces = uncovered_stretches(
            en_clauses.into_iter().filter(|c| !in_frame(c)),
            |c| clause_coverage(c, &v.en_words, &en_held, en_weight),
            p.clause_max_coverage,
            p.clause_min_words,
            p.unrendered_clause_min_words,
            // Names and numbers (a dateline's `Dec 13 (Reuters`) have checks
            // of their own.
            |c| {
                c.iter().all(|&k| {
                    let t = &v.en.tokens[k];
                    t.kind == TokenKind::Word
                        && (!t.capitalized || PairView::sentence_initial(v.en, k))
                })
            },
        );
        for run in untranslated_runs(v, &en_held) {
            if in_frame(&run) {
                continue;
            }
            if !en_pieces
                .iter()
                .any(|(c, _)| run.iter().any(|k| c.contains(k)))
            {
                en_pieces.push((run, 0.0));
            }
        }
        omitted = en_pieces
            .into_iter()
            .map(|(c, coverage)| {
                let missing = en_lost.iter().filter(|k| c.contains(k)).count();
                let w = quote_window(en_assigned, &v.en_words, &c, &v.id_words);
                let room = id_left.iter().filter(|&&k| inside(k, w)).count()
                    + unknown.iter().filter(|&&k| inside(k, w)).count() * (UNKNOWN_WORD_SPAN - 1);
                let new = en_lost
                    .iter()
                    .filter(|k| c.contains(k) && v.en_best_anywhere(**k) < RUN_MAX_SCORE)
                    .count();
                Uncovered {
                    text: clause_text(v.en, &c),
                    coverage,
                    missing,
                    room,
                    confidence: balance(missing, new, room),
                }
            })
            .collect();
    }
    let mut added: Vec<Uncovered> = Vec::new();
    if want.addition {
        // The Indonesian side is held to its clauses the same way: an added
        // clause's words find stray partners in the English sentences too
        // (`naik` / the `up` of `turned up`).
        let HeldClauses {
            clauses: id_clauses,
            held: id_held,
            lost: id_lost,
        } = held_clauses(
            v.id,
            v.id_span,
            HeldSide {
                words: &v.id_words,
                assigned: id_assigned,
                far_is_stray: true,
            },
            &v.en_words,
            id_weight,
            |i, e| v.score(i, e),
        );
        for (c, coverage) in uncovered_stretches(
            id_clauses.into_iter(),
            |c| clause_coverage(c, &v.id_words, &id_held, id_weight),
            p.clause_max_coverage,
            p.clause_min_words,
            p.clause_min_words,
            |_| false,
        ) {
            // Unknown words are not evidence of an addition.
            let missing = id_lost
                .iter()
                .filter(|k| c.contains(k) && !unknown.contains(k))
                .count();
            let w = quote_window(id_assigned, &v.id_words, &c, &v.en_words);
            let room = en_left.iter().filter(|&&k| inside(k, w)).count();
            let new = id_lost
                .iter()
                .filter(|k| {
                    c.contains(k) && !unknown.contains(k) && v.id_best_anywhere(**k) < RUN_MAX_SCORE
                })
                .count();
            added.push(Uncovered {
                text: clause_text(v.id, &c),
                coverage,
                missing,
                room,
                confidence: if coverage < ADDITION_CONFIDENT_MAX_COVERAGE {
                    balance(missing, new, room)
                } else {
                    confidence::LOW
                },
            });
        }
    }
    let mut out = Vec::new();
    out.extend(clause_flag(
        FlagKind::Omission,
        omitted,
        "English clause(s) without an Indonesian counterpart",
        &unknown_note,
    ));
    out.extend(clause_flag(
        FlagKind::Addition,
        added,
        "Indonesian clause(s) without an English counterpart",
        &unknown_note,
    ));
    if want.omission {
        out.extend(degree_words(v));
    }
    out
}

/// The confidence of a clause whose content loses `missing` words (`new`
/// of them new to the whole other article) when the other side leaves
/// `room` words over where it would render the clause: a paraphrase
/// renders a clause about word for word, so its leftovers match the lost
/// words in number; a dropped or added clause leaves nothing or little
/// there. Confident when the lost words exceed the room by
/// [`BALANCE_MARGIN`] and either more than double it or are, alone among
/// the words new to the other article, that many more.
fn balance(missing: usize, new: usize, room: usize) -> f32 {
    if missing >= room + BALANCE_MARGIN && (missing > 2 * room || new >= room + BALANCE_MARGIN) {
        confidence::MEDIUM
    } else {
        confidence::LOW
    }
}

/// English degree words (`substantially more casualties`) with no degree
/// word in the Indonesian: the claim is weakened, an omission.
fn degree_words(v: &PairView<'_>) -> Option<Flag> {
    let (id_t, en_t) = (v.id.lang.fidelity_tables(), v.en.lang.fidelity_tables());
    let id_n = v
        .id_words
        .iter()
        .filter(|&&k| id_t.is_degree_word(&v.id.tokens[k].lower))
        .count();
    let en: Vec<String> = v
        .en_words
        .iter()
        .filter(|&&k| en_t.is_degree_word(&v.en.tokens[k].lower))
        .map(|&k| v.en_text(k).to_owned())
        .collect();
    (en.len() > id_n).then(|| Flag {
        kind: FlagKind::Omission,
        id: Vec::new(),
        en,
        detail: "a degree word of the English is left out".to_owned(),
        confidence: confidence::MEDIUM,
    })
}

/// A lowercase word the lexicon or the stemmer knows as Indonesian.
fn is_indonesian(v: &PairView<'_>, w: &str) -> bool {
    !v.lex.lookup(w).is_empty() || morph::is_id_root(w) || morph::stem_id(w) != w
}

/// Whether `a` and `b` are the same words, whitespace aside, in lowercase:
/// their words joined by single spaces and lowercased are equal. Compared
/// character by character, without building either string: only a capital
/// sigma lowercases by its context (`ς` at the end of a word), and text
/// holding one is compared the long way.
fn same_words(a: &str, b: &str) -> bool {
    if a.contains('Σ') || b.contains('Σ') {
        let norm = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        return norm(a) == norm(b);
    }
    fn lowered(s: &str) -> impl Iterator<Item = char> + '_ {
        s.split_whitespace().enumerate().flat_map(|(n, w)| {
            let space = (n > 0).then_some(' ');
            space
                .into_iter()
                .chain(w.chars().flat_map(char::to_lowercase))
        })
    }
    lowered(a).eq(lowered(b))
}

/// The Indonesian quote is mostly English.
pub fn check_untranslated(v: &PairView<'_>) -> Option<Flag> {
    let same_text = same_words(v.id.slice(v.id_span), v.en.slice(v.en_span));
    // Common words: not names, not numbers.
    let common: Vec<usize> = v
        .id_words
        .iter()
        .copied()
        .filter(|&k| {
            let t = &v.id.tokens[k];
            t.kind == TokenKind::Word && (!t.capitalized || PairView::sentence_initial(v.id, k))
        })
        .collect();
    let english: Vec<usize> = common
        .iter()
        .copied()
        .filter(|&k| {
            let w = v.id.tokens[k].lower.as_str();
            let identical = v.index.id_type_of(k).is_some_and(|t| {
                v.index
                    .id_word_matches(t)
                    .iter()
                    .any(|m| m.kind == crate::wordmatch::similarity::MatchKind::Identical)
            });
            identical && !is_indonesian(v, w)
        })
        .collect();
    let share = if common.is_empty() {
        0.0
    } else {
        english.len() as f32 / common.len() as f32
    };
    let mostly = english.len() >= 2 && share >= v.params.untranslated_min_share;
    if !(same_text || mostly) {
        return None;
    }
    Some(Flag {
        kind: FlagKind::Untranslated,
        id: english.iter().map(|&k| v.id_text(k).to_owned()).collect(),
        en: Vec::new(),
        detail: if same_text {
            "the Indonesian quote is the English text".to_owned()
        } else {
            format!("{:.0}% of the Indonesian words are English", share * 100.0)
        },
        confidence: super::confidence::MEDIUM,
    })
}

#[cfg(test)]
mod tests {
    use super::same_words;

    #[test]
    fn same_words_lowercases_and_joins_as_strings_do() {
        let norm = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let texts = [
            "We  will NOT\tgo",
            "we will not go",
            " we will not go ",
            "we will not  goes",
            "İstanbul said",
            "i̇stanbul said",
            "ΟΔΟΣ",
            "οδος",
            "οδοσ",
            "",
            "  ",
            "Straße",
            "STRASSE",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(same_words(a, b), norm(a) == norm(b), "{a:?} / {b:?}");
            }
        }
    }
}
