//! The flags the checks raise: their kinds ([`FlagKind`], in the order the
//! `flags` column lists them) and a flag with its evidence and confidence
//! ([`Flag`]), both defined with the pair records in [`crate::record`]; the
//! confidence levels ([`confidence`]) and which flags a run
//! reports ([`FlagSelection`], the `--flags` option). Does not check
//! anything: the check families produce these.

pub use crate::record::{Flag, FlagKind};

/// The confidence levels the checks give their flags. A level says what
/// kind of evidence the flag rests on, not a measured probability; the
/// README gives the precision measured at each level on the reviewed dev
/// pairs.
pub mod confidence {
    /// The difference is stated on both sides and the words are aligned: a
    /// number replaced by another, a negation on a word whose translation
    /// is not negated, a name the other article never mentions.
    pub const HIGH: f32 = 0.9;
    /// The difference is clear but rests on one side only or on a table of
    /// words: a number or hedge left out, a clause with no counterpart.
    pub const MEDIUM: f32 = 0.7;
    /// The words differ, but a gap of the lexicon, a paraphrase or an
    /// extraction boundary may explain it: listed only on request
    /// (`--flags all`).
    pub const LOW: f32 = 0.3;
}

/// Least confidence of the flags listed by default (`--flags confident`).
pub const CONFIDENT: f32 = 0.5;

/// Which flags a run reports: kinds and a least confidence. Parsed from a
/// comma-separated list (`--flags`): `confident` (the default: every kind,
/// confidence at least [`CONFIDENT`]), `all` (every flag raised), `none`,
/// and flag names, which restrict the kinds (`number_mismatch,negation_mismatch`
/// lists the confident flags of those two kinds; `all,omission` every
/// omission flag).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FlagSelection {
    /// Bit `i` set: kind `FlagKind::ALL[i]` is reported.
    kinds: u16,
    /// Least confidence reported.
    pub min_confidence: f32,
}

impl FlagSelection {
    /// Every kind, confident flags only.
    pub const CONFIDENT: FlagSelection = FlagSelection {
        kinds: (1 << FlagKind::ALL.len()) - 1,
        min_confidence: CONFIDENT,
    };
    /// Every flag the checks raise.
    pub const ALL: FlagSelection = FlagSelection {
        kinds: (1 << FlagKind::ALL.len()) - 1,
        min_confidence: 0.0,
    };

    fn bit(kind: FlagKind) -> u16 {
        1 << FlagKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
    }

    /// Whether a flag is reported.
    pub fn admits(&self, f: &Flag) -> bool {
        self.kinds & Self::bit(f.kind) != 0 && f.confidence >= self.min_confidence
    }
}

impl Default for FlagSelection {
    fn default() -> Self {
        FlagSelection::CONFIDENT
    }
}

impl std::str::FromStr for FlagSelection {
    type Err = String;

    fn from_str(s: &str) -> Result<FlagSelection, String> {
        let mut kinds = 0u16;
        let mut min_confidence = CONFIDENT;
        let mut none = false;
        for item in s.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            match item {
                "confident" => min_confidence = min_confidence.max(CONFIDENT),
                "all" => min_confidence = 0.0,
                "none" => none = true,
                name => match FlagKind::ALL.iter().find(|k| k.as_str() == name) {
                    Some(k) => kinds |= Self::bit(*k),
                    None => {
                        let names: Vec<&str> = FlagKind::ALL.iter().map(|k| k.as_str()).collect();
                        return Err(format!(
                            "unknown flag `{name}`: give confident, all, none or flag names ({})",
                            names.join(", ")
                        ));
                    }
                },
            }
        }
        if none {
            kinds = 0;
        } else if kinds == 0 {
            kinds = FlagSelection::ALL.kinds;
        }
        Ok(FlagSelection {
            kinds,
            min_confidence,
        })
    }
}

/// The `flags` cell: the distinct kinds in column order, joined by `;`.
pub fn flag_names(flags: &[Flag]) -> String {
    FlagKind::ALL
        .iter()
        .filter(|k| flags.iter().any(|f| f.kind == **k))
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(kind: FlagKind) -> Flag {
        Flag {
            kind,
            id: Vec::new(),
            en: Vec::new(),
            detail: String::new(),
            confidence: confidence::HIGH,
        }
    }

    #[test]
    fn flag_names_are_distinct_and_in_column_order() {
        let flags = [
            flag(FlagKind::Omission),
            flag(FlagKind::NumberMismatch),
            flag(FlagKind::Omission),
        ];
        assert_eq!(flag_names(&flags), "number_mismatch;omission");
        assert_eq!(flag_names(&[]), "");
        for k in FlagKind::ALL {
            let json = serde_json::to_string(&k).expect("json");
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
    }

    #[test]
    fn selections_parse_and_admit() {
        let weak = Flag {
            confidence: confidence::LOW,
            ..flag(FlagKind::Omission)
        };
        let strong = flag(FlagKind::NumberMismatch);
        let sel = |s: &str| s.parse::<FlagSelection>().expect(s);
        assert_eq!(sel("confident"), FlagSelection::default());
        assert!(sel("confident").admits(&strong) && !sel("confident").admits(&weak));
        assert!(sel("all").admits(&weak) && sel("all").admits(&strong));
        assert!(!sel("none").admits(&strong));
        assert!(sel("number_mismatch").admits(&strong));
        assert!(!sel("negation_mismatch").admits(&strong));
        assert!(!sel("omission").admits(&weak) && sel("all,omission").admits(&weak));
        assert!(!sel("all,omission").admits(&strong));
        let err = "bogus".parse::<FlagSelection>().expect_err("unknown name");
        assert!(err.contains("number_mismatch"), "{err}");
    }
}
