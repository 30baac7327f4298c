//! Which images of a body are the article's: a document keeps only the
//! addresses of images that stand between its paragraphs. Covers, avatars,
//! QR codes and tracking pixels sit around the article or say what they are
//! in their alternative text, and go, each with a named rule.

use crate::blocks::{Block, Removal};
use gazette_core::links::external_url;
use std::collections::HashSet;

/// Rule: an image before the article's first or after its last paragraph
/// (covers, subscription QR codes, the page's avatars and share icons).
pub const OUTSIDE_TEXT: &str = "image-outside-text";
/// Rule: an image without an absolute `http(s)` address (`![]()`, `data:`
/// placeholders of lazy loading, relative paths that lead nowhere offline).
const WITHOUT_ADDRESS: &str = "image-without-address";
/// Rule: an image whose alternative text names page chrome.
const CHROME: &str = "image-chrome";
/// Rule: an image already shown earlier in the document (decorative dividers).
const REPEATED: &str = "image-repeated";

/// Alternative texts of page chrome (contained, case-insensitive): WeChat's
/// avatars and QR codes, covers, share and follow buttons.
const CHROME_ALTS: &[&str] = &[
    "cover_image",
    "头像",
    "二维码",
    "扫码",
    "关注",
    "分享",
    "微信",
    "取消",
    "logo",
    "qrcode",
    "avatar",
];

/// Keeps the images that stand between text blocks and are neither chrome
/// nor repeats; every other image is recorded in `removed` with its rule.
pub fn keep_article_images(blocks: Vec<Block>, removed: &mut Vec<Removal>) -> Vec<Block> {
    let first_text = blocks.iter().position(|b| !b.is_image());
    let last_text = blocks.iter().rposition(|b| !b.is_image());
    let mut seen = HashSet::new();
    let mut kept = Vec::with_capacity(blocks.len());
    for (i, block) in blocks.into_iter().enumerate() {
        if !block.is_image() {
            kept.push(block);
            continue;
        }
        let inside = first_text.is_some_and(|f| f < i) && last_text.is_some_and(|l| i < l);
        let rule = if external_url(&block.text).is_none() {
            Some(WITHOUT_ADDRESS)
        } else if is_chrome_alt(&block.alt) {
            Some(CHROME)
        } else if !inside {
            Some(OUTSIDE_TEXT)
        } else if !seen.insert(block.text.clone()) {
            Some(REPEATED)
        } else {
            None
        };
        match rule {
            None => kept.push(block),
            Some(rule) => removed.push(Removal {
                rule,
                text: block.text,
            }),
        }
    }
    kept
}

fn is_chrome_alt(alt: &str) -> bool {
    let alt = alt.to_lowercase();
    CHROME_ALTS.iter().any(|chrome| alt.contains(chrome))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(blocks: Vec<Block>) -> (Vec<String>, Vec<(&'static str, String)>) {
        let mut removed = Vec::new();
        let kept = keep_article_images(blocks, &mut removed)
            .into_iter()
            .map(|b| b.text)
            .collect();
        let removed = removed.into_iter().map(|r| (r.rule, r.text)).collect();
        (kept, removed)
    }

    #[test]
    fn only_addressed_images_between_paragraphs_stay() {
        let (kept, removed) = run(vec![
            Block::image("https://img/cover.jpg", ""),
            Block::paragraph("第一段。"),
            Block::image("https://img/figure.png", "图1 备案流程"),
            Block::image("", ""),
            Block::image("data:image/svg+xml,<svg/>", ""),
            Block::image("javascript:alert(1)", ""),
            Block::image("https://img/qr.png", "跳转二维码"),
            Block::image("https://img/me.png", "作者头像"),
            Block::image("https://img/figure.png", ""),
            Block::paragraph("第二段。"),
            Block::image("https://tracker/pixel.gif", ""),
        ]);
        assert_eq!(kept, ["第一段。", "https://img/figure.png", "第二段。"]);
        let rules: Vec<_> = removed.iter().map(|(rule, _)| *rule).collect();
        assert_eq!(
            rules,
            [
                OUTSIDE_TEXT,
                WITHOUT_ADDRESS,
                WITHOUT_ADDRESS,
                WITHOUT_ADDRESS,
                CHROME,
                CHROME,
                REPEATED,
                OUTSIDE_TEXT
            ]
        );
    }

    #[test]
    fn a_body_of_images_alone_keeps_none() {
        let (kept, removed) = run(vec![Block::image("https://img/a.png", "")]);
        assert!(kept.is_empty());
        assert_eq!(removed, [(OUTSIDE_TEXT, "https://img/a.png".to_owned())]);
    }
}
