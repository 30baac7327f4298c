//! A list of documents: title, date, source, kind and agencies, each a link to
//! the document; for a search, the matches marked and passages around them.

use crate::components::doc_outline::article_href;
use crate::i18n::use_texts;
use crate::marked::marked;
use gazette_core::date::DateParts;
use gazette_core::facets::Facet;
use gazette_core::model::{Document, Kind};
use gazette_core::search::Snippet;
use gazette_core::url_state::Route;
use gazette_core::view::list::Row;
use std::ops::Range;
use yew::prelude::*;

/// How many agencies a row names before "…".
const ROW_AGENCIES: usize = 3;

/// One row's worth of a document.
#[derive(Clone, PartialEq)]
pub struct DocSummary {
    /// Id, for the key.
    pub id: AttrValue,
    /// Where the row links to.
    pub href: AttrValue,
    /// Headline.
    pub title: AttrValue,
    /// Byte ranges of the title to mark.
    pub title_marks: Vec<Range<usize>>,
    /// Stored RFC 3339 date.
    pub date: AttrValue,
    /// Outlet.
    pub source: AttrValue,
    /// What the announcement is.
    pub kind: Kind,
    /// Original publisher, if stated.
    pub origin: Option<AttrValue>,
    /// Agencies the document names.
    pub agencies: Vec<AttrValue>,
    /// Passages around the matches of a search.
    pub snippets: Vec<Snippet>,
    /// For each passage of a normative text, the article it is in (its
    /// number and link).
    pub snippet_articles: Vec<Option<(u32, AttrValue)>>,
    /// With reposts collapsed: other copies folded into this row, and where
    /// their cluster is shown.
    pub reposts: Option<(usize, AttrValue)>,
}

impl From<&Document> for DocSummary {
    fn from(doc: &Document) -> Self {
        Self {
            id: doc.id.clone().into(),
            href: Route::Doc {
                id: doc.id.clone(),
                query: String::new(),
                article: None,
            }
            .to_hash()
            .into(),
            title: doc.title.clone().into(),
            title_marks: Vec::new(),
            date: doc.date.clone().into(),
            source: doc.source.clone().into(),
            kind: doc.kind,
            origin: doc.origin.clone().map(AttrValue::from),
            agencies: doc.agencies.iter().cloned().map(AttrValue::from).collect(),
            snippets: Vec::new(),
            snippet_articles: Vec::new(),
            reposts: None,
        }
    }
}

impl DocSummary {
    /// A row of a list (`query`: the search it is a result of, whose terms
    /// the document then marks).
    pub fn of_row(doc: &Document, row: &Row, query: &str) -> Self {
        let mut summary = DocSummary::from(doc);
        if row.folded > 0 {
            let cluster = Route::Cluster { id: doc.id.clone() }.to_hash();
            summary.reposts = Some((row.folded, cluster.into()));
        }
        if !query.trim().is_empty() {
            summary.href = Route::Doc {
                id: doc.id.clone(),
                query: query.to_owned(),
                article: None,
            }
            .to_hash()
            .into();
        }
        summary.title_marks = row.title_marks.clone();
        summary.snippets = row.snippets.clone();
        summary.snippet_articles = row
            .snippet_articles
            .iter()
            .map(|article| article.map(|n| (n, article_href(&doc.id, query, n))))
            .collect();
        summary
    }
}

/// Props of [`DocList`].
#[derive(Properties, PartialEq)]
pub struct DocListProps {
    /// The documents to show, in order.
    pub docs: Vec<DocSummary>,
    /// Number of the first row (for a later page of results).
    #[prop_or(1)]
    pub start: usize,
}

/// The list of documents.
#[function_component(DocList)]
pub fn doc_list(props: &DocListProps) -> Html {
    html! {
        <ol class="doc-list" start={props.start.to_string()}>
            { for props.docs.iter().map(|doc| html! { <DocRow key={doc.id.as_str()} doc={doc.clone()} /> }) }
        </ol>
    }
}

#[derive(Properties, PartialEq)]
struct DocRowProps {
    doc: DocSummary,
}

#[function_component(DocRow)]
fn doc_row(props: &DocRowProps) -> Html {
    let texts = use_texts();
    let doc = &props.doc;
    let kind = texts.kind(doc.kind);
    let date = DateParts::parse(&doc.date)
        .map(|d| d.day_label())
        .unwrap_or_default();
    let more_agencies = doc.agencies.len().saturating_sub(ROW_AGENCIES);
    html! {
        <li class="doc-row">
            <a class="doc-title" href={doc.href.clone()}>{ marked(&doc.title, &doc.title_marks) }</a>
            <div class="doc-meta">
                <span class="kind">{ kind }</span>
                <time datetime={doc.date.clone()}>{ date }</time>
                <span class="source">{ doc.source.clone() }</span>
                if let Some(origin) = &doc.origin {
                    <span class="origin">{ texts.row_origin(origin) }</span>
                }
                { for doc.agencies.iter().take(ROW_AGENCIES).map(|a| html! {
                    <span class="agency">{ texts.facet_value(Facet::Agency, a) }</span>
                }) }
                if more_agencies > 0 {
                    <span class="agency more">{ texts.more_agencies(doc.agencies.len()) }</span>
                }
            </div>
            if let Some((n, href)) = &doc.reposts {
                <a class="also-in" href={href.clone()}>{ texts.also_in_sources(*n) }</a>
            }
            if !doc.snippets.is_empty() {
                <ul class="snippets">
                    { for doc.snippets.iter().enumerate().map(|(n, s)| html! {
                        <li>
                            if let Some(Some((number, href))) = doc.snippet_articles.get(n) {
                                <a class="passage-article" href={href.clone()}>{ texts.article(*number) }</a>
                            }
                            { marked(&s.text, &s.marks) }
                        </li>
                    }) }
                </ul>
            }
        </li>
    }
}
