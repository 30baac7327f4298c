//! A searchable corpus: the documents of a pack and the query engine over it.
//!
//! A term's candidates come from the index (the documents having all its
//! keys); when the keys alone do not decide (a phrase longer than two CJK
//! characters, or mixed text), each candidate's normalized text is checked for
//! the term itself. So a result set is exactly the documents containing the
//! term: no segmentation can lose a match.

use crate::model::Document;
use crate::pack::{Pack, PackError};
use crate::related::boilerplate::Boilerplate;
use std::collections::HashMap;

mod rank;
mod relations;
mod warm_up;

pub use warm_up::WARM_UP_STEPS;

/// Ranking knobs. BM25 over the document's normalized title and text, plus a
/// bonus when a term occurs in the title.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// Term-frequency saturation (BM25 `k1`): higher lets repeats count longer.
    pub k1: f32,
    /// Length normalization (BM25 `b`): 0 ignores length, 1 fully divides by it.
    pub b: f32,
    /// A term in the title adds this many times its IDF.
    pub title_boost: f32,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            k1: 1.2,
            b: 0.75,
            title_boost: 2.0,
        }
    }
}

/// Result order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best first; ties newest first.
    #[default]
    Relevance,
    /// Newest first; ties best first.
    Newest,
    /// Oldest first; ties best first.
    Oldest,
}

impl Sort {
    /// All orders, for menus.
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Newest, Sort::Oldest];

    /// The name used in URLs and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }

    /// The order with this name.
    pub fn from_name(name: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// One matching document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Position of the document in [`Library::docs`].
    pub doc: usize,
    /// Relevance score (0 when the query has no terms).
    pub score: f32,
}

/// A result row when reposts are folded (see [`Library::collapse_reposts`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Collapsed {
    /// The hit shown.
    pub hit: Hit,
    /// Later hits of the same repost cluster folded into this row.
    pub folded: usize,
}

/// Every matching document, in the requested order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// All hits (page them for display).
    pub hits: Vec<Hit>,
}

impl Results {
    /// Number of matching documents.
    pub fn total(&self) -> usize {
        self.hits.len()
    }
}

/// A corpus opened for reading and searching.
#[derive(Debug)]
pub struct Library<'a> {
    docs: Vec<Document>,
    pack: Pack<'a>,
    by_id: HashMap<String, usize>,
    /// Position of each document when sorted newest first (undated last).
    newest_rank: Vec<u32>,
    average_chars: f32,
    boilerplate: Boilerplate,
    /// Ranking knobs.
    pub tuning: Tuning,
}

impl<'a> Library<'a> {
    /// Opens a pack made by [`crate::pack::encode`].
    pub fn open(bytes: &'a [u8]) -> Result<Self, PackError> {
        let (pack, docs) = Pack::open(bytes)?;
        Ok(Self::with(pack, docs))
    }

    /// Opens a pack's catalog (its first [`crate::pack::head_len`] bytes):
    /// documents, relations and clusters at once; texts, snippets and
    /// search once [`Library::attach`] has the rest.
    pub fn open_head(head: &'a [u8]) -> Result<Self, PackError> {
        let (pack, docs) = Pack::open_head(head)?;
        Ok(Self::with(pack, docs))
    }

    /// Adds the pack's texts and index (its bytes after the catalog).
    pub fn attach(&self, tail: &'a [u8]) -> Result<(), PackError> {
        self.pack.attach(tail)
    }

    /// Whether texts and search are there (see [`Library::open_head`]).
    pub fn is_complete(&self) -> bool {
        self.pack.is_complete()
    }

    fn with(pack: Pack<'a>, docs: Vec<Document>) -> Self {
        let by_id = docs
            .iter()
            .enumerate()
            .map(|(n, d)| (d.id.clone(), n))
            .collect();
        let mut order: Vec<usize> = (0..docs.len()).collect();
        order.sort_by(|&a, &b| {
            let (da, db) = (&docs[a].date, &docs[b].date);
            db.is_empty()
                .cmp(&da.is_empty())
                .reverse()
                .then_with(|| db.cmp(da))
                .then(a.cmp(&b))
        });
        let mut newest_rank = vec![0; docs.len()];
        for (rank, &doc) in order.iter().enumerate() {
            newest_rank[doc] = rank as u32;
        }
        let total_chars: f64 = (0..docs.len()).map(|d| f64::from(pack.doc_chars(d))).sum();
        let average_chars = (total_chars / docs.len().max(1) as f64).max(1.0) as f32;
        let boilerplate = Boilerplate::from_hashes(pack.boilerplate_hashes());
        Library {
            docs,
            pack,
            by_id,
            newest_rank,
            average_chars,
            boilerplate,
            tuning: Tuning::default(),
        }
    }

    /// The corpus's title and description.
    pub fn info(&self) -> crate::model::CorpusInfo {
        self.pack.info()
    }

    /// The documents (their `text` is empty: see [`Library::text`]).
    pub fn docs(&self) -> &[Document] {
        &self.docs
    }

    /// The position of the document with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// A document's text ("" if the pack holds it damaged).
    pub fn text(&self, doc: usize) -> String {
        self.pack.text(doc).unwrap_or_default()
    }

    /// A document with its text, as in the corpus JSON.
    pub fn document(&self, doc: usize) -> Option<Document> {
        let meta = self.docs.get(doc)?;
        Some(Document {
            text: self.text(doc),
            ..meta.clone()
        })
    }

    /// Number of index keys (for statistics).
    pub fn key_count(&self) -> usize {
        self.pack.key_count()
    }
}

#[cfg(test)]
mod tests;
