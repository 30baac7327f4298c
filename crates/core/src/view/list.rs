//! The list screen (`#/?q=…`): a query's results, or every document,
//! narrowed by facets and dates, one page of rows with the matches marked.
//!
//! Stages: [`Searched`] (query, order) → [`Narrowed`] (filters) →
//! [`Listing`] (reposts collapsed or not) → [`rows`] (one page) and
//! [`Summary`] (heading, counts, why it is empty).

use crate::facets::{Dimension, FacetIndex, Filters, Narrowed};
use crate::instrument::structure::outline;
use crate::search::{match_ranges, snippets, Collapsed, Hit, Library, Query, Results, Snippet};
use crate::search::{Sort, Term};
use crate::url_state::ListView;
use std::ops::Range;

/// Rows per page.
pub const PAGE_SIZE: usize = 20;
/// Passages shown per result.
pub const SNIPPETS: usize = 3;
/// Length of a passage, in characters.
pub const SNIPPET_CHARS: usize = 80;

/// A query and its results, in the order asked for.
#[derive(Debug, Clone)]
pub struct Searched {
    /// The query as parsed.
    pub query: Query,
    /// Every hit, ranked (no query: every document).
    pub results: Results,
}

impl Searched {
    /// Searches the library.
    pub fn run(library: &Library<'_>, query: &str, sort: Sort) -> Self {
        let query = Query::parse(query);
        let results = library.search(&query, sort);
        Searched { query, results }
    }

    /// Whether anything was asked (no query lists every document).
    pub fn is_search(&self) -> bool {
        !self.query.is_empty()
    }

    /// The results the filters let through, with their facet counts.
    pub fn narrow(&self, index: &FacetIndex, filters: &Filters) -> Narrowed {
        index.narrow(self.results.hits.iter().map(|hit| hit.doc), filters)
    }
}

/// The rows of a narrowed list: every document, or one per announcement
/// with its reposts folded into it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    /// The rows, in the results' order, with their scores.
    pub rows: Vec<Collapsed>,
}

impl Listing {
    /// Lists the narrowed results (`collapse`: one row per repost cluster).
    pub fn of(
        library: &Library<'_>,
        searched: &Searched,
        narrowed: &Narrowed,
        collapse: bool,
    ) -> Self {
        let hits = kept_hits(&searched.results, narrowed);
        let rows = match collapse {
            true => library.collapse_reposts(&hits),
            false => hits
                .into_iter()
                .map(|hit| Collapsed { hit, folded: 0 })
                .collect(),
        };
        Listing { rows }
    }

    /// Number of pages (at least one, even when empty).
    pub fn pages(&self) -> usize {
        self.rows.len().div_ceil(PAGE_SIZE).max(1)
    }

    /// The page shown for the one asked for: from 1 to the last.
    pub fn page(&self, asked: usize) -> usize {
        asked.clamp(1, self.pages())
    }

    /// The rows of a page (from 1), as a range of [`Listing::rows`].
    pub fn page_range(&self, page: usize) -> Range<usize> {
        let start = (self.page(page) - 1) * PAGE_SIZE;
        start.min(self.rows.len())..(start + PAGE_SIZE).min(self.rows.len())
    }
}

/// The hits the narrowing kept, with their scores: narrowing keeps the
/// candidates' order, so one walk over both pairs them.
fn kept_hits(results: &Results, narrowed: &Narrowed) -> Vec<Hit> {
    let mut kept = narrowed.docs.iter().copied().peekable();
    results
        .hits
        .iter()
        .filter(|hit| kept.next_if_eq(&hit.doc).is_some())
        .copied()
        .collect()
}

/// One row as listed: the document, and for a search its marked title and
/// passages.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The document's position in the library.
    pub doc: usize,
    /// Its score for the query (0 with no query).
    pub score: f32,
    /// With reposts collapsed: other copies folded into this row.
    pub folded: usize,
    /// Byte ranges of the title that match the query.
    pub title_marks: Vec<Range<usize>>,
    /// Passages around the matches (none with no query).
    pub snippets: Vec<Snippet>,
    /// For each passage of a normative text, the article of its first
    /// instrument the passage starts in.
    pub snippet_articles: Vec<Option<u32>>,
}

/// The rows of `range` of the listing, with their marks and passages.
pub fn rows(
    library: &Library<'_>,
    searched: &Searched,
    listing: &Listing,
    range: Range<usize>,
) -> Vec<Row> {
    let terms: Vec<&Term> = searched.query.positive_terms().collect();
    let rows = listing.rows.get(range).unwrap_or_default();
    rows.iter()
        .filter_map(|listed| {
            let doc = library.docs().get(listed.hit.doc)?;
            let mut row = Row {
                doc: listed.hit.doc,
                score: listed.hit.score,
                folded: listed.folded,
                title_marks: Vec::new(),
                snippets: Vec::new(),
                snippet_articles: Vec::new(),
            };
            if !terms.is_empty() {
                let text = library.text(listed.hit.doc);
                row.title_marks = match_ranges(&doc.title, terms.iter().copied());
                row.snippets = snippets(&text, &terms, SNIPPETS, SNIPPET_CHARS);
                row.snippet_articles = passage_articles(&text, &row.snippets);
            }
            Some(row)
        })
        .collect()
}

/// For each passage of a normative text, the article of its first
/// instrument it starts in (none for other texts).
fn passage_articles(text: &str, passages: &[Snippet]) -> Vec<Option<u32>> {
    let found = outline(text);
    if !found.is_normative() {
        return Vec::new();
    }
    passages
        .iter()
        .map(|p| {
            let article = found.article_at(p.start)?;
            (article.instrument == 0).then_some(article.number)
        })
        .collect()
}

/// What the list's heading says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    /// A search made before the texts and the index are in.
    Waiting,
    /// A search's results: how many documents.
    Found(usize),
    /// Every document the filters let through.
    Filtered(usize),
    /// Every document.
    All(usize),
}

/// Why a list is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Empty {
    /// The query found nothing.
    NothingMatches,
    /// The filters removed everything the query found: each filter that
    /// alone holds some back, and how many (none: only together).
    FilteredOut(Vec<(Dimension, usize)>),
}

/// What the list says about itself, beside its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The heading.
    pub heading: Heading,
    /// Documents listed (before collapsing).
    pub total: usize,
    /// Rows listed (after collapsing: one per announcement).
    pub rows: usize,
    /// Whether results, counts and timeline wait for the index.
    pub waiting: bool,
    /// Filters selected (a date range counts once).
    pub active_filters: usize,
    /// The filters that narrow the list: a value no document has is
    /// ignored (the link notice says so), so it gets no chip.
    pub in_effect: Filters,
    /// Why the list is empty, when it is.
    pub empty: Option<Empty>,
}

impl Summary {
    /// Sums up a list; `complete`: the texts and the index are in.
    pub fn of(
        view: &ListView,
        searched: &Searched,
        narrowed: &Narrowed,
        listing: &Listing,
        complete: bool,
    ) -> Self {
        let total = narrowed.docs.len();
        let waiting = searched.is_search() && !complete;
        let heading = match (searched.is_search(), view.filters.is_empty()) {
            _ if waiting => Heading::Waiting,
            (true, _) => Heading::Found(total),
            (false, false) => Heading::Filtered(total),
            (false, true) => Heading::All(total),
        };
        let filters = &view.filters;
        let active_filters =
            filters.values().count() + usize::from(filters.from.is_some() || filters.to.is_some());
        let mut in_effect = filters.clone();
        for (facet, value) in &narrowed.unknown {
            in_effect.deselect(*facet, value);
        }
        let empty = (total == 0 && !waiting).then(|| match searched.results.total() {
            0 => Empty::NothingMatches,
            _ => Empty::FilteredOut(
                narrowed
                    .held_back
                    .iter()
                    .copied()
                    .filter(|(_, n)| *n > 0)
                    .collect(),
            ),
        });
        Summary {
            heading,
            total,
            rows: listing.rows.len(),
            waiting,
            active_filters,
            in_effect,
            empty,
        }
    }
}

#[cfg(test)]
mod tests;
