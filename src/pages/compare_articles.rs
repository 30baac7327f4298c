//! The rows of an article-by-article comparison, for the two panes: each
//! row one article (or a pair of them) tagged with its change, the deleted
//! characters marked on A, the inserted ones on B.

use crate::components::compare_table::{Cell, RowView, Tag};
use crate::i18n::Texts;
use gazette_core::compare::articles::export::{marks, numbers_label};
use gazette_core::compare::articles::{ArticleChange, ArticleComparison, ArticleRow, ArticleSide};
use gazette_core::compare::export::pieces;
use gazette_core::compare::{RowKind, Span};
use gazette_core::model::Document;
use yew::AttrValue;

/// The rows shown (all, or the changed ones) and which of them are
/// differences (positions among the rows shown).
pub fn article_rows(
    c: &ArticleComparison,
    a: &Document,
    b: &Document,
    changes_only: bool,
    texts: Texts,
) -> (Vec<RowView>, Vec<usize>) {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.text.chars().collect(), b.text.chars().collect());
    let shown: Vec<&ArticleRow> = c
        .rows
        .iter()
        .filter(|r| !changes_only || r.change != ArticleChange::Same)
        .collect();
    let differences = (0..shown.len())
        .filter(|&n| shown[n].change != ArticleChange::Same)
        .collect();
    let rows = shown
        .iter()
        .map(|row| {
            let numbers = numbers_label(row);
            let tag = (row.change != ArticleChange::Same).then(|| Tag {
                class: row.change.name(),
                text: format!("{numbers} · {}", texts.article_change(row.change)).into(),
            });
            RowView {
                kind: row_kind(row.change),
                tag,
                a: row.a.as_ref().map(|side| cell(&ca, side, &row.deleted)),
                b: row.b.as_ref().map(|side| cell(&cb, side, &row.inserted)),
            }
        })
        .collect();
    (rows, differences)
}

/// How a change is coloured: as the paragraph row kinds are.
fn row_kind(change: ArticleChange) -> RowKind {
    match change {
        ArticleChange::Same | ArticleChange::Renumbered => RowKind::Same,
        ArticleChange::Changed => RowKind::Changed,
        ArticleChange::Moved => RowKind::Moved,
        ArticleChange::Added => RowKind::OnlyB,
        ArticleChange::Deleted => RowKind::OnlyA,
    }
}

fn cell(chars: &[char], side: &ArticleSide, changed: &[Span]) -> Cell {
    Cell {
        pieces: pieces(chars, side.span, &marks(changed))
            .into_iter()
            .map(|(text, mark)| (AttrValue::from(text), mark))
            .collect(),
        offsets: format!("{}–{}", side.span.start, side.span.end).into(),
        note: None,
    }
}
