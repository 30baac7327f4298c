//! Full-text search: exact for any Chinese phrase, ranked, with highlights.
//!
//! - [`normalize`]: the one normalization (NFKC, lowercase, no invisibles);
//! - [`tokens`]: the one tokenizer (CJK characters and pairs, whole words);
//! - [`query`]: the lenient query language;
//! - [`pack`]: the corpus and its index in one buffer, read in place;
//! - [`library`]: the engine (candidates from the index, checked in the text,
//!   ranked with BM25);
//! - [`snippets`]: match ranges and passages for display.

pub mod library;
pub mod normalize;
pub mod pack;
pub mod query;
pub mod snippets;
pub mod tokens;

pub use library::{Collapsed, Hit, Library, Results, Sort, Tuning, WARM_UP_STEPS};
pub use query::{Query, Term, Typed};
pub use snippets::{match_ranges, snippets, Snippet};
