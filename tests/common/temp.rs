//! A temporary folder for one test, removed when it goes out of scope.
//! Included by the tests that write files (`#[path = "common/temp.rs"]`).

use std::path::{Path, PathBuf};

pub struct TempDir(pub PathBuf);

impl TempDir {
    /// `kutip-<test binary>-<name>-<process id>` in the system's temp folder, empty.
    pub fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!(
            "kutip-{}-{name}-{}",
            env!("CARGO_CRATE_NAME"),
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("temp dir");
        TempDir(p)
    }

    #[allow(dead_code)]
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
