//! Light English lemmatizer: plurals, third-person -s, -ed and -ing, irregular verbs
//! and nouns, and a few irregular comparatives (`better` → `good`), for looking words
//! up in the bilingual lexicon.
//!
//! It is rule-based and context-free: it does not tag parts of speech, so a form that
//! is both a noun and a verb gets one lemma first and the others after it in
//! [`en_lemmas`] (`leaves` → `leaf`, `leave`). It does not strip derivational suffixes
//! (-ly, -ness, -tion) or regular comparatives (-er, -est). Irregular forms and
//! exception words live in sorted tables below, checked by binary search; input is a
//! lowercase word and anything else comes back unchanged.

/// Irregular forms → lemmas, best first. Sorted by form, no duplicates.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("am", &["be"]),
    ("analyses", &["analysis", "analyse"]),
    ("are", &["be"]),
    ("ate", &["eat"]),
    ("became", &["become"]),
    ("been", &["be"]),
    ("began", &["begin"]),
    ("begun", &["begin"]),
    ("being", &["be"]),
    ("best", &["good", "well"]),
    ("better", &["good", "well"]),
    ("bought", &["buy"]),
    ("broke", &["break"]),
    ("broken", &["break"]),
    ("brought", &["bring"]),
    ("built", &["build"]),
    ("came", &["come"]),
    ("caught", &["catch"]),
    ("children", &["child"]),
    ("chose", &["choose"]),
    ("chosen", &["choose"]),
    ("created", &["create"]),
    ("crises", &["crisis"]),
    ("criteria", &["criterion"]),
    ("did", &["do"]),
    ("does", &["do"]),
    ("done", &["do"]),
    ("drew", &["draw"]),
    ("driven", &["drive"]),
    ("drove", &["drive"]),
    ("dying", &["die"]),
    ("eaten", &["eat"]),
    ("fallen", &["fall"]),
    ("feet", &["foot"]),
    ("fell", &["fall"]),
    ("felt", &["feel"]),
    ("fled", &["flee"]),
    ("flew", &["fly"]),
    ("flown", &["fly"]),
    ("fought", &["fight"]),
    ("found", &["find", "found"]),
    ("gave", &["give"]),
    ("geese", &["goose"]),
    ("given", &["give"]),
    ("goes", &["go"]),
    ("gone", &["go"]),
    ("got", &["get"]),
    ("gotten", &["get"]),
    ("grew", &["grow"]),
    ("grown", &["grow"]),
    ("had", &["have"]),
    ("halves", &["half"]),
    ("has", &["have"]),
    ("having", &["have"]),
    ("heard", &["hear"]),
    ("held", &["hold"]),
    ("hid", &["hide"]),
    ("hidden", &["hide"]),
    ("is", &["be"]),
    ("kept", &["keep"]),
    ("knew", &["know"]),
    ("knives", &["knife"]),
    ("known", &["know"]),
    ("laid", &["lay"]),
    ("leaves", &["leaf", "leave"]),
    ("led", &["lead"]),
    ("left", &["leave", "left"]),
    ("lives", &["life", "live"]),
    ("lost", &["lose"]),
    ("lying", &["lie"]),
    ("made", &["make"]),
    ("meant", &["mean"]),
    ("men", &["man"]),
    ("met", &["meet"]),
    ("mice", &["mouse"]),
    ("paid", &["pay"]),
    ("phenomena", &["phenomenon"]),
    ("ran", &["run"]),
    ("ridden", &["ride"]),
    ("risen", &["rise"]),
    ("rode", &["ride"]),
    ("rose", &["rise", "rose"]),
    ("said", &["say"]),
    ("sat", &["sit"]),
    ("saw", &["see", "saw"]),
    ("seen", &["see"]),
    ("selves", &["self"]),
    ("sent", &["send"]),
    ("shelves", &["shelf"]),
    ("shot", &["shoot"]),
    ("shown", &["show"]),
    ("sold", &["sell"]),
    ("sought", &["seek"]),
    ("spent", &["spend"]),
    ("spoke", &["speak"]),
    ("spoken", &["speak"]),
    ("stole", &["steal"]),
    ("stolen", &["steal"]),
    ("stood", &["stand"]),
    ("struck", &["strike"]),
    ("taken", &["take"]),
    ("taught", &["teach"]),
    ("teeth", &["tooth"]),
    ("thieves", &["thief"]),
    ("thought", &["think", "thought"]),
    ("threw", &["throw"]),
    ("thrown", &["throw"]),
    ("told", &["tell"]),
    ("took", &["take"]),
    ("tying", &["tie"]),
    ("understood", &["understand"]),
    ("used", &["use"]),
    ("was", &["be"]),
    ("went", &["go"]),
    ("were", &["be"]),
    ("wives", &["wife"]),
    ("wolves", &["wolf"]),
    ("women", &["woman"]),
    ("won", &["win"]),
    ("wore", &["wear"]),
    ("worn", &["wear"]),
    ("worse", &["bad"]),
    ("worst", &["bad"]),
    ("written", &["write"]),
    ("wrote", &["write"]),
];

/// Words ending in -s, -ed or -ing that are not inflected forms. Sorted, no duplicates.
const UNINFLECTED: &[&str] = &[
    "aids",
    "always",
    "anything",
    "athens",
    "besides",
    "billiards",
    "bleed",
    "breed",
    "brussels",
    "ceiling",
    "chaos",
    "christmas",
    "creed",
    "diabetes",
    "during",
    "economics",
    "ethics",
    "evening",
    "everything",
    "exceed",
    "feed",
    "greed",
    "headquarters",
    "heed",
    "hundred",
    "indeed",
    "kindred",
    "lens",
    "logistics",
    "mathematics",
    "measles",
    "morning",
    "naked",
    "need",
    "netherlands",
    "news",
    "nothing",
    "overseas",
    "perhaps",
    "philippines",
    "physics",
    "politics",
    "proceed",
    "sacred",
    "seed",
    "series",
    "sibling",
    "something",
    "sometimes",
    "species",
    "speed",
    "succeed",
    "texas",
    "towards",
    "wales",
    "weed",
    "whereas",
    "wicked",
];

/// Nouns in -us whose plural is -uses (`buses` → `bus`); other -uses strip only -s
/// (`causes` → `cause`). Sorted, no duplicates.
const US_NOUNS: &[&str] = &[
    "apparatus",
    "bonus",
    "bus",
    "cactus",
    "campus",
    "caucus",
    "census",
    "chorus",
    "circus",
    "consensus",
    "corpus",
    "focus",
    "fungus",
    "genus",
    "hiatus",
    "impetus",
    "nexus",
    "prospectus",
    "status",
    "stimulus",
    "surplus",
    "syllabus",
    "virus",
];

/// Doubled final consonants that belong to the lemma (`added` → `add`). Sorted.
const DOUBLED_LEMMAS: &[&str] = &["add", "ebb", "egg", "err", "odd", "purr"];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn has_vowel(s: &[u8]) -> bool {
    s.iter().any(|&c| is_vowel(c) || c == b'y')
}

fn in_table(table: &[&str], word: &str) -> bool {
    table.binary_search(&word).is_ok()
}

fn irregular(word: &str) -> Option<&'static [&'static str]> {
    IRREGULAR
        .binary_search_by(|(form, _)| form.cmp(&word))
        .ok()
        .map(|i| IRREGULAR[i].1)
}

/// Vowel–consonant groups in `s` (Porter's measure m), with `y` after a consonant a vowel.
fn measure(s: &[u8]) -> usize {
    let mut m = 0;
    let mut prev_vowel = false;
    for (i, &c) in s.iter().enumerate() {
        let v = is_vowel(c) || (c == b'y' && i > 0 && !prev_vowel);
        if prev_vowel && !v {
            m += 1;
        }
        prev_vowel = v;
    }
    m
}

/// Whether a stem left by -ed/-ing needs its final `e` back (`arriv` → `arrive`).
fn needs_e(s: &[u8]) -> bool {
    let n = s.len();
    if n < 2 {
        return false;
    }
    let (p, last) = (s[n - 2], s[n - 1]);
    let before = if n >= 3 { s[n - 3] } else { b' ' };
    match last {
        // No English word ends in v or c after a vowel; -u, -z rarely.
        b'v' | b'u' => true,
        b'c' => true,
        b'z' => p != b'z',
        // -dge, -rge, -ange/-enge (change, challenge) but not -ong/-ing.
        b'g' => matches!(p, b'd' | b'r') || (p == b'n' && matches!(before, b'a' | b'e')),
        // handle, settle, but not call or feel.
        b'l' => !is_vowel(p) && p != b'l' && p != b'r',
        // declare, ignore, secure, require; not clear, pour, enter.
        b'r' => matches!(p, b'a' | b'i' | b'o' | b'u') && !is_vowel(before),
        // raise, cause, close, release; nurse, collapse; not pass.
        b's' if p == b'u' => !std::str::from_utf8(s).is_ok_and(|w| in_table(US_NOUNS, w)),
        b's' => is_vowel(p) || matches!(p, b'r' | b'n' | b'p'),
        // create, update, but not treat, float, beat.
        b't' if matches!(p, b'a' | b'u' | b'o') => !is_vowel(before) && before != b' ',
        // decide, explode, include, invade; not avoid, load.
        b'd' if matches!(p, b'i' | b'o' | b'u' | b'a') => !is_vowel(before) && before != b' ',
        // describe; name, hope, vote, smoke (one-syllable consonant–vowel–consonant).
        _ => {
            let cvc = !is_vowel(last)
                && is_vowel(p)
                && !is_vowel(before)
                && !matches!(last, b'w' | b'x' | b'y');
            cvc && measure(s) == 1 || (last == b'b' && p == b'i')
        }
    }
}

/// The lemma candidates for a stem left by stripping -ed or -ing, best first.
fn restore_stem(stem: &str) -> Vec<String> {
    let s = stem.as_bytes();
    let n = s.len();
    if n >= 3 && s[n - 1] == s[n - 2] && !is_vowel(s[n - 1]) && !in_table(DOUBLED_LEMMAS, stem) {
        let keep_double =
            matches!(s[n - 1], b's' | b'z' | b'f') || (s[n - 1] == b'l' && measure(s) <= 1);
        if !keep_double {
            return vec![stem[..n - 1].to_string(), stem.to_string()];
        }
        return vec![stem.to_string()];
    }
    if s.last() == Some(&b'e') {
        // agreed, freed, seeing: the stem already ends in e.
        return vec![stem.to_string()];
    }
    if needs_e(s) {
        vec![format!("{stem}e"), stem.to_string()]
    } else {
        vec![stem.to_string()]
    }
}

/// Candidate lemmas by suffix rules, best first; empty when no rule applies.
fn rule_lemmas(word: &str) -> Vec<String> {
    let b = word.as_bytes();
    let n = b.len();
    if let Some(stem) = word.strip_suffix("ing") {
        if stem.len() >= 2 && has_vowel(stem.as_bytes()) {
            return restore_stem(stem);
        }
        return Vec::new();
    }
    if let Some(stem) = word.strip_suffix("ied") {
        return if stem.len() <= 1 {
            vec![format!("{stem}ie")]
        } else {
            vec![format!("{stem}y")]
        };
    }
    if let Some(stem) = word.strip_suffix("ed") {
        if stem.ends_with('e') && stem.len() >= 2 {
            // agreed, freed, guaranteed: only -d was added.
            return vec![word[..n - 1].to_string()];
        }
        if stem.len() >= 2 && has_vowel(stem.as_bytes()) {
            return restore_stem(stem);
        }
        return Vec::new();
    }
    if n < 3 || b[n - 1] != b's' {
        return Vec::new();
    }
    if word.ends_with("ss") || word.ends_with("is") || word.ends_with("ous") {
        return Vec::new();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return if stem.len() <= 1 {
            vec![format!("{stem}ie")]
        } else {
            vec![format!("{stem}y")]
        };
    }
    if let Some(stem) = word.strip_suffix("es") {
        if in_table(US_NOUNS, stem) {
            return vec![stem.to_string()];
        }
        if let Some(single) = stem.strip_suffix('s').filter(|s| in_table(US_NOUNS, s)) {
            return vec![single.to_string()];
        }
        if ["ss", "sh", "ch", "x", "zz"]
            .iter()
            .any(|e| stem.ends_with(e))
        {
            return vec![stem.to_string(), format!("{stem}e")];
        }
        if stem.ends_with('o') && stem.len() > 3 {
            return vec![stem.to_string(), format!("{stem}e")];
        }
        return vec![format!("{stem}e")];
    }
    if word.ends_with("us") || n < 4 {
        return Vec::new();
    }
    vec![word[..n - 1].to_string()]
}

/// Candidate lemmas of a lowercase English word, best first, without duplicates; the
/// word itself comes last when a rule changed it (`meeting` may be the noun).
pub fn en_lemmas(word: &str) -> Vec<String> {
    if let Some(lemmas) = irregular(word) {
        return lemmas.iter().map(|l| l.to_string()).collect();
    }
    if in_table(UNINFLECTED, word) || !word.bytes().all(|c| c.is_ascii_lowercase()) {
        return vec![word.to_string()];
    }
    let mut out = rule_lemmas(word);
    out.retain(|l| !l.is_empty());
    out.push(word.to_string());
    let mut seen = Vec::with_capacity(out.len());
    for l in out {
        if !seen.contains(&l) {
            seen.push(l);
        }
    }
    seen
}

/// The best lemma of a lowercase English word (the word itself when nothing applies).
///
/// ```
/// use kutip::morph::lemma_en;
/// assert_eq!(lemma_en("policies"), "policy");
/// assert_eq!(lemma_en("arrived"), "arrive");
/// assert_eq!(lemma_en("said"), "say");
/// ```
pub fn lemma_en(word: &str) -> String {
    en_lemmas(word)
        .into_iter()
        .next()
        .unwrap_or_else(|| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(cases: &[(&str, &str)]) {
        let bad: Vec<String> = cases
            .iter()
            .filter_map(|&(w, want)| {
                let got = lemma_en(w);
                (got != want).then(|| format!("{w}: got {got}, want {want}"))
            })
            .collect();
        assert!(bad.is_empty(), "{bad:#?}");
    }

    #[test]
    fn tables_sorted_and_deduplicated() {
        assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(IRREGULAR.iter().all(|(_, l)| !l.is_empty()));
        for t in [UNINFLECTED, US_NOUNS, DOUBLED_LEMMAS] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{t:?}");
        }
    }

    #[test]
    fn plurals() {
        check(&[
            ("ties", "tie"),
            ("policies", "policy"),
            ("countries", "country"),
            ("buses", "bus"),
            ("viruses", "virus"),
            ("boxes", "box"),
            ("watches", "watch"),
            ("causes", "cause"),
            ("heroes", "hero"),
            ("officials", "official"),
            ("talks", "talk"),
            ("this", "this"),
            ("news", "news"),
            ("series", "series"),
            ("species", "species"),
            ("crisis", "crisis"),
            ("status", "status"),
            ("famous", "famous"),
            ("class", "class"),
            ("gas", "gas"),
            ("its", "its"),
        ]);
    }

    #[test]
    fn verb_forms() {
        check(&[
            ("talked", "talk"),
            ("talking", "talk"),
            ("arrived", "arrive"),
            ("arriving", "arrive"),
            ("stopped", "stop"),
            ("planned", "plan"),
            ("called", "call"),
            ("passed", "pass"),
            ("controlled", "control"),
            ("added", "add"),
            ("agreed", "agree"),
            ("tried", "try"),
            ("died", "die"),
            ("created", "create"),
            ("stated", "state"),
            ("voted", "vote"),
            ("treated", "treat"),
            ("decided", "decide"),
            ("included", "include"),
            ("changed", "change"),
            ("belonged", "belong"),
            ("forced", "force"),
            ("caused", "cause"),
            ("focused", "focus"),
            ("raised", "raise"),
            ("updated", "update"),
            ("executed", "execute"),
            ("shouted", "shout"),
            ("described", "describe"),
            ("judged", "judge"),
            ("continued", "continue"),
            ("declared", "declare"),
            ("entered", "enter"),
            ("opened", "open"),
            ("visited", "visit"),
            ("making", "make"),
            ("meeting", "meet"),
            ("saying", "say"),
            ("hostile", "hostile"),
            ("king", "king"),
            ("during", "during"),
            ("hundred", "hundred"),
            ("need", "need"),
        ]);
    }

    #[test]
    fn irregulars() {
        check(&[
            ("said", "say"),
            ("went", "go"),
            ("men", "man"),
            ("children", "child"),
            ("was", "be"),
            ("were", "be"),
            ("is", "be"),
            ("are", "be"),
            ("been", "be"),
            ("has", "have"),
            ("had", "have"),
            ("did", "do"),
            ("does", "do"),
            ("led", "lead"),
            ("told", "tell"),
            ("came", "come"),
            ("took", "take"),
            ("made", "make"),
            ("gave", "give"),
            ("found", "find"),
            ("better", "good"),
            ("worst", "bad"),
            ("bigger", "bigger"),
        ]);
    }

    #[test]
    fn candidates_best_first() {
        assert_eq!(en_lemmas("leaves"), ["leaf", "leave"]);
        assert_eq!(en_lemmas("meeting"), ["meet", "meeting"]);
        assert_eq!(en_lemmas("news"), ["news"]);
        assert_eq!(en_lemmas(""), [""]);
        assert_eq!(en_lemmas("Talks"), ["Talks"]);
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,60}") {
            let _ = lemma_en(&s);
            prop_assert!(!en_lemmas(&s).is_empty());
        }

        #[test]
        fn never_panics_on_suffix_soup(s in "[a-z]{0,4}(s|es|ies|ed|ied|ing|ss|us)?") {
            prop_assert!(!en_lemmas(&s).is_empty());
        }
    }
}
