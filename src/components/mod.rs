//! Presentational components: they take props and emit callbacks.

pub mod doc_body;
pub mod doc_facts;
pub mod doc_list;
pub mod doc_view;
pub mod embed_bar;
pub mod match_nav;
pub mod pager;
pub mod search_box;
pub mod site_header;
