//! News words of the embedded lexicon on constructed sentence pairs: each
//! listed Indonesian word matches its English translation in the pair's
//! similarity index (the per-word evidence every score is built from), and a
//! two-sentence article pair whose quote hinges on that word aligns the quote
//! with its English source.
//!
//! The words are the ones real translations showed missing or wrong
//! (`pengecut` glossed only as `chicken`, `tulus` only as `candor`), and they
//! reach the English through each path the lexicon offers: a surface entry
//! (`belasungkawa`), a gloss a dictionary lacked (`pengecut`, `tulus`), a
//! phrase of two words against a hyphenated English compound (`tanpa batas`
//! / `no-limits`), and a prefixed loanword verb whose root is a cognate of
//! the English (`dibombardir` → `bombardir` ~ `bombarded`).

use kutip::Lang;
use kutip::align::similarity::MatchKind;
use kutip::align::{AlignParams, PairIndex, Status, align_pair};
use kutip::lexicon::Lexicon;
use kutip::text::Document;

/// One constructed case: Indonesian and English words that must match, and
/// a two-sentence article pair (first sentence quotes the word).
struct Case {
    /// Indonesian word, the English word it must match, and how.
    words: &'static [(&'static str, &'static str, MatchKind)],
    id_text: &'static str,
    en_text: &'static str,
}

const SECOND_ID: &str = "Pertemuan berikutnya dijadwalkan pada bulan Mei, kata pejabat itu.";
const SECOND_EN: &str = "The next meeting is scheduled for May, the official said.";

const CASES: &[Case] = &[
    Case {
        words: &[("belasungkawa", "condolences", MatchKind::Lexicon)],
        id_text: "Presiden menyampaikan “belasungkawa yang mendalam” kepada keluarga korban.",
        en_text: "The president offered his “deepest condolences” to the families of the victims.",
    },
    Case {
        words: &[("pengecut", "cowardly", MatchKind::Lexicon)],
        id_text: "Menteri itu menyebut serangan tersebut “tindakan pengecut”.",
        en_text: "The minister called the attack “a cowardly act”.",
    },
    Case {
        words: &[("pengecut", "cowards", MatchKind::Lexicon)],
        id_text: "Gubernur menyebut para penyerang itu “pengecut”.",
        en_text: "The governor called the attackers “cowards”.",
    },
    Case {
        words: &[("tulus", "sincere", MatchKind::Lexicon)],
        id_text: "Ia mengatakan permintaan maaf itu “tidak tulus”.",
        en_text: "He said the apology was “not sincere”.",
    },
    Case {
        words: &[
            ("tanpa", "no-limits", MatchKind::Lexicon),
            ("batas", "no-limits", MatchKind::Lexicon),
        ],
        id_text: "Kedua negara menyatakan kemitraan “tanpa batas”.",
        en_text: "The two countries declared a “no-limits” partnership.",
    },
    Case {
        words: &[
            ("tanpa", "no", MatchKind::Lexicon),
            ("batas", "limits", MatchKind::Lexicon),
        ],
        id_text: "Kedua negara menyatakan kemitraan “tanpa batas”.",
        en_text: "The two countries declared a partnership with “no limits”.",
    },
    Case {
        words: &[("dibombardir", "bombarded", MatchKind::Cognate)],
        id_text: "Warga mengatakan kota itu “dibombardir setiap malam”.",
        en_text: "Residents said the city was “bombarded every night”.",
    },
];

/// The matches of Indonesian word `id_word` with English word `en_word` in
/// the similarity index of the two texts.
fn word_match(
    id_text: &str,
    en_text: &str,
    id_word: &str,
    en_word: &str,
) -> Option<(f32, MatchKind)> {
    let id = Document::parse(id_text, Lang::Id);
    let en = Document::parse(en_text, Lang::En);
    let index = PairIndex::new(&id, &en, Lexicon::embedded());
    let type_of = |doc: &Document, word: &str, id_side: bool| {
        let k = doc
            .tokens
            .iter()
            .position(|t| t.lower == word)
            .unwrap_or_else(|| panic!("{word:?} is not a word of {:?}", doc.text()));
        if id_side {
            index.id_type_of(k)
        } else {
            index.en_type_of(k)
        }
        .expect("a word has a type")
    };
    let (i, e) = (type_of(&id, id_word, true), type_of(&en, en_word, false));
    index
        .id_word_matches(i)
        .iter()
        .find(|m| m.other == e)
        .map(|m| (m.score, m.kind))
}

#[test]
fn each_listed_news_word_matches_its_english() {
    let mut failures = Vec::new();
    for c in CASES {
        for &(w, en_word, how) in c.words {
            match word_match(c.id_text, c.en_text, w, en_word) {
                // Lexicon matches score 0.55 and more, cognates 0.6 and more.
                Some((score, kind)) if kind == how && score >= 0.55 => {
                    println!("{w} ~ {en_word}: {score:.3}")
                }
                other => failures.push(format!("{w} ~ {en_word}: {other:?}")),
            }
        }
    }
    assert!(failures.is_empty(), "no lexicon match: {failures:#?}");
}

#[test]
fn each_listed_news_word_aligns_its_quote_in_a_two_sentence_pair() {
    let params = AlignParams::default();
    let mut failures = Vec::new();
    for c in CASES {
        let id_text = format!("{}\n{SECOND_ID}\n", c.id_text);
        let en_text = format!("{}\n{SECOND_EN}\n", c.en_text);
        let a = align_pair(&id_text, &en_text, Lexicon::embedded(), &params);
        assert_eq!(
            (a.id.sentences.len(), a.en.sentences.len()),
            (2, 2),
            "{id_text:?} / {en_text:?}"
        );
        let holds = |doc: &Document, span: Option<kutip::text::NormSpan>, word: &str| {
            span.is_some_and(|s| doc.tokens_in(s).any(|k| doc.tokens[k].lower == word))
        };
        let (id_word, en_word, _) = c.words[c.words.len() - 1];
        let row = a.pairs.iter().find(|p| holds(&a.id, p.id_span, id_word));
        match row {
            Some(p) if p.status == Status::Matched && holds(&a.en, p.en_span, en_word) => {
                println!(
                    "{} -> {:?}: {:.3}",
                    id_word,
                    a.en.slice(p.en_span.expect("matched")),
                    p.score
                )
            }
            other => failures.push(format!(
                "{:?}: {:?}",
                c.id_text,
                other.map(|p| (p.status, p.en_span.map(|s| a.en.slice(s)), p.score))
            )),
        }
        let omitted = a
            .pairs
            .iter()
            .any(|p| p.status == Status::Omitted && holds(&a.en, p.en_span, en_word));
        if omitted {
            failures.push(format!(
                "{:?}: the English quote is reported omitted",
                c.en_text
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
