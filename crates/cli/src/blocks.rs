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
}

/// Stands for a cell boundary until the block is flushed (a control
/// character that never occurs in scraped text).
const CELL_SEPARATOR: char = '\u{1f}';

/// Collects text into blocks, flushing at block boundaries.
#[derive(Debug, Default)]
pub struct BlockWriter {
    blocks: Vec<Block>,
    current: String,
}

impl BlockWriter {
    /// Appends raw text (whitespace is collapsed when the block is flushed).
    pub fn push_str(&mut self, text: &str) {
        self.current.push_str(text);
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
        if !text.is_empty() {
            self.blocks.push(Block { kind, text });
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
