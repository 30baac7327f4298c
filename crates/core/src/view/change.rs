//! The one place a view turns into the next: what each of the reader's
//! actions changes, whether it adds a history entry, and the page-reset
//! rule (anything but a page link starts again at page 1).

use crate::date::Month;
use crate::facets::Filters;
use crate::search::Sort;
use crate::url_state::{CompareView, ListView, Route};

/// How a change enters the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry: Back returns to the view before.
    Push,
    /// The current entry rewritten (typing, switching an option).
    Replace,
}

/// The view after a change, and how it enters the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Next {
    /// Where the reader is after the change.
    pub route: Route,
    /// Push or replace.
    pub history: History,
}

/// What the reader does on a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListChange {
    /// The query as typed (`submitted`: Enter was pressed).
    Query {
        /// The field's text.
        text: String,
        /// Whether it was submitted, not only typed.
        submitted: bool,
    },
    /// Facet selections and dates, as a whole.
    Filters(Filters),
    /// A range of months picked on the timeline (first, last).
    Months(Month, Month),
    /// The order of the results.
    Sort(Sort),
    /// Reposts shown as one row, or each on its own.
    Collapse(bool),
    /// A page of the results (from 1).
    Page(usize),
}

/// The list after a change.
pub fn list(view: &ListView, change: ListChange) -> Next {
    let mut next = view.clone();
    let mut history = History::Push;
    match change {
        ListChange::Query { text, submitted } => {
            next.query = text;
            if !submitted {
                history = History::Replace;
            }
        }
        ListChange::Filters(filters) => next.filters = filters,
        ListChange::Months(first, last) => next.filters.set_months(first, last),
        ListChange::Sort(sort) => next.sort = sort,
        ListChange::Collapse(collapse) => next.collapse = collapse,
        ListChange::Page(page) => {
            next.page = page.max(1);
            return Next {
                route: Route::List(next),
                history,
            };
        }
    }
    // What the reader narrowed or reordered starts at its beginning.
    next.page = 1;
    Next {
        route: Route::List(next),
        history,
    }
}

/// One of the two sides of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The first document (left).
    A,
    /// The second document (right).
    B,
}

impl Side {
    /// Its letter, as the page shows it.
    pub fn letter(self) -> char {
        match self {
            Side::A => 'A',
            Side::B => 'B',
        }
    }
}

/// What the reader does on a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareChange {
    /// A document picked for a side.
    Pick(Side, String),
    /// The two sides exchanged.
    Swap,
    /// Punctuation and width compared as written, or not.
    Strict,
    /// Boilerplate paragraphs left out, or not.
    HideBoilerplate,
    /// Article by article (`true`), or paragraph by paragraph.
    ByArticle(bool),
    /// By article: each article's 【条旨】 left out, or not.
    IgnoreHeadings,
    /// By article: renumbering counted as no change, or not.
    IgnoreNumbering,
}

/// The comparison after a change. Picking, swapping and the mode are new
/// entries; the switches rewrite the current one.
pub fn compare(view: &CompareView, change: CompareChange) -> Next {
    let mut next = view.clone();
    let mut history = History::Push;
    match change {
        CompareChange::Pick(Side::A, id) => next.a = id,
        CompareChange::Pick(Side::B, id) => next.b = id,
        CompareChange::Swap => std::mem::swap(&mut next.a, &mut next.b),
        CompareChange::ByArticle(by_article) => next.by_article = by_article,
        switch => {
            history = History::Replace;
            match switch {
                CompareChange::Strict => next.strict = !next.strict,
                CompareChange::HideBoilerplate => next.hide_boilerplate = !next.hide_boilerplate,
                CompareChange::IgnoreHeadings => next.ignore_headings = !next.ignore_headings,
                _ => next.ignore_numbering = !next.ignore_numbering,
            }
        }
    }
    Next {
        route: Route::Compare(next),
        history,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facets::Facet;

    fn on_page_3() -> ListView {
        ListView {
            page: 3,
            ..ListView::new("网信办")
        }
    }

    fn listed(next: Next) -> (ListView, History) {
        match next.route {
            Route::List(view) => (view, next.history),
            other => panic!("not a list: {other:?}"),
        }
    }

    #[test]
    fn every_list_change_but_a_page_link_starts_at_page_one() {
        let mut filters = Filters::default();
        filters.select(Facet::Source, "新华社");
        let table = [
            (
                ListChange::Query {
                    text: "数据".into(),
                    submitted: false,
                },
                1,
                History::Replace,
            ),
            (
                ListChange::Query {
                    text: "数据".into(),
                    submitted: true,
                },
                1,
                History::Push,
            ),
            (ListChange::Filters(filters), 1, History::Push),
            (
                ListChange::Months(
                    Month {
                        year: 2024,
                        month: 1,
                    },
                    Month {
                        year: 2024,
                        month: 3,
                    },
                ),
                1,
                History::Push,
            ),
            (ListChange::Sort(Sort::Newest), 1, History::Push),
            (ListChange::Collapse(true), 1, History::Push),
            (ListChange::Page(5), 5, History::Push),
            (ListChange::Page(0), 1, History::Push),
        ];
        for (change, page, history) in table {
            let (next, how) = listed(list(&on_page_3(), change.clone()));
            assert_eq!((next.page, how), (page, history), "{change:?}");
        }
    }

    #[test]
    fn a_list_change_changes_only_what_it_names() {
        let (next, _) = listed(list(&on_page_3(), ListChange::Sort(Sort::Oldest)));
        assert_eq!(next.query, "网信办");
        assert_eq!(next.sort, Sort::Oldest);
        let (next, _) = listed(list(
            &on_page_3(),
            ListChange::Months(
                Month {
                    year: 2024,
                    month: 1,
                },
                Month {
                    year: 2024,
                    month: 2,
                },
            ),
        ));
        assert_eq!(
            next.filters.from.map(|d| d.to_string()).as_deref(),
            Some("2024-01-01")
        );
        assert_eq!(
            next.filters.to.map(|d| d.to_string()).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(next.query, "网信办");
    }

    #[test]
    fn comparison_switches_rewrite_the_entry_and_picks_add_one() {
        let view = CompareView {
            a: "a".into(),
            b: "b".into(),
            ..CompareView::default()
        };
        let table = [
            (CompareChange::Swap, History::Push),
            (CompareChange::Pick(Side::B, "c".into()), History::Push),
            (CompareChange::ByArticle(true), History::Push),
            (CompareChange::Strict, History::Replace),
            (CompareChange::HideBoilerplate, History::Replace),
            (CompareChange::IgnoreHeadings, History::Replace),
            (CompareChange::IgnoreNumbering, History::Replace),
        ];
        for (change, history) in table {
            assert_eq!(
                compare(&view, change.clone()).history,
                history,
                "{change:?}"
            );
        }
        let Route::Compare(swapped) = compare(&view, CompareChange::Swap).route else {
            panic!("a comparison");
        };
        assert_eq!((swapped.a.as_str(), swapped.b.as_str()), ("b", "a"));
        let Route::Compare(strict) = compare(&view, CompareChange::Strict).route else {
            panic!("a comparison");
        };
        assert!(strict.strict && !strict.hide_boilerplate);
        let Route::Compare(twice) = compare(&strict, CompareChange::Strict).route else {
            panic!("a comparison");
        };
        assert_eq!(twice, view);
    }
}
