//! What the pair index derives from one word form on its own, memoized per
//! thread: the Indonesian roots, the English lemma, the number value, the
//! cognate keys (of the word and of its root) and the name keys. All are
//! pure functions of the word, so a memo never changes a result; it only
//! saves recomputing them for the words that recur from one article to the
//! next.
//!
//! Each thread keeps its own memo (no locks between rayon workers), computes
//! each feature on first use, and forgets everything once it holds
//! [`MAX_WORDS`] forms of a language, so memory stays bounded on any corpus.
//! An Indonesian word's English look-up keys through the embedded lexicon
//! ([`gloss_keys`]) are derived here too; nothing here compares words
//! of the two languages.

use rustc_hash::FxHashMap as HashMap;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use crate::lang::Lang;
use crate::lexicon::{Lexicon, cognate::CognateKey, names::NameKeys, numbers};
use crate::morph;

/// Word forms a thread remembers per language before it starts afresh.
pub const MAX_WORDS: usize = 1 << 14;

/// One lowercase word form and what has been derived from it so far.
#[derive(Debug)]
pub struct Word {
    lang: Lang,
    text: Box<str>,
    roots: OnceCell<Vec<String>>,
    lemma: OnceCell<String>,
    number: OnceCell<Option<String>>,
    cognate: OnceCell<CognateKey>,
    root_cognate: OnceCell<Option<CognateKey>>,
    name: OnceCell<NameKeys>,
    gloss_keys: OnceCell<Box<[GlossKey]>>,
    starts_phrase: OnceCell<bool>,
}

/// An English word form or lemma that an Indonesian word's glosses name,
/// with the highest gloss weight that names it.
#[derive(Debug, Clone, PartialEq)]
pub struct GlossKey {
    pub key: Box<str>,
    pub weight: f32,
}

/// English words that carry no content when a lexicon gloss is split.
pub(crate) const GLOSS_FILLER: &[&str] = &["a", "an", "of", "the", "to"];

impl Word {
    fn new(lang: Lang, text: &str) -> Word {
        Word {
            lang,
            text: text.into(),
            roots: OnceCell::new(),
            lemma: OnceCell::new(),
            number: OnceCell::new(),
            cognate: OnceCell::new(),
            root_cognate: OnceCell::new(),
            name: OnceCell::new(),
            gloss_keys: OnceCell::new(),
            starts_phrase: OnceCell::new(),
        }
    }

    /// The word form.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// [`morph::id_roots`] (an Indonesian word).
    pub fn roots(&self) -> &[String] {
        self.roots.get_or_init(|| morph::id_roots(&self.text))
    }

    /// [`morph::lemma_en`] (an English word).
    pub fn lemma(&self) -> &str {
        self.lemma.get_or_init(|| morph::lemma_en(&self.text))
    }

    /// The value of the number the word states, written out, if it states one.
    pub fn number(&self) -> Option<&str> {
        self.number
            .get_or_init(|| {
                let m = numbers::find_numbers(self.lang, &[&self.text]);
                m.first().map(|m| format!("{}", m.value))
            })
            .as_deref()
    }

    /// The word's cognate key.
    pub fn cognate(&self) -> &CognateKey {
        self.cognate
            .get_or_init(|| CognateKey::new(self.lang, &self.text))
    }

    /// The cognate key of the word's best root when that root is another
    /// word (an Indonesian word with affixes: `dibombardir` → `bombardir`).
    pub fn root_cognate(&self) -> Option<&CognateKey> {
        self.root_cognate
            .get_or_init(|| {
                self.roots()
                    .first()
                    .filter(|r| r.as_str() != &*self.text)
                    .map(|r| CognateKey::new(self.lang, r))
            })
            .as_ref()
    }

    /// The word's name keys.
    pub fn name(&self) -> &NameKeys {
        self.name.get_or_init(|| NameKeys::new(&self.text))
    }

    /// [`Lexicon::starts_phrase`] of this word in the embedded lexicon.
    pub fn embedded_starts_phrase(&self) -> bool {
        *self
            .starts_phrase
            .get_or_init(|| Lexicon::embedded().starts_phrase(&self.text))
    }

    /// [`gloss_keys`] of this (Indonesian) word in the embedded lexicon.
    pub fn embedded_gloss_keys(&self) -> &[GlossKey] {
        self.gloss_keys
            .get_or_init(|| gloss_keys(self, Lexicon::embedded()).into())
    }
}

/// The English keys the glosses of Indonesian word `word` in `lex` name:
/// the glosses of the form itself, of its base when it is a full
/// reduplication without glosses of its own (`laporan-laporan`), and of up
/// to three roots (weight x0.9) when the form has no glosses or more than
/// four letters. Each gloss is split into words (fillers dropped) and each
/// word gives itself and its lemma; a key named twice keeps its highest
/// weight.
pub fn gloss_keys(word: &Word, lex: &Lexicon) -> Vec<GlossKey> {
    let w = word.text();
    let mut glosses: Vec<(&str, f32)> = lex
        .lookup(w)
        .iter()
        .map(|(e, x)| (e.as_str(), *x))
        .collect();
    if glosses.is_empty()
        && let Some((a, b)) = w.split_once('-')
        && a == b
    {
        glosses.extend(lex.lookup(a).iter().map(|(e, x)| (e.as_str(), *x)));
    }
    if glosses.is_empty() || w.chars().count() > 4 {
        for r in word.roots().iter().take(3) {
            glosses.extend(lex.lookup(r).iter().map(|(e, x)| (e.as_str(), x * 0.9)));
        }
    }
    let mut keys: Vec<GlossKey> = Vec::new();
    let mut add = |key: &str, weight: f32| match keys.iter_mut().find(|k| &*k.key == key) {
        Some(k) => k.weight = k.weight.max(weight),
        None => keys.push(GlossKey {
            key: key.into(),
            weight,
        }),
    };
    for (gloss, weight) in glosses {
        for g in gloss.split(' ').filter(|g| !GLOSS_FILLER.contains(g)) {
            add(g, weight);
            add(self::word(Lang::En, g).lemma(), weight);
        }
    }
    keys
}

thread_local! {
    static ID_WORDS: RefCell<HashMap<Box<str>, Rc<Word>>> = RefCell::new(HashMap::default());
    static EN_WORDS: RefCell<HashMap<Box<str>, Rc<Word>>> = RefCell::new(HashMap::default());
}

/// The memo entry of word form `text` (lowercase) of language `lang`.
pub fn word(lang: Lang, text: &str) -> Rc<Word> {
    let memo = match lang {
        Lang::Id => &ID_WORDS,
        Lang::En => &EN_WORDS,
    };
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(w) = m.get(text) {
            return Rc::clone(w);
        }
        if m.len() >= MAX_WORDS {
            m.clear();
        }
        let w = Rc::new(Word::new(lang, text));
        m.insert(text.into(), Rc::clone(&w));
        w
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memo_gives_what_the_functions_give() {
        for w in ["kepentingan", "komunikasi", "1.250", "Putin", "kata-kata"] {
            let a = word(Lang::Id, w);
            assert_eq!(a.roots(), morph::id_roots(w).as_slice());
            assert_eq!(a.cognate().key, CognateKey::new(Lang::Id, w).key);
            let root = morph::id_roots(w).into_iter().next().filter(|r| r != w);
            assert_eq!(
                a.root_cognate().map(|k| k.key.clone()),
                root.map(|r| CognateKey::new(Lang::Id, &r).key)
            );
            assert!(Rc::ptr_eq(&a, &word(Lang::Id, w)));
        }
        // Gloss keys: the memo's equal the function's, each key once, and
        // a derived form reaches its root's glosses (`kepentingan` → important).
        let lex = Lexicon::embedded();
        for w in ["kepentingan", "laporan-laporan", "mengatakan", "zzzq"] {
            let a = word(Lang::Id, w);
            let keys = a.embedded_gloss_keys();
            assert_eq!(keys, gloss_keys(&a, lex).as_slice(), "{w}");
            let mut names: Vec<&str> = keys.iter().map(|k| &*k.key).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), keys.len(), "{w}: a key twice");
        }
        assert!(
            word(Lang::Id, "kepentingan")
                .embedded_gloss_keys()
                .iter()
                .any(|k| &*k.key == "important")
        );
        assert!(word(Lang::Id, "zzzq").embedded_gloss_keys().is_empty());
        assert_eq!(word(Lang::En, "policies").lemma(), "policy");
        assert_eq!(word(Lang::Id, "1.250").number(), Some("1250"));
        assert_eq!(word(Lang::En, "1.250").number(), Some("1.25"));
        assert_eq!(word(Lang::En, "policy").number(), None);
    }

    #[test]
    fn alignments_on_several_threads_equal_those_on_one() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/samples");
        let mut pairs: Vec<(String, String)> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.join("id.txt").is_file() && p.join("en.txt").is_file())
            .map(|p| {
                (
                    std::fs::read_to_string(p.join("id.txt")).unwrap(),
                    std::fs::read_to_string(p.join("en.txt")).unwrap(),
                )
            })
            .collect();
        pairs.sort();
        assert!(pairs.len() >= 5);
        let lex = crate::lexicon::Lexicon::embedded();
        let params = crate::align::AlignParams::default();
        let show = |(id, en): &(String, String)| {
            let a = crate::align::align_pair(id, en, lex, &params);
            format!("{:?} {:?}", a.beads, a.pairs)
        };
        let one: Vec<String> = pairs.iter().map(show).collect();
        // Each thread starts with an empty memo and sees the pairs in
        // another order, so memo hits and misses differ between threads.
        let many: Vec<Vec<String>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..3)
                .map(|k| {
                    let pairs = &pairs;
                    s.spawn(move || {
                        let mut order: Vec<usize> = (0..pairs.len()).collect();
                        order.rotate_left(k);
                        let mut out = vec![String::new(); pairs.len()];
                        for i in order {
                            out[i] = show(&pairs[i]);
                        }
                        out
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for m in many {
            assert_eq!(m, one);
        }
        assert!(one.iter().any(|s| s.contains("Matched")));
    }

    #[test]
    fn what_crosses_threads_is_send_and_sync() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<crate::lexicon::Lexicon>();
        send_sync::<crate::align::AlignParams>();
        send_sync::<crate::align::PairAlignment>();
        send_sync::<crate::align::PairIndex>();
    }

    #[test]
    fn memo_stays_bounded() {
        for k in 0..MAX_WORDS + 10 {
            word(Lang::En, &format!("w{k}"));
        }
        EN_WORDS.with(|m| assert!(m.borrow().len() <= MAX_WORDS));
        assert_eq!(word(Lang::En, "w3").text(), "w3");
    }
}
