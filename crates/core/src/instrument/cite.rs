//! How an article is named and cited: 《网络暴力信息治理规定》第十二条.

use super::structure::{article_label, Article};

/// Longest caption shown for an article in an outline (characters).
const CAPTION_CHARS: usize = 18;

/// The name of the instrument a document carries, for a citation: the first
/// 《…》 of its title (`国家网信办公布《网信部门行政执法程序规定》（附全文）`
/// → `网信部门行政执法程序规定`), else the title without its `通知 |` tag.
pub fn instrument_name(title: &str) -> String {
    if let Some((_, after)) = title.split_once('《') {
        if let Some((name, _)) = after.split_once('》') {
            if !name.trim().is_empty() {
                return name.trim().to_owned();
            }
        }
    }
    let untagged = match title.split_once(['|', '｜']) {
        Some((tag, rest)) if tag.chars().count() <= 6 && !rest.trim().is_empty() => rest,
        _ => title,
    };
    untagged.trim().to_owned()
}

/// `《name》第十二条`: an article cited by its instrument's name.
pub fn citation(name: &str, number: u32) -> String {
    format!("《{name}》{}", article_label(number))
}

/// A short caption for an article in an outline: its 【条旨】 when it has one
/// (`第一条【立法目的】 …` → `立法目的`), else the opening of its text.
pub fn caption(text: &str, article: &Article) -> String {
    let body = text.get(article.start..article.end).unwrap_or_default();
    let first_line = body.lines().next().unwrap_or_default();
    let after_label = first_line
        .split_once('条')
        .map_or(first_line, |(_, rest)| rest)
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if let Some(rest) = after_label.strip_prefix('【') {
        if let Some((gist, _)) = rest.split_once('】') {
            return gist.trim().to_owned();
        }
    }
    let mut caption: String = after_label.chars().take(CAPTION_CHARS).collect();
    if after_label.chars().count() > CAPTION_CHARS {
        caption.push('…');
    }
    caption
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::structure::outline;

    #[test]
    fn names_come_from_the_title() {
        assert_eq!(
            instrument_name("国家网信办公布《网信部门行政执法程序规定》（附全文）"),
            "网信部门行政执法程序规定"
        );
        assert_eq!(
            instrument_name("关键信息基础设施商用密码使用管理规定"),
            "关键信息基础设施商用密码使用管理规定"
        );
        assert_eq!(instrument_name("发布 | 某某办法全文"), "某某办法全文");
        assert_eq!(instrument_name("《》空"), "《》空");
        assert_eq!(citation("办法", 12), "《办法》第十二条");
    }

    #[test]
    fn captions_prefer_the_gist() {
        let text = "第一条【立法目的】 为了规范。\n第二条 本办法适用于中华人民共和国境内的网络交易平台经营者报送数据。\n";
        let found = outline(text);
        assert_eq!(caption(text, &found.articles[0]), "立法目的");
        assert_eq!(
            caption(text, &found.articles[1]),
            "本办法适用于中华人民共和国境内的网络…"
        );
    }
}
