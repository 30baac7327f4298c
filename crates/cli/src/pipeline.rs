//! `gazette build`: every input file read in parallel, then ids, duplicates,
//! the corpus and the report put together in a deterministic order.

use crate::assemble::{self, Ingested};
use crate::blocks::Removal;
use crate::decode::{self, DecodeError};
use crate::discover::{self, InputError, InputFile};
use crate::ids;
use crate::report::{FileEntry, Report, Status};
use gazette_core::model::{Corpus, Document};
use gazette_core::words::{Lang, Texts};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// Files larger than this are not read (no announcement is this long).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// What reading one file gave.
#[derive(Debug)]
pub enum Outcome {
    /// A document with text.
    Document(Box<Ingested>),
    /// A document with no text (a 0-byte file, or nothing left after cleaning).
    Empty {
        /// Why it is empty.
        reason: String,
        /// What cleaning removed, if anything was read.
        removed: Vec<Removal>,
        /// Problems worked around while reading it.
        warnings: Vec<String>,
    },
    /// Not a document.
    Skipped(String),
    /// A document that could not be read.
    Error(String),
}

/// The result of a build.
#[derive(Debug)]
pub struct Built {
    /// The corpus.
    pub corpus: Corpus,
    /// One entry per input file.
    pub report: Report,
    /// Chrome removed from each file, by report path, for `--explain`.
    pub removals: BTreeMap<String, Vec<Removal>>,
}

/// Reads one file from disk and ingests it. Never panics on any input: a
/// panic inside the parsers is caught and reported as this file's error.
pub fn process(file: &InputFile) -> Outcome {
    if let Err(reason) = assemble::is_document_path(&file.rel_path) {
        return Outcome::Skipped(reason);
    }
    match std::fs::metadata(&file.full_path) {
        Ok(meta) if meta.len() > MAX_FILE_BYTES => {
            return Outcome::Skipped(format!("larger than {} MiB", MAX_FILE_BYTES >> 20))
        }
        Err(err) => return Outcome::Error(format!("cannot read file: {err}")),
        Ok(_) => {}
    }
    match discover::read(file) {
        Ok(bytes) => process_bytes(&file.rel_path, &bytes),
        Err(reason) => Outcome::Error(reason),
    }
}

/// Ingests one file's bytes (the part of [`process`] that needs no disk).
pub fn process_bytes(rel_path: &str, bytes: &[u8]) -> Outcome {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Outcome::Empty {
            reason: format!("empty file ({} bytes, all blank)", bytes.len()),
            removed: Vec::new(),
            warnings: Vec::new(),
        };
    }
    let decoded = match decode::decode(bytes) {
        Ok(decoded) => decoded,
        Err(DecodeError::Binary) => return Outcome::Skipped(DecodeError::Binary.to_string()),
        Err(err) => return Outcome::Error(err.to_string()),
    };
    let fixed = crate::mojibake::repair(&decoded.text);
    let ingested = std::panic::catch_unwind(|| assemble::ingest(rel_path, &fixed.text));
    match ingested {
        Ok(Ok(mut doc)) => {
            if fixed.repaired > 0 {
                doc.warnings.push(format!(
                    "{} line(s) of mojibake (UTF-8 once read as PT154) repaired",
                    fixed.repaired
                ));
                doc.flags.push("mojibake-repaired".to_owned());
            }
            if fixed.unrepaired > 0 {
                doc.warnings.push(format!(
                    "{} line(s) look like mojibake and could not be repaired",
                    fixed.unrepaired
                ));
                doc.flags.push("mojibake".to_owned());
            }
            if decoded.replaced > 0 {
                let replaced = decoded.replaced;
                doc.warnings.push(format!(
                    "{replaced} damaged UTF-8 sequence(s) replaced with U+FFFD"
                ));
            }
            if doc.text.is_empty() {
                Outcome::Empty {
                    reason: if doc.removed.is_empty() {
                        "no body text".into()
                    } else {
                        "no text left after removing site chrome".into()
                    },
                    removed: doc.removed,
                    warnings: doc.warnings,
                }
            } else {
                Outcome::Document(Box::new(doc))
            }
        }
        Ok(Err(err)) => Outcome::Error(err.to_string()),
        Err(_) => {
            Outcome::Error("internal error while parsing this file (please report it)".into())
        }
    }
}

/// Builds a corpus from the inputs. `on_file` is called once per file read
/// (for a progress bar). Fails only when an input cannot be listed at all.
pub fn build(inputs: &[PathBuf], on_file: &(dyn Fn() + Sync)) -> Result<Built, InputError> {
    let (files, unlisted) = discover::discover(inputs)?;
    let outcomes: Vec<Outcome> = files
        .par_iter()
        .map(|file| {
            let outcome = process(file);
            on_file();
            outcome
        })
        .collect();
    let outcomes = empty_page_shells(outcomes);

    let mut taken_keys = HashMap::<String, usize>::new();
    let mut first_with_text = HashMap::<(String, String), usize>::new();
    let mut docs: Vec<Document> = Vec::new();
    let mut entries = Vec::with_capacity(files.len() + unlisted.len());
    let mut removals = BTreeMap::new();
    for (file, outcome) in files.iter().zip(outcomes) {
        let mut entry = FileEntry {
            path: file.rel_path.clone(),
            input: file.input,
            status: Status::Kept,
            reason: None,
            id: None,
            flags: Vec::new(),
            kind_rule: None,
            warnings: Vec::new(),
            removed: BTreeMap::new(),
        };
        match outcome {
            Outcome::Skipped(reason) => {
                entry.status = Status::Skipped;
                entry.reason = Some(reason);
            }
            Outcome::Error(reason) => {
                entry.status = Status::Error;
                entry.reason = Some(reason);
            }
            Outcome::Empty {
                reason,
                removed,
                warnings,
            } => {
                entry.status = Status::Empty;
                entry.reason = Some(reason);
                entry.removed = count_rules(&removed);
                entry.warnings = warnings;
                removals.insert(file.rel_path.clone(), removed);
            }
            Outcome::Document(mut doc) => {
                entry.removed = count_rules(&doc.removed);
                entry.warnings = std::mem::take(&mut doc.warnings);
                let dedupe_key = (doc.source.clone(), doc.text.clone());
                if let Some(&kept) = first_with_text.get(&dedupe_key) {
                    let original: &mut Document = &mut docs[kept];
                    entry.status = Status::Duplicate;
                    entry.reason = Some(format!("same source and text as {}", original.path));
                    entry.id = Some(original.id.clone());
                    original.duplicate_paths.push(file.rel_path.clone());
                } else {
                    let id = unique_id(&mut taken_keys, file);
                    entry.id = Some(id.clone());
                    entry.kind_rule = Some(format!(
                        "{}: {}",
                        Texts(Lang::En).kind(doc.kind),
                        doc.kind_reason
                    ));
                    entry.flags = doc.flags.clone();
                    first_with_text.insert(dedupe_key, docs.len());
                    removals.insert(file.rel_path.clone(), doc.removed.clone());
                    docs.push(document(id, file, *doc));
                }
            }
        }
        entries.push(entry);
    }
    entries.extend(unlisted.into_iter().map(|u| FileEntry {
        path: u.rel_path,
        input: u.input,
        status: Status::Error,
        reason: Some(u.message),
        id: None,
        flags: Vec::new(),
        kind_rule: None,
        warnings: Vec::new(),
        removed: BTreeMap::new(),
    }));
    let mut corpus = Corpus::new(docs);
    corpus.sort();
    // After sorting: related lists follow the corpus order.
    corpus.relations = Some(gazette_core::related::compute(
        &corpus.docs,
        &gazette_core::related::Tuning::default(),
    ));
    let inputs = inputs.iter().map(|p| p.display().to_string()).collect();
    Ok(Built {
        corpus,
        report: Report::new(inputs, entries),
        removals,
    })
}

/// A body that this many files with different titles share word for word is
/// not an article but what the site served instead of one (a block, captcha,
/// rate-limit or "enable JavaScript" page, or a menu). Reposts of one article
/// share a title up to a prefix or suffix and stay far below this.
const PAGE_SHELL_TITLES: usize = 4;

/// Turns documents whose whole body is a shared page shell into empty ones,
/// so they are reported instead of being kept (or deduplicated) as articles.
fn empty_page_shells(outcomes: Vec<Outcome>) -> Vec<Outcome> {
    let mut titles_by_text = HashMap::<&str, std::collections::HashSet<&str>>::new();
    for outcome in &outcomes {
        if let Outcome::Document(doc) = outcome {
            titles_by_text
                .entry(doc.text.as_str())
                .or_default()
                .insert(doc.title.as_str());
        }
    }
    let shells: HashMap<String, usize> = titles_by_text
        .into_iter()
        .filter(|(_, titles)| titles.len() >= PAGE_SHELL_TITLES)
        .map(|(text, titles)| (text.to_owned(), titles.len()))
        .collect();
    if shells.is_empty() {
        return outcomes;
    }
    outcomes
        .into_iter()
        .map(|outcome| match outcome {
            Outcome::Document(doc) if shells.contains_key(&doc.text) => {
                let titles = shells[&doc.text];
                Outcome::Empty {
                    reason: format!(
                        "body is a page shell, not an article: {titles} files with different \
                         titles have exactly this text (a block, captcha or \
                         JavaScript-required page)"
                    ),
                    removed: doc.removed,
                    warnings: doc.warnings,
                }
            }
            other => other,
        })
        .collect()
}

/// The id for a file: from its relative path; a path seen in an earlier input
/// directory is qualified with this input's index so ids stay unique.
fn unique_id(taken: &mut HashMap<String, usize>, file: &InputFile) -> String {
    let mut key = file.rel_path.clone();
    if taken.contains_key(&key) {
        key = format!("{}/{}", file.input, file.rel_path);
    }
    let id = ids::document_id(&key);
    taken.insert(key, file.input);
    id
}

fn document(id: String, file: &InputFile, doc: Ingested) -> Document {
    Document {
        id,
        path: file.rel_path.clone(),
        duplicate_paths: Vec::new(),
        title: doc.title,
        date: doc.date,
        signature_date: doc.signature_date,
        source: doc.source,
        url: doc.url,
        text: doc.text,
        agencies: doc.agencies,
        issuers: doc.issuers,
        origin: doc.origin,
        reporter: doc.reporter,
        people: doc.people,
        doc_refs: doc.doc_refs,
        carries: doc.carries,
        kind: doc.kind,
        flags: doc.flags,
        layout: doc.layout,
        categories: doc.categories,
        tags: doc.tags,
        images: doc.images,
    }
}

fn count_rules(removed: &[Removal]) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for removal in removed {
        *counts.entry(removal.rule).or_default() += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, body: &str) -> Outcome {
        let file =
            format!("---\ntitle: {title}\nsource: 某公众号\ndate: 2024-01-02\n---\n\n{body}\n");
        process_bytes("a.md", file.as_bytes())
    }

    #[test]
    fn a_body_shared_by_many_titles_is_reported_as_a_page_shell() {
        let shell = "Security check: Captcha. You know what to do.";
        let mut outcomes: Vec<Outcome> = (0..PAGE_SHELL_TITLES)
            .map(|n| article(&format!("第{n}篇文章"), shell))
            .collect();
        outcomes.push(article("一篇真正的文章", "网信办部署开展专项行动。"));
        let outcomes = empty_page_shells(outcomes);
        let empty = outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Empty { reason, .. } if reason.contains("page shell")))
            .count();
        assert_eq!(empty, PAGE_SHELL_TITLES);
        assert!(matches!(outcomes.last(), Some(Outcome::Document(_))));
    }

    #[test]
    fn reposts_under_a_few_titles_stay_articles() {
        let body = "网信办部署开展专项行动，整治网络乱象。";
        let outcomes = empty_page_shells(vec![
            article("网信办部署专项行动", body),
            article("关注 | 网信办部署专项行动", body),
        ]);
        assert!(outcomes.iter().all(|o| matches!(o, Outcome::Document(_))));
    }
}
