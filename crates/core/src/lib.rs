//! Gazette's core: the corpus model and every piece of logic the browser needs.
//!
//! This crate does no I/O and knows nothing of the DOM: it takes strings and
//! values and returns values, so it runs the same natively (CLI, tests,
//! benchmarks) and in the browser (compiled to `wasm32-unknown-unknown`).
//!
//! ```
//! use gazette_core::model::Corpus;
//!
//! let json = r#"{"schema_version":1,"docs":[{"id":"a1","path":"x.md",
//!   "title":"标题","date":"2024-07-03T00:00:00+08:00","source":"中国信息安全",
//!   "url":null,"text":"正文。","agencies":[]}]}"#;
//! let corpus = Corpus::from_json(json).expect("valid corpus");
//! assert_eq!(corpus.docs[0].title, "标题");
//! assert_eq!(gazette_core::stats::CorpusStats::of(&corpus.docs).documents, 1);
//! ```
#![deny(missing_docs)]

pub mod agencies;
pub mod compare;
pub mod corpus_file;
pub mod date;
pub mod embed;
pub mod export;
pub mod facets;
pub mod instrument;
pub mod links;
pub mod model;
pub mod pack;
pub mod related;
pub mod saved;
pub mod search;
pub mod stats;
pub mod stepping;
#[cfg(any(test, feature = "test-support"))]
pub mod test_support;
pub mod text;
pub mod url_state;
pub mod view;
pub mod words;
