//! The document screen (`#/doc/<id>?q=…&art=N`): the document, what the
//! reader noted on it (found again in its text, or lost), its related
//! documents and repost cluster; and its reading: the outline of a
//! normative text, where each article starts and how it is cited, the
//! 《…》 that link to the corpus's instruments.

use crate::instrument::cite::{citation, instrument_name};
use crate::instrument::refs::cited_spans;
use crate::instrument::registry::Registry;
use crate::instrument::structure::{outline, Article, Outline};
use crate::model::Document;
use crate::pack::PackedRelated;
use crate::saved::Desk;
use crate::search::Library;
use std::ops::Range;

/// The element id of an article in the text: `art-12` in the first
/// instrument, `art-12-1` in the next (an attachment numbered anew).
pub fn article_anchor(article: &Article) -> String {
    match article.instrument {
        0 => format!("art-{}", article.number),
        n => format!("art-{}-{n}", article.number),
    }
}

/// A note of the reader's, found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundNote {
    /// Where its passage is now (bytes of the text).
    pub range: Range<usize>,
    /// The note's id.
    pub note: String,
    /// The note's words.
    pub comment: String,
}

/// The document's repost cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InCluster {
    /// Members, this document included.
    pub members: usize,
    /// Whether this document is the reference copy.
    pub is_reference: bool,
}

/// What the document screen shows around the reading.
#[derive(Debug, Clone, PartialEq)]
pub struct DocScreen {
    /// Its position in the library.
    pub position: usize,
    /// The document, with its text.
    pub doc: Document,
    /// The reader's notes found in the text.
    pub notes: Vec<FoundNote>,
    /// The ids of notes whose passage is no longer in the text.
    pub lost: Vec<String>,
    /// Related documents, best first.
    pub related: Vec<PackedRelated>,
    /// Its repost cluster, if it is in one.
    pub cluster: Option<InCluster>,
}

impl DocScreen {
    /// The document with this id; `None` when the corpus has none.
    pub fn of(library: &Library<'_>, id: &str, desk: &Desk) -> Option<Self> {
        let position = library.position(id)?;
        let doc = library.document(position)?;
        let (mut notes, mut lost) = (Vec::new(), Vec::new());
        for note in desk.notes_on(&doc.id) {
            match note.anchor.locate(&doc.text) {
                Some(located) => notes.push(FoundNote {
                    range: located.range,
                    note: note.id.clone(),
                    comment: note.comment.clone(),
                }),
                None => lost.push(note.id.clone()),
            }
        }
        let cluster = library
            .cluster_of(position)
            .and_then(|c| library.cluster(c))
            .map(|c| InCluster {
                members: c.members.len(),
                is_reference: c.canonical == position,
            });
        Some(DocScreen {
            position,
            related: library.related(position),
            cluster,
            notes,
            lost,
            doc,
        })
    }
}

/// An article of a normative text, where it starts and how it is cited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleAt {
    /// Byte offset of its heading in the text.
    pub start: usize,
    /// Its number (第十二条 → 12).
    pub number: u32,
    /// Which instrument of the text (0: the first; later: attachments).
    pub instrument: usize,
    /// The element id of its paragraph ([`article_anchor`]).
    pub anchor: String,
    /// How it is cited: `《name》第十二条`.
    pub citation: String,
}

/// How a document reads: its structure and its links.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Its divisions and articles.
    pub outline: Outline,
    /// Its articles, when it is normative (none otherwise).
    pub articles: Vec<ArticleAt>,
    /// Each 《…》 naming an instrument of the corpus, and that instrument's key.
    pub links: Vec<(Range<usize>, String)>,
}

impl Reading {
    /// Reads a document.
    pub fn of(doc: &Document) -> Self {
        let outline = outline(&doc.text);
        let name = instrument_name(&doc.title);
        let articles = match outline.is_normative() {
            true => outline
                .articles
                .iter()
                .map(|a| ArticleAt {
                    start: a.start,
                    number: a.number,
                    instrument: a.instrument,
                    anchor: article_anchor(a),
                    citation: citation(&name, a.number),
                })
                .collect(),
            false => Vec::new(),
        };
        let keys = Registry::keys_of(doc);
        let links = cited_spans(&doc.text, |key| keys.iter().any(|k| k == key));
        Reading {
            outline,
            articles,
            links,
        }
    }

    /// Whether the text is normative (it has an outline and article links).
    pub fn is_normative(&self) -> bool {
        self.outline.is_normative()
    }

    /// The anchor of the article a link names (`art=N`: of the first
    /// instrument); `None` when the text has no such article.
    pub fn anchor_of(&self, number: u32) -> Option<String> {
        self.outline
            .articles
            .iter()
            .find(|a| a.instrument == 0 && a.number == number)
            .map(article_anchor)
    }
}

#[cfg(test)]
mod tests;
