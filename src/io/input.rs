//! Batch inputs: a folder of pairs, a manifest (CSV or JSONL) and a JSONL
//! stream, each read as an iterator of [`PairItem`]s in input order, and
//! [`Shard`], the deterministic share of a batch one worker takes.
//!
//! - Folder: every `DIR/<name>/` holding `id.txt` or `en.txt` (or
//!   `id.html`, `en.html`: [`side_file`]), sorted by name. Only the names
//!   are kept in memory, never the texts.
//! - CSV manifest: rows `pair,id_path,en_path`, an optional header row of
//!   exactly those names; relative paths are resolved against the
//!   manifest's folder.
//! - JSONL (a manifest or a stream, the same reader): one object per line,
//!   either `{"pair":…,"id":…,"en":…}` with the texts inline or
//!   `{"pair":…,"id_path":…,"en_path":…}`; other keys are ignored. Paths of
//!   a JSONL file resolve against its folder, those of standard input
//!   against the working directory. A file whose first non-blank byte is
//!   `{` is read as JSONL, any other as CSV.
//!
//! Manifests and streams are read one line at a time, so their length does
//! not matter. A line that cannot be read becomes a [`PairFailure`] naming
//! the line, and reading goes on. This module does not align, and reads the
//! article files only in [`PairInput::load`].

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::rules::{InputRules, read_line_capped};
use crate::text::read::{InputError, InputFormat, read_article};

/// Where one pair's texts are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairText {
    /// Two files to read.
    Files { id: PathBuf, en: PathBuf },
    /// Texts given inline (JSONL stream); `origin` is `FILE:LINE`.
    Inline {
        id: String,
        en: String,
        origin: String,
    },
}

/// One pair to align: its name and texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairInput {
    pub pair: String,
    pub text: PairText,
}

/// A pair that could not be aligned, as the `--errors` CSV writes it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PairFailure {
    /// The pair's name; empty when a malformed line gave none.
    pub pair: String,
    /// The file (or `FILE:LINE` for inline texts) the failure is about.
    pub path: String,
    /// What went wrong and, where there is one, what to do.
    pub reason: String,
    /// The manifest or stream line, for a malformed line.
    #[serde(skip)]
    pub line: Option<u64>,
}

impl std::fmt::Display for PairFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.pair.is_empty() {
            write!(f, "{}: {}", self.path, self.reason)
        } else {
            write!(f, "pair {}: {}: {}", self.pair, self.path, self.reason)
        }
    }
}

/// One item of a batch input: a pair, or a line that could not be read.
pub type PairItem = Result<PairInput, PairFailure>;

/// The texts of one pair, read and checked.
#[derive(Debug, Clone)]
pub struct LoadedPair {
    pub pair: String,
    pub id: String,
    pub en: String,
    /// What the reader should know though the pair is aligned (both sides
    /// read as the same language).
    pub warnings: Vec<PairFailure>,
}

/// How a pair's texts are read and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// Plain text or HTML ([`InputFormat`]).
    pub format: InputFormat,
    /// Refuse a pair whose sides are swapped, and warn when both read as
    /// one language ([`crate::text::language`]).
    pub check_languages: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: InputFormat::Auto,
            check_languages: true,
        }
    }
}

/// The language check of a loaded pair: a failure when the sides are
/// swapped, a warning when both read as one language.
fn check_languages(
    pair: &str,
    id: &str,
    en: &str,
    id_path: &str,
    en_path: &str,
) -> Result<Option<PairFailure>, PairFailure> {
    use crate::text::language::{SidesCheck, check_sides};
    match check_sides(id, en) {
        SidesCheck::Fine => Ok(None),
        SidesCheck::Swapped => Err(failure(
            pair,
            id_path,
            format!(
                "reads as English, and the English side ({en_path}) reads as Indonesian: the two \
                 articles look swapped; give the Indonesian article first and the English second \
                 (kutip align ID EN, --id and --en, or id_path,en_path in a manifest), or pass \
                 --no-language-check"
            ),
        )),
        SidesCheck::Same(lang) => {
            let name = match lang {
                crate::Lang::Id => "Indonesian",
                crate::Lang::En => "English",
            };
            Ok(Some(failure(
                pair,
                if lang == crate::Lang::Id {
                    en_path
                } else {
                    id_path
                },
                format!(
                    "warning: both sides read as {name} ({id_path} and {en_path}); \
                     is this the {} article? The pair is aligned anyway",
                    if lang == crate::Lang::Id {
                        "English"
                    } else {
                        "Indonesian"
                    }
                ),
            )))
        }
    }
}

fn failure(pair: &str, path: impl Into<String>, reason: impl Into<String>) -> PairFailure {
    PairFailure {
        pair: pair.to_owned(),
        path: path.into(),
        reason: reason.into(),
        line: None,
    }
}

fn read_side(
    pair: &str,
    path: &Path,
    rules: &InputRules,
    format: InputFormat,
) -> Result<String, PairFailure> {
    read_article(path, format, rules.max_bytes).map_err(|e| {
        let shown = path.display().to_string();
        match e {
            InputError::TooLarge { len, .. } => {
                failure(pair, shown, rules.too_large(len).unwrap_or_default())
            }
            InputError::Open { source, .. } if source.kind() == io::ErrorKind::NotFound => {
                failure(pair, shown, "missing file")
            }
            InputError::Open { source, .. } => {
                failure(pair, shown, format!("cannot read: {source}"))
            }
            e @ InputError::NotUtf8 { .. } => failure(pair, shown, e.reason()),
        }
    })
}

fn check_empty(pair: &str, text: &str, path: impl Into<String>) -> Option<PairFailure> {
    text.trim_start_matches('\u{feff}')
        .trim()
        .is_empty()
        .then(|| failure(pair, path, "empty article: no text on this side"))
}

impl PairInput {
    /// Reads both sides as plain text or HTML pages told by their name or
    /// content, and checks their languages. Every problem is returned (a
    /// pair whose two files are missing gets two failures), Indonesian side
    /// first. Sides over `rules.max_bytes` fail without being read whole.
    pub fn load(self, rules: &InputRules) -> Result<LoadedPair, Vec<PairFailure>> {
        self.load_with(rules, &ReadOptions::default())
    }

    /// [`PairInput::load`], reading the texts as `opts.format` says (an
    /// HTML page is replaced by its article text) and checking their
    /// languages when `opts.check_languages`.
    pub fn load_with(
        self,
        rules: &InputRules,
        opts: &ReadOptions,
    ) -> Result<LoadedPair, Vec<PairFailure>> {
        let format = opts.format;
        let pair = self.pair;
        let (id_origin, en_origin) = match &self.text {
            PairText::Files { id, en } => (id.display().to_string(), en.display().to_string()),
            PairText::Inline { origin, .. } => {
                (format!("{origin} \"id\""), format!("{origin} \"en\""))
            }
        };
        let (id, en, errs) = match self.text {
            PairText::Files { id, en } => {
                let id_text = read_side(&pair, &id, rules, format);
                let en_text = read_side(&pair, &en, rules, format);
                let mut errs = Vec::new();
                if let Ok(t) = &id_text {
                    errs.extend(check_empty(&pair, t, id.display().to_string()));
                }
                if let Ok(t) = &en_text {
                    errs.extend(check_empty(&pair, t, en.display().to_string()));
                }
                match (id_text, en_text) {
                    (Ok(i), Ok(e)) => (i, e, errs),
                    (i, e) => {
                        let mut all: Vec<PairFailure> =
                            [i.err(), e.err()].into_iter().flatten().collect();
                        all.extend(errs);
                        return Err(all);
                    }
                }
            }
            PairText::Inline { id, en, origin } => {
                let mut errs = Vec::new();
                for (side, text) in [("id", &id), ("en", &en)] {
                    if let Some(why) = rules.too_large(text.len() as u64) {
                        errs.push(failure(&pair, origin.clone(), format!("\"{side}\": {why}")));
                    }
                }
                if !errs.is_empty() {
                    return Err(errs);
                }
                let (id, en) = (format.article(None, id), format.article(None, en));
                if let Some(mut f) = check_empty(&pair, &id, origin.clone()) {
                    f.reason = "empty \"id\" text".into();
                    errs.push(f);
                }
                if let Some(mut f) = check_empty(&pair, &en, origin) {
                    f.reason = "empty \"en\" text".into();
                    errs.push(f);
                }
                (id, en, errs)
            }
        };
        if !errs.is_empty() {
            return Err(errs);
        }
        let mut warnings = Vec::new();
        if opts.check_languages {
            match check_languages(&pair, &id, &en, &id_origin, &en_origin) {
                Ok(w) => warnings.extend(w),
                Err(f) => return Err(vec![f]),
            }
        }
        Ok(LoadedPair {
            pair,
            id,
            en,
            warnings,
        })
    }
}

/// A deterministic share of a batch: `--shard K/N` keeps the pairs whose
/// name hashes (FNV-1a, 64 bits, of the UTF-8 name) to `K-1` modulo `N`.
/// The share depends only on the pair's name, not on its position, so the
/// same pair falls in the same share whether it comes from a folder, a
/// manifest or a stream, and the N shares cover every pair exactly once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// 1-based share number.
    pub k: u64,
    pub n: u64,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = || format!("{s:?}: expected K/N with 1 <= K <= N, e.g. 1/4");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (k, n): (u64, u64) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if k == 0 || n == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }
}

/// FNV-1a, 64 bits: stable across versions, platforms and runs.
pub fn stable_hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

impl Shard {
    /// True when the pair named `pair` belongs to this share.
    pub fn keeps_name(&self, pair: &str) -> bool {
        stable_hash(pair) % self.n == self.k - 1
    }

    /// True when the item belongs to this share: a pair by its name; a
    /// malformed line by its pair name when it has one, else by `line N`,
    /// so exactly one share reports it.
    pub fn keeps(&self, item: &PairItem) -> bool {
        match item {
            Ok(p) => self.keeps_name(&p.pair),
            Err(f) if !f.pair.is_empty() => self.keeps_name(&f.pair),
            Err(f) => self.keeps_name(&format!("line {}", f.line.unwrap_or(0))),
        }
    }
}

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

/// Opens a manifest or JSONL file (`-` is standard input) and returns its
/// pairs. Fails only when the file cannot be opened.
/// Whether a list names pairs by their files (a manifest) or carries their
/// texts (a stream, which names files only when any path is allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Manifest,
    Stream,
}

pub fn open_list(
    path: &Path,
    kind: ListKind,
    rules: InputRules,
) -> io::Result<Box<dyn Iterator<Item = PairItem> + Send>> {
    let (reader, base, label): (Box<dyn BufRead + Send>, PathBuf, String) =
        if path == Path::new("-") {
            (
                Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
                PathBuf::new(),
                "<stdin>".into(),
            )
        } else {
            let f = File::open(path).map_err(|e| {
                io::Error::new(e.kind(), format!("cannot read {}: {e}", path.display()))
            })?;
            let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
            (
                Box::new(BufReader::with_capacity(1 << 16, f)),
                base,
                path.display().to_string(),
            )
        };
    list_reader(reader, base, label, kind, rules)
}

/// Reads a manifest or JSONL stream from `reader`; relative paths resolve
/// against `base`, and failures name `label`.
pub fn list_reader(
    mut reader: Box<dyn BufRead + Send>,
    base: PathBuf,
    label: String,
    kind: ListKind,
    rules: InputRules,
) -> io::Result<Box<dyn Iterator<Item = PairItem> + Send>> {
    let is_json = {
        let buf = reader.fill_buf()?;
        let buf = buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(buf);
        buf.iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|&b| b == b'{')
    };
    if is_json {
        Ok(Box::new(JsonLines {
            reader,
            base,
            label,
            line: 0,
            buf: Vec::new(),
            done: false,
            kind,
            rules,
        }))
    } else {
        Ok(Box::new(CsvManifest::new(reader, base, label, rules)))
    }
}

/// The rows of a CSV manifest, one physical line each: a quote mark left
/// open on one line is reported there, and the next line is read on its
/// own (a path or a pair name never holds a line break).
struct CsvManifest {
    reader: Box<dyn BufRead + Send>,
    base: PathBuf,
    label: String,
    line: u64,
    buf: Vec<u8>,
    record: csv::ByteRecord,
    first: bool,
    done: bool,
    rules: InputRules,
}

/// The longest manifest line read; a longer one is reported and skipped.
const MAX_MANIFEST_LINE: usize = 1 << 20;

impl CsvManifest {
    fn new(
        reader: Box<dyn BufRead + Send>,
        base: PathBuf,
        label: String,
        rules: InputRules,
    ) -> CsvManifest {
        CsvManifest {
            reader,
            base,
            label,
            line: 0,
            buf: Vec::new(),
            record: csv::ByteRecord::new(),
            first: true,
            done: false,
            rules,
        }
    }

    fn malformed(&self, line: u64, pair: &str, reason: String) -> PairFailure {
        PairFailure {
            pair: pair.to_owned(),
            path: self.label.clone(),
            reason: format!("line {line}: {reason}"),
            line: Some(line),
        }
    }
}

impl Iterator for CsvManifest {
    type Item = PairItem;

    fn next(&mut self) -> Option<PairItem> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            match read_line_capped(self.reader.as_mut(), &mut self.buf, MAX_MANIFEST_LINE) {
                Ok((0, _)) => {
                    self.done = true;
                    return None;
                }
                Ok((_, over)) => {
                    self.line += 1;
                    if over {
                        return Some(Err(self.malformed(
                            self.line,
                            "",
                            format!("longer than {MAX_MANIFEST_LINE} bytes; skipped"),
                        )));
                    }
                }
                Err(e) => {
                    // An I/O error: the rest of the manifest cannot be read.
                    self.done = true;
                    self.line += 1;
                    return Some(Err(self.malformed(
                        self.line,
                        "",
                        format!("cannot read: {e}"),
                    )));
                }
            }
            let line = self.line;
            if self.buf.iter().filter(|&&b| b == b'"').count() % 2 == 1 {
                return Some(Err(self.malformed(
                    line,
                    "",
                    "a quote mark \" is left open; quote a whole field (\"a,b\") and double a quote mark inside it (\"\")".into(),
                )));
            }
            let mut row = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(self.buf.as_slice());
            match row.read_byte_record(&mut self.record) {
                Ok(true) => {}
                // A blank line.
                Ok(false) => continue,
                Err(e) => return Some(Err(self.malformed(line, "", format!("{e}")))),
            }
            let mut fields = Vec::with_capacity(3);
            for (i, f) in self.record.iter().enumerate() {
                match std::str::from_utf8(f) {
                    Ok(s) => fields.push(s.to_owned()),
                    Err(e) => {
                        return Some(Err(self.malformed(
                            line,
                            "",
                            format!(
                                "column {}: not UTF-8 at byte {} of the field",
                                i + 1,
                                e.valid_up_to()
                            ),
                        )));
                    }
                }
            }
            if self.first {
                self.first = false;
                let f0 = fields.first().map(|f| f.trim_start_matches('\u{feff}'));
                if f0 == Some("pair") && fields.len() == 3 && fields[1] == "id_path" {
                    continue;
                }
            }
            if fields.len() == 1 && fields[0].trim().is_empty() {
                continue;
            }
            if fields.len() != 3 {
                let pair = if fields.len() > 3 {
                    fields[0].as_str()
                } else {
                    ""
                };
                return Some(Err(self.malformed(
                    line,
                    pair,
                    format!(
                        "expected 3 columns pair,id_path,en_path, found {}",
                        fields.len()
                    ),
                )));
            }
            let [pair, id, en]: [String; 3] = match fields.try_into() {
                Ok(a) => a,
                Err(_) => continue,
            };
            if pair.trim().is_empty() || id.trim().is_empty() || en.trim().is_empty() {
                return Some(Err(self.malformed(
                    line,
                    &pair,
                    "empty column: each row needs pair, id_path and en_path".into(),
                )));
            }
            let (id, en) = match (
                self.rules.resolve(&self.base, &id),
                self.rules.resolve(&self.base, &en),
            ) {
                (Ok(i), Ok(e)) => (i, e),
                (Err(why), _) | (_, Err(why)) => {
                    return Some(Err(self.malformed(line, &pair, why)));
                }
            };
            return Some(Ok(PairInput {
                text: PairText::Files { id, en },
                pair,
            }));
        }
    }
}

/// One line of a JSONL manifest or stream.
#[derive(Deserialize)]
struct JsonLine {
    pair: Option<String>,
    id: Option<String>,
    en: Option<String>,
    id_path: Option<String>,
    en_path: Option<String>,
}

/// The lines of a JSONL manifest or stream.
struct JsonLines {
    reader: Box<dyn BufRead + Send>,
    base: PathBuf,
    label: String,
    line: u64,
    buf: Vec<u8>,
    done: bool,
    kind: ListKind,
    rules: InputRules,
}

impl JsonLines {
    fn malformed(&self, pair: &str, reason: String) -> PairFailure {
        PairFailure {
            pair: pair.to_owned(),
            path: self.label.clone(),
            reason: format!("line {}: {reason}", self.line),
            line: Some(self.line),
        }
    }

    fn parse(&self) -> PairItem {
        let bytes = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let bytes = if self.line == 1 {
            bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes)
        } else {
            bytes
        };
        let text = std::str::from_utf8(bytes).map_err(|e| {
            self.malformed(
                "",
                format!("not UTF-8 at byte {} of the line", e.valid_up_to()),
            )
        })?;
        let v: JsonLine = serde_json::from_str(text).map_err(|e| {
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
            self.malformed(
                "",
                format!(
                    "column {}: not a JSON object {{\"pair\":…,\"id\":…,\"en\":…}}: {msg}",
                    e.column()
                ),
            )
        })?;
        let pair = v.pair.unwrap_or_default();
        if pair.trim().is_empty() {
            return Err(self.malformed("", "no \"pair\" name".into()));
        }
        let text = match (v.id, v.en, v.id_path, v.en_path) {
            (Some(id), Some(en), None, None) => PairText::Inline {
                id,
                en,
                origin: format!("{}:{}", self.label, self.line),
            },
            (None, None, Some(_), Some(_))
                if self.kind == ListKind::Stream && !self.rules.allow_any_path =>
            {
                return Err(self.malformed(
                    &pair,
                    "a stream carries the texts (\"id\", \"en\"), not paths; pass --allow-any-path to read \"id_path\" and \"en_path\"".into(),
                ));
            }
            (None, None, Some(id), Some(en)) => PairText::Files {
                id: self
                    .rules
                    .resolve(&self.base, &id)
                    .map_err(|why| self.malformed(&pair, why))?,
                en: self
                    .rules
                    .resolve(&self.base, &en)
                    .map_err(|why| self.malformed(&pair, why))?,
            },
            _ => {
                return Err(self.malformed(
                    &pair,
                    "needs \"id\" and \"en\" (the texts) or \"id_path\" and \"en_path\"".into(),
                ));
            }
        };
        Ok(PairInput { pair, text })
    }
}

impl Iterator for JsonLines {
    type Item = PairItem;

    fn next(&mut self) -> Option<PairItem> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            // A record holds two articles, each within the limit, and its
            // JSON escapes (a \uXXXX is 6 bytes for at most 3 of text).
            let cap = self
                .rules
                .max_bytes
                .saturating_mul(4)
                .saturating_add(1 << 16);
            let cap = usize::try_from(cap).unwrap_or(usize::MAX);
            match read_line_capped(self.reader.as_mut(), &mut self.buf, cap) {
                Ok((0, _)) => {
                    self.done = true;
                    return None;
                }
                Ok((n, true)) => {
                    self.line += 1;
                    return Some(Err(self.malformed(
                        "",
                        format!(
                            "a record of {n} bytes, over the limit of {} bytes per article; skipped (raise it with --max-bytes)",
                            self.rules.max_bytes
                        ),
                    )));
                }
                Ok(_) => self.line += 1,
                Err(e) => {
                    self.done = true;
                    self.line += 1;
                    return Some(Err(self.malformed("", format!("cannot read: {e}"))));
                }
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.parse());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<PairItem> {
        list_reader(
            Box::new(io::Cursor::new(text.as_bytes().to_vec())),
            PathBuf::from("base"),
            "m".into(),
            ListKind::Manifest,
            InputRules {
                allow_any_path: true,
                ..InputRules::default()
            },
        )
        .unwrap()
        .collect()
    }

    #[test]
    fn csv_manifest_rows_and_errors() {
        let got = items("pair,id_path,en_path\na,a/id.txt,/abs/en.txt\nb,only-two\n\nc,x,y\n");
        assert_eq!(got.len(), 3);
        assert_eq!(
            got[0],
            Ok(PairInput {
                pair: "a".into(),
                text: PairText::Files {
                    id: PathBuf::from("base/a/id.txt"),
                    en: PathBuf::from("/abs/en.txt")
                }
            })
        );
        let e = got[1].as_ref().unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(
            e.reason.contains("line 3") && e.reason.contains("found 2"),
            "{e}"
        );
        assert!(got[2].is_ok());
    }

    #[test]
    fn jsonl_inline_paths_and_errors() {
        let got = items(
            "{\"pair\":\"a\",\"id\":\"Kata\",\"en\":\"Word\"}\n{\"pair\":\"b\",\"id_path\":\"i\",\"en_path\":\"e\"}\n{oops\n{\"pair\":\"c\",\"id\":\"x\"}\n",
        );
        assert_eq!(got.len(), 4);
        assert!(
            matches!(&got[0], Ok(PairInput { text: PairText::Inline { origin, .. }, .. }) if origin == "m:1")
        );
        assert!(
            matches!(&got[1], Ok(PairInput { text: PairText::Files { id, .. }, .. }) if id == Path::new("base/i"))
        );
        assert!(
            got[2]
                .as_ref()
                .unwrap_err()
                .reason
                .starts_with("line 3: column 2")
        );
        assert_eq!(got[3].as_ref().unwrap_err().pair, "c");
    }

    #[test]
    fn non_utf8_line_is_located() {
        let mut bytes = b"{\"pair\":\"a\",\"id\":\"ok\",\"en\":\"ok\"}\n{\"pair\":\"b\xff".to_vec();
        bytes.push(b'\n');
        let got: Vec<_> = list_reader(
            Box::new(io::Cursor::new(bytes)),
            PathBuf::new(),
            "s".into(),
            ListKind::Stream,
            InputRules::default(),
        )
        .unwrap()
        .collect();
        assert_eq!(
            got[1].as_ref().unwrap_err().reason,
            "line 2: not UTF-8 at byte 10 of the line"
        );
    }

    #[test]
    fn shards_partition_names() {
        let shards: Vec<Shard> = (1..=3).map(|k| format!("{k}/3").parse().unwrap()).collect();
        for i in 0..500 {
            let name = format!("pair-{i}");
            assert_eq!(shards.iter().filter(|s| s.keeps_name(&name)).count(), 1);
        }
        assert!("0/3".parse::<Shard>().is_err());
        assert!("4/3".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
