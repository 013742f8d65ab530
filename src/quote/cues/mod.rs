//! Cue frames: where a quote is, what kind it is, and which words name its
//! speaker, before any speaker is resolved.
//!
//! Four frames, each driven by the language tables:
//! - marked quotes with a post-quote cue (`“…,” kata Putin`, `“…,” he said`),
//!   a pre-quote cue (`X said: “…”`) or none (the previous speaker goes on);
//! - speech verbs with a subject (`X mengatakan (bahwa) …`, `X said (that) …`),
//!   in relative clauses (`keluarga … yang mengatakan …`), coordinated
//!   (`… dan menyebut mereka “pengecut”`) or as participles (`…, saying …`);
//! - mid-clause and final cues (`Latihan tersebut, tambahnya, telah …`);
//! - `menurut X, …` / `according to X, …` on either side of the content.
//!
//! A quoted fragment inside reported speech makes that report `partial`;
//! a marked span that no frame claims is a scare quote or a title and is
//! dropped.

use std::ops::Range;

use super::QuoteKind;
use super::marks::{Marked, find_marked};
use super::np;
use crate::lang::{LangTables, WordClasses};
use crate::text::spans::SpanIndex;
use crate::text::{Document, NormSpan, TokenKind};

mod frames;
mod marked;
mod verbs;

use frames::{according_to, clitic_opening, final_report, mid_clause};
use marked::direct_quotes;
use verbs::speech_verbs;

/// Which words name the speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A phrase of tokens.
    Phrase(Range<usize>),
    /// A clitic pronoun on the cue verb (`katanya`).
    Clitic,
    /// No phrase: the previous speaker goes on.
    Inherit,
}

/// A quote found by a frame, before its speaker is resolved.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub kind: QuoteKind,
    pub span: NormSpan,
    pub who: Who,
    /// The cue verb token.
    pub cue: Option<usize>,
    /// Where the speaker is named (for ordering and salience).
    pub pos: usize,
    pub sentence: usize,
    /// The speaker phrase started with an indefinite article.
    pub indefinite: bool,
}

struct Ctx<'a> {
    doc: &'a Document,
    t: &'static LangTables,
    marked: Vec<Marked>,
    /// The outer spans of `marked`, for position look-ups.
    marked_index: SpanIndex,
    /// What each token is as a cue, looked up once ([`CueFlags`]).
    flags: Vec<u8>,
}

/// A token's cue classes, one bit each: the parsers below ask them of most
/// tokens several times, and each answer costs table and stemmer look-ups.
struct CueFlags;

impl CueFlags {
    const SAY: u8 = 1;
    const SPEECH: u8 = 2;
    const PARTICIPLE: u8 = 4;
    const NAMING: u8 = 8;
    const POST: u8 = 16;
    const POST_CLITIC: u8 = 32;
    /// The first word of an `according to` phrase (`menurut`, `according`).
    const OPENS_ACCORDING: u8 = 64;

    fn of(t: &LangTables, w: &str) -> u8 {
        let cls = t.classes(w);
        let (form, naming) = t.verb_form_and_naming(w);
        let mut f = 0;
        if cls.is_say_verb() {
            f |= Self::SAY;
        }
        if cls.in_speech_verbs() || form == Some(crate::lang::VerbForm::Active) {
            f |= Self::SPEECH;
        }
        if cls.in_speech_participles() || form == Some(crate::lang::VerbForm::Participle) {
            f |= Self::PARTICIPLE;
        }
        if naming {
            f |= Self::NAMING;
        }
        if cls.is_post_quote_verb() {
            f |= Self::POST;
            if w.ends_with(t.pronoun_clitic.unwrap_or("\u{0}")) {
                f |= Self::POST_CLITIC;
            }
        } else if t
            .strip_pronoun_clitic(w)
            .is_some_and(|stem| t.is_post_quote_verb(stem))
        {
            f |= Self::POST | Self::POST_CLITIC;
        }
        if t.according_to.iter().any(|p| {
            p.strip_prefix(w)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        }) {
            f |= Self::OPENS_ACCORDING;
        }
        f
    }
}

/// Words remembered per thread and language before the memo starts over.
const FLAGS_MEMO_MAX: usize = 1 << 16;

thread_local! {
    /// The [`CueFlags`] of words already seen, per language: they depend
    /// only on the word, and news repeats its words article after article.
    static FLAGS_MEMO: std::cell::RefCell<[crate::memo::WordMemo<u8, FLAGS_MEMO_MAX>; 2]> =
        std::cell::RefCell::default();
}

/// The [`CueFlags`] of each token of `doc`.
fn token_flags(doc: &Document) -> Vec<u8> {
    let t = doc.lang.tables();
    let slot = match doc.lang {
        crate::lang::Lang::Id => 0,
        crate::lang::Lang::En => 1,
    };
    FLAGS_MEMO.with_borrow_mut(|memo| {
        let memo = &mut memo[slot];
        // Punctuation and quote marks have no word: one answer for all.
        let no_word = CueFlags::of(t, "");
        doc.tokens
            .iter()
            .map(|tok| {
                if tok.lower.is_empty() {
                    return no_word;
                }
                memo.get_or_put(&tok.lower, || CueFlags::of(t, &tok.lower))
            })
            .collect()
    })
}

impl Ctx<'_> {
    /// `said`, `kata`: a say verb (the table).
    fn say(&self, i: usize) -> bool {
        self.flags[i] & CueFlags::SAY != 0
    }
    /// A speech verb ([`LangTables::is_speech_verb`]).
    fn speech(&self, i: usize) -> bool {
        self.flags[i] & CueFlags::SPEECH != 0
    }
    /// A participle of saying ([`LangTables::is_speech_participle`]).
    fn participle(&self, i: usize) -> bool {
        self.flags[i] & CueFlags::PARTICIPLE != 0
    }
    /// A naming verb ([`LangTables::is_naming_verb`]).
    fn naming(&self, i: usize) -> bool {
        self.flags[i] & CueFlags::NAMING != 0
    }
    /// The first word of one of the `according to` phrases: only there can
    /// [`Ctx::phrase_is`] find one.
    fn opens_according(&self, i: usize) -> bool {
        self.flags[i] & CueFlags::OPENS_ACCORDING != 0
    }
    fn w(&self, i: usize) -> &str {
        &self.doc.tokens[i].lower
    }
    /// The word tables that hold token `i`.
    fn cls(&self, i: usize) -> WordClasses {
        self.doc.tokens[i].classes
    }
    fn is_punct(&self, i: usize, p: &str) -> bool {
        let tok = &self.doc.tokens[i];
        tok.kind == TokenKind::Punct && self.doc.slice(tok.span) == p
    }
    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens[i].is_word()
    }
    fn prev_word(&self, start: usize, i: usize) -> Option<usize> {
        (start..i).rev().find(|&k| self.is_word(k))
    }
    /// The first word at or after `i`, before `end`.
    fn next_word(&self, i: usize, end: usize) -> Option<usize> {
        (i..end).find(|&k| self.is_word(k))
    }
    /// A post-quote verb, bare or with the pronoun clitic.
    fn post_verb(&self, i: usize) -> Option<bool> {
        let f = self.flags[i];
        (f & CueFlags::POST != 0).then_some(f & CueFlags::POST_CLITIC != 0)
    }
    fn inside_marked(&self, pos: usize) -> Option<&Marked> {
        self.marked_index
            .first_holding(pos)
            .and_then(|k| self.marked.get(k))
    }
    fn span_of(&self, a: usize, b: usize) -> NormSpan {
        NormSpan::new(
            self.doc.tokens[a].span.start,
            self.doc.tokens[b - 1].span.end,
        )
    }
    /// The span of tokens `a..b` without trailing punctuation other than quote marks.
    fn content_span(&self, mut a: usize, mut b: usize) -> Option<NormSpan> {
        while a < b && self.doc.tokens[a].kind == TokenKind::Punct {
            a += 1;
        }
        while b > a
            && self.doc.tokens[b - 1].kind == TokenKind::Punct
            && !matches!(self.doc.slice(self.doc.tokens[b - 1].span), ")" | "]")
        {
            b -= 1;
        }
        let words = (a..b).filter(|&k| self.is_word(k)).count();
        // A naming frame, not a report: one object word and a quoted label
        // of one or two words (`menyebut dirinya “pejuang”`), three words
        // at most.
        if words > 3 {
            return Some(self.span_of(a, b));
        }
        let in_marks = (a..b)
            .filter(|&k| {
                self.is_word(k) && self.inside_marked(self.doc.tokens[k].span.start).is_some()
            })
            .count();
        let label_object = (a..b).any(|k| {
            self.is_word(k)
                && self.inside_marked(self.doc.tokens[k].span.start).is_none()
                && self.doc.tokens[k].classes.is_label_object()
        });
        if label_object && in_marks > 0 && in_marks <= 2 && words - in_marks == 1 {
            return None;
        }
        (words >= 2).then(|| self.span_of(a, b))
    }
    /// A reported-speech candidate: `partial` when it holds quoted words.
    fn reported(
        &self,
        span: NormSpan,
        who: Who,
        cue: usize,
        pos: usize,
        sentence: usize,
        indefinite: bool,
    ) -> Candidate {
        Candidate {
            kind: if self.has_marks(span) {
                QuoteKind::Partial
            } else {
                QuoteKind::Indirect
            },
            span,
            who,
            cue: Some(cue),
            pos,
            sentence,
            indefinite,
        }
    }
    fn has_marks(&self, span: NormSpan) -> bool {
        self.marked_index.any_overlapping(span, |_| true)
    }
    fn phrase_is(&self, i: usize, phrases: &[&str]) -> Option<usize> {
        let n = self.doc.tokens.len();
        let first = (i..n).find(|&k| self.is_word(k))?;
        let w0 = self.w(first);
        phrases.iter().find_map(|p| {
            // The phrase's first word must be the first word's: most
            // phrases stop here, before splitting.
            let rest = p.strip_prefix(w0)?;
            if !(rest.is_empty() || rest.starts_with(' ')) {
                return None;
            }
            let mut k = i;
            for w in p.split(' ') {
                while k < self.doc.tokens.len() && !self.is_word(k) {
                    k += 1;
                }
                if k >= self.doc.tokens.len() || self.w(k) != w {
                    return None;
                }
                k += 1;
            }
            Some(k)
        })
    }
}

/// Where reported content ends: at a clause break, a coordinated speech
/// verb, a participle or the end of the sentence.
fn content_end(c: &Ctx, start: usize, end: usize, relative: bool) -> usize {
    let mut k = start;
    while k < end {
        let pos = c.doc.tokens[k].span.start;
        if let Some(m) = c.inside_marked(pos) {
            // Skip the whole marked span.
            let m_end = m.outer.end;
            while k < end && c.doc.tokens[k].span.start < m_end {
                k += 1;
            }
            continue;
        }
        // The next word, looked for only after a comma or a coordinator.
        let next = || (k + 1..end).find(|&j| c.is_word(j));
        if c.is_punct(k, ",") || c.is_punct(k, ";") {
            if relative {
                return k;
            }
            if let Some(n) = next()
                && (c.cls(n).is_clause_break()
                    || c.participle(n)
                    || c.speech(n)
                    || c.say(n)
                    || c.post_verb(n).is_some())
            {
                return k;
            }
        }
        if c.is_word(k) {
            if k > start && c.participle(k) {
                return k;
            }
            if c.cls(k).is_coordinator()
                && let Some(n) = next()
                && (c.speech(n) || c.cls(n).is_complementizer() || c.say(n) || c.participle(n))
            {
                return if k > start && c.is_punct(k - 1, ",") {
                    k - 1
                } else {
                    k
                };
            }
        }
        k += 1;
    }
    end
}

/// Where the clause of the verb at `i` starts: after the last `, tetapi`
/// (a comma and a clause break or coordinator) before it.
fn clause_start(c: &Ctx, start: usize, i: usize) -> usize {
    let mut k = i;
    while k > start + 1 {
        k -= 1;
        if c.is_punct(k - 1, ",")
            && c.is_word(k)
            && (c.cls(k).is_clause_break() || c.cls(k).is_coordinator())
        {
            return k + 1;
        }
    }
    start
}

/// The first content token after the cue verb at `v`: skips time words, the
/// audience, brackets and a complementizer.
fn content_start(c: &Ctx, v: usize, end: usize) -> usize {
    let t = c.t;
    let skippable = |k: usize| {
        let tok = &c.doc.tokens[k];
        match tok.kind {
            TokenKind::Punct => true,
            TokenKind::QuoteMark => false,
            TokenKind::Number => true,
            TokenKind::Word => {
                let cls = tok.classes;
                cls.is_time_word()
                    || cls.is_audience_word()
                    || cls.is_adverbial_opener()
                    || tok.capitalized
                    || cls.is_discourse_adverb()
            }
        }
    };
    // A complementizer within reach, with only skippable words before it.
    let mut k = v + 1;
    while k < end && k <= v + 10 {
        if c.is_word(k) && c.cls(k).is_complementizer() {
            return k + 1;
        }
        // `described how …`: the question word belongs to the report.
        if c.is_word(k) && c.cls(k).is_wh_complementizer() {
            return k;
        }
        if !skippable(k) {
            break;
        }
        k += 1;
    }
    // Or after the audience and the circumstances (`told business leaders
    // in Singapore on Monday that …`, `mengatakan kepada para pemimpin bisnis
    // di Singapura pada hari Senin bahwa …`): no verb, mark or clause
    // break before it.
    let mut k = v + 1;
    while k < end && k <= v + 25 {
        let tok = &c.doc.tokens[k];
        if tok.kind == TokenKind::QuoteMark
            || (c.is_word(k) && (np::is_verbish(c.doc, t, k) || c.cls(k).is_clause_break()))
            || c.is_punct(k, ";")
            || c.is_punct(k, ":")
        {
            break;
        }
        if c.is_word(k) && c.cls(k).is_complementizer() {
            return k + 1;
        }
        k += 1;
    }
    let mut k = v + 1;
    while k < end {
        let tok = &c.doc.tokens[k];
        let skip = match tok.kind {
            TokenKind::Punct => true,
            TokenKind::Number => c.is_punct(k.saturating_sub(1), "("),
            TokenKind::Word => tok.classes.is_time_word() || tok.classes.is_audience_word(),
            TokenKind::QuoteMark => false,
        };
        if !skip {
            break;
        }
        k += 1;
    }
    k
}

fn anaphoric_previous(c: &Ctx, sentence: usize, start: usize) -> Option<NormSpan> {
    c.phrase_is(start, c.t.anaphoric_objects)?;
    let prev = sentence.checked_sub(1)?;
    let s = &c.doc.sentences[prev];
    c.content_span(s.tokens.start, s.tokens.end)
}

/// The words inside a pair of quote marks without a trailing comma, stop or
/// semicolon; `None` when nothing is left.
fn quoted_words(doc: &Document, inner: NormSpan) -> Option<NormSpan> {
    let trimmed = doc.slice(inner).trim_end_matches([',', '.', ';', ' ']);
    let span = NormSpan::new(inner.start, inner.start + trimmed.len());
    (!span.is_empty()).then_some(span)
}

/// Every candidate quote of the document, in text order.
pub fn find_candidates(doc: &Document) -> Vec<Candidate> {
    let marked = find_marked(doc);
    let t = doc.lang.tables();
    let c = Ctx {
        doc,
        t,
        flags: token_flags(doc),
        marked_index: SpanIndex::new(marked.iter().map(|m| m.outer)),
        marked,
    };
    let mut out: Vec<Candidate> = Vec::new();
    let mut nested: Vec<Candidate> = Vec::new();
    let mut frames: Vec<usize> = Vec::new();
    let mut direct_spans: Vec<NormSpan> = Vec::new();
    direct_quotes(&c, &mut out, &mut frames, &mut direct_spans);
    // Looked up by position below, once per token.
    frames.sort_unstable();
    let direct_index = SpanIndex::new(direct_spans.iter().copied());
    for (si, s) in doc.sentences.iter().enumerate() {
        let before = out.len();
        let inside_direct = |k: usize| {
            direct_index
                .first_holding(doc.tokens[k].span.start)
                .is_some()
        };
        if (s.tokens.clone()).any(|k| frames.binary_search(&k).is_ok() || inside_direct(k)) {
            // A sentence that holds a marked quote and its cue.
        } else if let Some(q) = final_report(&c, si, s.tokens.clone())
            .or_else(|| clitic_opening(&c, si, s.tokens.clone()))
        {
            out.push(q);
            continue;
        }
        speech_verbs(
            &c,
            si,
            s.tokens.clone(),
            &frames,
            &direct_index,
            &mut out,
            &mut nested,
        );
        let claimed: Vec<NormSpan> = out[before..].iter().map(|q| q.span).collect();
        mid_clause(
            &c,
            si,
            s.tokens.clone(),
            &frames,
            &direct_index,
            &claimed,
            &mut out,
        );
        according_to(&c, si, s.tokens.clone(), &direct_index, &mut out);
    }
    // One quote per span: a later frame never repeats an earlier one.
    out.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    let mut kept: Vec<Candidate> = Vec::with_capacity(out.len());
    // The largest end of a kept non-empty span. Kept spans come by start and
    // never nest, so a non-empty span nests with a kept one exactly when
    // this end reaches past it; an empty one is checked against them all.
    let mut kept_end: Option<usize> = None;
    for q in out {
        let nests = if q.span.is_empty() {
            kept.iter().any(|k| {
                k.span.overlaps(q.span) && (k.span.contains(q.span) || q.span.contains(k.span))
            })
        } else {
            kept_end.is_some_and(|end| end >= q.span.end)
        };
        if nests {
            continue;
        }
        // Reported content that runs into a marked quote going on past it
        // (`mengatakan: “… ¶ “…,” katanya`) is that quote's opening.
        if q.kind != QuoteKind::Direct
            && direct_index.any_overlapping(q.span, |d| direct_spans[d].end > q.span.end)
        {
            continue;
        }
        if !q.span.is_empty() {
            kept_end = Some(kept_end.map_or(q.span.end, |e| e.max(q.span.end)));
        }
        kept.push(q);
    }
    // Reports nested in a kept report, each once.
    for q in nested {
        let inside = kept
            .iter()
            .any(|k| k.span.contains(q.span) && k.span != q.span);
        if inside && !kept.iter().any(|k| k.span == q.span) {
            kept.push(q);
        }
    }
    kept.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    kept
}
