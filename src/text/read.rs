//! Reading article bytes: UTF-8 with or without a byte-order mark.
//!
//! Text that is not UTF-8 is refused with the path and the byte offset of the
//! first bad byte; nothing is guessed or transcoded. The BOM is kept in the
//! returned string so that offsets count the file's characters as given;
//! normalization drops it. Text that starts with a UTF-16 byte-order mark
//! is refused with a hint naming UTF-16. [`read_text_capped`] refuses a
//! file over a size limit before reading it.

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
    #[error("{}: {}", path.display(), self.reason())]
    NotUtf8 {
        path: PathBuf,
        byte: usize,
        /// The encoding to suggest converting from.
        from: &'static str,
    },
    #[error("{}: {len} bytes, over the limit of {max} bytes", path.display())]
    TooLarge { path: PathBuf, len: u64, max: u64 },
}

impl InputError {
    /// What is wrong and what to do, without the path.
    pub fn reason(&self) -> String {
        match self {
            InputError::NotUtf8 { byte, from, .. } => format!(
                "not UTF-8 at byte {byte}{}; convert it first, e.g. iconv -f {from} -t utf-8",
                if *from == "utf-16" {
                    " (it starts with a UTF-16 byte-order mark)"
                } else {
                    ""
                }
            ),
            InputError::TooLarge { len, max, .. } => {
                format!("{len} bytes, over the limit of {max} bytes")
            }
            InputError::Open { source, .. } => format!("cannot read: {source}"),
        }
    }
}

/// Decodes bytes read from `path` as UTF-8.
pub fn decode(bytes: Vec<u8>, path: &Path) -> Result<String, InputError> {
    let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    String::from_utf8(bytes).map_err(|e| InputError::NotUtf8 {
        path: path.to_path_buf(),
        byte: e.utf8_error().valid_up_to(),
        from: if utf16 { "utf-16" } else { "windows-1252" },
    })
}

/// Reads a file (or stdin for `-`) as UTF-8 text.
pub fn read_text(path: &Path) -> Result<String, InputError> {
    read_text_capped(path, u64::MAX)
}

/// Reads a file (or stdin for `-`) as UTF-8 text, refusing more than `max`
/// bytes without reading past them.
pub fn read_text_capped(path: &Path, max: u64) -> Result<String, InputError> {
    use std::io::Read;
    let open = |source| InputError::Open {
        path: path.to_path_buf(),
        source,
    };
    let reader: Box<dyn Read> = if path == Path::new("-") {
        Box::new(std::io::stdin())
    } else {
        let file = std::fs::File::open(path).map_err(open)?;
        let len = file.metadata().map_err(open)?.len();
        if len > max {
            return Err(InputError::TooLarge {
                path: path.to_path_buf(),
                len,
                max,
            });
        }
        Box::new(file)
    };
    let mut bytes = Vec::new();
    reader
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(open)?;
    if bytes.len() as u64 > max {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
            len: bytes.len() as u64,
            max,
        });
    }
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
        assert!(msg.contains("windows-1252"), "{msg}");
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Kata".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let msg = decode(utf16, Path::new("u.txt")).unwrap_err().to_string();
        assert!(
            msg.contains("iconv -f utf-16") && msg.contains("byte-order mark"),
            "{msg}"
        );
    }

    #[test]
    fn bom_is_kept() {
        let s = decode("\u{feff}Halo".as_bytes().to_vec(), Path::new("a")).unwrap();
        assert_eq!(s.chars().count(), 5);
    }
}
