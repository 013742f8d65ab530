//! Inputs and outputs: character offsets for the output contract and the
//! record writers. Stages never call into this module.

pub mod offsets;

pub use offsets::CharIndex;
