//! The one tokenizer: what a normalized text is indexed under, and which of
//! those index keys a query term needs.
//!
//! Han, kana and Hangul are indexed as single characters and as overlapping
//! pairs, so every substring of a document can be found without a dictionary
//! (a dictionary would split `务管理暂` differently at index and query time).
//! Runs of letters and digits are indexed as whole words and found by prefix.

use super::normalize::{is_cjk, is_word_char};

/// Words longer than this many bytes are indexed by their first bytes only
/// (hashes and base64 would otherwise bloat the key table).
pub const MAX_WORD_BYTES: usize = 32;

/// Calls `key` for every index key of a normalized text, in text order
/// (repeated keys repeat).
pub fn for_each_key(text: &str, mut key: impl FnMut(&str)) {
    let mut prev_cjk: Option<usize> = None;
    let mut word_start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if is_cjk(c) {
            close_word(text, &mut word_start, i, &mut key);
            key(&text[i..end]);
            if let Some(prev) = prev_cjk {
                key(&text[prev..end]);
            }
            prev_cjk = Some(i);
        } else {
            prev_cjk = None;
            if is_word_char(c) {
                word_start.get_or_insert(i);
            } else {
                close_word(text, &mut word_start, i, &mut key);
            }
        }
    }
    close_word(text, &mut word_start, text.len(), &mut key);
}

fn close_word(text: &str, start: &mut Option<usize>, end: usize, key: &mut impl FnMut(&str)) {
    if let Some(start) = start.take() {
        key(truncate_word(&text[start..end]));
    }
}

/// A word as its index key: at most [`MAX_WORD_BYTES`], cut on a character.
pub fn truncate_word(word: &str) -> &str {
    if word.len() <= MAX_WORD_BYTES {
        return word;
    }
    let mut end = MAX_WORD_BYTES;
    while !word.is_char_boundary(end) {
        end -= 1;
    }
    &word[..end]
}

/// An index key a term needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyNeed {
    /// This exact key.
    Exact(String),
    /// Any word key starting with this.
    Prefix(String),
}

/// How a normalized term is looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermPlan {
    /// Keys every matching document has.
    pub keys: Vec<KeyNeed>,
    /// Whether the keys alone decide a match (one character, one pair, one
    /// word); otherwise each candidate is checked in its text.
    pub exact: bool,
    /// Whether a match must start a word (the term starts with a letter or
    /// digit, so `ssh` does not match inside `openssh`).
    pub word_start: bool,
}

/// The plan for a normalized term. Terms with no letters, digits or CJK
/// characters have no keys.
pub fn plan(term: &str) -> TermPlan {
    let chars: Vec<(usize, char)> = term.char_indices().collect();
    let mut keys = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let run_end = chars[i..]
            .iter()
            .position(|&(_, d)| class(d) != class(c))
            .map_or(chars.len(), |n| i + n);
        let end = chars.get(run_end).map_or(term.len(), |&(at, _)| at);
        let run = &term[start..end];
        match class(c) {
            Class::Cjk if run_end - i == 1 => keys.push(KeyNeed::Exact(run.to_owned())),
            Class::Cjk => {
                for pair in chars[i..run_end].windows(2) {
                    let pair_end = pair[1].0 + pair[1].1.len_utf8();
                    keys.push(KeyNeed::Exact(term[pair[0].0..pair_end].to_owned()));
                }
            }
            Class::Word if run.len() > MAX_WORD_BYTES => {
                keys.push(KeyNeed::Exact(truncate_word(run).to_owned()))
            }
            // A word the term ends on may continue in the document.
            Class::Word if end == term.len() => keys.push(KeyNeed::Prefix(run.to_owned())),
            Class::Word => keys.push(KeyNeed::Exact(run.to_owned())),
            Class::Other => {}
        }
        i = run_end;
    }
    keys.sort_by(|a, b| key_text(a).cmp(key_text(b)));
    keys.dedup();
    let first = term.chars().next();
    let cjk_chars = term.chars().filter(|&c| is_cjk(c)).count();
    let whole_word = term.chars().all(is_word_char) && term.len() <= MAX_WORD_BYTES;
    let exact =
        !term.is_empty() && (whole_word || (cjk_chars == term.chars().count() && cjk_chars <= 2));
    TermPlan {
        keys,
        exact,
        word_start: first.is_some_and(is_word_char),
    }
}

fn key_text(need: &KeyNeed) -> &str {
    match need {
        KeyNeed::Exact(k) | KeyNeed::Prefix(k) => k,
    }
}

#[derive(PartialEq, Clone, Copy)]
enum Class {
    Cjk,
    Word,
    Other,
}

fn class(c: char) -> Class {
    if is_cjk(c) {
        Class::Cjk
    } else if is_word_char(c) {
        Class::Word
    } else {
        Class::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_key(text, |k| out.push(k.to_owned()));
        out
    }

    #[test]
    fn han_text_gives_characters_and_pairs() {
        assert_eq!(keys("网信办"), ["网", "信", "网信", "办", "信办"]);
    }

    #[test]
    fn words_are_whole_and_split_from_han() {
        assert_eq!(
            keys("微信app, cve-2024"),
            ["微", "信", "微信", "app", "cve", "2024"]
        );
    }

    #[test]
    fn long_words_are_cut() {
        let long = "a".repeat(100);
        assert_eq!(keys(&long), ["a".repeat(MAX_WORD_BYTES)]);
    }

    #[test]
    fn plans() {
        let one = plan("网");
        assert!(one.exact && !one.word_start);
        assert_eq!(one.keys, [KeyNeed::Exact("网".into())]);
        let three = plan("网信办");
        assert!(!three.exact);
        assert_eq!(three.keys.len(), 2);
        let word = plan("open");
        assert!(word.exact && word.word_start);
        assert_eq!(word.keys, [KeyNeed::Prefix("open".into())]);
        let mixed = plan("cve-2024");
        assert!(!mixed.exact);
        assert!(mixed.keys.contains(&KeyNeed::Exact("cve".into())));
        assert!(mixed.keys.contains(&KeyNeed::Prefix("2024".into())));
        assert!(plan("《》").keys.is_empty());
    }
}
