//! What a batch input may ask of the machine: how large one pair may be
//! ([`InputRules::max_bytes`], per side) and which files a manifest or a
//! stream may name ([`InputRules::allow_any_path`]).
//!
//! A manifest's paths resolve inside the manifest's folder: an absolute
//! path or one that climbs out with `..` is refused unless any path is
//! allowed. A JSONL stream (`--jsonl`) carries texts, not paths, unless any
//! path is allowed: a stream often comes from elsewhere, and a path in it
//! could copy any readable file of the worker into the output. The check
//! reads the path as written (it does not follow links). [`read_line_capped`]
//! reads one line of a list without ever holding more than a cap of it,
//! so an oversized record is skipped, not loaded. Nothing here aligns.

use std::io::{self, BufRead};
use std::path::{Component, Path, PathBuf};

/// The default per-side limit: 20 MB, far above any article, below what
/// would take minutes and gigabytes.
pub const DEFAULT_MAX_BYTES: u64 = 20_000_000;

/// Limits on what a batch input may ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputRules {
    /// Largest article, in bytes, on either side of a pair.
    pub max_bytes: u64,
    /// Manifest paths may leave the manifest's folder, and stream records
    /// may name files (`id_path`, `en_path`).
    pub allow_any_path: bool,
}

impl Default for InputRules {
    fn default() -> Self {
        InputRules {
            max_bytes: DEFAULT_MAX_BYTES,
            allow_any_path: false,
        }
    }
}

impl InputRules {
    /// The reason a side of `len` bytes is refused, if it is.
    pub fn too_large(&self, len: u64) -> Option<String> {
        (len > self.max_bytes).then(|| {
            format!(
                "{len} bytes, over the limit of {} bytes per article; raise it with --max-bytes",
                self.max_bytes
            )
        })
    }

    /// `path` of a manifest resolved against the manifest's folder `base`,
    /// or why it is refused.
    pub fn resolve(&self, base: &Path, path: &str) -> Result<PathBuf, String> {
        let p = Path::new(path);
        if !self.allow_any_path {
            let climbs = p.components().any(|c| c == Component::ParentDir);
            if p.has_root() || climbs {
                return Err(format!(
                    "path {path:?} leaves the manifest's folder; give paths inside it, or pass --allow-any-path to trust this manifest"
                ));
            }
        }
        Ok(if p.is_absolute() {
            p.to_path_buf()
        } else {
            base.join(p)
        })
    }
}

/// Reads one line (up to and including `\n`) into `buf`, keeping at most
/// `cap` bytes of it and consuming the rest. Returns the bytes consumed
/// (0 at the end of input) and whether the line was longer than `cap`.
pub fn read_line_capped(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<(usize, bool)> {
    let start = buf.len();
    let mut consumed = 0;
    let mut over = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((consumed, over));
        }
        let (take, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        let room = cap.saturating_sub(buf.len() - start);
        if !over && take > room {
            over = true;
            buf.truncate(start);
        }
        if !over {
            buf.extend_from_slice(&available[..take]);
        }
        reader.consume(take);
        consumed += take;
        if done {
            return Ok((consumed, over));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_paths_stay_inside() {
        let rules = InputRules::default();
        let base = Path::new("m");
        assert_eq!(
            rules.resolve(base, "a/id.txt"),
            Ok(PathBuf::from("m/a/id.txt"))
        );
        for bad in ["../x.txt", "a/../../x", "/etc/passwd"] {
            let e = rules.resolve(base, bad).unwrap_err();
            assert!(e.contains("--allow-any-path"), "{e}");
        }
        let open = InputRules {
            allow_any_path: true,
            ..rules
        };
        assert_eq!(open.resolve(base, "/abs"), Ok(PathBuf::from("/abs")));
        assert_eq!(open.resolve(base, "../x"), Ok(PathBuf::from("m/../x")));
    }

    #[test]
    fn long_lines_are_skipped_not_kept() {
        let text = format!("short\n{}\nnext\nlast", "x".repeat(100));
        let mut r = io::BufReader::with_capacity(7, text.as_bytes());
        let mut lines = Vec::new();
        loop {
            let mut buf = Vec::new();
            let (n, over) = read_line_capped(&mut r, &mut buf, 10).unwrap();
            if n == 0 {
                break;
            }
            assert!(buf.len() <= 10);
            lines.push((String::from_utf8(buf).unwrap(), over, n));
        }
        assert_eq!(
            lines,
            [
                ("short\n".into(), false, 6),
                (String::new(), true, 101),
                ("next\n".into(), false, 5),
                ("last".into(), false, 4)
            ]
        );
    }
}
