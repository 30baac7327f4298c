//! A result set as a file the reader can keep: CSV for spreadsheets, JSON for scripts.
//!
//! Both list the same columns: id, title, date (the day, `YYYY-MM-DD`: a
//! spreadsheet sorts and filters it as a date), source, kind, origin,
//! agencies, url (the original), cluster (the id of the canonical copy of the
//! repost cluster the document is in) and link (the document in this viewer).

use crate::date::DateParts;
use crate::model::Document;
use serde::Serialize;

/// The columns, in order (the CSV header).
pub const COLUMNS: [&str; 10] = [
    "id", "title", "date", "source", "kind", "origin", "agencies", "url", "cluster", "link",
];

/// One document to export, with what the corpus knows around it.
#[derive(Debug, Clone, Copy)]
pub struct Exported<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The id of the canonical member of its repost cluster, if it is in one.
    pub cluster: Option<&'a str>,
    /// The address of the viewer, the document's route is appended to it
    /// (`https://host/gazette/` gives `https://host/gazette/#/doc/<id>`).
    pub viewer: &'a str,
}

/// One exported row.
#[derive(Debug, Serialize)]
struct Row<'a> {
    id: &'a str,
    title: &'a str,
    date: String,
    source: &'a str,
    kind: &'a str,
    origin: Option<&'a str>,
    agencies: &'a [String],
    url: Option<&'a str>,
    cluster: Option<&'a str>,
    link: String,
}

impl<'a> From<Exported<'a>> for Row<'a> {
    fn from(item: Exported<'a>) -> Self {
        let doc = item.doc;
        Row {
            id: &doc.id,
            title: &doc.title,
            date: day_of(&doc.date),
            source: &doc.source,
            kind: doc.kind.name(),
            origin: doc.origin.as_deref(),
            agencies: &doc.agencies,
            url: doc.url.as_deref(),
            cluster: item.cluster,
            link: format!("{}#/doc/{}", item.viewer, doc.id),
        }
    }
}

/// The day of a corpus date, or the date as written when it cannot be read.
fn day_of(date: &str) -> String {
    DateParts::parse(date).map_or_else(|| date.to_owned(), |parts| parts.day_label())
}

/// CSV (RFC 4180, CRLF line ends) with a byte-order mark so spreadsheet
/// programs read the Chinese as UTF-8. Agencies are joined with `; `.
pub fn to_csv<'a>(items: impl IntoIterator<Item = Exported<'a>>) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for item in items {
        let row = Row::from(item);
        let agencies = row.agencies.join("; ");
        let cells = [
            row.id,
            row.title,
            &row.date,
            row.source,
            row.kind,
            row.origin.unwrap_or(""),
            &agencies,
            row.url.unwrap_or(""),
            row.cluster.unwrap_or(""),
            &row.link,
        ];
        push_row(&mut out, &cells);
    }
    out
}

/// A JSON array of objects with the export columns (agencies as an array).
pub fn to_json<'a>(items: impl IntoIterator<Item = Exported<'a>>) -> String {
    let rows: Vec<Row> = items.into_iter().map(Row::from).collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_owned())
}

/// Writes one CSV row (CRLF-terminated).
pub(crate) fn push_row(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, cell);
    }
    out.push_str("\r\n");
}

/// Writes one cell, quoted when needed. A cell a spreadsheet would read as a
/// formula (`=`, `+`, `-`, `@` first) gets a leading `'`: corpus text is data.
fn push_cell(out: &mut String, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || cell.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, url: Option<&str>) -> Document {
        Document {
            id: "a1b2c3d4e5f6".into(),
            title: title.into(),
            date: "2023-05-01T10:00:00+08:00".into(),
            source: "新华社".into(),
            url: url.map(Into::into),
            text: "正文".into(),
            agencies: vec!["中央网信办".into(), "公安部".into()],
            origin: Some("中国网信网".into()),
            ..Document::default()
        }
    }

    fn items(docs: &[Document]) -> impl Iterator<Item = Exported<'_>> {
        docs.iter().map(|doc| Exported {
            doc,
            cluster: Some("c0ffee000001"),
            viewer: "https://example.org/g/",
        })
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let docs = [
            doc(
                "网信办, \"清朗\"\n行动",
                Some("https://example.com/a?b=1,2"),
            ),
            doc("=HYPERLINK(\"x\")", None),
        ];
        let csv = to_csv(items(&docs));
        let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert_eq!(
            lines[0],
            "id,title,date,source,kind,origin,agencies,url,cluster,link"
        );
        assert_eq!(
            lines[1],
            "a1b2c3d4e5f6,\"网信办, \"\"清朗\"\"\n行动\",2023-05-01,新华社,news,中国网信网,中央网信办; 公安部,\"https://example.com/a?b=1,2\",c0ffee000001,https://example.org/g/#/doc/a1b2c3d4e5f6"
        );
        assert!(lines[2].starts_with("a1b2c3d4e5f6,\"'=HYPERLINK(\"\"x\"\")\","));
        assert_eq!(
            lines.len(),
            4,
            "header, two rows, empty after the last CRLF"
        );
    }

    #[test]
    fn json_lists_the_same_columns() {
        let json = to_json(items(&[doc("标题", None)]));
        let rows: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let row = &rows[0];
        assert_eq!(row["title"], "标题");
        assert_eq!(row["agencies"][1], "公安部");
        assert_eq!(row["url"], serde_json::Value::Null);
        assert_eq!(row["date"], "2023-05-01", "the day, not the timestamp");
        assert_eq!(row["cluster"], "c0ffee000001");
        assert_eq!(row["link"], "https://example.org/g/#/doc/a1b2c3d4e5f6");
        let keys: Vec<&str> = row
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut want = COLUMNS.to_vec();
        want.sort_unstable();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(keys, want);
    }
}
