//! Reading one pair's texts ([`PairInput::load`]): both sides of a pair of
//! files or of a stream record, each within the size limit, read as plain
//! text or as an HTML page's article, checked not to be empty and (unless
//! told not to) to be in the right languages, every problem reported as a
//! [`PairFailure`].

use std::io;
use std::path::Path;

use super::{LoadedPair, PairFailure, PairInput, PairText, ReadOptions, failure};
use crate::io::rules::InputRules;
use crate::text::read::{InputError, InputFormat, read_article};

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
                // One failure for the record, naming each side over the limit.
                let over: Vec<String> = [("id", &id), ("en", &en)]
                    .into_iter()
                    .filter_map(|(side, text)| {
                        rules
                            .too_large(text.len() as u64)
                            .map(|why| format!("\"{side}\": {why}"))
                    })
                    .collect();
                if !over.is_empty() {
                    return Err(vec![failure(&pair, origin, over.join("; "))]);
                }
                let mut errs = Vec::new();
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
