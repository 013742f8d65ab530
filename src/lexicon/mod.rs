//! Bilingual knowledge: the Indonesian→English lexicon (embedded default
//! and user files, one parser for both) and, beside it, cognates, names and
//! numbers. Nothing here aligns anything; [`crate::align`] combines these
//! signals into one similarity.

pub mod table;

pub use table::{Lexicon, LexiconError};
