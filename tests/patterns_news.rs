//! Quote and speaker patterns of news in general, one test per class, in
//! Indonesian and English where the class exists in both: print outlets'
//! quote marks, role–office–name speaker phrases and first-name references,
//! fragments that are never speakers, English wire openings, Indonesian
//! reporting verbs beyond `mengatakan`, institutions and unnamed speakers,
//! headlines and captions. The sentences are constructed; each test stands
//! for its class, not for one article.

use kutip::{Lang, QuoteKind, QuoteRecord, quote_records};

fn quotes(text: &str, lang: Lang) -> Vec<QuoteRecord> {
    let q = quote_records(text, lang);
    for r in &q {
        println!(
            "{:?} {:?} by {:?} (cue {:?})",
            r.kind, r.quote, r.speaker, r.cue
        );
    }
    q
}

/// The one quote that contains `words`, with its offsets checked.
fn find(text: &str, lang: Lang, words: &str) -> QuoteRecord {
    let q = quotes(text, lang);
    let r = q
        .iter()
        .find(|r| r.quote.contains(words))
        .unwrap_or_else(|| panic!("no quote with {words:?} in {q:?}"))
        .clone();
    let chars: Vec<char> = text.chars().collect();
    let sliced: String = chars[r.start..r.end].iter().collect();
    assert_eq!(sliced, r.quote, "offsets of {words:?}");
    r
}

fn assert_quote(text: &str, lang: Lang, words: &str, kind: QuoteKind, speaker: &str) {
    let r = find(text, lang, words);
    assert_eq!(r.kind, kind, "kind of {words:?}");
    assert_eq!(r.speaker, speaker, "speaker of {words:?}");
}

// 1. Quote marks as print outlets set them.

#[test]
fn kompas_sets_both_marks_as_closing_marks() {
    let id = "Polisi menangkap dua tersangka pada Senin.\n\
              Kepala Polres Bogor Ajun Komisaris Besar Budi Santoso menjelaskan kasus itu. ”Kami akan menindak tegas,” kata Budi.";
    assert_quote(
        id,
        Lang::Id,
        "menindak tegas",
        QuoteKind::Direct,
        "Budi Santoso",
    );
}

#[test]
fn guillemets_low_high_marks_and_straight_quotes() {
    for (open, close) in [("»", "«"), ("„", "“"), ("‚", "‘"), ("\"", "\""), ("«", "»")]
    {
        let id =
            format!("{open}Kami tidak akan mundur dari rencana ini,{close} kata Budi Santoso.");
        assert_quote(
            &id,
            Lang::Id,
            "tidak akan mundur",
            QuoteKind::Direct,
            "Budi Santoso",
        );
        let en = format!("{open}We will not back down from this plan,{close} said John Smith.");
        assert_quote(
            &en,
            Lang::En,
            "not back down",
            QuoteKind::Direct,
            "John Smith",
        );
    }
}

#[test]
fn a_quote_over_paragraphs_without_inner_closing_marks() {
    let id = "Menteri Keuangan Sri Mulyani Indrawati berbicara di Jakarta.\n\
              ”Defisit tahun ini masih terkendali dan akan turun.\n\
              ”Kami menjaga belanja tetap tepat sasaran,” kata Sri Mulyani.";
    let r = find(id, Lang::Id, "Defisit tahun ini");
    assert!(r.quote.contains("tepat sasaran"), "{:?}", r.quote);
    assert_eq!(r.speaker, "Sri Mulyani Indrawati");
    let en = "Finance Minister Sri Mulyani Indrawati spoke in Jakarta.\n\
              “The deficit is under control this year and will fall.\n\
              “We keep spending on target,” she said.";
    let r = find(en, Lang::En, "deficit is under control");
    assert!(r.quote.contains("on target"), "{:?}", r.quote);
}

// 2. Role, office and name; first-name references.

#[test]
fn rank_and_office_are_not_the_name_and_first_names_refer_back() {
    let id = "Kepala Satuan Reserse Kriminal Kepolisian Resor Bogor Ajun Komisaris Budi Santoso mengatakan, pelaku sudah ditahan.\n\
              ”Barang bukti sudah kami amankan,” kata Budi.\n\
              Ia juga meminta warga untuk melapor jika melihat hal mencurigakan.\n\
              ”Kami terbuka,” ujarnya.";
    assert_quote(
        id,
        Lang::Id,
        "pelaku sudah ditahan",
        QuoteKind::Indirect,
        "Budi Santoso",
    );
    assert_quote(
        id,
        Lang::Id,
        "Barang bukti",
        QuoteKind::Direct,
        "Budi Santoso",
    );
    assert_quote(
        id,
        Lang::Id,
        "Kami terbuka",
        QuoteKind::Direct,
        "Budi Santoso",
    );
    let en = "Bogor police criminal investigation chief Adjunct Commissioner Budi Santoso said the suspects were in custody.\n\
              “We have secured the evidence,” Budi said.";
    assert_quote(
        en,
        Lang::En,
        "secured the evidence",
        QuoteKind::Direct,
        "Budi Santoso",
    );
}

#[test]
fn an_office_with_a_place_before_the_name() {
    let id = "Kepala Dinas Kesehatan Banyuwangi Widji Lestariono mengatakan, vaksinasi berjalan lancar di Banyuwangi.\n\
              ”Stok vaksin cukup untuk sebulan,” kata Widji.";
    assert_quote(
        id,
        Lang::Id,
        "Stok vaksin",
        QuoteKind::Direct,
        "Widji Lestariono",
    );
}

#[test]
fn a_rank_ends_with_its_own_number_or_grade_word() {
    let id = "Kepala Kepolisian Sektor Bandungan Inspektur Satu Edi Purwanto mengatakan, vila itu kosong.\n\
              ”Pemilik vila wajib melapor,” kata Edi.\n\
              Kepala Kepolisian Resor Sangihe Komisaris Besar Denny Tompunuh mengatakan, polisi netral.";
    assert_quote(
        id,
        Lang::Id,
        "vila itu kosong",
        QuoteKind::Indirect,
        "Edi Purwanto",
    );
    assert_quote(
        id,
        Lang::Id,
        "Pemilik vila",
        QuoteKind::Direct,
        "Edi Purwanto",
    );
    assert_quote(
        id,
        Lang::Id,
        "polisi netral",
        QuoteKind::Indirect,
        "Denny Tompunuh",
    );
}

#[test]
fn an_office_word_formed_with_ber_before_the_name() {
    let id = "Ketua Organisasi Angkutan Bermotor di Jalan (Organda) DKI Jakarta Shafruhan Sinungan mempertanyakan langkah itu.\n\
              Solusi itu belum teruji. ”Ini belum ada uji cobanya,” katanya.";
    assert_quote(
        id,
        Lang::Id,
        "uji cobanya",
        QuoteKind::Direct,
        "Shafruhan Sinungan",
    );
}

#[test]
fn a_section_heading_glued_before_a_name_is_not_the_name() {
    let id = "Kepala Kepolisian Sektor Bandungan Edi Purwanto mengatakan, vila itu kosong.\n\
              Antisipasi Edi mengatakan, semua vila akan didata. ”Kami bisa memantau,” katanya.\n\
              Ekonom Yose Rizal Damuri mengatakan, fiskal bergantung pada pasar.\n\
              Simalakama Yose menilai, pembatasan sosial tidak mungkin lama. ”Ekonomi bisa ambruk,” katanya.";
    assert_quote(
        id,
        Lang::Id,
        "semua vila akan didata",
        QuoteKind::Indirect,
        "Edi Purwanto",
    );
    assert_quote(
        id,
        Lang::Id,
        "Kami bisa memantau",
        QuoteKind::Direct,
        "Edi Purwanto",
    );
    assert_quote(
        id,
        Lang::Id,
        "Ekonomi bisa ambruk",
        QuoteKind::Direct,
        "Yose Rizal Damuri",
    );
    // A coordination opening the paragraph speaks as one.
    let pair = "Menteri Pertahanan China Li Shangfu tiba di Moskow.\n\
                Rusia dan China, yang mendeklarasikan kemitraan “tanpa batas”, terus mempererat hubungan.";
    assert_quote(
        pair,
        Lang::Id,
        "tanpa batas",
        QuoteKind::Partial,
        "Rusia dan China",
    );
    let en = "Village chief Edi Purwanto said the villas were empty.\n\
              Monitoring Edi said all villas would be listed. “We can check them,” he said.";
    assert_quote(
        en,
        Lang::En,
        "all villas would be listed",
        QuoteKind::Indirect,
        "Edi Purwanto",
    );
    assert_quote(
        en,
        Lang::En,
        "We can check them",
        QuoteKind::Direct,
        "Edi Purwanto",
    );
}

#[test]
fn a_connective_opening_the_sentence_is_not_part_of_the_name() {
    let id = "Saiful Anwar (30) bekerja di Jakarta.\n\
              Alhasil Saiful tidak berencana mudik tahun ini. ”Saya tidak mau isolasi,” katanya.\n\
              Wali Kota terpilih Eri Cahyadi menunggu hasil resmi.\n\
              Adapun Eri adalah mantan kepala badan perencanaan. ”Kami menunggu KPU,” katanya.";
    assert_quote(
        id,
        Lang::Id,
        "tidak mau isolasi",
        QuoteKind::Direct,
        "Saiful Anwar",
    );
    assert_quote(
        id,
        Lang::Id,
        "menunggu KPU",
        QuoteKind::Direct,
        "Eri Cahyadi",
    );
}

#[test]
fn a_thing_or_a_place_named_in_capitals_is_not_a_person() {
    let id = "Sejarawan Heri Priyatmoko mengatakan, generasi muda tangguh.\n\
              Sejarah mencatat mereka melewati masa berat, termasuk Perang Dunia II. ”Saat itu mereka bisa bertahan,” katanya.\n\
              Pengajar Universitas Sam Ratulangi Ferry Liando mengatakan, partisipasi harus tinggi.\n\
              Pemilih paling sedikit ada di Bolaang Mongondow Selatan. ”Kami terus memantau,” katanya.";
    assert_quote(
        id,
        Lang::Id,
        "mereka bisa bertahan",
        QuoteKind::Direct,
        "Heri Priyatmoko",
    );
    assert_quote(
        id,
        Lang::Id,
        "terus memantau",
        QuoteKind::Direct,
        "Ferry Liando",
    );
    let en = "Historian Heri Priyatmoko said the young were resilient.\n\
              History records they lived through hard times, including the Great Depression. “They endured,” he said.";
    assert_quote(
        en,
        Lang::En,
        "They endured",
        QuoteKind::Direct,
        "Heri Priyatmoko",
    );
}

#[test]
fn a_region_written_short_before_the_name_is_not_the_name() {
    let id = "Anggota KPU Kalsel Rina Kartikasari mengatakan, pengawasan diperketat.\n\
              ”Kami tidak ragu menindak,” kata Rina.";
    assert_quote(
        id,
        Lang::Id,
        "tidak ragu menindak",
        QuoteKind::Direct,
        "Rina Kartikasari",
    );
}

#[test]
fn a_company_or_party_glued_before_the_name_is_not_the_name() {
    // The company stands alone and after `PT` elsewhere; the person is
    // later called by the word after it.
    let id = "Kebakaran terjadi di kilang PT Nusantara Energi pada Senin malam.\n\
              Nusantara memastikan pasokan aman.\n\
              Direktur Logistik dan Infrastruktur Nusantara Mulyadi menambahkan, stok sangat aman.\n\
              Menurut Mulyadi, stok solar cukup untuk 20 hari. ”Pasokan bahan bakar tetap aman,” ujarnya.";
    assert_quote(
        id,
        Lang::Id,
        "Pasokan bahan bakar",
        QuoteKind::Direct,
        "Mulyadi",
    );
    // The party stands alone and before the names of several people.
    let id = "Ketua Umum Hanura Wiranto Santoso dijadwalkan bertemu presiden.\n\
              Dalam survei itu, Hanura tetap berada di urutan keempat.\n\
              Ketua Harian DPP Hanura Sufri Dasmo Ahmadi membenarkan rencana itu.\n\
              ”Memang ada rencana, tetapi masih dimatangkan,” katanya.";
    assert_quote(
        id,
        Lang::Id,
        "Memang ada rencana",
        QuoteKind::Direct,
        "Sufri Dasmo Ahmadi",
    );
}

#[test]
fn a_town_inside_an_organisation_name_ends_it_before_the_name() {
    let id = "Tukik dilepas di pantai Kabupaten Cilacap, Jawa Tengah.\n\
              Ketua Kelompok Konservasi Penyu Lestari Cilacap Jumawan mengatakan, penyu makin langka.\n\
              ”Tingkat penetasannya masih rendah,” ujarnya.";
    assert_quote(
        id,
        Lang::Id,
        "Tingkat penetasannya",
        QuoteKind::Direct,
        "Jumawan",
    );
}

// 3. A speaker is never a fragment.

#[test]
fn possessives_heads_of_non_person_phrases_and_connectives_are_not_speakers() {
    let id = "Menteri Pertahanan China Li Shangfu tiba di Moskow pada Minggu.\n\
              Perjalanan Li ke Rusia berlangsung tiga hari. ”Kami memiliki ikatan yang sangat kuat,” katanya.\n\
              Pasalnya, kerja sama itu sudah lama berjalan. ”Ini langkah penting,” ujarnya.";
    let q = quotes(id, Lang::Id);
    for r in &q {
        assert_eq!(r.speaker, "Li Shangfu", "{:?}", r.quote);
    }
    assert!(q.len() >= 2);
}

#[test]
fn a_city_used_as_a_modifier_is_not_the_speaker() {
    let id = "Wali Kota Bandung Yana Mulyana meninjau banjir di Kota Bandung.\n\
              ”Air mulai surut,” kata Yana.";
    assert_quote(
        id,
        Lang::Id,
        "Air mulai surut",
        QuoteKind::Direct,
        "Yana Mulyana",
    );
}

#[test]
fn english_fragments_are_not_speakers() {
    let en = "Japan’s Prime Minister Fumio Kishida met British officials on Monday.\n\
              Speaking in Tokyo, Kishida said the talks were useful.\n\
              Asked about the deal, Kishida said: “We are close.”";
    assert_quote(
        en,
        Lang::En,
        "talks were useful",
        QuoteKind::Indirect,
        "Fumio Kishida",
    );
    assert_quote(
        en,
        Lang::En,
        "We are close",
        QuoteKind::Direct,
        "Fumio Kishida",
    );
}

// 4. English wire patterns.

#[test]
fn english_wire_openings() {
    let en = "U.S. President Joe Biden spoke to reporters.\n\
              On Tuesday Biden said the economy was growing.\n\
              Vice President Kamala Harris travelled to Switzerland.\n\
              Speaking in Geneva on Friday, Harris said the talks would continue.\n\
              Former President Donald Trump also commented.\n\
              Speaking aboard his plane on Friday Trump said the deal was bad.";
    assert_quote(
        en,
        Lang::En,
        "economy was growing",
        QuoteKind::Indirect,
        "Joe Biden",
    );
    assert_quote(
        en,
        Lang::En,
        "talks would continue",
        QuoteKind::Indirect,
        "Kamala Harris",
    );
    assert_quote(
        en,
        Lang::En,
        "deal was bad",
        QuoteKind::Indirect,
        "Donald Trump",
    );
}

#[test]
fn english_statement_reporters_according_to_and_added_saying() {
    let en = "Health Minister Budi Gunadi Sadikin said in a statement that the outbreak was contained.\n\
              Sadikin told reporters the vaccine supply was sufficient.\n\
              According to Sadikin, the hospitals have enough beds.\n\
              The supply will last until March, Sadikin added, saying more doses were coming.";
    assert_quote(
        en,
        Lang::En,
        "outbreak was contained",
        QuoteKind::Indirect,
        "Budi Gunadi Sadikin",
    );
    assert_quote(
        en,
        Lang::En,
        "vaccine supply was sufficient",
        QuoteKind::Indirect,
        "Budi Gunadi Sadikin",
    );
    assert_quote(
        en,
        Lang::En,
        "enough beds",
        QuoteKind::Indirect,
        "Budi Gunadi Sadikin",
    );
}

#[test]
fn a_glued_dateline_is_not_part_of_the_text() {
    let en =
        "GENEVA (Reuters) -The World Health Organization said on Monday the risk remained high.";
    let r = find(en, Lang::En, "risk remained high");
    assert_eq!(r.speaker, "World Health Organization");
    let id = "JAKARTA, KOMPAS.com-Kementerian Kesehatan mengatakan risiko masih tinggi.";
    let r = find(id, Lang::Id, "risiko masih tinggi");
    assert_eq!(r.speaker, "Kementerian Kesehatan");
}

// 5. Indonesian reported speech beyond `mengatakan`.

#[test]
fn indonesian_reporting_verbs_by_morphology() {
    for verb in [
        "mengaku",
        "mengklaim",
        "menilai",
        "berpendapat",
        "mengungkapkan",
        "membeberkan",
        "menuding",
        "menduga",
        "memperingatkan",
    ] {
        let id =
            format!("Ketua Komisi III DPR Bambang Wuryanto {verb} bahwa anggaran itu tidak cukup.");
        assert_quote(
            &id,
            Lang::Id,
            "anggaran itu tidak cukup",
            QuoteKind::Indirect,
            "Bambang Wuryanto",
        );
    }
}

#[test]
fn indonesian_directives_and_passive_cues() {
    let id =
        "Gubernur Jawa Barat Ridwan Kamil meminta warga untuk tetap di rumah selama libur panjang.";
    let r = find(id, Lang::Id, "tetap di rumah");
    assert_eq!(r.speaker, "Ridwan Kamil");
    let id = "Presiden Joko Widodo mendesak para menteri agar mempercepat penyaluran bantuan.";
    let r = find(id, Lang::Id, "mempercepat penyaluran");
    assert_eq!(r.speaker, "Joko Widodo");
}

#[test]
fn indonesian_enclitic_cues() {
    for cue in [
        "pungkasnya",
        "imbuhnya",
        "tuturnya",
        "ucapnya",
        "terangnya",
        "jelasnya",
        "ceritanya",
        "cuitnya",
        "selorohnya",
        "keluhnya",
        "kisahnya",
        "jawabnya",
        "tandasnya",
    ] {
        let id = format!(
            "Direktur Utama PT PLN Darmawan Prasodjo meninjau gardu di Bekasi.\n”Pasokan listrik aman sampai akhir tahun,” {cue}."
        );
        assert_quote(
            &id,
            Lang::Id,
            "Pasokan listrik aman",
            QuoteKind::Direct,
            "Darmawan Prasodjo",
        );
    }
}

// 6. Institutions and unnamed speakers.

#[test]
fn institutions_and_unnamed_speakers() {
    let id = "Organisasi Kesehatan Dunia (WHO) menyatakan bahwa pandemi belum berakhir.";
    let r = find(id, Lang::Id, "pandemi belum berakhir");
    assert_eq!(r.speaker, "Organisasi Kesehatan Dunia");
    let id = "Kementerian Pertahanan Rusia mengatakan pasukannya telah mundur.";
    let r = find(id, Lang::Id, "pasukannya telah mundur");
    assert_eq!(r.speaker, "Kementerian Pertahanan Rusia");
    let id = "Seorang pejabat AS yang tidak mau disebutkan namanya mengatakan serangan itu direncanakan.";
    let r = find(id, Lang::Id, "serangan itu direncanakan");
    assert!(
        r.speaker.to_lowercase().contains("pejabat as"),
        "{:?}",
        r.speaker
    );
}

// 7. Headlines and captions are not quotes.

#[test]
fn a_headline_with_a_cue_verb_is_not_a_quote() {
    let id = "Jokowi Mengatakan Harga Beras Akan Turun\n\
              Presiden Joko Widodo meninjau pasar di Bekasi pada Senin.";
    let q = quotes(id, Lang::Id);
    assert!(q.iter().all(|r| !r.quote.contains("Harga Beras")), "{q:?}");
    let en = "Biden Says Economy Will Grow\n\
              President Joe Biden visited a factory in Ohio on Monday.";
    let q = quotes(en, Lang::En);
    assert!(
        q.iter().all(|r| !r.quote.contains("Economy Will Grow")),
        "{q:?}"
    );
}

#[test]
fn a_photo_caption_is_not_a_quote() {
    let en = "Residents said the water rose overnight.\n\
              Photo: Residents wade through flood water in Jakarta, Indonesia, January 1, 2020. REUTERS/Willy Kurniawan";
    let q = quotes(en, Lang::En);
    assert!(q.iter().all(|r| !r.quote.contains("wade through")), "{q:?}");
}

// Speaker phrases around the verb.

#[test]
fn a_possessive_is_not_part_of_the_speakers_name() {
    let en = "Tokyo officials met on Friday.\n\n\
              The remarks contradicted Japanese Prime Minister Shinzo Abe's assurances last week. \
              Abe said the leaks were under control.";
    assert_quote(
        en,
        Lang::En,
        "leaks were under control",
        QuoteKind::Indirect,
        "Shinzo Abe",
    );
}

#[test]
fn a_name_inside_a_relative_clause_on_the_subject_is_not_the_speaker() {
    let id = "Badai melanda Filipina pekan lalu.\n\n\
              Seorang pejabat pemerintahan di kota yang dihantam topan Haiyan mengatakan korban tewas dapat mencapai 10.000 orang.";
    let r = find(id, Lang::Id, "korban tewas dapat mencapai");
    assert!(
        r.speaker.starts_with("Seorang pejabat"),
        "speaker {:?}",
        r.speaker
    );
    let en = "A storm hit the islands last week.\n\n\
              Adul, the only boy who could speak English, said the divers were kind.";
    assert_quote(
        en,
        Lang::En,
        "divers were kind",
        QuoteKind::Indirect,
        "Adul",
    );
}

#[test]
fn a_definite_description_with_nobody_before_it_stands_for_itself() {
    let en = "Iran nuclear talks resume in Geneva\n\n\
              Diplomats met on Monday in the city.\n\n\
              The official also says Iran has begun installing equipment at a bunker.";
    assert_quote(
        en,
        Lang::En,
        "Iran has begun installing equipment",
        QuoteKind::Indirect,
        "The official",
    );
}

#[test]
fn a_report_and_a_marked_quote_after_telling_an_audience() {
    let en = "Tennis news today\n\nPlayers met on Monday in Paris.\n\n\
              American star Venus Williams said Tuesday she has never suffered at press conferences, \
              telling French Open reporters: \"I know every person asking me a question cannot play as well as me\".";
    assert_quote(
        en,
        Lang::En,
        "she has never suffered at press conferences",
        QuoteKind::Indirect,
        "Venus Williams",
    );
    let r = find(en, Lang::En, "I know every person");
    assert_eq!(r.kind, QuoteKind::Direct);
    assert!(!r.quote.contains("reporters"), "audience in {:?}", r.quote);
}

#[test]
fn an_opening_mark_after_a_comma_opens() {
    let id = "Badai melanda Filipina pekan lalu.\n\n\
              Kepala polisi Elmer Soria berpendapat, “akan ada lebih banyak korban.”";
    let r = find(id, Lang::Id, "akan ada lebih banyak korban");
    assert_eq!(r.kind, QuoteKind::Direct);
    assert_eq!(r.speaker, "Elmer Soria");
}

// Speaker phrases and cues as Indonesian papers set them.

#[test]
fn a_cue_on_the_line_below_the_quote_names_its_speaker() {
    let id = "Menurut Gubernur Jawa Tengah Ganjar Pranowo, pemerintah akan membantu para seniman.\n\
              ”Kita tidak bisa menghindari perubahan zaman. Bagaimana kita bisa bertahan?”\n\
              kata Abdul Aziz, Senin (22/6/2020).\n\
              Ganjar menambahkan, bantuan itu cair bulan depan.\n\
              ”Kami juga mendukung para seniman muda agar terus berkarya,”\n\
              tutur Aziz.";
    assert_quote(
        id,
        Lang::Id,
        "perubahan zaman",
        QuoteKind::Direct,
        "Abdul Aziz",
    );
    assert_quote(
        id,
        Lang::Id,
        "seniman muda",
        QuoteKind::Direct,
        "Abdul Aziz",
    );
}

#[test]
fn a_name_before_its_role_in_apposition_after_the_cue() {
    let id = "Pemerintah akan membuka kembali sekolah pekan depan.\n\
              ”Kami sudah menyiapkan semua protokol kesehatan,” kata Rudi Hartono, Regional Head of Operations Sekolah Sehat.\n\
              ”Semua guru sudah menjalani tes usap,” ujar Siti Aminah, Direktur Utama PT Sehat Sentosa, melalui keterangan tertulis.";
    assert_quote(
        id,
        Lang::Id,
        "protokol kesehatan",
        QuoteKind::Direct,
        "Rudi Hartono",
    );
    assert_quote(id, Lang::Id, "tes usap", QuoteKind::Direct, "Siti Aminah");
}

#[test]
fn fronted_openers_and_adverbs_are_not_the_speaker() {
    let id = "Pemerintah memperpanjang pembatasan sosial hingga akhir bulan.\n\
              Secara terpisah, anggota Komisi IX DPR Rahmat Hidayat mengatakan, pemerintah harus menambah bantuan.\n\
              Dihubungi dari Manado, Senin (16/11/2020), anggota Bawaslu Sulut, Supriyadi Pangellu, mengatakan, para calon menaati peraturan.\n\
              Adapun, terkait dengan larangan mudik, Kombes Ahmad Ramadhan mengatakan bahwa polisi hanya mendampingi petugas.\n\
              Presiden kembali menegaskan bahwa para menteri tidak boleh korupsi.";
    assert_quote(
        id,
        Lang::Id,
        "menambah bantuan",
        QuoteKind::Indirect,
        "Rahmat Hidayat",
    );
    assert_quote(
        id,
        Lang::Id,
        "menaati peraturan",
        QuoteKind::Indirect,
        "Supriyadi Pangellu",
    );
    assert_quote(
        id,
        Lang::Id,
        "hanya mendampingi",
        QuoteKind::Indirect,
        "Ahmad Ramadhan",
    );
    assert_quote(
        id,
        Lang::Id,
        "tidak boleh korupsi",
        QuoteKind::Indirect,
        "Presiden",
    );
}

#[test]
fn a_disease_name_and_a_title_speaking_from_a_place_are_not_names() {
    let id = "Direktur Rumah Sakit Umum Daerah Agats Wendy Kurniawan mengatakan, ruang isolasi sudah penuh.\n\
              Kasus positif Covid - 19 di Agats terus naik. ”Kami memperketat arus masuk warga,” tuturnya.\n\
              ”Saya tidak akan melindungi yang terlibat korupsi,” kata Presiden dari Istana Kepresidenan Bogor, Jawa Barat, Minggu pagi.";
    assert_quote(
        id,
        Lang::Id,
        "arus masuk warga",
        QuoteKind::Direct,
        "Wendy Kurniawan",
    );
    assert_quote(
        id,
        Lang::Id,
        "terlibat korupsi",
        QuoteKind::Direct,
        "Presiden",
    );
}

#[test]
fn the_word_after_an_institution_noun_names_the_institution() {
    let id = "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto mengaku tidak tahu soal perombakan kabinet.\n\
              Ketua Umum Partai Golkar itu pun mengaku siap bekerja sama. ”Kalau di luar kabinet siap,” ujarnya.\n\
              Wakil Ketua Umum Partai Nasdem Willy Aditya mengatakan, partainya tetap solid.\n\
              Ketua KPK Firli Bahuri mengatakan, penyidik masih bekerja.";
    assert_quote(
        id,
        Lang::Id,
        "luar kabinet",
        QuoteKind::Direct,
        "Airlangga Hartarto",
    );
    assert_quote(
        id,
        Lang::Id,
        "tetap solid",
        QuoteKind::Indirect,
        "Willy Aditya",
    );
    assert_quote(
        id,
        Lang::Id,
        "masih bekerja",
        QuoteKind::Indirect,
        "Firli Bahuri",
    );
}

#[test]
fn a_verb_form_after_an_article_is_a_noun_not_a_cue() {
    let en = "Iran nuclear talks resume in Geneva\n\n\
              Diplomats met on Monday in the city.\n\n\
              Some information for this report was provided by AP, AFP and Reuters.";
    let q = quotes(en, Lang::En);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn an_object_verb_reports_a_clause_with_its_own_subject_and_verb() {
    let id = "Iran memperluas program nuklirnya.\n\n\
              Kekhawatiran itu tertuang dalam laporan Badan Energi Atom Internasional (IAEA).\n\n\
              Laporan itu juga menyebutkan Iran mulai memasang peralatan untuk memperkaya uranium.";
    let r = find(id, Lang::Id, "Iran mulai memasang peralatan");
    assert_eq!(r.kind, QuoteKind::Indirect);
    // Its object with a relative clause is not a report.
    let id = "Polisi menggelar jumpa pers.\n\n\
              Kapolres Budi Santoso menyebutkan nama-nama korban yang dibawa ke rumah sakit.";
    let q = quotes(id, Lang::Id);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_document_as_subject_reports_after_an_article() {
    let en = "Iran expands its nuclear programme.\n\n\
              The concern is part of a report by the International Atomic Energy Agency.\n\n\
              The report also says Iran has begun installing equipment to enrich uranium.";
    let r = find(en, Lang::En, "Iran has begun installing equipment");
    assert_eq!(r.kind, QuoteKind::Indirect);
}

#[test]
fn a_partial_quote_then_its_speaker_with_an_auxiliary_and_a_circumstance() {
    let en = "Leaders met in Singapore.\n\n\
              The region is \"much more than growth,\" German Chancellor Anna Weber has said at a meeting with business leaders in Singapore.";
    let r = find(en, Lang::En, "much more than growth");
    assert_eq!(r.speaker, "Anna Weber");
    // A circumstance after the verb is never the speaker.
    let en = "Leaders met in Singapore.\n\n\
              The region is \"much more than growth,\" Anna Weber said on Monday.";
    assert_eq!(
        find(en, Lang::En, "much more than growth").speaker,
        "Anna Weber"
    );
}

#[test]
fn a_closing_speaker_with_a_prepositional_phrase_and_a_participle_tail() {
    let en = "GAZA: Many of the hostages held in the enclave are likely to have been killed, \
              a spokesman for the group's armed wing said Sunday, blaming the leadership for their fate.";
    let r = find(en, Lang::En, "likely to have been killed");
    assert_eq!(r.kind, QuoteKind::Indirect);
    let q = quotes(en, Lang::En);
    assert!(
        !q.iter().any(|r| r.quote.starts_with("blaming")),
        "the participle tail is not a report of its own: {q:?}"
    );
}

#[test]
fn a_report_inside_a_report_is_its_own_row_only_with_its_own_speaker() {
    // The reporter's own pronoun: one row.
    let id = "Para remaja itu tampil di depan wartawan.\n\n\
              Adi Wibowo mengatakan kepada wartawan dia hanya dapat mengatakan \"halo\" saat penyelam muncul.";
    let q = quotes(id, Lang::Id);
    assert_eq!(q.len(), 1, "{q:?}");
    let en = "The teenagers met reporters.\n\n\
              Adi Wibowo told reporters he could only say \"hello\" when the divers surfaced.";
    let q = quotes(en, Lang::En);
    assert_eq!(q.len(), 1, "{q:?}");
    // An object noun with a relative clause is no report.
    let id = "Laporan itu beredar Jumat.\n\n\
              Kantor berita Reuters mengatakan badan itu mengutip \"negara-negara anggota\" yang memberi informasi tentang kegiatan nuklir.";
    let q = quotes(id, Lang::Id);
    assert_eq!(q.len(), 1, "{q:?}");
    // A nested report with a subject of its own in the outer words keeps it.
    let id = "Wabah meluas di ibu kota.\n\n\
              Pejabat kesehatan Brima Koroma mengatakan bahwa pihak berwenang telah memberitahu warga agar jangan menyembunyikan anggota keluarga yang sakit.";
    let q = quotes(id, Lang::Id);
    let inner = q.iter().find(|r| r.quote.starts_with("agar jangan"));
    assert_eq!(
        inner.map(|r| r.speaker.as_str()),
        Some("pihak berwenang"),
        "{q:?}"
    );
}

#[test]
fn a_clitic_after_a_child_speaking_refers_to_the_child() {
    let id = "Anak-anak itu muncul bersama anggota Navy Seals Thailand.\n\n\
              Satu anak menggambarkan bagaimana mereka hidup dengan air dari batu gua. \"Airnya bersih,\" katanya.";
    assert_quote(
        id,
        Lang::Id,
        "Airnya bersih",
        QuoteKind::Direct,
        "Satu anak",
    );
}

#[test]
fn an_adjective_with_a_verb_prefix_stays_in_the_speaker() {
    let id = "Surat itu terbit di jurnal Science.\n\n\
              Sekelompok ilmuwan terkemuka dalam sebuah surat menyatakan asal usul virus itu masih belum jelas.";
    assert_quote(
        id,
        Lang::Id,
        "asal usul virus",
        QuoteKind::Indirect,
        "Sekelompok ilmuwan terkemuka",
    );
}

#[test]
fn a_nickname_in_marks_is_part_of_the_name() {
    let id = "Tim itu tampil di Chiang Rai.\n\n\
              Somchai \"Titan\" Wongsakul, 11 tahun, mengatakan, \"Saya berusaha untuk tidak memikirkan makanan.\"";
    assert_quote(
        id,
        Lang::Id,
        "memikirkan makanan",
        QuoteKind::Direct,
        "Somchai \"Titan\" Wongsakul",
    );
    let en = "The team appeared in Chiang Rai.\n\n\
              Somchai \"Titan\" Wongsakul, 11, said: \"I tried not to think about food.\"";
    assert_quote(
        en,
        Lang::En,
        "think about food",
        QuoteKind::Direct,
        "Somchai \"Titan\" Wongsakul",
    );
}

#[test]
fn words_on_a_banner_are_its_quote_and_an_inscription_is_not() {
    let id = "Tim sepak bola itu pulang ke kampung.\n\n\
              Mereka disambut dengan spanduk \"Bawa Pulang Celeng Liar\" di panggung sekolah.";
    assert_quote(id, Lang::Id, "Bawa Pulang", QuoteKind::Direct, "spanduk");
    let en = "The football team went home.\n\n\
              They were greeted by a banner that read \"Bringing the Boars Home\" on a stage.";
    assert_quote(
        en,
        Lang::En,
        "Bringing the Boars",
        QuoteKind::Direct,
        "banner",
    );
    let id = "Pantai itu runtuh.\n\n\
              Bahkan, anjungan pantai dengan tulisan \"I Am Amurang\" hilang tak menyisakan bekas.";
    let q = quotes(id, Lang::Id);
    assert!(q.is_empty(), "{q:?}");
}

// Documents speak for the body that issued them.

#[test]
fn a_report_speaks_for_its_issuer_named_where_it_is_introduced() {
    let id = "Kekhawatiran itu tertuang dalam laporan Organisasi Kesehatan Dunia (WHO) yang dirilis Senin.\n\n\
              Kantor berita Reuters mengatakan WHO meminta data tambahan dari negara anggota.\n\n\
              Laporan itu juga menyebutkan kasus baru meningkat di tiga provinsi.";
    assert_quote(
        id,
        Lang::Id,
        "kasus baru meningkat",
        QuoteKind::Indirect,
        "Organisasi Kesehatan Dunia",
    );
    let en = "The findings come from a report by the World Bank released on Tuesday.\n\n\
              Finance Minister Sri Mulyani said the government would respond.\n\n\
              The report says growth will slow next year.";
    assert_quote(
        en,
        Lang::En,
        "growth will slow",
        QuoteKind::Indirect,
        "World Bank",
    );
}

#[test]
fn what_a_statement_says_is_its_issuers_word() {
    let id = "Hal itu dikatakan Budi menanggapi pernyataan Sri Mulyani bahwa anggaran subsidi akan dipangkas tahun depan.";
    assert_quote(
        id,
        Lang::Id,
        "anggaran subsidi",
        QuoteKind::Indirect,
        "Sri Mulyani",
    );
    let en = "Smith was responding to Johnson's statement that the budget would be cut next year.\n\n\
              Smith said on Monday that the cut was unfair.";
    assert_quote(
        en,
        Lang::En,
        "budget would be cut",
        QuoteKind::Indirect,
        "Johnson",
    );
}

// Descriptions stay whole, and a group is no single person.

#[test]
fn a_description_keeps_its_place_after_a_kind_of_place() {
    let id = "Seorang pejabat polisi dan pejabat pemerintahan di kota Palu mengatakan korban tewas bisa mencapai 500 orang.";
    assert_quote(
        id,
        Lang::Id,
        "korban tewas",
        QuoteKind::Indirect,
        "Seorang pejabat polisi dan pejabat pemerintahan di kota Palu",
    );
}

#[test]
fn a_group_description_does_not_refer_to_a_named_person() {
    let id = "Pelatih Ekapol Chantawong mendampingi anak-anak itu di gua.\n\n\
              Kelompok ini mengatakan mereka menjadi dekat dengan para penyelam.";
    assert_quote(
        id,
        Lang::Id,
        "menjadi dekat",
        QuoteKind::Indirect,
        "Kelompok ini",
    );
    let en = "Coach Ekapol Chantawong stayed with the boys in the cave.\n\n\
              The group said they had bonded with the divers.";
    assert_quote(
        en,
        Lang::En,
        "bonded with the divers",
        QuoteKind::Indirect,
        "The group",
    );
    let labelled = kutip::quote_records_with(id, Lang::Id, true);
    assert_eq!(labelled[0].speaker, "group", "{labelled:?}");
}

#[test]
fn an_unnamed_child_keeps_speaking_after_a_named_one() {
    let id = "Adul Sam-on mengatakan kepada wartawan dia hanya bisa mengucapkan halo.\n\n\
              Seorang siswi menggambarkan bagaimana mereka bertahan dengan air dari gua. \"Airnya bersih,\" katanya.";
    assert_quote(
        id,
        Lang::Id,
        "Airnya bersih",
        QuoteKind::Direct,
        "Seorang siswi",
    );
    let en = "Adul Sam-on told reporters he could only say hello.\n\n\
              One girl described how they had lived on water from the cave. \"Water is clean,\" she said.";
    assert_quote(
        en,
        Lang::En,
        "Water is clean",
        QuoteKind::Direct,
        "One girl",
    );
}

#[test]
fn a_closing_clitic_repeats_the_frame_the_sentence_opens_with() {
    let id = "Presiden AS Joe Biden mengunjungi Riyadh bulan lalu.\n\n\
              Menteri Keuangan Sri Mulyani mengatakan dirinya tidak khawatir dengan defisit anggaran tahun ini, katanya pada Senin.";
    assert_quote(
        id,
        Lang::Id,
        "tidak khawatir",
        QuoteKind::Indirect,
        "Sri Mulyani",
    );
}

// Choosing among the persons of an article.

#[test]
fn where_a_speaker_spoke_is_not_the_speaker() {
    let id = "Hasil rekapitulasi belum tuntas di dua kabupaten.\n\
              Gubernur Jawa Barat Ridwan Kamil di Bandung mengatakan, pihaknya terus memantau tahapan pleno.\n\
              Rektor Universitas Padjadjaran Rina Indiastuti kepada Kompas menyebutkan, kampus siap membantu.\n\
              Pengamat politik dari Bandung, Yakobus Murafer, berpendapat, petahana kehilangan dukungan.";
    assert_quote(
        id,
        Lang::Id,
        "terus memantau",
        QuoteKind::Indirect,
        "Ridwan Kamil",
    );
    assert_quote(
        id,
        Lang::Id,
        "kampus siap",
        QuoteKind::Indirect,
        "Rina Indiastuti",
    );
    let en = "The count is not finished in two districts.\n\
              U.N. envoy Lakhdar Brahimi in Geneva said the talks would resume next week.\n\
              Analyst Yakobus Murafer said the incumbents had lost support.";
    assert_quote(
        en,
        Lang::En,
        "would resume",
        QuoteKind::Indirect,
        "Lakhdar Brahimi",
    );
}

#[test]
fn one_of_a_pair_speaking_is_not_the_pair() {
    let id = "Kepala Dinas Pendidikan Banyuwangi Istu Handono meninjau sekolah pada Senin.\n\
              Wakil Kepala SMA Negeri 1 Giri Mohammad Imron menyambutnya.\n\
              Istu dan Imron mengakui kendala terbesar ialah kerumunan siswa.\n\
              ”Hari ini kami minta semua siswa dijemput orangtua,” kata Imron.";
    assert_quote(
        id,
        Lang::Id,
        "dijemput",
        QuoteKind::Direct,
        "Mohammad Imron",
    );
    let en = "Education chief Istu Handono visited the school on Monday.\n\
              Deputy head teacher Mohammad Imron welcomed him.\n\
              Istu and Imron said crowds of pupils were the hardest problem.\n\
              \"Today we asked parents to collect every pupil,\" said Imron.";
    assert_quote(
        en,
        Lang::En,
        "collect every",
        QuoteKind::Direct,
        "Mohammad Imron",
    );
}

#[test]
fn an_office_listing_its_fields_ends_in_the_persons_name() {
    // The office names a list (`…, dan Kerja Sama`) and its ministry after
    // `pada`; the name after it is made of dictionary words.
    let id = "Peraturan presiden itu belum terbit.\n\
              ”Belum ada perkembangan terbaru,” ujar Kepala Biro Komunikasi, Layanan Informasi Publik, dan Kerja Sama pada Kementerian Energi dan Sumber Daya Mineral Agung Pribadi.\n\
              ”Semua pihak diminta menahan diri,” kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud Siregar.";
    assert_quote(
        id,
        Lang::Id,
        "perkembangan",
        QuoteKind::Direct,
        "Agung Pribadi",
    );
    assert_quote(
        id,
        Lang::Id,
        "menahan diri",
        QuoteKind::Direct,
        "Mahfud Siregar",
    );
}

#[test]
fn a_name_of_dictionary_words_is_a_name_when_used_alone_as_a_subject() {
    // `mina` and `guli` are dictionary words; the article writes `Guli`
    // capitalized on its own as the subject of verbs, so `Mina Guli` names
    // a person, and the run named after an event (`River Run`) does not win.
    let id = "Mina Guli, perempuan asal Australia yang memelopori World River Run, meyakini lari bisa menarik perhatian dunia.\n\
              Semasa remaja, Mina Guli bukanlah atlet.\n\
              Saat menjadi mahasiswa, ia mengalami kecelakaan. ”Saya bisa saja terus di sofa dan makan piza,” katanya.\n\
              Pada 2012, Guli mendirikan lembaga nirlaba Thirst.\n\
              Pada 2016, Guli menyelesaikan 40 maraton.";
    assert_quote(id, Lang::Id, "makan piza", QuoteKind::Direct, "Mina Guli");
}

#[test]
fn a_name_after_a_closed_relative_clause_is_the_subject() {
    // The role, a relative clause closed by a comma, then the name: the
    // name speaks, not the role.
    let id = "Harga gandum naik sejak awal tahun.\n\
              Direktur Utama ID Food, yang merupakan induk BUMN pangan, Frans Sitompul menambahkan, ID Food memiliki tugas khusus.\n\
              ”Kami membeli hasil panen petani,” ucapnya.";
    assert_quote(
        id,
        Lang::Id,
        "tugas khusus",
        QuoteKind::Indirect,
        "Frans Sitompul",
    );
    assert_quote(
        id,
        Lang::Id,
        "hasil panen",
        QuoteKind::Direct,
        "Frans Sitompul",
    );
    // A section heading glued to a fronted phrase with its own relative
    // clause (`Keadaan mendesak | Bagi warga yang …,`) is not the subject
    // either.
    let id = "Larangan mudik berlaku mulai Kamis.\n\
              Menteri Koordinator Muhadjir Effendy memimpin rapat.\n\
              Keadaan mendesak Bagi warga yang harus ke luar daerah, Muhadjir mengatakan masih diperbolehkan asalkan mendesak.";
    assert_quote(
        id,
        Lang::Id,
        "masih diperbolehkan",
        QuoteKind::Indirect,
        "Muhadjir Effendy",
    );
}

#[test]
fn a_bare_title_is_its_holder_not_a_deputy_or_spokesman_of_that_office() {
    let id = "Presiden Joko Widodo memimpin rapat terbatas di Istana Merdeka, Senin.\n\
              ”Semua bantuan harus jalan minggu ini,” kata Presiden.\n\
              Wakil Presiden Ma’ruf Amin dan Juru Bicara Presiden Fadjroel Rachman turut hadir dalam rapat itu.\n\
              ”Jangan sampai barangnya tidak sampai ke rakyat,” kata Presiden.";
    assert_quote(
        id,
        Lang::Id,
        "tidak sampai ke rakyat",
        QuoteKind::Direct,
        "Joko Widodo",
    );
    let en = "President Joko Widodo chaired a cabinet meeting at the Merdeka Palace on Monday.\n\n\
              \"All the aid must go out this week,\" the president said.\n\n\
              Vice President Ma'ruf Amin also attended the meeting.\n\n\
              \"The goods must reach the people,\" the president said.";
    assert_quote(
        en,
        Lang::En,
        "must reach the people",
        QuoteKind::Direct,
        "Joko Widodo",
    );
}

#[test]
fn a_first_name_is_the_person_whose_name_it_begins() {
    // `Surya` begins `Surya Paloh` and is in the middle of `Prananda Surya
    // Paloh`, a different person with a title of his own.
    let id = "Ketua Umum Partai Nasdem Surya Paloh berharap menteri yang baru dilantik bekerja lebih baik.\n\
              ”Kalau ada reshuffle lagi, sudah rusak semua,” kata Surya.\n\
              Dalam acara itu, Ketua Garda Pemuda Partai Nasdem Prananda Surya Paloh meminta para kader bekerja dengan cerdas.";
    assert_quote(
        id,
        Lang::Id,
        "sudah rusak semua",
        QuoteKind::Direct,
        "Surya Paloh",
    );
    let en = "NasDem Party Chairman Surya Paloh said he hoped the new ministers would work better.\n\n\
              \"Another reshuffle would ruin everything,\" Surya said.\n\n\
              At the same event, NasDem Youth Wing Chairman Prananda Surya Paloh asked party members to work smartly.";
    assert_quote(
        en,
        Lang::En,
        "ruin everything",
        QuoteKind::Direct,
        "Surya Paloh",
    );
}

#[test]
fn a_first_name_two_people_share_is_the_one_named_last_before_it() {
    let id = "Pelaksana Tugas Kepala Dinas Kesehatan Kalimantan Timur Andi M Ishak mengatakan, sepuluh daerah sudah mencatat kasus.\n\
              ”Pasien itu sedang isolasi mandiri,” kata Andi di Samarinda.\n\
              Sementara itu, Kepala Dinas Kesehatan Kota Balikpapan Andi Sri Juliarty mengatakan, rumah sakit masih menampung pasien.";
    assert_quote(
        id,
        Lang::Id,
        "isolasi mandiri",
        QuoteKind::Direct,
        "Andi M Ishak",
    );
    let en = "East Kalimantan acting health chief Andi Ishak said ten districts had recorded cases.\n\n\
              \"The patient is isolating at home,\" Andi said in Samarinda.\n\n\
              Meanwhile, Balikpapan health chief Andi Juliarty said the hospitals were still taking patients.";
    assert_quote(
        en,
        Lang::En,
        "isolating at home",
        QuoteKind::Direct,
        "Andi Ishak",
    );
}

#[test]
fn a_lowercase_honorific_between_title_and_name_keeps_the_titled_name() {
    let id = "Ketua Tim Pakar Gugus Tugas Wiku Adisasmito menyatakan, peredaran masker akan dikendalikan.\n\
              Ketua Ikatan Dokter Keselamatan Kerja dr Sutrisno menyebutkan, untuk mengatasi kelangkaan, sudah semestinya pemerintah mengendalikan distribusi masker karena dibutuhkan tenaga medis di tengah wabah ini. ”Rantai distribusi harus dipegang satu badan,” ujarnya.";
    assert_quote(
        id,
        Lang::Id,
        "dipegang satu badan",
        QuoteKind::Direct,
        "Sutrisno",
    );
}
