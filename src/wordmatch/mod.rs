//! Word matching between an Indonesian and an English text, shared by the
//! stages that compare the two sides: the sentence and quote alignment
//! ([`crate::align`]) and the fidelity checks ([`crate::fidelity`]).
//!
//! [`words`] derives what one word form gives on its own (roots, lemma,
//! number value, cognate and name keys); [`similarity`] builds the
//! [`PairIndex`] of an article pair, which says which Indonesian words match
//! which English words and how well, and scores segments from it. Nothing
//! here knows about sentences, quotes or flags.

pub mod similarity;
pub mod words;

pub use similarity::{PairIndex, Segment};
