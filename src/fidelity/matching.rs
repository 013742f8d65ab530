//! Word matching for the checks, on top of the alignment's word matches:
//! a few forms the alignment index does not try, because the checks need
//! them and the quote matching does not. Indonesian words are looked up
//! without their clitics (`pemerintahnya` → `pemerintah`) and through their
//! roots; English words without dots and possessives (`U.S.` → `us`,
//! `Washington's` → `washington`) and through their lemmas. A gloss matches
//! an English word when they are equal, when the gloss's initials spell it
//! (`united states` / `US`), when the English word is the gloss with a
//! demonym ending (`syria` / `Syrian`), or when they share a long prefix
//! (`reflection` / `reflected`).
//!
//! It does not translate phrases or resolve metonymy (`Washington` for the
//! US government).

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::lexicon::Lexicon;
use crate::morph;
use crate::wordmatch::similarity::GLOSS_FILLER;

/// Score given to a match found here (as strong as a lexicon match).
pub const EXTRA_MATCH: f32 = 0.8;

/// Indonesian clitics and particles stripped before a look-up.
const ID_CLITICS: &[&str] = &["kah", "ku", "lah", "mu", "nya", "pun"];

/// Demonym and adjective endings of English place names.
pub(super) const EN_PLACE_ENDINGS: &[&str] = &["an", "ese", "i", "ian", "n"];

/// The English words (and initials of multi-word glosses) an Indonesian
/// word may translate to.
pub fn id_glosses(lex: &Lexicon, lower: &str) -> Vec<String> {
    let mut forms = vec![lower.to_owned()];
    for c in ID_CLITICS {
        if let Some(s) = lower.strip_suffix(c)
            && s.chars().count() >= 3
        {
            forms.push(s.to_owned());
        }
    }
    if lex.lookup(lower).is_empty() {
        forms.extend(morph::id_roots(lower).into_iter().take(3));
    }
    let mut out: Vec<String> = Vec::new();
    for f in &forms {
        for (gloss, _) in lex.lookup(f) {
            let words: Vec<&str> = gloss
                .split(' ')
                .filter(|w| !w.is_empty() && !GLOSS_FILLER.contains(w))
                .collect();
            if words.len() > 1 {
                out.push(words.iter().filter_map(|w| w.chars().next()).collect());
            }
            out.extend(words.iter().map(|w| w.to_string()));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Words remembered per thread before the memo starts over.
const MEMO_MAX: usize = 1 << 16;

/// Per-thread memo of [`id_glosses`] (with the embedded lexicon) and
/// [`en_forms`] by word: a batch checks the same common words in article
/// after article.
#[derive(Default)]
struct Memo {
    glosses: WordMemo,
    forms: WordMemo,
}

/// Remembered word lists by word, with their heads ([`heads`]).
type WordMemo = FxHashMap<Box<str>, (Rc<[String]>, u128)>;

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// The memoized value of `lower` in the map `pick` chooses, computed by
/// `compute` the first time.
fn memoized(
    pick: fn(&mut Memo) -> &mut WordMemo,
    lower: &str,
    compute: impl FnOnce() -> Vec<String>,
) -> (Rc<[String]>, u128) {
    if let Some(v) = MEMO.with_borrow_mut(|m| pick(m).get(lower).cloned()) {
        return v;
    }
    let list: Rc<[String]> = compute().into();
    let v = (Rc::clone(&list), heads(&list));
    MEMO.with_borrow_mut(|m| {
        let map = pick(m);
        if map.len() >= MEMO_MAX {
            map.clear();
        }
        map.insert(lower.into(), (list, v.1));
    });
    v
}

/// [`id_glosses`], remembered per thread when `lex` is the embedded lexicon.
pub fn id_glosses_memo(lex: &Lexicon, lower: &str) -> Rc<[String]> {
    id_glosses_headed(lex, lower).0
}

/// [`id_glosses_memo`] with the glosses' heads ([`heads`]).
pub fn id_glosses_headed(lex: &Lexicon, lower: &str) -> (Rc<[String]>, u128) {
    if !std::ptr::eq(lex, Lexicon::embedded()) {
        let list: Rc<[String]> = id_glosses(lex, lower).into();
        let h = heads(&list);
        return (list, h);
    }
    memoized(|m| &mut m.glosses, lower, || id_glosses(lex, lower))
}

/// [`en_forms`], remembered per thread.
pub fn en_forms_memo(lower: &str) -> Rc<[String]> {
    en_forms_headed(lower).0
}

/// [`en_forms_memo`] with the forms' heads ([`heads`]).
pub fn en_forms_headed(lower: &str) -> (Rc<[String]>, u128) {
    memoized(|m| &mut m.forms, lower, || en_forms(lower))
}

/// The forms of an English word to compare glosses with.
pub fn en_forms(lower: &str) -> Vec<String> {
    let mut base = lower.replace('.', "");
    for s in ["'s", "’s"] {
        if let Some(b) = base.strip_suffix(s) {
            base = b.to_owned();
        }
    }
    let mut out = vec![base.clone()];
    out.extend(morph::en_lemmas(&base));
    // Role compounds name the role whatever the gender (`spokesman`,
    // `spokeswoman` / `spokesperson`, `chairmen` / `chairperson`).
    for end in ["woman", "women", "man", "men"] {
        if let Some(stem) = base.strip_suffix(end)
            && stem.chars().count() >= 4
        {
            out.push(format!("{stem}person"));
            break;
        }
    }
    out.sort();
    out.dedup();
    out
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Whether a gloss and an English form name the same thing.
pub fn gloss_matches(gloss: &str, form: &str) -> bool {
    if gloss == form {
        return true;
    }
    // Every other match starts with the same letter: most pairs stop here,
    // before any character counting.
    if !same_head(gloss, form) {
        return false;
    }
    let (gl, fl) = (gloss.chars().count(), form.chars().count());
    if gl >= 4
        && let Some(rest) = form.strip_prefix(gloss)
        && EN_PLACE_ENDINGS.contains(&rest)
    {
        return true;
    }
    let shorter = gl.min(fl);
    let p = common_prefix(gloss, form);
    p >= 5 && p * 5 >= shorter * 4
}

/// Bytes at the start that a gloss and a form must share to match unless
/// they are equal: a match by a demonym ending needs a gloss of at least
/// four characters that starts the form, one by a shared prefix five
/// characters in common.
pub(super) const HEAD_BYTES: usize = 4;

/// Whether `a` and `b` share their first [`HEAD_BYTES`] bytes, as two
/// different words that [`gloss_matches`] matches do.
fn same_head(a: &str, b: &str) -> bool {
    match (
        a.as_bytes().get(..HEAD_BYTES),
        b.as_bytes().get(..HEAD_BYTES),
    ) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// The heads of `words` (each word's first [`HEAD_BYTES`]
/// bytes, or the whole word when it is shorter), each hashed to one of
/// 128 bits: a gloss matches a form only when both have the same head
/// ([`gloss_matches`]), so two lists whose sets do not meet
/// have no match.
pub fn heads(words: &[String]) -> u128 {
    words.iter().fold(0, |m, w| {
        let b = w.as_bytes();
        let head = b.get(..HEAD_BYTES).unwrap_or(b);
        // FNV-1a over the head's bytes and its length; the top 7 bits.
        let h = head
            .iter()
            .chain(&[head.len() as u8])
            .fold(0xcbf2_9ce4_8422_2325u64, |h, &x| {
                (h ^ u64::from(x)).wrapping_mul(0x0100_0000_01b3)
            });
        m | 1 << (h >> 57)
    })
}

/// Whether any gloss matches any form.
pub fn any_match(glosses: &[String], forms: &[String]) -> bool {
    glosses
        .iter()
        .any(|g| forms.iter().any(|f| gloss_matches(g, f)))
}

/// [`any_match`] for glosses sorted as [`id_glosses`] returns them: a
/// gloss matches a form only when it equals it or shares its first
/// [`HEAD_BYTES`] bytes, and the glosses that do stand together.
pub fn any_match_sorted(glosses: &[String], forms: &[String]) -> bool {
    forms.iter().any(|f| match f.as_bytes().get(..HEAD_BYTES) {
        Some(head) => {
            let lo = glosses.partition_point(|g| g.as_bytes() < head);
            glosses[lo..]
                .iter()
                .take_while(|g| g.as_bytes().starts_with(head))
                .any(|g| gloss_matches(g, f))
        }
        None => glosses.binary_search(f).is_ok(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_and_glosses_meet() {
        let lex = Lexicon::embedded();
        // Initials of a multi-word gloss against a dotted acronym.
        assert!(any_match(&id_glosses(lex, "amerika"), &en_forms("u.s")));
        // A clitic stripped before the look-up.
        assert!(any_match(
            &id_glosses(lex, "pemerintahnya"),
            &en_forms("government")
        ));
        // A demonym ending and a possessive.
        assert!(gloss_matches("syria", "syrian"));
        assert!(en_forms("nairobi’s").contains(&"nairobi".to_owned()));
        assert!(en_forms("spokeswomen").contains(&"spokesperson".to_owned()));
        assert!(!en_forms("human").iter().any(|f| f.ends_with("person")));
        // The memo gives what the functions give, the first time and after.
        for _ in 0..2 {
            assert_eq!(*en_forms_memo("nairobi’s"), *en_forms("nairobi’s"));
            assert_eq!(
                *id_glosses_memo(lex, "pemerintahnya"),
                *id_glosses(lex, "pemerintahnya")
            );
        }
        // A shared long prefix, but not a short one.
        assert!(any_match(
            &["reflection".to_owned()],
            &en_forms("reflected")
        ));
        assert!(!gloss_matches("government", "governor"));
        assert!(!any_match(&id_glosses(lex, "surabaya"), &en_forms("u.s")));
    }

    #[test]
    fn sorted_matching_agrees_with_the_plain_one() {
        let lex = Lexicon::embedded();
        let read = |f: &str| {
            let d = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("corpora/samples/voa-syria-envoy-2012");
            std::fs::read_to_string(d.join(f)).expect("sample")
        };
        let words = |t: String| -> Vec<String> {
            let mut w: Vec<String> = t
                .split(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            w.sort();
            w.dedup();
            w
        };
        let (id, en) = (words(read("id.txt")), words(read("en.txt")));
        let forms: Vec<Vec<String>> = en.iter().map(|w| en_forms(w)).collect();
        let (mut pairs, mut matched) = (0, 0);
        for w in &id {
            let g = id_glosses(lex, w);
            for f in &forms {
                let m = any_match(&g, f);
                assert_eq!(any_match_sorted(&g, f), m, "{w} / {f:?}");
                pairs += 1;
                matched += usize::from(m);
            }
        }
        assert!(
            pairs > 10_000 && matched > 100,
            "{pairs} pairs, {matched} matched"
        );
    }
}
