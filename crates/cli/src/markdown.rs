//! Markdown bodies (WeChat exports, Jekyll link lists) to blocks, with pulldown-cmark.

use crate::blocks::{Block, BlockKind, BlockWriter};
use crate::html::SKIPPED_ELEMENTS;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Reads a Markdown body into blocks of text. Raw HTML blocks inside it are
/// read with the HTML reader; images become image blocks after the text
/// around them (their alternative text never enters the text); links keep
/// their text.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut writer = BlockWriter::default();
    let mut kind = BlockKind::Paragraph;
    let mut image_depth = 0usize;
    // The address and alternative text of the image being read.
    let mut image = (String::new(), String::new());
    let mut strong_depth = 0usize;
    let mut strong_only = true;
    let mut html_block = String::new();
    // Consecutive text events, joined before they reach the writer.
    let mut text_run = String::new();
    // Inside inline `<script>…</script>` (or style, svg …) within a paragraph.
    let mut inline_skip: Option<&str> = None;
    for event in Parser::new_ext(markdown, options) {
        if let Some(element) = inline_skip {
            match &event {
                Event::InlineHtml(raw) if closes(raw, element) => inline_skip = None,
                Event::Text(_) | Event::Code(_) | Event::InlineHtml(_) => {}
                Event::SoftBreak | Event::HardBreak => {}
                // A block ends: an unclosed element does not swallow the rest.
                _ => inline_skip = None,
            }
            if inline_skip.is_some() || matches!(event, Event::InlineHtml(_)) {
                continue;
            }
        }
        if !matches!(event, Event::Text(_) | Event::Code(_)) && !text_run.is_empty() {
            // CommonMark leaves `**` unparsed when it closes after punctuation
            // and before a Han character (`**一是…。**着力…`): drop the markers.
            writer.push_str(&text_run.replace("**", ""));
            text_run.clear();
        }
        if image_depth > 0 {
            match event {
                Event::Start(Tag::Image { .. }) => image_depth += 1,
                Event::End(TagEnd::Image) => image_depth -= 1,
                Event::Text(text) | Event::Code(text) => image.1.push_str(&text),
                _ => {}
            }
            if image_depth == 0 {
                writer.push_image(&image.0, &image.1);
            }
            continue;
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Image { dest_url, .. } => {
                    image = (dest_url.into_string(), String::new());
                    image_depth = 1;
                }
                Tag::Strong => strong_depth += 1,
                Tag::Link { .. } => writer.enter_link(),
                Tag::Paragraph | Tag::BlockQuote(_) | Tag::CodeBlock(_) => {
                    writer.flush(kind);
                    kind = BlockKind::Paragraph;
                    strong_only = true;
                }
                Tag::Heading { .. } => {
                    writer.flush(kind);
                    kind = BlockKind::Heading;
                }
                Tag::Item => {
                    writer.flush(kind);
                    kind = BlockKind::ListItem;
                }
                Tag::TableHead | Tag::TableRow => {
                    writer.flush(kind);
                    kind = BlockKind::TableRow;
                }
                Tag::TableCell => writer.push_cell_separator(),
                Tag::HtmlBlock => html_block.clear(),
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Strong => strong_depth = strong_depth.saturating_sub(1),
                TagEnd::Link => writer.leave_link(),
                TagEnd::Paragraph => {
                    flush_line(&mut writer, kind, &mut strong_only);
                    kind = BlockKind::Paragraph;
                }
                TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock => {
                    writer.flush(kind);
                    kind = BlockKind::Paragraph;
                }
                TagEnd::HtmlBlock => writer.extend(crate::html::blocks(&html_block)),
                _ => {}
            },
            Event::Text(text) | Event::Code(text) => {
                if strong_depth == 0 && !text.trim().is_empty() {
                    strong_only = false;
                }
                text_run.push_str(&text);
                continue;
            }
            Event::Html(raw) => html_block.push_str(&raw),
            Event::InlineHtml(raw) if raw.trim_start().to_ascii_lowercase().starts_with("<br") => {
                writer.flush(kind);
            }
            Event::InlineHtml(raw) => inline_skip = opens_skipped_element(&raw),
            Event::SoftBreak => {
                if is_wrapped_line(writer.current_line(), &text_run) {
                    writer.push_str("\n");
                } else {
                    flush_line(&mut writer, kind, &mut strong_only);
                }
            }
            // WeChat exports end each visual line with a hard break: a new block.
            Event::HardBreak => flush_line(&mut writer, kind, &mut strong_only),
            _ => {}
        }
    }
    writer.push_str(&text_run.replace("**", ""));
    writer.finish()
}

/// The element an inline tag opens, if its content is never text (as the
/// HTML reader skips it); void elements such as `<img>` have no content.
fn opens_skipped_element(raw: &str) -> Option<&'static str> {
    let name = tag_name(raw.strip_prefix('<')?)?;
    SKIPPED_ELEMENTS
        .iter()
        .copied()
        .filter(|element| !matches!(*element, "img" | "embed"))
        .find(|element| element.eq_ignore_ascii_case(name))
}

/// Whether an inline tag is the end tag of `element`.
fn closes(raw: &str, element: &str) -> bool {
    raw.strip_prefix("</")
        .and_then(tag_name)
        .is_some_and(|name| name.eq_ignore_ascii_case(element))
}

fn tag_name(after_bracket: &str) -> Option<&str> {
    let end = after_bracket
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(after_bracket.len());
    (end > 0).then(|| &after_bracket[..end])
}

/// Ends a block of `kind`; one set wholly in bold is a pseudo-heading.
fn flush_line(writer: &mut BlockWriter, kind: BlockKind, strong_only: &mut bool) {
    let bold = *strong_only && writer.has_pending_text();
    writer.flush(if bold { BlockKind::Heading } else { kind });
    *strong_only = true;
}

/// A line at least this long that stops mid-sentence was wrapped by the
/// exporter; shorter lines are elements of their own.
const WRAPPED_LINE_CHARS: usize = 40;

/// WeChat exports put each element on its own line (a soft break in
/// CommonMark); only a long line that ends mid-sentence continues on the next.
fn is_wrapped_line(pending: &str, text_run: &str) -> bool {
    let line = format!("{pending}{text_run}");
    let line = line.trim_end();
    let ends_sentence = line.ends_with([
        '。', '！', '？', '；', '：', '”', '）', '.', '!', '?', ';', ':',
    ]);
    line.chars().count() >= WRAPPED_LINE_CHARS && !ends_sentence
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<(BlockKind, String)> {
        blocks(md)
            .into_iter()
            .filter(|b| !b.is_image())
            .map(|b| (b.kind, b.text))
            .collect()
    }

    #[test]
    fn images_keep_address_alt_and_place() {
        let md = "第一段![图1 **流程**](https://x/1.png \"t\")继续。\n\n[![](https://x/2.png)](https://x)\n\n![]()";
        let got: Vec<_> = blocks(md)
            .into_iter()
            .map(|b| (b.kind, b.text, b.alt))
            .collect();
        let image = |url: &str, alt: &str| (BlockKind::Image, url.to_owned(), alt.to_owned());
        assert_eq!(
            got,
            [
                (BlockKind::Paragraph, "第一段继续。".into(), String::new()),
                image("https://x/1.png", "图1 流程"),
                image("https://x/2.png", ""),
                image("", ""),
            ]
        );
    }

    #[test]
    fn wechat_conventions() {
        let md =
            "# 标题\n\n![cover_image](https://x/y.jpg)\n\n**一是强化自主可控。**着力促进。\n\n\
                  **小标题**\n\n第一行  \n第二行\n\n[返回](http://x)";
        assert_eq!(
            texts(md),
            [
                (BlockKind::Heading, "标题".into()),
                (BlockKind::Paragraph, "一是强化自主可控。着力促进。".into()),
                (BlockKind::Heading, "小标题".into()),
                (BlockKind::Paragraph, "第一行".into()),
                (BlockKind::Paragraph, "第二行".into()),
                (BlockKind::Paragraph, "返回".into()),
            ]
        );
    }

    #[test]
    fn short_lines_are_elements_and_long_wrapped_lines_join() {
        let md = "微信扫一扫\n关注该公众号\n\n据报道，福特的半自动驾驶系统可以在高速公路上处理转向和刹车，当天下午的车祸导致了一名五十六岁\n的本田车主身亡。";
        assert_eq!(
            texts(md),
            [
                (BlockKind::Paragraph, "微信扫一扫".into()),
                (BlockKind::Paragraph, "关注该公众号".into()),
                (
                    BlockKind::Paragraph,
                    "据报道，福特的半自动驾驶系统可以在高速公路上处理转向和刹车，当天下午的车祸导致了一名五十六岁的本田车主身亡。".into()
                ),
            ]
        );
    }

    #[test]
    fn tables_and_lists() {
        let md = "| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n\n- 一\n- 二\n";
        assert_eq!(
            texts(md),
            [
                (BlockKind::TableRow, "甲 | 乙".into()),
                (BlockKind::TableRow, "1 | 2".into()),
                (BlockKind::ListItem, "一".into()),
                (BlockKind::ListItem, "二".into()),
            ]
        );
    }

    #[test]
    fn inline_scripts_and_styles_leave_no_text() {
        let md = "正文<script>window.x = 1</script>继续<STYLE>p{}</STYLE>。<img src=x>图\n\n\
                  未闭合<svg><text>画</text>\n\n下一段";
        assert_eq!(
            texts(md),
            [
                (BlockKind::Paragraph, "正文继续。图".into()),
                (BlockKind::Paragraph, "未闭合".into()),
                (BlockKind::Paragraph, "下一段".into()),
            ]
        );
    }

    #[test]
    fn html_blocks_are_read_as_html() {
        let md = "<p>段落一</p>\n\n<style>p{}</style>\n\n正文";
        assert_eq!(
            texts(md),
            [
                (BlockKind::Paragraph, "段落一".into()),
                (BlockKind::Paragraph, "正文".into()),
            ]
        );
    }
}
