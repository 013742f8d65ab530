//! Saying that a test skipped: written straight to standard error, past
//! the test harness's capture, so that `cargo test` shows it even when the
//! test passes.

use std::io::Write;

/// Prints `skipped: WHY` where `cargo test` shows it.
pub fn skip(why: &str) {
    let _ = writeln!(std::io::stderr(), "skipped: {why}");
}
