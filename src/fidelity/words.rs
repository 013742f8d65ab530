//! `negation_mismatch` and `modality_shift`: closed-class words that change
//! what a sentence asserts, counted on both sides from the language tables
//! (`negations`, `hedges`, `boosters`, `necessity_modals`, `ability_modals`,
//! `future_modals`, `comparisons`).
//!
//! Negations are counted (`tidak`, `tak`, `bukan` … against `not`, `no`,
//! `n't` …) and flagged when the counts differ. Modal words are paired
//! across the sides by class; a hedge, booster or necessity modal left
//! unpaired is flagged, while a lone future or ability marker is flagged
//! only when the other side has an unpaired modal of another class (`do not
//! have to` / `tidak bisa`): Indonesian adds and drops `akan` and `dapat`
//! with the tense, which is not a shift. A likeness the Indonesian adds
//! (`seperti pemimpin teroris` for `terrorist leader`) hedges the claim. Words are matched as written: no
//! scope and no double negation. Negation is compared by meaning: words
//! that hold a negation (`gagal` / `failed`, `out of action` for `tidak
//! berfungsi`, `refused`), an opposite (`tidak bersalah` / `innocent`) and
//! negative prefixes (`undisclosed`) count for the side with fewer
//! negators; `atau tidak` (or not) and `tidak hanya` (not only) negate
//! nothing.

use std::cell::OnceCell;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::{Flag, FlagKind, PairView, confidence};
use crate::lang::{Lang, LangTables, WordClasses};
use crate::text::Document;

/// Whether token `k` of `doc` is a negation: in its language's
/// `negations` table (read from the classes the tables gave it when the
/// text was parsed) or an English contraction (`don't`).
fn is_negation_token(doc: &Document, k: usize) -> bool {
    let tok = &doc.tokens[k];
    tok.classes.is_negation() || tok.lower.ends_with("n't") || tok.lower.ends_with("n’t")
}

/// English words that read as a negation by their prefix alone
/// (`undisclosed`, `disagreeing`, `nonviolent`).
fn plain_affixed_negations(v: &PairView<'_>) -> usize {
    let en = v.en.lang.tables();
    v.en_words
        .iter()
        .filter(|&&e| {
            let w = v.en.tokens[e].lower.as_str();
            !en.not_negative_starts.iter().any(|x| w.starts_with(x))
                && en
                    .plain_negative_prefixes
                    .iter()
                    .any(|p| w.strip_prefix(p).is_some_and(|r| r.chars().count() >= 5))
        })
        .count()
}

/// English words with a negative prefix that translate an Indonesian
/// negation with the word after it (`tidak setuju` / `disagreeing`).
fn affixed_negations(v: &PairView<'_>) -> usize {
    let mut used: Vec<usize> = Vec::new();
    for w in v.id_words.windows(2) {
        if !is_negation_token(v.id, w[0]) {
            continue;
        }
        let glosses = v.glosses(w[1]);
        let hit = v.en_words.iter().copied().find(|e| {
            !used.contains(e)
                && v.en.lang.tables().negative_prefixes.iter().any(|p| {
                    v.en.tokens[*e].lower.strip_prefix(p).is_some_and(|rest| {
                        rest.chars().count() >= 4
                            && super::matching::any_match(glosses, &super::matching::en_forms(rest))
                    })
                })
        });
        if let Some(e) = hit {
            used.push(e);
        }
    }
    used.len()
}

/// The negations among `words` of `doc`: explicit negators, less those
/// that do not negate the claim (`atau tidak`, `or not`: an alternative;
/// `no matter`, `tidak hanya`, `not only`: the language tables'
/// `non_negating` phrases).
fn negators(doc: &Document, words: &[usize]) -> Vec<usize> {
    let ft = doc.lang.fidelity_tables();
    let lower = |i: usize| words.get(i).map_or("", |&k| doc.tokens[k].lower.as_str());
    (0..words.len())
        .filter(|&i| {
            let w = lower(i);
            is_negation_token(doc, words[i])
                && !(i > 0 && ft.is_disjunction(lower(i - 1)))
                && !ft.is_non_negating(&format!("{w} {}", lower(i + 1)))
        })
        .map(|i| words[i])
        .collect()
}

/// Words and phrases of `words` whose meaning holds a negation (the
/// `negative_predicates` of the fidelity tables: `gagal`, `refused`, `out
/// of action`), matched by Indonesian root or English lemma.
fn negative_predicates(doc: &Document, words: &[usize]) -> Vec<usize> {
    let ft = doc.lang.fidelity_tables();
    let forms = |w: &str| -> Vec<String> {
        let mut f = vec![w.to_owned()];
        match doc.lang {
            crate::lang::Lang::Id => f.extend(crate::morph::id_roots(w)),
            crate::lang::Lang::En => f.extend(crate::morph::en_lemmas(w)),
        }
        f
    };
    let starts = &NEGATIVE_PHRASE_STARTS[lang_index(doc.lang)];
    let longest = OnceCell::new();
    let mut n = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // Only a word that opens a phrase of the table can start one.
        let opens = |w: &str| w.split(' ').next().is_some_and(|f| starts.contains(f));
        let longest = || *longest.get_or_init(|| ft.longest_phrase());
        let phrase = |len: usize| {
            words[i..(i + len).min(words.len())]
                .iter()
                .map(|&k| doc.tokens[k].lower.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        if let Some(len) = opens(&doc.tokens[words[i]].lower)
            .then(|| {
                (2..=longest())
                    .rev()
                    .find(|&len| i + len <= words.len() && ft.is_negative_predicate(&phrase(len)))
            })
            .flatten()
        {
            n.push(words[i]);
            i += len;
            continue;
        }
        if forms(&doc.tokens[words[i]].lower)
            .iter()
            .any(|f| ft.is_negative_predicate(f))
        {
            n.push(words[i]);
        }
        i += 1;
    }
    n
}

/// The first words of the phrases (two words or more) of the
/// `negative_predicates` table of each language.
static NEGATIVE_PHRASE_STARTS: LazyLock<[FxHashSet<&'static str>; 2]> = LazyLock::new(|| {
    [Lang::Id, Lang::En].map(|lang| {
        lang.fidelity_tables()
            .negative_predicates
            .iter()
            .filter_map(|p| p.split_once(' ').map(|(first, _)| first))
            .collect()
    })
});

/// The place of `lang` in the tables kept per language here.
fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Id => 0,
        Lang::En => 1,
    }
}

/// Indonesian negations (`tidak X`) rendered by an English opposite of X
/// (`tidak bersalah` / `innocent`), from the antonyms of the fidelity tables.
fn antonym_renderings(v: &PairView<'_>, id_negs: &[usize]) -> usize {
    let en_ft = v.en.lang.fidelity_tables();
    let en_forms: Vec<std::rc::Rc<[String]>> =
        v.en_words.iter().map(|&e| v.forms(e).into()).collect();
    id_negs
        .iter()
        .filter(|&&k| {
            let Some(pos) = v.id_words.iter().position(|&w| w == k) else {
                return false;
            };
            let Some(&next) = v.id_words.get(pos + 1) else {
                return false;
            };
            v.glosses(next).iter().any(|g| {
                en_ft
                    .antonyms_of(g)
                    .any(|a| en_forms.iter().any(|f| f.iter().any(|x| x == a)))
            })
        })
        .count()
}

/// Negations differ in number, after the words that carry a negation in
/// their meaning are counted on the side that has fewer.
pub fn check_negation(v: &PairView<'_>) -> Option<Flag> {
    let id_k = negators(v.id, &v.id_words);
    let en_k = negators(v.en, &v.en_words);
    let id: Vec<String> = id_k.iter().map(|&k| v.id_text(k).to_owned()).collect();
    let en: Vec<String> = en_k.iter().map(|&k| v.en_text(k).to_owned()).collect();
    if id.len() == en.len() {
        return None;
    }
    // A predicate rendered by a predicate (`menolak` / `refused`) accounts
    // for no extra negator: only predicates that translate none on the
    // other side balance.
    let id_all = negative_predicates(v.id, &v.id_words);
    let en_all = negative_predicates(v.en, &v.en_words);
    let id_pred = id_all
        .iter()
        .filter(|&&i| en_all.iter().all(|&e| v.score(i, e) < 0.5))
        .count();
    let en_pred = en_all
        .iter()
        .filter(|&&e| id_all.iter().all(|&i| v.score(i, e) < 0.5))
        .count();
    let balanced = if id.len() > en.len() {
        // Negative prefixes only ever balance an Indonesian negation: alone
        // they are too ambiguous to raise a flag.
        let affixed = affixed_negations(v).max(plain_affixed_negations(v));
        let meaning = en_pred + antonym_renderings(v, &id_k);
        id.len() <= en.len() + affixed + meaning
    } else {
        en.len() <= id.len() + id_pred
    };
    if balanced {
        return None;
    }
    let detail = format!(
        "{} negation(s) in the Indonesian, {} in the English",
        id.len(),
        en.len()
    );
    Some(Flag {
        kind: FlagKind::NegationMismatch,
        id,
        en,
        detail,
        confidence: confidence::MEDIUM,
    })
}

const HEDGE: u8 = 1;
const BOOSTER: u8 = 2;
const NECESSITY: u8 = 4;
const ABILITY: u8 = 8;
const FUTURE: u8 = 16;
/// A likeness (`seperti`, `like`): flagged only when the Indonesian adds
/// it, since English `like` and `as` have many other uses.
const COMPARISON: u8 = 32;

/// Classes whose one-sided presence is a shift by itself.
const STRONG: u8 = HEDGE | BOOSTER | NECESSITY;

fn class_names(c: u8) -> String {
    let names = [
        (HEDGE, "hedge"),
        (BOOSTER, "booster"),
        (NECESSITY, "necessity"),
        (ABILITY, "ability"),
        (FUTURE, "future"),
        (COMPARISON, "comparison"),
    ];
    names
        .iter()
        .filter(|(b, _)| c & b != 0)
        .map(|(_, n)| *n)
        .collect::<Vec<_>>()
        .join("/")
}

/// A modal word (or two-word phrase) with its classes.
struct Modal {
    text: String,
    classes: u8,
}

fn classes_of(t: &LangTables, w: &str) -> u8 {
    // One look-up for the six tables.
    modal_classes(t.classes(w))
}

/// The modal classes among a word's table classes `k`.
fn modal_classes(k: WordClasses) -> u8 {
    let mut c = 0;
    for (bit, yes) in [
        (HEDGE, k.is_hedge()),
        (BOOSTER, k.is_booster()),
        (NECESSITY, k.is_necessity_modal()),
        (ABILITY, k.is_ability_modal()),
        (FUTURE, k.is_future_modal()),
        (COMPARISON, k.is_comparison()),
    ] {
        if yes {
            c |= bit;
        }
    }
    c
}

/// The first words of the two-word (or longer) modal entries of each
/// language: only a word among these can open a modal phrase.
static PHRASE_STARTS: LazyLock<[FxHashSet<&'static str>; 2]> = LazyLock::new(|| {
    [
        phrase_starts(Lang::Id.tables()),
        phrase_starts(Lang::En.tables()),
    ]
});

fn phrase_starts(t: &'static LangTables) -> FxHashSet<&'static str> {
    [
        t.hedges,
        t.boosters,
        t.necessity_modals,
        t.ability_modals,
        t.future_modals,
    ]
    .iter()
    .flat_map(|table| table.iter())
    .filter_map(|e| e.split_once(' ').map(|(first, _)| first))
    .collect()
}

/// Whether `w` may be the first word of a modal phrase.
fn may_open_phrase(lang: Lang, w: &str) -> bool {
    let starts = match lang {
        Lang::Id => &PHRASE_STARTS[0],
        Lang::En => &PHRASE_STARTS[1],
    };
    w.contains(' ') || starts.contains(w)
}

fn modals(doc: &Document, words: &[usize]) -> Vec<Modal> {
    let t = doc.lang.tables();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let k = words[i];
        let tok = &doc.tokens[k];
        // `May` the month, `Will` the name: capitalized inside a sentence.
        if tok.capitalized && !PairView::sentence_initial(doc, k) {
            i += 1;
            continue;
        }
        if let Some(&next) = words.get(i + 1)
            && may_open_phrase(doc.lang, &tok.lower)
        {
            let phrase = format!("{} {}", tok.lower, doc.tokens[next].lower);
            let c = classes_of(t, &phrase);
            if c != 0 {
                out.push(Modal {
                    text: format!(
                        "{} {}",
                        doc.slice(tok.span),
                        doc.slice(doc.tokens[next].span)
                    ),
                    classes: c,
                });
                i += 2;
                continue;
            }
        }
        // The token's classes were read from these tables when the text
        // was parsed.
        let c = modal_classes(tok.classes);
        if c != 0 {
            out.push(Modal {
                text: doc.slice(tok.span).to_owned(),
                classes: c,
            });
        }
        i += 1;
    }
    out
}

/// Pairs modal words of the same class; returns the unpaired ones of each side.
fn unpaired<'m>(id: &'m [Modal], en: &'m [Modal]) -> (Vec<&'m Modal>, Vec<&'m Modal>) {
    let mut id_used = vec![false; id.len()];
    let mut en_used = vec![false; en.len()];
    // Exact class sets first, then any shared class.
    for exact in [true, false] {
        for (i, a) in id.iter().enumerate() {
            if id_used[i] {
                continue;
            }
            let hit = (0..en.len()).find(|&j| {
                !en_used[j]
                    && if exact {
                        en[j].classes == a.classes
                    } else {
                        en[j].classes & a.classes != 0
                    }
            });
            if let Some(j) = hit {
                id_used[i] = true;
                en_used[j] = true;
            }
        }
    }
    let left = |ms: &'m [Modal], used: &[bool]| -> Vec<&'m Modal> {
        ms.iter()
            .zip(used)
            .filter(|(_, u)| !**u)
            .map(|(m, _)| m)
            .collect()
    };
    (left(id, &id_used), left(en, &en_used))
}

/// Hedges, boosters and modals that differ.
pub fn check_modality(v: &PairView<'_>) -> Option<Flag> {
    let id = modals(v.id, &v.id_words);
    let en = modals(v.en, &v.en_words);
    let (id_left, mut en_left) = unpaired(&id, &en);
    // An English likeness word left over is only an English use of `like`
    // or `as`, not a shift.
    en_left.retain(|m| m.classes != COMPARISON);
    let strong = |ms: &[&Modal], extra: u8| ms.iter().any(|m| m.classes & (STRONG | extra) != 0);
    let swapped = !id_left.is_empty() && !en_left.is_empty();
    if !(strong(&id_left, COMPARISON) || strong(&en_left, 0) || swapped) {
        return None;
    }
    let classes = |ms: &[&Modal]| ms.iter().fold(0u8, |c, m| c | m.classes);
    let detail = format!(
        "Indonesian {}, English {}",
        if id_left.is_empty() {
            "none".to_owned()
        } else {
            class_names(classes(&id_left))
        },
        if en_left.is_empty() {
            "none".to_owned()
        } else {
            class_names(classes(&en_left))
        },
    );
    Some(Flag {
        kind: FlagKind::ModalityShift,
        id: id_left.iter().map(|m| m.text.clone()).collect(),
        en: en_left.iter().map(|m| m.text.clone()).collect(),
        detail,
        confidence: super::confidence::MEDIUM,
    })
}
