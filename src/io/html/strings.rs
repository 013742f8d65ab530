//! The words of the review page in each interface language (`--lang-ui en`
//! or `id`): labels, buttons, and the legend that explains every status,
//! kind, flag and marker in plain words. Flag names stay as the CSV writes
//! them (`number_mismatch`) beside their explanation, so a reader can go
//! from the page to the CSV and back.
//!
//! Holds text only; the page layout is in [`super`].

use crate::align::Status;
use crate::io::context::SpeakerCertainty;
use crate::quote::QuoteKind;

/// The interface language of the review page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UiLang {
    #[default]
    En,
    Id,
}

impl UiLang {
    /// The `lang` attribute of the page.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Id => "id",
        }
    }

    /// The page's words in this language.
    pub fn words(self) -> &'static Words {
        match self {
            UiLang::En => &EN,
            UiLang::Id => &ID,
        }
    }
}

/// A flag's short label and its explanation.
pub struct FlagWords {
    pub name: &'static str,
    pub label: &'static str,
    pub explain: &'static str,
}

/// Every word of the page in one language.
pub struct Words {
    pub title: &'static str,
    pub title_sentences: &'static str,
    pub inputs: &'static str,
    pub generated: &'static str,
    pub version: &'static str,
    pub summary: &'static str,
    pub pair: &'static str,
    pub pairs: &'static str,
    pub total: &'static str,
    pub quotes: &'static str,
    pub flagged: &'static str,
    pub low_margin: &'static str,
    pub to_check: &'static str,
    pub decided: &'static str,
    pub flags_by_kind: &'static str,
    pub none: &'static str,
    pub show_problems: &'static str,
    pub article_order: &'static str,
    pub export: &'static str,
    pub export_needs_script: &'static str,
    pub legend: &'static str,
    pub legend_intro: &'static str,
    pub statuses: &'static str,
    pub kinds: &'static str,
    pub flags: &'static str,
    pub markers: &'static str,
    pub indonesian: &'static str,
    pub english: &'static str,
    pub speaker: &'static str,
    pub no_speaker: &'static str,
    pub no_counterpart: &'static str,
    pub not_in_indonesian: &'static str,
    pub score: &'static str,
    pub best_candidate: &'static str,
    pub margin: &'static str,
    pub paragraph: &'static str,
    pub of: &'static str,
    pub chars: &'static str,
    pub context: &'static str,
    pub checked: &'static str,
    pub wrong: &'static str,
    pub note: &'static str,
    pub earlier_decision: &'static str,
    pub stale_decisions: &'static str,
    pub highlight_id: &'static str,
    pub highlight_en: &'static str,
    pub low_margin_explain: &'static str,
    pub score_explain: &'static str,
    pub offsets_explain: &'static str,
    pub decisions_explain: &'static str,
    pub matched: (&'static str, &'static str),
    pub unsourced: (&'static str, &'static str),
    pub omitted: (&'static str, &'static str),
    pub direct: (&'static str, &'static str),
    pub partial: (&'static str, &'static str),
    pub indirect: (&'static str, &'static str),
    /// Speaker markers: elsewhere, other side, description, unknown.
    pub speaker_elsewhere: &'static str,
    pub speaker_other_side: &'static str,
    pub speaker_description: &'static str,
    pub speaker_unknown: &'static str,
    pub speaker_mark_explain: &'static str,
    pub flag_words: &'static [FlagWords],
    pub detail: &'static str,
    pub confidence: &'static str,
    pub beads: &'static str,
    pub bead: &'static str,
}

impl Words {
    /// The label and explanation of a status.
    pub fn status(&self, s: Status) -> (&'static str, &'static str) {
        match s {
            Status::Matched => self.matched,
            Status::Unsourced => self.unsourced,
            Status::Omitted => self.omitted,
        }
    }

    /// The label and explanation of a quote kind.
    pub fn kind(&self, k: QuoteKind) -> (&'static str, &'static str) {
        match k {
            QuoteKind::Direct => self.direct,
            QuoteKind::Partial => self.partial,
            QuoteKind::Indirect => self.indirect,
        }
    }

    /// What an uncertain speaker's marker says.
    pub fn speaker_note(&self, c: SpeakerCertainty) -> Option<&'static str> {
        match c {
            SpeakerCertainty::Named => None,
            SpeakerCertainty::Elsewhere => Some(self.speaker_elsewhere),
            SpeakerCertainty::OtherSide => Some(self.speaker_other_side),
            SpeakerCertainty::Description => Some(self.speaker_description),
            SpeakerCertainty::Unknown => Some(self.speaker_unknown),
        }
    }

    /// The words of a flag, by the name the CSV writes; a name this page
    /// does not know is shown as it is.
    pub fn flag(&self, name: &str) -> (String, &'static str) {
        self.flag_words.iter().find(|f| f.name == name).map_or_else(
            || (name.to_owned(), ""),
            |f| (f.label.to_owned(), f.explain),
        )
    }
}

const EN_FLAGS: &[FlagWords] = &[
    FlagWords {
        name: "number_mismatch",
        label: "Number differs",
        explain: "A number or date on one side has no equal on the other.",
    },
    FlagWords {
        name: "entity_mismatch",
        label: "Name differs",
        explain: "A name in the Indonesian quote is not in the English article, or another name stands in its place.",
    },
    FlagWords {
        name: "negation_mismatch",
        label: "Negation differs",
        explain: "One side says no or not where the other does not.",
    },
    FlagWords {
        name: "speaker_mismatch",
        label: "Speaker differs",
        explain: "The two articles give the quote to different people.",
    },
    FlagWords {
        name: "modality_shift",
        label: "Certainty shifts",
        explain: "A hedge, an allegation, an emphasis or a modal (may, must, can) is on one side only, or one modal replaces another.",
    },
    FlagWords {
        name: "cue_shift",
        label: "Reporting verb shifts",
        explain: "The verb that reports the quote takes another stance (said against denied or insisted).",
    },
    FlagWords {
        name: "omission",
        label: "Omission",
        explain: "English words with nothing for them in the Indonesian: part of the source was left out.",
    },
    FlagWords {
        name: "addition",
        label: "Addition",
        explain: "Indonesian words with nothing for them in the English: the translation adds something.",
    },
    FlagWords {
        name: "direct_indirect",
        label: "Quote marks differ",
        explain: "Words are in quote marks on one side only: a paraphrase became a quote, or the reverse.",
    },
    FlagWords {
        name: "untranslated",
        label: "Untranslated",
        explain: "The Indonesian quote is mostly English words.",
    },
];

const ID_FLAGS: &[FlagWords] = &[
    FlagWords {
        name: "number_mismatch",
        label: "Angka berbeda",
        explain: "Angka atau tanggal di satu sisi tidak ada padanannya di sisi lain.",
    },
    FlagWords {
        name: "entity_mismatch",
        label: "Nama berbeda",
        explain: "Nama dalam kutipan bahasa Indonesia tidak ada dalam artikel bahasa Inggris, atau diganti nama lain.",
    },
    FlagWords {
        name: "negation_mismatch",
        label: "Penyangkalan berbeda",
        explain: "Satu sisi menyangkal (tidak, bukan) sedangkan sisi lain tidak.",
    },
    FlagWords {
        name: "speaker_mismatch",
        label: "Pembicara berbeda",
        explain: "Kedua artikel menyebut orang yang berbeda sebagai pembicara.",
    },
    FlagWords {
        name: "modality_shift",
        label: "Kepastian bergeser",
        explain: "Kata pelunak, tuduhan, penegas atau modal (mungkin, harus, bisa) hanya ada di satu sisi, atau modal yang satu diganti yang lain.",
    },
    FlagWords {
        name: "cue_shift",
        label: "Kata kerja pelapor bergeser",
        explain: "Kata kerja yang melaporkan kutipan bersikap lain (mengatakan lawan membantah atau menegaskan).",
    },
    FlagWords {
        name: "omission",
        label: "Penghilangan",
        explain: "Kata-kata bahasa Inggris tanpa padanan dalam bahasa Indonesia: sebagian sumber dihilangkan.",
    },
    FlagWords {
        name: "addition",
        label: "Penambahan",
        explain: "Kata-kata bahasa Indonesia tanpa padanan dalam bahasa Inggris: terjemahan menambahkan sesuatu.",
    },
    FlagWords {
        name: "direct_indirect",
        label: "Tanda kutip berbeda",
        explain: "Kata-kata bertanda kutip hanya di satu sisi: parafrase menjadi kutipan, atau sebaliknya.",
    },
    FlagWords {
        name: "untranslated",
        label: "Tidak diterjemahkan",
        explain: "Kutipan bahasa Indonesia sebagian besar berupa kata-kata bahasa Inggris.",
    },
];

pub const EN: Words = Words {
    title: "Translation review: quotes and their sources",
    title_sentences: "Translation review: sentence alignment",
    inputs: "Input",
    generated: "Made",
    version: "kutip",
    summary: "Summary",
    pair: "Pair",
    pairs: "pairs",
    total: "Total",
    quotes: "Quotes",
    flagged: "Flagged",
    low_margin: "Low margin",
    to_check: "To check",
    decided: "Decided",
    flags_by_kind: "Flags by kind",
    none: "none",
    show_problems: "Show only rows to check",
    article_order: "Article order",
    export: "Export decisions (CSV)",
    export_needs_script: "Marking rows and exporting decisions need JavaScript, which is off.",
    legend: "How to read this page",
    legend_intro: "Rows to check come first in each pair: quotes without a source, dropped quotes, flagged translations and close calls. Mark each row checked or wrong, add a note, and export the decisions: kutip align --decisions FILE shows them again on the next run.",
    statuses: "Status",
    kinds: "Kind",
    flags: "Flags",
    markers: "Marks",
    indonesian: "Indonesian",
    english: "English",
    speaker: "Speaker",
    no_speaker: "no speaker found",
    no_counterpart: "No English counterpart found.",
    not_in_indonesian: "Not in the Indonesian article.",
    score: "score",
    best_candidate: "best candidate",
    margin: "margin",
    paragraph: "paragraph",
    of: "of",
    chars: "characters",
    context: "Paragraph around the quote",
    checked: "Checked",
    wrong: "Wrong",
    note: "Note",
    earlier_decision: "decision of an earlier run",
    stale_decisions: "Earlier decisions that match no row of this run (the text or the alignment changed):",
    highlight_id: "Indonesian words behind a flag",
    highlight_en: "English words behind a flag",
    low_margin_explain: "Another English passage scored almost as well (margin below 0.1): check that the right one was chosen.",
    score_explain: "Score, 0 to 1: how much of the quote the English words cover. Margin: how far the next best English passage is behind.",
    offsets_explain: "Character offsets into the input files, as in the CSV: the quote is text[start:end].",
    decisions_explain: "Decisions are kept in this browser until exported.",
    matched: (
        "matched",
        "The Indonesian quote beside the English words it translates.",
    ),
    unsourced: (
        "unsourced",
        "An Indonesian quote with no English counterpart: check whether the source says it at all.",
    ),
    omitted: (
        "omitted",
        "An English quote that the Indonesian article leaves out.",
    ),
    direct: ("direct", "In quote marks."),
    partial: ("partial", "A quoted fragment inside reported speech."),
    indirect: ("indirect", "Reported speech, without quote marks."),
    speaker_elsewhere: "named elsewhere in the article; this paragraph says he, she or a description",
    speaker_other_side: "taken from the other article: this one names no one",
    speaker_description: "only described, not named",
    speaker_unknown: "no speaker found",
    speaker_mark_explain: "The speaker is not named beside the quote: found from he or she, a description, or the other article (the note beside it says which).",
    flag_words: EN_FLAGS,
    detail: "detail",
    confidence: "confidence",
    beads: "beads",
    bead: "Bead",
};

pub const ID: Words = Words {
    title: "Pemeriksaan terjemahan: kutipan dan sumbernya",
    title_sentences: "Pemeriksaan terjemahan: penjajaran kalimat",
    inputs: "Masukan",
    generated: "Dibuat",
    version: "kutip",
    summary: "Ringkasan",
    pair: "Pasangan",
    pairs: "pasangan",
    total: "Jumlah",
    quotes: "Kutipan",
    flagged: "Bertanda",
    low_margin: "Selisih kecil",
    to_check: "Perlu diperiksa",
    decided: "Sudah diputuskan",
    flags_by_kind: "Tanda menurut jenis",
    none: "tidak ada",
    show_problems: "Tampilkan hanya yang perlu diperiksa",
    article_order: "Urutan artikel",
    export: "Ekspor keputusan (CSV)",
    export_needs_script: "Menandai baris dan mengekspor keputusan memerlukan JavaScript, yang sedang mati.",
    legend: "Cara membaca halaman ini",
    legend_intro: "Baris yang perlu diperiksa tampil lebih dulu di setiap pasangan: kutipan tanpa sumber, kutipan yang dihilangkan, terjemahan bertanda, dan pilihan yang nyaris seri. Tandai setiap baris benar atau salah, tambahkan catatan, lalu ekspor keputusan: kutip align --decisions FILE menampilkannya lagi pada proses berikutnya.",
    statuses: "Status",
    kinds: "Jenis",
    flags: "Tanda",
    markers: "Penanda",
    indonesian: "Bahasa Indonesia",
    english: "Bahasa Inggris",
    speaker: "Pembicara",
    no_speaker: "pembicara tidak ditemukan",
    no_counterpart: "Tidak ditemukan padanan dalam bahasa Inggris.",
    not_in_indonesian: "Tidak ada dalam artikel bahasa Indonesia.",
    score: "skor",
    best_candidate: "kandidat terbaik",
    margin: "selisih",
    paragraph: "paragraf",
    of: "dari",
    chars: "karakter",
    context: "Paragraf di sekitar kutipan",
    checked: "Benar",
    wrong: "Salah",
    note: "Catatan",
    earlier_decision: "keputusan dari proses sebelumnya",
    stale_decisions: "Keputusan sebelumnya yang tidak cocok dengan baris mana pun pada proses ini (teks atau penjajarannya berubah):",
    highlight_id: "Kata bahasa Indonesia di balik sebuah tanda",
    highlight_en: "Kata bahasa Inggris di balik sebuah tanda",
    low_margin_explain: "Bagian lain dalam artikel bahasa Inggris skornya hampir sama (selisih di bawah 0,1): pastikan pilihannya tepat.",
    score_explain: "Skor, 0 sampai 1: seberapa banyak kutipan yang tertutup oleh kata-kata bahasa Inggris. Selisih: seberapa jauh bagian terbaik berikutnya tertinggal.",
    offsets_explain: "Posisi karakter dalam berkas masukan, seperti di CSV: kutipan adalah text[start:end].",
    decisions_explain: "Keputusan disimpan di peramban ini sampai diekspor.",
    matched: (
        "cocok",
        "Kutipan bahasa Indonesia di samping kata-kata bahasa Inggris yang diterjemahkannya.",
    ),
    unsourced: (
        "tanpa sumber",
        "Kutipan bahasa Indonesia tanpa padanan dalam bahasa Inggris: periksa apakah sumbernya memang mengatakannya.",
    ),
    omitted: (
        "dihilangkan",
        "Kutipan bahasa Inggris yang tidak dimuat dalam artikel bahasa Indonesia.",
    ),
    direct: ("langsung", "Di dalam tanda kutip."),
    partial: (
        "sebagian",
        "Penggalan bertanda kutip di dalam kalimat tidak langsung.",
    ),
    indirect: (
        "tidak langsung",
        "Kalimat tidak langsung, tanpa tanda kutip.",
    ),
    speaker_elsewhere: "namanya disebut di bagian lain artikel; paragraf ini memakai kata ganti atau sebutan",
    speaker_other_side: "diambil dari artikel yang lain: artikel ini tidak menyebut nama",
    speaker_description: "hanya disebut perannya, tanpa nama",
    speaker_unknown: "pembicara tidak ditemukan",
    speaker_mark_explain: "Pembicara tidak disebut namanya di dekat kutipan: ditentukan dari kata ganti, sebutan, atau artikel yang lain (catatan di sampingnya menyebutkan yang mana).",
    flag_words: ID_FLAGS,
    detail: "rincian",
    confidence: "keyakinan",
    beads: "pasangan kalimat",
    bead: "Pasangan kalimat",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fidelity::FlagKind;

    #[test]
    fn every_flag_is_explained_in_both_languages() {
        for words in [&EN, &ID] {
            for k in FlagKind::ALL {
                let w = words.flag_words.iter().find(|f| f.name == k.as_str());
                let w = w.unwrap_or_else(|| panic!("{} has no words", k.as_str()));
                assert!(!w.label.is_empty() && !w.explain.is_empty());
            }
            assert_eq!(words.flag_words.len(), FlagKind::ALL.len());
        }
        assert_eq!(ID.flag("made_up").0, "made_up");
    }
}
