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
        f
    }
}

/// Words remembered per thread and language before the memo starts over.
const FLAGS_MEMO_MAX: usize = 1 << 16;

thread_local! {
    /// The [`CueFlags`] of words already seen, per language: they depend
    /// only on the word, and news repeats its words article after article.
    static FLAGS_MEMO: std::cell::RefCell<[rustc_hash::FxHashMap<Box<str>, u8>; 2]> =
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
        doc.tokens
            .iter()
            .map(|tok| {
                if let Some(&f) = memo.get(tok.lower.as_str()) {
                    return f;
                }
                let f = CueFlags::of(t, &tok.lower);
                if memo.len() >= FLAGS_MEMO_MAX {
                    memo.clear();
                }
                memo.insert(tok.lower.as_str().into(), f);
                f
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
    let t = c.t;
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
        let next = (k + 1..end).find(|&j| c.is_word(j));
        if c.is_punct(k, ",") || c.is_punct(k, ";") {
            if relative {
                return k;
            }
            if let Some(n) = next {
                let nw = c.w(n);
                if t.is_clause_break(nw)
                    || c.participle(n)
                    || c.speech(n)
                    || c.say(n)
                    || c.post_verb(n).is_some()
                {
                    return k;
                }
            }
        }
        if c.is_word(k) {
            let w = c.w(k);
            if k > start && c.participle(k) {
                return k;
            }
            if t.is_coordinator(w)
                && let Some(n) = next
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
                let w = tok.lower.as_str();
                t.is_time_word(w)
                    || t.is_audience_word(w)
                    || t.is_adverbial_opener(w)
                    || tok.capitalized
                    || t.is_discourse_adverb(w)
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
            TokenKind::Word => {
                let w = tok.lower.as_str();
                t.is_time_word(w) || t.is_audience_word(w)
            }
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

fn direct_quotes(
    c: &Ctx,
    out: &mut Vec<Candidate>,
    frames: &mut Vec<usize>,
    direct: &mut Vec<NormSpan>,
) {
    let doc = c.doc;
    let t = c.t;
    for (mi, m) in c.marked.iter().enumerate() {
        let (Some(s0), Some(s1)) = (
            doc.sentence_at(m.outer.start),
            doc.sentence_at(m.outer.end.saturating_sub(1)),
        ) else {
            continue;
        };
        let first = doc.token_at_or_after(m.outer.start);
        let last = doc.token_at_or_after(m.outer.end);
        let sent_start = doc.sentences[s0].tokens.start;
        let next_mark = c.marked.get(mi + 1).map_or(usize::MAX, |n| n.outer.start);
        let mut after_end = doc.sentences[s1].tokens.end;
        while after_end > last && doc.tokens[after_end - 1].span.start >= next_mark {
            after_end -= 1;
        }
        let inner_words = doc.tokens_in(m.inner).filter(|&k| c.is_word(k)).count();
        let before_words: Vec<usize> = (sent_start..first).filter(|&k| c.is_word(k)).collect();
        let is_cue = |k: usize| c.post_verb(k).is_some() || c.speech(k) || c.say(k);
        // A cue set on the line below the quote, in lower case (`"…?"` /
        // `kata Aziz, Senin.`): the next sentence continues this one.
        if !(last..after_end).any(|k| c.is_word(k))
            && let Some(next) = doc.sentences.get(s1 + 1)
            && next.tokens.end <= doc.token_at_or_after(next_mark)
            && let Some(k) = next.tokens.clone().find(|&k| c.is_word(k))
            && !doc.tokens[k].capitalized
            && is_cue(k)
        {
            after_end = next.tokens.end;
        }
        let after_words: Vec<usize> = (last..after_end).filter(|&k| c.is_word(k)).collect();
        // A cue after the quote: within the first five words, or after a
        // longer subject that reaches it (`"…," the scientists including
        // David Relman, professor of microbiology at Stanford, said`).
        let post = after_words
            .iter()
            .take(5)
            .copied()
            .find(|&k| is_cue(k))
            .or_else(|| {
                after_words
                    .iter()
                    .take(14)
                    .copied()
                    .find(|&k| is_cue(k))
                    .filter(|&v| {
                        np::subject_from(doc, t, last, v).end == v
                            || (last..v).all(|k| !(c.is_word(k) && np::is_verbish(doc, t, k)))
                    })
            });
        let colon_before =
            first > sent_start && (c.is_punct(first - 1, ":") || c.is_punct(first - 1, ","));
        let pre = if colon_before {
            (sent_start..first)
                .rev()
                .find(|&k| c.is_word(k) && (c.speech(k) || c.say(k) || c.participle(k)))
        } else {
            None
        };
        let before_ok = before_words.is_empty()
            || (colon_before && (pre.is_some() || c.is_punct(first - 1, ":")));
        let after_ok = after_words.is_empty() || post.is_some();
        let enough =
            inner_words >= 3 || (inner_words >= 1 && post.is_some() && before_words.is_empty());
        if !(before_ok && after_ok && enough) {
            if let Some(q) = naming_partial(c, m, s0, sent_start, first)
                .or_else(|| written_words(c, m, s0, sent_start, first))
            {
                out.push(q);
            }
            continue;
        }
        let (who, cue, pos) = if let Some(v) = post.filter(|_| !after_words.is_empty()) {
            if c.post_verb(v) == Some(true) {
                (Who::Clitic, Some(v), doc.tokens[v].span.start)
            } else {
                let np_after = np::subject_from(doc, t, v + 1, after_end);
                // `said the president`, `kata Putin`; not `told reporters`.
                let names_speaker = np_after.clone().find(|&k| c.is_word(k)).is_some_and(|k| {
                    let tok = &doc.tokens[k];
                    !tok.classes.is_audience_word()
                        && (tok.capitalized
                            || tok.classes.is_determiner()
                            || tok.classes.is_pronoun()
                            || tok.classes.is_role_noun()
                            || t.determiner_position == crate::lang::DeterminerPosition::After)
                });
                let np_after = if !names_speaker
                    || np_after.is_empty()
                    || !(np_after.clone()).any(|k| c.is_word(k))
                {
                    None
                } else {
                    Some(np_after)
                };
                match np_after {
                    Some(r) => (
                        Who::Phrase(r.clone()),
                        Some(v),
                        doc.tokens[r.start].span.start,
                    ),
                    None => {
                        let r = np::subject_from(doc, t, last, v);
                        if r.clone().any(|k| c.is_word(k)) {
                            (
                                Who::Phrase(r.clone()),
                                Some(v),
                                doc.tokens[r.start].span.start,
                            )
                        } else {
                            (Who::Inherit, Some(v), doc.tokens[v].span.start)
                        }
                    }
                }
            }
        } else if !before_words.is_empty() {
            let start = np::skip_fronted(doc, t, sent_start..first);
            let end = pre.unwrap_or(first);
            let r = np::subject_from(doc, t, start, end);
            if r.clone().any(|k| c.is_word(k)) {
                (Who::Phrase(r.clone()), pre, doc.tokens[r.start].span.start)
            } else {
                (Who::Inherit, pre, m.outer.start)
            }
        } else {
            (Who::Inherit, None, m.outer.start)
        };
        if let Some(v) = cue {
            frames.push(v);
        }
        // The quoted words, without a trailing comma or full stop.
        let Some(span) = quoted_words(doc, m.inner) else {
            continue;
        };
        direct.push(m.outer);
        out.push(Candidate {
            kind: QuoteKind::Direct,
            span,
            who,
            cue,
            pos,
            sentence: s0,
            indefinite: false,
        });
    }
}

/// Words in marks written on a thing (`disambut dengan spanduk "Bawa
/// Pulang Celeng Liar"`, `a banner that read "…"`): a quote of the thing,
/// right before the marks or joined to them by a reading link.
fn written_words(
    c: &Ctx,
    m: &Marked,
    sentence: usize,
    sent_start: usize,
    first: usize,
) -> Option<Candidate> {
    let mut k = c.prev_word(sent_start, first)?;
    // Nothing but a colon between the thing and the marks.
    if (k + 1..first).any(|j| !c.is_punct(j, ":")) {
        return None;
    }
    let mut links = 0;
    while c.cls(k).is_reading_link() && links < 2 {
        links += 1;
        k = c.prev_word(sent_start, k)?;
    }
    if !c.cls(k).is_writing_noun() {
        return None;
    }
    let span = quoted_words(c.doc, m.inner)?;
    Some(Candidate {
        kind: QuoteKind::Direct,
        span,
        who: Who::Phrase(k..k + 1),
        cue: None,
        pos: c.doc.tokens[k].span.start,
        sentence,
        indefinite: false,
    })
}

/// Words in marks that a naming verb attributes (`apa yang disebutnya
/// "proteksionisme terselubung"`, `yang disebut Guinness sebagai "paling
/// berbentuk kerucut"`, `what he called "protectionism in disguise"`): a
/// partial quote of the one who names, the agent after a passive or the
/// speaker the clitic or pronoun points to.
fn naming_partial(
    c: &Ctx,
    m: &Marked,
    sentence: usize,
    sent_start: usize,
    first: usize,
) -> Option<Candidate> {
    let doc = c.doc;
    let t = c.t;
    let words: Vec<usize> = (sent_start..first).filter(|&k| c.is_word(k)).collect();
    let near = &words[words.len().saturating_sub(5)..];
    let v = near.iter().rev().copied().find(|&k| {
        let w = c.w(k);
        c.naming(k)
            || t.strip_pronoun_clitic(w)
                .is_some_and(|stem| t.is_naming_verb(stem))
    })?;
    let w = c.w(v);
    let clitic = t
        .strip_pronoun_clitic(w)
        .is_some_and(|stem| t.is_naming_verb(stem));
    // The namer: after a passive (`disebut Guinness sebagai`), before an
    // active verb (`what he called`), or the clitic's referent.
    let after: Vec<usize> = (v + 1..first)
        .filter(|&k| c.is_word(k) && !c.cls(k).is_naming_link())
        .collect();
    let who = if clitic {
        Who::Clitic
    } else if let (Some(&a), Some(&b)) = (after.first(), after.last())
        && doc.tokens[a].capitalized
    {
        Who::Phrase(a..b + 1)
    } else {
        let p = c.prev_word(sent_start, v)?;
        if c.cls(p).is_pronoun() {
            Who::Phrase(p..p + 1)
        } else {
            return None;
        }
    };
    let span = quoted_words(doc, m.inner)?;
    Some(Candidate {
        kind: QuoteKind::Partial,
        span,
        who,
        cue: Some(v),
        pos: doc.tokens[v].span.start,
        sentence,
        indefinite: false,
    })
}

fn speech_verbs(
    c: &Ctx,
    si: usize,
    toks: Range<usize>,
    frames: &[usize],
    direct: &SpanIndex,
    out: &mut Vec<Candidate>,
    nested: &mut Vec<Candidate>,
) {
    let doc = c.doc;
    let t = c.t;
    let mut last_subject: Option<Who> = None;
    let mut claimed_until = toks.start;
    // The end of the last report: a speech verb before it is inside that
    // report (`Kargbo said authorities told people not to …`).
    let mut report_until = toks.start;
    for i in toks.clone() {
        if !c.is_word(i) || i < claimed_until {
            continue;
        }
        let inside_report = i < report_until;
        let w = c.w(i);
        let participle = c.participle(i);
        // `menggambarkan kebocoran itu sebagai …`, `described the leaks as …`,
        // `accused X of …`: the object and its naming are the report.
        let naming = c.naming(i)
            && !w.starts_with("di")
            && (i + 1..toks.end.min(i + 12))
                .take_while(|&k| {
                    c.doc.tokens[k].kind != TokenKind::QuoteMark
                        && !(c.is_word(k) && np::is_verbish(doc, t, k))
                })
                .any(|k| c.is_word(k) && c.cls(k).is_naming_link());
        if !(c.speech(i) || c.say(i) || participle || naming) || frames.binary_search(&i).is_ok() {
            continue;
        }
        // Capitalized after a capitalized word, it is part of a name
        // (`United States`, `Kabar Berita`), not a verb.
        if doc.tokens[i].capitalized
            && i > toks.start
            && doc.tokens[i - 1].capitalized
            && doc.tokens[i - 1].is_word()
        {
            continue;
        }
        let pos = doc.tokens[i].span.start;
        if direct.first_holding(pos).is_some() {
            continue;
        }
        let prev = c.prev_word(toks.start, i);
        if let Some(p) = prev {
            let pw = c.w(p);
            if t.is_negation(pw) || t.is_verb_blocker(pw) || pw.ends_with("n't") {
                continue;
            }
            // `The report says …`: after an article a verb form is a noun.
            if p + 1 == i
                && t.determiner_position == crate::lang::DeterminerPosition::Before
                && t.is_determiner(pw)
            {
                continue;
            }
        }
        // `X, in a written statement, confirmed …`: a comma that closes a
        // prepositional aside still has the subject before the aside.
        let closes_aside = || {
            let open = (toks.start..i - 1).rev().find(|&k| c.is_punct(k, ","));
            open.is_some_and(|o| {
                o > toks.start
                    && (o + 1..i - 1).find(|&k| c.is_word(k)).is_some_and(|k| {
                        c.cls(k).is_preposition() || c.cls(k).is_adverbial_opener()
                    })
            })
        };
        let after_comma = i > toks.start && c.is_punct(i - 1, ",") && !closes_aside();
        let coordinated = prev.is_some_and(|p| c.cls(p).is_coordinator() && p + 1 == i);
        let relative = prev.filter(|&p| p + 1 == i && c.cls(p).is_relativizer());
        let sentence_initial = prev.is_none();
        // `Asked about the deal, …`, `Speaking in Geneva, …`: a fronted
        // participle clause, not a report.
        if sentence_initial
            && doc.tokens[i].capitalized
            && (i + 1..toks.end)
                .find(|&k| c.is_word(k))
                .is_some_and(|k| c.cls(k).is_preposition())
        {
            continue;
        }
        let directive = directive_start(c, i, toks.end).or(naming.then_some(i + 1));
        let start = directive.unwrap_or_else(|| content_start(c, i, toks.end));
        if start >= toks.end {
            continue;
        }
        // `mengatakan pada pertemuan dengan …, …`: a circumstance before the
        // report is not the report; without a comma after it there is none.
        let start = if directive.is_none()
            && c.is_word(start)
            && (c.cls(start).is_preposition() || c.cls(start).is_adverbial_opener())
        {
            // `said on Tuesday the …`, `in Geneva`: a preposition and names,
            // dates or time words, then the report.
            let mut k = start + 1;
            while k < toks.end
                && (c.doc.tokens[k].kind == TokenKind::Number
                    || (c.is_word(k) && c.doc.tokens[k].capitalized))
            {
                k += 1;
            }
            let comma = (start..toks.end.min(start + 14))
                .take_while(|&j| !(c.is_word(j) && np::is_verbish(doc, t, j)))
                .find(|&j| c.is_punct(j, ","));
            if k > start + 1 && k < toks.end && c.is_word(k) && !c.doc.tokens[k].capitalized {
                k
            } else {
                match comma {
                    Some(j) if j + 1 < toks.end => j + 1,
                    _ => continue,
                }
            }
        } else {
            start
        };
        // `said: “…”`: the content is a marked quote, which the direct frame reports.
        if doc.tokens[start].kind == TokenKind::QuoteMark
            && direct.first_holding(doc.tokens[start].span.start).is_some()
        {
            continue;
        }
        // `telling French Open reporters: “…”`: an audience, a colon, then
        // the marked quote, which the direct frame reports.
        let mark = (start..toks.end).find(|&k| doc.tokens[k].kind == TokenKind::QuoteMark);
        if let Some(m) = mark
            && m > start
            && c.is_punct(m - 1, ":")
            && (start..m - 1).all(|k| !(c.is_word(k) && np::is_verbish(doc, t, k)))
            && direct.first_holding(doc.tokens[m].span.start).is_some()
        {
            continue;
        }
        let end = content_end(c, start, toks.end, relative.is_some());
        let Some(mut span) = c.content_span(start, end) else {
            continue;
        };
        if let Some(prev_sentence) = anaphoric_previous(c, si, start) {
            span = prev_sentence;
        }
        let subjectless = participle || coordinated || (after_comma && relative.is_none());
        // `bahwa`/`that`, or a comma or colon right after the verb
        // (`X menilai, …`), opens the reported clause.
        // A clause without its subject (`mengumumkan akan mengambil alih …`,
        // `mengatakan tidak akan menghentikan …`) is one too.
        let opens_with_auxiliary = start == i + 1
            && c.is_word(start)
            && (c.cls(start).is_auxiliary() || c.cls(start).is_negation());
        let begins_with_complementizer = directive.is_some()
            || naming
            || opens_with_auxiliary
            || (c.is_word(start) && c.cls(start).is_wh_complementizer())
            || (i + 1..start).any(|k| c.is_word(k) && c.cls(k).is_complementizer())
            || (i + 1 < toks.end && (c.is_punct(i + 1, ",") || c.is_punct(i + 1, ":")));
        // A verb known only by its root (`menekan`, `described`) reports
        // speech only with a clause of its own.
        let needs_clause = t.is_object_verb(w)
            || (subjectless && !t.is_say_verb(w))
            || !(t.in_speech_verbs(w) || t.in_speech_participles(w));
        // `menyebutkan Iran mulai memasang …`: a short subject, then its
        // verb, is a clause even without `bahwa` (not `menyebutkan nama
        // korban yang …`, whose verb is in a relative clause).
        let subject_then_verb = t.determiner_position == crate::lang::DeterminerPosition::After
            && !subjectless
            && (start..toks.end)
                .filter(|&k| c.is_word(k))
                .take(4)
                .take_while(|&k| !c.cls(k).is_relativizer())
                .skip(1)
                .any(|k| np::is_verbish(doc, t, k));
        if needs_clause && !c.has_marks(span) && !begins_with_complementizer && !subject_then_verb {
            continue;
        }
        // English reports a clause: without `that` or marks, the content of
        // a verb other than `say`/`tell`/`add` needs a verb of its own
        // (`confirmed the ambassador on Tuesday` reports nothing).
        let clause_of_its_own = t.determiner_position == crate::lang::DeterminerPosition::After
            || t.is_say_verb(w)
            || begins_with_complementizer
            || c.has_marks(span)
            || doc
                .tokens_in(span)
                .any(|k| c.is_word(k) && (np::is_verbish(doc, t, k) || c.cls(k).is_auxiliary()));
        if !clause_of_its_own {
            continue;
        }
        // A report inside another has its subject inside the other's content
        // (`X mengatakan pihak berwenang telah memberitahu warga agar …`).
        let clause = if inside_report {
            clause_start(c, toks.start, i).max(claimed_until)
        } else {
            clause_start(c, toks.start, i)
        };
        // The subject phrase before the verb, and whether it is indefinite.
        let subject = || {
            let mut r = np::subject_from(doc, t, np::skip_fronted(doc, t, clause..i), i);
            // A phrase that does not reach the verb, or opens with a
            // preposition or a time word (`On Tuesday Biden said`), is not
            // the subject: read it back from the verb instead.
            let opens_badly = r.clone().find(|&k| c.is_word(k)).is_some_and(|k| {
                let w = c.w(k);
                t.is_preposition(w) || t.is_time_word(w) || t.is_adverbial_opener(w)
            });
            // `Theodorus Kossay di Jayapura mengatakan`: where the subject
            // spoke, between it and the verb, is not the subject.
            let before_adjunct = !opens_badly && np::ends_before_adjunct(doc, t, r.clone(), i);
            if (r.end < i || opens_badly) && !before_adjunct {
                let back = np::subject_before(doc, t, clause, i);
                // `Seorang pejabat …, yang dihantam topan Haiyan, mengatakan`,
                // `the only boy who speaks English said`: the words before
                // the verb end a relative clause on the subject, not the
                // subject itself.
                // `Direktur Utama ID Food, yang merupakan induk BUMN pangan,
                // Frans Tambunan menambahkan`: a name after the comma that
                // closes the relative clause is the subject in apposition.
                let named_after_clause = back.start > r.end
                    && c.is_punct(back.start - 1, ",")
                    && doc.tokens[back.start].capitalized;
                let relative_clause = !opens_badly
                    && !named_after_clause
                    && r.clone().any(|k| c.is_word(k))
                    && (r.end..back.start).any(|k| c.is_word(k) && c.cls(k).is_relativizer());
                if back.clone().any(|k| c.is_word(k)) && !relative_clause {
                    r = back;
                }
            }
            let indef = r
                .clone()
                .find(|&k| c.is_word(k))
                .is_some_and(|k| c.cls(k).is_indefinite());
            (Who::Phrase(r), indef)
        };
        let (who, indefinite) = if let Some(r) = relative {
            (Who::Phrase(np::head_before(doc, t, toks.start, r)), false)
        } else if sentence_initial {
            (Who::Inherit, false)
        } else if subjectless {
            match &last_subject {
                Some(w) => (w.clone(), false),
                None => subject(),
            }
        } else {
            subject()
        };
        let who = match who {
            Who::Phrase(r) if !r.clone().any(|k| c.is_word(k)) => Who::Inherit,
            other => other,
        };
        if matches!(who, Who::Phrase(_)) {
            last_subject = Some(who.clone());
        }
        let who_pos = match &who {
            Who::Phrase(r) => doc.tokens[r.start].span.start,
            _ => pos,
        };
        if inside_report {
            // Only a report with its own named subject and clause nests: not
            // one whose subject is a pronoun for the reporting speaker (`X
            // mengatakan dia hanya dapat mengatakan "halo"`), nor one whose
            // object is a noun with a relative clause (`IAEA mengutip
            // "negara-negara anggota" yang memberi …`).
            let pronoun_subject = matches!(&who, Who::Phrase(r)
                if np::words_of(doc, r.clone()).len() == 1
                    && np::words_of(doc, r.clone()).iter().all(|&k| c.cls(k).is_pronoun()));
            let object_with_relative = !begins_with_complementizer
                && (start..toks.end)
                    .filter(|&k| c.is_word(k))
                    .take(5)
                    .take_while(|&k| !np::is_verbish(doc, t, k))
                    .any(|k| c.cls(k).is_relativizer());
            if matches!(who, Who::Phrase(_))
                && !subjectless
                && relative.is_none()
                && !pronoun_subject
                && !object_with_relative
                && (begins_with_complementizer || c.has_marks(span) || t.is_say_verb(w))
            {
                nested.push(c.reported(span, who, i, who_pos, si, indefinite));
            }
            continue;
        }
        claimed_until = start;
        report_until = end;
        out.push(c.reported(span, who.clone(), i, who_pos, si, indefinite));
        // `… X, and that Y`: a second report of the same speaker and verb.
        let mut k = end;
        while k < toks.end {
            let mut j = k;
            if c.is_punct(j, ",") {
                j += 1;
            }
            let joined = j + 1 < toks.end
                && c.is_word(j)
                && c.cls(j).is_coordinator()
                && c.is_word(j + 1)
                && c.cls(j + 1).is_complementizer();
            if !joined {
                break;
            }
            let start2 = j + 2;
            let end2 = content_end(c, start2, toks.end, false);
            let Some(span2) = c.content_span(start2, end2) else {
                break;
            };
            out.push(c.reported(span2, who.clone(), i, who_pos, si, indefinite));
            report_until = end2;
            k = end2;
        }
    }
}

/// Where the content of a directive starts (`told people not to …`,
/// `urged Iran to …`, `meminta warga untuk …`, `memberitahu warga agar …`):
/// at the infinitive or purpose marker after a short object, the marker
/// included, as translations keep it.
fn directive_start(c: &Ctx, v: usize, end: usize) -> Option<usize> {
    let t = c.t;
    if !t.is_directive_verb(c.w(v)) {
        return None;
    }
    let mut k = v + 1;
    let mut object_words = 0;
    while k < end && k <= v + 8 {
        if c.is_word(k) {
            let w = c.w(k);
            if t.is_directive_marker(w)
                || (t.is_negation(w)
                    && k + 1 < end
                    && c.is_word(k + 1)
                    && c.cls(k + 1).is_directive_marker())
            {
                return (object_words > 0).then_some(k);
            }
            if np::is_verbish(c.doc, t, k) || t.is_complementizer(w) {
                return None;
            }
            object_words += 1;
        } else if c.doc.tokens[k].kind == TokenKind::QuoteMark {
            return None;
        }
        k += 1;
    }
    None
}

/// A reporting clause after its report, set off by a comma:
/// `…, said Teresito Bacolcol, the country's chief volcanologist.`,
/// `…, a group of leading scientists said.`, `…, kata Budi kepada wartawan.`
fn final_report(c: &Ctx, si: usize, toks: Range<usize>) -> Option<Candidate> {
    let doc = c.doc;
    let t = c.t;
    let words: Vec<usize> = toks.clone().filter(|&k| c.is_word(k)).collect();
    if words.len() < 6 {
        return None;
    }
    // The last comma that is followed by a cue within eight words.
    let commas: Vec<usize> = toks.clone().filter(|&k| c.is_punct(k, ",")).collect();
    for &comma in commas.iter().rev() {
        let after: Vec<usize> = (comma + 1..toks.end).filter(|&k| c.is_word(k)).collect();
        let Some(vi) = after.iter().take(8).position(|&k| {
            c.say(k) || c.post_verb(k).is_some() || (c.speech(k) && !c.doc.tokens[k].capitalized)
        }) else {
            continue;
        };
        let v = after[vi];
        let before: Vec<usize> = (toks.start..comma).filter(|&k| c.is_word(k)).collect();
        if before.len() < 4 {
            return None;
        }
        let clitic = c.post_verb(v) == Some(true);
        // `Menteri X mengatakan …, katanya pada Senin`: the clitic repeats
        // the frame the sentence opens with, whose subject is the speaker.
        if clitic
            && vi == 0
            && before
                .iter()
                .skip(1)
                .any(|&k| c.say(k) && !doc.tokens[k].capitalized)
        {
            break;
        }
        // Who: the phrase after the verb (`said X`) or before it (`X said`).
        let who = if clitic && vi == 0 {
            Who::Clitic
        } else if vi == 0 {
            let r = np::subject_from(doc, t, v + 1, toks.end);
            if !r.clone().any(|k| c.is_word(k)) {
                return None;
            }
            // Nothing but the speaker and a short tail may follow, and no verb.
            let rest = (r.end..toks.end).filter(|&k| c.is_word(k)).count();
            if rest > 6 || (r.end..toks.end).any(|k| np::is_verbish(doc, t, k)) {
                return None;
            }
            Who::Phrase(r)
        } else {
            let mut r = np::subject_from(doc, t, comma + 1, v);
            // `a spokesman for the group's armed wing said`: a short
            // prepositional phrase on the subject reaches the verb.
            if r.end < v
                && (r.start..v).any(|k| c.is_word(k) && c.cls(k).is_preposition())
                && (r.end..v).filter(|&k| c.is_word(k)).count() <= 5
                && (r.end..v).all(|k| {
                    if c.is_word(k) {
                        !c.cls(k).is_auxiliary() && !c.cls(k).is_complementizer()
                    } else {
                        !c.is_punct(k, ",")
                    }
                })
            {
                r.end = v;
            }
            if r.end != v || !r.clone().any(|k| c.is_word(k)) {
                return None;
            }
            let first = r.clone().find(|&k| c.is_word(k))?;
            let fw = c.w(first);
            let speaker_like = (doc.tokens[first].capitalized
                && !t.is_preposition(fw)
                && !t.is_adverbial_opener(fw))
                || t.is_determiner(fw)
                || t.is_indefinite(fw)
                || t.is_pronoun(fw)
                || t.is_role_noun(np::unreduplicated(fw));
            // `…, a spokesman said Sunday, blaming …`: a participle clause
            // after a comma adds to the report, it does not continue it.
            let tail_end = (v + 1..toks.end)
                .find(|&k| {
                    c.is_punct(k, ",")
                        && c.next_word(k + 1, toks.end).is_some_and(|n| {
                            let w = c.w(n);
                            t.is_speech_participle(w) || t.has_participle_ending(w)
                        })
                })
                .unwrap_or(toks.end);
            let rest = (v + 1..tail_end).filter(|&k| c.is_word(k)).count();
            let clause_follows = (v + 1..tail_end).any(|k| {
                c.is_word(k) && (c.cls(k).is_complementizer() || np::is_verbish(doc, t, k))
            });
            if !speaker_like || rest > 3 || clause_follows {
                return None;
            }
            Who::Phrase(r)
        };
        // The report itself is a clause, not a fronted phrase (`Speaking in
        // Geneva on Friday, Harris said …`).
        let fw = c.w(before[0]);
        if t.is_preposition(fw)
            || t.is_adverbial_opener(fw)
            || t.is_speech_participle(fw)
            || fw.ends_with("ing")
        {
            return None;
        }
        let span = c.content_span(toks.start, comma)?;
        if c.has_marks(span) {
            return None;
        }
        let pos = match &who {
            Who::Phrase(r) => doc.tokens[r.start].span.start,
            _ => doc.tokens[v].span.start,
        };
        return Some(c.reported(span, who, v, pos, si, false));
    }
    None
}

/// A cue with the pronoun clitic opening the sentence, the report after it:
/// `Dan katanya kekerasan itu berakar dari terorisme.`
fn clitic_opening(c: &Ctx, si: usize, toks: Range<usize>) -> Option<Candidate> {
    let mut words = toks.clone().filter(|&k| c.is_word(k));
    let mut first = words.next()?;
    if c.cls(first).is_coordinator() {
        first = words.next()?;
    }
    if c.post_verb(first) != Some(true) {
        return None;
    }
    let span = c.content_span(first + 1, toks.end)?;
    if (first + 1..toks.end).filter(|&k| c.is_word(k)).count() < 3 || c.has_marks(span) {
        return None;
    }
    let pos = c.doc.tokens[first].span.start;
    Some(c.reported(span, Who::Clitic, first, pos, si, false))
}

fn mid_clause(
    c: &Ctx,
    si: usize,
    toks: Range<usize>,
    frames: &[usize],
    direct: &SpanIndex,
    claimed: &[NormSpan],
    out: &mut Vec<Candidate>,
) {
    let doc = c.doc;
    if !claimed.is_empty() {
        return;
    }
    for i in toks.clone() {
        if !c.is_word(i) || frames.binary_search(&i).is_ok() {
            continue;
        }
        let pos = doc.tokens[i].span.start;
        if direct.first_holding(pos).is_some()
            || claimed.iter().any(|d| d.start <= pos && pos < d.end)
        {
            continue;
        }
        let Some(clitic) = c.post_verb(i) else {
            continue;
        };
        // The comma that opens the cue: right before the verb, or before a
        // short speaker phrase (`, he added`, `," Chancellor Olaf Scholz
        // has said`), quote marks aside.
        let Some(comma) = (toks.start..i)
            .rev()
            .filter(|&k| {
                doc.tokens[k].kind != TokenKind::QuoteMark
                    && !(c.is_word(k) && c.cls(k).is_auxiliary())
            })
            .take(5)
            .find(|&k| c.is_punct(k, ","))
        else {
            continue;
        };
        let mut before_start = comma + 1;
        while before_start < i && doc.tokens[before_start].kind == TokenKind::QuoteMark {
            before_start += 1;
        }
        // `X has said`: the auxiliary is not part of the speaker.
        let mut before_end = i;
        while before_end > before_start
            && c.is_word(before_end - 1)
            && c.cls(before_end - 1).is_auxiliary()
        {
            before_end -= 1;
        }
        let phrase_before = before_start..before_end;
        let mut k = i + 1;
        while k < toks.end && c.is_word(k) {
            k += 1;
        }
        let phrase_after = i + 1..k;
        // `said at a meeting with …`, `said on Monday`: a circumstance after
        // the verb, not its speaker.
        let circumstance = phrase_after.clone().next().is_some_and(|j| {
            let w = c.w(j);
            c.t.is_preposition(w) || c.t.is_time_word(w)
        }) && phrase_after.len() <= 12
            && !phrase_after.clone().any(|j| np::is_verbish(doc, c.t, j));
        let closes = k >= toks.end || c.is_punct(k, ",") || c.is_punct(k, ".");
        let short = (phrase_after.len() <= 4 || circumstance) && phrase_before.len() <= 4;
        let coordinated = i > 0 && c.cls(i - 1).is_coordinator();
        if !closes || !short || coordinated || comma == toks.start {
            continue;
        }
        let who = if clitic {
            Who::Clitic
        } else if circumstance {
            if phrase_before.clone().any(|j| c.is_word(j)) {
                Who::Phrase(phrase_before)
            } else {
                Who::Inherit
            }
        } else if phrase_after.clone().any(|j| c.is_word(j)) {
            Who::Phrase(phrase_after)
        } else if phrase_before.clone().any(|j| c.is_word(j)) {
            Who::Phrase(phrase_before)
        } else {
            Who::Inherit
        };
        let final_cue = k >= toks.end || (k + 1 >= toks.end && c.is_punct(k, "."));
        let span = if final_cue {
            c.content_span(toks.start, comma)
        } else {
            c.content_span(toks.start, toks.end)
        };
        let Some(span) = span else {
            continue;
        };
        out.push(c.reported(span, who, i, pos, si, false));
        return;
    }
}

fn according_to(
    c: &Ctx,
    si: usize,
    toks: Range<usize>,
    direct: &SpanIndex,
    out: &mut Vec<Candidate>,
) {
    let doc = c.doc;
    let t = c.t;
    for i in toks.clone() {
        if !c.is_word(i) {
            continue;
        }
        let Some(after) = c.phrase_is(i, t.according_to) else {
            continue;
        };
        let pos = doc.tokens[i].span.start;
        if direct.first_holding(pos).is_some() {
            continue;
        }
        let fronted = np::skip_fronted(doc, t, toks.start..i);
        let comma_after = (after..toks.end).find(|&k| c.is_punct(k, ","));
        let (speaker, span) = if (fronted..i).all(|k| !c.is_word(k)) {
            let Some(comma) = comma_after else { continue };
            (after..comma, c.content_span(comma + 1, toks.end))
        } else if i > toks.start && c.is_punct(i - 1, ",") {
            (
                after..comma_after.unwrap_or(toks.end),
                c.content_span(toks.start, i - 1),
            )
        } else {
            continue;
        };
        let Some(span) = span else { continue };
        // The speaker must look like one: a name, a pronoun, a role or an institution.
        let Some(first) = speaker.clone().find(|&k| c.is_word(k)) else {
            continue;
        };
        let fw = c.w(first);
        let plausible = doc.tokens[first].capitalized
            || t.is_pronoun(fw)
            || t.is_role_noun(fw)
            || t.is_institution_noun(fw)
            || t.is_determiner(fw);
        if !plausible || t.is_nonspeaker_noun(fw) {
            continue;
        }
        out.push(c.reported(span, Who::Phrase(speaker), i, pos, si, false));
    }
}
