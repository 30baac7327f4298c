//! What each screen shows, computed from the library and the URL state.
//!
//! The app's pages memoize these models and only draw them; the CLI prints
//! the same ones. Each screen is computed in stages, so a change redoes only
//! the stages it touches (typing redoes the search; a filter, the narrowing;
//! a page link, the rows). [`change`] is the one place a view turns into the
//! next.

pub mod change;
pub mod cluster;
pub mod compare;
pub mod document;
pub mod instrument;
pub mod list;
