//! Bilingual knowledge: the Indonesian→English lexicon (embedded default
//! and user files, one parser for both), cognates, names and numbers.
//! Nothing here aligns anything; [`crate::align`] combines these signals
//! into one similarity.

pub mod cognate;
pub mod letters;
pub mod names;
pub mod numbers;
pub mod table;

pub use table::{Lexicon, LexiconError};
