//! Property tests: arbitrary text (random Unicode, stray quote marks, long
//! lines) goes through normalization, segmentation, extraction and
//! alignment without a panic, and every offset stays in bounds.

use kutip::align::{AlignParams, align_pair};
use kutip::lexicon::Lexicon;
use kutip::{Lang, quote_records};
use proptest::prelude::*;

fn texty() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,400}",
        proptest::collection::vec(
            prop_oneof![
                Just("“".to_owned()),
                Just("”".to_owned()),
                Just("\"".to_owned()),
                Just("'".to_owned()),
                Just("‘".to_owned()),
                Just("’".to_owned()),
                Just("«".to_owned()),
                Just(", kata ".to_owned()),
                Just(" mengatakan bahwa ".to_owned()),
                Just(" said ".to_owned()),
                Just(". ".to_owned()),
                Just("\n".to_owned()),
                Just("\r\n".to_owned()),
                Just("Dia".to_owned()),
                Just("\u{a0}".to_owned()),
                Just("e\u{301}".to_owned()),
                Just("1.250,5".to_owned()),
                "[A-Za-z]{1,8}",
            ],
            0..120
        )
        .prop_map(|v| v.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn extraction_offsets_slice_back(text in texty()) {
        for lang in [Lang::Id, Lang::En] {
            let n = text.chars().count();
            for q in quote_records(&text, lang) {
                prop_assert!(q.start <= q.end && q.end <= n);
                let s: String = text.chars().skip(q.start).take(q.end - q.start).collect();
                prop_assert_eq!(s, q.quote);
            }
        }
    }

    #[test]
    fn alignment_never_panics(id in texty(), en in texty()) {
        let a = align_pair(&id, &en, Lexicon::embedded(), &AlignParams::default());
        for r in kutip::io::align_records("p", &a) {
            prop_assert!((0.0..=1.0).contains(&r.score));
        }
    }
}

#[test]
fn a_very_long_line_is_fine() {
    let line = "“Kata ".repeat(20_000) + "” kata Putin.";
    let _ = quote_records(&line, Lang::Id);
}
