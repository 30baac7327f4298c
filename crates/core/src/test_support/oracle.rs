//! The brute-force search oracle: which documents a query must find, by a
//! plain scan of normalized texts, independent of the index. Used by the
//! core's and the CLI's tests and by the `query` fuzz target.

use crate::model::Corpus;
use crate::search::{Library, Query, Sort};
use crate::text::normalize::{is_cjk, is_word_char, normalize};
use std::collections::BTreeSet;

/// The oracle's view of each document: normalized title, newline, normalized text.
pub fn hays(corpus: &Corpus) -> Vec<String> {
    corpus
        .docs
        .iter()
        .map(|d| format!("{}\n{}", normalize(&d.title), normalize(&d.text)))
        .collect()
}

/// Does `hay` contain `term`, starting a word if the term starts with a
/// letter or digit? A plain scan, independent of the index.
pub fn oracle_contains(hay: &str, term: &str) -> bool {
    let word_start = term.chars().next().is_some_and(is_word_char);
    hay.match_indices(term)
        .any(|(at, _)| !word_start || !hay[..at].chars().next_back().is_some_and(is_word_char))
}

/// The documents a query must find, by brute force.
pub fn oracle(hays: &[String], query: &Query) -> BTreeSet<usize> {
    (0..hays.len())
        .filter(|&d| {
            query
                .groups
                .iter()
                .all(|group| group.iter().any(|t| oracle_contains(&hays[d], &t.text)))
                && !query
                    .excluded
                    .iter()
                    .any(|t| oracle_contains(&hays[d], &t.text))
        })
        .collect()
}

/// The documents a quoted phrase must find, read from the raw phrase by
/// its documented meaning: found as typed, or with every space that stands
/// between two CJK characters left out. Independent of the query parser.
pub fn oracle_phrase(hays: &[String], raw: &str) -> BTreeSet<usize> {
    let typed = normalize(raw);
    let chars: Vec<char> = typed.chars().collect();
    let mut gapless = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev = chars[..i].iter().rev().find(|c| !c.is_whitespace());
        let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
        let between_cjk = prev.is_some_and(|&p| is_cjk(p)) && next.is_some_and(|&n| is_cjk(n));
        if !(c.is_whitespace() && between_cjk) {
            gapless.push(c);
        }
    }
    (0..hays.len())
        .filter(|&d| oracle_contains(&hays[d], &typed) || oracle_contains(&hays[d], &gapless))
        .collect()
}

/// The documents the engine finds.
pub fn found(library: &Library<'_>, query: &Query) -> BTreeSet<usize> {
    library
        .search(query, Sort::Relevance)
        .hits
        .iter()
        .map(|h| h.doc)
        .collect()
}

/// Fails with the first few missing and extra titles when the engine and
/// the oracle disagree on `input`; returns the number of documents found.
pub fn assert_same_as_oracle(library: &Library<'_>, hays: &[String], input: &str) -> usize {
    let query = Query::parse(input);
    let expected = oracle(hays, &query);
    let got = found(library, &query);
    let titles = |docs: Vec<&usize>| -> Vec<String> {
        docs.into_iter()
            .take(3)
            .map(|&d| library.docs()[d].title.clone())
            .collect()
    };
    let missing = titles(expected.difference(&got).collect());
    let extra = titles(got.difference(&expected).collect());
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{input:?}: missing {missing:?}, extra {extra:?}"
    );
    got.len()
}
