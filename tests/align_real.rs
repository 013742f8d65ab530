//! Alignment on what real translations do: paraphrase of a related report,
//! one English sentence split into two Indonesian quotes, paragraphs moved,
//! an Indonesian quote the extractor did not see, and a long English quote.
//! Each pair is constructed from a real news situation; each test stands for
//! its class.

use kutip::align::{AlignParams, PairAlignment, Status, align_pair};
use kutip::lexicon::Lexicon;

fn align(id: &str, en: &str) -> PairAlignment {
    let a = align_pair(id, en, Lexicon::embedded(), &AlignParams::default());
    for p in &a.pairs {
        let id_q = p.id_span.map(|s| a.id.slice(s)).unwrap_or("");
        let en_q = p.en_span.map(|s| a.en.slice(s)).unwrap_or("");
        println!("{:?} {:.3} {id_q:?} <-> {en_q:?}", p.status, p.score);
    }
    a
}

/// The row whose Indonesian quote contains `words`.
fn row<'a>(a: &'a PairAlignment, words: &str) -> &'a kutip::align::QuotePair {
    a.pairs
        .iter()
        .find(|p| p.id_span.is_some_and(|s| a.id.slice(s).contains(words)))
        .unwrap_or_else(|| panic!("no Indonesian quote with {words:?}"))
}

fn en_of(a: &PairAlignment, p: &kutip::align::QuotePair) -> String {
    p.en_span
        .map(|s| a.en.slice(s).to_owned())
        .unwrap_or_default()
}

#[test]
fn a_paraphrase_of_a_related_report_is_aligned() {
    let en = "Indonesian President Joko Widodo said on Tuesday that the government would spend 50 trillion rupiah to rebuild homes destroyed by the earthquake in Cianjur.\n\
              \"We will rebuild every house that collapsed, starting next month,\" Widodo told reporters during a visit to the town.\n\
              The magnitude 5.6 quake killed at least 310 people on November 21, according to the national disaster agency.\n\
              Widodo said families whose homes were damaged would receive up to 50 million rupiah each.";
    let id = "Pemerintah menyiapkan dana Rp 50 triliun untuk membangun kembali rumah warga Cianjur yang hancur akibat gempa, kata Presiden Joko Widodo, Selasa.\n\
              Jokowi meninjau lokasi bencana bersama para menteri. \"Semua rumah yang roboh akan kita bangun lagi, mulai bulan depan,\" ujar Jokowi kepada wartawan.\n\
              Gempa bermagnitudo 5,6 pada 21 November itu menewaskan sedikitnya 310 orang, menurut Badan Nasional Penanggulangan Bencana.\n\
              Menurut Presiden, keluarga yang rumahnya rusak akan menerima bantuan hingga Rp 50 juta.";
    let a = align(id, en);
    assert!(a.relatedness.related, "{:?}", a.relatedness);
    let matched = a
        .pairs
        .iter()
        .filter(|p| p.status == Status::Matched)
        .count();
    assert!(matched >= 3, "{matched} matched");
    let r = row(&a, "Semua rumah yang roboh");
    assert_eq!(r.status, Status::Matched);
    assert!(en_of(&a, r).contains("rebuild every house"));
}

#[test]
fn unrelated_articles_match_nothing_and_say_so() {
    let en = "The European Central Bank raised interest rates by half a percentage point on Thursday, its eighth increase in a row.\n\
              \"Inflation is still too high,\" ECB President Christine Lagarde told a news conference in Frankfurt.";
    let id = "Tim nasional sepak bola Indonesia mengalahkan Vietnam 2-0 di Stadion Gelora Bung Karno, Senin malam.\n\
              \"Para pemain tampil luar biasa,\" kata pelatih Shin Tae-yong seusai pertandingan.";
    let a = align(id, en);
    assert!(!a.relatedness.related, "{:?}", a.relatedness);
    assert!(a.pairs.iter().all(|p| p.status != Status::Matched));
    assert!(a.relatedness.to_string().contains("look unrelated"));
}

#[test]
fn one_english_sentence_feeds_two_indonesian_quotes() {
    let en = "Foreign Minister Retno Marsudi met her Australian counterpart in Canberra on Monday.\n\
              The minister said the talks were useful and that Jakarta was waiting for a reply from Canberra on the fishing dispute.\n\
              The two countries have argued over fishing rights in the Timor Sea for years.";
    let id = "Menteri Luar Negeri Retno Marsudi bertemu mitranya dari Australia di Canberra pada Senin.\n\
              Menteri itu mengatakan pembicaraan itu bermanfaat.\n\
              Jakarta, katanya, menunggu jawaban dari Canberra soal sengketa perikanan.\n\
              Kedua negara telah berselisih soal hak menangkap ikan di Laut Timor selama bertahun-tahun.";
    let a = align(id, en);
    let first = row(&a, "pembicaraan itu bermanfaat");
    let second = row(&a, "menunggu jawaban dari Canberra");
    assert_eq!(first.status, Status::Matched);
    assert_eq!(second.status, Status::Matched);
    assert!(en_of(&a, first).contains("talks were useful"));
    assert!(en_of(&a, second).contains("waiting for a reply"));
    assert!(
        !en_of(&a, first).contains("waiting for a reply"),
        "each row keeps its own part"
    );
    assert!(a.pairs.iter().all(|p| p.status != Status::Omitted));
}

#[test]
fn two_moved_paragraphs_still_align() {
    let dir = std::path::Path::new("corpora/samples/voa-syria-envoy-2012");
    let en = std::fs::read_to_string(dir.join("en.txt")).expect("sample");
    let id = std::fs::read_to_string(dir.join("id.txt")).expect("sample");
    let mut paras: Vec<&str> = id.lines().filter(|l| !l.trim().is_empty()).collect();
    // Move the paragraphs on Brahimi's task and the Security Council to the end.
    let moved: Vec<&str> = paras.drain(3..5).collect();
    paras.extend(moved);
    let id = paras.join("\n");
    let a = align(&id, &en);
    let r = row(&a, "hampir mustahil");
    assert_eq!(r.status, Status::Matched);
    assert!(en_of(&a, r).contains("nearly impossible"));
    // Every Indonesian sentence with an exact counterpart is in a two-sided bead.
    let moved_sentence =
        a.id.sentences
            .iter()
            .position(|s| {
                a.id.slice(s.span)
                    .contains("Dewan Keamanan PBB menemui jalan buntu")
            })
            .expect("moved sentence");
    let bead = a
        .beads
        .iter()
        .find(|b| b.id.contains(&moved_sentence))
        .expect("bead");
    assert!(
        !bead.en.is_empty(),
        "the moved sentence is aligned: {bead:?}"
    );
}

#[test]
fn an_indonesian_quote_the_extractor_missed_is_recovered() {
    // The Indonesian reports the English quote without any cue: no
    // Indonesian quote is extracted, yet the English quote is translated.
    let en = "Health officials confirmed 12 new cases of bird flu in Bali on Friday.\n\
              \"The situation is under control and there is no reason for tourists to cancel their trips,\" said provincial health chief Ketut Suarjaya.";
    let id = "Pejabat kesehatan mengonfirmasi 12 kasus baru flu burung di Bali pada Jumat.\n\
              Kepala Dinas Kesehatan Provinsi Bali Ketut Suarjaya hadir dalam jumpa pers itu. Situasi terkendali dan tidak ada alasan bagi wisatawan untuk membatalkan perjalanan mereka.";
    let a = align(id, en);
    let r = a
        .pairs
        .iter()
        .find(|p| {
            p.en_span
                .is_some_and(|s| a.en.slice(s).contains("under control"))
        })
        .expect("row of the English quote");
    assert_eq!(r.status, Status::Matched, "recovered instead of omitted");
    let id_q = a.id.slice(r.id_span.expect("Indonesian span"));
    assert!(id_q.contains("Situasi terkendali"), "{id_q}");
    assert_eq!(r.id_speaker, "Ketut Suarjaya");
}

#[test]
fn a_three_sentence_english_quote_is_reported_whole() {
    let en = "Prime Minister Anthony Albanese spoke after the summit in Jakarta.\n\
              \"We agreed to work together on climate. We agreed to expand trade in critical minerals. And we agreed that our defence ties will grow,\" Albanese said.";
    let id = "Perdana Menteri Anthony Albanese berbicara seusai pertemuan puncak di Jakarta.\n\
              \"Kami sepakat bekerja sama dalam soal iklim. Kami sepakat memperluas perdagangan mineral penting. Dan kami sepakat bahwa hubungan pertahanan kita akan tumbuh,\" kata Albanese.";
    let a = align(id, en);
    let r = row(&a, "bekerja sama dalam soal iklim");
    assert_eq!(r.status, Status::Matched);
    let e = en_of(&a, r);
    assert!(
        e.contains("climate") && e.contains("critical minerals") && e.contains("defence ties"),
        "{e}"
    );
}

#[test]
fn a_lead_restating_part_of_a_long_quote_takes_that_part() {
    // The Indonesian lead reports one sentence of the minister's quote,
    // which the body then gives whole; the English gives only the quote.
    let id = "Menteri Keuangan Sri Mulyani mengatakan pemerintah tidak akan menaikkan harga bahan bakar tahun ini.\n\
              Ia berbicara kepada wartawan di Jakarta, Senin.\n\
              \"Kami sudah menghitung semua biaya. Pemerintah tidak akan menaikkan harga bahan bakar tahun ini. Rakyat sudah cukup menderita,\" kata Sri Mulyani.";
    let en = "Finance Minister Sri Mulyani Indrawati spoke to reporters in Jakarta on Monday.\n\
              \"We have calculated all the costs. The government will not raise fuel prices this year. People have suffered enough,\" she said.";
    let a = align(id, en);
    let lead = row(&a, "pemerintah tidak akan menaikkan");
    assert_eq!(lead.status, Status::Matched);
    let part = en_of(&a, lead);
    assert!(part.contains("will not raise fuel prices"), "{part:?}");
    assert!(!part.contains("calculated"), "{part:?}");
    let whole = row(&a, "Kami sudah menghitung");
    assert_eq!(whole.status, Status::Matched);
    assert!(en_of(&a, whole).contains("suffered enough"));
}

#[test]
fn a_clause_added_to_the_lead_goes_to_its_own_quote() {
    // The English lead ends with a clause (`adding that …`) that the
    // Indonesian gives as a sentence of its own, which the sentence
    // alignment leaves one-sided. The lead quote's English stops before
    // the clause, and the clause is the source of the added sentence.
    let id = "Menteri Energi Budi Santoso mengatakan dirinya tidak pernah khawatir dengan harga minyak dunia, katanya pada Senin.\n\
              \"Saya selalu tenang,\" kata Budi kepada wartawan di Jakarta.\n\
              Dia menambahkan bahwa pemerintah berhak menetapkan harga bensin di dalam negeri.";
    let en = "Energy Minister Budi Santoso is \"never worried\" about world oil prices, he said on Monday, adding that it was the government's right to set domestic petrol prices.\n\
              The ministry did not give figures for next year.";
    let a = align(id, en);
    let lead = row(&a, "tidak pernah khawatir");
    assert_eq!(lead.status, Status::Matched);
    let lead_en = en_of(&a, lead);
    assert!(lead_en.contains("never worried"), "{lead_en:?}");
    assert!(!lead_en.contains("right to set"), "{lead_en:?}");
    let added = row(&a, "berhak menetapkan");
    assert_eq!(added.status, Status::Matched);
    assert!(en_of(&a, added).contains("right to set domestic petrol prices"));
}
