//! Language knowledge as data: one table file per language (`id.rs`, `en.rs`).
//!
//! Code elsewhere asks these tables (`tables.is_cue_verb(word)`) instead of
//! testing words inline. Adding a language means adding a file and a `Lang`
//! variant. This module holds no logic beyond table look-ups.

use serde::{Deserialize, Serialize};

/// The two sides kutip works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Indonesian (the translation).
    Id,
    /// English (the source).
    En,
}
