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
}

impl Block {
    /// A paragraph with no links (for tests and synthetic blocks).
    pub fn paragraph(text: &str) -> Self {
        Self {
            kind: BlockKind::Paragraph,
            text: text.to_owned(),
            link_chars: 0,
        }
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
            });
        }
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
