//! A listing's teaser at the top of a scraped article: the aggregator's
//! excerpt of the article with its post time glued on
//! (`…要求限期整改。2023-5-1 22:34:52`), followed by the article itself. The
//! teaser goes; a post time to the second glued to a paragraph that is not
//! a teaser is cut from it (prose may end on a time of day, never on its
//! seconds). Both are named in the report.

use crate::blocks::{Block, Removal};
use regex::Regex;
use std::sync::OnceLock;

/// Rule: the teaser block.
pub const TEASER: &str = "listing-teaser";
/// Rule: a post time at the end of a paragraph.
pub const POST_TIME: &str = "post-time";

/// A post time at the end of a block: a date with a time (seconds optional).
fn post_time() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{1,2}(:\d{1,2})?$")
            .expect("post-time pattern compiles")
    })
}

/// Longest label before a post time that goes with it (`发布时间 :`).
const MAX_LABEL_CHARS: usize = 12;

/// Shortest excerpt (characters) judged a teaser of what follows.
const MIN_TEASER_CHARS: usize = 12;

/// How many blocks after a teaser its article may start (the listing's
/// author, view count and rule stand between).
const TEASER_REACH: usize = 8;

/// The text of `blocks` (images left out) run together, squeezed, until it
/// is at least `chars` long.
fn squeezed_from(blocks: &[Block], chars: usize) -> String {
    let mut out = String::new();
    for block in blocks.iter().filter(|b| !b.is_image()) {
        if out.chars().count() > chars {
            break;
        }
        out.push_str(&squeezed(&block.text));
    }
    out
}

/// The text without spaces and stray Markdown emphasis (`*`, `_`), which
/// scrapes leave in one copy and not the other.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '_' | '`'))
        .collect::<String>()
        .trim_end_matches(['…', '.'])
        .to_owned()
}

/// Removes teasers and glued post times; a block that is only a time is
/// left to the furniture rule.
pub fn remove(blocks: Vec<Block>, removed: &mut Vec<Removal>) -> Vec<Block> {
    let mut kept: Vec<Block> = Vec::with_capacity(blocks.len());
    for (n, mut block) in blocks.iter().cloned().enumerate() {
        let Some(found) = post_time().captures(&block.text) else {
            kept.push(block);
            continue;
        };
        let (Some(stamp), to_the_second) = (found.get(0), found.get(1).is_some()) else {
            kept.push(block);
            continue;
        };
        if stamp.start() == 0 {
            kept.push(block);
            continue;
        }
        let excerpt = squeezed(&block.text[..stamp.start()]);
        let is_teaser = excerpt.chars().count() >= MIN_TEASER_CHARS
            && (n + 1..blocks.len().min(n + 1 + TEASER_REACH)).any(|start| {
                squeezed_from(&blocks[start..], excerpt.chars().count()).starts_with(&excerpt)
            });
        if is_teaser {
            removed.push(Removal {
                rule: TEASER,
                text: block.text,
            });
            continue;
        }
        if !to_the_second {
            kept.push(block);
            continue;
        }
        // `发布时间 : 2022-10-31 12:00:52`, `发表于 …`: the label goes with the time.
        let label = block.text[..stamp.start()]
            .trim()
            .trim_end_matches([':', '：', ' ', '*']);
        if label.chars().count() <= MAX_LABEL_CHARS && !label.contains(['。', '，', '！', '？'])
        {
            removed.push(Removal {
                rule: POST_TIME,
                text: block.text,
            });
            continue;
        }
        removed.push(Removal {
            rule: POST_TIME,
            text: block.text[stamp.start()..].trim().to_owned(),
        });
        block.text.truncate(stamp.start());
        kept.push(block);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn a_teaser_with_its_post_time_goes_and_the_article_stays() {
        let article =
            "OpenAI 的 CTO 接受采访时表示 AGI 必须被监管。她表示该公司正与政府展开持续的讨论。";
        let blocks = vec![
            Block::paragraph(
                "OpenAI 的 CTO 接受采访时表示 AGI 必须被监管。她表示 2023-5-1 22:34:52",
            ),
            Block::paragraph("Author: www.solidot.org(查看原文)"),
            Block::paragraph("阅读量:17"),
            Block::paragraph(article),
        ];
        let mut removed = Vec::new();
        let kept = remove(blocks, &mut removed);
        assert_eq!(
            texts(&kept),
            ["Author: www.solidot.org(查看原文)", "阅读量:17", article]
        );
        assert_eq!(removed[0].rule, TEASER);
    }

    #[test]
    fn a_teaser_may_run_across_the_article_s_first_blocks() {
        let blocks = vec![
            Block::paragraph(
                "全球动态1. 调查发现维修店员工会访问客户数据研究人员2022-11-28 17:58:47",
            ),
            Block::paragraph("全球动态"),
            Block::paragraph("1. 调查发现维修店员工会访问客户数据"),
            Block::paragraph("研究人员将电脑留在维修店过夜。"),
        ];
        let mut removed = Vec::new();
        let kept = remove(blocks, &mut removed);
        assert_eq!(kept.len(), 3);
        assert_eq!(removed[0].rule, TEASER);
    }

    #[test]
    fn a_post_time_glued_to_other_text_is_cut_and_dates_in_prose_stay() {
        let blocks = vec![
            Block::paragraph("工信部发布通知。 2024-07-01 09:30:05"),
            Block::paragraph("会议于 2024-07-01 09:30 在北京召开。"),
            Block::paragraph("会议定于 2024-07-01 09:30"),
            Block::paragraph("2024-07-01 09:30"),
            Block::paragraph("发布时间 : 2022-10-31 12:00:52"),
        ];
        let mut removed = Vec::new();
        let kept = remove(blocks, &mut removed);
        assert_eq!(
            texts(&kept),
            [
                "工信部发布通知。",
                "会议于 2024-07-01 09:30 在北京召开。",
                "会议定于 2024-07-01 09:30",
                "2024-07-01 09:30"
            ]
        );
        assert_eq!(
            (removed[0].rule, removed[0].text.as_str()),
            (POST_TIME, "2024-07-01 09:30:05")
        );
    }
}
