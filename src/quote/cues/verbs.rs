//! Speech verbs with a subject: `X mengatakan (bahwa) …`, `X said (that)
//! …`, in relative clauses, coordinated or as participles, and where the
//! content of a directive starts (`urged Iran to …`). Marked quotes and the
//! comma-set frames are in the sibling modules.

use std::ops::Range;

use super::{Candidate, Ctx, Who, anaphoric_previous, clause_start, content_end, content_start};
use crate::quote::np;
use crate::text::TokenKind;
use crate::text::spans::SpanIndex;

pub(super) fn speech_verbs(
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
            let pc = c.cls(p);
            if pc.is_negation() || pc.is_verb_blocker() || pw.ends_with("n't") {
                continue;
            }
            // `The report says …`: after an article a verb form is a noun.
            if p + 1 == i
                && t.determiner_position == crate::lang::DeterminerPosition::Before
                && pc.is_determiner()
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
        let cls = c.cls(i);
        let needs_clause = cls.is_object_verb()
            || (subjectless && !cls.is_say_verb())
            || !(cls.in_speech_verbs() || cls.in_speech_participles());
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
            || cls.is_say_verb()
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
                let cls = c.cls(k);
                cls.is_preposition() || cls.is_time_word() || cls.is_adverbial_opener()
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
                && (begins_with_complementizer || c.has_marks(span) || cls.is_say_verb())
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
            let cls = c.cls(k);
            if cls.is_directive_marker()
                || (cls.is_negation()
                    && k + 1 < end
                    && c.is_word(k + 1)
                    && c.cls(k + 1).is_directive_marker())
            {
                return (object_words > 0).then_some(k);
            }
            if np::is_verbish(c.doc, t, k) || cls.is_complementizer() {
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
