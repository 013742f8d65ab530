//! One test per quote pattern, in Indonesian and English: direct quotes
//! with each cue order, quotes across paragraphs, nested and unbalanced
//! marks, partial quotes, indirect speech with and without a complementizer,
//! `menurut`/`according to`, mid-clause cues, scare quotes and titles, and
//! speaker resolution through clitics, pronouns, descriptions and
//! institutions. The sentences are taken or adapted from the sample articles.

use kutip::{Lang, QuoteKind, QuoteRecord, quote_records};

fn quotes(text: &str, lang: Lang) -> Vec<QuoteRecord> {
    let q = quote_records(text, lang);
    for r in &q {
        println!("{:?} {:?} by {:?}", r.kind, r.quote, r.speaker);
    }
    q
}

/// The one quote that contains `words`.
fn find<'a>(q: &'a [QuoteRecord], words: &str) -> &'a QuoteRecord {
    q.iter()
        .find(|r| r.quote.contains(words))
        .unwrap_or_else(|| panic!("no quote with {words:?} in {q:?}"))
}

fn assert_quote(text: &str, lang: Lang, words: &str, kind: QuoteKind, speaker: &str) {
    let q = quotes(text, lang);
    let r = find(&q, words);
    assert_eq!(r.kind, kind, "{words}");
    assert_eq!(r.speaker, speaker, "{words}");
    let chars: Vec<char> = text.chars().collect();
    let sliced: String = chars[r.start..r.end].iter().collect();
    assert_eq!(sliced, r.quote);
}

#[test]
fn direct_quote_with_clitic_cue_resolves_to_the_last_speaker() {
    let id = "Menteri Pertahanan China Li Shangfu tiba di Moskow pada Minggu.\n\
              “Kami memiliki ikatan yang sangat kuat dengan Rusia,” katanya.";
    assert_quote(
        id,
        Lang::Id,
        "ikatan yang sangat kuat",
        QuoteKind::Direct,
        "Li Shangfu",
    );
    let en = "Chinese Defence Minister Li Shangfu arrived in Moscow on Sunday.\n\
              \"We have very strong ties with Russia,\" he said.";
    assert_quote(
        en,
        Lang::En,
        "very strong ties",
        QuoteKind::Direct,
        "Li Shangfu",
    );
}

#[test]
fn direct_quote_with_named_cue_after_it() {
    let id = "“Perserikatan Bangsa-Bangsa adalah forum terpenting untuk menyatukan orang dan negara,” kata Linda Thomas-Greenfield kepada para wartawan.";
    assert_quote(
        id,
        Lang::Id,
        "forum terpenting",
        QuoteKind::Direct,
        "Linda Thomas-Greenfield",
    );
    let en = "\"The United Nations is the most important forum to bring people and nations together,\" Linda Thomas-Greenfield told reporters.";
    assert_quote(
        en,
        Lang::En,
        "most important forum",
        QuoteKind::Direct,
        "Linda Thomas-Greenfield",
    );
}

#[test]
fn a_paragraph_that_reopens_a_quote_continues_it() {
    let id = "Presiden Barack Obama mengatakan kepada wartawan: “Saya tidak akan bernegosiasi di bawah ancaman.\n\
              “Kongres harus membuka kembali pemerintahan,” katanya.";
    let q = quotes(id, Lang::Id);
    let r = find(&q, "bernegosiasi");
    assert!(r.quote.contains("membuka kembali"), "{:?}", r.quote);
    assert_eq!(r.speaker, "Barack Obama");
    let en = "President Barack Obama told reporters: \"I will not negotiate under threat.\n\
              \"Congress must reopen the government,\" he said.";
    let q = quotes(en, Lang::En);
    let r = find(&q, "negotiate");
    assert!(r.quote.contains("reopen the government"), "{:?}", r.quote);
    assert_eq!(r.speaker, "Barack Obama");
}

#[test]
fn nested_quotes_stay_inside_the_outer_quote() {
    let id = "“Dia menyebut rencana itu ‘tidak masuk akal’ kemarin,” kata Lakhdar Brahimi.";
    let q = quotes(id, Lang::Id);
    let r = find(&q, "menyebut rencana");
    assert!(r.quote.contains("‘tidak masuk akal’"));
    assert_eq!(r.speaker, "Lakhdar Brahimi");
    assert!(!q.iter().any(|x| x.quote == "tidak masuk akal"));
    let en = "\"He called the plan 'absurd' yesterday,\" Lakhdar Brahimi said.";
    let q = quotes(en, Lang::En);
    let r = find(&q, "called the plan");
    assert!(r.quote.contains("'absurd'"));
    assert_eq!(r.speaker, "Lakhdar Brahimi");
}

#[test]
fn an_unbalanced_mark_does_not_swallow_the_article() {
    let id = "“Kami tidak akan mundur, kata Uhuru Kenyatta.\nPara penyerang sudah ditahan. Gedung itu dibuka kembali pada Senin.";
    let q = quotes(id, Lang::Id);
    assert!(
        q.iter().all(|r| !r.quote.contains("dibuka kembali")),
        "{q:?}"
    );
    let en = "\"We will not back down, Uhuru Kenyatta said.\nThe attackers were arrested. The building reopened on Monday.";
    let q = quotes(en, Lang::En);
    assert!(q.iter().all(|r| !r.quote.contains("reopened")), "{q:?}");
}

#[test]
fn partial_quote_inside_reported_speech() {
    let id = "Menteri Pertahanan China Li Shangfu mengatakan kunjungannya bertujuan untuk “lebih memperkuat komunikasi strategis” antara kedua militer.";
    assert_quote(
        id,
        Lang::Id,
        "memperkuat komunikasi strategis",
        QuoteKind::Partial,
        "Li Shangfu",
    );
    let en = "Chinese Defence Minister Li Shangfu said his visit aimed to \"further strengthen strategic communication\" between the two militaries.";
    assert_quote(
        en,
        Lang::En,
        "strengthen strategic communication",
        QuoteKind::Partial,
        "Li Shangfu",
    );
}

#[test]
fn indirect_speech_with_and_without_a_complementizer() {
    let id = "Choi Sun-hee mengatakan bahwa pemerintahnya tidak punya pilihan selain meninjau kembali isu nuklir.";
    assert_quote(
        id,
        Lang::Id,
        "tidak punya pilihan",
        QuoteKind::Indirect,
        "Choi Sun-hee",
    );
    let id = "Choi Sun-hee mengatakan pemerintahnya tidak punya pilihan selain meninjau kembali isu nuklir.";
    assert_quote(
        id,
        Lang::Id,
        "tidak punya pilihan",
        QuoteKind::Indirect,
        "Choi Sun-hee",
    );
    let en = "Choi Sun-hee said that her government had no choice but to review the nuclear issue.";
    assert_quote(
        en,
        Lang::En,
        "had no choice",
        QuoteKind::Indirect,
        "Choi Sun-hee",
    );
    let en = "Choi Sun-hee said her government had no choice but to review the nuclear issue.";
    assert_quote(
        en,
        Lang::En,
        "had no choice",
        QuoteKind::Indirect,
        "Choi Sun-hee",
    );
}

#[test]
fn according_to_introduces_the_speaker() {
    let id = "Menteri Luar Negeri Marty Natalegawa tiba di Bali. Menurut Marty, Obama menelpon presiden pada Jumat pagi untuk menyatakan penyesalannya.";
    assert_quote(
        id,
        Lang::Id,
        "Obama menelpon",
        QuoteKind::Indirect,
        "Marty Natalegawa",
    );
    let en = "Foreign Minister Marty Natalegawa arrived in Bali. According to Natalegawa, Obama called the president on Friday morning to express his regret.";
    assert_quote(
        en,
        Lang::En,
        "Obama called",
        QuoteKind::Indirect,
        "Marty Natalegawa",
    );
}

#[test]
fn mid_clause_cue_with_a_clitic_resolves_to_the_subject_before() {
    let id = "Presiden Rusia Vladimir Putin menyambut tamunya di Kremlin.\n\
              Latihan tersebut, tambahnya, telah diadakan di Timur Jauh serta Eropa.";
    assert_quote(
        id,
        Lang::Id,
        "telah diadakan",
        QuoteKind::Indirect,
        "Vladimir Putin",
    );
    let en = "Russian President Vladimir Putin welcomed his guest at the Kremlin.\n\
              The exercises, he added, had been held in the Far East and in Europe.";
    assert_quote(
        en,
        Lang::En,
        "had been held",
        QuoteKind::Indirect,
        "Vladimir Putin",
    );
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    let id = "Film “Gundala” diputar di bioskop Jakarta sejak Kamis. Kelompok itu menyebut dirinya “pejuang”.";
    assert!(quotes(id, Lang::Id).is_empty());
    let en = "The film \"Gundala\" has been showing in Jakarta since Thursday. The group calls itself \"fighters\".";
    assert!(quotes(en, Lang::En).is_empty());
}

#[test]
fn a_description_resolves_to_the_person_introduced_with_that_role() {
    let id = "Presiden Rusia Vladimir Putin bertemu Menteri Pertahanan China Li Shangfu di Moskow.\n\
              Presiden Rusia itu mengatakan bahwa kedua negara bekerja sama di bidang militer.";
    assert_quote(
        id,
        Lang::Id,
        "kedua negara bekerja sama",
        QuoteKind::Indirect,
        "Vladimir Putin",
    );
    let en = "Russian President Vladimir Putin met Chinese Defence Minister Li Shangfu in Moscow.\n\
              The Russian president said that the two countries work together on military matters.";
    assert_quote(
        en,
        Lang::En,
        "two countries work together",
        QuoteKind::Indirect,
        "Vladimir Putin",
    );
}

#[test]
fn pronouns_resolve_to_the_last_compatible_speaker() {
    for pronoun in ["Ia", "Dia", "Beliau"] {
        let id = format!(
            "Duta Besar Linda Thomas-Greenfield tiba di New York pada Kamis.\n\
             {pronoun} mengatakan ingin bekerja sama dengan sekutu dan mitra."
        );
        assert_quote(
            &id,
            Lang::Id,
            "bekerja sama dengan sekutu",
            QuoteKind::Indirect,
            "Linda Thomas-Greenfield",
        );
    }
    let en = "Ambassador Linda Thomas-Greenfield arrived in New York on Thursday.\n\
              She said she wants to work with allies and partners.";
    assert_quote(
        en,
        Lang::En,
        "work with allies",
        QuoteKind::Indirect,
        "Linda Thomas-Greenfield",
    );
}

#[test]
fn institutions_speak() {
    let id =
        "Kementerian Pertahanan China mengatakan latihan itu tidak ditujukan kepada pihak ketiga.";
    assert_quote(
        id,
        Lang::Id,
        "tidak ditujukan",
        QuoteKind::Indirect,
        "Kementerian Pertahanan China",
    );
    let en = "The White House said that the president would not travel to Bali.";
    assert_quote(
        en,
        Lang::En,
        "would not travel",
        QuoteKind::Indirect,
        "White House",
    );
}

#[test]
fn the_delayed_lede_names_the_described_speaker() {
    let id = "Seorang pejabat senior Korea Utara memberitahu VOA bahwa Pyongyang akan memperkeras sikapnya.\n\
              Choi Sun-hee, seorang wakil direktur Departemen Luar Negeri Korea Utara, mengirim pesan itu hari Kamis.";
    assert_quote(
        id,
        Lang::Id,
        "memperkeras sikapnya",
        QuoteKind::Indirect,
        "Choi Sun-hee",
    );
    let en = "A senior North Korean official told VOA that Pyongyang will harden its stance.\n\
              Choi Sun Hee, a deputy director of the North Korean Foreign Ministry, sent the message on Thursday.";
    assert_quote(
        en,
        Lang::En,
        "harden its stance",
        QuoteKind::Indirect,
        "Choi Sun Hee",
    );
}

#[test]
fn english_speaker_labels_for_unnamed_speakers() {
    let id = "Seorang pejabat Amerika mengatakan tidak ada personil Amerika yang tewas.";
    let plain = quote_records(id, Lang::Id);
    // An unnamed speaker is shown as the text describes it.
    assert_eq!(plain[0].speaker, "Seorang pejabat Amerika");
    let labelled = kutip::quote_records_with(id, Lang::Id, true);
    assert_eq!(labelled[0].speaker, "US official");
}

#[test]
fn a_place_speaks_for_its_government() {
    let id = "Beijing mengatakan latihan bersama itu tidak ditujukan kepada pihak ketiga.";
    assert_quote(
        id,
        Lang::Id,
        "tidak ditujukan",
        QuoteKind::Indirect,
        "Beijing",
    );
    let en = "Beijing said the joint exercises were not aimed at any third party.";
    assert_quote(en, Lang::En, "not aimed at", QuoteKind::Indirect, "Beijing");
}

#[test]
fn a_role_description_skips_other_people_named_in_between() {
    let id = "Duta Besar China Zhang Jun bertemu Menteri Pertahanan Lloyd Austin di Washington.\n\
              Presiden Joe Biden tidak hadir. Duta besar itu mengatakan hubungan kedua negara membaik.";
    assert_quote(
        id,
        Lang::Id,
        "hubungan kedua negara membaik",
        QuoteKind::Indirect,
        "Zhang Jun",
    );
    let en = "Chinese Ambassador Zhang Jun met Defense Secretary Lloyd Austin in Washington.\n\
              President Joe Biden did not attend. The ambassador said relations between the two countries were improving.";
    assert_quote(
        en,
        Lang::En,
        "relations between the two countries",
        QuoteKind::Indirect,
        "Zhang Jun",
    );
}

#[test]
fn a_prepositional_aside_between_speaker_and_verb() {
    let en = "Defense Department spokesman George Little, in a written statement, confirmed U.S. forces have captured Abu Anas el-Liby.";
    assert_quote(
        en,
        Lang::En,
        "forces have captured",
        QuoteKind::Indirect,
        "George Little",
    );
    let id = "Jurubicara Departemen Pertahanan George Little, dalam pernyataan tertulis, menegaskan pasukan Amerika telah menangkap Abu Anas al-Libi.";
    assert_quote(
        id,
        Lang::Id,
        "telah menangkap",
        QuoteKind::Indirect,
        "George Little",
    );
}

#[test]
fn a_body_named_after_a_person_is_not_that_person() {
    let id = "Abu Anas al-Libi ditangkap di Tripoli pada Sabtu.\n\
              Keluarga Abu Anas mengatakan pasukan asing menangkapnya di luar rumahnya.";
    assert_quote(
        id,
        Lang::Id,
        "pasukan asing",
        QuoteKind::Indirect,
        "Keluarga Abu Anas",
    );
}
