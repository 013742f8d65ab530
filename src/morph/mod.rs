//! Morphology: an Indonesian stemmer with root validation (`id`) and a light English
//! lemmatizer (`en`), used to match words across the two sides through the lexicon.
//!
//! Both take one lowercase word and return strings; neither tokenizes, lowercases,
//! tags parts of speech nor looks at context. Every function accepts any string and
//! never panics: input it cannot analyse comes back unchanged.

mod en;
mod id;

pub use en::{en_lemmas, lemma_en};
pub(crate) use id::prepare;
pub use id::{id_roots, is_id_root, stem_id};
