//! Look-ups of an article's entities by the words of their names and roles,
//! so that finding the entity a name joins, or the entities a description
//! fits, reads the few entities that share a word with it instead of every
//! entity of the article.
//!
//! The look-ups give candidates, a superset of the entities that can agree:
//! [`super::speakers::Registry`] still decides, by its own rules, which of
//! them does.

use rustc_hash::FxHashMap;

/// Query names with more distinct words than this take the union of their
/// words' entities instead of a look-up per subset of their words.
const MAX_SUBSET_WORDS: usize = 10;

/// Entities by the words of their first name.
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    /// Entities whose first name has this word, in increasing order.
    by_word: FxHashMap<String, Vec<usize>>,
    /// Entities by the set of their first name's words (sorted,
    /// deduplicated, joined by newlines, which no name word holds).
    by_word_set: FxHashMap<String, Vec<usize>>,
}

impl NameIndex {
    /// Indexes `entity`, newer than every entity indexed so far, under its
    /// first name's words `toks`.
    pub fn add(&mut self, entity: usize, toks: &[String]) {
        let set = word_set(toks);
        for &w in &set {
            match self.by_word.get_mut(w) {
                Some(list) => list.push(entity),
                None => {
                    self.by_word.insert(w.to_owned(), vec![entity]);
                }
            }
        }
        if !set.is_empty() {
            self.by_word_set
                .entry(set.join("\n"))
                .or_default()
                .push(entity);
        }
    }

    /// The entities whose first name's words hold all of `toks`' words or
    /// lie among them, newest first, each once.
    pub fn candidates(&self, toks: &[String]) -> Vec<usize> {
        let set = word_set(toks);
        let Some(rarest) = set
            .iter()
            .map(|w| self.by_word.get(*w).map_or(&[][..], Vec::as_slice))
            .min_by_key(|list| list.len())
        else {
            return Vec::new();
        };
        let mut found: Vec<usize> = rarest.to_vec();
        if set.len() <= MAX_SUBSET_WORDS {
            // Only words some entity's first name has can be in a set of
            // its words: the subsets are those of the known words.
            let known: Vec<&str> = set
                .iter()
                .copied()
                .filter(|w| self.by_word.contains_key(*w))
                .collect();
            let mut subset = String::new();
            for mask in 1u32..(1 << known.len()) {
                subset.clear();
                for (k, w) in known.iter().enumerate() {
                    if mask & (1 << k) != 0 {
                        if !subset.is_empty() {
                            subset.push('\n');
                        }
                        subset.push_str(w);
                    }
                }
                if let Some(list) = self.by_word_set.get(subset.as_str()) {
                    found.extend_from_slice(list);
                }
            }
        } else {
            for &w in &set {
                found.extend(self.by_word.get(w).into_iter().flatten());
            }
        }
        found.sort_unstable_by(|a, b| b.cmp(a));
        found.dedup();
        found
    }
}

/// Entities by the words of their roles.
#[derive(Debug, Clone, Default)]
pub struct RoleIndex {
    /// Entities with a role that has this word, in increasing order.
    by_word: FxHashMap<String, Vec<usize>>,
    /// Entities with at least one role, in increasing order.
    with_role: Vec<usize>,
}

impl RoleIndex {
    /// Indexes `entity` under the words of one more of its roles.
    pub fn add<'w>(&mut self, entity: usize, words: impl IntoIterator<Item = &'w str>) {
        insert_sorted(&mut self.with_role, entity);
        for w in words {
            match self.by_word.get_mut(w) {
                Some(list) => insert_sorted(list, entity),
                None => {
                    self.by_word.insert(w.to_owned(), vec![entity]);
                }
            }
        }
    }

    /// The entities with a role that has every one of `words`, or some of
    /// them, in increasing order; with no words, every entity with a role.
    pub fn candidates(&self, words: &[&str]) -> &[usize] {
        words
            .iter()
            .map(|w| self.by_word.get(*w).map_or(&[][..], Vec::as_slice))
            .min_by_key(|list| list.len())
            .unwrap_or(&self.with_role)
    }
}

fn word_set(toks: &[String]) -> Vec<&str> {
    let mut set: Vec<&str> = toks.iter().map(String::as_str).collect();
    set.sort_unstable();
    set.dedup();
    set
}

fn insert_sorted(list: &mut Vec<usize>, x: usize) {
    if let Err(at) = list.binary_search(&x) {
        list.insert(at, x);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn a_name_finds_fuller_and_shorter_names_only() {
        let mut ix = NameIndex::default();
        ix.add(0, &words("vladimir putin"));
        ix.add(1, &words("li shangfu"));
        ix.add(2, &words("putin"));
        ix.add(3, &words("sergei shoigu"));
        assert_eq!(ix.candidates(&words("putin")), vec![2, 0]);
        assert_eq!(ix.candidates(&words("vladimir putin")), vec![2, 0]);
        assert_eq!(ix.candidates(&words("li")), vec![1]);
        assert_eq!(ix.candidates(&words("kim jong un")), Vec::<usize>::new());
        assert_eq!(ix.candidates(&[]), Vec::<usize>::new());
    }

    #[test]
    fn a_description_finds_roles_with_its_rarest_word() {
        let mut ix = RoleIndex::default();
        ix.add(4, ["menteri", "pertahanan", "rusia"]);
        ix.add(1, ["menteri", "pertahanan", "china"]);
        ix.add(2, ["presiden", "rusia"]);
        assert_eq!(ix.candidates(&["menteri", "pertahanan"]), &[1, 4]);
        assert_eq!(ix.candidates(&["presiden", "rusia"]), &[2]);
        assert_eq!(ix.candidates(&["duta"]), &[] as &[usize]);
        assert_eq!(ix.candidates(&[]), &[1, 2, 4]);
    }
}
