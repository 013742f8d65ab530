//! English labels for unnamed speakers: `pejabat-pejabat Amerika` →
//! `US officials`, `Gedung Putih` → `White House`, `keluarga Abu Anas` →
//! `Abu Anas family`, `Korea Utara` → `North Korea`.
//!
//! Word by word from the language's speaker-gloss table (longest phrase
//! first); names stay as written; a reduplicated head is plural. The
//! Indonesian head comes first and its modifiers after it, English puts the
//! modifiers first. A phrase with a word that is neither in the table nor a
//! name is not labelled (`None`), and neither is anything in a language
//! without a gloss table. Named people are never glossed: that is the
//! caller's choice, this module only translates phrases.

use crate::lang::LangTables;
use crate::lexicon::Lexicon;

/// One translated piece of the phrase.
struct Chunk {
    english: String,
    /// The piece was a nationality or place word of the table.
    name_like: bool,
}

/// The English label of an unnamed speaker phrase, or `None` when some word
/// of it has no gloss.
pub fn english_label(phrase: &str, t: &LangTables, lex: &Lexicon) -> Option<String> {
    if t.speaker_glosses.is_empty() {
        return None;
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut plural = false;
    let mut i = 0;
    while i < words.len() {
        let lower = words[i].to_lowercase();
        if t.is_relativizer(&lower) {
            break;
        }
        if t.is_determiner(&lower) || t.is_indefinite(&lower) {
            plural |= lower == "para";
            i += 1;
            continue;
        }
        if let Some((n, english, redup)) = longest_gloss(&words[i..], t) {
            plural |= redup && chunks.is_empty();
            let name_like = english.starts_with(char::is_uppercase);
            chunks.push(Chunk {
                english: english.to_owned(),
                name_like,
            });
            i += n;
            continue;
        }
        if !words[i].starts_with(char::is_uppercase) {
            return None;
        }
        // A run of capitalized words is a name and stays as written.
        let start = i;
        while i < words.len()
            && words[i].starts_with(char::is_uppercase)
            && longest_gloss(&words[i..], t).is_none()
        {
            i += 1;
        }
        chunks.push(Chunk {
            english: words[start..i].join(" "),
            name_like: true,
        });
    }
    match chunks.as_slice() {
        [] => None,
        // A place on its own is the place, not its adjective.
        [only] if only.name_like => Some(place_name(phrase, lex).unwrap_or(only.english.clone())),
        [head, modifiers @ ..] => {
            let mut parts: Vec<String> =
                modifiers.iter().rev().map(|c| c.english.clone()).collect();
            parts.push(if plural {
                pluralize(&head.english)
            } else {
                head.english.clone()
            });
            Some(parts.join(" "))
        }
    }
}

/// The longest table phrase at the start of `words`: its length in words,
/// its English, and whether its single word was reduplicated (`pejabat-pejabat`).
fn longest_gloss(words: &[&str], t: &LangTables) -> Option<(usize, &'static str, bool)> {
    for n in (1..=words.len().min(3)).rev() {
        let phrase = words[..n].join(" ").to_lowercase();
        if let Some(g) = t.speaker_gloss(&phrase) {
            return Some((n, g, false));
        }
        if n == 1
            && let Some((a, b)) = phrase.split_once('-')
            && a == b
            && let Some(g) = t.speaker_gloss(a)
        {
            return Some((1, g, true));
        }
    }
    None
}

/// The English name of a place from the lexicon, title-cased.
fn place_name(phrase: &str, lex: &Lexicon) -> Option<String> {
    let key = phrase.to_lowercase();
    if !lex.is_place(&key) {
        return None;
    }
    let (english, _) = lex
        .lookup(&key)
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
    Some(
        english
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

fn pluralize(noun: &str) -> String {
    if noun.ends_with('s') || noun.starts_with(char::is_uppercase) {
        noun.to_owned()
    } else if let Some(stem) = noun.strip_suffix('y') {
        format!("{stem}ies")
    } else {
        format!("{noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn label(phrase: &str) -> Option<String> {
        english_label(phrase, Lang::Id.tables(), Lexicon::embedded())
    }

    #[test]
    fn descriptions_and_institutions() {
        assert_eq!(
            label("pejabat-pejabat Amerika").as_deref(),
            Some("US officials")
        );
        assert_eq!(
            label("seorang pejabat amerika").as_deref(),
            Some("US official")
        );
        assert_eq!(label("Gedung Putih").as_deref(), Some("White House"));
        assert_eq!(
            label("keluarga Abu Anas").as_deref(),
            Some("Abu Anas family")
        );
        assert_eq!(
            label("pejabat senior korea utara").as_deref(),
            Some("North Korean senior official")
        );
        assert_eq!(
            label("kementerian pertahanan China").as_deref(),
            Some("Chinese defence ministry")
        );
        assert_eq!(label("Korea Utara").as_deref(), Some("North Korea"));
        assert_eq!(
            label("para pejabat yang tidak mau disebut namanya").as_deref(),
            Some("officials")
        );
    }

    #[test]
    fn unknown_words_and_english_are_left_alone() {
        assert_eq!(label("petugas pemadam kebakaran"), None);
        assert_eq!(
            english_label("White House", Lang::En.tables(), Lexicon::embedded()),
            None
        );
    }
}
