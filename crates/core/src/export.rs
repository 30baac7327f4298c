//! A result set as a file the reader can keep: CSV for spreadsheets, JSON for scripts.
//!
//! Both list the same columns: id, title, date, source, origin, agencies, url.

use crate::model::Document;
use serde::Serialize;

/// The columns, in order (the CSV header).
pub const COLUMNS: [&str; 7] = ["id", "title", "date", "source", "origin", "agencies", "url"];

/// One exported row.
#[derive(Debug, Serialize)]
struct Row<'a> {
    id: &'a str,
    title: &'a str,
    date: &'a str,
    source: &'a str,
    origin: Option<&'a str>,
    agencies: &'a [String],
    url: Option<&'a str>,
}

impl<'a> From<&'a Document> for Row<'a> {
    fn from(doc: &'a Document) -> Self {
        Row {
            id: &doc.id,
            title: &doc.title,
            date: &doc.date,
            source: &doc.source,
            origin: doc.origin.as_deref(),
            agencies: &doc.agencies,
            url: doc.url.as_deref(),
        }
    }
}

/// CSV (RFC 4180, CRLF line ends) with a byte-order mark so spreadsheet
/// programs read the Chinese as UTF-8. Agencies are joined with `; `.
pub fn to_csv<'a>(docs: impl IntoIterator<Item = &'a Document>) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for doc in docs {
        let agencies = doc.agencies.join("; ");
        let cells = [
            doc.id.as_str(),
            &doc.title,
            &doc.date,
            &doc.source,
            doc.origin.as_deref().unwrap_or(""),
            &agencies,
            doc.url.as_deref().unwrap_or(""),
        ];
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_cell(&mut out, cell);
        }
        out.push_str("\r\n");
    }
    out
}

/// A JSON array of objects with the export columns (agencies as an array).
pub fn to_json<'a>(docs: impl IntoIterator<Item = &'a Document>) -> String {
    let rows: Vec<Row> = docs.into_iter().map(Row::from).collect();
    serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_owned())
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

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let docs = [
            doc(
                "网信办, \"清朗\"\n行动",
                Some("https://example.com/a?b=1,2"),
            ),
            doc("=HYPERLINK(\"x\")", None),
        ];
        let csv = to_csv(&docs);
        let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert_eq!(lines[0], "id,title,date,source,origin,agencies,url");
        assert_eq!(
            lines[1],
            "a1b2c3d4e5f6,\"网信办, \"\"清朗\"\"\n行动\",2023-05-01T10:00:00+08:00,新华社,中国网信网,中央网信办; 公安部,\"https://example.com/a?b=1,2\""
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
        let json = to_json(&[doc("标题", None)]);
        let rows: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let row = &rows[0];
        assert_eq!(row["title"], "标题");
        assert_eq!(row["agencies"][1], "公安部");
        assert_eq!(row["url"], serde_json::Value::Null);
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
