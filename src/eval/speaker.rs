//! When a predicted speaker counts as the gold one, by the rule of
//! `score.py`: the prediction holds the head word of the gold label (its
//! last word, parenthetical notes left out) or of one of the label's
//! alternatives, at least half of its words are that label's words or title
//! words, and it does not end in a possessive. `Putin` and `Presiden Rusia
//! Vladimir Putin` name `Vladimir Putin`; `Vladimir Putin’s` and
//! `Perjalanan Li` (Li's trip) name nobody.
//!
//! This is the scorer's definition, kept word for word with `score.py`
//! (the title list included); it is not the extractor's knowledge of titles,
//! which lives in `crate::lang`.

use super::tokens::{is_blank, is_py_space, toks};

/// The title words `score.py` lets stand beside a name in a speaker label,
/// in its order (Indonesian, then English).
pub const TITLES: &[&str] = &[
    "presiden",
    "wakil",
    "menteri",
    "perdana",
    "juru",
    "bicara",
    "jubir",
    "sekretaris",
    "jenderal",
    "direktur",
    "kepala",
    "ketua",
    "pemimpin",
    "raja",
    "ratu",
    "pangeran",
    "jenderal",
    "letnan",
    "kolonel",
    "mayor",
    "kapten",
    "laksamana",
    "dr",
    "pak",
    "bu",
    "bapak",
    "ibu",
    "tuan",
    "nyonya",
    "president",
    "vice",
    "minister",
    "prime",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "general",
    "director",
    "head",
    "chief",
    "chairman",
    "chairwoman",
    "leader",
    "king",
    "queen",
    "prince",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "adm",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "the",
    "a",
    "an",
];

/// `re.sub(r"\([^)]*\)", " ", s)`: each `(` with a later `)` is cut up to
/// that `)` and replaced by one space; a `(` that is never closed stays.
fn without_parentheticals(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push(' ');
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// `re.search(r"['’]s\s*$", s)`: ends in `'s` or `’s` (lowercase `s`), white
/// space after it allowed.
fn ends_in_possessive(s: &str) -> bool {
    let s = s.trim_end_matches(is_py_space);
    s.ends_with("'s") || s.ends_with("’s")
}

/// One label: the prediction holds the label's head word and at least half
/// of its words are the label's words or titles; a prediction ending in a
/// possessive is a cut from a phrase and never names anyone. A label with no
/// words (only a parenthetical note) is named by anything.
pub fn label_ok(pred: &str, label: &str) -> bool {
    let g = toks(&without_parentheticals(label));
    let p = toks(pred);
    let Some(head) = g.last() else {
        return true;
    };
    if p.is_empty() || ends_in_possessive(pred) {
        return false;
    }
    let known = p
        .iter()
        .filter(|t| g.contains(t) || TITLES.contains(&t.as_str()))
        .count();
    p.contains(head) && known * 2 >= p.len()
}

/// The prediction names the gold speaker or one of its `|`-separated
/// alternatives (`alts`: the Indonesian text's own forms of the same
/// speaker, other spellings). A gold label with no words is matched by
/// anything.
pub fn speaker_ok(pred: &str, gold: &str, alts: &str) -> bool {
    if toks(&without_parentheticals(gold)).is_empty() {
        return true;
    }
    std::iter::once(gold)
        .chain(alts.split('|').filter(|a| !is_blank(a)))
        .any(|label| label_ok(pred, label))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_name_nobody() {
        // A noun phrase headed by something else: "Li's trip".
        assert!(!speaker_ok("Perjalanan Li", "Li Shangfu", ""));
        assert!(!speaker_ok("Vladimir Putin’s", "Vladimir Putin", ""));
        assert!(!speaker_ok("Vladimir Putin's  ", "Vladimir Putin", ""));
        // A connective and a place used as a modifier.
        assert!(!speaker_ok("Pasalnya", "Ridwan Kamil", ""));
        assert!(!speaker_ok(
            "Kota Bandung",
            "Ridwan Kamil",
            "Wali Kota Bandung Ridwan Kamil"
        ));
        // An alternative that is an office names whoever holds it.
        assert!(speaker_ok(
            "Kota Bandung",
            "Ridwan Kamil",
            "Wali Kota Bandung"
        ));
        assert!(!speaker_ok("", "Ridwan Kamil", ""));
    }

    #[test]
    fn names_titles_and_alternatives_name_the_speaker() {
        assert!(speaker_ok("Putin", "Vladimir Putin", ""));
        assert!(speaker_ok(
            "Presiden Rusia Vladimir Putin",
            "Vladimir Putin",
            ""
        ));
        // Rusia is neither a word of the label nor a title: two of three
        // words of "Presiden Rusia Putin" are, which is enough; the office
        // alone is not.
        assert!(speaker_ok("Presiden Rusia Putin", "Vladimir Putin", ""));
        assert!(!speaker_ok("Presiden Rusia", "Vladimir Putin", ""));
        assert!(speaker_ok(
            "Kementerian Pertahanan Rusia",
            "Russian Defense Ministry",
            "Kementerian Pertahanan Rusia|Kemenhan Rusia"
        ));
        assert!(!speaker_ok(
            "Kementerian Pertahanan Rusia",
            "Russian Defense Ministry",
            ""
        ));
        assert!(speaker_ok("kelompok Houthi", "Houthis", "kelompok Houthi"));
    }

    #[test]
    fn parenthetical_notes_are_not_the_head_word() {
        assert!(speaker_ok(
            "Li Shangfu",
            "Li Shangfu (Chinese defence minister)",
            ""
        ));
        // A gold label that is only a note is matched by anything.
        assert!(speaker_ok("anyone", "(unnamed)", ""));
        // An unclosed parenthesis stays in the label.
        assert_eq!(without_parentheticals("a (b) c (d"), "a   c (d");
        assert_eq!(without_parentheticals("a ((b) c) d"), "a   c) d");
    }

    #[test]
    fn only_a_lowercase_s_after_the_apostrophe_is_a_possessive() {
        // `score.py` searches case-sensitively.
        assert!(speaker_ok("PUTIN'S", "Vladimir Putin", ""));
        assert!(!speaker_ok("Putin’s\u{1f}", "Vladimir Putin", ""));
    }

    #[test]
    fn titles_are_lowercase_words() {
        for t in TITLES {
            assert_eq!(toks(t), [t.to_string()], "{t}");
        }
    }
}
