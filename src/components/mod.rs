//! Presentational components: they take props and emit callbacks.

pub mod doc_body;
pub mod doc_facts;
pub mod doc_list;
pub mod doc_view;
pub mod site_header;
