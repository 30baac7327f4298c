//! A collection as citations: Markdown to paste into a report, CSV for a
//! spreadsheet, CSL-JSON for Zotero and other reference managers.
//!
//! Each document is cited after GB/T 7714-2015 as an online resource:
//! `作者. 题名[EB/OL]. (发布日期)[引用日期]. 网址.` — the author being the
//! outlet the text says it comes from, else the source it was scraped from.

use super::{Collection, Item, Note};
use crate::date::DateParts;
use crate::export::push_row;
use crate::model::Document;
use serde::Serialize;

/// A collection's document, with what the corpus still knows of it.
#[derive(Debug, Clone)]
pub struct Cited<'a> {
    /// The collection's entry.
    pub item: &'a Item,
    /// The document, when it is still in the corpus.
    pub doc: Option<&'a Document>,
    /// The reader's notes on it.
    pub notes: Vec<&'a Note>,
}

/// What every citation of one export shares. The words are the app's (in
/// the reader's language); the core only arranges them.
#[derive(Debug, Clone, Copy)]
pub struct Citing<'a> {
    /// The viewer's address; a document's route is appended to it.
    pub viewer: &'a str,
    /// The day of the export (GB/T 7714's 引用日期).
    pub accessed: &'a str,
    /// The line under a Markdown export's heading (corpus, count, day),
    /// worded by the caller.
    pub summary: &'a str,
    /// Said of a document that left the corpus since it was collected.
    pub missing: &'a str,
    /// The link text to open a document in the viewer.
    pub open: &'a str,
}

/// The GB/T 7714-2015 reference of a document.
pub fn reference(doc: &Document, accessed: &str) -> String {
    let author = doc.origin.as_deref().unwrap_or(&doc.source);
    let day = day_of(&doc.date);
    match doc.url.as_deref().filter(|u| !u.is_empty()) {
        Some(url) => format!(
            "{author}. {}[EB/OL]. ({day})[{accessed}]. {url}.",
            doc.title
        ),
        None => format!("{author}. {}[N]. {}, {day}.", doc.title, doc.source),
    }
}

/// The reference in Markdown: its words escaped, its address an autolink
/// (an escaped address would no longer be the address).
fn markdown_reference(doc: &Document, accessed: &str) -> String {
    let reference = reference(doc, accessed);
    match doc.url.as_deref().filter(|u| !u.is_empty()) {
        Some(url) if reference.ends_with(&format!(" {url}.")) => {
            let words = &reference[..reference.len() - url.len() - 1];
            format!(
                "{}<{}>.",
                escape_markdown(words),
                url.replace('>', "%3E").replace(' ', "%20")
            )
        }
        _ => escape_markdown(&reference),
    }
}

/// The document's link in the viewer.
fn link(citing: &Citing<'_>, id: &str) -> String {
    format!("{}#/doc/{id}", citing.viewer)
}

/// A numbered Markdown list: each reference, its link, its notes quoted.
pub fn to_markdown(collection: &Collection, items: &[Cited<'_>], citing: &Citing<'_>) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n",
        escape_markdown(&collection.name),
        escape_markdown(citing.summary)
    );
    for (n, cited) in items.iter().enumerate() {
        let reference = match cited.doc {
            Some(doc) => markdown_reference(doc, citing.accessed),
            None => escape_markdown(&format!("{} ({})", cited.item.title, citing.missing)),
        };
        out.push_str(&format!("{}. {reference}\n", n + 1));
        if cited.doc.is_some() {
            out.push_str(&format!(
                "   [{}]({})\n",
                citing.open,
                link(citing, &cited.item.id)
            ));
        }
        for note in &cited.notes {
            out.push_str(&format!(
                "   > {}\n",
                escape_markdown(&one_line(&note.anchor.quote))
            ));
            if !note.comment.trim().is_empty() {
                out.push_str(&format!(
                    "   {}\n",
                    escape_markdown(&one_line(&note.comment))
                ));
            }
        }
    }
    out
}

/// CSV columns of a collection export.
pub const CSV_COLUMNS: [&str; 10] = [
    "id", "title", "date", "source", "kind", "origin", "url", "link", "citation", "notes",
];

/// CSV (with a byte-order mark, as the result export): one row a document,
/// its notes joined by blank lines.
pub fn to_csv(items: &[Cited<'_>], citing: &Citing<'_>) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for cited in items {
        let notes = cited
            .notes
            .iter()
            .map(|n| quoted(n))
            .collect::<Vec<_>>()
            .join("\n\n");
        let id = cited.item.id.as_str();
        let row: Vec<String> = match cited.doc {
            Some(doc) => vec![
                doc.id.clone(),
                doc.title.clone(),
                day_of(&doc.date),
                doc.source.clone(),
                doc.kind.name().to_owned(),
                doc.origin.clone().unwrap_or_default(),
                doc.url.clone().unwrap_or_default(),
                link(citing, id),
                reference(doc, citing.accessed),
                notes,
            ],
            None => vec![
                id.to_owned(),
                cited.item.title.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                citing.missing.to_owned(),
                notes,
            ],
        };
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        push_row(&mut out, &cells);
    }
    out
}

/// One CSL-JSON entry (only the fields Gazette knows).
#[derive(Serialize)]
struct CslEntry<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'a str,
    #[serde(rename = "container-title")]
    container_title: &'a str,
    genre: &'static str,
    language: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<CslDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accessed: Option<CslDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<&'a str>,
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    note: String,
}

/// `{"date-parts": [[2026, 12, 3]]}`.
#[derive(Serialize)]
struct CslDate {
    #[serde(rename = "date-parts")]
    date_parts: [[u16; 3]; 1],
}

impl CslDate {
    fn of(parts: &DateParts) -> CslDate {
        CslDate {
            date_parts: [[parts.year, u16::from(parts.month), u16::from(parts.day)]],
        }
    }

    /// A `YYYY-MM-DD` day.
    fn of_day(day: &str) -> Option<CslDate> {
        let mut parts = day.split('-').map(|p| p.parse::<u16>().ok());
        let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
        Some(CslDate {
            date_parts: [[y, m, d]],
        })
    }
}

/// CSL-JSON (the format of Zotero, Mendeley, Pandoc's citeproc): each
/// document a `webpage` with its outlet, dates, address, kind as genre, and
/// the reader's notes and viewer link in `note`. Documents no longer in the
/// corpus are left out (there is nothing to cite but a title).
pub fn to_csl_json(items: &[Cited<'_>], citing: &Citing<'_>) -> String {
    let entries: Vec<CslEntry> = items
        .iter()
        .filter_map(|cited| {
            let doc = cited.doc?;
            let mut note = vec![link(citing, &doc.id)];
            note.extend(cited.notes.iter().map(|n| quoted(n)));
            Some(CslEntry {
                id: &doc.id,
                kind: "webpage",
                title: &doc.title,
                container_title: &doc.source,
                genre: doc.kind.name(),
                language: "zh-CN",
                issued: DateParts::parse(&doc.date).map(|d| CslDate::of(&d)),
                accessed: CslDate::of_day(citing.accessed),
                publisher: doc.origin.as_deref(),
                url: doc.url.as_deref().filter(|u| !u.is_empty()),
                note: note.join("\n"),
            })
        })
        .collect();
    serde_json::to_string_pretty(&entries).unwrap_or_else(|_| "[]".to_owned())
}

/// A note as one cell or line: the quote in 「」, then the reader's words.
fn quoted(note: &Note) -> String {
    match note.comment.trim() {
        "" => format!("「{}」", note.anchor.quote),
        comment => format!("「{}」 {comment}", note.anchor.quote),
    }
}

fn day_of(date: &str) -> String {
    DateParts::parse(date).map_or_else(|| date.to_owned(), |d| d.day_label())
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Corpus text is data: characters Markdown would read as markup are escaped.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
