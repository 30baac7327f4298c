//! Full-text search: exact for any Chinese phrase, ranked, with highlights.
//! It reads the pack ([`crate::pack`]) and the text as the index sees it
//! ([`crate::text`]).
//!
//! - [`query`]: the lenient query language;
//! - [`library`]: the engine (candidates from the index, checked in the text,
//!   ranked with BM25);
//! - [`snippets`]: match ranges and passages for display.

pub mod library;
pub mod query;
pub mod snippets;

pub use library::{Collapsed, Hit, Library, Results, Sort, Tuning, WARM_UP_STEPS};
pub use query::{Query, Term, Typed};
pub use snippets::{match_ranges, snippets, Snippet};
