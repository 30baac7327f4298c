//! Site chrome and adverts, removed by rules kept in one table.
//!
//! Every rule has a name, so the build report can say what was removed from a
//! file and why (`gazette build --explain`).

use crate::blocks::{Block, BlockKind, Removal};

/// How a rule recognises a block.
#[derive(Debug, Clone, Copy)]
pub enum Match {
    /// The whole block, trimmed, equals this text.
    Exact(&'static str),
    /// The block starts with this text.
    Prefix(&'static str),
    /// The block contains this text.
    Contains(&'static str),
    /// The block starts with the first text and ends with the second
    /// (`更多创新大会详情`: a prompt towards a link).
    Around(&'static str, &'static str),
    /// The block is nothing but punctuation or arrows (WeChat's runs of
    /// lone `，` `。`, a `↓↓↓` pointing at a link below).
    PunctuationOnly,
    /// A few characters cut by an ellipsis (`《中...`): a teaser's stub.
    EllipsisStub,
    /// A story's submitter line alone (Solidot's `来自艾米七号`, its "from the
    /// … dept."): 来自 and a name, no punctuation.
    Attribution,
    /// The block is nothing but a URL (a mirror's link back to itself).
    BareUrl,
    /// Most of the block is link text (menus, related-article lists).
    LinkDense,
    /// The block is only a date or time, a number or a counter (page furniture).
    Furniture,
}

/// What a matching rule removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Only the matching block.
    Block,
    /// The matching block and everything after it (page chrome that ends a file).
    ToEnd,
}

/// One named removal rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Shown in the build report.
    pub name: &'static str,
    /// How the block is recognised.
    pub matches: Match,
    /// What is removed.
    pub scope: Scope,
    /// The rule applies only to blocks of at most this many characters
    /// (chrome is short; a long paragraph that mentions it is article text).
    pub max_chars: usize,
}

const fn rule(name: &'static str, matches: Match, scope: Scope, max_chars: usize) -> Rule {
    Rule {
        name,
        matches,
        scope,
        max_chars,
    }
}

use Match::{
    Around, Attribution, BareUrl, Contains, EllipsisStub, Exact, Furniture, LinkDense, Prefix,
    PunctuationOnly,
};
use Scope::{Block as One, ToEnd};

/// The rules, in the order they are tried.
pub const RULES: &[Rule] = &[
    // WeChat page chrome: everything from the preview notice on is the page, not the article.
    rule("wechat-page-chrome", Exact("预览时标签不可点"), ToEnd, 20),
    rule("wechat-page-chrome", Exact("微信扫一扫"), One, 20),
    rule("wechat-page-chrome", Prefix("微信扫一扫"), One, 30),
    rule("wechat-page-chrome", Exact("关注该公众号"), One, 20),
    rule("wechat-page-chrome", Exact("继续滑动看下一个"), One, 20),
    rule("wechat-page-chrome", Exact("向上滑动看下一个"), One, 20),
    rule("wechat-page-chrome", Exact("轻触阅读原文"), One, 20),
    rule("wechat-page-chrome", Exact("阅读原文"), One, 20),
    rule("wechat-page-chrome", Exact("使用小程序"), One, 20),
    rule("wechat-page-chrome", Exact("使用完整服务"), One, 20),
    rule("wechat-page-chrome", Contains("轻点两下取消"), One, 20),
    rule("wechat-page-chrome", Exact("知道了"), One, 20),
    rule("wechat-page-chrome", Exact("取消"), One, 20),
    rule("wechat-page-chrome", Exact("允许"), One, 20),
    rule("wechat-page-chrome", Exact("×"), One, 20),
    rule("wechat-page-chrome", Exact("分析"), One, 20),
    rule("wechat-page-chrome", Exact("视频"), One, 20),
    rule("wechat-page-chrome", Exact("小程序"), One, 20),
    rule("wechat-page-chrome", Exact("赞"), One, 20),
    rule("wechat-page-chrome", Exact("在看"), One, 20),
    rule("wechat-page-chrome", Exact("分享"), One, 20),
    rule("wechat-page-chrome", Exact("留言"), One, 20),
    rule("wechat-page-chrome", Exact("收藏"), One, 20),
    rule("wechat-page-chrome", Exact("听过"), One, 20),
    rule("lone-punctuation", PunctuationOnly, One, 200),
    // Interstitials served instead of the article (verification, "enable JavaScript").
    rule("interstitial-page", Exact("环境异常"), One, 10),
    rule(
        "interstitial-page",
        Contains("完成验证后即可继续访问"),
        One,
        60,
    ),
    rule("interstitial-page", Exact("去验证"), One, 10),
    rule("interstitial-page", Exact("JavaScript 不可用。"), One, 20),
    rule(
        "interstitial-page",
        Contains("JavaScript is disabled in this browser"),
        ToEnd,
        300,
    ),
    rule(
        "interstitial-page",
        Contains("your JavaScript is disabled"),
        One,
        200,
    ),
    // Subscription adverts at the top of 《中国信息安全》 and similar accounts.
    rule("subscription-advert", Contains("扫码订阅"), One, 20),
    rule("subscription-advert", Prefix("邮发代号"), One, 60),
    rule("subscription-advert", Prefix("征订热线"), One, 60),
    rule("promotion", Contains("杂志倾力推荐"), One, 40),
    rule("promotion", Contains("官方抖音号"), One, 40),
    rule(
        "promotion",
        Exact("分享网络安全知识 强化网络安全意识"),
        One,
        40,
    ),
    rule("promotion", Exact("“企业成长计划”"), One, 40),
    rule("promotion", Exact("点击下图 了解详情"), One, 40),
    // Sina Finance.
    rule("editor-line", Prefix("责任编辑："), One, 40),
    rule("editor-line", Prefix("责任编辑:"), One, 40),
    rule("editor-line", Prefix("校对："), One, 40),
    rule("sina-app-advert", Contains("尽在新浪财经APP"), One, 40),
    // Mirror sites' links back to their own pages.
    rule("mirror-back-link", Contains("返回首页"), One, 300),
    rule("bare-url", BareUrl, One, 2000),
    rule("link-block", LinkDense, One, 300),
    rule("page-furniture", Furniture, One, 40),
    // Web page captures (4hou, anquanke, FreeBuf, Solidot …): footers and share widgets.
    rule("site-footer", Contains("ICP备"), One, 200),
    rule("site-footer", Contains("ICP证"), One, 200),
    rule("site-footer", Prefix("©"), One, 200),
    rule("site-footer", Prefix("Copyright"), One, 200),
    rule("site-footer", Contains("All Rights Reserved"), One, 200),
    rule("site-footer", Contains("如若转载"), One, 80),
    rule("site-footer", Contains("转载请注明"), One, 80),
    rule("site-footer", Prefix("本文由"), One, 40),
    rule("site-footer", Prefix("本站"), One, 200),
    rule("site-footer", Prefix("商务合作"), One, 60),
    rule("share-widget", Prefix("分享到"), One, 20),
    rule("share-widget", Exact("分享至"), One, 20),
    rule("share-widget", Contains("扫一扫后点击右上角"), One, 40),
    rule(
        "share-widget",
        Exact("感谢您的支持，我会继续努力的!"),
        One,
        40,
    ),
    rule("comment-widget", Exact("发表评论"), One, 20),
    rule("comment-widget", Exact("评论"), One, 20),
    rule("comment-widget", Contains("请先登录"), One, 30),
    rule("page-furniture", Prefix("阅读量"), One, 30),
    rule("page-furniture", Prefix("发布时间"), One, 40),
    rule("page-furniture", Prefix("本文已被查看"), One, 40),
    rule("link-residue", Contains("](http"), One, 300),
    rule("related-articles", Exact("往期推荐"), ToEnd, 10),
    rule("related-articles", Exact("推荐阅读"), ToEnd, 10),
    rule("related-articles", Exact("相关阅读"), ToEnd, 10),
    rule("related-articles", Exact("你可能感兴趣的"), ToEnd, 10),
    rule("related-articles", Exact("相关热文"), ToEnd, 10),
    rule("related-articles", Exact("往期回顾"), ToEnd, 10),
    // Account and site sign-offs and prompts (issue 15): end markers, share
    // prompts, digest link prompts, 知识星球 offers.
    rule("end-marker", Exact("END"), One, 10),
    rule("end-marker", Exact("· END ·"), One, 10),
    rule("end-marker", Exact("-END-"), One, 10),
    rule("end-marker", Exact("— END —"), One, 10),
    rule("share-widget", Contains("球分享"), One, 30),
    rule("share-widget", Contains("球点赞"), One, 30),
    rule("share-widget", Contains("球在看"), One, 30),
    rule("share-widget", Contains("有用就点个赞"), One, 30),
    rule("share-widget", Contains("点个三连"), One, 40),
    rule("related-articles", Exact("阅读推荐"), One, 10),
    rule("digest-link-prompt", Exact("详情点击："), One, 10),
    rule("digest-link-prompt", Exact("详情点击"), One, 10),
    rule("digest-link-prompt", Exact("AQNIU"), One, 10),
    rule("promotion", Contains("资料可供下载"), One, 40),
    rule("promotion", Exact("越早加入越便宜"), One, 20),
    rule("promotion", Contains("续费五折"), One, 20),
    rule(
        "account-slogan",
        Exact("网罗圈内热点 专注网络安全"),
        One,
        30,
    ),
    rule("account-slogan", Exact("实时资讯一手掌握！"), One, 30),
    rule("account-slogan", Contains("带你读懂网络安全"), One, 30),
    rule("promotion", Contains("倾情推出"), One, 30),
    rule("promotion", Contains("长按识别"), One, 40),
    rule("promotion", Contains("加入星球"), One, 40),
    rule("promotion", Prefix("合作电话"), One, 40),
    rule("promotion", Prefix("合作微信"), One, 40),
    rule("promotion", Prefix("投稿邮箱"), One, 40),
    rule("wechat-repost-header", Prefix("以下文章来源于"), One, 80),
    rule("wechat-repost-header", Prefix("，作者"), One, 60),
    rule("wechat-page-chrome", Exact("关注"), One, 5),
    rule("close-button", Exact("x"), One, 1),
    rule("close-button", Exact("X"), One, 1),
    rule("wechat-page-chrome", Contains("点击蓝字"), One, 30),
    rule("wechat-page-chrome", Contains("关注我们"), One, 20),
    // FreeBuf's slogan, mini-program advert and poster location.
    rule(
        "account-slogan",
        Contains("每日发布专业的安全资讯"),
        One,
        40,
    ),
    rule("promotion", Contains("小程序把安全装进口袋"), One, 40),
    rule("page-furniture", Prefix("所属地"), One, 12),
    // Account greetings, contribution and event prompts, aggregator disclaimers.
    rule("account-slogan", Prefix("你好呀"), One, 40),
    rule("promotion", Prefix("投稿联系"), One, 60),
    rule("promotion", Contains("扫描下方二维码"), One, 40),
    rule("promotion", Contains("加入学术圈"), One, 40),
    rule("site-footer", Contains("本文内容收集自"), One, 80),
    // A reposting account's profile card: "X是工业和信息化部直属科研事业单位…".
    rule(
        "wechat-profile-card",
        Contains("直属科研事业单位"),
        One,
        120,
    ),
    rule("wechat-profile-card", Contains("直属事业单位"), One, 120),
    // Link labels left without their link, closing prompts, staff credits.
    rule("link-label", Exact("原文链接"), One, 8),
    rule("link-label", Exact("原文地址"), One, 8),
    rule("wechat-page-chrome", Contains("阅读原文"), One, 20),
    rule("wechat-page-chrome", Prefix("点赞关注"), One, 30),
    rule("wechat-page-chrome", Exact("观看更多精彩视频"), One, 10),
    rule("wechat-page-chrome", Exact("更多阅读"), One, 6),
    rule("wechat-page-chrome", Around("更多", "详情"), One, 12),
    rule("editor-line", Prefix("编辑|"), One, 30),
    rule("editor-line", Prefix("编辑｜"), One, 30),
    rule("editor-line", Prefix("编审|"), One, 30),
    rule("editor-line", Prefix("编审｜"), One, 30),
    rule("editor-line", Exact("编者荐语"), One, 6),
    rule("account-slogan", Contains("开源情报信息源"), One, 40),
    rule("story-attribution", Attribution, One, 10),
    rule("teaser-stub", EllipsisStub, One, 8),
];

fn is_match(rule: &Rule, block: &Block, chars: usize) -> bool {
    let text = block.text.as_str();
    if chars > rule.max_chars {
        return false;
    }
    match rule.matches {
        LinkDense => block.link_density() > LINK_DENSE,
        Furniture => is_furniture(text),
        // A heading may end with a colon (往期回顾：), a line stand in quotes.
        Exact(s) => [text, unquoted(text)]
            .iter()
            .any(|text| *text == s || text.trim_end_matches(['：', ':']) == s),
        Prefix(s) => text.starts_with(s) || unquoted(text).starts_with(s),
        // A scrape's `...` or a lone `…`; `……` is the author's pause (`结果是……`).
        EllipsisStub => {
            let stub = text
                .strip_suffix("...")
                .or_else(|| text.strip_suffix('…').filter(|s| !s.ends_with('…')));
            stub.is_some_and(|stub| (1..=4).contains(&stub.trim_end_matches('.').chars().count()))
        }
        Attribution => text.strip_prefix("来自").is_some_and(|name| {
            (2..=8).contains(&name.chars().count()) && name.chars().all(|c| c.is_alphanumeric())
        }),
        Contains(s) => text.contains(s),
        Around(start, end) => text.starts_with(start) && text.ends_with(end),
        PunctuationOnly => text.chars().all(|c| {
            c.is_ascii_punctuation()
                || is_cjk_punctuation(c)
                || c.is_whitespace()
                || ('\u{2190}'..='\u{21ff}').contains(&c)
        }),
        BareUrl => {
            let url = text.trim_start_matches('<').trim_end_matches('>');
            (url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//"))
                && !url.contains(char::is_whitespace)
        }
    }
}

/// Rule: a lone ellipsis ending the scrape (see [`clean`]).
pub const CUT_MARKER: &str = "cut-marker";

/// `...`, `*...`, `- …`: an ellipsis alone, perhaps as a list item; or a
/// few characters cut by one (`此次更...`; not a title's stub, `《中...`,
/// which is a teaser of another piece).
fn is_cut_marker(text: &str) -> bool {
    let rest = text.trim_start_matches(['*', '-', '•', ' ']).trim();
    let stub = Block::paragraph(rest);
    matches!(rest, "..." | "…" | "。。。" | "......")
        || !rest.starts_with(['《', '【', '['])
            && is_match(
                &rule("cut", EllipsisStub, One, 8),
                &stub,
                rest.chars().count(),
            )
}

/// A line without the quotation marks around it (`“投稿联系方式：…”`).
fn unquoted(text: &str) -> &str {
    text.trim_start_matches(['“', '"', '「', '『'])
        .trim_end_matches(['”', '"', '」', '』'])
}

/// Above this share of link text a block is navigation, not prose.
const LINK_DENSE: f64 = 0.5;

/// Dates, times, numbers and counters standing alone: view counts, post
/// times and pager numbers of web pages. A calendar date written the Chinese
/// way (`2022年9月13日`) is not furniture: under an issuing body it is the
/// document's signature date, and it stays in the text.
fn is_furniture(text: &str) -> bool {
    if crate::dates::standalone_date_zh(text).is_some() {
        return false;
    }
    let has_digit = text.chars().any(|c| c.is_ascii_digit());
    has_digit
        && text.chars().all(|c| {
            c.is_ascii_digit()
                || c.is_whitespace()
                || matches!(
                    c,
                    '-' | ':'
                        | '/'
                        | '.'
                        | '年'
                        | '月'
                        | '日'
                        | '时'
                        | '分'
                        | '+'
                        | ','
                        | '*'
                        | '•'
                )
        })
}

fn is_cjk_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}'
        | '\u{ff3b}'..='\u{ff40}' | '\u{ff5b}'..='\u{ff65}' | '“' | '”' | '‘' | '’' | '…' | '—' | '·')
}

/// Link prompts that news sites append to a paragraph's last sentence
/// (安全客's `…事件。[阅读原文]`, FreeBuf's `【阅读原文】`).
const TRAILING_PROMPTS: &[&str] = &["[阅读原文]", "【阅读原文】", "[阅读全文]", "【阅读全文】"];

/// A paragraph with a trailing link prompt, split into its text and the
/// prompt; `None` when there is none or nothing stands before it (a lone
/// prompt is left to the rules).
fn split_trailing_prompt(text: &str) -> Option<(&str, &str)> {
    let prompt = TRAILING_PROMPTS.iter().find(|p| text.ends_with(*p))?;
    let body = text[..text.len() - prompt.len()].trim_end();
    (!body.is_empty()).then(|| (body, &text[text.len() - prompt.len()..]))
}

/// Removes chrome from `blocks`: first the table's rules, then the header
/// that repeats the title and the account name at the top of WeChat exports.
pub fn clean(blocks: Vec<Block>, title: &str, source: &str) -> (Vec<Block>, Vec<Removal>) {
    let mut kept = Vec::with_capacity(blocks.len());
    let mut removed = Vec::new();
    let blocks = crate::teasers::remove(blocks, &mut removed);
    let last_text = blocks.iter().rposition(|b| !b.is_image());
    // Whether the text block before the one at hand was kept.
    let mut after_kept = false;
    let mut rest = blocks.into_iter().enumerate();
    while let Some((n, block)) = rest.next() {
        // Images have no text for the rules; `images` judges them at the end.
        if block.is_image() {
            kept.push(block);
            continue;
        }
        // A scrape that stops right after the article on a lone `...` (a list
        // item cut, `*...`) or a word cut (`此次更...`) lost what followed:
        // the marker goes, and `assemble` flags the text truncated.
        if Some(n) == last_text && after_kept && is_cut_marker(&block.text) {
            removed.push(Removal {
                rule: CUT_MARKER,
                text: block.text,
            });
            continue;
        }
        let mut block = block;
        if let Some((body, prompt)) = split_trailing_prompt(&block.text) {
            removed.push(Removal {
                rule: "read-original-prompt",
                text: prompt.to_owned(),
            });
            let prompt_chars = prompt.chars().filter(|c| !c.is_whitespace()).count();
            block.link_chars = block.link_chars.saturating_sub(prompt_chars);
            block.text = body.to_owned();
        }
        let chars = block.text.chars().count();
        let rule = RULES.iter().find(|r| is_match(r, &block, chars));
        after_kept = rule.is_none();
        match rule {
            None => kept.push(block),
            Some(rule) => {
                removed.push(Removal {
                    rule: rule.name,
                    text: block.text,
                });
                if rule.scope == ToEnd {
                    removed.extend(rest.by_ref().map(|(_, b)| Removal {
                        rule: rule.name,
                        text: b.text,
                    }));
                }
            }
        }
    }
    let link_blocks = removed.iter().filter(|r| r.rule == "link-block").count();
    let kept = if link_blocks >= WEB_PAGE_LINK_BLOCKS {
        trim_outside_article(kept, &mut removed)
    } else {
        kept
    };
    let kept = remove_repeated_header(kept, title, source, &mut removed);
    let kept = crate::images::keep_article_images(kept, &mut removed);
    (kept, removed)
}

/// A capture with this many link blocks is a whole web page (menus, lists
/// of related articles): only its article region is kept.
const WEB_PAGE_LINK_BLOCKS: usize = 5;

/// Words of a byline or origin statement, kept even outside the article region.
const BYLINE_WORDS: &[&str] = &[
    "记者",
    "作者",
    "来源",
    "日电",
    "通讯员",
    "原标题",
    "编译",
    "译者",
];

/// Prose: long enough, with sentence punctuation, few links.
fn is_prose(block: &Block) -> bool {
    let chars = block.text.chars().count();
    let cjk_sentence = block.text.contains(['。', '！', '？', '；', '，']);
    let latin_sentence = chars >= 80 && (block.text.contains(". ") || block.text.ends_with('.'));
    chars >= 30 && (cjk_sentence || latin_sentence) && block.link_density() < 0.2
}

fn is_byline(block: &Block) -> bool {
    block.text.chars().count() <= 60 && BYLINE_WORDS.iter().any(|w| block.text.contains(w))
}

/// Keeps the article region of a web page capture: from the first to the
/// last prose block, plus bylines and headings right before it and origin
/// statements after it. Everything else is the page around the article.
fn trim_outside_article(blocks: Vec<Block>, removed: &mut Vec<Removal>) -> Vec<Block> {
    let (Some(first), Some(last)) = (
        blocks.iter().position(is_prose),
        blocks.iter().rposition(is_prose),
    ) else {
        return blocks;
    };
    let lead_start = blocks[..first]
        .iter()
        .rposition(|b| !(is_byline(b) || b.kind == BlockKind::Heading || b.is_image()))
        .map_or(0, |i| i + 1);
    let mut kept = Vec::with_capacity(last + 1 - lead_start);
    for (i, block) in blocks.into_iter().enumerate() {
        let inside = (lead_start..=last).contains(&i) || (i > last && is_byline(&block));
        if inside {
            kept.push(block);
        } else {
            removed.push(Removal {
                rule: "outside-article",
                text: block.text,
            });
        }
    }
    kept
}

/// What separates a headline from the site's name in a page title (`标题 - 嘶吼 RoarTalk`).
const PAGE_TITLE_SEPARATORS: [char; 6] = ['-', '–', '—', '|', '_', '｜'];
/// Longest site name after a page title's separator.
const PAGE_TITLE_SUFFIX_CHARS: usize = 48;

/// How many blocks at the top may belong to a WeChat header.
const HEADER_BLOCKS: usize = 6;

/// Drops the title and account name repeated at the top of the body, and the
/// short byline between them (WeChat: title, author, account, then the article).
fn remove_repeated_header(
    blocks: Vec<Block>,
    title: &str,
    source: &str,
    removed: &mut Vec<Removal>,
) -> Vec<Block> {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let (title, source) = (squash(title), squash(source));
    // The title alone, or as a page's <title>: the title, a dash or bar, the site's name.
    let is_title = |t: &str| {
        let t = squash(t);
        !title.is_empty()
            && t.strip_prefix(title.as_str()).is_some_and(|rest| {
                rest.is_empty()
                    || (rest.starts_with(PAGE_TITLE_SEPARATORS)
                        && rest.chars().count() <= PAGE_TITLE_SUFFIX_CHARS)
            })
    };
    let is_source = |t: &str| !source.is_empty() && squash(t) == source;
    // The header ends at the last title or account line within the first
    // text blocks (images between them, a cover, go with the header).
    let header_end = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| !b.is_image())
        .take(HEADER_BLOCKS)
        .filter(|(_, b)| is_title(&b.text) || is_source(&b.text))
        .last()
        .map_or(0, |(i, _)| i + 1);
    let header_is_short = blocks[..header_end].iter().all(|b| {
        b.is_image() || is_title(&b.text) || is_source(&b.text) || b.text.chars().count() <= 12
    });
    let cut = if header_is_short { header_end } else { 0 };
    let mut blocks = blocks.into_iter();
    for block in blocks.by_ref().take(cut) {
        removed.push(Removal {
            rule: match block.is_image() {
                true => crate::images::OUTSIDE_TEXT,
                false => "repeated-header",
            },
            text: block.text,
        });
    }
    blocks.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trailing_read_original_prompt_goes_and_is_named() {
        let blocks = vec![
            Block::paragraph("目前，该机构表示正在恢复系统。[阅读原文]"),
            Block::paragraph("本文分析了原理。【阅读原文】"),
        ];
        let (kept, removed) = clean(blocks, "", "");
        let texts: Vec<&str> = kept.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            ["目前，该机构表示正在恢复系统。", "本文分析了原理。"]
        );
        assert!(removed.iter().all(|r| r.rule == "read-original-prompt"));
        assert_eq!(removed.len(), 2);
    }

    fn blocks(texts: &[&str]) -> Vec<Block> {
        texts.iter().map(|t| Block::paragraph(t)).collect()
    }

    fn kept(texts: &[&str], title: &str, source: &str) -> Vec<String> {
        clean(blocks(texts), title, source)
            .0
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn wechat_header_adverts_and_page_chrome_go() {
        let got = kept(
            &[
                "关注 | 会议",
                "王思北",
                "中国信息安全",
                "扫码订阅《中国信息安全》",
                "邮发代号 2-786",
                "征订热线：010-82341063",
                "正文第一段。",
                "（来源：中国网信网）",
                "预览时标签不可点",
                "阅读原文",
                "正文以外",
            ],
            "关注 | 会议",
            "中国信息安全",
        );
        assert_eq!(got, ["正文第一段。", "（来源：中国网信网）"]);
    }

    #[test]
    fn lone_punctuation_and_chrome_words_go_but_sentences_stay() {
        let got = kept(
            &[
                "：",
                "，",
                "。",
                "视频",
                "，轻点两下取消赞",
                "分享这个办法的要点。",
            ],
            "t",
            "s",
        );
        assert_eq!(got, ["分享这个办法的要点。"]);
    }

    #[test]
    fn long_paragraphs_that_mention_chrome_words_stay() {
        let para = "记者从会上获悉，读者可以扫码订阅相关刊物，责任编辑：某某表示，这些内容均属于正文的一部分，应当完整保留。";
        assert_eq!(kept(&[para], "t", "s"), [para]);
    }

    #[test]
    fn sina_and_mirror_chrome() {
        let got = kept(
            &[
                "正文。", "责任编辑：彭佳兵", "海量资讯、精准解读，尽在新浪财经APP",
                "<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=1>",
                "[返回网信中国新闻](//finews.withounder.com/c.html)｜[返回首页](//finews.withounder.com/)",
            ],
            "t",
            "s",
        );
        assert_eq!(got, ["正文。"]);
    }

    #[test]
    fn a_long_first_paragraph_is_never_taken_for_a_header() {
        let first = "中央网信办28日会同国家发改委召开座谈会，中国信息安全相关负责人出席。";
        let got = kept(&[first, "中国信息安全", "正文。"], "标题", "中国信息安全");
        assert_eq!(got, [first, "中国信息安全", "正文。"]);
    }

    #[test]
    fn a_page_capture_repeating_its_headline_and_page_title_loses_them() {
        let title = "工信部通报29款违规小程序";
        let got = kept(
            &[
                title,
                "工信部通报29款违规小程序 - 嘶吼 RoarTalk – 网络安全行业综合服务平台,4hou.com",
                "导读 ▾",
                title,
                "梆梆安全",
                "导语：近日，工信部通报了29款违规小程序。",
            ],
            title,
            "嘶吼 RoarTalk",
        );
        // The byline after the last headline is not known to be one: it stays.
        assert_eq!(
            got,
            ["梆梆安全", "导语：近日，工信部通报了29款违规小程序。"]
        );
        // A paragraph that merely starts with the headline stays.
        let opening =
            "工信部通报29款违规小程序，涉及多个行业，要求限期整改，逾期未改的将依法处置。";
        assert_eq!(
            kept(&[opening, "正文。"], title, "来源"),
            [opening, "正文。"]
        );
    }

    #[test]
    fn a_web_page_capture_keeps_only_its_article() {
        let link = |t: &str| Block {
            link_chars: t.chars().count(),
            ..Block::paragraph(t)
        };
        let mut page: Vec<Block> = ["首页", "新闻", "漏洞", "工具", "专题", "活动"]
            .map(link)
            .to_vec();
        page.extend(
            [
                "海云安Secidea",
                "2022-11-07 14:20:36",
                "新华社北京10月29日电",
                "工业和信息化部近日印发办法，规范网络产品安全漏洞收集平台备案管理。",
                "办法自2023年1月1日起施行，共十条，明确了备案的主体与程序。",
                "（来源：新华社）",
                "这个家伙很懒,什么也没说!",
                "查看更多",
            ]
            .map(Block::paragraph),
        );
        let (kept, removed) = clean(page, "标题", "嘶吼");
        let kept: Vec<_> = kept.into_iter().map(|b| b.text).collect();
        assert_eq!(
            kept,
            [
                "新华社北京10月29日电",
                "工业和信息化部近日印发办法，规范网络产品安全漏洞收集平台备案管理。",
                "办法自2023年1月1日起施行，共十条，明确了备案的主体与程序。",
                "（来源：新华社）",
            ]
        );
        assert!(removed
            .iter()
            .any(|r| r.rule == "outside-article" && r.text == "查看更多"));
    }

    #[test]
    fn pages_without_menus_are_not_trimmed() {
        let got = kept(
            &[
                "短句",
                "这是一段足够长的正文，包含标点符号，应当保留在文本中间。",
                "（完）",
            ],
            "t",
            "s",
        );
        assert_eq!(
            got,
            [
                "短句",
                "这是一段足够长的正文，包含标点符号，应当保留在文本中间。",
                "（完）"
            ]
        );
    }

    #[test]
    fn credits_prompts_and_attributions_go_and_prose_like_them_stays() {
        let texts = [
            "来自艾米七号",
            "网信办周日宣布开展专项行动。",
            "“投稿联系方式：010-82992251 someone@cert.org.cn”",
            "原文链接：",
            "请点击文末「阅读原文」",
            "↓↓↓",
            "编辑| 品牌推广室",
            "编审｜业务发展部",
            "点赞关注极客公园视频号，",
            "来自一线的报告，值得一读",
            "文字| 网络安全和数据安全研究测评事业部",
            "《中...",
            "更多创新大会详情",
            "结果是……",
        ];
        assert_eq!(
            kept(&texts, "标题", "s"),
            [
                "网信办周日宣布开展专项行动。",
                "来自一线的报告，值得一读",
                "文字| 网络安全和数据安全研究测评事业部",
                "结果是……"
            ]
        );
    }

    #[test]
    fn a_lone_ellipsis_right_after_the_text_is_a_cut_and_after_page_chrome_is_not() {
        let rules = |texts: &[&str]| -> Vec<&'static str> {
            clean(blocks(texts), "标题", "s")
                .1
                .iter()
                .map(|r| r.rule)
                .collect()
        };
        assert_eq!(rules(&["第一条消息。", "*..."]), [CUT_MARKER]);
        assert_eq!(rules(&["第一条消息。", "此次更..."]), [CUT_MARKER]);
        assert_eq!(rules(&["第一条消息。", "《中..."]), ["teaser-stub"]);
        assert!(!rules(&["第一条消息。", "使用完整服务", "："]).contains(&CUT_MARKER));
        assert!(!rules(&["第一条消息。", "使用完整服务", "..."]).contains(&CUT_MARKER));
    }

    #[test]
    fn every_removal_names_its_rule() {
        let (_, removed) = clean(blocks(&["标题", "正文。", "责任编辑：某"]), "标题", "s");
        let rules: Vec<_> = removed.iter().map(|r| r.rule).collect();
        assert_eq!(rules, ["editor-line", "repeated-header"]);
    }
}
