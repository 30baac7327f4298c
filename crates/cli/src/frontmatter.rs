//! YAML front matter: split it from the body and read the fields Gazette uses.

use serde_norway::Value;
use std::fmt;

/// The front-matter fields Gazette reads; every one may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title`.
    pub title: Option<String>,
    /// `date` as written (RFC 2822, `YYYY-MM-DD HH:MM:SS +0800`, bare date …).
    pub date: Option<String>,
    /// `source` (WeChat account) or `author` (Hexo).
    pub source: Option<String>,
    /// `url`, `link` or `permalink`.
    pub url: Option<String>,
    /// `categories` (a list or one value).
    pub categories: Vec<String>,
    /// `tags` (a list or one value).
    pub tags: Vec<String>,
    /// `layout` (Jekyll), which tells a mirror site's post apart.
    pub layout: Option<String>,
}

/// Front matter that is present but cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterError {
    /// 1-based line in the file where the YAML error is.
    pub line: usize,
    /// What the YAML parser said.
    pub message: String,
}

impl fmt::Display for FrontMatterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "front matter is not valid YAML at line {}: {}",
            self.line, self.message
        )
    }
}

/// Splits `text` into its front matter (without the `---` fences) and body.
///
/// Leading blank lines are allowed before the opening fence (the Hexo files
/// start with one). Returns `None` for the front matter when there is none.
/// The third value is the 1-based line where the YAML starts.
pub fn split(text: &str) -> (Option<&str>, &str, usize) {
    let trimmed = text.trim_start_matches(['\n', '\r', ' ', '\t']);
    let skipped_lines = text[..text.len() - trimmed.len()].matches('\n').count();
    let Some(after_open) = trimmed
        .strip_prefix("---\n")
        .or_else(|| trimmed.strip_prefix("---\r\n"))
    else {
        return (None, text, 0);
    };
    let mut offset = 0;
    for line in after_open.split_inclusive('\n') {
        if line.trim_end() == "---" || line.trim_end() == "..." {
            let yaml = &after_open[..offset];
            let body = &after_open[offset + line.len()..];
            return (Some(yaml), body, skipped_lines + 2);
        }
        offset += line.len();
    }
    // An opening fence with no closing one: not front matter after all.
    (None, text, 0)
}

/// Reads the fields of a front-matter block. `first_line` is where the YAML
/// starts in the file, so errors point at the right line.
pub fn parse(yaml: &str, first_line: usize) -> Result<FrontMatter, FrontMatterError> {
    let value: Value = serde_norway::from_str(yaml).map_err(|err| FrontMatterError {
        line: first_line + err.location().map_or(0, |l| l.line().saturating_sub(1)),
        message: err.to_string(),
    })?;
    let map = match value {
        Value::Mapping(map) => map,
        Value::Null => return Ok(FrontMatter::default()),
        _ => {
            return Err(FrontMatterError {
                line: first_line,
                message: "expected `key: value` lines".into(),
            })
        }
    };
    Ok(FrontMatter::from_fields(
        |key| map.get(key).and_then(scalar),
        |key| map.get(key).map(list).unwrap_or_default(),
    ))
}

impl FrontMatter {
    /// The fields Gazette reads, from a lookup of scalars and one of lists:
    /// the one place that says which keys mean what.
    fn from_fields(
        get: impl Fn(&str) -> Option<String>,
        list: impl Fn(&str) -> Vec<String>,
    ) -> Self {
        Self {
            title: get("title"),
            date: get("date"),
            source: get("source").or_else(|| get("author")),
            url: get("url")
                .or_else(|| get("link"))
                .or_else(|| get("permalink")),
            categories: list("categories"),
            tags: list("tags"),
            layout: get("layout"),
        }
    }
}

/// Reads front matter that is not valid YAML the way its writer meant it:
/// one `key: value` per line (values may contain `: ` or brackets, which
/// scrapers leave unquoted); lines that start no key continue the previous
/// value and are dropped, as titles never span lines.
pub fn parse_lenient(yaml: &str) -> FrontMatter {
    let mut fields = std::collections::BTreeMap::<&str, String>::new();
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let is_key = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if is_key {
            let value = value.trim().trim_matches(|c| c == '\'' || c == '"').trim();
            fields.entry(key).or_insert_with(|| value.to_owned());
        }
    }
    let get = |key: &str| fields.get(key).filter(|v| !v.is_empty()).cloned();
    FrontMatter::from_fields(get, |key| get(key).into_iter().collect())
}

/// A scalar as trimmed text; `None` for empty values, maps and lists.
fn scalar(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Tagged(tagged) => return scalar(&tagged.value),
        _ => return None,
    };
    (!text.is_empty()).then_some(text)
}

/// A list of scalars, or one scalar as a list of one.
fn list(value: &Value) -> Vec<String> {
    match value {
        Value::Sequence(items) => items.iter().filter_map(scalar).collect(),
        other => scalar(other).into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_after_leading_blank_lines() {
        let (yaml, body, line) = split("\n---\ntitle: 标题\n---\n\n<div>正文</div>");
        assert_eq!(yaml, Some("title: 标题\n"));
        assert_eq!(body, "\n<div>正文</div>");
        assert_eq!(line, 3);
    }

    #[test]
    fn no_front_matter_is_all_body() {
        assert_eq!(split("# 标题\n正文"), (None, "# 标题\n正文", 0));
        assert_eq!(
            split("---\nno closing fence"),
            (None, "---\nno closing fence", 0)
        );
    }

    #[test]
    fn crlf_fences() {
        let (yaml, body, _) = split("---\r\ntitle: a\r\n---\r\nbody");
        assert_eq!(yaml, Some("title: a\r\n"));
        assert_eq!(body, "body");
    }

    #[test]
    fn reads_hexo_fields() {
        let yaml = "title: '工信部：将开展专项整治行动'\ncategories: \n - 金融\n - 新浪财经\n\
                    author: 新浪财经\ncomments: false\ndate: Tue, 20 Apr 2021 11:51:38 GMT\n";
        let fm = parse(yaml, 2).expect("valid");
        assert_eq!(fm.title.as_deref(), Some("工信部：将开展专项整治行动"));
        assert_eq!(fm.source.as_deref(), Some("新浪财经"));
        assert_eq!(fm.date.as_deref(), Some("Tue, 20 Apr 2021 11:51:38 GMT"));
        assert_eq!(fm.categories, ["金融", "新浪财经"]);
    }

    #[test]
    fn single_category_and_numeric_values() {
        let fm = parse(
            "categories: wangxinzhongguo\ntags: 网信中国新闻\ntitle: 2024\n",
            2,
        )
        .expect("valid");
        assert_eq!(fm.categories, ["wangxinzhongguo"]);
        assert_eq!(fm.tags, ["网信中国新闻"]);
        assert_eq!(fm.title.as_deref(), Some("2024"));
    }

    #[test]
    fn lenient_reading_of_scraper_front_matter() {
        let yaml = "title: 张望: 2025年重点推进三类可信数据空间\nurl: https://x/?a=1\nsource: 中国信息安全\n\
                    date: 2025-01-01\n";
        assert!(parse(yaml, 2).is_err());
        let fm = parse_lenient(yaml);
        assert_eq!(
            fm.title.as_deref(),
            Some("张望: 2025年重点推进三类可信数据空间")
        );
        assert_eq!(fm.url.as_deref(), Some("https://x/?a=1"));
        assert_eq!(fm.date.as_deref(), Some("2025-01-01"));

        let multi_line = parse_lenient(
            "title: 【公告】注册即将开始 12：00\n\n赶不上的定个闹钟吧\ndate: 2024-11-12\n",
        );
        assert_eq!(
            multi_line.title.as_deref(),
            Some("【公告】注册即将开始 12：00")
        );
        assert_eq!(multi_line.date.as_deref(), Some("2024-11-12"));
    }

    #[test]
    fn malformed_yaml_names_the_line() {
        let err = parse("title: ok\ndate: [unclosed\n", 2).expect_err("malformed");
        assert!(err.line >= 3, "{err}");
        assert!(err
            .to_string()
            .starts_with("front matter is not valid YAML at line"));
    }
}
