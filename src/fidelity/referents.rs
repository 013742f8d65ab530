//! Whether an Indonesian and an English name refer to the same person or
//! body, across languages: by spelling and transliteration
//! ([`crate::lexicon::names`]: `Abu Anas al-Libi` / `Abu Anas el-Liby`), by
//! the glosses of their words (`Palang Merah Filipina` / `Philippine Red
//! Cross`, in any word order), and by acronyms, in one language or through
//! the glosses (`IAEA` / `International Atomic Energy Agency`, `WHO` /
//! `Organisasi Kesehatan Dunia`).
//!
//! Descriptions are compared by their content words
//! ([`same_description`]): `juru bicara pemerintah` / `a government
//! spokesman`, `Para pejabat di Sierra Leone` / `Sierra Leone officials`,
//! through the speaker glosses of the language tables (role words,
//! nationality adjectives: `Jepang` / `Japanese`) and the lexicon.
//!
//! It does not find names in text or resolve descriptions (`the agency`) to
//! people; it compares two names or descriptions given as strings, with the
//! lexicon and the language tables for glosses.

use std::rc::Rc;

use super::matching::{any_match, en_forms_memo, id_glosses_memo};
use crate::lang::Lang;
use crate::lexicon::Lexicon;
use crate::lexicon::names;
use crate::text::Document;

/// Words skipped when reading initials or comparing name words
/// (`International Atomic Energy Agency` / `IAEA`, `Bank of America`).
const LINK_WORDS: &[&str] = &["and", "dan", "de", "for", "of", "the", "untuk"];

/// Least share of the shorter name's words that must translate a word of
/// the other for the two names to be one (2 of `Palang Merah Filipina`).
const GLOSSED_WORDS_MIN_SHARE: f32 = 0.6;

fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'' && c != '’')
        .map(|w| w.trim_matches(['.', '\'', '’']).to_lowercase())
        .filter(|w| !w.is_empty() && !LINK_WORDS.contains(&w.as_str()))
        .collect()
}

/// The letters of an acronym (`U.N.` → `un`), when `token` is one: two to
/// six letters, all capitals, dots allowed.
pub fn acronym_letters(token: &str) -> Option<String> {
    let letters: String = token.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    ((2..=6).contains(&n) && letters.chars().all(|c| c.is_uppercase()))
        .then(|| letters.to_lowercase())
}

/// The capitalized runs of words among `tokens` of `doc`, as strings. A
/// pronoun is no part of a name (`said the WHO He said` holds `WHO`), and
/// a sentence's first word starts a run of its own.
pub fn capitalized_runs(doc: &Document, tokens: &[usize]) -> Vec<String> {
    let t_lang = doc.lang.tables();
    let mut runs: Vec<String> = Vec::new();
    let mut last: Option<usize> = None;
    for &k in tokens {
        let t = &doc.tokens[k];
        if !t.capitalized || t_lang.is_pronoun(&t.lower) {
            last = None;
            continue;
        }
        let w = doc.slice(t.span);
        let starts_sentence = super::PairView::sentence_initial(doc, k);
        match (last, runs.last_mut()) {
            (Some(l), Some(r)) if l + 1 == k && !starts_sentence => {
                r.push(' ');
                r.push_str(w);
            }
            _ => runs.push(w.to_owned()),
        }
        last = Some(k);
    }
    runs
}

/// Whether `letters` are the initials of `words` in that order.
fn initials_in_order(letters: &str, words: &[String]) -> bool {
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    initials == letters
}

/// Whether `letters` are, in some order, one initial of a gloss of each
/// word (`who` from `organisasi kesehatan dunia`: organization, health,
/// world). Word order changes across the languages, so any order counts.
fn initials_of_glosses(letters: &str, glosses: &[Rc<[String]>]) -> bool {
    if letters.chars().count() != glosses.len() {
        return false;
    }
    let mut left: Vec<char> = letters.chars().collect();
    // Words with the fewest possible initials first, so that a greedy
    // choice does not take a letter another word needs.
    let mut options: Vec<Vec<char>> = glosses
        .iter()
        .map(|g| {
            let mut o: Vec<char> = g.iter().filter_map(|w| w.chars().next()).collect();
            o.sort();
            o.dedup();
            o
        })
        .collect();
    options.sort_by_key(Vec::len);
    for o in options {
        match left.iter().position(|c| o.contains(c)) {
            Some(i) => {
                left.swap_remove(i);
            }
            None => return false,
        }
    }
    left.is_empty()
}

/// Whether the two names share a word by spelling (`Joe Biden` / `Joe
/// Biden's administration`, `Abu Ubaida` / `Abu Obeida`): not proof that
/// they are one, but enough doubt that a mismatch is not confident.
pub fn share_a_word(id_name: &str, en_name: &str) -> bool {
    let (a, b) = (words(id_name), words(en_name));
    a.iter()
        .filter(|w| w.chars().count() >= 3)
        .any(|x| b.iter().any(|y| names::same_person(x, y)))
}

/// Whether an Indonesian name and an English name refer to the same
/// person or body.
pub fn same_referent(lex: &Lexicon, id_name: &str, en_name: &str) -> bool {
    if names::same_person(id_name, en_name) {
        return true;
    }
    let (id_words, en_words) = (words(id_name), words(en_name));
    if id_words.is_empty() || en_words.is_empty() {
        return false;
    }
    let glosses: Vec<Rc<[String]>> = id_words.iter().map(|w| id_glosses_memo(lex, w)).collect();
    // Acronyms: one side is an acronym of the other's words (same
    // language, as the articles borrow them), or of their glosses.
    if let [single] = en_name.split_whitespace().collect::<Vec<_>>().as_slice()
        && let Some(letters) = acronym_letters(single)
        && (initials_in_order(&letters, &id_words) || initials_of_glosses(&letters, &glosses))
    {
        return true;
    }
    if let [single] = id_name.split_whitespace().collect::<Vec<_>>().as_slice()
        && let Some(letters) = acronym_letters(single)
        && initials_in_order(&letters, &en_words)
    {
        return true;
    }
    // Glosses: most words of the shorter name translate a word of the other.
    let en_forms: Vec<Rc<[String]>> = en_words.iter().map(|w| en_forms_memo(w)).collect();
    let translated = glosses
        .iter()
        .zip(&id_words)
        .filter(|(g, w)| {
            en_forms
                .iter()
                .zip(&en_words)
                .any(|(f, e)| any_match(g, f) || names::same_person(w, e))
        })
        .count();
    let shorter = id_words.len().min(en_words.len());
    translated as f32 >= GLOSSED_WORDS_MIN_SHARE * shorter as f32 && translated > 0
}

/// Content words of a description in `lang`, lowercase, possessives and
/// reduplication undone: determiners, indefinites, prepositions, pronouns
/// and link words left out, and nothing after a relativizer (`para
/// pejabat yang tidak mau disebut namanya` → `pejabat`).
fn description_words(phrase: &str, lang: Lang) -> Vec<String> {
    let t = lang.tables();
    let mut out = Vec::new();
    for raw in phrase.split(|c: char| c.is_whitespace() || c == ',') {
        let w = raw
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase();
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(&w);
        let w = crate::quote::np::unreduplicated(w).to_owned();
        if w.is_empty() {
            continue;
        }
        if t.is_relativizer(&w) {
            break;
        }
        if t.is_determiner(&w)
            || t.is_indefinite(&w)
            || t.is_preposition(&w)
            || t.is_pronoun(&w)
            || LINK_WORDS.contains(&w.as_str())
        {
            continue;
        }
        out.push(w);
    }
    out
}

/// The English words each unit of an Indonesian description may render: a
/// unit is the longest phrase of the speaker glosses at that point (`juru
/// bicara` → `spokesperson`, `arab saudi` → `Saudi`), else one word with
/// its lexicon glosses.
fn description_glosses(lex: &Lexicon, words: &[String]) -> Vec<(String, Vec<String>)> {
    let t = Lang::Id.tables();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let phrase = (1..=words.len().min(i + 3) - i).rev().find_map(|n| {
            let p = words[i..i + n].join(" ");
            t.speaker_gloss(&p).map(|g| (n, p, g))
        });
        let (n, unit, mut glosses) = match phrase {
            Some((n, p, g)) => (
                n,
                p,
                g.split(' ').map(str::to_lowercase).collect::<Vec<_>>(),
            ),
            None => (1, words[i].clone(), Vec::new()),
        };
        if n == 1 {
            glosses.extend(id_glosses_memo(lex, &words[i]).iter().cloned());
        }
        out.push((unit, glosses));
        i += n;
    }
    out
}

/// Whether an Indonesian description (or name) and an English one describe
/// the same speaker: at least [`GLOSSED_WORDS_MIN_SHARE`] of the content
/// words of the shorter translate a word of the other (`juru bicara
/// pemerintah Myanmar` / `a government spokesman`, `Pejabat-pejabat Jepang`
/// / `Japanese officials`, `menteri energi Arab Saudi` / `Saudi Energy`).
pub fn same_description(lex: &Lexicon, id_desc: &str, en_desc: &str) -> bool {
    let units = description_glosses(lex, &description_words(id_desc, Lang::Id));
    let en_words = description_words(en_desc, Lang::En);
    if units.is_empty() || en_words.is_empty() {
        return false;
    }
    let translated = translated_units(&units, &en_words);
    let shorter = units.len().min(en_words.len());
    translated > 0 && translated as f32 >= GLOSSED_WORDS_MIN_SHARE * shorter as f32
}

/// Whether some content word of an Indonesian name or description
/// translates one of an English one (`Departemen Luar Negeri Inggris` /
/// `Britain's Foreign Office` share `foreign`): not proof that they are
/// one, but enough doubt that a mismatch is not confident.
pub fn share_a_gloss(lex: &Lexicon, id_name: &str, en_name: &str) -> bool {
    let units = description_glosses(lex, &description_words(id_name, Lang::Id));
    translated_units(&units, &description_words(en_name, Lang::En)) > 0
}

/// Whether every content word of an English name translates a word of an
/// Indonesian description (`Saudi Energy` / `menteri energi Arab Saudi`):
/// the name is a fragment of the description, not a name.
pub fn made_of_description(lex: &Lexicon, id_desc: &str, en_name: &str) -> bool {
    let en_words = description_words(en_name, Lang::En);
    if en_words.is_empty() {
        return false;
    }
    made_of_units(&DescriptionUnits::of(lex, id_desc), &en_words)
}

/// An Indonesian description read for [`made_of_description`]: the
/// English words each of its units may render.
pub struct DescriptionUnits(Vec<(String, Vec<String>)>);

impl DescriptionUnits {
    pub fn of(lex: &Lexicon, id_desc: &str) -> DescriptionUnits {
        DescriptionUnits(description_glosses(
            lex,
            &description_words(id_desc, Lang::Id),
        ))
    }
}

/// The content words of an English name as [`made_of_description`]
/// compares them.
pub fn name_words(en_name: &str) -> Vec<String> {
    description_words(en_name, Lang::En)
}

/// [`made_of_description`] of a description read beforehand and the
/// content words of the name ([`name_words`]).
pub fn made_of_units(units: &DescriptionUnits, en_words: &[String]) -> bool {
    !en_words.is_empty()
        && en_words
            .iter()
            .all(|w| translated_units(&units.0, std::slice::from_ref(w)) > 0)
}

/// How many of the Indonesian description units translate one of `en_words`.
fn translated_units(units: &[(String, Vec<String>)], en_words: &[String]) -> usize {
    let en_forms: Vec<Rc<[String]>> = en_words.iter().map(|w| en_forms_memo(w)).collect();
    units
        .iter()
        .filter(|(unit, glosses)| {
            en_forms
                .iter()
                .zip(en_words)
                .any(|(f, e)| any_match(glosses, f) || names::same_person(unit, e))
        })
        .count()
}

/// Whether two English descriptions share a content word by lemma
/// (`a government spokesman` / `government spokesman Zaw Htay`).
pub fn share_content_word(a: &str, b: &str) -> bool {
    let forms = |s: &str| -> Vec<String> {
        description_words(s, Lang::En)
            .iter()
            .flat_map(|w| en_forms_memo(w).to_vec())
            .collect()
    };
    let (a, b) = (forms(a), forms(b));
    a.iter().any(|x| b.contains(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_across_languages() {
        let lex = Lexicon::embedded();
        assert!(same_referent(
            lex,
            "Palang Merah Filipina",
            "Philippine Red Cross"
        ));
        assert!(same_referent(lex, "Organisasi Kesehatan Dunia", "WHO"));
        assert!(same_referent(
            lex,
            "Organisasi Kesehatan Dunia",
            "World Health Organization"
        ));
        assert!(same_referent(
            lex,
            "IAEA",
            "International Atomic Energy Agency"
        ));
        assert!(same_referent(lex, "Abu Anas al-Libi", "Abu Anas el-Liby"));
        assert!(!same_referent(lex, "Ravindra Gupta", "David Relman"));
        assert!(!same_referent(
            lex,
            "Palang Merah Filipina",
            "World Health Organization"
        ));
        assert!(!same_referent(lex, "WHO", "Philippine Red Cross"));
        assert!(share_a_word("Abu Ubaida", "Abu Obeida"));
        assert!(!share_a_word("Ravindra Gupta", "David Relman"));
    }

    #[test]
    fn descriptions_across_languages() {
        let lex = Lexicon::embedded();
        assert!(same_description(
            lex,
            "juru bicara pemerintah yangon myanmar",
            "a government spokesman"
        ));
        assert!(same_description(
            lex,
            "Para pejabat di Sierra Leone",
            "Sierra Leone officials"
        ));
        assert!(same_description(
            lex,
            "Pejabat-pejabat Jepang",
            "Japanese officials"
        ));
        assert!(same_description(
            lex,
            "pemimpin kudeta thailand jenderal",
            "Thailand’s coup leader"
        ));
        assert!(same_description(
            lex,
            "menteri energi arab saudi pangeran",
            "Saudi Energy"
        ));
        assert!(!same_description(
            lex,
            "pejabat Amerika",
            "Iranian officials"
        ));
        assert!(made_of_description(
            lex,
            "menteri energi arab saudi pangeran",
            "Saudi Energy"
        ));
        assert!(!made_of_description(
            lex,
            "juru bicara pemerintah yangon myanmar",
            "Zaw Htay"
        ));
        assert!(!same_description(
            lex,
            "polisi Kenya",
            "Red Cross officials"
        ));
        assert!(share_a_gloss(
            lex,
            "Departemen Luar Negeri Inggris",
            "Britain's Foreign Office"
        ));
        assert!(!share_a_gloss(
            lex,
            "Kantor berita Associated Press",
            "International Atomic Energy Agency"
        ));
        assert!(share_content_word(
            "a government spokesman",
            "government spokesman"
        ));
        assert!(!share_content_word(
            "a government spokesman",
            "the police chief"
        ));
    }

    #[test]
    fn runs_stop_at_pronouns() {
        let d = Document::parse(
            "The crisis is worse, said the WHO He said. He met Kofi Annan.",
            Lang::En,
        );
        let words: Vec<usize> = (0..d.tokens.len())
            .filter(|&k| d.tokens[k].is_word())
            .collect();
        let runs = capitalized_runs(&d, &words);
        assert!(runs.contains(&"WHO".to_owned()), "{runs:?}");
        assert!(runs.contains(&"Kofi Annan".to_owned()), "{runs:?}");
        assert!(!runs.iter().any(|r| r.contains("He")), "{runs:?}");
    }

    #[test]
    fn acronyms() {
        assert_eq!(acronym_letters("U.N."), Some("un".to_owned()));
        assert_eq!(acronym_letters("IAEA"), Some("iaea".to_owned()));
        assert_eq!(acronym_letters("Iran"), None);
        let g = |ws: &[&[&str]]| -> Vec<Rc<[String]>> {
            ws.iter()
                .map(|w| w.iter().map(|s| s.to_string()).collect())
                .collect()
        };
        assert!(initials_of_glosses(
            "who",
            &g(&[&["organization"], &["health"], &["world", "earth"]])
        ));
        assert!(!initials_of_glosses(
            "who",
            &g(&[&["organization"], &["health"]])
        ));
    }
}
