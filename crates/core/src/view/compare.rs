//! The comparison screen (`#/compare/<A>/<B>`): two texts aligned paragraph
//! by paragraph, or article by article for two versions of an instrument,
//! as rows of marked pieces for the two panes; and the documents a picker
//! offers while a side is still to choose.

use super::change::Side;
use crate::compare::articles::export::{marks, numbers_label};
use crate::compare::articles::{self, compare_articles, has_articles, ArticleChange};
use crate::compare::articles::{ArticleComparison, ArticleOptions, ArticleRow};
use crate::compare::export::{self, pieces};
use crate::compare::{compare, Comparison, MarkKind, Options, RowKind, Span};
use crate::model::Document;
use crate::related::boilerplate::Boilerplate;
use crate::search::{Library, Query, Sort};
use crate::url_state::CompareView;
use std::rc::Rc;

/// Documents a picker offers.
pub const PICKS: usize = 8;

/// What was compared: paragraphs, or articles.
#[derive(Debug, Clone, PartialEq)]
pub enum Compared {
    /// Paragraph by paragraph.
    Paragraphs(Comparison),
    /// Article by article.
    Articles(ArticleComparison),
}

/// One side of a row: a paragraph or an article, in marked pieces.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The text in pieces, each marked or not.
    pub pieces: Vec<(String, Option<MarkKind>)>,
    /// Where it is in the document's text (characters).
    pub span: Span,
    /// A moved paragraph: the other side, and its paragraph number there.
    pub moved_to: Option<(Side, usize)>,
}

/// An article row's own tag: its numbers and change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleTag {
    /// `第二十五条 → 第二十四条`.
    pub numbers: String,
    /// What happened to it.
    pub change: ArticleChange,
}

/// One aligned row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// How the row is coloured.
    pub kind: RowKind,
    /// An article's tag, in place of the kind's.
    pub tag: Option<ArticleTag>,
    /// The first document's side.
    pub a: Option<Cell>,
    /// The second document's side.
    pub b: Option<Cell>,
}

/// What the comparison screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareScreen {
    /// The comparison itself (its figures, its export).
    pub compared: Compared,
    /// The rows shown.
    pub rows: Rc<Vec<Row>>,
    /// Rows (positions among those shown) that are differences, to step through.
    pub differences: Vec<usize>,
    /// Unchanged articles left out (`changes_only`).
    pub hidden_same: usize,
}

impl CompareScreen {
    /// Compares by article when asked and both texts have articles, else by
    /// paragraph; `changes_only` leaves out the unchanged articles.
    pub fn of(
        view: &CompareView,
        a: &Document,
        b: &Document,
        boilerplate: &Boilerplate,
        changes_only: bool,
    ) -> Self {
        let options = ArticleOptions {
            strict: view.strict,
            ignore_headings: view.ignore_headings,
            ignore_numbering: view.ignore_numbering,
        };
        if let Some(c) = view
            .by_article
            .then(|| compare_articles(&a.text, &b.text, options))
            .flatten()
        {
            return by_article(c, a, b, changes_only);
        }
        let options = Options {
            ignore_punctuation: !view.strict,
            hide_boilerplate: view.hide_boilerplate,
        };
        let comparison = compare(&a.text, &b.text, options, boilerplate);
        CompareScreen {
            rows: Rc::new(paragraph_rows(&comparison, a, b)),
            differences: comparison.differences(),
            compared: Compared::Paragraphs(comparison),
            hidden_same: 0,
        }
    }

    /// The article comparison, when compared by article.
    pub fn articles(&self) -> Option<&ArticleComparison> {
        match &self.compared {
            Compared::Articles(c) => Some(c),
            Compared::Paragraphs(_) => None,
        }
    }

    /// The comparison as a standalone HTML page, or as Markdown.
    pub fn export(&self, a: &Document, b: &Document, markdown: bool) -> String {
        match (&self.compared, markdown) {
            (Compared::Paragraphs(c), true) => export::markdown(c, a, b),
            (Compared::Paragraphs(c), false) => export::html(c, a, b),
            (Compared::Articles(c), true) => articles::export::markdown(c, a, b),
            (Compared::Articles(c), false) => articles::export::html(c, a, b),
        }
    }
}

/// Whether both texts can be compared by article (the mode switch is shown).
pub fn both_have_articles(a: &Document, b: &Document) -> bool {
    has_articles(&a.text) && has_articles(&b.text)
}

fn by_article(
    c: ArticleComparison,
    a: &Document,
    b: &Document,
    changes_only: bool,
) -> CompareScreen {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.text.chars().collect(), b.text.chars().collect());
    let shown: Vec<&ArticleRow> = c
        .rows
        .iter()
        .filter(|r| !changes_only || r.change != ArticleChange::Same)
        .collect();
    let cell = |chars: &[char], span: Span, changed: &[Span]| Cell {
        pieces: pieces(chars, span, &marks(changed)),
        span,
        moved_to: None,
    };
    let rows = shown
        .iter()
        .map(|row| Row {
            kind: article_kind(row.change),
            tag: (row.change != ArticleChange::Same).then(|| ArticleTag {
                numbers: numbers_label(row),
                change: row.change,
            }),
            a: row
                .a
                .as_ref()
                .map(|side| cell(&ca, side.span, &row.deleted)),
            b: row
                .b
                .as_ref()
                .map(|side| cell(&cb, side.span, &row.inserted)),
        })
        .collect();
    let differences = (0..shown.len())
        .filter(|&n| shown[n].change != ArticleChange::Same)
        .collect();
    let hidden_same = if changes_only {
        c.count(ArticleChange::Same)
    } else {
        0
    };
    CompareScreen {
        rows: Rc::new(rows),
        differences,
        hidden_same,
        compared: Compared::Articles(c),
    }
}

/// How a change is coloured: as the paragraph row kinds are.
fn article_kind(change: ArticleChange) -> RowKind {
    match change {
        ArticleChange::Same | ArticleChange::Renumbered => RowKind::Same,
        ArticleChange::Changed => RowKind::Changed,
        ArticleChange::Moved => RowKind::Moved,
        ArticleChange::Added => RowKind::OnlyB,
        ArticleChange::Deleted => RowKind::OnlyA,
    }
}

fn paragraph_rows(c: &Comparison, a: &Document, b: &Document) -> Vec<Row> {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.text.chars().collect(), b.text.chars().collect());
    let starts = |side: fn(&crate::compare::Row) -> Option<Span>| -> Vec<u32> {
        let mut starts: Vec<u32> = c.rows.iter().filter_map(side).map(|s| s.start).collect();
        starts.sort_unstable();
        starts
    };
    let (starts_a, starts_b) = (starts(|r| r.a), starts(|r| r.b));
    // Paragraph numbers (from 1) of a side, by span start.
    let number = |starts: &[u32], span: Span| starts.partition_point(|&s| s < span.start) + 1;
    c.rows
        .iter()
        .map(|row| {
            let moved = row.kind == RowKind::Moved;
            let cell = |chars: &[char], span: Option<Span>, marks, moved_to| {
                span.map(|span| Cell {
                    pieces: pieces(chars, span, marks),
                    span,
                    moved_to,
                })
            };
            let to_b = row
                .b
                .filter(|_| moved)
                .map(|s| (Side::B, number(&starts_b, s)));
            let to_a = row
                .a
                .filter(|_| moved)
                .map(|s| (Side::A, number(&starts_a, s)));
            Row {
                kind: row.kind,
                tag: None,
                a: cell(&ca, row.a, &row.a_marks, to_b),
                b: cell(&cb, row.b, &row.b_marks, to_a),
            }
        })
        .collect()
}

/// What a picker offers for a side: before anything is typed, the other
/// side's related documents; then the query's best results.
pub fn picks(library: &Library<'_>, query: &str, other: Option<usize>) -> Vec<usize> {
    if query.trim().is_empty() {
        return other
            .map(|doc| library.related(doc))
            .unwrap_or_default()
            .iter()
            .map(|hit| hit.doc)
            .filter(|&doc| doc < library.docs().len())
            .take(PICKS)
            .collect();
    }
    library
        .search(&Query::parse(query), Sort::Relevance)
        .hits
        .iter()
        .take(PICKS)
        .map(|hit| hit.doc)
        .collect()
}

#[cfg(test)]
mod tests;
