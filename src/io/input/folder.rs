//! A folder of pairs: its pair subfolders, sorted by name, each side's
//! file (`.txt`, or an HTML page), and the pair each folder names. Only
//! the names are held in memory.

use std::io;
use std::path::{Path, PathBuf};

use super::{PairInput, PairItem, PairText};

/// The file of one side (`id` or `en`) in a pair's folder: `SIDE.txt`, or
/// `SIDE.html` or `SIDE.htm` when only that exists.
pub fn side_file(dir: &Path, side: &str) -> PathBuf {
    let txt = dir.join(format!("{side}.txt"));
    if txt.is_file() {
        return txt;
    }
    ["html", "htm"]
        .iter()
        .map(|ext| dir.join(format!("{side}.{ext}")))
        .find(|p| p.is_file())
        .unwrap_or(txt)
}

/// True when `dir` is one pair's folder: it holds an Indonesian and an
/// English file ([`side_file`]).
pub fn is_pair_folder(dir: &Path) -> bool {
    side_file(dir, "id").is_file() && side_file(dir, "en").is_file()
}

/// The pair folders of `dir`, sorted by name: every subfolder that holds an
/// Indonesian or an English file ([`side_file`]).
pub fn folder_pairs(dir: &Path) -> io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("cannot read folder {}: {e}", dir.display()),
        )
    })? {
        let path = entry?.path();
        if (side_file(&path, "id").is_file() || side_file(&path, "en").is_file())
            && let Some(n) = path.file_name()
        {
            names.push(n.to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// The pairs of a folder listed by [`folder_pairs`].
pub fn folder_inputs(dir: &Path, names: Vec<String>) -> impl Iterator<Item = PairItem> + use<> {
    let dir = dir.to_path_buf();
    names.into_iter().map(move |name| {
        let d = dir.join(&name);
        Ok(PairInput {
            pair: name,
            text: PairText::Files {
                id: side_file(&d, "id"),
                en: side_file(&d, "en"),
            },
        })
    })
}
