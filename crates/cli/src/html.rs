//! HTML bodies (Sina, Jekyll mirrors) to blocks, with a real HTML5 parser.

use crate::blocks::{Block, BlockKind, BlockWriter};
use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements whose content is never article text.
pub(crate) const SKIPPED_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "iframe", "template", "svg", "head", "title", "img", "video",
    "audio", "canvas", "object", "embed", "form", "button", "select", "textarea",
];

/// Elements that end a block of text; the value is the kind of the block they close.
const BLOCK_ELEMENTS: &[(&str, BlockKind)] = &[
    ("p", BlockKind::Paragraph),
    ("div", BlockKind::Paragraph),
    ("section", BlockKind::Paragraph),
    ("article", BlockKind::Paragraph),
    ("blockquote", BlockKind::Paragraph),
    ("pre", BlockKind::Paragraph),
    ("figure", BlockKind::Paragraph),
    ("figcaption", BlockKind::Paragraph),
    ("header", BlockKind::Paragraph),
    ("footer", BlockKind::Paragraph),
    ("table", BlockKind::Paragraph),
    ("ul", BlockKind::Paragraph),
    ("ol", BlockKind::Paragraph),
    ("dl", BlockKind::Paragraph),
    ("dt", BlockKind::Paragraph),
    ("dd", BlockKind::Paragraph),
    ("hr", BlockKind::Paragraph),
    ("br", BlockKind::Paragraph),
    ("h1", BlockKind::Heading),
    ("h2", BlockKind::Heading),
    ("h3", BlockKind::Heading),
    ("h4", BlockKind::Heading),
    ("h5", BlockKind::Heading),
    ("h6", BlockKind::Heading),
    ("li", BlockKind::ListItem),
    ("tr", BlockKind::TableRow),
];

fn block_kind(name: &str) -> Option<BlockKind> {
    BLOCK_ELEMENTS
        .iter()
        .find(|(element, _)| *element == name)
        .map(|(_, kind)| *kind)
}

/// Reads an HTML document or fragment into blocks of text.
///
/// The walk is iterative, so deeply nested markup cannot exhaust the stack.
pub fn blocks(html: &str) -> Vec<Block> {
    let document = Html::parse_document(html);
    let mut writer = BlockWriter::default();
    let mut skipping: Option<ego_tree::NodeId> = None;
    // A paragraph set wholly in <strong>/<b> reads as a heading.
    let mut bold_depth = 0usize;
    let mut bold_only = true;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(element) => {
                        let name = element.name();
                        // Chrome with text (Sina's QR block, editor line) is left to
                        // the named text rules, so `--explain` can show it.
                        if name == "img" {
                            writer.push_image(
                                image_address(element),
                                element.attr("alt").unwrap_or_default(),
                            );
                        }
                        if SKIPPED_ELEMENTS.contains(&name) {
                            skipping = Some(node.id());
                        } else if matches!(name, "strong" | "b") {
                            bold_depth += 1;
                        } else if name == "a" {
                            writer.enter_link();
                        } else if name == "td" || name == "th" {
                            writer.push_cell_separator();
                        } else if let Some(kind) = block_kind(name) {
                            writer.flush(kind_of(kind, bold_only));
                            bold_only = true;
                        }
                    }
                    Node::Text(text) => {
                        if !text.trim().is_empty() && bold_depth == 0 {
                            bold_only = false;
                        }
                        writer.push_str(text);
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(element) = node.value() {
                    let name = element.name();
                    if matches!(name, "strong" | "b") {
                        bold_depth = bold_depth.saturating_sub(1);
                    } else if name == "a" {
                        writer.leave_link();
                    } else if let Some(kind) = block_kind(name) {
                        let had_text = writer.has_pending_text();
                        writer.flush(kind_of(kind, bold_only && had_text));
                        bold_only = true;
                    }
                }
            }
        }
    }
    writer.finish()
}

/// An image's address: `src`, or the `data-src` of lazily loaded pages
/// (WeChat puts a placeholder in `src`).
fn image_address(element: &scraper::node::Element) -> &str {
    let src = element.attr("src").unwrap_or_default();
    match element.attr("data-src") {
        Some(lazy) if gazette_core::links::external_url(src).is_none() => lazy,
        _ => src,
    }
}

fn kind_of(kind: BlockKind, bold_only: bool) -> BlockKind {
    if kind == BlockKind::Paragraph && bold_only {
        BlockKind::Heading
    } else {
        kind
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<(BlockKind, String)> {
        blocks(html)
            .into_iter()
            .filter(|b| !b.is_image())
            .map(|b| (b.kind, b.text))
            .collect()
    }

    #[test]
    fn images_keep_address_and_alt_after_their_paragraph() {
        let html = r#"<p>图前<img src="https://x/1.png" alt=" 图 1 ">图后</p>
            <p><img src="data:image/gif;base64,R0" data-src="https://x/lazy.png"></p>
            <noscript><img src="https://x/hidden.png"></noscript>"#;
        let got: Vec<_> = blocks(html)
            .into_iter()
            .map(|b| (b.kind, b.text, b.alt))
            .collect();
        assert_eq!(
            got,
            [
                (BlockKind::Paragraph, "图前图后".into(), String::new()),
                (BlockKind::Image, "https://x/1.png".into(), "图 1".into()),
                (BlockKind::Image, "https://x/lazy.png".into(), String::new()),
            ]
        );
    }

    #[test]
    fn paragraphs_headings_and_chrome() {
        let html = r#"<div><p>　　第一段。</p><p><strong>小标题</strong></p>
            <style>.x{}</style><script>alert(1)</script><!-- 注释 -->
            <p>第二段<b>加粗</b>文字。</p></div>"#;
        assert_eq!(
            texts(html),
            [
                (BlockKind::Paragraph, "第一段。".into()),
                (BlockKind::Heading, "小标题".into()),
                (BlockKind::Paragraph, "第二段加粗文字。".into()),
            ]
        );
    }

    #[test]
    fn lists_and_tables() {
        let html = "<ul><li>一</li><li>二</li></ul><table><tr><td>甲</td><td>乙</td></tr></table>";
        assert_eq!(
            texts(html),
            [
                (BlockKind::ListItem, "一".into()),
                (BlockKind::ListItem, "二".into()),
                (BlockKind::TableRow, "甲 | 乙".into()),
            ]
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("{}深{}", "<div>".repeat(10_000), "</div>".repeat(10_000));
        assert_eq!(texts(&html), [(BlockKind::Paragraph, "深".into())]);
    }
}
