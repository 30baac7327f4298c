//! The structure a body is reduced to before it becomes plain text.

/// What a block of text is, as far as a reader is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// An ordinary paragraph.
    Paragraph,
    /// A heading, or a paragraph set wholly in bold (a WeChat pseudo-heading).
    Heading,
    /// An item of a list.
    ListItem,
    /// A row of a table, cells separated by ` | `.
    TableRow,
    /// An image: its address in `text`, its alternative text in `alt`.
    Image,
}

/// One block of body text, whitespace already collapsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text, trimmed, never empty.
    pub text: String,
    /// How many of its non-space characters were link text (navigation
    /// menus and related-article lists are almost all links).
    pub link_chars: usize,
    /// An image's alternative text ("" for text blocks).
    pub alt: String,
}

impl Block {
    /// A paragraph with no links (for tests and synthetic blocks).
    pub fn paragraph(text: &str) -> Self {
        Self {
            kind: BlockKind::Paragraph,
            text: text.to_owned(),
            link_chars: 0,
            alt: String::new(),
        }
    }

    /// An image block (its address trimmed, its alternative text collapsed).
    pub fn image(url: &str, alt: &str) -> Self {
        Self {
            kind: BlockKind::Image,
            text: url.trim().to_owned(),
            link_chars: 0,
            alt: crate::text::collapse_whitespace(alt),
        }
    }

    /// Whether the block is an image rather than text.
    pub fn is_image(&self) -> bool {
        self.kind == BlockKind::Image
    }

    /// Share of the block's non-space characters that are link text, 0–1.
    pub fn link_density(&self) -> f64 {
        let chars = self.text.chars().filter(|c| !c.is_whitespace()).count();
        if chars == 0 {
            0.0
        } else {
            (self.link_chars as f64 / chars as f64).min(1.0)
        }
    }
}

/// Stands for a cell boundary until the block is flushed (a control
/// character that never occurs in scraped text).
const CELL_SEPARATOR: char = '\u{1f}';

/// Collects text into blocks, flushing at block boundaries.
#[derive(Debug, Default)]
pub struct BlockWriter {
    blocks: Vec<Block>,
    current: String,
    link_depth: usize,
    link_chars: usize,
    /// Images met inside the block being written: they follow it, so an
    /// image never splits a paragraph's text.
    pending_images: Vec<Block>,
}

impl BlockWriter {
    /// Appends raw text (whitespace is collapsed when the block is flushed).
    pub fn push_str(&mut self, text: &str) {
        if self.link_depth > 0 {
            self.link_chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
        self.current.push_str(text);
    }

    /// Text pushed from now on is link text, until [`Self::leave_link`].
    pub fn enter_link(&mut self) {
        self.link_depth += 1;
    }

    /// Ends the innermost link.
    pub fn leave_link(&mut self) {
        self.link_depth = self.link_depth.saturating_sub(1);
    }

    /// Separates two table cells (` | ` in the flushed text, kept even
    /// between Chinese cells, where collapsing would drop the spaces).
    pub fn push_cell_separator(&mut self) {
        if self.has_pending_text() {
            self.current.push(CELL_SEPARATOR);
        }
    }

    /// Records an image at the current position (after the block being
    /// written, if any).
    pub fn push_image(&mut self, url: &str, alt: &str) {
        let image = Block::image(url, alt);
        if self.has_pending_text() {
            self.pending_images.push(image);
        } else {
            self.blocks.push(image);
        }
    }

    /// Ends the current block, if it has any text, as a block of `kind`.
    pub fn flush(&mut self, kind: BlockKind) {
        let mut text = crate::text::collapse_whitespace(&self.current);
        if text.contains(CELL_SEPARATOR) {
            text = text.replace(CELL_SEPARATOR, " | ");
        }
        self.current.clear();
        let link_chars = std::mem::take(&mut self.link_chars);
        if !text.is_empty() {
            self.blocks.push(Block {
                kind,
                text,
                link_chars,
                alt: String::new(),
            });
        }
        self.blocks.append(&mut self.pending_images);
    }

    /// Appends already-made blocks after flushing the current one as a paragraph.
    pub fn extend(&mut self, blocks: Vec<Block>) {
        self.flush(BlockKind::Paragraph);
        self.blocks.extend(blocks);
    }

    /// The pending text after the last line break.
    pub fn current_line(&self) -> &str {
        self.current.rsplit('\n').next().unwrap_or_default()
    }

    /// Whether text is waiting to be flushed.
    pub fn has_pending_text(&self) -> bool {
        !self.current.trim().is_empty()
    }

    /// The blocks written so far, the pending text flushed as a paragraph.
    pub fn finish(mut self) -> Vec<Block> {
        self.flush(BlockKind::Paragraph);
        self.blocks
    }
}

/// Separates images from text blocks: the text blocks in order, and each
/// image with the number of text blocks before it.
pub fn split_images(blocks: Vec<Block>) -> (Vec<Block>, Vec<gazette_core::model::ImageRef>) {
    let mut texts = Vec::with_capacity(blocks.len());
    let mut images = Vec::new();
    for block in blocks {
        if block.is_image() {
            images.push(gazette_core::model::ImageRef {
                at: texts.len(),
                url: block.text,
                alt: block.alt,
            });
        } else {
            texts.push(block);
        }
    }
    (texts, images)
}

/// A block that was removed, and the rule that removed it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Removal {
    /// The rule's name.
    pub rule: &'static str,
    /// The removed text.
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_image_inside_a_paragraph_follows_it_without_splitting_it() {
        let mut writer = BlockWriter::default();
        writer.push_image("https://a/1.png", "封面");
        writer.push_str("第一段");
        writer.push_image("https://a/2.png", "");
        writer.push_str("的后半。");
        writer.flush(BlockKind::Paragraph);
        writer.push_str("第二段。");
        let blocks = writer.finish();
        let kinds: Vec<_> = blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (BlockKind::Image, "https://a/1.png"),
                (BlockKind::Paragraph, "第一段的后半。"),
                (BlockKind::Image, "https://a/2.png"),
                (BlockKind::Paragraph, "第二段。"),
            ]
        );
        let (texts, images) = split_images(blocks);
        assert_eq!(texts.len(), 2);
        let places: Vec<_> = images.iter().map(|i| (i.at, i.alt.as_str())).collect();
        assert_eq!(places, [(0, "封面"), (1, "")]);
    }
}
