//! Fidelity checks on real translations: perturbations of the dev gold pairs
//! (each mutation of the Indonesian side must raise its flag on the mutated
//! quote: recall is counted over the mutated quotes the aligner still
//! matches, and at least 0.75 of them must stay matched; the rows a
//! perturbation does not touch keep their flags), false alarms on
//! the unmodified pairs (every flag printed with its evidence; the ones a
//! reader would not agree with, per `tests/fidelity_review.csv`, counted),
//! and the known mistranslations of the dev `SOURCE` notes.
//!
//! Uses `../shared/dev` when present, else the bundled `corpora/samples`
//! (the same VOA pairs).

mod skipping;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use kutip::align::{PairAlignment, QuotePair, Status};
use kutip::fidelity::{FidelityParams, FidelitySummary, Flag, FlagKind, FlagSelection, flag_names};
use kutip::lexicon::Lexicon;
use kutip::lexicon::names::same_person;
use kutip::quote::speakers::EntityKind;
use kutip::{Lang, PipelineParams};

fn dev_dirs() -> Vec<PathBuf> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev");
    let root = if shared.is_dir() {
        shared
    } else {
        skipping::skip(
            "../shared/dev is not here: the fidelity checks are measured on corpora/samples",
        );
        Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/samples")
    };
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("dev folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.csv").is_file() && p.join("en.txt").is_file())
        .collect();
    v.sort();
    v
}

fn name(d: &Path) -> String {
    d.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[derive(Debug, Clone, serde::Deserialize)]
struct Gold {
    id_quote: String,
    en_quote: String,
}

fn gold(d: &Path) -> Vec<Gold> {
    csv::Reader::from_path(d.join("gold.csv"))
        .expect("gold.csv")
        .deserialize()
        .map(|r| r.expect("gold row"))
        .collect()
}

/// Aligns a pair keeping every flag the checks raise, whatever its
/// confidence: the tests count the listed ones ([`listed`]) and print the
/// others with their confidence.
fn align(id: &str, en: &str) -> PairAlignment {
    let params = PipelineParams {
        fidelity: FidelityParams {
            report: FlagSelection::ALL,
            ..FidelityParams::default()
        },
        ..PipelineParams::default()
    };
    kutip::align_checked(id, en, Lexicon::embedded(), &params)
}

/// Whether a pair carries a flag of `kind` that is listed by default.
fn listed(p: &QuotePair, kind: FlagKind) -> bool {
    p.flags
        .iter()
        .any(|f| f.kind == kind && FlagSelection::default().admits(f))
}

/// The names of the flags listed by default.
fn listed_names(p: &QuotePair) -> String {
    let flags: Vec<Flag> = p
        .flags
        .iter()
        .filter(|f| FlagSelection::default().admits(f))
        .cloned()
        .collect();
    flag_names(&flags)
}

/// The listed flags of every matched pair but the one at `skip` (bytes of
/// the original Indonesian) and those whose cue lies in `edit` (the edited
/// bytes: a cue verb framing two quotes is part of both), keyed by the
/// texts of its two quotes: what a perturbation elsewhere must leave alone.
fn other_rows(
    a: &PairAlignment,
    skip: &Range<usize>,
    edit: &Range<usize>,
) -> BTreeMap<(String, String), Vec<FlagKind>> {
    let overlaps =
        |o: &Range<usize>, r: &Range<usize>| o.start < r.end.max(r.start + 1) && r.start < o.end;
    a.pairs
        .iter()
        .filter(|p| p.status == Status::Matched)
        .filter_map(|p| {
            let (is, es) = (p.id_span?, p.en_span?);
            let o = a.id.to_original(is);
            if overlaps(&o.range(), skip) {
                return None;
            }
            let cue = a
                .id_quotes
                .quotes
                .iter()
                .find(|q| q.span == is)
                .and_then(|q| q.cue);
            if cue.is_some_and(|c| overlaps(&a.id.to_original(c).range(), edit)) {
                return None;
            }
            let mut kinds: Vec<FlagKind> = FlagKind::ALL
                .into_iter()
                .filter(|k| listed(p, *k))
                .collect();
            kinds.dedup();
            Some((
                (a.id.slice(is).to_owned(), a.en.slice(es).to_owned()),
                kinds,
            ))
        })
        .collect()
}

/// The matched pair whose Indonesian quote overlaps `range` (bytes of the
/// original Indonesian text) the most.
fn pair_at<'a>(a: &'a PairAlignment, range: &Range<usize>) -> Option<&'a QuotePair> {
    a.pairs
        .iter()
        .filter(|p| p.status == Status::Matched)
        .filter_map(|p| {
            let o = a.id.to_original(p.id_span?);
            let overlap = o.end.min(range.end) as isize - o.start.max(range.start) as isize;
            (overlap > 0).then_some((overlap, p))
        })
        .max_by_key(|(o, _)| *o)
        .map(|(_, p)| p)
}

/// The extracted Indonesian quote overlapping `range` the most.
fn quote_at<'a>(a: &'a PairAlignment, range: &Range<usize>) -> Option<&'a kutip::Quote> {
    a.id_quotes
        .quotes
        .iter()
        .filter_map(|q| {
            let o = a.id.to_original(q.span);
            let overlap = o.end.min(range.end) as isize - o.start.max(range.start) as isize;
            (overlap > 0).then_some((overlap, q))
        })
        .max_by_key(|(o, _)| *o)
        .map(|(_, q)| q)
}

/// One gold pair located in its article.
struct Case {
    pair: String,
    id: String,
    en: String,
    range: Range<usize>,
    gold: Gold,
    n: usize,
}

/// Every gold row with an English counterpart, found in its text.
fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for d in dev_dirs() {
        let id = read(&d.join("id.txt"));
        let en = read(&d.join("en.txt"));
        for g in gold(&d) {
            if g.en_quote.is_empty() {
                continue;
            }
            let Some(start) = id.find(&g.id_quote) else {
                println!("{}: gold quote not in id.txt: {}", name(&d), g.id_quote);
                continue;
            };
            let n = out.len();
            out.push(Case {
                pair: name(&d),
                range: start..start + g.id_quote.len(),
                id: id.clone(),
                en: en.clone(),
                gold: g,
                n,
            });
        }
    }
    out
}

/// A mutated Indonesian article: the new text and where the quote now is.
struct Mutation {
    text: String,
    range: Range<usize>,
    /// The bytes replaced, in the original article and in the new one.
    replaced: Range<usize>,
    inserted: Range<usize>,
    what: String,
}

fn splice(c: &Case, at: Range<usize>, with: &str, what: String) -> Mutation {
    let mut text = c.id.clone();
    text.replace_range(at.clone(), with);
    let delta = with.len() as isize - (at.end - at.start) as isize;
    let end = (c.range.end as isize + delta) as usize;
    let start = if at.start < c.range.start {
        (c.range.start as isize + delta) as usize
    } else {
        c.range.start
    };
    Mutation {
        text,
        range: start..end.max(start + 1),
        inserted: at.start..at.start + with.len(),
        replaced: at,
        what,
    }
}

/// Words of the quote with their byte ranges in the article.
fn words(c: &Case) -> Vec<(Range<usize>, &str)> {
    let q = &c.id[c.range.clone()];
    let mut out = Vec::new();
    let mut start = None;
    for (i, ch) in q.char_indices().chain(std::iter::once((q.len(), ' '))) {
        let inside = ch.is_alphanumeric() || ch == '-' || ch == '\'';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((c.range.start + s..c.range.start + i, &q[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Where to insert a word before the verb: the first word with a verb
/// prefix, else the second word.
fn verb_slot(c: &Case) -> Option<usize> {
    let ws = words(c);
    ws.iter()
        .skip(1)
        .find(|(_, w)| {
            w.chars().count() >= 6
                && w.chars().all(|ch| ch.is_lowercase() || ch == '-')
                && ["me", "ber", "di", "ter"].iter().any(|p| w.starts_with(p))
        })
        .or(ws.get(1))
        .map(|(r, _)| r.start)
}

const NEGATIONS: &[&str] = &["tidak", "tak", "bukan", "belum", "tanpa"];
const SPELLED: &[(&str, &str)] = &[
    ("dua", "empat"),
    ("tiga", "lima"),
    ("empat", "enam"),
    ("lima", "tujuh"),
    ("sepuluh", "dua puluh"),
];

/// Changes the first number of the quote; a quote without one gets a year.
fn mutate_number(c: &Case) -> Option<Mutation> {
    for (r, w) in words(c) {
        if let Ok(n) = w.parse::<u64>() {
            let m = if n >= 1000 { n + 3 } else { n + 10 };
            return Some(splice(c, r, &m.to_string(), format!("{w} -> {m}")));
        }
        if let Some((_, to)) = SPELLED
            .iter()
            .find(|(from, _)| w.eq_ignore_ascii_case(from))
        {
            return Some(splice(c, r, to, format!("{w} -> {to}")));
        }
    }
    let at = verb_slot(c)?;
    Some(splice(c, at..at, "pada tahun 2019 ", "added a year".into()))
}

/// The end of the quote's words, before closing marks and punctuation.
fn end_slot(c: &Case) -> usize {
    let q = &c.id[c.range.clone()];
    c.range.start + q.trim_end_matches(['"', '”', '’', '.', ',']).len()
}

/// Removes the first negation of the quote that negates something, or
/// inserts one. A negation that offers an alternative (`atau tidak`) or
/// opens `tidak hanya` (not only) negates nothing: removing it changes no
/// polarity, so it is not a negation perturbation.
fn mutate_negation(c: &Case) -> Option<Mutation> {
    let ws = words(c);
    let ft = Lang::Id.fidelity_tables();
    let lower = |i: usize| ws.get(i).map_or(String::new(), |(_, w)| w.to_lowercase());
    let negating = |i: usize| {
        NEGATIONS.contains(&lower(i).as_str())
            && !(i > 0 && ft.is_disjunction(&lower(i - 1)))
            && !ft.is_non_negating(&format!("{} {}", lower(i), lower(i + 1)))
    };
    if let Some((r, w)) = (0..ws.len()).find(|&i| negating(i)).map(|i| &ws[i]) {
        // Remove the negation and the space after it.
        return Some(splice(c, r.start..r.end + 1, "", format!("removed {w}")));
    }
    let at = verb_slot(c)?;
    Some(splice(c, at..at, "tidak ", "inserted tidak".into()))
}

const HEDGES: &[&str] = &["mungkin", "barangkali", "tampaknya", "kemungkinan"];

fn mutate_hedge(c: &Case) -> Option<Mutation> {
    let at = verb_slot(c)?;
    let h = HEDGES[c.n % HEDGES.len()];
    Some(splice(c, at..at, &format!("{h} "), format!("inserted {h}")))
}

fn mutate_english(c: &Case) -> Option<Mutation> {
    Some(splice(
        c,
        c.range.clone(),
        &c.gold.en_quote,
        "replaced by the English".into(),
    ))
}

/// Clause separators inside a quote.
const SEPARATORS: &[&str] = &[
    ", ",
    " dan ",
    " tetapi ",
    " karena ",
    " sehingga ",
    " namun ",
];

fn mutate_clause(c: &Case) -> Option<Mutation> {
    let q = &c.id[c.range.clone()];
    let mut cuts: Vec<usize> = SEPARATORS
        .iter()
        .flat_map(|s| q.match_indices(s).map(|(i, _)| i))
        .collect();
    cuts.sort();
    cuts.dedup();
    // Clauses after the first: [cut, next cut).
    let mut best: Option<Range<usize>> = None;
    for (i, &a) in cuts.iter().enumerate() {
        let b = cuts.get(i + 1).copied().unwrap_or(q.len());
        let n = q[a..b]
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        let rest = q.len() - (b - a);
        // A translator who leaves out a clause does not leave half a pair
        // of quote marks behind.
        let marks = q[a..b]
            .chars()
            .filter(|ch| QUOTE_MARKS.contains(*ch))
            .count();
        if n >= 3
            && marks % 2 == 0
            && rest >= 12
            && best
                .as_ref()
                .is_none_or(|r| n > q[r.clone()].split_whitespace().count())
        {
            best = Some(a..b);
        }
    }
    let r = best?;
    let what = format!("dropped \"{}\"", q[r.clone()].trim());
    Some(splice(
        c,
        c.range.start + r.start..c.range.start + r.end,
        "",
        what,
    ))
}

const QUOTE_MARKS: &str = "\"“”„«»";

const ADDED: &str = " dan harga beras di pasar tradisional terus naik";

fn mutate_addition(c: &Case) -> Option<Mutation> {
    let at = end_slot(c);
    Some(splice(c, at..at, ADDED, "added a clause".into()))
}

const PLACES: &[&str] = &["Surabaya", "Makassar", "Medan", "Pontianak"];

/// Replaces the last run of capitalized words of the quote with a place
/// neither article mentions.
fn mutate_entity(c: &Case) -> Option<Mutation> {
    let ws = words(c);
    // Capitalized, and not after a full stop (a sentence start).
    let cap = |i: usize| {
        let (r, w): &(Range<usize>, &str) = &ws[i];
        w.chars().next().is_some_and(char::is_uppercase)
            && w.len() >= 3
            && !Lang::Id.tables().is_time_word(&w.to_lowercase())
            && !c.id[..r.start].trim_end().ends_with(['.', '"', '“'])
    };
    let last = (1..ws.len()).rev().find(|&i| cap(i))?;
    let mut first = last;
    while first > 1 && cap(first - 1) {
        first -= 1;
    }
    let r = ws[first].0.start..ws[last].0.end;
    let old = c.id[r.clone()].to_owned();
    let to = PLACES[c.n % PLACES.len()];
    Some(splice(c, r, to, format!("{old} -> {to}")))
}

fn mutate_marks(c: &Case) -> Option<Mutation> {
    let q = &c.id[c.range.clone()];
    let is_mark = |ch: char| matches!(ch, '"' | '“' | '”' | '«' | '»');
    // Marks inside the span and right around it (a closing mark may follow
    // the final comma or full stop).
    let a = c.id[..c.range.start]
        .char_indices()
        .next_back()
        .filter(|(_, ch)| is_mark(*ch))
        .map_or(c.range.start, |(i, _)| i);
    let tail: String = c.id[c.range.end..].chars().take(3).collect();
    let b = tail
        .char_indices()
        .take_while(|(_, ch)| is_mark(*ch) || matches!(ch, ',' | '.'))
        .filter(|(_, ch)| is_mark(*ch))
        .last()
        .map_or(c.range.end, |(i, ch)| c.range.end + i + ch.len_utf8());
    if q.chars().any(is_mark) || a < c.range.start || b > c.range.end {
        let stripped: String = c.id[a..b].chars().filter(|&ch| !is_mark(ch)).collect();
        let mut m = splice(c, a..b, &stripped, "removed the quote marks".into());
        m.range = a..a + stripped.len();
        return Some(m);
    }
    let with = format!("“{q}”");
    let mut m = splice(c, c.range.clone(), &with, "put the quote in marks".into());
    m.range = c.range.start..c.range.start + with.len();
    Some(m)
}

fn mutate_cue(c: &Case, base: &PairAlignment) -> Option<Mutation> {
    let q = quote_at(base, &c.range)?;
    let cue = base.id.to_original(q.cue?);
    let w = c.id[cue.range()].to_lowercase();
    let to = if w.starts_with("me") || w.starts_with("ber") {
        "membantah"
    } else if w.ends_with("nya") {
        "tegasnya"
    } else {
        "tegas"
    };
    let mut m = splice(c, cue.range(), to, format!("{w} -> {to}"));
    if cue.start > c.range.end {
        m.range = c.range.clone();
    }
    Some(m)
}

/// Swaps the speaker for another person of the article whom the English
/// article names too: the speaker's name (or the pronoun or clitic that
/// refers to it) nearest the quote is replaced by the other person's name.
/// The other person is neither the quote's speaker in the Indonesian nor
/// the speaker of its English counterpart (a swap to the English speaker
/// would repair an attribution, not change it).
fn mutate_speaker(c: &Case, base: &PairAlignment) -> Option<Mutation> {
    let q = quote_at(base, &c.range)?;
    let reg = &base.id_quotes.registry;
    let speaker = q.entity.and_then(|e| reg.entities.get(e));
    let mut speaker_names: Vec<String> = speaker.map(|e| e.names.clone()).unwrap_or_default();
    let en_reg = &base.en_quotes.registry;
    if let Some(es) = pair_at(base, &c.range).and_then(|p| p.en_span) {
        speaker_names.extend(
            base.en_quotes
                .quotes
                .iter()
                .filter(|q| q.span.overlaps(es) || q.span.contains(es) || es.contains(q.span))
                .filter_map(|q| q.entity.and_then(|e| en_reg.entities.get(e)))
                .flat_map(|e| e.names.clone()),
        );
    }
    // People who speak in the English article.
    let en_people: Vec<&kutip::quote::speakers::Entity> = base
        .en_quotes
        .quotes
        .iter()
        .filter_map(|q| q.entity.and_then(|e| en_reg.entities.get(e)))
        .filter(|e| e.kind == EntityKind::Person && !e.names.is_empty())
        .collect();
    let lex = Lexicon::embedded();
    let other = reg.entities.iter().find(|e| {
        e.kind == EntityKind::Person
            && !e.names.is_empty()
            && !e
                .names
                .iter()
                .any(|n| n.split(' ').any(|w| lex.is_place(w)))
            && !e
                .names
                .iter()
                .any(|n| speaker_names.iter().any(|s| same_person(n, s)))
            && en_people.iter().any(|p| {
                p.names
                    .iter()
                    .any(|n| e.names.iter().any(|m| same_person(n, m)))
            })
    })?;
    let new_name = other.display();
    let s = base.id.sentences.get(q.sentence)?;
    let sent = base.id.to_original(s.span);
    let cue = q.cue.map(|c| base.id.to_original(c));
    // 1. A clitic on the cue verb (`katanya`).
    if let Some(cue) = cue {
        let w = &c.id[cue.range()];
        if let Some(stem) = w.strip_suffix("nya") {
            let with = format!("{stem} {new_name}");
            return Some(splice(c, cue.range(), &with, format!("{w} -> {with}")));
        }
    }
    // 2. The speaker's name, a pronoun or a description in the sentence,
    //    outside the quote: the occurrence nearest the quote.
    let mut candidates: Vec<Range<usize>> = Vec::new();
    let text = &c.id[sent.range()];
    let mut patterns: Vec<String> = speaker_names.clone();
    for n in &speaker_names {
        patterns.extend(n.split(' ').filter(|w| w.len() >= 4).map(str::to_owned));
    }
    patterns.extend(["Ia", "ia", "Dia", "dia", "DIA", "Beliau", "beliau"].map(str::to_owned));
    if let Some(e) = speaker {
        for r in &e.roles {
            let mut cs = r.chars();
            let cap = cs
                .next()
                .map(|f| f.to_uppercase().collect::<String>() + cs.as_str())
                .unwrap_or_default();
            patterns.push(format!("{cap} itu"));
            patterns.push(format!("{r} itu"));
            patterns.push(format!("{cap} tersebut"));
            patterns.push(cap);
            patterns.push(r.clone());
        }
    }
    for p in &patterns {
        for (i, _) in text.match_indices(p.as_str()) {
            let a = sent.start + i;
            let b = a + p.len();
            let word_edge = |ch: Option<char>| ch.is_none_or(|ch| !ch.is_alphanumeric());
            if (b <= c.range.start || a >= c.range.end)
                && word_edge(c.id[..a].chars().next_back())
                && word_edge(c.id[b..].chars().next())
            {
                candidates.push(a..b);
            }
        }
    }
    let dist = |r: &Range<usize>| {
        if r.end <= c.range.start {
            c.range.start - r.end
        } else {
            r.start - c.range.end
        }
    };
    // Longest match among the nearest ones.
    let best = candidates
        .into_iter()
        .min_by_key(|r| (dist(r), usize::MAX - (r.end - r.start)))?;
    let old = c.id[best.clone()].to_owned();
    Some(splice(c, best, &new_name, format!("{old} -> {new_name}")))
}

fn print_flags(a: &PairAlignment, p: &QuotePair) {
    for f in &p.flags {
        println!(
            "      {} ({}): id {:?} en {:?} ({})",
            f.kind.as_str(),
            f.confidence,
            f.id,
            f.en,
            f.detail
        );
    }
    let _ = a;
}

/// Least share of the mutated quotes whose listed (confident) flags must
/// catch the mutation.
const RECALL_TARGET: f32 = 0.9;
/// Flags whose confident recall is still below the target, with the floor
/// they hold: none (measured: addition 0.962, 102 of 106; omission, at
/// 0.90, and direct/indirect, at 0.94, hold the target too).
const RECALL_BELOW_TARGET: &[(FlagKind, f32)] = &[];

/// Without `../shared` the perturbations run on the twelve bundled pairs
/// alone: fewer quotes, fewer clauses to drop; floors as measured there
/// (entity 0.897, omission 0.889; addition 0.947 and direct/indirect 0.95
/// hold the target). The dev floors above are what CI holds.
const SAMPLES_ONLY_FLOORS: &[(FlagKind, f32)] =
    &[(FlagKind::EntityMismatch, 0.89), (FlagKind::Omission, 0.88)];

#[test]
fn perturbations_raise_their_flag() {
    let samples_only = !Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/dev")
        .is_dir();
    let cases = cases();
    assert!(cases.len() >= 20, "only {} gold pairs found", cases.len());
    type Mutator = fn(&Case, &PairAlignment) -> Option<Mutation>;
    let mutators: Vec<(FlagKind, Mutator)> = vec![
        (FlagKind::NumberMismatch, |c, _| mutate_number(c)),
        (FlagKind::EntityMismatch, |c, _| mutate_entity(c)),
        (FlagKind::NegationMismatch, |c, _| mutate_negation(c)),
        (FlagKind::SpeakerMismatch, mutate_speaker),
        (FlagKind::ModalityShift, |c, _| mutate_hedge(c)),
        (FlagKind::CueShift, mutate_cue),
        (FlagKind::Omission, |c, _| mutate_clause(c)),
        (FlagKind::Addition, |c, _| mutate_addition(c)),
        (FlagKind::DirectIndirect, |c, _| mutate_marks(c)),
        (FlagKind::Untranslated, |c, _| mutate_english(c)),
    ];
    // Per kind: mutations applied, mutated quotes still matched, flagged.
    let mut tally: BTreeMap<FlagKind, (usize, usize, usize)> = BTreeMap::new();
    // Rows other than the perturbed one compared, and the ones that gained
    // a flag.
    let (mut untouched, mut gained) = (0usize, Vec::new());
    for c in &cases {
        let base = align(&c.id, &c.en);
        if pair_at(&base, &c.range).is_none() {
            println!(
                "{}: gold pair not matched, skipped: {}",
                c.pair, c.gold.id_quote
            );
            continue;
        }
        for (kind, m) in &mutators {
            let Some(mu) = m(c, &base) else {
                continue;
            };
            let a = align(&mu.text, &c.en);
            let hit = pair_at(&a, &mu.range);
            let fired = hit.is_some_and(|p| listed(p, *kind));
            // The rows the perturbation did not touch keep their flags.
            let before = other_rows(&base, &c.range, &mu.replaced);
            for (key, kinds) in other_rows(&a, &mu.range, &mu.inserted) {
                untouched += 1;
                let Some(was) = before.get(&key) else {
                    continue;
                };
                let new: Vec<&str> = kinds
                    .iter()
                    .filter(|k| !was.contains(k))
                    .map(|k| k.as_str())
                    .collect();
                if !new.is_empty() {
                    gained.push(format!(
                        "{} [{}]: {} gained {}",
                        c.pair,
                        mu.what,
                        key.0,
                        new.join(";")
                    ));
                }
            }
            let t = tally.entry(*kind).or_default();
            t.0 += 1;
            t.1 += usize::from(hit.is_some());
            if fired {
                t.2 += 1;
            } else {
                println!(
                    "MISSED {} on {} [{}]: {}\n    flags: {}",
                    kind.as_str(),
                    c.pair,
                    mu.what,
                    &mu.text[mu.range.clone()],
                    hit.map_or("(not matched)".to_owned(), listed_names)
                );
                if let Some(p) = hit {
                    println!("    english: {}", p.en_span.map_or("", |s| a.en.slice(s)));
                    print_flags(&a, p);
                }
            }
        }
    }
    println!(
        "detection recall per flag: flagged / mutated quotes still matched (mutations applied)"
    );
    for (k, (n, matched, hit)) in &tally {
        println!(
            "  {:<18} {:>3}/{:<3} {:.3}   ({n} applied, {:.3} still matched)",
            k.as_str(),
            hit,
            matched,
            *hit as f32 / (*matched).max(1) as f32,
            *matched as f32 / (*n).max(1) as f32
        );
    }
    println!(
        "unperturbed rows that gained a flag: {} of {untouched}",
        gained.len()
    );
    for g in &gained {
        println!("  {g}");
    }
    // A row the perturbation did not touch (neither its quote nor the cue
    // verb that frames it) keeps its flags.
    assert!(
        gained.is_empty(),
        "{} of {untouched} unperturbed rows gained a flag",
        gained.len()
    );
    for k in FlagKind::ALL {
        let (n, matched, hit) = tally.get(&k).copied().unwrap_or((0, 0, 0));
        assert!(
            matched >= 3,
            "{}: only {matched} mutated quotes matched",
            k.as_str()
        );
        let floors = if samples_only {
            SAMPLES_ONLY_FLOORS
        } else {
            RECALL_BELOW_TARGET
        };
        let floor = floors
            .iter()
            .find(|(kind, _)| *kind == k)
            .map_or(RECALL_TARGET, |(_, f)| *f);
        assert!(
            hit as f32 >= floor * matched as f32,
            "{}: recall {hit}/{matched} below {floor}",
            k.as_str()
        );
        // The mutations must not break the alignment itself too often.
        assert!(
            matched as f32 >= 0.75 * n as f32,
            "{}: only {matched}/{n} mutated quotes still matched",
            k.as_str()
        );
    }
}

#[derive(Debug, serde::Deserialize)]
struct Review {
    pair: String,
    id_quote_start: String,
    flag: String,
    verdict: String,
    reason: String,
}

/// Every flag on the unmodified dev pairs, printed with its evidence; a flag
/// counts as a false alarm unless `tests/fidelity_review.csv` lists it as
/// one a reader agrees with.
#[test]
fn false_alarms_on_unmodified_pairs_at_most_a_fifth() {
    let review: Vec<Review> = csv::Reader::from_path(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fidelity_review.csv"),
    )
    .expect("review file")
    .deserialize()
    .map(|r| r.expect("review row"))
    .collect();
    let (mut matched, mut false_alarms) = (0, 0);
    let mut total = FidelitySummary::default();
    for d in dev_dirs() {
        let pair = name(&d);
        let a = align(&read(&d.join("id.txt")), &read(&d.join("en.txt")));
        let summary = FidelitySummary::of(&a);
        total.add(&summary);
        for p in a.pairs.iter().filter(|p| p.status == Status::Matched) {
            matched += 1;
            if listed_names(p).is_empty() {
                continue;
            }
            let id_quote = p.id_span.map(|s| a.id.slice(s)).unwrap_or_default();
            println!("{pair}: {}\n  ID: {id_quote}", listed_names(p));
            println!(
                "  EN: {}",
                p.en_span.map(|s| a.en.slice(s)).unwrap_or_default()
            );
            print_flags(&a, p);
            let mut alarm = false;
            for f in p
                .flags
                .iter()
                .filter(|f| FlagSelection::default().admits(f))
            {
                let verdict = review.iter().find(|r| {
                    r.pair == pair
                        && id_quote.starts_with(&r.id_quote_start)
                        && r.flag == f.kind.as_str()
                });
                match verdict {
                    Some(r) if r.verdict == "agree" => {
                        println!("    {} agreed: {}", r.flag, r.reason)
                    }
                    Some(r) => {
                        println!("    {} FALSE ALARM: {}", r.flag, r.reason);
                        alarm = true;
                    }
                    None => {
                        println!("    {} FALSE ALARM: not reviewed", f.kind.as_str());
                        alarm = true;
                    }
                }
            }
            false_alarms += usize::from(alarm);
        }
    }
    let rate = false_alarms as f32 / matched.max(1) as f32;
    println!(
        "summary: {}",
        serde_json::to_string(&total).expect("summary json")
    );
    println!("false alarms: {false_alarms} of {matched} matched pairs ({rate:.3})");
    assert_eq!(total.quotes, matched);
    assert!(matched >= 20, "only {matched} matched pairs");
    // A regression guard at the rate measured after merging the current
    // extraction (0.20 over every dev pair, most of which have no reviewed
    // flags); the reviewed pairs are held to precision 0.8 and no flag on a
    // faithful row by `tests/fidelity_gold.rs`.
    assert!(rate <= 0.21, "false-alarm rate {rate:.3} above 0.21");
}

/// The mistranslations the dev `SOURCE` notes and the reviewed
/// `fidelity.csv` files list, with the flag each must raise (listed by
/// default). Notes that no check covers are not asserted: a stronger verb
/// (`menembak tewas` for `inflict casualties`), a date added outside any
/// quote (`hari Minggu (6/10)`), an agent dropped outside the quoted words
/// (`apa yang digambarkan`), and the page dek of the health-care pair, which
/// the aligner leaves unsourced (an `unsourced` row is itself a finding).
#[test]
fn known_mistranslations_are_flagged() {
    let known: &[(&str, &str, FlagKind, &str)] = &[
        (
            "voa-africa-raids-2013",
            "pasukan Amerika telah menangkap",
            FlagKind::ModalityShift,
            "indicted -> dinyatakan bersalah (found guilty)",
        ),
        (
            "voa-africa-raids-2013",
            "orang itu sebagai",
            FlagKind::ModalityShift,
            "a high value terrorist leader -> bernilai tinggi seperti pemimpin teroris (like a leader)",
        ),
        (
            "voa-apec-shutdown-2013",
            "Presiden Obama mengambil keputusan",
            FlagKind::Omission,
            "the reason clause reduced to 'karena masalah penghentian operasi pemerintah'",
        ),
        (
            "voa-obamacare-vote-2013",
            "Saya tidak keberatan",
            FlagKind::ModalityShift,
            "you do not have to threaten -> mereka tidak bisa mengancam",
        ),
        (
            "voa-typhoon-haiyan-toll-2013",
            "topan Haiyan yang menghantam",
            FlagKind::NumberMismatch,
            "more than 1,200 -> 1.200",
        ),
        (
            "voa-typhoon-haiyan-toll-2013",
            "ia berpendapat",
            FlagKind::Omission,
            "substantially more casualties -> lebih banyak korban",
        ),
        (
            "voa-fukushima-under-control-2013",
            "pejabat TEPCO itu merujuk",
            FlagKind::NumberMismatch,
            "individual incidents -> satu insiden (one incident)",
        ),
    ];
    let dirs = dev_dirs();
    for (pair, start, kind, note) in known {
        let d = dirs
            .iter()
            .find(|d| name(d) == *pair)
            .unwrap_or_else(|| panic!("{pair} missing"));
        let a = align(&read(&d.join("id.txt")), &read(&d.join("en.txt")));
        let p = a
            .pairs
            .iter()
            .find(|p| {
                p.status == Status::Matched
                    && p.id_span.is_some_and(|s| a.id.slice(s).starts_with(start))
            })
            .unwrap_or_else(|| panic!("{pair}: no matched pair starting {start}"));
        println!("{pair}: {note}: {}", listed_names(p));
        print_flags(&a, p);
        assert!(
            listed(p, *kind),
            "{pair}: {note}: expected {}, got {}",
            kind.as_str(),
            listed_names(p)
        );
    }
}

/// `kutip align` writes the flags into the `flags` column.
/// A quote printed as reported speech in the Indonesian while the English
/// quotes it is confident even where the Indonesian sets other words off
/// in marks: a term in single marks (`'halaman belakang'`) or one
/// scare-quoted word (`"de-coupling"`) elsewhere does not quote it.
#[test]
fn reported_speech_beside_scare_quotes_is_direct_indirect() {
    let d =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dev/dw-scholz-asean-singapore-2022");
    if !d.is_dir() {
        skipping::skip("../shared/dev is not here: the DW pair is not checked");
        return;
    }
    let (id, en) = (read(&d.join("id.txt")), read(&d.join("en.txt")));
    for (quoted, plain, at) in [
        (
            "\"Tidak ada negara yang menjadi 'halaman belakang' negara lain,\"",
            "Tidak ada negara yang menjadi 'halaman belakang' negara lain,",
            "Tidak ada negara",
        ),
        (
            "\"proteksionisme terselubung.\"",
            "proteksionisme terselubung.",
            "proteksionisme",
        ),
    ] {
        // Faithful as written: both sides quote.
        let a = align(&id, &en);
        let flagged = |a: &PairAlignment| {
            a.pairs.iter().any(|p| {
                p.id_span.is_some_and(|s| a.id.slice(s).contains(at))
                    && listed(p, FlagKind::DirectIndirect)
            })
        };
        assert!(!flagged(&a), "{at}: flagged with both sides quoting");
        let b = align(&id.replacen(quoted, plain, 1), &en);
        assert!(flagged(&b), "{at}: marks removed but not flagged");
    }
}

/// A clause added where extraction ended the quote is still compared:
/// past a comma before `tapi` (a reported quote cut at its first clause),
/// and past a mid-quote cue after which the speaker's words go on in
/// marks (`…, tambahnya, "…"`); and an added clause's word whose only
/// partner lies far from where the English would render the clause
/// (`naik` / the `up` of `turned up`, seven words before) does not cover
/// it. The unmodified quotes raise no `addition`. Bundled pairs, so it
/// always runs.
#[test]
fn clauses_added_past_the_extracted_quote_are_flagged() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/samples");
    let cases = [
        (
            "voa-iran-iaea-concern-2011",
            "asalkan badan itu membatasi tuntutannya",
            " sementara para petani di desa kesulitan mendapatkan pupuk murah",
            "tidak akan menghentikan",
        ),
        (
            "voa-north-korea-talks-2012",
            "prospek denuklirisasi oleh Korea Utara sangat kecil",
            " dan jumlah wisatawan asing yang datang ke pulau itu terus bertambah",
            "Kecuali ada perubahan",
        ),
        (
            "voa-sierra-leone-ebola-lockdown-2014",
            "yang dites positif mengidap Ebola",
            " dan harga beras di pasar tradisional terus naik",
            "larangan keluar rumah",
        ),
    ];
    for (pair, after, added, quote) in cases {
        let d = root.join(pair);
        let (id, en) = (read(&d.join("id.txt")), read(&d.join("en.txt")));
        let at = id
            .find(after)
            .unwrap_or_else(|| panic!("{pair}: {after} not in id.txt"))
            + after.len();
        let mut changed = id.clone();
        changed.insert_str(at, added);
        for (text, want) in [(&id, false), (&changed, true)] {
            let a = align(text, &en);
            let p = a
                .pairs
                .iter()
                .find(|p| {
                    p.status == Status::Matched
                        && p.id_span.is_some_and(|s| a.id.slice(s).starts_with(quote))
                })
                .unwrap_or_else(|| panic!("{pair}: no matched pair starting {quote}"));
            print_flags(&a, p);
            assert_eq!(
                listed(p, FlagKind::Addition),
                want,
                "{pair}: {quote}…{}: addition {}",
                if want { added } else { "" },
                listed_names(p)
            );
        }
    }
}

#[test]
fn align_command_writes_flags_column() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kutip"))
        .args(["align", "corpora/samples"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run kutip");
    assert!(out.status.success());
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = r.headers().expect("header").clone();
    assert_eq!(headers.iter().collect::<Vec<_>>(), kutip::ALIGN_HEADER);
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.expect("row")).collect();
    let flags_of = |start: &str| {
        rows.iter()
            .find(|r| r[4].starts_with(start))
            .map(|r| r[9].to_owned())
            .unwrap_or_default()
    };
    assert_eq!(flags_of("Saya tidak keberatan"), "modality_shift");
    assert_eq!(flags_of("Presiden Obama mengambil"), "omission");
    // Unsourced and omitted rows carry no flags.
    assert!(
        rows.iter()
            .filter(|r| &r[1] != "matched")
            .all(|r| r[9].is_empty())
    );
}

mod edits {
    use super::*;
    use proptest::prelude::*;

    fn pool() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("“".to_owned()),
            Just("”".to_owned()),
            Just(" tidak ".to_owned()),
            Just(" mungkin ".to_owned()),
            Just(" 1.250,5 ".to_owned()),
            Just(" (6/10) ".to_owned()),
            Just(", kata Surabaya.".to_owned()),
            Just(" U.S. ".to_owned()),
            Just("\n".to_owned()),
            "\\PC{0,12}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(40))]
        /// Random edits of a real Indonesian article never make the checks
        /// panic, and only matched rows carry flags.
        #[test]
        fn checks_never_panic_on_edited_articles(
            pick in 0usize..7,
            edits in proptest::collection::vec((0.0f64..1.0, 0usize..40, pool()), 0..6),
        ) {
            let dirs = dev_dirs();
            let d = &dirs[pick % dirs.len()];
            let mut id = read(&d.join("id.txt"));
            for (at, cut, with) in edits {
                let n = id.chars().count();
                let a = (at * n as f64) as usize;
                let b = (a + cut).min(n);
                let bytes = |c: usize| id.char_indices().nth(c).map_or(id.len(), |(i, _)| i);
                let (a, b) = (bytes(a), bytes(b));
                id.replace_range(a..b, &with);
            }
            let a = align(&id, &read(&d.join("en.txt")));
            for p in &a.pairs {
                prop_assert!(p.status == Status::Matched || p.flags.is_empty());
            }
            let s = FidelitySummary::of(&a);
            prop_assert!(s.flagged <= s.quotes);
        }
    }
}
