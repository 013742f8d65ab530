//! Inputs and outputs: character offsets for the output contract and the
//! output records. Stages never call into this module.

pub mod offsets;
pub mod records;

pub use offsets::CharIndex;
pub use records::{AlignRecord, SentenceRecord, align_records, sentence_records};
