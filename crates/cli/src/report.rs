//! The build report: one entry per input file, so nothing is ever lost silently.

use serde::Serialize;
use std::collections::BTreeMap;

/// What became of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// In the corpus.
    Kept,
    /// Same source and text as a kept file; its path is recorded on that document.
    Duplicate,
    /// Nothing left after the chrome was removed.
    Empty,
    /// Not a document (an image, a `.tsv`, a binary file …).
    Skipped,
    /// A document that could not be read; the reason says why.
    Error,
}

/// One input file's line in the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileEntry {
    /// Path relative to its input directory.
    pub path: String,
    /// Index of the input directory (omitted for the first).
    #[serde(skip_serializing_if = "is_zero")]
    pub input: usize,
    /// What became of it.
    pub status: Status,
    /// Why, for every status but `kept`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The document it is (kept) or duplicates (duplicate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Quality flags of a kept document (`short`, `truncated`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    /// Which rule decided the document's kind (`title contains 印发`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind_rule: Option<String>,
    /// Problems that were worked around while reading it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// How many blocks each chrome rule removed.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub removed: BTreeMap<&'static str, usize>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Counts per status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files found.
    pub read: usize,
    /// In the corpus.
    pub kept: usize,
    /// Duplicates of kept files.
    pub duplicate: usize,
    /// Empty after cleaning.
    pub empty: usize,
    /// Not documents.
    pub skipped: usize,
    /// Unreadable documents.
    pub error: usize,
    /// Kept documents whose scrape was cut off (flag `truncated`).
    pub truncated: usize,
    /// Kept documents whose mojibake lines were repaired (flag `mojibake-repaired`).
    pub mojibake_repaired: usize,
    /// Kept documents with mojibake lines that could not be repaired (flag `mojibake`).
    pub mojibake: usize,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The input directories, as given.
    pub inputs: Vec<String>,
    /// Counts per status.
    pub summary: Summary,
    /// One entry per input file, in input then path order.
    pub files: Vec<FileEntry>,
}

impl Report {
    /// A report over `files`, with the summary counted from them.
    pub fn new(inputs: Vec<String>, files: Vec<FileEntry>) -> Self {
        let mut summary = Summary {
            read: files.len(),
            ..Summary::default()
        };
        for file in &files {
            *match file.status {
                Status::Kept => &mut summary.kept,
                Status::Duplicate => &mut summary.duplicate,
                Status::Empty => &mut summary.empty,
                Status::Skipped => &mut summary.skipped,
                Status::Error => &mut summary.error,
            } += 1;
            for (flag, count) in [
                ("truncated", &mut summary.truncated),
                ("mojibake-repaired", &mut summary.mojibake_repaired),
                ("mojibake", &mut summary.mojibake),
            ] {
                if file.flags.iter().any(|f| f == flag) {
                    *count += 1;
                }
            }
        }
        Self {
            inputs,
            summary,
            files,
        }
    }

    /// The one-line summary the CLI prints.
    pub fn summary_line(&self) -> String {
        let s = &self.summary;
        format!(
            "{} files read: {} kept, {} duplicate, {} empty, {} skipped, {} error",
            s.read, s.kept, s.duplicate, s.empty, s.skipped, s.error
        )
    }

    /// Pretty JSON, deterministic.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }
}
