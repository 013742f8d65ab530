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
}

impl Entity {
    /// The fullest name, or the first role when the entity has no name.
    pub fn display(&self) -> String {
        if let Some(best) = self
            .names
            .iter()
            .max_by_key(|n| (name_tokens(n).len(), n.chars().count()))
        {
            return best.clone();
        }
        self.label
            .clone()
            .or_else(|| self.roles.first().cloned())
            .unwrap_or_default()
    }
}

/// One mention of an entity.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub pos: usize,
    pub sentence: usize,
    pub entity: usize,
    pub subject: bool,
}

/// Lowercase name tokens, hyphens and apostrophes split.
pub fn name_tokens(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || matches!(c, '-' | '\'' | '’' | ','))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `a` names the same one as `b` when all of the shorter's tokens are in the longer.
fn names_agree(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.iter().all(|w| long.contains(w))
}

/// Words of a role, reduplication undone (`pejabat-pejabat` → `pejabat`).
fn words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(crate::quote::np::unreduplicated)
        .collect()
}

/// All entities and mentions of one article.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub entities: Vec<Entity>,
    /// In text order (by position, then as recorded); add with [`Registry::mention`].
    pub mentions: Vec<Mention>,
    /// The same mentions by (sentence, position, order recorded), so that
    /// [`Registry::salient`] reads the sentences before a position without
    /// scanning the article.
    by_sentence: std::collections::BTreeMap<(usize, usize, usize), Mention>,
}

impl Registry {
    /// The entity named `name`, added when new. Roles are attached to it. A
    /// person with one bare name and no role stays [`EntityKind::Unknown`]
    /// until a fuller mention confirms it.
    pub fn named(&mut self, name: &str, role: Option<&str>, kind: EntityKind) -> usize {
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
        // that already holds `Enung Nurholis` through a shared word.
        let found = self.entities.iter().rposition(|e| {
            compatible(e)
                && !e.names.is_empty()
                && e.names.iter().all(|n| names_agree(&name_tokens(n), &toks))
        });
        let id = match found {
            Some(id) => id,
            None => {
                self.entities.push(Entity {
                    kind,
                    names: Vec::new(),
                    roles: Vec::new(),
                    label: None,
                });
                self.entities.len() - 1
            }
        };
        let e = &mut self.entities[id];
        let full = e.names.iter().any(|n| name_tokens(n).len() >= 2);
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
        }
        if let Some(r) = role
            && !e.roles.iter().any(|x| x == r)
        {
            e.roles.push(r.to_owned());
        }
        id
    }

    /// A new unnamed entity described by `role`.
    pub fn described(&mut self, role: &str, label: &str, kind: EntityKind) -> usize {
        self.entities.push(Entity {
            kind,
            names: Vec::new(),
            roles: vec![role.to_owned()],
            label: Some(label.to_owned()).filter(|l| !l.is_empty()),
        });
        self.entities.len() - 1
    }

    /// Records a mention, keeping mentions in text order.
    pub fn mention(&mut self, m: Mention) {
        let at = self.mentions.partition_point(|x| x.pos <= m.pos);
        self.mentions.insert(at, m);
        let order = self.by_sentence.len();
        self.by_sentence.insert((m.sentence, m.pos, order), m);
    }

    /// The latest entity before `pos` with a role that contains every word of `role`.
    pub fn by_role(&self, role: &str, pos: usize) -> Option<usize> {
        let want = words(role);
        let fits = |e: &Entity| {
            e.roles.iter().any(|r| {
                let have = words(r);
                want.iter().all(|w| have.contains(w))
            })
        };
        // Which entities fit, once each; then the latest mention of one of
        // them before `pos`, found walking back from `pos` (mentions are in
        // text order).
        let fitting: Vec<bool> = self.entities.iter().map(fits).collect();
        if !fitting.contains(&true) {
            return None;
        }
        let before = self.mentions.partition_point(|m| m.pos < pos);
        self.mentions[..before]
            .iter()
            .rev()
            .find(|m| fitting[m.entity])
            .map(|m| m.entity)
            .or_else(|| fitting.iter().rposition(|&f| f))
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
        let own = (sentence, 0, 0)..(sentence, pos, 0);
        if let Some(m) = self
            .by_sentence
            .range(own)
            .rev()
            .map(|(_, m)| m)
            .find(|m| usable(m) && m.subject)
        {
            return Some(m.entity);
        }
        let mut earlier = self
            .by_sentence
            .range(..(sentence, 0, 0))
            .rev()
            .map(|(_, m)| m)
            .filter(usable);
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
        let before = self.mentions.partition_point(|m| m.pos < pos);
        // Cataphora: the first person named after `pos`.
        self.mentions[before..]
            .iter()
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
        assert_eq!(r.by_role("menteri pertahanan", 30), Some(li));
        assert_eq!(r.by_role("presiden rusia", 30), Some(a));
        assert_eq!(r.by_role("duta besar", 30), None);
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
