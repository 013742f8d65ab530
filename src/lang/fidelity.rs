//! Language knowledge the fidelity checks need beyond the shared tables of
//! [`super::LangTables`]: what bounds a number (`lebih dari`, `more than`),
//! which numerals are singular, which words carry a negation in their
//! meaning (`gagal`, `failed`, `out of action`), antonyms, and the degree
//! words whose loss weakens a claim (`substantially`). One static per
//! language in `id_fidelity.rs` and `en_fidelity.rs`; tables only, sorted,
//! lowercase and free of duplicates (checked by the tests below).
//! Multi-word entries are phrases of space-separated lowercase words.

/// How a number is bounded by the words before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// `more than 1,200`, `lebih dari 1.200`, `at least`, `sedikitnya`.
    Above,
    /// `less than`, `nearly`, `hampir`, `kurang dari`.
    Below,
    /// `about`, `around`, `sekitar`, `kira-kira`.
    About,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Above => "more than",
            Bound::Below => "less than",
            Bound::About => "about",
        }
    }
}

/// The fidelity tables of one language.
#[derive(Debug)]
pub struct FidelityTables {
    /// Words right before a number that bound it, sorted by phrase.
    pub number_bounds: &'static [(&'static str, Bound)],
    /// Numerals that make the counted noun singular (`satu`, `one`).
    pub singular_numerals: &'static [&'static str],
    /// Words and phrases whose meaning holds a negation (`gagal`, `fail`,
    /// `without`, `out of action`, `yet to`): a negation on the other side
    /// is rendered by them, so they balance it. Indonesian entries are
    /// roots, English entries lemmas.
    pub negative_predicates: &'static [&'static str],
    /// Pairs of opposites (English lemmas, each pair once, sorted): `not
    /// X` on one side renders the opposite of X on the other (`tidak
    /// bersalah` / `innocent`).
    pub antonyms: &'static [(&'static str, &'static str)],
    /// Words that offer an alternative (`atau`, `or`): a negation right
    /// after one (`atau tidak`, `or not`) negates nothing.
    pub disjunctions: &'static [&'static str],
    /// Two-word phrases that begin with a negator but negate nothing
    /// (`tidak hanya`, `not only`, `no matter`).
    pub non_negating: &'static [&'static str],
    /// Degree adverbs that strengthen a claim (`substantially`, `sangat`):
    /// one left out of the translation is an omission.
    pub degree_words: &'static [&'static str],
}

impl FidelityTables {
    /// The bound a phrase gives the number after it.
    pub fn bound_of(&self, phrase: &str) -> Option<Bound> {
        self.number_bounds
            .binary_search_by(|(k, _)| (*k).cmp(phrase))
            .ok()
            .map(|i| self.number_bounds[i].1)
    }
    pub fn is_singular_numeral(&self, w: &str) -> bool {
        self.singular_numerals.binary_search(&w).is_ok()
    }
    pub fn is_negative_predicate(&self, w: &str) -> bool {
        self.negative_predicates.binary_search(&w).is_ok()
    }
    pub fn is_disjunction(&self, w: &str) -> bool {
        self.disjunctions.binary_search(&w).is_ok()
    }
    pub fn is_non_negating(&self, phrase: &str) -> bool {
        self.non_negating.binary_search(&phrase).is_ok()
    }
    pub fn is_degree_word(&self, w: &str) -> bool {
        self.degree_words.binary_search(&w).is_ok()
    }
    /// The opposites of a lemma.
    pub fn antonyms_of<'a>(&'a self, w: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        self.antonyms.iter().filter_map(move |&(a, b)| {
            if a == w {
                Some(b)
            } else if b == w {
                Some(a)
            } else {
                None
            }
        })
    }
    /// The longest phrase length of the multi-word tables, in words.
    pub fn longest_phrase(&self) -> usize {
        self.number_bounds
            .iter()
            .map(|(p, _)| *p)
            .chain(self.negative_predicates.iter().copied())
            .map(|p| p.split(' ').count())
            .max()
            .unwrap_or(1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Lang;

    fn sorted(name: &str, table: &[&str]) {
        for w in table {
            assert_eq!(*w, w.to_lowercase(), "{name}: {w} is not lowercase");
        }
        for p in table.windows(2) {
            assert!(p[0] < p[1], "{name}: {} !< {}", p[0], p[1]);
        }
    }

    #[test]
    fn tables_are_sorted_lowercase_and_unique() {
        for lang in [Lang::Id, Lang::En] {
            let t = lang.fidelity_tables();
            let bounds: Vec<&str> = t.number_bounds.iter().map(|(p, _)| *p).collect();
            sorted("number_bounds", &bounds);
            sorted("singular_numerals", t.singular_numerals);
            sorted("negative_predicates", t.negative_predicates);
            sorted("degree_words", t.degree_words);
            sorted("non_negating", t.non_negating);
            sorted("disjunctions", t.disjunctions);
            let pairs: Vec<String> = t.antonyms.iter().map(|(a, b)| format!("{a} {b}")).collect();
            let pairs: Vec<&str> = pairs.iter().map(String::as_str).collect();
            sorted("antonyms", &pairs);
            for (a, b) in t.antonyms {
                assert!(a < b, "antonyms: ({a}, {b}) not in order");
            }
        }
    }

    #[test]
    fn look_ups() {
        let id = Lang::Id.fidelity_tables();
        let en = Lang::En.fidelity_tables();
        assert_eq!(id.bound_of("lebih dari"), Some(super::Bound::Above));
        assert_eq!(en.bound_of("more than"), Some(super::Bound::Above));
        assert!(id.is_negative_predicate("gagal") && en.is_negative_predicate("out of action"));
        assert!(en.antonyms_of("guilty").any(|a| a == "innocent"));
        assert!(en.is_degree_word("substantially") && id.is_singular_numeral("satu"));
        assert!(en.longest_phrase() >= 3);
    }
}
