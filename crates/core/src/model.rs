//! The corpus format, defined once: the CLI writes it, the app reads it.
//!
//! See `docs/corpus-format.md` for the field-by-field description.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The version of the corpus format this crate writes and reads.
///
/// Bump it when a change would make an older reader misread a newer file.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole corpus: every document Gazette shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// Format version; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The corpus's name, shown in the viewer's header ("" for none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// What the corpus holds, in a sentence or two ("" for none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Documents, sorted by date (newest first), then by id.
    pub docs: Vec<Document>,
    /// Related documents, repost clusters and boilerplate, computed by
    /// `gazette build`; absent in corpora made before they existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relations: Option<crate::related::Relations>,
}

/// What a corpus is called: the part of a [`Corpus`] the viewer's header shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorpusInfo {
    /// See [`Corpus::title`].
    pub title: String,
    /// See [`Corpus::description`].
    pub description: String,
}

/// One announcement, cleaned.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier derived from the input path (12 lowercase hex digits).
    pub id: String,
    /// Path of the input file, relative to the input directory given to the build.
    pub path: String,
    /// Paths of other input files whose content duplicates this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duplicate_paths: Vec<String>,
    /// Headline, without the site's decorations.
    pub title: String,
    /// Publication time, RFC 3339 with offset (`+08:00` for Chinese sources).
    pub date: String,
    /// The date the text is signed with (成文日期: a line that is only a
    /// date, `2022年9月13日`, near the end), as `YYYY-MM-DD`, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_date: Option<String>,
    /// The outlet or account that published this copy (新浪财经, 中国信息安全 …).
    pub source: String,
    /// Where this copy was published, if known.
    pub url: Option<String>,
    /// Clean body text; paragraphs separated by a blank line.
    pub text: String,
    /// Government bodies named (canonical names from [`crate::agencies`]), in table order.
    pub agencies: Vec<String>,
    /// The national bodies that issued what the document is about (发文机关:
    /// the subject of an issuing verb in its title or lead, or a signer above
    /// its date line), canonical names, first found first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub issuers: Vec<String>,
    /// The original publisher the text states (`（来源：中国网信网）` → `中国网信网`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// The reporter(s) the text names (`记者王思北` → `王思北`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporter: Option<String>,
    /// Officials and executives named, with their role where the text gives it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Documents cited: titles (`《…办法》`) and document numbers (`国办发〔2021〕12号`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub doc_refs: Vec<String>,
    /// The normative instrument whose text this document carries, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carries: Option<crate::instrument::Carried>,
    /// What the announcement is.
    #[serde(default)]
    pub kind: Kind,
    /// Quality flags: `short`, `truncated`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    /// One letter per paragraph of `text`: `p` paragraph, `h` heading, `l` list
    /// item, `t` table row. Omitted when every paragraph is a plain `p`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub layout: String,
    /// Categories as given by the source file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// Tags as given by the source file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Images the source showed between paragraphs, in order. Only their
    /// addresses are kept, apart from `text` (so they are never searched);
    /// the viewer shows a placeholder and never loads them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<ImageRef>,
}

/// An image a document showed, by address (see [`Document::images`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ImageRef {
    /// Where it stands: before paragraph `at` of the text (0-based); the
    /// number of paragraphs means after the last one.
    pub at: usize,
    /// Where the source loaded it from (absolute `http(s)`).
    pub url: String,
    /// Its alternative text, if the source gave one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub alt: String,
}

/// A person named in a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Person {
    /// Full name (`庄荣文`).
    pub name: String,
    /// Role as the text gives it (`中央网信办主任`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// What kind of announcement a document is, decided by explainable rules at ingest.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A meeting, symposium, forum or conference is reported.
    Meeting,
    /// A rule, notice, standard or plan is issued or published (印发, 发布, 通知).
    Notice,
    /// A campaign or special action (专项行动, 清朗).
    Campaign,
    /// An interview or Q&A (答记者问, 专访).
    Interview,
    /// A vulnerability or threat bulletin (漏洞, CVE).
    Vulnerability,
    /// News or commentary: anything else.
    #[default]
    News,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Kind; 6] = [
        Kind::Notice,
        Kind::Meeting,
        Kind::Campaign,
        Kind::Interview,
        Kind::Vulnerability,
        Kind::News,
    ];

    /// Its name in the corpus JSON, URLs and the CLI (`meeting`, `notice` …).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Meeting => "meeting",
            Kind::Notice => "notice",
            Kind::Campaign => "campaign",
            Kind::Interview => "interview",
            Kind::Vulnerability => "vulnerability",
            Kind::News => "news",
        }
    }

    /// The kind with this name.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// What a paragraph of a document's text is (see [`Document::layout`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphKind {
    /// Body text.
    Paragraph,
    /// A heading or bold pseudo-heading.
    Heading,
    /// A list item.
    ListItem,
    /// A table row, cells separated by ` | `.
    TableRow,
}

impl ParagraphKind {
    /// The letter used in [`Document::layout`].
    pub fn letter(self) -> char {
        match self {
            Self::Paragraph => 'p',
            Self::Heading => 'h',
            Self::ListItem => 'l',
            Self::TableRow => 't',
        }
    }

    fn from_letter(letter: char) -> Self {
        match letter {
            'h' => Self::Heading,
            'l' => Self::ListItem,
            't' => Self::TableRow,
            _ => Self::Paragraph,
        }
    }
}

impl Document {
    /// The paragraphs with their kinds, from `text` and `layout` (a missing
    /// or short layout means plain paragraphs).
    pub fn structured_paragraphs(&self) -> impl Iterator<Item = (ParagraphKind, &str)> {
        let mut letters = self.layout.chars();
        self.paragraphs().map(move |p| {
            let kind = letters
                .next()
                .map_or(ParagraphKind::Paragraph, ParagraphKind::from_letter);
            (kind, p)
        })
    }

    /// The paragraphs of the text, in order, without blank ones.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        paragraphs(&self.text)
    }
}

/// The paragraphs of a document text (separated by blank lines), without blank ones.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

/// The paragraphs of a text with their kinds from a layout string (see
/// [`Document::layout`]); a missing or short layout means plain paragraphs.
pub fn structured_paragraphs<'a>(
    text: &'a str,
    layout: &'a str,
) -> impl Iterator<Item = (ParagraphKind, &'a str)> {
    let mut letters = layout.chars();
    paragraphs(text).map(move |p| {
        let kind = letters
            .next()
            .map_or(ParagraphKind::Paragraph, ParagraphKind::from_letter);
        (kind, p)
    })
}

/// Why a corpus could not be read.
#[derive(Debug)]
pub enum CorpusError {
    /// The JSON is malformed or does not match the format.
    Json(serde_json::Error),
    /// The file was written by a newer (or unknown) format version.
    UnsupportedVersion(u32),
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json(err) => write!(f, "corpus is not valid corpus JSON: {err}"),
            Self::UnsupportedVersion(v) => write!(
                f,
                "corpus schema_version {v} is not supported (this build reads {SCHEMA_VERSION})"
            ),
        }
    }
}

impl std::error::Error for CorpusError {}

impl Corpus {
    /// An empty corpus of the current format version.
    pub fn new(docs: Vec<Document>) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            title: String::new(),
            description: String::new(),
            docs,
            relations: None,
        }
    }

    /// The corpus's name and description.
    pub fn info(&self) -> CorpusInfo {
        CorpusInfo {
            title: self.title.clone(),
            description: self.description.clone(),
        }
    }

    /// Reads a corpus from its JSON text, checking the format version.
    pub fn from_json(json: &str) -> Result<Self, CorpusError> {
        let corpus: Self = serde_json::from_str(json).map_err(CorpusError::Json)?;
        if corpus.schema_version != SCHEMA_VERSION {
            return Err(CorpusError::UnsupportedVersion(corpus.schema_version));
        }
        Ok(corpus)
    }

    /// Writes the corpus as pretty JSON; the same corpus always gives the same bytes.
    pub fn to_json(&self) -> String {
        // Serializing plain structs of strings cannot fail.
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }

    /// Puts documents in the canonical order: newest first, then by id.
    pub fn sort(&mut self) {
        self.docs
            .sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    }

    /// The document with this id, if any.
    pub fn get(&self, id: &str) -> Option<&Document> {
        self.docs.iter().find(|d| d.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, date: &str) -> Document {
        Document {
            id: id.into(),
            path: format!("{id}.md"),
            title: "标题".into(),
            date: date.into(),
            source: "来源".into(),
            text: "第一段。\n\n第二段。".into(),
            ..Document::default()
        }
    }

    #[test]
    fn json_round_trip_is_identical() {
        let corpus = Corpus::new(vec![doc("b", "2024-01-01T00:00:00+08:00")]);
        let json = corpus.to_json();
        let back = Corpus::from_json(&json).expect("round trip");
        assert_eq!(back, corpus);
        assert_eq!(back.to_json(), json);
    }

    #[test]
    fn empty_lists_are_omitted_but_required_fields_are_written() {
        let json = Corpus::new(vec![doc("a", "2024-01-01T00:00:00+08:00")]).to_json();
        assert!(!json.contains("duplicate_paths"));
        assert!(json.contains("\"agencies\": []"));
        assert!(json.contains("\"url\": null"));
    }

    #[test]
    fn newer_schema_is_refused_with_a_clear_message() {
        let err = Corpus::from_json(r#"{"schema_version":99,"docs":[]}"#)
            .expect_err("version 99 must be refused");
        assert!(err.to_string().contains("schema_version 99"));
    }

    #[test]
    fn malformed_json_is_an_error_not_a_panic() {
        assert!(Corpus::from_json("{").is_err());
        assert!(Corpus::from_json(r#"{"docs":[]}"#).is_err());
    }

    #[test]
    fn sort_puts_newest_first_then_id() {
        let mut corpus = Corpus::new(vec![
            doc("b", "2023-01-01T00:00:00+08:00"),
            doc("c", "2024-01-01T00:00:00+08:00"),
            doc("a", "2023-01-01T00:00:00+08:00"),
        ]);
        corpus.sort();
        let ids: Vec<_> = corpus.docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["c", "a", "b"]);
    }

    #[test]
    fn layout_gives_paragraph_kinds() {
        let mut d = doc("a", "2024-01-01T00:00:00+08:00");
        d.text = "标题\n\n正文。\n\n甲 | 乙".into();
        d.layout = "hpt".into();
        let kinds: Vec<_> = d.structured_paragraphs().map(|(k, _)| k).collect();
        assert_eq!(
            kinds,
            [
                ParagraphKind::Heading,
                ParagraphKind::Paragraph,
                ParagraphKind::TableRow
            ]
        );
        d.layout.clear();
        assert!(d
            .structured_paragraphs()
            .all(|(k, _)| k == ParagraphKind::Paragraph));
    }

    #[test]
    fn title_description_and_images_are_optional_and_round_trip() {
        let old = r#"{"schema_version":1,"docs":[]}"#;
        let corpus = Corpus::from_json(old).expect("a corpus without title reads");
        assert_eq!(corpus.info(), CorpusInfo::default());
        assert!(!corpus.to_json().contains("title"));

        let mut corpus = Corpus::new(vec![doc("a", "2024-01-01T00:00:00+08:00")]);
        corpus.title = "政策公告".into();
        corpus.description = "2022–2025 年".into();
        corpus.docs[0].images = vec![ImageRef {
            at: 1,
            url: "https://example.com/a.png".into(),
            alt: String::new(),
        }];
        let json = corpus.to_json();
        assert!(json.contains("\"title\": \"政策公告\""));
        assert!(!json.contains("\"alt\""));
        let back = Corpus::from_json(&json).expect("round trip");
        assert_eq!(back, corpus);
        assert_eq!(back.info().title, "政策公告");
    }

    #[test]
    fn kinds_serialize_lowercase() {
        assert_eq!(
            serde_json::to_string(&Kind::Vulnerability).ok().as_deref(),
            Some("\"vulnerability\"")
        );
    }

    #[test]
    fn paragraphs_skip_blank_runs() {
        let mut d = doc("a", "2024-01-01T00:00:00+08:00");
        d.text = "一\n\n\n\n二\n\n ".into();
        assert_eq!(d.paragraphs().collect::<Vec<_>>(), ["一", "二"]);
    }
}
