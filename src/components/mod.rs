//! Presentational components: they take props and emit callbacks.

pub mod compare_table;
pub mod compare_toolbar;
pub mod density_text;
pub mod doc_body;
pub mod doc_facts;
pub mod doc_list;
pub mod doc_picker;
pub mod doc_view;
pub mod match_nav;
pub mod pager;
pub mod related_list;
pub mod search_box;
pub mod site_header;
