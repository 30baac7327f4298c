//! Ingest for Gazette: raw scraped files in, a clean [`gazette_core::model::Corpus`] out.
//!
//! Data flow: [`discover`] lists and reads files (the only file-system code),
//! [`decode`] turns bytes into text, [`frontmatter`] splits off the YAML header,
//! [`html`] and [`markdown`] turn the body into [`blocks::Block`]s,
//! [`boilerplate`] drops site chrome by table-driven rules, [`assemble`] makes a
//! document, and [`pipeline`] runs all of it over a folder and writes the
//! [`report`].

pub mod assemble;
pub mod blocks;
pub mod boilerplate;
pub mod dates;
pub mod decode;
pub mod discover;
pub mod extract;
pub mod frontmatter;
pub mod html;
pub mod ids;
pub mod images;
pub mod markdown;
pub mod mojibake;
pub mod pipeline;
pub mod report;
pub mod site;
pub mod teasers;
pub mod text;
