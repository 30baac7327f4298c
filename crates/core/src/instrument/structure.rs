//! The structure of a normative text: 编, 章, 节 and 条 headings, found line
//! by line. A line opens article N only when N follows the article before it
//! (or is 1, which starts a new instrument, as in a notice that carries the
//! instrument as its 附件): a sentence that starts with "第十二条规定的…"
//! in the middle of article 5 is a reference, not a heading.

/// A level of division above the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// 编
    Part,
    /// 章
    Chapter,
    /// 节
    Section,
}

/// A 编, 章 or 节 heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Division {
    /// 编, 章 or 节.
    pub level: Level,
    /// Its number (第二章 → 2).
    pub number: u32,
    /// The whole heading line, trimmed ("第二章　个人信息处理规则").
    pub heading: String,
    /// Byte offset of the heading in the text.
    pub start: usize,
}

/// One article (条), from its heading to the next article or division.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Its number (第十二条 → 12).
    pub number: u32,
    /// Which instrument of the text it belongs to: 0 for the first, 1 for one
    /// whose numbering starts again at 第一条 (an attachment), …
    pub instrument: usize,
    /// Byte range of the article in the text, its heading included.
    pub start: usize,
    /// End of the range (its last line, without the line break).
    pub end: usize,
    /// Its paragraphs (款): the heading's line and each line after it.
    pub paragraphs: usize,
}

/// Fewest articles that make a text normative (an instrument's text, with
/// an outline, article links and comparison by article); fewer is a notice
/// that merely lists points.
pub const MIN_ARTICLES: usize = 3;

/// The divisions and articles of a text, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// 编, 章 and 节 headings.
    pub divisions: Vec<Division>,
    /// Articles, numbered in sequence within each instrument.
    pub articles: Vec<Article>,
}

impl Outline {
    /// The article whose range holds the byte offset, if any.
    pub fn article_at(&self, offset: usize) -> Option<&Article> {
        self.articles
            .iter()
            .find(|a| a.start <= offset && offset < a.end)
    }

    /// Whether the text has at least [`MIN_ARTICLES`] articles.
    pub fn is_normative(&self) -> bool {
        self.articles.len() >= MIN_ARTICLES
    }
}

/// Reads the outline of a text whose paragraphs are lines.
pub fn outline(text: &str) -> Outline {
    let mut found = Outline::default();
    let mut instrument = 0;
    let mut offset = 0;
    // Whether the last article still takes the lines that follow (a
    // division or a 附件 line closes it; blank lines between paragraphs do not).
    let mut open = false;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let leading = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if is_attachment_heading(trimmed) {
            // 附件 closes the article before it; the attachment's own
            // articles start again at 第一条.
            open = false;
            continue;
        }
        let Some((number, unit, _rest)) = heading(trimmed) else {
            if let Some(article) = found.articles.last_mut().filter(|_| open) {
                article.end = offset;
                article.paragraphs += 1;
            }
            continue;
        };
        match unit {
            '条' => {
                let previous = found.articles.last().map(|a| a.number);
                let follows = previous.map_or(number == 1, |p| number == p + 1);
                let restarts = previous.is_some() && number == 1;
                if !(follows || restarts) {
                    if let Some(article) = found.articles.last_mut().filter(|_| open) {
                        article.end = offset;
                        article.paragraphs += 1;
                    }
                    continue;
                }
                if restarts {
                    instrument += 1;
                }
                found.articles.push(Article {
                    number,
                    instrument,
                    start: start + leading,
                    end: offset,
                    paragraphs: 1,
                });
                open = true;
            }
            level => {
                open = false;
                let level = match level {
                    '编' => Level::Part,
                    '章' => Level::Chapter,
                    _ => Level::Section,
                };
                found.divisions.push(Division {
                    level,
                    number,
                    heading: trimmed.to_string(),
                    start: start + leading,
                });
            }
        }
    }
    // An article ends where its last line ends, without the line break.
    for article in &mut found.articles {
        let body = &text[article.start..article.end];
        article.end = article.start + body.trim_end().len();
    }
    found
}

/// `第<numeral><unit>` at the start of a line, with what follows it. A
/// division heading is short and has no sentence punctuation; an article
/// heading is followed by a space, its text or nothing.
fn heading(line: &str) -> Option<(u32, char, &str)> {
    let rest = line.strip_prefix('第')?;
    let digits_end = rest
        .char_indices()
        .find(|&(_, c)| numeral_value(c).is_none())
        .map_or(rest.len(), |(i, _)| i);
    let number = parse_numeral(&rest[..digits_end])?;
    let mut after = rest[digits_end..].chars();
    let unit = after.next()?;
    let tail = after.as_str();
    match unit {
        '条' => {
            // "第十二条规定的" opens no article: a heading is followed by a
            // space, a 【条旨】 or the end of the line; scraped texts also
            // glue the text on directly, so plain text is let through
            // unless it reads as a reference.
            let reference = [
                "规定",
                "所称",
                "所列",
                "的规定",
                "至第",
                "、第",
                "和第",
                "或者第",
            ]
            .iter()
            .any(|r| tail.starts_with(r));
            (!reference).then_some((number, unit, tail.trim_start_matches(is_space)))
        }
        '编' | '章' | '节' => {
            let title = tail.trim_start_matches(is_space);
            let short = title.chars().count() <= 30;
            let plain = !title.contains(['。', '，', '；', ',', ';']);
            (short && plain).then_some((number, unit, title))
        }
        _ => None,
    }
}

/// "附件", "附件2：…", "附件：…" at the start of a line.
fn is_attachment_heading(line: &str) -> bool {
    line.strip_prefix("附件").is_some_and(|rest| {
        rest.chars().next().is_none_or(|c| {
            c.is_ascii_digit() || matches!(c, '：' | ':' | ' ' | '\u{3000}' | '一'..='九')
        })
    })
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}'
}

fn numeral_value(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '0' => 0,
        '一' | '1' => 1,
        '二' | '两' | '2' => 2,
        '三' | '3' => 3,
        '四' | '4' => 4,
        '五' | '5' => 5,
        '六' | '6' => 6,
        '七' | '7' => 7,
        '八' | '8' => 8,
        '九' | '9' => 9,
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// A Chinese (一百二十三, 十二, 一百零五) or Arabic (123) numeral, below 10,000.
pub fn parse_numeral(numeral: &str) -> Option<u32> {
    if numeral.is_empty() {
        return None;
    }
    if numeral.chars().all(|c| c.is_ascii_digit()) {
        return numeral.parse().ok().filter(|&n| n > 0);
    }
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    let mut last_unit = u32::MAX;
    for c in numeral.chars() {
        let value = numeral_value(c)?;
        if value >= 10 {
            // 十 alone means 一十; units must fall (百 after 十 is no numeral).
            if value >= last_unit {
                return None;
            }
            total += digit.take().unwrap_or(1) * value;
            last_unit = value;
        } else {
            if digit.is_some() && value != 0 {
                return None;
            }
            digit = (value != 0).then_some(value);
        }
    }
    total += digit.unwrap_or(0);
    (total > 0).then_some(total)
}

/// The Chinese numeral of a number below 10,000, as articles are numbered
/// (12 → 十二, 105 → 一百零五, 120 → 一百二十).
pub fn chinese_numeral(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n == 0 || n >= 10_000 {
        return n.to_string();
    }
    if (10..20).contains(&n) {
        let ones = n % 10;
        return if ones == 0 {
            "十".to_string()
        } else {
            format!("十{}", DIGITS[ones as usize])
        };
    }
    let mut out = String::new();
    let mut pending_zero = false;
    for (unit, name) in [
        (1000, Some('千')),
        (100, Some('百')),
        (10, Some('十')),
        (1, None),
    ] {
        let digit = (n / unit) % 10;
        if digit == 0 {
            pending_zero = !out.is_empty();
            continue;
        }
        if pending_zero {
            out.push('零');
            pending_zero = false;
        }
        out.push(DIGITS[digit as usize]);
        if let Some(name) = name {
            out.push(name);
        }
    }
    out
}

/// How an article is cited: 第十二条.
pub fn article_label(number: u32) -> String {
    format!("第{}条", chinese_numeral(number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_read_and_write_back() {
        for (text, n) in [
            ("一", 1),
            ("十", 10),
            ("十二", 12),
            ("二十", 20),
            ("一百零五", 105),
            ("一百二十三", 123),
            ("一千零一", 1001),
            ("12", 12),
        ] {
            assert_eq!(parse_numeral(text), Some(n), "{text}");
        }
        for n in 1..=1200 {
            assert_eq!(parse_numeral(&chinese_numeral(n)), Some(n), "{n}");
        }
        assert_eq!(parse_numeral("十百"), None);
        assert_eq!(parse_numeral("一二"), None);
        assert_eq!(article_label(12), "第十二条");
    }

    const REGULATION: &str = "网络暴力信息治理规定\n第一章　总则\n第一条　为了治理网络暴力信息，制定本规定。\n第二条 本规定适用于境内。\n依照本规定第一条规定的目的。\n第二章 信息治理\n第三条【条旨】网络信息服务提供者应当履行主体责任。\n第一条规定的情形除外。\n（一）建立机制；\n（二）完善制度。\n第四条 本规定自2024年8月1日起施行。\n";

    #[test]
    fn articles_and_chapters_are_found_in_order() {
        let found = outline(REGULATION);
        let numbers: Vec<u32> = found.articles.iter().map(|a| a.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4]);
        assert_eq!(found.divisions.len(), 2);
        assert_eq!(found.divisions[1].heading, "第二章 信息治理");
        let second = &REGULATION[found.articles[1].start..found.articles[1].end];
        assert!(second.starts_with("第二条") && second.ends_with("第一条规定的目的。"));
        // A line that starts with a reference to 第一条 stays in article 3.
        assert_eq!(found.articles[2].paragraphs, 4);
        assert!(found.articles.iter().all(|a| a.instrument == 0));
    }

    #[test]
    fn an_attachment_starts_a_second_instrument() {
        let notice = "关于印发《办法》的通知\n各单位：现将《办法》印发给你们。\n附件：办法\n第一条 为了规范。\n第二条 本办法自发布之日起施行。\n附件2：细则\n第一条 细则。\n";
        let found = outline(notice);
        let ids: Vec<(usize, u32)> = found
            .articles
            .iter()
            .map(|a| (a.instrument, a.number))
            .collect();
        assert_eq!(ids, [(0, 1), (0, 2), (1, 1)]);
        let offset = notice.find("发布之日").unwrap_or(0);
        assert_eq!(found.article_at(offset).map(|a| a.number), Some(2));
        assert!(found.article_at(0).is_none());
        let second = &notice[found.articles[1].start..found.articles[1].end];
        assert!(
            second.ends_with("施行。"),
            "附件 closes the article: {second}"
        );
    }

    #[test]
    fn paragraphs_separated_by_blank_lines_stay_in_their_article() {
        // The corpus separates paragraphs with a blank line.
        let text = REGULATION.replace('\n', "\n\n");
        let found = outline(&text);
        let numbers: Vec<u32> = found.articles.iter().map(|a| a.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4]);
        assert_eq!(found.articles[2].paragraphs, 4);
        let second = &text[found.articles[1].start..found.articles[1].end];
        assert!(second.ends_with("第一条规定的目的。"), "{second}");
    }

    #[test]
    fn text_without_articles_has_an_empty_outline() {
        assert_eq!(
            outline("网信办召开会议。\n第二条消息。\n"),
            Outline::default()
        );
        assert_eq!(outline(""), Outline::default());
    }
}
