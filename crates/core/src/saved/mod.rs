//! Saved work: what a reader keeps of a corpus between visits — searches
//! (with their filters, and which results were already seen), collections of
//! documents, and notes anchored to passages. The app keeps a [`Desk`] in the
//! browser per corpus; [`file`] writes and reads it as a JSON file, [`cite`]
//! turns a collection into citations.
//!
//! Everything is held by stable keys (document ids come from input paths,
//! searches are URL hashes), so saved work survives a rebuilt corpus: a
//! search tells what is new, a note finds its passage again ([`anchor`]), a
//! document that left the corpus is still listed by its title.

pub mod anchor;
pub mod cite;
pub mod file;

use crate::facets::FacetIndex;
use crate::search::Library;
use crate::url_state::{ListView, Route};
use anchor::Anchor;
use serde::{Deserialize, Serialize};

/// Name of the collection documents go to unless the reader names another.
pub const DEFAULT_COLLECTION: &str = "收藏";
/// Longest name kept for a search or collection, and longest note.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest note kept.
pub const MAX_NOTE_CHARS: usize = 5_000;

/// A reader's saved work on one corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Desk {
    /// Saved searches, newest last.
    #[serde(default)]
    pub searches: Vec<SavedSearch>,
    /// Collections of documents, in the order they were made.
    #[serde(default)]
    pub collections: Vec<Collection>,
    /// Notes and highlights, in the order they were made.
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A search with its filters, and the results it had when last seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSearch {
    /// What the reader calls it.
    pub name: String,
    /// The list's URL hash (`#/?q=…&agency=…`): query, filters, order.
    pub hash: String,
    /// The day it was saved (`YYYY-MM-DD`).
    #[serde(default)]
    pub saved: String,
    /// Ids of the documents it found when last looked at, sorted.
    #[serde(default)]
    pub seen: Vec<String>,
}

/// A named set of documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Collection {
    /// Its name.
    pub name: String,
    /// Its documents, in the order they were added.
    #[serde(default)]
    pub items: Vec<Item>,
}

/// A document in a collection, with its title kept for when the document
/// is no longer in the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The document's id.
    pub id: String,
    /// Its title when it was added.
    #[serde(default)]
    pub title: String,
    /// The day it was added.
    #[serde(default)]
    pub added: String,
}

/// A highlighted passage of a document, with the reader's note on it ("" for
/// a bare highlight).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Unique among the desk's notes (the document's id and when it was made).
    pub id: String,
    /// The document's id.
    pub doc: String,
    /// Its title when the note was made.
    #[serde(default)]
    pub title: String,
    /// The passage.
    pub anchor: Anchor,
    /// The reader's words.
    #[serde(default)]
    pub comment: String,
    /// The day it was made.
    #[serde(default)]
    pub created: String,
}

/// Where a note stands in the current corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Its passage is there as quoted.
    Found,
    /// Its passage was edited: found by its two ends.
    Moved,
    /// Its passage is no longer in the text.
    Lost,
    /// Its document is no longer in the corpus.
    Gone,
}

/// What an import added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    /// Searches not saved before.
    pub searches: usize,
    /// Documents added to collections (new collections included).
    pub items: usize,
    /// Notes not there before.
    pub notes: usize,
}

impl Desk {
    /// Whether nothing is saved.
    pub fn is_empty(&self) -> bool {
        self.searches.is_empty() && self.collections.is_empty() && self.notes.is_empty()
    }

    /// Everything saved, counted (for the header's link).
    pub fn count(&self) -> usize {
        self.searches.len()
            + self
                .collections
                .iter()
                .map(|c| c.items.len())
                .sum::<usize>()
            + self.notes.len()
    }

    /// The saved search with this hash.
    pub fn search(&self, hash: &str) -> Option<&SavedSearch> {
        self.searches.iter().find(|s| s.hash == hash)
    }

    /// Saves a search (or renames it and marks its results seen, when that
    /// hash is saved already).
    pub fn save_search(&mut self, name: &str, hash: &str, day: &str, seen: Vec<String>) {
        let name = clip(name, MAX_NAME_CHARS);
        let seen = sorted(seen);
        match self.searches.iter_mut().find(|s| s.hash == hash) {
            Some(search) => {
                search.name = name;
                search.seen = seen;
            }
            None => self.searches.push(SavedSearch {
                name,
                hash: hash.to_owned(),
                saved: day.to_owned(),
                seen,
            }),
        }
    }

    /// Marks every current result of a saved search as seen.
    pub fn mark_seen(&mut self, hash: &str, seen: Vec<String>) {
        if let Some(search) = self.searches.iter_mut().find(|s| s.hash == hash) {
            search.seen = sorted(seen);
        }
    }

    /// Forgets a saved search.
    pub fn forget_search(&mut self, hash: &str) {
        self.searches.retain(|s| s.hash != hash);
    }

    /// The collections that hold a document.
    pub fn collections_of<'d>(&'d self, id: &'d str) -> impl Iterator<Item = &'d Collection> {
        self.collections
            .iter()
            .filter(move |c| c.items.iter().any(|i| i.id == id))
    }

    /// Adds a document to a collection, made if it is new; a name of only
    /// spaces means [`DEFAULT_COLLECTION`]. Returns whether it was added.
    pub fn collect(&mut self, collection: &str, id: &str, title: &str, day: &str) -> bool {
        let name = match clip(collection, MAX_NAME_CHARS) {
            name if name.is_empty() => DEFAULT_COLLECTION.to_owned(),
            name => name,
        };
        let index = match self.collections.iter().position(|c| c.name == name) {
            Some(index) => index,
            None => {
                self.collections.push(Collection {
                    name,
                    items: Vec::new(),
                });
                self.collections.len() - 1
            }
        };
        let items = &mut self.collections[index].items;
        if items.iter().any(|i| i.id == id) {
            return false;
        }
        items.push(Item {
            id: id.to_owned(),
            title: title.to_owned(),
            added: day.to_owned(),
        });
        true
    }

    /// Takes a document out of a collection (the collection stays, empty or not).
    pub fn uncollect(&mut self, collection: &str, id: &str) {
        if let Some(c) = self.collections.iter_mut().find(|c| c.name == collection) {
            c.items.retain(|i| i.id != id);
        }
    }

    /// Forgets a collection and its list (the documents stay in the corpus).
    pub fn forget_collection(&mut self, collection: &str) {
        self.collections.retain(|c| c.name != collection);
    }

    /// Adds a note; its id is made unique among the desk's notes.
    pub fn add_note(&mut self, mut note: Note) {
        note.comment = clip(&note.comment, MAX_NOTE_CHARS);
        let base = note.id.clone();
        let mut n = 1;
        while self.notes.iter().any(|other| other.id == note.id) {
            n += 1;
            note.id = format!("{base}-{n}");
        }
        self.notes.push(note);
    }

    /// Changes a note's words.
    pub fn edit_note(&mut self, id: &str, comment: &str) {
        if let Some(note) = self.notes.iter_mut().find(|n| n.id == id) {
            note.comment = clip(comment, MAX_NOTE_CHARS);
        }
    }

    /// Forgets a note.
    pub fn forget_note(&mut self, id: &str) {
        self.notes.retain(|n| n.id != id);
    }

    /// The notes on a document, in the order they were made.
    pub fn notes_on<'d>(&'d self, doc: &'d str) -> impl Iterator<Item = &'d Note> {
        self.notes.iter().filter(move |n| n.doc == doc)
    }

    /// Adds what `other` has that this desk has not: searches by hash,
    /// documents by collection and id, notes by id (or, for a note made on
    /// another machine with the same id, by passage and words). Nothing
    /// here is overwritten.
    pub fn merge(&mut self, other: Desk) -> Merged {
        let mut merged = Merged::default();
        for search in other.searches {
            if self.search(&search.hash).is_none() {
                self.searches.push(search);
                merged.searches += 1;
            }
        }
        for collection in other.collections {
            for item in collection.items {
                merged.items +=
                    usize::from(self.collect(&collection.name, &item.id, &item.title, &item.added));
            }
            if !self.collections.iter().any(|c| c.name == collection.name) {
                self.collections.push(Collection {
                    name: collection.name,
                    items: Vec::new(),
                });
            }
        }
        for note in other.notes {
            let known = self.notes.iter().any(|n| {
                n.id == note.id
                    || (n.doc == note.doc && n.anchor == note.anchor && n.comment == note.comment)
            });
            if !known {
                self.add_note(note);
                merged.notes += 1;
            }
        }
        merged
    }
}

impl SavedSearch {
    /// The list it shows, read back from its hash (`None`: not a list).
    pub fn view(&self) -> Option<ListView> {
        match Route::read_hash(&self.hash).0 {
            Route::List(view) => Some(view),
            _ => None,
        }
    }

    /// Of `current` (the ids it finds now), those it had not found when last seen.
    pub fn new_since<'i>(&self, current: &[&'i str]) -> Vec<&'i str> {
        current
            .iter()
            .copied()
            .filter(|id| self.seen.binary_search_by(|s| s.as_str().cmp(id)).is_err())
            .collect()
    }
}

/// The documents a list finds: its query's results, narrowed by its filters,
/// in its order (the same rule the list page shows).
pub fn results_of(library: &Library<'_>, facets: &FacetIndex, view: &ListView) -> Vec<usize> {
    crate::view::list::Searched::run(library, &view.query, view.sort)
        .narrow(facets, &view.filters)
        .docs
}

fn clip(text: &str, max_chars: usize) -> String {
    text.trim().chars().take(max_chars).collect()
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort_unstable();
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests;
