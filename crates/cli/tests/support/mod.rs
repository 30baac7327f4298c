//! What several integration tests share: the brute-force search oracle and
//! the paths of the shared corpora.
// Each test file uses a part of this module.
#![allow(dead_code)]

use gazette_core::model::Corpus;
use gazette_core::search::normalize::{is_word_char, normalize};
use gazette_core::search::{Library, Query, Sort};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs the `gazette` binary in the repository root.
pub fn gazette(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("run gazette")
}

/// Reads a JSON file the binary wrote.
pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("read json");
    serde_json::from_str(&text).expect("parse json")
}

/// Runs `gazette build` on `input`, returning (corpus, report, stdout); fails
/// unless it exits successfully.
pub fn build(input: &Path) -> (Value, Value, String) {
    let out_dir = tempfile::tempdir().expect("temp dir");
    let corpus = out_dir.path().join("corpus.json");
    let report = out_dir.path().join("report.json");
    let output = gazette(&[
        "build",
        input.to_str().expect("utf-8 path"),
        "-o",
        corpus.to_str().expect("utf-8 path"),
        "--report",
        report.to_str().expect("utf-8 path"),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "build failed: {stderr}");
    assert!(
        !stderr.contains("panicked"),
        "a panic was printed: {stderr}"
    );
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    (read_json(&corpus), read_json(&report), stdout)
}

/// `../shared/corpus/<name>` beside the repository, or `None` after printing
/// why the calling test is skipped.
pub fn shared_corpus(name: &str) -> Option<PathBuf> {
    let path = repo_root().join("../shared/corpus").join(name);
    if path.exists() {
        return Some(path);
    }
    eprintln!(
        "SKIPPED: {} not found (needs ../shared beside the repo)",
        path.display()
    );
    None
}

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
