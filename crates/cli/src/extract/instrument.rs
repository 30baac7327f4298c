//! The instrument a document carries the text of (a text of articles, named by
//! the line above its first article or by its title): its name and stage, its
//! document number, when it takes effect and what it repeals.

use gazette_core::instrument::cite::instrument_name;
use gazette_core::instrument::name::{cited, Stage};
use gazette_core::instrument::structure::{outline, Outline};
use gazette_core::instrument::Carried;
use regex::Regex;
use std::sync::OnceLock;

/// … the first of them within this share of it from the start (a notice or a
/// lead before the text is short; a commentary quoting articles is not).
const MAX_SHARE_BEFORE: f64 = 0.4;
/// … unless it runs unbroken from 第一条 for at least this many articles (the
/// full text after a long explanation of it: a commentary quotes a few).
const MIN_FULL_RUN: usize = 8;
/// How far into the text a document number is looked for (bytes).
const NUMBER_WITHIN: usize = 800;
/// Lines above the first article that may hold the instrument's name.
const NAME_LINES_ABOVE: usize = 4;
/// Longest line taken for a name (characters).
const NAME_CHARS: usize = 80;

struct Patterns {
    effective_on: Regex,
    effective_at_once: Regex,
    order_number: Regex,
    doc_number: Regex,
    repeals: Regex,
    date_line: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns {
        effective_on: Regex::new(
            r"自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*起\s*(?:正式)?(?:施行|实施|生效|执行)",
        )
        .expect("pattern compiles"),
        effective_at_once: Regex::new(
            r"自\s*(?:公布|发布|印发|颁布|下发)\s*之日起\s*(?:正式)?(?:施行|实施|生效|执行)",
        )
        .expect("pattern compiles"),
        // An order's number as its own line(s): `…总局令` then `第17号`.
        order_number: Regex::new(r"^[\p{Han}、 　]{2,60}令\s*(?:（|\()?\s*第\s*\d{1,4}\s*号(?:）|\))?$")
            .expect("pattern compiles"),
        // A notice's number as its own line (`文号：` may lead).
        doc_number: Regex::new(&format!(r"^(?:文号[：:]\s*)?({})$", super::refs::DOC_NUMBER))
            .expect("pattern compiles"),
        repeals: Regex::new(
            r"《([^《》\n]{2,80})》(?:（[^）\n]{0,40}）)?\s*(?:同时|即行|予以)?\s*废止|废止\s*《([^《》\n]{2,80})》",
        )
        .expect("pattern compiles"),
        date_line: Regex::new(r"^[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]?$")
            .expect("pattern compiles"),
    })
}

/// The instrument `text` carries, if it carries one. `day` is the
/// document's publication day and `signed` its signature date (`YYYY-MM-DD`):
/// "自公布之日起施行" takes effect on one of them.
pub fn carried(title: &str, text: &str, day: &str, signed: Option<&str>) -> Option<Carried> {
    let found = outline(text);
    let before = found.articles.first().map_or(text.len(), |a| a.start);
    let near_top = (before as f64) <= MAX_SHARE_BEFORE * text.len() as f64;
    if !found.is_normative() || !(near_top || full_run(&found)) {
        return None;
    }
    let name = name_above_articles(text, &found)
        .or_else(|| Some(instrument_name(title)).filter(|n| cited(n).is_some()))?;
    let mut stage = cited(&name)?.stage;
    if stage == Stage::Final && title.contains("征求意见") {
        stage = Stage::Draft;
    }
    let published = signed
        .map(str::to_owned)
        .or_else(|| date_line_above(text, &found))
        .unwrap_or_else(|| day.to_owned());
    Some(Carried {
        number: number(text),
        effective: effective(text, &found, &published),
        repeals: repeals(text, &found),
        name,
        stage,
    })
}

/// Whether the first instrument's articles run 第一条, 第二条, … unbroken for
/// at least `MIN_FULL_RUN` articles.
fn full_run(found: &Outline) -> bool {
    let first: Vec<u32> = found
        .articles
        .iter()
        .take_while(|a| a.instrument == 0)
        .map(|a| a.number)
        .collect();
    first.len() >= MIN_FULL_RUN && first.iter().zip(1..).all(|(&n, expected)| n == expected)
}

/// A line that is only a date (`2024年9月10日`) between the instrument's
/// name and its first article: the day it was issued, which "自公布之日起施行"
/// refers to.
fn date_line_above(text: &str, found: &Outline) -> Option<String> {
    let first = found.articles.first()?.start;
    let p = patterns();
    text[..first]
        .lines()
        .rev()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(NAME_LINES_ABOVE + 2)
        .find_map(|line| {
            let c = p.date_line.captures(line)?;
            let year = c.get(1)?.as_str();
            let (m, d): (u32, u32) = (
                c.get(2)?.as_str().parse().ok()?,
                c.get(3)?.as_str().parse().ok()?,
            );
            ((1..=12).contains(&m) && (1..=31).contains(&d))
                .then(|| format!("{year}-{m:02}-{d:02}"))
        })
}

/// The line just above the first article or division, when it names an
/// instrument (`网络暴力信息治理规定`, `附件` then the name): skips a
/// `（2024年…审议通过）` note and a `（征求意见稿）` line, which it reads into the name.
fn name_above_articles(text: &str, found: &Outline) -> Option<String> {
    let first = found
        .divisions
        .iter()
        .map(|d| d.start)
        .chain(found.articles.first().map(|a| a.start))
        .min()?;
    let lines: Vec<&str> = text[..first]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut stage_line = "";
    for line in lines.iter().rev().take(NAME_LINES_ABOVE) {
        let inner = line
            .trim_start_matches(['（', '('])
            .trim_end_matches(['）', ')']);
        if line.starts_with(['（', '(']) {
            if inner.contains("征求意见稿") || inner.contains("草案") || inner.contains("送审稿")
            {
                stage_line = line;
            }
            continue;
        }
        if line.chars().count() > NAME_CHARS || line.contains(['。', '：', ':']) {
            return None;
        }
        let named = format!("{line}{stage_line}");
        return cited(&named).is_some().then_some(named);
    }
    None
}

/// Paragraphs near the top where a document number stands on its own.
const NUMBER_PARAGRAPHS: usize = 8;

/// The document number (文号 or 令号): a paragraph near the top that is only
/// the number (an order's may take two: `…总局令`, `第17号`). A number inside
/// a sentence is a citation of another document.
fn number(text: &str) -> Option<String> {
    let p = patterns();
    let paragraphs: Vec<&str> = floor_slice(text, NUMBER_WITHIN)
        .split("\n\n")
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(NUMBER_PARAGRAPHS)
        .collect();
    let compact = |s: &str| s.split_whitespace().collect::<Vec<_>>().join("");
    for (n, paragraph) in paragraphs.iter().enumerate() {
        let joined = match paragraphs.get(n + 1) {
            Some(next) if paragraph.ends_with('令') => format!("{paragraph}{next}"),
            _ => (*paragraph).to_owned(),
        };
        if p.order_number.is_match(&joined) {
            return Some(compact(&joined));
        }
        if let Some(found) = p.doc_number.captures(paragraph).and_then(|c| c.get(1)) {
            return Some(compact(found.as_str()));
        }
    }
    None
}

/// When it takes effect: the first 施行 clause inside the articles (the
/// 附则), else anywhere in the text.
fn effective(text: &str, found: &Outline, published: &str) -> Option<String> {
    let p = patterns();
    let in_articles = |at: usize| found.articles.iter().any(|a| a.start <= at && at < a.end);
    let mut dated: Vec<(bool, usize, String)> = p
        .effective_on
        .captures_iter(text)
        .filter_map(|c| {
            let at = c.get(0)?.start();
            let (y, m, d) = (c.get(1)?.as_str(), c.get(2)?.as_str(), c.get(3)?.as_str());
            let (m, d): (u32, u32) = (m.parse().ok()?, d.parse().ok()?);
            ((1..=12).contains(&m) && (1..=31).contains(&d))
                .then(|| (!in_articles(at), at, format!("{y}-{m:02}-{d:02}")))
        })
        .collect();
    dated.extend(
        p.effective_at_once
            .find_iter(text)
            .filter(|_| published.len() == 10)
            .map(|m| (!in_articles(m.start()), m.start(), published.to_owned())),
    );
    dated.into_iter().min().map(|(_, _, day)| day)
}

/// Instruments its articles repeal (`《…》同时废止`).
fn repeals(text: &str, found: &Outline) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for article in &found.articles {
        let Some(body) = text.get(article.start..article.end) else {
            continue;
        };
        for c in patterns().repeals.captures_iter(body) {
            let Some(name) = c.get(1).or_else(|| c.get(2)) else {
                continue;
            };
            let written = format!("《{}》", name.as_str());
            if cited(&written).is_some() && !out.contains(&written) {
                out.push(written);
            }
        }
    }
    out
}

/// At most `max` bytes of `text`, cut at a character boundary.
fn floor_slice(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An order, its announcement, and the rules: twelve articles.
    fn rules(last: &str) -> String {
        let middle: String = (5..12)
            .map(|n| {
                let label = gazette_core::instrument::structure::article_label(n);
                format!("{label} 网络信息服务提供者应当履行网络暴力信息治理主体责任，建立健全机制。\n\n")
            })
            .collect();
        format!(
            "国家互联网信息办公室 公安部 文化和旅游部 国家广播电视总局令\n\n第17号\n\n\
             《网络暴力信息治理规定》已经审议通过，现予公布，自2024年8月1日起施行。\n\n\
             网络暴力信息治理规定\n\n第一章 总则\n\n第一条 为了治理网络暴力信息，制定本规定。\n\n\
             第二条 本规定适用于境内的网络暴力信息治理活动。\n\n第三条 网信部门负责统筹协调。\n\n\
             第四条 网络信息服务提供者应当加强管理。\n\n{middle}第十二条 本规定自2024年8月1日起施行。{last}"
        )
    }

    #[test]
    fn a_rule_with_its_order_number_and_effective_date() {
        let found = carried(
            "四部门公布《网络暴力信息治理规定》",
            &rules(""),
            "2024-06-14",
            None,
        )
        .expect("carries the rules");
        assert_eq!(found.name, "网络暴力信息治理规定");
        assert_eq!(found.stage, Stage::Final);
        assert_eq!(
            found.number.as_deref(),
            Some("国家互联网信息办公室公安部文化和旅游部国家广播电视总局令第17号")
        );
        assert_eq!(found.effective.as_deref(), Some("2024-08-01"));
    }

    #[test]
    fn a_draft_for_comment_takes_effect_on_publication_when_it_says_so() {
        let text = "附件\n\n数据出境安全评估办法\n\n（征求意见稿）\n\n第一条 为了规范数据出境活动，制定本办法。\n\n\
            第二条 本办法适用于数据出境。\n\n第三条 评估坚持事前评估。\n\n第四条 本办法自发布之日起施行。";
        let found = carried(
            "国家互联网信息办公室关于《数据出境安全评估办法（征求意见稿）》公开征求意见的通知",
            text,
            "2021-10-29",
            Some("2021-10-28"),
        )
        .expect("carries the draft");
        assert_eq!(found.name, "数据出境安全评估办法（征求意见稿）");
        assert_eq!(found.stage, Stage::Draft);
        assert_eq!(found.effective.as_deref(), Some("2021-10-28"));
        assert_eq!(found.number, None);
    }

    #[test]
    fn a_commentary_quoting_articles_carries_nothing() {
        let text = format!(
            "{}\n\n第一条 为了规范。\n\n第二条 适用范围。\n\n第三条 职责。\n\n{}",
            "专家认为，这部规定意义重大。".repeat(20),
            "总之，规定的出台恰逢其时。".repeat(20)
        );
        assert_eq!(
            carried("专家解读《某某规定》", &text, "2024-01-01", None),
            None
        );
    }

    #[test]
    fn repealed_instruments_are_read_from_the_articles() {
        let text = rules("《网络信息内容生态治理规定》第十条同时废止。");
        let found = carried("网络暴力信息治理规定", &text, "2024-06-14", None).expect("carries");
        assert_eq!(
            found.repeals,
            Vec::<String>::new(),
            "第十条 of it is not the instrument"
        );
        let text = rules("《网络信息内容生态治理规定》同时废止。");
        let found = carried("网络暴力信息治理规定", &text, "2024-06-14", None).expect("carries");
        assert_eq!(found.repeals, ["《网络信息内容生态治理规定》"]);
    }

    #[test]
    fn the_full_text_after_a_long_explanation_is_carried() {
        let text = format!(
            "{}\n\n{}",
            "新修订的规定明确了服务提供者的管理责任，回应了公众关切。".repeat(60),
            rules("")
        );
        let found = carried("新规定12月15日起施行", &text, "2024-06-20", None).expect("carries");
        assert_eq!(found.name, "网络暴力信息治理规定");
        assert_eq!(found.effective.as_deref(), Some("2024-08-01"));
    }

    #[test]
    fn taking_effect_on_publication_means_the_date_line_above_the_articles() {
        let text = "实施指引\n\n2024年9月10日\n\n第一条 为了规范。\n\n第二条 适用范围。\n\n\
            第三条 职责。\n\n第四条 本实施指引自公布之日起生效。";
        let found =
            carried("发布 | 《某某实施指引》全文", text, "2024-09-11", None).expect("carries");
        assert_eq!(found.effective.as_deref(), Some("2024-09-10"));
    }
}
