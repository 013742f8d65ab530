//! The name of a pair given on the command line by its files, for the
//! `pair` column when `--pair` does not name it: `tempo` for `tempo.txt`,
//! the folder's name for `DIR/id.txt` (or `id.html`, `en.txt`), `stdin` for
//! `-`. Reads no file; asks the file system only for the working folder's
//! name when a path has no folder part.

use std::path::Path;

/// The name of a pair given by its Indonesian file: the file's name
/// without extension or a trailing language tag (`tempo` for `tempo.txt`,
/// `li-shangfu` for `li-shangfu.id.txt`), or its folder's name when the file
/// is named after a side (`id.txt`, `en.txt`); `pair` when nothing names it.
pub fn pair_name(id: &Path) -> String {
    if id == Path::new("-") {
        return "stdin".into();
    }
    let stem = id
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let trimmed = ["_id", "-id", ".id"]
        .iter()
        .find_map(|suffix| stem.strip_suffix(suffix))
        .filter(|s| !s.is_empty())
        .unwrap_or(&stem);
    let side = trimmed.eq_ignore_ascii_case("id") || trimmed.eq_ignore_ascii_case("en");
    if !side && !trimmed.is_empty() {
        return trimmed.to_owned();
    }
    folder_name(id.parent().unwrap_or(Path::new(""))).unwrap_or_else(|| "pair".into())
}

/// A folder's own name (that of the working folder for `.` or an empty path).
pub fn folder_name(dir: &Path) -> Option<String> {
    let own = if dir.as_os_str().is_empty() || dir.file_name().is_none() {
        let here = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        std::fs::canonicalize(here).ok()?
    } else {
        dir.to_path_buf()
    };
    own.file_name().map(|n| n.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_file_or_its_folder() {
        assert_eq!(pair_name(Path::new("news/tempo.txt")), "tempo");
        assert_eq!(pair_name(Path::new("li-shangfu.id.txt")), "li-shangfu");
        assert_eq!(
            pair_name(Path::new("pairs/li-shangfu/id.txt")),
            "li-shangfu"
        );
        assert_eq!(
            pair_name(Path::new("pairs/li-shangfu/en.html")),
            "li-shangfu"
        );
        assert_eq!(pair_name(Path::new("-")), "stdin");
        assert_eq!(folder_name(Path::new("a/b")), Some("b".into()));
        // `id.txt` in the working folder: the working folder's name.
        let here = std::env::current_dir().unwrap();
        let want = here.file_name().map(|n| n.to_string_lossy().into_owned());
        assert_eq!(Some(pair_name(Path::new("id.txt"))), want);
    }
}
