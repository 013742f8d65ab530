//! Saying that a test skipped: written straight to standard error, past
//! the test harness's capture, so that `cargo test` shows it even when the
//! test passes. Each message is written once per test binary.

use std::collections::BTreeSet;
use std::io::Write;
use std::sync::Mutex;

static SAID: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// Prints `skipped: WHY` where `cargo test` shows it, once.
pub fn skip(why: &str) {
    let first = SAID
        .lock()
        .map(|mut said| said.insert(why.to_owned()))
        .unwrap_or(true);
    if first {
        let _ = writeln!(std::io::stderr(), "skipped: {why}");
    }
}
