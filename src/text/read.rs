//! Reading article bytes: UTF-8 with or without a byte-order mark.
//!
//! Text that is not UTF-8 is refused with the path and the byte offset of the
//! first bad byte; nothing is guessed or transcoded. The BOM is kept in the
//! returned string so that offsets count the file's characters as given;
//! normalization drops it.

use std::path::{Path, PathBuf};

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read {path}")]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path}: not UTF-8 at byte {byte}; convert it first, e.g. iconv -f windows-1252 -t utf-8"
    )]
    NotUtf8 { path: PathBuf, byte: usize },
}

/// Decodes bytes read from `path` as UTF-8.
pub fn decode(bytes: Vec<u8>, path: &Path) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
        path: path.to_path_buf(),
        byte: e.utf8_error().valid_up_to(),
    })
}

/// Reads a file (or stdin for `-`) as UTF-8 text.
pub fn read_text(path: &Path) -> Result<String, InputError> {
    let bytes = if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|source| {
            InputError::Open {
                path: path.to_path_buf(),
                source,
            }
        })?;
        buf
    } else {
        std::fs::read(path).map_err(|source| InputError::Open {
            path: path.to_path_buf(),
            source,
        })?
    };
    decode(bytes, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_byte_is_located() {
        let err = decode(b"Kata \xff".to_vec(), Path::new("a.txt")).unwrap_err();
        match err {
            InputError::NotUtf8 { byte, .. } => assert_eq!(byte, 5),
            other => panic!("unexpected {other}"),
        }
        let msg = decode(b"ab\xc3".to_vec(), Path::new("x/id.txt"))
            .unwrap_err()
            .to_string();
        assert!(msg.contains("x/id.txt") && msg.contains("byte 2"), "{msg}");
    }

    #[test]
    fn bom_is_kept() {
        let s = decode("\u{feff}Halo".as_bytes().to_vec(), Path::new("a")).unwrap();
        assert_eq!(s.chars().count(), 5);
    }
}
