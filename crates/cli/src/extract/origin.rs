//! The original publisher and the reporter, as the text states them.

use super::{is_han, leading_name};
use regex::Regex;
use std::sync::OnceLock;

/// Patterns that state an origin, tried in order; group 1 is the publisher.
const ORIGIN_PATTERNS: &[&str] = &[
    // （来源：中国网信网） （文章来源：网信中国） (来源:新华网)
    r"[（(]\s*(?:文章|本文|信息|稿件)?来源\s*[：:]\s*([^）)\n]{2,40}?)\s*[）)]",
    // 文章来源: https://www.solidot.org/story?sid=74837 / 参考来源：https://… (the
    // address whole, up to the first character no URL has)
    r"来源\s*[：:]\s*(https?://[!-~]+)",
    // 来源：工信部网站 / 2024-09-30 来源：X / 文章原作者 Y，文章来源：helpnetsecurity
    // (in a short paragraph: see ORIGIN_LINE_CHARS)
    r"来源\s*[：:]\s*([^，,。；;）)\s][^，,。；;）)\n]{1,39})",
    // 本文转载自：X / 转自：X
    r"^(?:本文)?转(?:载)?自\s*[：:]\s*(\S[^\n]{1,39})$",
    // 以下文章来源于中国信通院CAICT ，作者…
    r"^以下文章来源于\s*([^，,\s]{2,40})",
];

/// A dateline: `新华社北京1月29日电` → 新华社.
const DATELINE: &str = r"^[（(]?([\u4e00-\u9fff]{2,8}?(?:社|网|报|台|新闻))[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日(?:讯|电)";

/// An outlet's reporter line: `澎湃新闻记者 周頔` → 澎湃新闻.
const OUTLET_REPORTER: &str = r"^([\u4e00-\u9fff]{2,8}(?:社|网|报|台|新闻))记者";

struct Patterns {
    origins: Vec<Regex>,
    dateline: Regex,
    outlet_reporter: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let compile = |p: &str| Regex::new(p).expect("origin pattern compiles");
        Patterns {
            origins: ORIGIN_PATTERNS.iter().map(|p| compile(p)).collect(),
            dateline: compile(DATELINE),
            outlet_reporter: compile(OUTLET_REPORTER),
        }
    })
}

/// What a `来源：` after these words credits: a picture or a figure.
const CREDITS: &[&str] = &["图片", "图", "数据", "素材", "视频"];

/// Unbracketed `来源：` statements count only in paragraphs this short (a
/// source line), not in the middle of prose.
const ORIGIN_LINE_CHARS: usize = 100;

/// How many paragraphs at the start and at the end hold bylines.
const BYLINE_PARAGRAPHS: usize = 3;

fn byline_paragraphs<'s, 'a>(
    paragraphs: &'s [&'a str],
) -> impl Iterator<Item = &'a str> + use<'s, 'a> {
    let head = paragraphs.iter().take(BYLINE_PARAGRAPHS);
    let tail_start = paragraphs
        .len()
        .saturating_sub(BYLINE_PARAGRAPHS)
        .max(BYLINE_PARAGRAPHS);
    head.chain(paragraphs.iter().skip(tail_start)).copied()
}

/// The publisher the text says it comes from: an explicit `来源：` statement
/// anywhere, else a dateline or an outlet's reporter line at the top.
pub fn origin(paragraphs: &[&str]) -> Option<String> {
    let p = patterns();
    let stated = paragraphs.iter().find_map(|para| {
        let short = para.chars().count() <= ORIGIN_LINE_CHARS;
        p.origins
            .iter()
            .enumerate()
            .filter(|(i, _)| short || *i == 0)
            .map(|(_, re)| re)
            .find_map(|re| {
                let para = para.trim();
                let found = re.captures(para)?;
                // 图片来源：X credits a picture, 数据来源：X a figure: not the text's origin.
                let before = &para[..found.get(0)?.start()];
                (!CREDITS.iter().any(|c| before.ends_with(c))).then_some(found.get(1)?)
            })
            .map(|m| clean_origin(m.as_str()))
    });
    stated.filter(|o| !o.is_empty()).or_else(|| {
        paragraphs.iter().take(BYLINE_PARAGRAPHS).find_map(|para| {
            let para = para.trim();
            p.dateline
                .captures(para)
                .or_else(|| p.outlet_reporter.captures(para))
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_owned())
        })
    })
}

/// Trims what trails a publisher's name in a source line.
fn clean_origin(raw: &str) -> String {
    let raw = raw
        .trim()
        .trim_end_matches(['。', '，', ',', '.', ';', '；']);
    // `中国信通院CAICT ，作者中国信通院` → up to the first separator.
    raw.split(['，', ',', '；', ';', '|', '｜'])
        .next()
        .unwrap_or(raw)
        .trim()
        .to_owned()
}

/// The reporter(s) a byline names: `（记者王思北）`, `澎湃新闻记者 周頔`,
/// `记者 王思北 张三` → `王思北、张三`.
pub fn reporter(paragraphs: &[&str]) -> Option<String> {
    for para in byline_paragraphs(paragraphs) {
        for (i, _) in para.match_indices("记者") {
            let names = names_after(&para[i + "记者".len()..]);
            if !names.is_empty() {
                return Some(names.join("、"));
            }
        }
    }
    None
}

/// Names listed at the start of `text`, separated by spaces, `、` or `和`.
fn names_after(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches([' ', '\u{3000}', '、', '和', '：', ':']);
        match leading_name(rest) {
            Some(name) => {
                names.push(name);
                rest = &rest[name.len()..];
                if !rest.starts_with([' ', '、', '和', '\u{3000}'])
                    || rest.trim_start().starts_with(|c: char| !is_han(c))
                {
                    break;
                }
            }
            None => break,
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stated_origins() {
        let cases: &[(&[&str], Option<&str>)] = &[
            (&["正文。", "（来源：中国网信网）"], Some("中国网信网")),
            (&["正文。", "（文章来源：网信中国）"], Some("网信中国")),
            (&["正文。", "来源：工信部网站"], Some("工信部网站")),
            (&["本文是翻译文章，文章原作者 Mirko Zorz，文章来源：helpnetsecurity"], Some("helpnetsecurity")),
            (&["2024-09-30 来源：中国信息安全测评中心"], Some("中国信息安全测评中心")),
            (&["信息来源：", "正文。"], None),
            (&["以下文章来源于中国信通院CAICT ，作者中国信通院", "正文。"], Some("中国信通院CAICT")),
            (&["新华社北京1月29日电（记者王思北）中央网信办28日召开座谈会。"], Some("新华社")),
            (&["工信部：将开展专项整治行动", "澎湃新闻记者 周頔", "4月20日，工信部表示。"], Some("澎湃新闻")),
            (&["正文里说到了数据的来源：这不是一句署名，因为它在一个很长的段落的中间位置，并且没有括号包着；这样的段落是正文，讨论的是数据从哪里来、怎样流动、如何保护，应当完整保留，不应当被当作文章的出处，即使它里面有来源两个字和一个冒号。"], None),
            (&["没有来源的正文。"], None),
            (&["图片来源：“未来生命研究所”网站", "（来源：中国新闻网）"], Some("中国新闻网")),
            (&["*数据来源：国家统计局"], None),
            (
                &["文章来源: https://www.solidot.org/story?sid=74837如有侵权请联系:admin#unsafe.sh"],
                Some("https://www.solidot.org/story?sid=74837"),
            ),
            (
                &["参考来源：https://www.cac.gov.cn/2024-07/26/c_1723675813897965.htm"],
                Some("https://www.cac.gov.cn/2024-07/26/c_1723675813897965.htm"),
            ),
        ];
        for (paragraphs, want) in cases {
            assert_eq!(origin(paragraphs).as_deref(), *want, "{paragraphs:?}");
        }
    }

    #[test]
    fn reporters() {
        let cases: &[(&[&str], Option<&str>)] = &[
            (
                &["新华社北京1月29日电（记者王思北）中央网信办28日召开座谈会。"],
                Some("王思北"),
            ),
            (&["澎湃新闻记者 周頔"], Some("周頔")),
            (
                &["本报记者 王思北 张晓明", "正文。"],
                Some("王思北、张晓明"),
            ),
            (&["记者从会上获悉，会议召开。"], None),
            (&["新华社记者采访了中央网信办主任庄荣文。"], None),
        ];
        for (paragraphs, want) in cases {
            assert_eq!(reporter(paragraphs).as_deref(), *want, "{paragraphs:?}");
        }
    }
}
