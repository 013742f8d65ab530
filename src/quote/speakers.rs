//! Speakers: the people and bodies of one article, their mentions in text
//! order, and the resolution of pronouns, clitics and descriptions to them.
//!
//! An [`Entity`] collects every name seen for it (`Putin`, `Vladimir
//! Putin`) and every role it was introduced with (`presiden rusia`); its
//! display name is the fullest name. A pronoun resolves to the most salient
//! earlier mention: walking back sentence by sentence, the subject of the
//! nearest sentence that mentions someone, else that sentence's last
//! mention; with none before, the first person named after it. A definite
//! description resolves to the latest entity whose role contains its words,
//! and otherwise like a pronoun. Nothing here reads quote marks or verbs.

use super::entity_index::{NameIndex, RoleIndex};
pub use super::mentions::{Mention, Mentions};
use crate::lang::LangTables;
use crate::text::NormSpan;

/// What kind of speaker an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    /// Named with a role or a first and last name.
    Person,
    /// A body: a government, a ministry, a family, a group.
    Institution,
    /// One bare name (`Beijing`, `Brahimi`): a person or a place.
    Unknown,
}

/// One speaker of the article.
#[derive(Debug, Clone)]
pub struct Entity {
    pub kind: EntityKind,
    /// Names as written, in order of appearance.
    pub names: Vec<String>,
    /// Role phrases, lowercase (`presiden rusia`, `pejabat amerika`).
    pub roles: Vec<String>,
    /// An unnamed speaker's description as the text writes it (`Para
    /// pejabat di Sierra Leone`).
    pub label: Option<String>,
    /// The [`name_tokens`] of each of `names`, in the same order: every
    /// look-up of a name compares them with the entity's.
    name_toks: Vec<Vec<String>>,
    /// Whether each of `names` is a coordination ([`is_coordination`]).
    coordinations: Vec<bool>,
}

impl Entity {
    /// The fullest name, or the first role when the entity has no name.
    pub fn display(&self) -> String {
        if let Some(best) = self
            .names
            .iter()
            .max_by_key(|n| (name_words(n).count(), n.chars().count()))
        {
            return best.clone();
        }
        self.label
            .clone()
            .or_else(|| self.roles.first().cloned())
            .unwrap_or_default()
    }

    /// The [`name_tokens`] of each of [`Entity::names`], in the same order.
    pub fn name_tokens(&self) -> &[Vec<String>] {
        &self.name_toks
    }
}

/// Lowercase name tokens, hyphens and apostrophes split.
pub fn name_tokens(name: &str) -> Vec<String> {
    name_words(name).map(str::to_lowercase).collect()
}

/// The words of a name as written, split as [`name_tokens`] splits them.
pub fn name_words(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| c.is_whitespace() || matches!(c, '-' | '\'' | '’' | ','))
        .filter(|w| !w.is_empty())
}

/// `name` without an English possessive ending (`Abe's`, `Reuters’`).
pub fn without_possessive(name: &str) -> &str {
    for end in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = name.strip_suffix(end)
            && !stem.is_empty()
        {
            return stem;
        }
    }
    match name.strip_suffix(['\'', '’']) {
        Some(stem) if stem.ends_with('s') => stem,
        _ => name,
    }
}

/// `a` names the same one as `b` when all of the shorter's tokens are in the longer.
fn names_agree(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.iter().all(|w| long.contains(w))
}

/// A full name that another full name of `e` ends but does not begin
/// names another person (`Prananda Surya Paloh` beside `Ketua Umum Surya
/// Paloh`), unless a title cut off the first name (`Menteri Keuangan Sri`
/// with `Mulyani Indrawati`): when the new name has a title, neither title
/// holds the other; when it has none, no title of `e` ends with the word
/// one name has before the other.
fn another_person(e: &Entity, name: &str, toks: &[String], role: Option<&str>) -> bool {
    // Full names of two words or more (`Mu’ti` is one).
    let full = |n: &str| n.split_whitespace().nth(1).is_some();
    if !full(name) || e.roles.is_empty() {
        return false;
    }
    let leading = e.names.iter().zip(&e.name_toks).find_map(|(n, have)| {
        if !full(n) || have.first() == toks.first() {
            return None;
        }
        // The word the longer name has before the shorter one.
        let (short, long) = if have.len() < toks.len() {
            (&have[..], toks)
        } else {
            (toks, &have[..])
        };
        let at = long.iter().position(|w| Some(w) == short.first())?;
        at.checked_sub(1).map(|i| long[i].as_str())
    });
    let Some(leading) = leading else {
        return false;
    };
    match role {
        Some(role) => {
            let new_role = words(role);
            let related = |r: &String| {
                let old = words(r);
                new_role.iter().all(|w| old.contains(w)) || old.iter().all(|w| new_role.contains(w))
            };
            !e.roles.iter().any(related)
        }
        None => !e.roles.iter().any(|r| words(r).last() == Some(&leading)),
    }
}

/// `Istu dan Imron`, `Russia and China`: a name that coordinates several.
fn is_coordination(toks: &[String]) -> bool {
    toks.iter().any(|w| {
        crate::lang::Lang::Id.tables().is_coordinator(w)
            || crate::lang::Lang::En.tables().is_coordinator(w)
    })
}

/// Words of a role, reduplication undone (`pejabat-pejabat` → `pejabat`).
fn words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(crate::quote::np::unreduplicated)
        .collect()
}

/// Whether a role with the words `have` is the title `want`: it holds every
/// word of `want`, and when `want` is a title (`presiden`, not a body such
/// as `BPPTKG`, whose head speaks for it), no other title stands right
/// before its words to make it another office (`wakil presiden`, `juru
/// bicara presiden`, `vice president`).
fn holds_title(have: &[&str], want: &[&str], t: &LangTables) -> bool {
    if !want.iter().all(|w| have.contains(w)) {
        return false;
    }
    if !want.iter().any(|w| t.is_role_noun(w)) {
        return true;
    }
    let first = have.iter().position(|w| want.contains(w)).unwrap_or(0);
    !first
        .checked_sub(1)
        .is_some_and(|i| !want.contains(&have[i]) && t.is_role_noun(have[i]))
}

/// How far [`Registry::by_role`] walks back through the mentions before it
/// looks up the latest mention of each fitting entity instead.
const ROLE_WALK_MENTIONS: usize = 64;

/// All entities and mentions of one article.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// Add entities, names and roles through the methods below, which keep
    /// the look-ups by name and role up to date.
    pub entities: Vec<Entity>,
    /// In text order (by position, then as recorded); add with [`Registry::mention`].
    pub mentions: Mentions,
    /// Entities by the words of their first name, for [`Registry::named`].
    names: NameIndex,
    /// Entities by the words of their roles, for [`Registry::by_role`].
    roles: RoleIndex,
}

impl Registry {
    /// The entity named `name`, added when new. Roles are attached to it. A
    /// person with one bare name and no role stays [`EntityKind::Unknown`]
    /// until a fuller mention confirms it.
    pub fn named(&mut self, name: &str, role: Option<&str>, kind: EntityKind) -> usize {
        self.named_at(name, role, kind, None)
    }

    /// [`Registry::named`] for a name read at `pos`. When a one-word name
    /// fits more than one known entity (`Budi` with `Budi Setiyadi` and
    /// `Budi Gunadi Sadikin` named), it is the one whose name it begins or
    /// ends (`Surya` is `Surya Paloh` rather than `Prananda Surya Paloh`),
    /// then the one mentioned last before `pos`, then the newest; a longer
    /// name joins the newest entity it fits.
    pub fn named_at(
        &mut self,
        name: &str,
        role: Option<&str>,
        kind: EntityKind,
        pos: Option<usize>,
    ) -> usize {
        // `Shinzo Abe's assurances`: the possessive is not part of the name.
        let name = without_possessive(name);
        let toks = name_tokens(name);
        let kind = if kind == EntityKind::Person && role.is_none() && toks.len() < 2 {
            EntityKind::Unknown
        } else {
            kind
        };
        // A body named after a person (`keluarga Abu Anas`) is not that person.
        let compatible = |e: &Entity| {
            !matches!(
                (e.kind, kind),
                (EntityKind::Person, EntityKind::Institution)
                    | (EntityKind::Institution, EntityKind::Person)
            )
        };
        // The name must agree with every name of the entity: `Enung` joins
        // `Enung Nurholis`, but `Rahmat Effendi` does not join an entity
        // that already holds `Enung Nurholis` through a shared word; only
        // entities whose first name shares a word with `name` can agree.
        // A coordination of several (`Istu dan Imron`) is joined by its own
        // name only: `Imron` alone is one of them, not the pair.
        let coordination = is_coordination(&toks);
        let found = self
            .names
            .candidates(&toks)
            .into_iter()
            .filter(|&id| {
                let e = &self.entities[id];
                compatible(e)
                    && !e.names.is_empty()
                    && e.name_toks
                        .iter()
                        .zip(&e.coordinations)
                        .all(|(have, &coordinated)| {
                            if coordination || coordinated {
                                *have == toks
                            } else {
                                names_agree(have, &toks)
                            }
                        })
                    && !another_person(e, name, &toks, role)
            })
            .max_by_key(|&id| {
                if toks.len() != 1 {
                    return (true, None, id);
                }
                let e = &self.entities[id];
                let at_edge = e
                    .name_toks
                    .iter()
                    .any(|have| have.first() == toks.first() || have.last() == toks.last());
                let latest = pos.and_then(|p| self.mentions.latest_before(id, p));
                (at_edge, latest, id)
            });
        let id = match found {
            Some(id) => id,
            None => {
                self.entities.push(Entity {
                    kind,
                    names: Vec::new(),
                    roles: Vec::new(),
                    label: None,
                    name_toks: Vec::new(),
                    coordinations: Vec::new(),
                });
                let id = self.entities.len() - 1;
                self.names.add(id, &toks);
                id
            }
        };
        let e = &mut self.entities[id];
        let full = e.name_toks.iter().any(|have| have.len() >= 2);
        if e.kind == EntityKind::Unknown
            && (kind != EntityKind::Unknown || (full && role.is_some()))
        {
            e.kind = kind;
        }
        if e.kind == EntityKind::Unknown && full && toks.len() < 2 && kind == EntityKind::Unknown {
            e.kind = EntityKind::Person;
        }
        if !e.names.iter().any(|n| n == name) {
            e.names.push(name.to_owned());
            e.name_toks.push(toks);
            e.coordinations.push(coordination);
        }
        if let Some(r) = role {
            self.add_role(id, r);
        }
        id
    }

    /// A new unnamed entity described by `role`.
    pub fn described(&mut self, role: &str, label: &str, kind: EntityKind) -> usize {
        self.entities.push(Entity {
            kind,
            names: Vec::new(),
            roles: Vec::new(),
            label: Some(label.to_owned()).filter(|l| !l.is_empty()),
            name_toks: Vec::new(),
            coordinations: Vec::new(),
        });
        let id = self.entities.len() - 1;
        self.add_role(id, role);
        id
    }

    /// Gives entity `id` the role `role`, unless it has it already.
    pub fn add_role(&mut self, id: usize, role: &str) {
        let e = &mut self.entities[id];
        if !e.roles.iter().any(|x| x == role) {
            e.roles.push(role.to_owned());
            self.roles.add(id, words(role));
        }
    }

    /// Records a mention, keeping mentions in text order.
    pub fn mention(&mut self, m: Mention) {
        self.mentions.insert(m);
    }

    /// The latest entity before `pos` whose own title is `role`: a role
    /// that contains every word of `role` and puts no other title right in
    /// front of them (a `wakil presiden`, a `juru bicara presiden` or a
    /// `Vice President` is not the `presiden`; a `menteri keuangan` is a
    /// `menteri`).
    pub fn by_role(&self, role: &str, pos: usize, t: &LangTables) -> Option<usize> {
        let want = words(role);
        let fits = |e: &Entity| e.roles.iter().any(|r| holds_title(&words(r), &want, t));
        // Which entities fit (only those with a role that has the rarest
        // of `want`'s words can); then the latest mention of one of them
        // before `pos`: walking back from `pos` when one is near, else
        // from each entity's own latest mention. With none, the newest.
        let fitting: Vec<usize> = self
            .roles
            .candidates(&want)
            .iter()
            .copied()
            .filter(|&e| fits(&self.entities[e]))
            .collect();
        let newest = *fitting.last()?;
        let mut walked = self.mentions.before(pos).take(ROLE_WALK_MENTIONS);
        if let Some(m) = walked.find(|m| fitting.binary_search(&m.entity).is_ok()) {
            return Some(m.entity);
        }
        fitting
            .iter()
            .filter_map(|&e| self.mentions.latest_before(e, pos).map(|at| (at, e)))
            .max()
            .map(|(_, e)| e)
            .or(Some(newest))
    }

    /// The most salient person before `pos`, ignoring mentions inside `skip`.
    pub fn salient(&self, pos: usize, sentence: usize, skip: NormSpan) -> Option<usize> {
        let usable = |m: &&Mention| {
            m.pos < pos
                && !(skip.start <= m.pos && m.pos < skip.end)
                && self.entities[m.entity].kind == EntityKind::Person
        };
        // The latest subject of the sentence itself; else, in the nearest
        // earlier sentence that has a usable mention, its latest subject
        // or its latest mention.
        if let Some(m) = self
            .mentions
            .in_sentence_before(sentence, pos)
            .find(|m| usable(m) && m.subject)
        {
            return Some(m.entity);
        }
        let mut earlier = self.mentions.before_sentence(sentence).filter(usable);
        if let Some(last) = earlier.next() {
            if last.subject {
                return Some(last.entity);
            }
            let s = last.sentence;
            // Within its own sentence a pronoun does not reach into
            // adverbials (`Sehari setelah dilantik oleh X, dia …`).
            let subject = earlier
                .take_while(|m| m.sentence == s)
                .find(|m| m.subject)
                .unwrap_or(last);
            return Some(subject.entity);
        }
        // Cataphora: the first person named after `pos`.
        self.mentions
            .from(pos)
            .find(|m| self.entities[m.entity].kind == EntityKind::Person)
            .map(|m| m.entity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fullest_name_and_roles() {
        let mut r = Registry::default();
        let a = r.named("Vladimir Putin", Some("presiden rusia"), EntityKind::Person);
        let b = r.named("Putin", None, EntityKind::Person);
        assert_eq!(a, b);
        assert_eq!(r.entities[a].display(), "Vladimir Putin");
        let li = r.named(
            "Li Shangfu",
            Some("menteri pertahanan china"),
            EntityKind::Person,
        );
        let shoigu = r.named(
            "Sergei Shoigu",
            Some("menteri pertahanan rusia"),
            EntityKind::Person,
        );
        r.mention(Mention {
            pos: 10,
            sentence: 0,
            entity: shoigu,
            subject: true,
        });
        r.mention(Mention {
            pos: 20,
            sentence: 1,
            entity: li,
            subject: false,
        });
        let t = crate::lang::Lang::Id.tables();
        assert_eq!(r.by_role("menteri pertahanan", 30, t), Some(li));
        assert_eq!(r.by_role("presiden rusia", 30, t), Some(a));
        assert_eq!(r.by_role("duta besar", 30, t), None);
        // A deputy's or a spokesman's title holds the title, but is not it.
        let deputy = r.named("Ma'ruf Amin", Some("wakil presiden"), EntityKind::Person);
        let spokesman = r.named(
            "Fadjroel Rachman",
            Some("juru bicara presiden"),
            EntityKind::Person,
        );
        for (pos, e) in [(40, deputy), (50, spokesman)] {
            r.mention(Mention {
                pos,
                sentence: 2,
                entity: e,
                subject: true,
            });
        }
        assert_eq!(r.by_role("presiden", 60, t), Some(a));
        assert_eq!(r.by_role("wakil presiden", 60, t), Some(deputy));
        assert_eq!(r.by_role("juru bicara", 60, t), Some(spokesman));
    }

    #[test]
    fn a_longer_full_name_is_another_person_unless_a_title_cut_its_first_name() {
        let mut r = Registry::default();
        let surya = r.named(
            "Surya Paloh",
            Some("ketua umum partai nasdem"),
            EntityKind::Person,
        );
        let prananda = r.named("Prananda Surya Paloh", None, EntityKind::Person);
        assert_ne!(surya, prananda);
        assert_eq!(r.named("Surya", None, EntityKind::Person), surya);
        // `Menteri Keuangan Sri Mulyani Indrawati` read as the title
        // `menteri keuangan sri` and the name `Mulyani Indrawati`.
        let cut = r.named(
            "Mulyani Indrawati",
            Some("menteri keuangan sri"),
            EntityKind::Person,
        );
        assert_eq!(
            r.named("Sri Mulyani Indrawati", None, EntityKind::Person),
            cut
        );
        // `Mu’ti` is one word: no full name.
        let muti = r.named("Abdul Mu’ti", Some("sekretaris umum"), EntityKind::Person);
        assert_eq!(r.named("Mu’ti", None, EntityKind::Person), muti);
    }

    #[test]
    fn salience_prefers_subjects_of_the_nearest_sentence() {
        let mut r = Registry::default();
        let a = r.named("Linda Thomas-Greenfield", None, EntityKind::Person);
        let b = r.named("Kamala Harris", None, EntityKind::Person);
        r.mention(Mention {
            pos: 5,
            sentence: 0,
            entity: a,
            subject: true,
        });
        r.mention(Mention {
            pos: 30,
            sentence: 1,
            entity: b,
            subject: false,
        });
        r.mention(Mention {
            pos: 40,
            sentence: 1,
            entity: a,
            subject: true,
        });
        assert_eq!(r.salient(50, 2, NormSpan::default()), Some(a));
        assert_eq!(r.salient(35, 2, NormSpan::default()), Some(b));
        assert_eq!(r.salient(1, 0, NormSpan::default()), Some(a));
    }
}
