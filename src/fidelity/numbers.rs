//! `number_mismatch`: numbers, quantities and dates of the two sides,
//! normalized by [`crate::lexicon::numbers`] and paired when they agree
//! (`puluhan ribu` / `tens of thousands`, `35 tahun` / `35-year`). A mention
//! left without a partner is flagged, whether the other side states another
//! value or none.
//!
//! Spelled-out ones and twos stand alone on one side too often to mean
//! anything (`seorang` / `a`, `dua negara` / `both countries`), so they are
//! not flagged when one-sided. Nothing here knows which mismatch matters
//! more.

use super::{Flag, FlagKind, PairView};
use crate::lang::Lang;
use crate::lexicon::numbers::{NumberMention, NumberUnit, find_numbers, numbers_agree};

/// A number of one side: its mention and the words it covers.
struct Found {
    mention: NumberMention,
    text: String,
    spelled: bool,
}

fn found(lang: Lang, words: &[&str]) -> Vec<Found> {
    find_numbers(lang, words)
        .into_iter()
        .map(|m| {
            let ws = words.get(m.tokens.clone()).unwrap_or(&[]);
            Found {
                spelled: !ws.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())),
                text: ws.join(" "),
                mention: m,
            }
        })
        .collect()
}

/// A one-sided spelled-out one or two is not evidence.
fn negligible(f: &Found) -> bool {
    f.spelled
        && !f.mention.approx
        && f.mention.value <= 2.0
        && matches!(f.mention.unit, NumberUnit::Plain | NumberUnit::Ordinal)
}

/// Numbers on one side without an agreeing number on the other.
pub fn check(v: &PairView<'_>) -> Option<Flag> {
    let id_words: Vec<&str> = v.id_words.iter().map(|&k| v.id_text(k)).collect();
    let en_words: Vec<&str> = v.en_words.iter().map(|&k| v.en_text(k)).collect();
    let id = found(Lang::Id, &id_words);
    let en = found(Lang::En, &en_words);
    let mut en_used = vec![false; en.len()];
    let mut id_left = Vec::new();
    for f in &id {
        match (0..en.len()).find(|&j| !en_used[j] && numbers_agree(&f.mention, &en[j].mention)) {
            Some(j) => en_used[j] = true,
            None => id_left.push(f),
        }
    }
    let en_left: Vec<&Found> = en
        .iter()
        .zip(&en_used)
        .filter(|(_, used)| !**used)
        .map(|(f, _)| f)
        .collect();
    let id_left: Vec<&Found> = id_left.into_iter().filter(|f| !negligible(f)).collect();
    let en_left: Vec<&Found> = en_left.into_iter().filter(|f| !negligible(f)).collect();
    if id_left.is_empty() && en_left.is_empty() {
        return None;
    }
    let detail = match (id_left.is_empty(), en_left.is_empty()) {
        (false, false) => "the numbers differ",
        (false, true) => "a number in the Indonesian only",
        _ => "a number in the English only",
    };
    Some(Flag {
        kind: FlagKind::NumberMismatch,
        id: id_left.iter().map(|f| f.text.clone()).collect(),
        en: en_left.iter().map(|f| f.text.clone()).collect(),
        detail: detail.to_owned(),
        confidence: super::confidence::MEDIUM,
    })
}
