//! A folder of pairs: its pair subfolders, sorted by name, and the pair
//! each one names. Only the names are held in memory.

use std::io;
use std::path::Path;

use super::{PairInput, PairItem, PairText};

/// The pair folders of `dir`, sorted by name: every subfolder that holds an
/// `id.txt` or an `en.txt`.
pub fn folder_pairs(dir: &Path) -> io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("cannot read folder {}: {e}", dir.display()),
        )
    })? {
        let path = entry?.path();
        if (path.join("id.txt").is_file() || path.join("en.txt").is_file())
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
                id: d.join("id.txt"),
                en: d.join("en.txt"),
            },
        })
    })
}
