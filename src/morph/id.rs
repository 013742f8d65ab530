//! Indonesian stemmer in the Nazief–Adriani / ECS tradition, with every analysis
//! validated against an embedded root list (Debian `hunspell-id`, LGPL-3; see
//! `corpora/lexicon/id-roots.SOURCE.md`).
//!
//! It strips particles (-lah, -kah, -tah, -pun), possessives (-ku, -mu, -nya) and
//! derivational suffixes (-kan, -i, -an), then up to three prefixes (di-, ke-, se-,
//! ber-, ter-, per-, meN-, peN- with their sound changes), trying every order and every
//! recoding like ECS does, and undoes reduplication (`kata-kata`, `sayur-mayur`).
//! It does not tag parts of speech, handle infixes (-el-, -em-, -er-) or stem proper
//! names differently from other words: callers decide which tokens to stem.
//!
//! Ranking of analyses: the word itself when it is a root; then longer roots first
//! (recoded roots such as `pukul` beat stray fragments such as `ukul`); then fewer
//! affixes; then suffix-only analyses before prefixed ones (Nazief order, so `berikan`
//! gives `beri`, not `ikan`). A word with no validated analysis is returned unchanged,
//! which keeps loanwords like `komunikasi` whole. Input is expected lowercase NFC;
//! any other string is returned unchanged or analysed without panicking.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::LazyLock;

static ROOTS_TXT: &str = include_str!("../../corpora/lexicon/id-roots.txt");

/// Parses the root list now (it is otherwise parsed on first use): see
/// [`crate::prepare_tables`].
pub(crate) fn prepare() {
    LazyLock::force(&ROOTS);
}

/// The root list, parsed once: root → bit set of the derivational suffixes the source
/// dictionary attaches to it (`Deriv::bit`). Empty lines and `#` lines are skipped.
static ROOTS: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    // Sized for every line at once: growing the table step by step costs
    // more than parsing the list.
    let mut roots = HashMap::with_capacity_and_hasher(
        ROOTS_TXT.bytes().filter(|&b| b == b'\n').count() + 1,
        Default::default(),
    );
    let lines = ROOTS_TXT
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    for l in lines {
        let (root, marks) = l.split_once('\t').unwrap_or((l, ""));
        let bits = marks
            .chars()
            .filter_map(Deriv::from_mark)
            .fold(0, |b, d| b | d.bit());
        roots.insert(root.trim(), bits);
    }
    roots
});

/// Words longer than this (bytes) are returned as they are: no Indonesian word is
/// that long, and it bounds the work on odd input.
const MAX_WORD_BYTES: usize = 48;
/// Shortest root an analysis may leave (`ada`, `isi`); two-letter fragments are noise.
const MIN_ROOT_CHARS: usize = 3;
/// Most prefixes stripped in one analysis (`ke-ber-`, `di-per-`, `mem-per-`).
const MAX_PREFIXES: usize = 3;

/// Particles, tried before possessives (`bukunyalah`).
const PARTICLES: &[&str] = &["kah", "lah", "pun", "tah"];
/// Possessive enclitics.
const POSSESSIVES: &[&str] = &["ku", "mu", "nya"];

/// Derivational suffixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Deriv {
    Kan,
    I,
    An,
}

impl Deriv {
    /// The mark `scripts/build_roots.py` writes for this suffix.
    fn from_mark(c: char) -> Option<Deriv> {
        match c {
            'k' => Some(Deriv::Kan),
            'i' => Some(Deriv::I),
            'a' => Some(Deriv::An),
            _ => None,
        }
    }

    fn bit(self) -> u8 {
        match self {
            Deriv::Kan => 1,
            Deriv::I => 2,
            Deriv::An => 4,
        }
    }
}

/// Whether the root list records that `root` takes `deriv` (always true without a suffix).
fn attested(root: &str, deriv: Option<Deriv>) -> bool {
    match deriv {
        None => true,
        Some(d) => ROOTS.get(root).is_some_and(|bits| bits & d.bit() != 0),
    }
}

/// Forms whose prefix allomorph the grammar conditions on one base (ber- → bel- before
/// `ajar`, per- → pel-, ter- → tel-): (form without suffixes, root).
const LEXICAL_ALLOMORPHS: &[(&str, &str)] = &[
    ("belajar", "ajar"),
    ("belunjur", "unjur"),
    ("pelajar", "ajar"),
    ("telanjur", "anjur"),
];

const DERIVATIONAL: &[(&str, Deriv)] = &[("kan", Deriv::Kan), ("an", Deriv::An), ("i", Deriv::I)];

/// Prefix families, for the confix restrictions and to stop a prefix repeating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Di,
    Ke,
    Se,
    Ber,
    Ter,
    Per,
    MeN,
    PeN,
}

/// What follows a prefix for a rule to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    Any,
    Vowel,
    Consonant,
    /// One of these letters.
    OneOf(&'static str),
    /// A consonant then `er` (`bekerja`, `tepercaya`).
    ConsonantEr,
}

/// One prefix rule: the spelled prefix, what must follow, and the letter restored at
/// the front of the remainder (meN-/peN- recoding), if any.
struct PrefixRule {
    spelled: &'static str,
    next: Next,
    restore: Option<char>,
    family: Family,
}

const fn rule(
    spelled: &'static str,
    next: Next,
    restore: Option<char>,
    family: Family,
) -> PrefixRule {
    PrefixRule {
        spelled,
        next,
        restore,
        family,
    }
}

/// Prefix rules in trial order: for one spelled prefix the plain strip comes before the
/// recoded one, so `memakan` gives `makan` before `pakan` can compete on length alone.
const PREFIX_RULES: &[PrefixRule] = &[
    rule("di", Next::Any, None, Family::Di),
    rule("ke", Next::Any, None, Family::Ke),
    rule("se", Next::Any, None, Family::Se),
    rule("ber", Next::Any, None, Family::Ber),
    rule("be", Next::OneOf("r"), None, Family::Ber),
    rule("be", Next::ConsonantEr, None, Family::Ber),
    rule("ter", Next::Any, None, Family::Ter),
    rule("te", Next::OneOf("r"), None, Family::Ter),
    rule("te", Next::ConsonantEr, None, Family::Ter),
    rule("per", Next::Any, None, Family::Per),
    rule("pe", Next::Consonant, None, Family::Per),
    // meN-
    rule("me", Next::OneOf("lmnrwy"), None, Family::MeN),
    rule("mem", Next::OneOf("bfvp"), None, Family::MeN),
    rule("mem", Next::Vowel, Some('p'), Family::MeN),
    rule("men", Next::OneOf("cdjszt"), None, Family::MeN),
    rule("men", Next::Vowel, Some('t'), Family::MeN),
    rule("menge", Next::Any, None, Family::MeN),
    rule("meng", Next::OneOf("ghkqx"), None, Family::MeN),
    rule("meng", Next::Vowel, None, Family::MeN),
    rule("meng", Next::Vowel, Some('k'), Family::MeN),
    rule("meny", Next::Vowel, Some('s'), Family::MeN),
    // peN-
    rule("pem", Next::OneOf("bfvp"), None, Family::PeN),
    rule("pem", Next::Vowel, Some('p'), Family::PeN),
    rule("pen", Next::OneOf("cdjszt"), None, Family::PeN),
    rule("pen", Next::Vowel, Some('t'), Family::PeN),
    rule("penge", Next::Any, None, Family::PeN),
    rule("peng", Next::OneOf("ghkqx"), None, Family::PeN),
    rule("peng", Next::Vowel, None, Family::PeN),
    rule("peng", Next::Vowel, Some('k'), Family::PeN),
    rule("peny", Next::Vowel, Some('s'), Family::PeN),
];

/// Confixes the grammar rules out (Nazief–Adriani): be-…-i, di-…-an, ke-…-i,
/// ke-…-kan, meN-…-an, se-…-i, se-…-kan, ter-…-an.
const DISALLOWED_CONFIXES: &[(Family, Deriv)] = &[
    (Family::Ber, Deriv::I),
    (Family::Di, Deriv::An),
    (Family::Ke, Deriv::I),
    (Family::Ke, Deriv::Kan),
    (Family::MeN, Deriv::An),
    (Family::Se, Deriv::I),
    (Family::Se, Deriv::Kan),
    (Family::Ter, Deriv::An),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn is_consonant(c: char) -> bool {
    c.is_ascii_lowercase() && !is_vowel(c)
}

/// Whether `word` is in the embedded root list.
pub fn is_id_root(word: &str) -> bool {
    ROOTS.contains_key(word)
}

/// One validated analysis: the root and how it ranks.
struct Analysis {
    root: String,
    affixes: usize,
    /// 0 for the word itself, 1 for suffix-only, 2 for analyses with a prefix.
    class: u8,
    /// A lexically conditioned allomorph (`belajar`): ranks before any length.
    lexical: bool,
    /// The source dictionary attaches the stripped derivational suffix to this root.
    attested: bool,
    order: usize,
}

impl Analysis {
    /// Sort key, smaller is better.
    fn key(&self) -> (bool, bool, bool, std::cmp::Reverse<usize>, usize, u8, usize) {
        (
            self.class != 0,
            !self.lexical,
            !self.attested,
            std::cmp::Reverse(self.root.chars().count()),
            self.affixes,
            self.class,
            self.order,
        )
    }
}

/// Collects analyses without duplicates, keeping the best rank per root.
#[derive(Default)]
struct Found {
    items: Vec<Analysis>,
}

impl Found {
    fn add(&mut self, root: &str, affixes: usize, class: u8, deriv: Option<Deriv>, lexical: bool) {
        if root.chars().count() < MIN_ROOT_CHARS && class > 0 {
            return;
        }
        if !is_id_root(root) {
            return;
        }
        let new = Analysis {
            root: root.to_string(),
            affixes,
            class,
            lexical,
            attested: attested(root, deriv),
            order: self.items.len(),
        };
        if let Some(a) = self.items.iter_mut().find(|a| a.root == root) {
            if new.key() < a.key() {
                *a = Analysis {
                    order: a.order,
                    ..new
                };
            }
            return;
        }
        self.items.push(new);
    }

    fn into_ranked(mut self) -> Vec<String> {
        self.items.sort_by_key(Analysis::key);
        self.items.into_iter().map(|a| a.root).collect()
    }
}

/// A suffix-stripped base: a slice of the word, the number of suffixes removed and the
/// derivational suffix, if one was removed.
struct Base<'a> {
    text: &'a str,
    suffixes: usize,
    deriv: Option<Deriv>,
}

fn strip_suffix<'a>(word: &'a str, suffix: &str) -> Option<&'a str> {
    // Suffixes are ASCII, so the cut is on a char boundary.
    word.strip_suffix(suffix).filter(|rest| rest.len() >= 2)
}

/// Every way to peel particle, possessive and derivational suffix off `word`, least
/// stripped first (the order in which Nazief–Adriani checks the dictionary).
fn suffix_bases(word: &str) -> Vec<Base<'_>> {
    let mut layer1 = vec![(word, 0usize)];
    for p in PARTICLES {
        if let Some(rest) = strip_suffix(word, p) {
            layer1.push((rest, 1));
        }
    }
    let mut layer2 = Vec::with_capacity(layer1.len() * 2);
    for &(w, n) in &layer1 {
        layer2.push((w, n));
        for p in POSSESSIVES {
            if let Some(rest) = strip_suffix(w, p) {
                layer2.push((rest, n + 1));
            }
        }
    }
    let mut out = Vec::with_capacity(layer2.len() * 2);
    for &(w, n) in &layer2 {
        out.push(Base {
            text: w,
            suffixes: n,
            deriv: None,
        });
    }
    for &(w, n) in &layer2 {
        for &(s, d) in DERIVATIONAL {
            if let Some(rest) = strip_suffix(w, s) {
                out.push(Base {
                    text: rest,
                    suffixes: n + 1,
                    deriv: Some(d),
                });
            }
        }
    }
    out
}

fn next_matches(next: Next, rest: &str) -> bool {
    let mut chars = rest.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    match next {
        Next::Any => true,
        Next::Vowel => is_vowel(c),
        Next::Consonant => is_consonant(c),
        Next::OneOf(set) => set.contains(c),
        Next::ConsonantEr => is_consonant(c) && c != 'r' && chars.as_str().starts_with("er"),
    }
}

/// Strips prefixes from `text` recursively, recording every validated root.
fn strip_prefixes(
    text: &str,
    depth: usize,
    suffixes: usize,
    deriv: Option<Deriv>,
    used: &mut Vec<Family>,
    found: &mut Found,
) {
    if depth >= MAX_PREFIXES {
        return;
    }
    for r in PREFIX_RULES {
        let Some(rest) = text.strip_prefix(r.spelled) else {
            continue;
        };
        if !next_matches(r.next, rest) || used.contains(&r.family) {
            continue;
        }
        // The confix restriction binds the outermost prefix to the suffix.
        if depth == 0
            && let Some(d) = deriv
            && DISALLOWED_CONFIXES.contains(&(r.family, d))
        {
            continue;
        }
        let candidate: Cow<'_, str> = match r.restore {
            Some(c) => {
                let mut s = String::with_capacity(rest.len() + 1);
                s.push(c);
                s.push_str(rest);
                Cow::Owned(s)
            }
            None => Cow::Borrowed(rest),
        };
        let affixes = suffixes + depth + 1;
        found.add(&candidate, affixes, 2, deriv, false);
        add_lexical(&candidate, affixes, deriv, found);
        used.push(r.family);
        strip_prefixes(&candidate, depth + 1, suffixes, deriv, used, found);
        used.pop();
    }
}

/// Records the root of a lexically conditioned allomorph form (`belajar` → `ajar`).
fn add_lexical(text: &str, affixes: usize, deriv: Option<Deriv>, found: &mut Found) {
    for &(form, root) in LEXICAL_ALLOMORPHS {
        if text == form {
            found.add(root, affixes + 1, 2, deriv, true);
        }
    }
}

fn plain_word(word: &str) -> bool {
    !word.is_empty() && word.len() <= MAX_WORD_BYTES && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// All validated analyses of a word without hyphens, ranked.
fn analyse_simple(word: &str) -> Vec<String> {
    let mut found = Found::default();
    if is_id_root(word) {
        found.add(word, 0, 0, None, false);
    }
    if !plain_word(word) {
        return found.into_ranked();
    }
    let bases = suffix_bases(word);
    for b in bases.iter().filter(|b| b.suffixes > 0) {
        found.add(b.text, b.suffixes, 1, b.deriv, false);
    }
    for b in &bases {
        add_lexical(b.text, b.suffixes, b.deriv, &mut found);
    }
    let mut used = Vec::with_capacity(MAX_PREFIXES);
    // Most stripped bases first: Nazief–Adriani removes suffixes before prefixes, so on
    // a tie `memberikan` gives `beri` (mem-beri-kan), not `ikan` (mem-ber-ikan).
    for b in bases.iter().rev() {
        strip_prefixes(b.text, 0, b.suffixes, b.deriv, &mut used, &mut found);
    }
    found.into_ranked()
}

fn stem_simple(word: &str) -> String {
    if is_id_root(word) {
        return word.to_string();
    }
    analyse_simple(word)
        .into_iter()
        .next()
        .unwrap_or_else(|| word.to_string())
}

/// Whether two halves of a hyphenated word form a partial reduplication: same length and
/// the same word bar the first letter (`sayur-mayur`, `lauk-pauk`) or bar vowels
/// (`bolak-balik`, `gerak-gerik`).
fn partial_reduplication(a: &str, b: &str) -> bool {
    let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if ac.len() != bc.len() || ac.len() < 3 {
        return false;
    }
    if ac[1..] == bc[1..] {
        return true;
    }
    let diffs: Vec<(char, char)> = ac
        .iter()
        .zip(&bc)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (*x, *y))
        .collect();
    !diffs.is_empty()
        && diffs.len() <= 2
        && diffs.iter().all(|(x, y)| is_vowel(*x) && is_vowel(*y))
        && ac[0] == bc[0]
}

/// The two halves of a word with exactly one inner hyphen.
fn hyphen_halves(word: &str) -> Option<(&str, &str)> {
    let (a, b) = word.split_once('-')?;
    (!a.is_empty() && !b.is_empty() && !b.contains('-')).then_some((a, b))
}

/// The root of a reduplication's base (`serangan-serangan` → `serang`,
/// `tarik-menarik` → `tarik`, `berlari-lari` → `lari`, `sayur-mayur` → `sayur`), or
/// `None` when the halves are not a reduplication (`militer-politik`).
fn reduplication_base(a: &str, b: &str) -> Option<String> {
    let sa = stem_simple(a);
    let sb = stem_simple(b);
    let full = a == b || sa == sb || sa == b || sb == a;
    if !full && !partial_reduplication(a, b) {
        return None;
    }
    Some(if is_id_root(&sa) || !is_id_root(&sb) {
        sa
    } else {
        sb
    })
}

/// Analyses of a hyphenated word: the reduplication base first, then the listed
/// compound itself, then the roots of its halves.
fn analyse_hyphenated(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let push = |s: String, out: &mut Vec<String>| {
        if is_id_root(&s) && !out.contains(&s) {
            out.push(s);
        }
    };
    let halves = hyphen_halves(word);
    if let Some(base) = halves.and_then(|(a, b)| reduplication_base(a, b)) {
        push(base, &mut out);
    }
    push(word.to_string(), &mut out);
    if let Some((a, b)) = halves {
        push(stem_simple(a), &mut out);
        push(stem_simple(b), &mut out);
    }
    out
}

/// The best root of a lowercase NFC word, or the word itself when nothing applies.
///
/// A reduplication gives the root of its base; any other hyphenated compound
/// (`militer-politik`) is returned whole, since its halves are two words.
///
/// ```
/// use kutip::morph::stem_id;
/// assert_eq!(stem_id("kepentingan"), "penting");
/// assert_eq!(stem_id("kata-kata"), "kata");
/// assert_eq!(stem_id("komunikasi"), "komunikasi");
/// ```
pub fn stem_id(word: &str) -> String {
    if word.contains('-') {
        return hyphen_halves(word)
            .and_then(|(a, b)| reduplication_base(a, b))
            .unwrap_or_else(|| word.to_string());
    }
    stem_simple(word)
}

/// Every plausible validated root of a word, best first, without duplicates; the word
/// itself is included when it is a root. Empty when no analysis validates.
pub fn id_roots(word: &str) -> Vec<String> {
    // Extraction, alignment and fidelity ask about the same words again and
    // again; the analysis is the costly part, so it is kept per thread.
    ROOTS_MEMO.with(|memo| {
        if let Some(roots) = memo.borrow().get(word) {
            return roots.clone();
        }
        let roots = if word.contains('-') {
            analyse_hyphenated(word)
        } else {
            analyse_simple(word)
        };
        let mut memo = memo.borrow_mut();
        if memo.len() >= ROOTS_MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(word.into(), roots.clone());
        roots
    })
}

/// Words whose roots are kept per thread before the memo starts afresh.
const ROOTS_MEMO_LIMIT: usize = 100_000;

thread_local! {
    static ROOTS_MEMO: std::cell::RefCell<HashMap<Box<str>, Vec<String>>> =
        std::cell::RefCell::new(HashMap::default());
}

#[cfg(test)]
#[path = "id_tests.rs"]
mod tests;
