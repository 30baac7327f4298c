//! Saved work as a file: versioned JSON the reader downloads and imports
//! again (on another machine, in another browser, after a rebuild).
//!
//! ```json
//! {"format": "gazette-saved-work", "version": 1, "corpus": "政策语料",
//!  "exported": "2026-12-03", "searches": [...], "collections": [...], "notes": [...]}
//! ```

use super::{Collection, Desk, Note, SavedSearch};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What the file says it is.
pub const FORMAT: &str = "gazette-saved-work";
/// The version this build writes; it reads this one and older.
pub const VERSION: u32 = 1;

/// A saved-work file, read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format's version.
    #[serde(default)]
    pub version: u32,
    /// The title of the corpus it was saved on.
    #[serde(default)]
    pub corpus: String,
    /// The day it was written.
    #[serde(default)]
    pub exported: String,
    /// Saved searches.
    #[serde(default)]
    pub searches: Vec<SavedSearch>,
    /// Collections.
    #[serde(default)]
    pub collections: Vec<Collection>,
    /// Notes.
    #[serde(default)]
    pub notes: Vec<Note>,
}

impl SavedFile {
    /// The saved work it carries.
    pub fn into_desk(self) -> Desk {
        Desk {
            searches: self.searches,
            collections: self.collections,
            notes: self.notes,
        }
    }
}

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Not JSON, or not this shape: where, and what the parser said.
    Unreadable {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// JSON, but not saved work (another file was picked).
    NotSavedWork,
    /// Written by a newer Gazette.
    Newer(u32),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Unreadable {
                line,
                column,
                message,
            } => write!(f, "line {line}, column {column}: {message}"),
            FileError::NotSavedWork => write!(f, "not a Gazette saved-work file"),
            FileError::Newer(v) => write!(f, "written by a newer Gazette (format version {v})"),
        }
    }
}

impl std::error::Error for FileError {}

/// The file for a desk.
pub fn to_json(desk: &Desk, corpus: &str, day: &str) -> String {
    let file = SavedFile {
        format: FORMAT.to_owned(),
        version: VERSION,
        corpus: corpus.to_owned(),
        exported: day.to_owned(),
        searches: desk.searches.clone(),
        collections: desk.collections.clone(),
        notes: desk.notes.clone(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a file (or what the browser kept): checked for its format first,
/// so another JSON file is named as such rather than as a shape error.
pub fn from_json(text: &str) -> Result<SavedFile, FileError> {
    let unreadable = |e: serde_json::Error| FileError::Unreadable {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    };
    // Any JSON that is not an object with this format's tag is another file.
    #[derive(Deserialize)]
    struct Head {
        #[serde(default)]
        format: Option<String>,
        #[serde(default)]
        version: Option<u64>,
    }
    let head: Head = match serde_json::from_str(text) {
        Ok(head) => head,
        Err(e) if e.is_data() => return Err(FileError::NotSavedWork),
        Err(e) => return Err(unreadable(e)),
    };
    if head.format.as_deref() != Some(FORMAT) {
        return Err(FileError::NotSavedWork);
    }
    match head.version {
        Some(v) if v > u64::from(VERSION) => {
            Err(FileError::Newer(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        _ => serde_json::from_str(text).map_err(unreadable),
    }
}
