//! Presentational components: they take props and emit callbacks.

pub mod arrival_note;
pub mod article_tools;
pub mod compare_table;
pub mod compare_toolbar;
pub mod date_filter;
pub mod density_text;
pub mod doc_body;
pub mod doc_chunk;
pub mod doc_facts;
pub mod doc_list;
pub mod doc_outline;
pub mod doc_picker;
pub mod doc_view;
pub mod embed_bar;
pub mod export_buttons;
pub mod facet_panel;
pub mod facet_sidebar;
pub mod filter_chips;
pub mod match_nav;
pub mod pager;
pub mod related_list;
pub mod search_box;
pub mod shortcut_help;
pub mod site_header;
pub mod theme_switch;
pub mod timeline;
