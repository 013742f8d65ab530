//! Language knowledge as data: one table file per language (`id.rs`, `en.rs`).
//!
//! Code elsewhere asks these tables (`tables.is_speech_verb(word)`) instead of
//! testing words inline. Adding a language means adding a file and a `Lang`
//! variant. Every table is sorted, lowercase and free of duplicates (checked
//! by the tests below). The `is_…` look-ups go through one hash map per
//! language from each word to the tables it is in, built on first use. This
//! module holds no logic beyond those look-ups.

mod en;
mod en_fidelity;
pub mod fidelity;
mod id;
mod id_fidelity;

use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// The two sides kutip works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Indonesian (the translation).
    Id,
    /// English (the source).
    En,
}

impl Lang {
    /// The tables of this language.
    pub fn tables(self) -> &'static LangTables {
        match self {
            Lang::Id => &id::ID,
            Lang::En => &en::EN,
        }
    }

    /// The tables of the fidelity checks for this language.
    pub fn fidelity_tables(self) -> &'static fidelity::FidelityTables {
        match self {
            Lang::Id => &id_fidelity::ID_FIDELITY,
            Lang::En => &en_fidelity::EN_FIDELITY,
        }
    }

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

/// How a language builds verb forms from roots, for [`LangTables::verb_form`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Morphology {
    /// Prefixes and suffixes on a root: `me-`/`ber-` active, `di-` passive.
    Indonesian,
    /// Inflection of a lemma: `-s`, `-ed`, `-ing`.
    English,
}

/// What a word is as a form of a reporting verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// `mengungkapkan`, `assured`.
    Active,
    /// `diungkapkan`: the passive, the agent after it.
    Passive,
    /// `assuring`.
    Participle,
}

/// Where a determiner stands in a definite description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeterminerPosition {
    /// `presiden Rusia itu`
    After,
    /// `the Russian president`
    Before,
}

/// The stance a reporting verb takes towards what it reports, beyond plain
/// saying (`kata`, `said` have none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Insisting, stressing: `menegaskan`, `insisted`.
    Emphasis,
    /// Denying: `membantah`, `denied`.
    Denial,
    /// Claiming without the reporter vouching: `mengklaim`, `claimed`.
    Claim,
    /// Admitting: `mengakui`, `acknowledged`.
    Admission,
    /// Accusing: `menuduh`, `accused`.
    Accusation,
    /// Warning: `memperingatkan`, `warned`.
    Warning,
    /// Threatening: `mengancam`, `threatened`.
    Threat,
    /// Promising: `berjanji`, `vowed`.
    Promise,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Emphasis => "emphasis",
            Stance::Denial => "denial",
            Stance::Claim => "claim",
            Stance::Admission => "admission",
            Stance::Accusation => "accusation",
            Stance::Warning => "warning",
            Stance::Threat => "threat",
            Stance::Promise => "promise",
        }
    }
}

/// Everything kutip knows about one language, as sorted word lists.
#[derive(Debug)]
pub struct LangTables {
    /// Abbreviations that end with a full stop which does not end a sentence
    /// (lowercase, without the final stop: `dr`, `u.s`).
    pub abbreviations: &'static [&'static str],
    /// Verbs that report speech after their subject: `mengatakan`, `said`.
    pub speech_verbs: &'static [&'static str],
    /// Verbs that stand after a direct quote: `kata`, `ujar`, `said`, `told`.
    pub post_quote_verbs: &'static [&'static str],
    /// Participles that report speech without a subject: `saying`, `adding`.
    pub speech_participles: &'static [&'static str],
    /// Speech verbs that also take a plain object (`mengumumkan kunjungan`,
    /// `announced a visit`): they report speech only before a complementizer
    /// or quoted words.
    pub object_verbs: &'static [&'static str],
    /// The core verbs of saying, which report speech even without a subject
    /// or a complementizer (`mengatakan`, `said`).
    pub say_verbs: &'static [&'static str],
    /// A clitic that makes a post-quote verb pronominal (`katanya`).
    pub pronoun_clitic: Option<&'static str>,
    /// The ending of a participle clause's verb (`blaming`), when the
    /// language marks one.
    pub participle_ending: Option<&'static str>,
    /// Words that open the reported clause: `bahwa`, `that`.
    pub complementizers: &'static [&'static str],
    /// Phrases (space-separated lowercase tokens) meaning "according to".
    pub according_to: &'static [&'static str],
    /// Personal pronouns that can be speakers.
    pub pronouns: &'static [&'static str],
    /// Objects that point back to the previous sentence as the thing said: `hal itu`.
    pub anaphoric_objects: &'static [&'static str],
    /// Objects of a naming frame, where a quoted word is a label and not a
    /// report: `menyebut dirinya “pejuang”`, `calls itself "fighters"`.
    pub label_objects: &'static [&'static str],
    /// Determiners of definite descriptions (`itu`, `the`).
    pub determiners: &'static [&'static str],
    /// Where the determiner stands.
    pub determiner_position: DeterminerPosition,
    /// Indefinite articles stripped from speaker descriptions (`seorang`, `a`).
    pub indefinites: &'static [&'static str],
    /// Role nouns that head a description of a person (`presiden`, `minister`).
    pub role_nouns: &'static [&'static str],
    /// Group and institution nouns that can speak (`pemerintah`, `ministry`).
    pub institution_nouns: &'static [&'static str],
    /// Nouns that head a subject which is not a speaker (`laporan`, `survey`).
    pub nonspeaker_nouns: &'static [&'static str],
    /// Auxiliaries and adverbs that stand between a subject and its verb.
    pub auxiliaries: &'static [&'static str],
    /// Honorifics dropped from names (`pak`, `mr`).
    pub honorifics: &'static [&'static str],
    /// Words that finish a rank or a title after it (`Inspektur Satu`,
    /// `Komisaris Besar`): capitalized, but not the start of the name.
    pub rank_modifiers: &'static [&'static str],
    /// Prefixes that mark a lowercase word as a verb (`me`, `ber`, `di`).
    pub verb_prefixes: &'static [&'static str],
    /// Suffixes that mark a lowercase word of five letters or more as a verb (`ed`).
    pub verb_suffixes: &'static [&'static str],
    /// Words that open a relative clause whose head is the speaker
    /// (`keluarga … yang mengatakan`, `… as saying`).
    pub relativizers: &'static [&'static str],
    /// Discourse adverbs that may stand between a speech verb and its
    /// content (`said …, though, that`).
    pub discourse_adverbs: &'static [&'static str],
    /// Words after the head of a head-final phrase (`members of the family`).
    pub head_linkers: &'static [&'static str],
    /// Words that end a reported clause when a comma precedes them (`tetapi`, `but`).
    pub clause_breaks: &'static [&'static str],
    /// Coordinators (`dan`, `and`).
    pub coordinators: &'static [&'static str],
    /// Negations that cancel a speech verb (`tidak mengatakan`).
    pub negations: &'static [&'static str],
    /// Words that block a speech verb as a report (`untuk mengatakan`, `to say`).
    pub verb_blockers: &'static [&'static str],
    /// Adjectives with a verb's prefix, which modify a noun rather than
    /// act (`pihak berwenang`, `ilmuwan terkemuka`).
    pub prefixed_adjectives: &'static [&'static str],
    /// Things that carry a message, whose words in marks are quoted
    /// (`spanduk "Bawa Pulang Celeng Liar"`, `a banner that read "…"`); not
    /// signs and inscriptions, whose words name a place (`tulisan "I Am
    /// Amurang"`).
    pub writing_nouns: &'static [&'static str],
    /// Words between such a thing and its marked words (`bertuliskan`,
    /// `that read`).
    pub reading_links: &'static [&'static str],
    /// Documents that speak for the body that issued them (`laporan`,
    /// `report`): `Laporan itu menyebutkan …` is the issuer's word.
    pub document_nouns: &'static [&'static str],
    /// Words between a document and its issuer (`laporan dari Kemenkes`,
    /// `a report by the IAEA`).
    pub issuer_markers: &'static [&'static str],
    /// Prepositions: a name right after one is its object, not a speaker's
    /// name (`duta besar AS untuk PBB`, `ambassador to the United Nations`).
    pub prepositions: &'static [&'static str],
    /// English words for the role and institution nouns and the nationality
    /// words of unnamed speakers (`pejabat` → `official`, `amerika` → `US`),
    /// sorted by the key; used to label unnamed speakers in English.
    pub speaker_glosses: &'static [(&'static str, &'static str)],
    /// Time words that may stand between a speech verb and its content.
    pub time_words: &'static [&'static str],
    /// Words that open a fronted adverbial (`setelah`, `after`).
    pub adverbial_openers: &'static [&'static str],
    /// Lowercase particles allowed inside names (`al`, `bin`, `van`).
    pub name_particles: &'static [&'static str],
    /// Capitalised words that are never names at the start of a sentence.
    pub non_name_capitals: &'static [&'static str],
    /// Lowercase words that may sit between a speech verb and the reported
    /// content (`kepada`, `wartawan`, `reporters`).
    pub audience_words: &'static [&'static str],
    /// Hedges and allegation markers: the speaker does not vouch for what
    /// follows (`mungkin`, `diduga`, `may`, `allegedly`, `suspects`).
    pub hedges: &'static [&'static str],
    /// Certainty boosters (`pasti`, `certainly`).
    pub boosters: &'static [&'static str],
    /// Modals of obligation; two-word entries are phrases (`have to`).
    pub necessity_modals: &'static [&'static str],
    /// Modals of ability and permission (`bisa`, `can`, `allowed`).
    pub ability_modals: &'static [&'static str],
    /// Markers of future and intention (`akan`, `will`).
    pub future_modals: &'static [&'static str],
    /// Words that turn a statement into a likeness (`seperti`, `like`):
    /// `a high-value leader` rendered `seperti pemimpin` hedges it.
    pub comparisons: &'static [&'static str],
    /// Prepositions of place (`di`, `ke`, `dari`, `in`): a capitalized word
    /// after one is a place in that article.
    pub place_prepositions: &'static [&'static str],
    /// Nouns that head a place name (`kota`, `kabupaten`, `provinsi`,
    /// `city`): the capitalized words after one are a place, not a person.
    pub place_nouns: &'static [&'static str],
    /// Words that continue a place name after it (`Jawa Barat`, `Jakarta
    /// Selatan`): compass points and the like.
    pub place_modifiers: &'static [&'static str],
    /// Short forms of the country's regions that the press writes before
    /// a name like any place (`KPU Sulut Meidy Tinangon`): a closed class.
    pub place_abbreviations: &'static [&'static str],
    /// Words that close a body's name rather than open it (`PT Bank
    /// Central Asia Tbk`): a person's name may follow them directly.
    pub name_closing_nouns: &'static [&'static str],
    /// Plain words that complete a title or an office and are capitalized
    /// with it (`Menteri Sosial`, `Direktur Utama`, `Ketua Umum`): not
    /// part of the name that follows. Derived words (`Kesehatan`) need no
    /// entry: the morphology tells them.
    pub office_words: &'static [&'static str],
    /// Roots (Indonesian) or lemmas (English) of reporting verbs: every
    /// verb form the language's morphology builds from one of them is a
    /// speech verb (`ungkap` → `mengungkapkan`, `diungkapkan`; `assure` →
    /// `assured`, `assures`, `assuring`), so the verb tables above list only
    /// what morphology cannot tell.
    pub speech_roots: &'static [&'static str],
    /// Roots or lemmas of directive reporting verbs (`minta`, `urge`): their
    /// content is an instruction opened by a [`Self::directive_markers`] word.
    pub directive_roots: &'static [&'static str],
    /// Words that open the content of a directive (`untuk`, `agar`, `to`).
    pub directive_markers: &'static [&'static str],
    /// Question words that open a reported clause and belong to it
    /// (`menggambarkan bagaimana …`, `described how …`).
    pub wh_complementizers: &'static [&'static str],
    /// Roots or lemmas of verbs that report by naming their object
    /// (`menggambarkan X sebagai Y`, `described X as Y`, `accused X of Y`):
    /// the object and what it is named are the report.
    pub naming_roots: &'static [&'static str],
    /// The words that link the object to its naming (`sebagai`, `as`, `of`).
    pub naming_links: &'static [&'static str],
    /// Words that open a list of examples inside a phrase (`termasuk`,
    /// `including`): `the scientists including X` is the scientists.
    pub example_markers: &'static [&'static str],
    /// How verb forms are built from roots.
    pub morphology: Morphology,
    /// Prefixes that negate the word they are attached to (`un`, `dis`):
    /// `tidak setuju` / `disagreeing` when a gloss confirms it.
    pub negative_prefixes: &'static [&'static str],
    /// The negative prefixes read as a negation without a gloss to confirm
    /// them (`undisclosed`), and the word beginnings where they are not
    /// prefixes (`united`, `under`, `discuss`).
    pub plain_negative_prefixes: &'static [&'static str],
    pub not_negative_starts: &'static [&'static str],
    /// Words that open a clause inside a sentence (`karena`, `because`):
    /// where the fidelity checks cut a quote into clauses.
    pub clause_words: &'static [&'static str],
    /// Reporting verbs with a stance, sorted by word: Indonesian surface
    /// forms (`menegaskan`), English lemmas (`deny`).
    pub stance_cues: &'static [(&'static str, Stance)],
}

/// The word tables that the `is_…` methods ask, each with its method.
/// Each table is numbered by its place here (a bit of [`WordMasks`]).
macro_rules! word_tables {
    ($($method:ident => $field:ident,)*) => {
        impl LangTables {
            /// The tables of [`WORD_MASKS`], in bit order.
            fn word_tables(&self) -> Vec<&'static [&'static str]> {
                vec![$(self.$field),*]
            }
        }
        #[allow(non_camel_case_types)]
        enum Bit { $($field),* }
        // One bit per table in a `u64` mask.
        const _: () = assert!([$(stringify!($field)),*].len() <= 64);
        impl LangTables {
            $(
                pub fn $method(&self, w: &str) -> bool {
                    self.has(self.$field, Bit::$field as u32, w)
                }
            )*
        }
        /// The tables one word is in, from one look-up: for callers that
        /// ask several tables about the same word.
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
        pub struct WordClasses(u64);
        impl WordClasses {
            $(
                pub fn $method(self) -> bool {
                    self.0 & (1u64 << Bit::$field as u32) != 0
                }
            )*
        }
    };
}

word_tables! {
    is_abbreviation => abbreviations,
    in_speech_verbs => speech_verbs,
    is_post_quote_verb => post_quote_verbs,
    in_speech_participles => speech_participles,
    is_complementizer => complementizers,
    is_pronoun => pronouns,
    is_determiner => determiners,
    is_indefinite => indefinites,
    is_role_noun => role_nouns,
    is_institution_noun => institution_nouns,
    is_object_verb => object_verbs,
    is_say_verb => say_verbs,
    is_nonspeaker_noun => nonspeaker_nouns,
    is_auxiliary => auxiliaries,
    is_honorific => honorifics,
    is_rank_modifier => rank_modifiers,
    is_relativizer => relativizers,
    is_discourse_adverb => discourse_adverbs,
    is_head_linker => head_linkers,
    is_clause_break => clause_breaks,
    is_coordinator => coordinators,
    is_negation => negations,
    is_verb_blocker => verb_blockers,
    is_prefixed_adjective => prefixed_adjectives,
    is_writing_noun => writing_nouns,
    is_reading_link => reading_links,
    is_label_object => label_objects,
    is_preposition => prepositions,
    is_time_word => time_words,
    is_adverbial_opener => adverbial_openers,
    is_name_particle => name_particles,
    is_non_name_capital => non_name_capitals,
    is_audience_word => audience_words,
    is_clause_word => clause_words,
    is_hedge => hedges,
    is_booster => boosters,
    is_necessity_modal => necessity_modals,
    is_ability_modal => ability_modals,
    is_future_modal => future_modals,
    is_comparison => comparisons,
    is_place_preposition => place_prepositions,
    is_place_noun => place_nouns,
    is_office_word => office_words,
    is_place_modifier => place_modifiers,
    is_place_abbreviation => place_abbreviations,
    is_name_closing_noun => name_closing_nouns,
    is_speech_root => speech_roots,
    is_directive_root => directive_roots,
    is_directive_marker => directive_markers,
    is_wh_complementizer => wh_complementizers,
    is_naming_root => naming_roots,
    is_naming_link => naming_links,
    is_example_marker => example_markers,
    is_document_noun => document_nouns,
    is_issuer_marker => issuer_markers,
}

/// For each word of a language's tables, the tables it is in (bit `i`:
/// table `i` of `word_tables`): the parsers ask several tables for every
/// token, and one hash look-up answers any of them faster than a binary
/// search in each.
type WordMasks = FxHashMap<&'static str, u64>;

static WORD_MASKS: LazyLock<[WordMasks; 2]> =
    LazyLock::new(|| [word_masks(&id::ID), word_masks(&en::EN)]);

/// Builds the word masks now (they are otherwise built on first use): see
/// [`crate::prepare_tables`].
pub(crate) fn prepare() {
    LazyLock::force(&WORD_MASKS);
}

fn word_masks(t: &LangTables) -> WordMasks {
    let mut masks = WordMasks::default();
    for (bit, table) in t.word_tables().into_iter().enumerate() {
        for w in table {
            *masks.entry(w).or_default() |= 1u64 << bit;
        }
    }
    masks
}

impl LangTables {
    /// Every table `word` is in.
    pub fn classes(&self, word: &str) -> WordClasses {
        match self.masks() {
            Some(masks) => WordClasses(masks.get(word).copied().unwrap_or(0)),
            None => {
                let mut mask = 0;
                for (bit, table) in self.word_tables().into_iter().enumerate() {
                    if in_table(table, word) {
                        mask |= 1u64 << bit;
                    }
                }
                WordClasses(mask)
            }
        }
    }

    /// Whether `word` is in `table`, the table numbered `bit`.
    fn has(&self, table: &[&str], bit: u32, word: &str) -> bool {
        match self.masks() {
            Some(masks) => masks.get(word).is_some_and(|m| m & (1u64 << bit) != 0),
            None => in_table(table, word),
        }
    }

    /// The masks of the built-in tables; `None` for other tables, which
    /// are searched instead.
    fn masks(&self) -> Option<&'static WordMasks> {
        if std::ptr::eq(self, &id::ID) {
            Some(&WORD_MASKS[0])
        } else if std::ptr::eq(self, &en::EN) {
            Some(&WORD_MASKS[1])
        } else {
            None
        }
    }
}

/// Whether the sorted `table` holds `word`.
fn in_table(table: &[&str], word: &str) -> bool {
    table
        .binary_search_by(|probe| cmp_inline(probe, word))
        .is_ok()
}

/// The order of `str` (bytewise), compared inline: table words are short,
/// and a library call per comparison costs more than the comparison.
fn cmp_inline(a: &str, b: &str) -> std::cmp::Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

impl LangTables {
    /// A lowercase word that looks like a verb by its prefix (`mengirim`,
    /// `dilantik`) or suffix (`presented`).
    pub fn looks_like_verb(&self, w: &str) -> bool {
        // `berita` (news) is a root, not `ber-` + `ita`.
        let root = self.morphology == Morphology::Indonesian && crate::morph::is_id_root(w);
        ((w.chars().count() >= 6 && !root && self.verb_prefixes.iter().any(|p| w.starts_with(p)))
            || (w.len() >= 5 && self.verb_suffixes.iter().any(|s| w.ends_with(s))))
            && !self.is_prefixed_adjective(w)
    }
    /// The English label of a role, institution or nationality phrase.
    pub fn speaker_gloss(&self, phrase: &str) -> Option<&'static str> {
        self.speaker_glosses
            .binary_search_by(|(k, _)| (*k).cmp(phrase))
            .ok()
            .map(|i| self.speaker_glosses[i].1)
    }
    /// The stance of a reporting verb (a surface form or a lemma), if it has one.
    pub fn stance_of(&self, w: &str) -> Option<Stance> {
        self.stance_cues
            .binary_search_by(|(k, _)| (*k).cmp(w))
            .ok()
            .map(|i| self.stance_cues[i].1)
    }
    /// A verb form with the language's participle ending (`blaming`).
    pub fn has_participle_ending(&self, w: &str) -> bool {
        self.participle_ending.is_some_and(|e| w.ends_with(e))
    }
    /// `kata` for `katanya` when the language has a pronoun clitic.
    pub fn strip_pronoun_clitic<'a>(&self, w: &'a str) -> Option<&'a str> {
        let clitic = self.pronoun_clitic?;
        w.strip_suffix(clitic).filter(|stem| !stem.is_empty())
    }

    /// A verb of saying, listed or built from a speech root.
    pub fn is_speech_verb(&self, w: &str) -> bool {
        self.in_speech_verbs(w) || self.verb_form(w) == Some(VerbForm::Active)
    }

    /// A participle of saying (`saying`, `assuring`).
    pub fn is_speech_participle(&self, w: &str) -> bool {
        self.in_speech_participles(w) || self.verb_form(w) == Some(VerbForm::Participle)
    }

    /// A passive of saying (`dikatakan`, `diungkapkan`).
    pub fn is_speech_passive(&self, w: &str) -> bool {
        self.verb_form(w) == Some(VerbForm::Passive)
    }

    /// A form of a directive reporting verb (`meminta`, `urged`, `told`).
    pub fn is_directive_verb(&self, w: &str) -> bool {
        self.verb_info(w).directive
    }

    /// A form of a naming reporting verb (`menggambarkan`, `described`).
    pub fn is_naming_verb(&self, w: &str) -> bool {
        self.verb_info(w).naming
    }

    /// [`Self::verb_form`] and [`Self::is_naming_verb`] from one analysis.
    pub fn verb_form_and_naming(&self, w: &str) -> (Option<VerbForm>, bool) {
        let info = self.verb_info(w);
        (info.form, info.naming)
    }

    /// The form of `w` when the morphology builds it from a speech root.
    pub fn verb_form(&self, w: &str) -> Option<VerbForm> {
        self.verb_info(w).form
    }

    /// What the morphology says of `w` as a reporting verb, analysed once
    /// per word and thread (the stemmer is the costly part).
    fn verb_info(&self, w: &str) -> VerbInfo {
        if w.len() < 4 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return VerbInfo::default();
        }
        let lang = match self.morphology {
            // Only `me-`, `di-` and `ber-` forms report (see `analyse_verb`).
            Morphology::Indonesian
                if !(w.starts_with("me") || w.starts_with("di") || w.starts_with("ber")) =>
            {
                return VerbInfo::default();
            }
            Morphology::Indonesian => 0,
            Morphology::English => 1,
        };
        VERB_INFO.with_borrow_mut(|memo| memo[lang].get_or_put(w, || self.analyse_verb(w)))
    }

    fn analyse_verb(&self, w: &str) -> VerbInfo {
        match self.morphology {
            Morphology::Indonesian => {
                // `me-` active, `di-` passive; `ber-` builds intransitives and
                // states (`bernilai`, worth): the few that report
                // (`berkata`, `berpendapat`) are listed.
                let active = w.starts_with("me");
                let passive = w.starts_with("di");
                let ber = w.starts_with("ber");
                if !active && !passive && !ber {
                    return VerbInfo::default();
                }
                let roots = crate::morph::id_roots(w);
                let has = |f: &dyn Fn(&str) -> bool| roots.iter().any(|r| f(r));
                let speech = roots.iter().any(|r| r != w && self.is_speech_root(r));
                VerbInfo {
                    form: (speech && (active || passive)).then_some(if active {
                        VerbForm::Active
                    } else {
                        VerbForm::Passive
                    }),
                    directive: (active || ber) && has(&|r| self.is_directive_root(r)),
                    naming: (active || passive) && has(&|r| self.is_naming_root(r)),
                }
            }
            Morphology::English => {
                let lemmas = crate::morph::en_lemmas(w);
                let has = |f: &dyn Fn(&str) -> bool| lemmas.iter().any(|l| f(l));
                VerbInfo {
                    form: has(&|l| self.is_speech_root(l)).then_some(if w.ends_with("ing") {
                        VerbForm::Participle
                    } else {
                        VerbForm::Active
                    }),
                    directive: has(&|l| self.is_directive_root(l)),
                    naming: has(&|l| self.is_naming_root(l)),
                }
            }
        }
    }
}

/// A word as a reporting verb.
#[derive(Debug, Clone, Copy, Default)]
struct VerbInfo {
    form: Option<VerbForm>,
    directive: bool,
    naming: bool,
}

thread_local! {
    /// Words already analysed as verbs, per language (bounded: cleared when full).
    static VERB_INFO: std::cell::RefCell<[crate::memo::WordMemo<VerbInfo, 50_000>; 2]> =
        std::cell::RefCell::default();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, table: &[&str]) {
        for w in table {
            assert_eq!(*w, w.to_lowercase(), "{name}: {w} is not lowercase");
        }
        for pair in table.windows(2) {
            assert!(pair[0] < pair[1], "{name}: {} !< {}", pair[0], pair[1]);
        }
    }

    #[test]
    fn mask_look_ups_agree_with_searching_each_table() {
        for lang in [Lang::Id, Lang::En] {
            let t = lang.tables();
            let tables = t.word_tables();
            let mut words: Vec<&str> = tables.iter().flat_map(|x| x.iter().copied()).collect();
            words.extend(["", "kata", "said", "zzz", "the the"]);
            let mut hits = 0;
            for (bit, table) in tables.iter().enumerate() {
                for w in &words {
                    let found = table.binary_search(w).is_ok();
                    assert_eq!(t.has(table, bit as u32, w), found, "{w} in table {bit}");
                    hits += usize::from(found);
                }
            }
            assert!(hits >= words.len() - 5, "{hits} hits");
        }
        // Through the methods too.
        assert!(Lang::Id.tables().is_say_verb("mengatakan"));
        assert!(Lang::En.tables().is_post_quote_verb("said"));
        assert!(!Lang::En.tables().is_post_quote_verb("mengatakan"));
    }

    #[test]
    fn tables_are_sorted_lowercase_and_unique() {
        for lang in [Lang::Id, Lang::En] {
            let t = lang.tables();
            check("abbreviations", t.abbreviations);
            check("speech_verbs", t.speech_verbs);
            check("post_quote_verbs", t.post_quote_verbs);
            check("speech_participles", t.speech_participles);
            check("complementizers", t.complementizers);
            check("according_to", t.according_to);
            check("pronouns", t.pronouns);
            check("anaphoric_objects", t.anaphoric_objects);
            check("label_objects", t.label_objects);
            check("determiners", t.determiners);
            check("indefinites", t.indefinites);
            check("role_nouns", t.role_nouns);
            check("institution_nouns", t.institution_nouns);
            check("clause_breaks", t.clause_breaks);
            check("coordinators", t.coordinators);
            check("negations", t.negations);
            check("verb_blockers", t.verb_blockers);
            check("prefixed_adjectives", t.prefixed_adjectives);
            check("writing_nouns", t.writing_nouns);
            check("reading_links", t.reading_links);
            check("document_nouns", t.document_nouns);
            check("issuer_markers", t.issuer_markers);
            check("prepositions", t.prepositions);
            let keys: Vec<&str> = t.speaker_glosses.iter().map(|(k, _)| *k).collect();
            check("speaker_glosses", &keys);
            check("time_words", t.time_words);
            check("adverbial_openers", t.adverbial_openers);
            check("name_particles", t.name_particles);
            check("non_name_capitals", t.non_name_capitals);
            check("audience_words", t.audience_words);
            check("say_verbs", t.say_verbs);
            check("object_verbs", t.object_verbs);
            check("nonspeaker_nouns", t.nonspeaker_nouns);
            check("auxiliaries", t.auxiliaries);
            check("honorifics", t.honorifics);
            check("rank_modifiers", t.rank_modifiers);
            check("verb_prefixes", t.verb_prefixes);
            check("verb_suffixes", t.verb_suffixes);
            check("relativizers", t.relativizers);
            check("discourse_adverbs", t.discourse_adverbs);
            check("head_linkers", t.head_linkers);
            check("hedges", t.hedges);
            check("clause_words", t.clause_words);
            check("boosters", t.boosters);
            check("necessity_modals", t.necessity_modals);
            check("ability_modals", t.ability_modals);
            check("future_modals", t.future_modals);
            check("comparisons", t.comparisons);
            check("negative_prefixes", t.negative_prefixes);
            check("plain_negative_prefixes", t.plain_negative_prefixes);
            check("not_negative_starts", t.not_negative_starts);
            let stance: Vec<&str> = t.stance_cues.iter().map(|(w, _)| *w).collect();
            check("stance_cues", &stance);
        }
    }

    #[test]
    fn look_ups() {
        let id = Lang::Id.tables();
        assert!(id.is_speech_verb("mengatakan"));
        assert!(id.is_post_quote_verb("kata"));
        assert_eq!(id.strip_pronoun_clitic("tambahnya"), Some("tambah"));
        let en = Lang::En.tables();
        assert!(en.is_speech_verb("said") && en.is_abbreviation("u.s"));
        assert_eq!(en.strip_pronoun_clitic("saidnya"), None);
        assert_eq!(id.stance_of("membantah"), Some(Stance::Denial));
        assert_eq!(en.stance_of("deny"), Some(Stance::Denial));
        assert_eq!(en.stance_of("say"), None);
        assert!(id.is_hedge("mungkin") && en.is_hedge("might") && en.is_necessity_modal("have to"));
    }
}
