//! Pages: they read the corpus and call `gazette-core`, then render components.

pub mod cluster_page;
pub mod compare_page;
mod compare_pick;
pub mod doc_page;
pub mod instrument_page;
pub mod list_page;
pub mod saved_page;
