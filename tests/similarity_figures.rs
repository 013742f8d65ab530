//! Figures of the cross-lingual similarity on real text: lexicon coverage of
//! the Indonesian dev texts, and how well the similarity picks the English
//! sentence of every gold quote among all sentences of its article.
//!
//! Both run on `../shared/dev` when it is next to the checkout, and on the
//! bundled public-domain pairs of `corpora/samples` otherwise (saying so).

mod skipping;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use kutip::align::PairIndex;
use kutip::eval::read_rows;
use kutip::lexicon::{Lexicon, cognate, numbers};
use kutip::quote::names::{NameEvidence, is_name_token};
use kutip::text::Document;
use kutip::text::tokenize::TokenKind;
use kutip::{Lang, morph};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Folders of `../shared/dev` (or of `corpora/samples` when it is absent)
/// that hold `file`.
fn pair_dirs(file: &str) -> Vec<PathBuf> {
    let shared = root().join("../shared/dev");
    let base = if shared.is_dir() {
        shared
    } else {
        skipping::skip(
            "../shared/dev is not here: the similarity figures are measured on corpora/samples",
        );
        root().join("corpora/samples")
    };
    let mut v: Vec<PathBuf> = std::fs::read_dir(&base)
        .unwrap_or_else(|e| panic!("{}: {e}", base.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join(file).is_file())
        .collect();
    v.sort();
    v
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn name_of(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Coverage

/// How an Indonesian token got an English candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Via {
    Surface,
    Root,
    Phrase,
    Number,
    Identical,
    Cognate,
}

/// Word tokens that start a sentence or follow an opening quote mark or a
/// colon: there capitalization says nothing about names.
fn sentence_starts(doc: &Document) -> HashSet<usize> {
    let mut out = HashSet::new();
    for s in &doc.sentences {
        let mut start = true;
        for k in s.tokens.clone() {
            let t = &doc.tokens[k];
            if t.is_word() {
                if start {
                    out.insert(k);
                }
                start = false;
            } else if t.kind == TokenKind::QuoteMark || doc.slice(t.span) == ":" {
                start = true;
            }
        }
    }
    out
}

/// Tokens that are names.
///
/// A name is what the crate's own name test (`quote::names::is_name_token`, the
/// one speaker resolution uses) accepts: a capitalized word that is not a
/// role or institution noun, honorific, pronoun, determiner, time word or
/// acronym. Those exceptions are ordinary vocabulary that a lexicon must
/// cover (`Presiden`, `Menteri`, `Kamis`), and acronyms (`PBB`, `DPR`, `AS`)
/// are kept as words to translate too, which makes the figure stricter.
/// Capitalization means nothing at a sentence start, so a word there is a
/// name when the same word is a name somewhere else in the article and never
/// written in lowercase, or when it begins a run of names (`Choi Sun-hee`).
fn names(doc: &Document) -> HashSet<usize> {
    let t = Lang::Id.tables();
    let ev = NameEvidence::of(doc, kutip::lexicon::Lexicon::embedded());
    let starts = sentence_starts(doc);
    let mut name_elsewhere: HashSet<&str> = HashSet::new();
    let mut lower_somewhere: HashSet<&str> = HashSet::new();
    for (k, tok) in doc.tokens.iter().enumerate() {
        if !tok.is_word() {
            continue;
        }
        if !tok.capitalized {
            lower_somewhere.insert(tok.lower.as_str());
        } else if !starts.contains(&k) && is_name_token(doc, t, &ev, k) {
            name_elsewhere.insert(tok.lower.as_str());
        }
    }
    let is_name = |k: usize| doc.tokens[k].is_word() && is_name_token(doc, t, &ev, k);
    (0..doc.tokens.len())
        .filter(|&k| is_name(k))
        .filter(|&k| {
            let w = doc.tokens[k].lower.as_str();
            !starts.contains(&k)
                || (name_elsewhere.contains(w) && !lower_somewhere.contains(w))
                || (k + 1 < doc.tokens.len() && is_name(k + 1))
        })
        .collect()
}

/// The English words that identical strings and cognates are looked up in:
/// the single words of the lexicon's English side and, when the pair has
/// one, the words of the English article (what `PairIndex` matches
/// against), with their cognate keys bucketed by first character.
struct EnglishVocabulary {
    words: HashSet<String>,
    keys: HashMap<char, Vec<String>>,
}

impl EnglishVocabulary {
    fn new(lex: &Lexicon, article: Option<&Document>) -> EnglishVocabulary {
        let mut words = HashSet::new();
        for (_, en, _) in lex.sorted_entries() {
            for w in en.split(' ') {
                words.insert(w.to_owned());
            }
        }
        for t in article.iter().flat_map(|d| d.tokens.iter()) {
            if t.is_word() {
                words.insert(t.lower.clone());
            }
        }
        let mut keys: HashMap<char, Vec<String>> = HashMap::new();
        for w in &words {
            let k = cognate::cognate_key(Lang::En, w);
            if k.chars().count() > cognate::MIN_KEY_CHARS
                && let Some(c) = k.chars().next()
            {
                keys.entry(c).or_default().push(k);
            }
        }
        EnglishVocabulary { words, keys }
    }

    fn has_cognate(&self, id_word: &str) -> bool {
        let k = cognate::cognate_key(Lang::Id, id_word);
        if k.chars().count() < cognate::MIN_KEY_CHARS {
            return false;
        }
        let Some(c) = k.chars().next() else {
            return false;
        };
        self.keys
            .get(&c)
            .is_some_and(|v| v.iter().any(|e| cognate::cognate_score_keys(&k, e) > 0.0))
    }
}

/// How a word type, out of context, gets a candidate (the same paths as
/// `PairIndex::new`: surface or reduplication base, up to three validated roots, number,
/// identical English word, cognate).
fn type_candidate(w: &str, lex: &Lexicon, vocab: &EnglishVocabulary) -> Option<Via> {
    if !lex.lookup(w).is_empty() {
        return Some(Via::Surface);
    }
    if let Some((a, b)) = w.split_once('-')
        && a == b
        && !lex.lookup(a).is_empty()
    {
        return Some(Via::Surface);
    }
    if morph::id_roots(w)
        .iter()
        .take(3)
        .any(|r| !lex.lookup(r).is_empty())
    {
        return Some(Via::Root);
    }
    if !numbers::find_numbers(Lang::Id, &[w]).is_empty() {
        return Some(Via::Number);
    }
    if w.chars().count() >= 2 && vocab.words.contains(w) {
        return Some(Via::Identical);
    }
    if vocab.has_cognate(w) {
        return Some(Via::Cognate);
    }
    None
}

#[test]
fn lexicon_covers_95_percent_of_indonesian_non_name_tokens() {
    let lex = Lexicon::embedded();
    let mut via_count: HashMap<Via, usize> = HashMap::new();
    let mut missing: HashMap<String, usize> = HashMap::new();
    let (mut total, mut covered, mut n_names) = (0usize, 0usize, 0usize);
    let dirs = pair_dirs("id.txt");
    assert!(!dirs.is_empty());
    for d in &dirs {
        let doc = Document::parse(&read(&d.join("id.txt")), Lang::Id);
        let en = d
            .join("en.txt")
            .is_file()
            .then(|| Document::parse(&read(&d.join("en.txt")), Lang::En));
        let vocab = EnglishVocabulary::new(lex, en.as_ref());
        let mut by_type: HashMap<String, Option<Via>> = HashMap::new();
        let names = names(&doc);
        let (mut t_doc, mut c_doc) = (0, 0);
        for s in &doc.sentences {
            let words: Vec<usize> = s
                .tokens
                .clone()
                .filter(|&k| doc.tokens[k].is_word())
                .collect();
            // Tokens inside a number or date phrase (`2,5 juta`, `Kamis (25/2)`).
            let lowers: Vec<&str> = s
                .tokens
                .clone()
                .map(|k| doc.tokens[k].lower.as_str())
                .map(|w| if w.is_empty() { "," } else { w })
                .collect();
            let mut in_number: HashSet<usize> = HashSet::new();
            for m in numbers::find_numbers(Lang::Id, &lowers) {
                in_number.extend(m.tokens.clone().map(|i| s.tokens.start + i));
            }
            for (i, &k) in words.iter().enumerate() {
                if names.contains(&k) {
                    n_names += 1;
                    continue;
                }
                let w = doc.tokens[k].lower.as_str();
                let phrase = |a: usize, b: usize| {
                    let key = format!("{} {}", doc.tokens[a].lower, doc.tokens[b].lower);
                    !lex.lookup(&key).is_empty()
                };
                let via = (*by_type
                    .entry(w.to_owned())
                    .or_insert_with(|| type_candidate(w, lex, &vocab)))
                .or_else(|| {
                    let before = i > 0 && phrase(words[i - 1], k);
                    let after = i + 1 < words.len() && phrase(k, words[i + 1]);
                    (before || after).then_some(Via::Phrase)
                })
                .or_else(|| in_number.contains(&k).then_some(Via::Number));
                t_doc += 1;
                match via {
                    Some(v) => {
                        c_doc += 1;
                        *via_count.entry(v).or_default() += 1;
                    }
                    None => *missing.entry(w.to_owned()).or_default() += 1,
                }
            }
        }
        println!(
            "{}: {c_doc}/{t_doc} = {:.3}",
            name_of(d),
            c_doc as f64 / t_doc.max(1) as f64
        );
        total += t_doc;
        covered += c_doc;
    }
    let share = covered as f64 / total.max(1) as f64;
    let mut vias: Vec<_> = via_count.into_iter().collect();
    vias.sort();
    println!(
        "coverage of non-name word tokens: {covered}/{total} = {share:.4} ({n_names} name tokens left out)"
    );
    println!("covered through: {vias:?}");
    let mut miss: Vec<(String, usize)> = missing.into_iter().collect();
    miss.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let top: Vec<String> = miss
        .iter()
        .take(30)
        .map(|(w, n)| format!("{w} {n}"))
        .collect();
    println!(
        "uncovered types ({} types), top 30: {}",
        miss.len(),
        top.join(", ")
    );
    assert!(share >= 0.95, "coverage {share:.4} < 0.95");
}

// ---------------------------------------------------------------------------
// Discrimination

#[path = "common/locate.rs"]
mod locate;
use locate::{locate, sentence_of};

/// For every gold row with an English quote, the Indonesian segment is the
/// sentence or sentences holding the gold Indonesian quote. The English
/// target is the sentence holding most of the gold English quote (the
/// earliest on a tie): a quote that runs over several sentences is
/// translated sentence by sentence, and its largest part is the one the
/// Indonesian must find. Its competitors are the other sentences of the
/// English article, except those holding another part of the same quote
/// (they are not wrong answers). A row counts as right when the target
/// scores strictly higher than every competitor.
#[test]
fn similarity_ranks_the_gold_english_sentence_first() {
    let lex = Lexicon::embedded();
    let (mut rows, mut right) = (0usize, 0usize);
    let mut failures = Vec::new();
    for d in pair_dirs("gold.csv") {
        if !d.join("en.txt").is_file() {
            continue;
        }
        let pair = name_of(&d);
        let id = Document::parse(&read(&d.join("id.txt")), Lang::Id);
        let en = Document::parse(&read(&d.join("en.txt")), Lang::En);
        let index = PairIndex::new(&id, &en, lex);
        let en_types: Vec<Vec<u32>> = en
            .sentences
            .iter()
            .map(|s| index.en_types(s.tokens.clone()))
            .collect();
        let gold = read_rows(&read(&d.join("gold.csv"))).expect("gold.csv parses");
        let (mut p_rows, mut p_right) = (0, 0);
        for g in gold.iter().filter(|g| !g.en_quote.trim().is_empty()) {
            let id_toks = locate(&id, &g.id_quote);
            let en_toks = locate(&en, &g.en_quote);
            assert!(
                !id_toks.is_empty() && !en_toks.is_empty(),
                "{pair}: gold quote not found in the text: {:?} / {:?}",
                g.id_quote,
                g.en_quote
            );
            let id_sents: Vec<usize> = {
                let mut v: Vec<usize> = id_toks.iter().map(|&k| sentence_of(&id, k)).collect();
                v.dedup();
                v
            };
            let id_seg: Vec<u32> = id_sents
                .iter()
                .flat_map(|&s| index.id_types(id.sentences[s].tokens.clone()))
                .collect();
            let mut held: HashMap<usize, usize> = HashMap::new();
            for &k in &en_toks {
                *held.entry(sentence_of(&en, k)).or_default() += 1;
            }
            let target = *held
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(s, _)| s)
                .expect("located");
            let score = |s: usize| index.similarity(&id_seg, &en_types[s]);
            let t_score = score(target);
            let rival = (0..en.sentences.len())
                .filter(|s| !held.contains_key(s))
                .map(|s| (s, score(s)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            let ok = rival.is_none_or(|(_, r)| t_score > r);
            p_rows += 1;
            if ok {
                p_right += 1;
            } else if let Some((s, r)) = rival {
                failures.push(format!(
                    "{pair}: gold {t_score:.3} {:?} < rival {r:.3} {:?} for {:?}",
                    en.slice(en.sentences[target].span),
                    en.slice(en.sentences[s].span),
                    g.id_quote
                ));
            }
        }
        println!("{pair}: {p_right}/{p_rows}");
        rows += p_rows;
        right += p_right;
    }
    for f in &failures {
        println!("miss: {f}");
    }
    let acc = right as f64 / rows.max(1) as f64;
    println!("top-1 accuracy of the gold English sentence: {right}/{rows} = {acc:.3}");
    assert!(rows > 0);
    assert!(acc >= 0.95, "top-1 accuracy {acc:.3} < 0.95");
}
