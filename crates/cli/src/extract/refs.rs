//! Documents a text cites: `《…办法》` titles and `国办发〔2021〕12号` numbers.

use regex::Regex;
use std::sync::OnceLock;

/// A cited title ends with one of these (a law, rule, notice, standard, plan …);
/// 《中国信息安全》 (a magazine) does not.
const DOCUMENT_ENDINGS: &[&str] = &[
    "法",
    "办法",
    "条例",
    "规定",
    "通知",
    "意见",
    "决定",
    "规划",
    "方案",
    "指南",
    "标准",
    "要求",
    "细则",
    "纲要",
    "计划",
    "措施",
    "指引",
    "目录",
    "清单",
    "公告",
    "白皮书",
    "决议",
    "规则",
    "准则",
    "制度",
    "规范",
    "稿",
    "解释",
    "批复",
    "函",
    "指导意见",
    "通告",
    "名单",
    "报告",
    "法案",
    "法典",
    "预案",
    "战略",
    "方针",
    "令",
];

/// A document number: issuer abbreviation, year in brackets, serial, 号.
pub(crate) const DOC_NUMBER: &str =
    r"[\u4e00-\u9fff]{1,12}[〔\[［【(（]\s?(?:19|20)\d{2}\s?[〕\]］】)）]\s?\d{1,4}\s?号";

/// Words the number pattern may swallow before the issuer's abbreviation.
const LEADING_WORDS: &[&str] = &[
    "依据", "根据", "按照", "和", "及", "与", "的", "据", "见", "即", "以",
];

fn patterns() -> &'static (Regex, Regex) {
    static PATTERNS: OnceLock<(Regex, Regex)> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        (
            Regex::new(r"《([^《》\n]{2,80})》").expect("title pattern compiles"),
            Regex::new(DOC_NUMBER).expect("number pattern compiles"),
        )
    })
}

/// Cited document titles (with their 《》) and document numbers, in order of
/// first mention, each once.
pub fn doc_refs(text: &str) -> Vec<String> {
    let (titles, numbers) = patterns();
    let mut found: Vec<(usize, String)> = Vec::new();
    for c in titles.captures_iter(text) {
        let (Some(whole), Some(inner)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let inner = inner.as_str();
        // A closing note (（征求意见稿）, （2024年）) does not decide whether the
        // title names a document; parentheses inside the name (党委（党组）…) do not end it.
        let inner = match inner.strip_suffix(['）', ')']) {
            Some(open) => open
                .rsplit_once(['（', '('])
                .map_or(inner, |(title, note)| {
                    if note.contains("稿") || note.contains("试行") {
                        inner
                    } else {
                        title
                    }
                }),
            None => inner,
        };
        if DOCUMENT_ENDINGS
            .iter()
            .any(|e| inner.trim_end_matches(['）', ')']).ends_with(e) || inner.ends_with(e))
        {
            found.push((whole.start(), whole.as_str().to_owned()));
        }
    }
    for m in numbers.find_iter(text) {
        let number: String = m.as_str().split_whitespace().collect();
        let issuer_start = LEADING_WORDS
            .iter()
            .find_map(|w| number.strip_prefix(w))
            .unwrap_or(&number);
        found.push((m.start(), issuer_start.to_owned()));
    }
    found.sort();
    let mut refs: Vec<String> = Vec::new();
    for (_, r) in found {
        if !refs.contains(&r) {
            refs.push(r);
        }
    }
    refs
}

#[cfg(test)]
mod tests {
    use super::doc_refs;

    #[test]
    fn titles_and_numbers() {
        let text = "国家网信办发布《生成式人工智能服务管理暂行办法》，依据《中华人民共和国网络安全法》\
                    和国办发〔2021〕12号、工信部网安〔2022〕166号文件。欢迎订阅《中国信息安全》。\
                    《生成式人工智能服务管理暂行办法》自公布之日起施行。《数据出境安全评估办法（征求意见稿）》";
        assert_eq!(
            doc_refs(text),
            [
                "《生成式人工智能服务管理暂行办法》",
                "《中华人民共和国网络安全法》",
                "国办发〔2021〕12号",
                "工信部网安〔2022〕166号",
                "《数据出境安全评估办法（征求意见稿）》",
            ]
        );
    }
}
