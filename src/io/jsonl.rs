//! The JSONL writer: one JSON object per row, one row per line.
//!
//! Quote unit: the fields of the CSV contract under the same names, in the
//! same order, numbers as numbers and missing offsets as `null`; `flags` is
//! an array of the distinct flag names, and `evidence` an array of
//! `{"name":…,"id":[…],"en":[…],"detail":…,"confidence":…}`, one per flag:
//! the Indonesian and English words the flag rests on, what differs, and
//! how far the evidence can be trusted (0 to 1; `--flags` chooses which
//! flags are written, by default those of confidence 0.5 or more); `pair_fidelity`
//! summarizes the row's pair (`{"checked":…,"flagged":…,"by_flag":{…}}`:
//! matched quotes checked, how many carry a flag, how many carry each);
//! `pair_related` says whether the row's two articles report one story
//! (`{"related":…,"bead_similarity":…,"anchors":…,"shared_anchors":…,
//! "coverage":…,"reason":…}`, the evidence of [`crate::align::related`]):
//! rows of a pair whose articles look unrelated carry `"related":false`,
//! and none of them is `matched`.
//! Sentence unit: `pair,bead,id_text,en_text,score,flags,evidence,id_start,
//! id_end,en_start,en_end,pair_related`. Texts are raw (no spreadsheet prefix); a line
//! never contains a raw newline, since JSON escapes it.

use std::io::{self, Write};

use serde::Serialize;

use super::RowSink;
use super::output::Output;
use super::records::{AlignRecord, Flag, Records, SentenceRecord};
use crate::align::{Relatedness, Status};
use crate::quote::QuoteKind;

#[derive(Serialize)]
struct AlignLine<'a> {
    pair: &'a str,
    status: Status,
    kind: QuoteKind,
    id_speaker: &'a str,
    id_quote: &'a str,
    en_speaker: &'a str,
    en_quote: &'a str,
    score: f32,
    margin: f32,
    flags: Vec<&'a str>,
    evidence: &'a [Flag],
    id_start: Option<usize>,
    id_end: Option<usize>,
    en_start: Option<usize>,
    en_end: Option<usize>,
    pair_fidelity: &'a PairFidelity,
    pair_related: &'a PairRelated,
}

/// Whether a pair's two articles report one story, and the evidence,
/// repeated on each of its rows.
#[derive(Serialize)]
struct PairRelated {
    related: bool,
    bead_similarity: f32,
    anchors: usize,
    shared_anchors: usize,
    coverage: f32,
    /// The evidence in words, as stderr says it.
    reason: String,
}

impl From<&Relatedness> for PairRelated {
    fn from(r: &Relatedness) -> Self {
        let round = |x: f32| (x * 1000.0).round() / 1000.0;
        PairRelated {
            related: r.related,
            bead_similarity: round(r.bead_similarity),
            anchors: r.anchors,
            shared_anchors: r.shared_anchors,
            coverage: round(r.coverage),
            reason: r.to_string(),
        }
    }
}

/// The fidelity summary of one pair, repeated on each of its rows: matched
/// quotes checked, how many carry a flag, and how many carry each flag.
#[derive(Serialize, Default)]
struct PairFidelity {
    checked: usize,
    flagged: usize,
    by_flag: std::collections::BTreeMap<String, usize>,
}

impl PairFidelity {
    fn of(rows: &[AlignRecord]) -> PairFidelity {
        let mut s = PairFidelity::default();
        for r in rows.iter().filter(|r| r.status == Status::Matched) {
            s.checked += 1;
            let names = r.flags.names();
            s.flagged += usize::from(!names.is_empty());
            for n in names {
                *s.by_flag.entry(n.to_owned()).or_default() += 1;
            }
        }
        s
    }
}

impl<'a> AlignLine<'a> {
    fn new(
        r: &'a AlignRecord,
        pair_fidelity: &'a PairFidelity,
        pair_related: &'a PairRelated,
    ) -> Self {
        AlignLine {
            pair: &r.pair,
            status: r.status,
            kind: r.kind,
            id_speaker: &r.id_speaker,
            id_quote: &r.id_quote,
            en_speaker: &r.en_speaker,
            en_quote: &r.en_quote,
            score: r.score,
            margin: r.margin,
            flags: r.flags.names(),
            evidence: &r.flags.0,
            id_start: r.id_start,
            id_end: r.id_end,
            en_start: r.en_start,
            en_end: r.en_end,
            pair_fidelity,
            pair_related,
        }
    }
}

#[derive(Serialize)]
struct SentenceLine<'a> {
    pair: &'a str,
    bead: &'a str,
    id_text: &'a str,
    en_text: &'a str,
    score: f32,
    flags: Vec<&'a str>,
    evidence: &'a [Flag],
    id_start: Option<usize>,
    id_end: Option<usize>,
    en_start: Option<usize>,
    en_end: Option<usize>,
    pair_related: &'a PairRelated,
}

impl<'a> SentenceLine<'a> {
    fn new(r: &'a SentenceRecord, pair_related: &'a PairRelated) -> Self {
        SentenceLine {
            pair: &r.pair,
            bead: &r.bead,
            id_text: &r.id_text,
            en_text: &r.en_text,
            score: r.score,
            flags: r.flags.names(),
            evidence: &r.flags.0,
            id_start: r.id_start,
            id_end: r.id_end,
            en_start: r.en_start,
            en_end: r.en_end,
            pair_related,
        }
    }
}

/// The [`PairRelated`] of the rows of one pair, made once: every row of a
/// pair carries the same evidence, and its sentence is formatted once.
#[derive(Default)]
struct Related(Option<(Relatedness, PairRelated)>);

impl Related {
    fn of(&mut self, r: &Relatedness) -> &PairRelated {
        if self.0.as_ref().is_some_and(|(made, _)| made != r) {
            self.0 = None;
        }
        &self.0.get_or_insert_with(|| (*r, PairRelated::from(r))).1
    }
}

/// Writes records as JSON Lines.
pub struct JsonlSink {
    out: Output,
}

impl JsonlSink {
    pub fn new(out: Output) -> JsonlSink {
        JsonlSink { out }
    }

    fn line<T: Serialize>(&mut self, v: &T) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, v)?;
        self.out.write_all(b"\n")
    }
}

impl RowSink for JsonlSink {
    fn write_records(&mut self, records: &Records) -> io::Result<()> {
        match records {
            Records::Quote(rows) => {
                let summary = PairFidelity::of(rows);
                let mut related = Related::default();
                rows.iter().try_for_each(|r| {
                    let related = related.of(&r.relatedness);
                    self.line(&AlignLine::new(r, &summary, related))
                })
            }
            Records::Sentence(rows) => {
                let mut related = Related::default();
                rows.iter().try_for_each(|r| {
                    let related = related.of(&r.relatedness);
                    self.line(&SentenceLine::new(r, related))
                })
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        self.out.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::records::Flags;

    #[test]
    fn flags_are_an_array_with_their_evidence() {
        let r = AlignRecord {
            pair: "p".into(),
            status: Status::Matched,
            kind: QuoteKind::Direct,
            id_speaker: "Putin".into(),
            id_quote: "2,5 juta".into(),
            en_speaker: "Putin".into(),
            en_quote: "25 million".into(),
            score: 0.9,
            margin: 0.2,
            flags: Flags(vec![Flag {
                name: "number_mismatch".into(),
                id: vec!["2,5 juta".into()],
                en: vec!["25 million".into()],
                detail: "2500000 vs 25000000".into(),
                confidence: 0.9,
            }]),
            id_start: Some(0),
            id_end: Some(8),
            en_start: None,
            en_end: None,
            context: None,
            relatedness: Relatedness::default(),
        };
        let summary = PairFidelity::of(std::slice::from_ref(&r));
        let related = PairRelated::from(&r.relatedness);
        let v = serde_json::to_value(AlignLine::new(&r, &summary, &related)).unwrap();
        assert_eq!(v["flags"], serde_json::json!(["number_mismatch"]));
        assert_eq!(v["evidence"][0]["en"], serde_json::json!(["25 million"]));
        assert_eq!(v["evidence"][0]["detail"], "2500000 vs 25000000");
        assert!((v["evidence"][0]["confidence"].as_f64().unwrap_or(0.0) - 0.9).abs() < 1e-6);
        let line = serde_json::to_string(&AlignLine::new(&r, &summary, &related)).unwrap();
        assert!(
            line.contains("\"score\":0.9,") && line.contains("\"confidence\":0.9}"),
            "f32 written shortest: {line}"
        );
        assert!(v["en_start"].is_null());
        assert_eq!(v["pair_related"]["related"], false);
        assert!(
            v["pair_related"]["reason"]
                .as_str()
                .is_some_and(|r| r.starts_with("the two articles look unrelated (")),
            "{}",
            v["pair_related"]
        );
        assert_eq!(
            v["pair_fidelity"],
            serde_json::json!({"checked": 1, "flagged": 1, "by_flag": {"number_mismatch": 1}})
        );
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys.len(),
            crate::ALIGN_HEADER.len() + 3,
            "the CSV columns plus evidence and the pair's fidelity and relatedness"
        );
    }
}
