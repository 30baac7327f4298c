//! Two documents side by side: aligned paragraph rows, character-level
//! changes inside changed paragraphs, moved paragraphs, passages shared
//! across otherwise different paragraphs, and how much of each text is found
//! in the other. Every offset is in characters (Unicode scalars) of the
//! documents' `text`.
//!
//! - [`align`](mod@align): which paragraph answers which;
//! - [`chardiff`]: insertions and deletions inside a pair of paragraphs;
//! - [`export`]: the comparison as Markdown or HTML.
//!
//! ```
//! use gazette_core::compare::{compare, Options, RowKind};
//! let a = "第一段。\n\n工信部将开展专项整治行动。";
//! let b = "第一段。\n\n工信部已开展专项整治行动。";
//! let c = compare(a, b, Options::default(), &Default::default());
//! let kinds: Vec<RowKind> = c.rows.iter().map(|r| r.kind).collect();
//! assert_eq!(kinds, [RowKind::Same, RowKind::Changed]);
//! ```

pub mod align;
pub mod articles;
pub mod chardiff;
pub mod density;
pub mod export;

use crate::related::boilerplate::Boilerplate;
use crate::related::comparable::{paragraph_spans, Comparable};
use crate::related::passages::overlap;
use crate::related::Tuning;
use serde::Serialize;
use std::ops::Range;

/// How to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Ignore punctuation, spaces and full-/half-width differences (the
    /// comparable form); off: every character but spaces counts as written.
    pub ignore_punctuation: bool,
    /// Leave out paragraphs that are boilerplate across the corpus.
    pub hide_boilerplate: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            ignore_punctuation: true,
            hide_boilerplate: false,
        }
    }
}

/// What a row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// The same paragraph on both sides.
    Same,
    /// One paragraph, edited: see the row's marks.
    Changed,
    /// The same (or nearly) paragraph at another place in each text.
    Moved,
    /// A paragraph only the first text has.
    OnlyA,
    /// A paragraph only the second text has.
    OnlyB,
}

impl RowKind {
    /// The name used in JSON, CSS classes and exports.
    pub fn name(self) -> &'static str {
        match self {
            RowKind::Same => "same",
            RowKind::Changed => "changed",
            RowKind::Moved => "moved",
            RowKind::OnlyA => "only_a",
            RowKind::OnlyB => "only_b",
        }
    }
}

/// A character range of a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// First character.
    pub start: u32,
    /// One past the last character.
    pub end: u32,
}

impl Span {
    fn of(range: Range<u32>) -> Self {
        Span {
            start: range.start,
            end: range.end,
        }
    }
}

/// What a mark inside a row's text means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// Not in the other text (a deletion on the first side, an insertion on the second).
    Changed,
    /// Found in the other text outside this row's counterpart.
    Shared,
}

/// A marked range inside a row's paragraph, in characters of the whole text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// What it means.
    pub kind: MarkKind,
    /// The characters.
    pub span: Span,
}

/// One aligned row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// What it shows.
    pub kind: RowKind,
    /// The first text's paragraph, if any.
    pub a: Option<Span>,
    /// The second text's paragraph, if any.
    pub b: Option<Span>,
    /// Marks inside `a`, sorted.
    pub a_marks: Vec<Mark>,
    /// Marks inside `b`, sorted.
    pub b_marks: Vec<Mark>,
}

/// A passage both texts have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Shared {
    /// Start in the first text.
    pub a_start: u32,
    /// End in the first text.
    pub a_end: u32,
    /// Start in the second text.
    pub b_start: u32,
    /// End in the second text.
    pub b_end: u32,
}

/// How much of each text the other has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Similarity {
    /// Share of the first text found in the second, 0–1.
    pub a_in_b: f32,
    /// Share of the second text found in the first, 0–1.
    pub b_in_a: f32,
}

/// Two texts compared.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comparison {
    /// Share of each text found in the other (passages of at least
    /// [`Tuning::min_passage`] compared characters).
    pub similarity: Similarity,
    /// Aligned rows, in the order of the first text (a moved paragraph's
    /// row stands where it is in the first text).
    pub rows: Vec<Row>,
    /// Shared passages not already shown as same or moved paragraphs.
    pub shared: Vec<Shared>,
    /// Boilerplate paragraphs left out of each side.
    pub hidden: (usize, usize),
}

impl Comparison {
    /// Rows that show a difference (all but `Same`), by position.
    pub fn differences(&self) -> Vec<usize> {
        (0..self.rows.len())
            .filter(|&n| self.rows[n].kind != RowKind::Same)
            .collect()
    }
}

/// One side's paragraphs.
struct Side {
    spans: Vec<Range<u32>>,
    comparable: Vec<Comparable>,
    keys: Vec<Vec<char>>,
    hidden: usize,
}

fn side(text: &str, options: Options, boilerplate: &Boilerplate) -> Side {
    let mut spans = Vec::new();
    let mut comparable = Vec::new();
    let mut hidden = 0;
    for (start, paragraph) in paragraph_spans(text) {
        if options.hide_boilerplate && boilerplate.contains(paragraph) {
            hidden += 1;
            continue;
        }
        let len = u32::try_from(paragraph.chars().count()).unwrap_or(u32::MAX);
        spans.push(start..start.saturating_add(len));
        let mut c = Comparable::default();
        c.push_text(paragraph, start, !options.ignore_punctuation);
        comparable.push(c);
    }
    let keys = comparable.iter().map(|c| c.chars.clone()).collect();
    Side {
        spans,
        comparable,
        keys,
        hidden,
    }
}

/// Compares two texts.
pub fn compare(a: &str, b: &str, options: Options, boilerplate: &Boilerplate) -> Comparison {
    let (sa, sb) = (side(a, options, boilerplate), side(b, options, boilerplate));
    let (whole_a, para_a) = concat(&sa.comparable);
    let (whole_b, para_b) = concat(&sb.comparable);
    let found = overlap(
        &whole_a.chars,
        &whole_b.chars,
        Tuning::default().min_passage,
    );
    // Passages cut where either side changes paragraph: each piece sits in
    // one paragraph of each text.
    let pieces: Vec<Piece> = found
        .passages
        .iter()
        .flat_map(|p| cut_at_paragraphs(p.a.clone(), p.b.start, &para_a, &para_b))
        .filter(|piece| piece.len >= MIN_PIECE)
        .map(|piece| Piece {
            a: whole_a.original_range(piece.a, piece.a + piece.len),
            b: whole_b.original_range(piece.b, piece.b + piece.len),
            para_a: para_a[piece.a],
            para_b: para_b[piece.b],
        })
        .collect();

    let pairings = align::align(&sa.keys, &sb.keys);
    let mut rows: Vec<Row> = pairings
        .iter()
        .map(|&pairing| {
            let mut row = Row {
                kind: pairing.kind,
                a: pairing.a.map(|n| Span::of(sa.spans[n].clone())),
                b: pairing.b.map(|n| Span::of(sb.spans[n].clone())),
                a_marks: Vec::new(),
                b_marks: Vec::new(),
            };
            if let (Some(pa), Some(pb)) = (pairing.a, pairing.b) {
                if sa.keys[pa] == sb.keys[pb] {
                    // Identical once compared: a "changed" pair is the same.
                    if row.kind == RowKind::Changed {
                        row.kind = RowKind::Same;
                    }
                } else {
                    let (del, ins) = chardiff::char_diff(&sa.comparable[pa], &sb.comparable[pb]);
                    row.a_marks = changed_marks(del);
                    row.b_marks = changed_marks(ins);
                }
            }
            row
        })
        .collect();

    let settled = |row: &Row| matches!(row.kind, RowKind::Same | RowKind::Moved);
    let mut shared: Vec<Shared> = Vec::new();
    for (piece, pairing) in pieces.iter().map(|p| (p, rows_by_pair(&pairings, p))) {
        if pairing.is_some_and(|n| settled(&rows[n])) {
            continue;
        }
        match shared.last_mut() {
            // Consecutive pieces of one passage read as one.
            Some(last) if last.a_end == piece.a.start && last.b_end == piece.b.start => {
                last.a_end = piece.a.end;
                last.b_end = piece.b.end;
            }
            _ => shared.push(Shared {
                a_start: piece.a.start,
                a_end: piece.a.end,
                b_start: piece.b.start,
                b_end: piece.b.end,
            }),
        }
        if pairing.is_some() {
            // Within a changed pair: the character diff shows it.
            continue;
        }
        for (n, p) in pairings.iter().enumerate() {
            if p.a == Some(piece.para_a) {
                add_shared(&mut rows[n].a_marks, &piece.a);
            }
            if p.b == Some(piece.para_b) {
                add_shared(&mut rows[n].b_marks, &piece.b);
            }
        }
    }
    for row in &mut rows {
        row.a_marks.sort_by_key(|m| (m.span.start, m.span.end));
        row.b_marks.sort_by_key(|m| (m.span.start, m.span.end));
    }
    Comparison {
        similarity: Similarity {
            a_in_b: found.a_in_b,
            b_in_a: found.b_in_a,
        },
        rows,
        shared,
        hidden: (sa.hidden, sb.hidden),
    }
}

fn changed_marks(ranges: Vec<Range<u32>>) -> Vec<Mark> {
    ranges
        .into_iter()
        .map(|r| Mark {
            kind: MarkKind::Changed,
            span: Span::of(r),
        })
        .collect()
}

/// Shortest piece of a passage worth showing, in compared characters.
const MIN_PIECE: usize = 4;

/// A shared passage's piece inside one paragraph of each text.
struct Piece {
    a: Range<u32>,
    b: Range<u32>,
    para_a: usize,
    para_b: usize,
}

/// A run of compared characters in both texts.
struct Run {
    a: usize,
    b: usize,
    len: usize,
}

/// The paragraphs' comparable forms joined, with each character's paragraph.
fn concat(paragraphs: &[Comparable]) -> (Comparable, Vec<usize>) {
    let mut whole = Comparable::default();
    let mut para = Vec::new();
    for (n, p) in paragraphs.iter().enumerate() {
        whole.chars.extend_from_slice(&p.chars);
        whole.origin.extend_from_slice(&p.origin);
        para.resize(para.len() + p.chars.len(), n);
    }
    (whole, para)
}

/// Cuts a passage (`a` range, starting at `b_start` in the other text)
/// wherever either text moves to another paragraph.
fn cut_at_paragraphs(
    a: Range<usize>,
    b_start: usize,
    para_a: &[usize],
    para_b: &[usize],
) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for i in a.clone() {
        let j = b_start + (i - a.start);
        let continues = out.last().is_some_and(|run| {
            let (pi, pj) = (run.a + run.len - 1, run.b + run.len - 1);
            para_a[pi] == para_a[i] && para_b[pj] == para_b[j]
        });
        match out.last_mut() {
            Some(run) if continues => run.len += 1,
            _ => out.push(Run { a: i, b: j, len: 1 }),
        }
    }
    out
}

/// The row pairing exactly this piece's two paragraphs, if any.
fn rows_by_pair(pairings: &[align::Pairing], piece: &Piece) -> Option<usize> {
    pairings
        .iter()
        .position(|p| p.a == Some(piece.para_a) && p.b == Some(piece.para_b))
}

/// Marks a passage's piece as shared.
fn add_shared(marks: &mut Vec<Mark>, piece: &Range<u32>) {
    if piece.start < piece.end {
        marks.push(Mark {
            kind: MarkKind::Shared,
            span: Span::of(piece.clone()),
        });
    }
}

#[cfg(test)]
mod tests;
