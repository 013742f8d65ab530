//! Bounded memos of answers by word, for the questions the pipeline asks
//! of the same words article after article (cue flags, verb readings,
//! common words, English words): each is kept per thread by the module that
//! asks it, and starts over when full, so memory stays bounded whatever
//! the input. It decides neither what is remembered nor when a thread
//! keeps a memo.

use std::cell::RefCell;
use std::thread::LocalKey;

use rustc_hash::FxHashMap;

/// Answers by lowercase word, at most `MAX` of them (cleared when full).
pub(crate) struct WordMemo<T, const MAX: usize> {
    map: FxHashMap<Box<str>, T>,
}

impl<T, const MAX: usize> Default for WordMemo<T, MAX> {
    fn default() -> Self {
        WordMemo {
            map: FxHashMap::default(),
        }
    }
}

impl<T: Copy, const MAX: usize> WordMemo<T, MAX> {
    /// The remembered answer for `w`.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<T> {
        self.map.get(w).copied()
    }

    /// Remembers `answer` for `w`, starting over when the memo is full.
    #[inline]
    pub(crate) fn put(&mut self, w: &str, answer: T) {
        if self.map.len() >= MAX {
            self.map.clear();
        }
        self.map.insert(w.into(), answer);
    }

    /// The answer for `w`, worked out by `compute` the first time.
    #[inline]
    pub(crate) fn get_or_put(&mut self, w: &str, compute: impl FnOnce() -> T) -> T {
        self.get(w).unwrap_or_else(|| {
            let answer = compute();
            self.put(w, answer);
            answer
        })
    }
}

/// The answer for `w` in the memo that `pick` chooses among the thread's
/// memos `key`, worked out by `compute` the first time. The memos are not
/// borrowed while `compute` runs, so it may ask them too.
#[inline]
pub(crate) fn remembered<M: 'static, T: Copy, const MAX: usize>(
    key: &'static LocalKey<RefCell<M>>,
    pick: impl Fn(&mut M) -> &mut WordMemo<T, MAX>,
    w: &str,
    compute: impl FnOnce() -> T,
) -> T {
    if let Some(known) = key.with_borrow_mut(|m| pick(m).get(w)) {
        return known;
    }
    let answer = compute();
    key.with_borrow_mut(|m| pick(m).put(w, answer));
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_kept_until_the_memo_is_full() {
        let mut m: WordMemo<u8, 2> = WordMemo::default();
        assert_eq!(m.get_or_put("a", || 1), 1);
        assert_eq!(m.get_or_put("a", || 9), 1);
        m.put("b", 2);
        assert_eq!(m.get("b"), Some(2));
        // Full: the next word starts it over.
        m.put("c", 3);
        assert_eq!((m.get("a"), m.get("b"), m.get("c")), (None, None, Some(3)));
    }

    thread_local! {
        static MEMO: RefCell<WordMemo<u8, 4>> = RefCell::default();
    }

    #[test]
    fn a_computation_may_ask_the_memo_again() {
        let inner = remembered(
            &MEMO,
            |m| m,
            "x",
            || remembered(&MEMO, |m| m, "y", || 5) + 1,
        );
        assert_eq!(inner, 6);
        assert_eq!(
            MEMO.with_borrow(|m| (m.get("x"), m.get("y"))),
            (Some(6), Some(5))
        );
    }
}
