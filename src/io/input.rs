//! Batch inputs: a folder of pairs, a manifest (CSV or JSONL) and a JSONL
//! stream, each read as an iterator of [`PairItem`]s in input order, and
//! [`Shard`], the deterministic share of a batch one worker takes.
//!
//! - Folder ([`folder`]): every `DIR/<name>/` holding `id.txt` or
//!   `en.txt` (or `id.html`, `en.html`: [`side_file`]), sorted by name.
//!   Only the names are kept in memory, never the texts.
//! - CSV manifest ([`csv_manifest`]): rows `pair,id_path,en_path`, an
//!   optional header row of exactly those names; relative paths are
//!   resolved against the manifest's folder.
//! - JSONL ([`json_lines`], a manifest or a stream, the same reader): one
//!   object per line, either `{"pair":…,"id":…,"en":…}` with the texts
//!   inline or `{"pair":…,"id_path":…,"en_path":…}`; other keys are
//!   ignored. Paths of a JSONL file resolve against its folder, those of
//!   standard input against the working directory. A file whose first
//!   non-blank byte is `{` is read as JSONL, any other as CSV ([`list`]).
//!
//! Manifests and streams are read one line at a time, so their length does
//! not matter. A line that cannot be read becomes a [`PairFailure`] naming
//! the line, and reading goes on. This module holds what a pair is and how
//! it is read ([`ReadOptions`]); its submodules read the lists, and
//! [`PairInput::load`] reads a pair's texts. Nothing here aligns.

mod csv_manifest;
mod folder;
mod json_lines;
mod list;
mod load;
mod shard;

use std::path::PathBuf;

pub use folder::{folder_inputs, folder_pairs, is_pair_folder, side_file};
pub use list::{ListKind, list_reader, open_list};
pub use shard::{Shard, stable_hash};

use crate::text::read::InputFormat;

/// Where one pair's texts are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairText {
    /// Two files to read.
    Files { id: PathBuf, en: PathBuf },
    /// Texts given inline (JSONL stream); `origin` is `FILE:LINE`.
    Inline {
        id: String,
        en: String,
        origin: String,
    },
}

/// One pair to align: its name and texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairInput {
    pub pair: String,
    pub text: PairText,
}

/// A pair that could not be aligned, as the `--errors` CSV writes it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PairFailure {
    /// The pair's name; empty when a malformed line gave none.
    pub pair: String,
    /// The file (or `FILE:LINE` for inline texts) the failure is about;
    /// empty when it is about the pair as a whole (its articles look unrelated).
    pub path: String,
    /// What went wrong and, where there is one, what to do.
    pub reason: String,
    /// The manifest or stream line, for a malformed line.
    #[serde(skip)]
    pub line: Option<u64>,
}

impl std::fmt::Display for PairFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.pair.is_empty() {
            write!(f, "{}: {}", self.path, self.reason)
        } else if self.path.is_empty() {
            write!(f, "pair {}: {}", self.pair, self.reason)
        } else {
            write!(f, "pair {}: {}: {}", self.pair, self.path, self.reason)
        }
    }
}

/// One item of a batch input: a pair, or a line that could not be read.
pub type PairItem = Result<PairInput, PairFailure>;

/// The texts of one pair, read and checked.
#[derive(Debug, Clone)]
pub struct LoadedPair {
    pub pair: String,
    pub id: String,
    pub en: String,
    /// What the reader should know though the pair is aligned (both sides
    /// read as the same language).
    pub warnings: Vec<PairFailure>,
}

/// How a pair's texts are read and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Plain text or HTML ([`InputFormat`]).
    pub format: InputFormat,
    /// Refuse a pair whose sides are swapped, and warn when both read as
    /// one language ([`crate::text::language`]).
    pub check_languages: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: InputFormat::Auto,
            check_languages: true,
        }
    }
}

/// A failure of `pair` about `path`, not tied to a line.
fn failure(pair: &str, path: impl Into<String>, reason: impl Into<String>) -> PairFailure {
    PairFailure {
        pair: pair.to_owned(),
        path: path.into(),
        reason: reason.into(),
        line: None,
    }
}
