//! kutip: cross-language quote attribution and translation alignment.
#![cfg_attr(not(test), deny(clippy::unwrap_used))]

pub mod lang;
pub mod lexicon;
pub mod morph;
pub mod text;
