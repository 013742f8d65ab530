//! Reading one pair's texts ([`PairInput::load`]): both sides of a pair of
//! files or of a stream record, each within the size limit, decoded and
//! checked not to be empty, every problem reported as a [`PairFailure`].

use std::io;
use std::path::Path;

use super::{LoadedPair, PairFailure, PairInput, PairText, failure};
use crate::io::rules::InputRules;
use crate::text::read::{InputError, read_text_capped};

fn read_side(pair: &str, path: &Path, rules: &InputRules) -> Result<String, PairFailure> {
    read_text_capped(path, rules.max_bytes).map_err(|e| {
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
    /// Reads both sides. Every problem is returned (a pair whose two files
    /// are missing gets two failures), Indonesian side first.
    /// Sides over `rules.max_bytes` fail without being read whole.
    pub fn load(self, rules: &InputRules) -> Result<LoadedPair, Vec<PairFailure>> {
        let pair = self.pair;
        let (id, en, errs) = match self.text {
            PairText::Files { id, en } => {
                let id_text = read_side(&pair, &id, rules);
                let en_text = read_side(&pair, &en, rules);
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
        if errs.is_empty() {
            Ok(LoadedPair { pair, id, en })
        } else {
            Err(errs)
        }
    }
}
