//! (placeholder)
pub mod cognate;
pub mod names;
pub mod numbers;
