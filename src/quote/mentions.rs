//! The mentions of one article's speakers, kept in text order however they
//! are recorded, with the look-ups speaker resolution needs: the mentions
//! before or at a position, those of one sentence and the sentences before
//! it, and the latest mention of one entity before a position. Each look-up
//! costs a logarithm of the number of mentions, not a scan of the article.
//!
//! It does not decide what a mention refers to: that is [`super::speakers`].

use std::collections::{BTreeMap, BTreeSet};

/// One mention of an entity.
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub pos: usize,
    pub sentence: usize,
    pub entity: usize,
    pub subject: bool,
}

/// Where a mention sits in text order: its position, then the order in
/// which it was recorded (a later mention at the same position comes after).
type Key = (usize, usize);

/// Mentions in text order (by position, then as recorded).
#[derive(Debug, Clone, Default)]
pub struct Mentions {
    by_pos: BTreeMap<Key, Mention>,
    /// The same mentions by (sentence, position, order recorded).
    by_sentence: BTreeMap<(usize, usize, usize), Mention>,
    /// The keys of each entity's mentions, by entity.
    by_entity: Vec<BTreeSet<Key>>,
}

impl Mentions {
    /// Records a mention after every mention at or before its position.
    pub fn insert(&mut self, m: Mention) {
        let order = self.by_pos.len();
        self.by_pos.insert((m.pos, order), m);
        self.by_sentence.insert((m.sentence, m.pos, order), m);
        if self.by_entity.len() <= m.entity {
            self.by_entity.resize_with(m.entity + 1, BTreeSet::new);
        }
        self.by_entity[m.entity].insert((m.pos, order));
    }

    /// Every mention, in text order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Mention> + '_ {
        self.by_pos.values()
    }

    pub fn len(&self) -> usize {
        self.by_pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_pos.is_empty()
    }

    /// The mentions before `pos`, latest first.
    pub fn before(&self, pos: usize) -> impl Iterator<Item = &Mention> + '_ {
        self.by_pos.range(..(pos, 0)).rev().map(|(_, m)| m)
    }

    /// The mentions at or after `pos`, in text order.
    pub fn from(&self, pos: usize) -> impl Iterator<Item = &Mention> + '_ {
        self.by_pos.range((pos, 0)..).map(|(_, m)| m)
    }

    /// The mentions at `pos`, in the order they were recorded.
    pub fn at(&self, pos: usize) -> impl Iterator<Item = &Mention> + '_ {
        self.from(pos).take_while(move |m| m.pos == pos)
    }

    /// The mentions of sentence `sentence` before `pos`, latest first.
    pub fn in_sentence_before(
        &self,
        sentence: usize,
        pos: usize,
    ) -> impl Iterator<Item = &Mention> + '_ {
        self.by_sentence
            .range((sentence, 0, 0)..(sentence, pos, 0))
            .rev()
            .map(|(_, m)| m)
    }

    /// The mentions of the sentences before `sentence`, latest first.
    pub fn before_sentence(&self, sentence: usize) -> impl Iterator<Item = &Mention> + '_ {
        self.by_sentence
            .range(..(sentence, 0, 0))
            .rev()
            .map(|(_, m)| m)
    }

    /// Where the latest mention of `entity` before `pos` sits in text order
    /// (comparable between entities: the larger is the later).
    pub fn latest_before(&self, entity: usize, pos: usize) -> Option<(usize, usize)> {
        self.by_entity
            .get(entity)?
            .range(..(pos, 0))
            .next_back()
            .copied()
    }
}

impl<'a> IntoIterator for &'a Mentions {
    type Item = &'a Mention;
    type IntoIter = std::collections::btree_map::Values<'a, Key, Mention>;
    fn into_iter(self) -> Self::IntoIter {
        self.by_pos.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pos: usize, sentence: usize, entity: usize) -> Mention {
        Mention {
            pos,
            sentence,
            entity,
            subject: false,
        }
    }

    proptest::proptest! {
        /// Every look-up answers as a scan of the list the mentions would
        /// make if each were inserted after those at or before its position.
        #[test]
        fn lookups_answer_as_scans_of_the_ordered_list(
            recorded in proptest::collection::vec((0usize..40, 0usize..5), 0..60),
            pos in 0usize..45,
            entity in 0usize..6,
        ) {
            let mut list: Vec<Mention> = Vec::new();
            let mut mentions = Mentions::default();
            for (k, &(p, e)) in recorded.iter().enumerate() {
                let x = Mention { subject: k % 3 == 0, ..m(p, p / 10, e) };
                let at = list.partition_point(|y| y.pos <= x.pos);
                list.insert(at, x);
                mentions.insert(x);
            }
            let key = |x: &Mention| (x.pos, x.entity, x.subject);
            let keys = |it: &mut dyn Iterator<Item = &Mention>| it.map(key).collect::<Vec<_>>();
            proptest::prop_assert_eq!(keys(&mut mentions.iter()), keys(&mut list.iter()));
            proptest::prop_assert_eq!(mentions.len(), list.len());
            let before = list.partition_point(|x| x.pos < pos);
            proptest::prop_assert_eq!(keys(&mut mentions.before(pos)), keys(&mut list[..before].iter().rev()));
            proptest::prop_assert_eq!(keys(&mut mentions.from(pos)), keys(&mut list[before..].iter()));
            proptest::prop_assert_eq!(
                keys(&mut mentions.at(pos)),
                keys(&mut list.iter().filter(|x| x.pos == pos))
            );
            let sentence = pos / 10;
            proptest::prop_assert_eq!(
                keys(&mut mentions.in_sentence_before(sentence, pos)),
                keys(&mut list.iter().rev().filter(|x| x.sentence == sentence && x.pos < pos))
            );
            // Within a sentence the list's order is the sentence map's.
            let mut earlier: Vec<&Mention> = list.iter().filter(|x| x.sentence < sentence).collect();
            earlier.sort_by_key(|x| x.sentence);
            proptest::prop_assert_eq!(
                keys(&mut mentions.before_sentence(sentence)),
                keys(&mut earlier.into_iter().rev())
            );
            // The latest mention of `entity` before `pos` is the one a scan
            // back from `pos` meets first.
            let scanned = list[..before].iter().rev().find(|x| x.entity == entity).map(key);
            let latest = mentions.latest_before(entity, pos).map(|k| k.0);
            proptest::prop_assert_eq!(latest, scanned.map(|k| k.0));
            let latest_overall = (0..6).filter_map(|e| mentions.latest_before(e, pos).map(|k| (k, e))).max();
            proptest::prop_assert_eq!(
                latest_overall.map(|(_, e)| e),
                list[..before].last().map(|x| x.entity)
            );
        }
    }
}
