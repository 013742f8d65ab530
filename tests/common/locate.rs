//! Where a gold quote stands in a parsed document: its word tokens and
//! sentence. Shared by the tests and examples that score similarity on gold
//! rows (`#[path = ".../common/locate.rs"]`).

use std::collections::HashMap;

use kutip::text::tokenize::tokenize_into;
use kutip::text::{Document, NormSpan};

/// Word tokens of a gold quote, lowercased as the tokenizer does.
pub fn quote_words(q: &str) -> Vec<String> {
    let q: String = unicode_normalization::UnicodeNormalization::nfc(q).collect();
    let mut toks = Vec::new();
    tokenize_into(&q, NormSpan::new(0, q.len()), &mut toks);
    toks.into_iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower)
        .collect()
}

/// The tokens of `doc` that a gold quote covers. Gold quotes are copied
/// from the texts, but may carry editorial brackets (`[If]`) or joined
/// fragments: the exact word sequence is tried first, then the window of
/// the document that shares most words with the quote.
pub fn locate(doc: &Document, quote: &str) -> Vec<usize> {
    let q = quote_words(quote);
    let dw: Vec<usize> = (0..doc.tokens.len())
        .filter(|&k| doc.tokens[k].is_word())
        .collect();
    if q.is_empty() || dw.is_empty() {
        return Vec::new();
    }
    if let Some(p) = dw
        .windows(q.len())
        .position(|w| w.iter().zip(&q).all(|(&k, x)| doc.tokens[k].lower == *x))
    {
        return dw[p..p + q.len()].to_vec();
    }
    let len = (q.len() * 5 / 4).min(dw.len());
    let mut best: (usize, Vec<usize>) = (0, Vec::new());
    for a in 0..=dw.len() - len {
        let mut want: HashMap<&str, usize> = HashMap::new();
        for x in &q {
            *want.entry(x.as_str()).or_default() += 1;
        }
        let mut got = Vec::new();
        for &k in &dw[a..a + len] {
            if let Some(n) = want.get_mut(doc.tokens[k].lower.as_str())
                && *n > 0
            {
                *n -= 1;
                got.push(k);
            }
        }
        if got.len() > best.0 {
            best = (got.len(), got);
        }
    }
    if best.0 * 2 >= q.len() {
        best.1
    } else {
        Vec::new()
    }
}

pub fn sentence_of(doc: &Document, k: usize) -> usize {
    doc.sentences
        .iter()
        .position(|s| s.tokens.contains(&k))
        .expect("every token is in a sentence")
}
