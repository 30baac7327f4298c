//! One file's text to one document: front matter, body, chrome removal, metadata.

use crate::blocks::Removal;
use crate::blocks::{Block, BlockKind};
use crate::boilerplate;
use crate::extract;
use crate::frontmatter::{self, FrontMatter};
use crate::{dates, html, markdown};
use gazette_core::instrument::name::cited;
use gazette_core::instrument::{refs, Carried};
use gazette_core::model::{ImageRef, Kind, ParagraphKind, Person};
use std::fmt;

/// File extensions Gazette reads as documents (lowercase). Files without an
/// extension are read too; everything else is reported as skipped.
pub const DOCUMENT_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "html", "htm", "xhtml"];

/// Whether a file with this relative path is a document type Gazette reads.
pub fn is_document_path(rel_path: &str) -> Result<(), String> {
    let name = rel_path.rsplit('/').next().unwrap_or(rel_path);
    if name.starts_with('.') {
        return Err("hidden file".into());
    }
    match name.rsplit_once('.') {
        None => Ok(()),
        Some((_, ext)) if DOCUMENT_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) => {
            Ok(())
        }
        Some((_, ext)) => Err(format!("not a document type (.{ext})")),
    }
}

/// A document read from one file, before it gets its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ingested {
    /// Headline.
    pub title: String,
    /// RFC 3339, `+08:00`.
    pub date: String,
    /// Outlet or account.
    pub source: String,
    /// Where it was published.
    pub url: Option<String>,
    /// Clean text, paragraphs separated by blank lines; empty if nothing is left.
    pub text: String,
    /// As given.
    pub categories: Vec<String>,
    /// As given.
    pub tags: Vec<String>,
    /// Original publisher stated in the text.
    pub origin: Option<String>,
    /// Reporter(s) named in a byline.
    pub reporter: Option<String>,
    /// National bodies named (canonical names).
    pub agencies: Vec<String>,
    /// Those of them that issued what it is about (发文机关).
    pub issuers: Vec<String>,
    /// People named with a role.
    pub people: Vec<Person>,
    /// Documents cited (abbreviations resolved, never itself).
    pub doc_refs: Vec<String>,
    /// The instrument whose text it carries.
    pub carries: Option<Carried>,
    /// What the announcement is.
    pub kind: Kind,
    /// Why it is that kind (`title contains 印发`).
    pub kind_reason: String,
    /// The signature date (成文日期), `YYYY-MM-DD`.
    pub signature_date: Option<String>,
    /// Quality flags (`short`, `truncated`).
    pub flags: Vec<String>,
    /// One letter per paragraph (see `Document::layout`).
    pub layout: String,
    /// Images between paragraphs (see `Document::images`).
    pub images: Vec<ImageRef>,
    /// What chrome removal took out, for `--explain`.
    pub removed: Vec<Removal>,
    /// Problems that were worked around (shown in the build report).
    pub warnings: Vec<String>,
}

/// Why a file could not become a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestError {
    /// No date in the front matter nor in the file name.
    NoDate,
    /// A date in a format Gazette does not know.
    BadDate(String),
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoDate => write!(f, "no date: none in the front matter or the file name"),
            Self::BadDate(raw) => write!(f, "date {raw:?} is in no known format"),
        }
    }
}

impl std::error::Error for IngestError {}

/// Reads one file's decoded text. `rel_path` gives the file name (a date
/// fallback) and the extension (HTML or Markdown).
pub fn ingest(rel_path: &str, text: &str) -> Result<Ingested, IngestError> {
    let (yaml, body, yaml_line) = frontmatter::split(text);
    let mut warnings = Vec::new();
    let fm = match yaml.map(|y| (y, frontmatter::parse(y, yaml_line))) {
        Some((_, Ok(fm))) => fm,
        Some((yaml, Err(err))) => {
            warnings.push(format!("{err}; read it line by line instead"));
            frontmatter::parse_lenient(yaml)
        }
        None => FrontMatter::default(),
    };
    let blocks = body_blocks(rel_path, body);
    let source = source_of(&fm).unwrap_or_default();
    // A title taken from a heading of the body is removed from the text like a
    // repeated title; one taken from a plain first paragraph stays in it.
    let (title, repeated_title) = match fm.title.clone() {
        Some(title) => (title.clone(), title),
        None => match first_line_title(&blocks) {
            Some((title, true)) => (title.clone(), title),
            Some((title, false)) => (title, String::new()),
            None => (String::new(), String::new()),
        },
    };
    let (blocks, removed) = boilerplate::clean(blocks, &repeated_title, &source);
    let (blocks, images) = crate::blocks::split_images(blocks);
    let date = date_of(&fm, rel_path)?;
    let paragraphs: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    let text = paragraphs.join("\n\n");
    let titled_text = format!("{title}\n{text}");
    // WeChat puts the author's name between the repeated title and the account.
    let header_byline = removed
        .iter()
        .filter(|r| r.rule == "repeated-header")
        .find(|r| extract::looks_like_name(&r.text))
        .map(|r| r.text.clone());
    let reporter = extract::origin::reporter(&paragraphs).or(header_byline);
    let reporters: Vec<&str> = reporter.iter().flat_map(|r| r.split('、')).collect();
    let greetings: Vec<&str> = removed
        .iter()
        .filter(|r| r.rule == "account-slogan")
        .map(|r| r.text.as_str())
        .collect();
    let (kind, kind_reason) = extract::kind::kind(&title, &paragraphs, &greetings);
    let signed = signature_date(&paragraphs);
    let agencies = extract::agencies::find(&titled_text);
    let issuers: Vec<String> = extract::issuers::issuers(&title, &paragraphs, signed.is_some())
        .into_iter()
        .filter(|i| agencies.contains(i))
        .collect();
    let carries = extract::instrument::carried(
        &title,
        &text,
        date.get(..10).unwrap_or(""),
        signed.as_deref(),
    );
    let own = carries.as_ref().and_then(|c| cited(&c.name));
    Ok(Ingested {
        origin: extract::origin::origin(&paragraphs)
            .or_else(|| {
                // `以下文章来源于…` is chrome of the repost, but it names the origin.
                let repost_headers: Vec<&str> = removed
                    .iter()
                    .filter(|r| r.rule == "wechat-repost-header")
                    .map(|r| r.text.as_str())
                    .collect();
                extract::origin::origin(&repost_headers)
            })
            .or_else(|| {
                // A source line after a 推荐阅读 block is cut with that footer
                // (or, on a web page, with what lies outside the article),
                // but it still names the origin.
                let cut_source_lines: Vec<&str> = removed
                    .iter()
                    .filter(|r| r.rule == "related-articles" || r.rule == "outside-article")
                    .map(|r| r.text.trim_start())
                    .filter(|t| SOURCE_LINE_OPENINGS.iter().any(|o| t.starts_with(o)))
                    .collect();
                extract::origin::origin(&cut_source_lines)
            }),
        agencies,
        issuers,
        people: extract::people::people(&text, &reporters),
        doc_refs: refs::resolve(&extract::refs::doc_refs(&titled_text), &text, own.as_ref()),
        carries,
        flags: quality_flags(
            &title,
            &paragraphs,
            images.iter().any(|i| i.at >= paragraphs.len()),
            removed.iter().any(|r| r.rule == boilerplate::CUT_MARKER),
        ),
        signature_date: signed,
        layout: layout(&blocks),
        reporter,
        kind,
        kind_reason,
        title,
        date,
        source,
        url: fm.url,
        text,
        categories: fm.categories,
        tags: fm.tags,
        images,
        removed,
        warnings,
    })
}

/// How a line naming the original publisher opens.
const SOURCE_LINE_OPENINGS: &[&str] =
    &["文章来源", "参考来源", "（来源", "(来源", "来源：", "来源:"];

/// How near the end a signature date stands: the issuing body, the date, and
/// a few lines after it (a 抄送 line, an attachment note, a source line).
const SIGNATURE_TAIL_PARAGRAPHS: usize = 5;

/// The signature date (成文日期): the last paragraph near the end that is
/// only a date; else, in a notice that carries a document after it (印发 …
/// 附件), the first date line right under a signing body. The first paragraph
/// is never one (that is a page's post date).
fn signature_date(paragraphs: &[&str]) -> Option<String> {
    let tail_start = paragraphs
        .len()
        .saturating_sub(SIGNATURE_TAIL_PARAGRAPHS)
        .max(1);
    let at_end = paragraphs
        .get(tail_start..)?
        .iter()
        .rev()
        .find_map(|p| dates::standalone_date_zh(p));
    at_end.or_else(|| {
        paragraphs.windows(2).skip(1).find_map(|pair| {
            extract::issuers::is_signing_line(pair[0])
                .then(|| dates::standalone_date_zh(pair[1]))
                .flatten()
        })
    })
}

/// Texts shorter than this many characters are flagged `short`.
const SHORT_TEXT_CHARS: usize = 200;

/// A last paragraph at least this long that ends on an ellipsis was cut off
/// (a lone `……` line is a pause, not a cut).
const ELLIPSIS_CUT_CHARS: usize = 20;

/// A last paragraph at least this long that stops mid-sentence was cut off.
const CUT_OFF_PARAGRAPH_CHARS: usize = 50;

/// `short`: little text; `truncated`: the scrape cut the title or text off
/// (a replacement character where a multi-byte character was split, or a
/// long last paragraph that stops mid-sentence).
fn quality_flags(
    title: &str,
    paragraphs: &[&str],
    image_last: bool,
    cut_marker: bool,
) -> Vec<String> {
    let mut flags = Vec::new();
    let chars: usize = paragraphs.iter().map(|p| p.chars().count()).sum();
    if chars > 0 && chars < SHORT_TEXT_CHARS {
        flags.push("short".to_owned());
    }
    // A table's last row is read without its empty trailing cells
    // (`49 | Oracle Fusion Mi... |  |  | `).
    let last = paragraphs
        .last()
        .copied()
        .unwrap_or_default()
        .trim_end_matches([' ', '|']);
    // A scrape that stops on an ellipsis (`…并非正品二...`) was cut off; an
    // ellipsis inside quotes or brackets is the author's.
    // A short last line cut mid-word (`当事人对行...`) counts too.
    let before_ellipsis = ["...", "…", "。。。"]
        .iter()
        .find_map(|e| last.strip_suffix(e))
        .map(|rest| rest.trim_end_matches(['.', '…', '。']));
    let stops_on_ellipsis = before_ellipsis.is_some_and(|rest| {
        last.chars().count() >= ELLIPSIS_CUT_CHARS
            || rest.chars().count() >= 2
                && rest
                    .chars()
                    .next_back()
                    .is_some_and(|c| extract::is_han(c) || c.is_alphanumeric())
    });
    // A text that ends announcing what follows (`更多的情况如下：`) lost it,
    // unless a picture follows (`认证标志如下：` and the mark).
    let announces = !image_last && ["如下：", "如下:"].iter().any(|e| last.ends_with(e));
    let stops_mid_sentence = stops_on_ellipsis
        || cut_marker
        || announces
        || last.chars().count() >= CUT_OFF_PARAGRAPH_CHARS
            && last
                .chars()
                .next_back()
                .is_some_and(|c| extract::is_han(c) || c.is_alphanumeric());
    if title.contains('\u{fffd}')
        || paragraphs.iter().any(|p| p.contains('\u{fffd}'))
        || stops_mid_sentence
    {
        flags.push("truncated".to_owned());
    }
    flags
}

/// The layout letters of the blocks; empty when all are plain paragraphs.
fn layout(blocks: &[Block]) -> String {
    let letters: String = blocks
        .iter()
        .map(|b| {
            match b.kind {
                BlockKind::Paragraph => ParagraphKind::Paragraph,
                BlockKind::Heading => ParagraphKind::Heading,
                BlockKind::ListItem => ParagraphKind::ListItem,
                BlockKind::TableRow => ParagraphKind::TableRow,
                // Images were split off before; a stray one reads as plain.
                BlockKind::Image => ParagraphKind::Paragraph,
            }
            .letter()
        })
        .collect();
    if letters.chars().all(|c| c == 'p') {
        String::new()
    } else {
        letters
    }
}

/// A body is HTML when the file says so or when it starts with a tag.
fn body_blocks(rel_path: &str, body: &str) -> Vec<Block> {
    let lower = rel_path.to_ascii_lowercase();
    let starts_with_tag = body
        .trim_start()
        .strip_prefix('<')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '!'));
    if lower.ends_with(".html") || lower.ends_with(".htm") || starts_with_tag {
        html::blocks(body)
    } else {
        markdown::blocks(body)
    }
}

/// The longest title taken from a body's first line.
const MAX_TITLE_CHARS: usize = 120;

/// The first heading of the body, else its first block; and whether it was a heading.
fn first_line_title(blocks: &[Block]) -> Option<(String, bool)> {
    let heading = blocks.iter().find(|b| b.kind == BlockKind::Heading);
    let first = heading.or_else(|| blocks.iter().find(|b| !b.is_image()))?;
    Some((
        first.text.chars().take(MAX_TITLE_CHARS).collect(),
        heading.is_some(),
    ))
}

/// The front-matter date, else the date a file name starts with.
fn date_of(fm: &FrontMatter, rel_path: &str) -> Result<String, IngestError> {
    let file_name = rel_path.rsplit('/').next().unwrap_or(rel_path);
    match &fm.date {
        Some(raw) => dates::normalize(raw)
            .or_else(|| dates::from_file_name(file_name))
            .ok_or_else(|| IngestError::BadDate(raw.clone())),
        None => dates::from_file_name(file_name).ok_or(IngestError::NoDate),
    }
}

/// Suffix of a mirror site's tag naming the outlet it copies (`网信中国新闻`).
const MIRROR_TAG_SUFFIX: &str = "新闻";

/// The outlet: the front matter's `source`/`author`; for a Jekyll mirror post,
/// the outlet named by its tag (`网信中国新闻` → `网信中国`).
fn source_of(fm: &FrontMatter) -> Option<String> {
    if let Some(source) = &fm.source {
        return Some(outlet_name(source).to_owned());
    }
    fm.tags
        .iter()
        .find_map(|t| t.strip_suffix(MIRROR_TAG_SUFFIX).filter(|s| !s.is_empty()))
        .map(str::to_owned)
        .or_else(|| fm.tags.first().cloned())
        .or_else(|| fm.categories.first().cloned())
}

/// Separators between a site's name and its tagline in a page title.
const TAGLINE_SEPARATORS: &[&str] = &[" – ", "–", " — ", " - ", " | ", "｜", "|", "-"];

/// A site title without its tagline: `安全客-有思想的安全新媒体` → `安全客`,
/// `嘶吼 RoarTalk – 网络安全行业综合服务平台,4hou.com` → `嘶吼 RoarTalk`. Only a
/// Chinese tagline is cut, so names such as `E-Security` stay whole.
fn outlet_name(source: &str) -> &str {
    TAGLINE_SEPARATORS
        .iter()
        .filter_map(|sep| source.split_once(sep))
        .find(|(name, tagline)| {
            let name_chars = name.trim().chars().count();
            (2..=20).contains(&name_chars) && tagline.chars().any(crate::extract::is_han)
        })
        .map_or(source, |(name, _)| name.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scrape_that_stops_on_an_ellipsis_is_truncated() {
        let long = "第四十九条 当事人对行政处罚决定不服，可以依法申请行政复议。";
        let truncated = |last: &str| {
            quality_flags("标题", &[long, last], false, false).contains(&"truncated".to_owned())
        };
        assert!(truncated("当事人对行..."), "a short last line cut mid-word");
        assert!(truncated("当事人同意并签订确认书的，网…"));
        assert!(truncated(
            "第四十二条 拟作出的行政处罚决定应当经法制审核，未经审核或者审核未通过的。。。"
        ));
        assert!(!truncated("……"), "a pause, not a cut");
        assert!(!truncated("本规定自2023年6月1日起施行。"));
        assert!(!truncated("（完）"));
        assert!(
            truncated("49 | Oracle Fusion Mi... |  |  |  | "),
            "a table row cut in a cell"
        );
        assert!(
            truncated("关于社群和沙龙更多的情况如下："),
            "what it announces is gone"
        );
        let announced = quality_flags("标题", &[long, "认证标志如下："], true, false);
        assert!(
            !announced.contains(&"truncated".to_owned()),
            "a picture follows"
        );
        assert!(!truncated("| 高危 | https://example.com/a.html |"));
    }

    #[test]
    fn outlet_names_lose_their_taglines() {
        let cases = [
            (
                "嘶吼 RoarTalk – 网络安全行业综合服务平台,4hou.com",
                "嘶吼 RoarTalk",
            ),
            (
                "嘶吼 RoarTalk – 回归最本质的信息安全,互联网安全新媒体,4hou.com",
                "嘶吼 RoarTalk",
            ),
            ("安全客-有思想的安全新媒体", "安全客"),
            ("奇客Solidot–传递最新科技情报", "奇客Solidot"),
            ("unSafe.sh - 不安全", "unSafe.sh"),
            ("中国信息安全", "中国信息安全"),
            ("Doonsec's feed", "Doonsec's feed"),
            ("E-Security Weekly", "E-Security Weekly"),
        ];
        for (raw, want) in cases {
            assert_eq!(outlet_name(raw), want, "{raw}");
        }
    }

    #[test]
    fn document_types() {
        assert!(is_document_path("a/b.md").is_ok());
        assert!(is_document_path("x.TXT").is_ok());
        assert!(is_document_path("README").is_ok());
        assert_eq!(
            is_document_path("MANIFEST.tsv"),
            Err("not a document type (.tsv)".into())
        );
        assert!(is_document_path(".DS_Store").is_err());
    }

    #[test]
    fn no_front_matter_takes_title_from_heading_and_date_from_name() {
        let doc = ingest("2024-07-03_x.md", "# 通知标题\n\n正文。").expect("ingest");
        assert_eq!(doc.title, "通知标题");
        assert_eq!(doc.date, "2024-07-03T00:00:00+08:00");
        assert_eq!(doc.text, "正文。");
    }

    #[test]
    fn signature_date_line_stays_and_is_extracted() {
        let text = "---\ntitle: 关于开展检查的通知\ndate: 2022-09-15\n---\n\n\
                    2022年9月14日\n\n各有关单位：现将有关事项通知如下。\n\n特此通知。\n\n\
                    工业和信息化部办公厅\n\n2022年9月13日\n\n（来源：工信部网站）\n";
        let doc = ingest("2022-09-15_x.md", text).expect("ingests");
        assert!(
            doc.text.contains("工业和信息化部办公厅\n\n2022年9月13日"),
            "{}",
            doc.text
        );
        assert!(
            doc.text.starts_with("2022年9月14日"),
            "a leading date line stays too"
        );
        assert_eq!(doc.signature_date.as_deref(), Some("2022-09-13"));
        let undated = ingest(
            "2022-09-15_x.md",
            "---\ntitle: t\n---\n\n2022年9月14日\n\n正文。\n",
        )
        .expect("ingests");
        assert_eq!(
            undated.signature_date, None,
            "a first paragraph is a post date"
        );
    }

    #[test]
    fn undated_file_is_an_error() {
        assert_eq!(ingest("x.md", "正文"), Err(IngestError::NoDate));
        assert!(matches!(
            ingest("x.md", "---\ndate: someday\n---\n正文"),
            Err(IngestError::BadDate(_))
        ));
    }

    #[test]
    fn jekyll_mirror_source_comes_from_its_tag() {
        let text = "---\nlayout: post\ntitle: 标题\ndate: 2022-02-10 11:48:47 +0800\n\
                    categories: wangxinzhongguo\ntags: 网信中国新闻\n---\n<p>正文。</p>";
        let doc = ingest("001.txt", text).expect("ingest");
        assert_eq!(doc.source, "网信中国");
        assert_eq!(doc.date, "2022-02-10T11:48:47+08:00");
        assert_eq!(doc.text, "正文。");
    }
}
