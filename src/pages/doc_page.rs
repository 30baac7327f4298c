//! One document, looked up by the id in the URL, with the query's terms marked.

use crate::app::use_library;
use crate::components::doc_view::DocView;
use crate::components::related_list::{ClusterNote, RelatedItem, RelatedList};
use crate::i18n::{use_texts, Texts};
use gazette_core::date::DateParts;
use gazette_core::search::Library;
use gazette_core::url_state::{CompareView, ListView, Route};
use yew::prelude::*;

/// Props of [`DocPage`].
#[derive(Properties, PartialEq)]
pub struct DocPageProps {
    /// The id from the URL hash.
    pub id: AttrValue,
    /// The query that led here ("" for none).
    #[prop_or_default]
    pub query: AttrValue,
    /// The article the URL names (`?art=12`).
    #[prop_or_default]
    pub article: Option<u32>,
}

/// The document with the id, or a notice that there is none.
#[function_component(DocPage)]
pub fn doc_page(props: &DocPageProps) -> Html {
    let library = use_library();
    let back_href = Route::List(ListView::new(&props.query)).to_hash();
    let texts = use_texts();
    let back_label = match props.query.is_empty() {
        true => texts.back_to_list(),
        false => texts.back_to_results(),
    };
    let back = html! { <a class="back" href={back_href}>{ back_label }</a> };
    let position = library.position(&props.id);
    match position.and_then(|n| library.document(n)).zip(position) {
        Some((doc, n)) => html! {
            <>
                { back }
                <DocView {doc} query={props.query.clone()} article={props.article} />
                <RelatedList items={related_items(&library, n, texts)} cluster={cluster_note(&library, n)}
                    compare_any_href={compare_href(&props.id, "")} />
            </>
        },
        None => html! {
            <div class="notice" role="status">
                <p>{ texts.no_such_document(&props.id) }</p>
                { back }
            </div>
        },
    }
}

fn compare_href(a: &str, b: &str) -> AttrValue {
    Route::Compare(CompareView {
        a: a.to_owned(),
        b: b.to_owned(),
        ..CompareView::default()
    })
    .to_hash()
    .into()
}

/// The document's related documents, for the list.
fn related_items(library: &Library<'_>, doc: usize, texts: Texts) -> Vec<RelatedItem> {
    let this = &library.docs()[doc].id;
    library
        .related(doc)
        .into_iter()
        .filter_map(|hit| {
            let other = library.docs().get(hit.doc)?;
            Some(RelatedItem {
                id: other.id.clone().into(),
                title: other.title.clone().into(),
                date: DateParts::parse(&other.date)
                    .map_or_else(|| other.date.clone(), |d| d.day_label())
                    .into(),
                source: other.source.clone().into(),
                score: hit.score,
                reasons: hit.reasons.iter().map(|r| texts.reason(r).into()).collect(),
                href: Route::Doc {
                    id: other.id.clone(),
                    query: String::new(),
                    article: None,
                }
                .to_hash()
                .into(),
                compare_href: compare_href(this, &other.id),
            })
        })
        .collect()
}

/// The document's repost cluster, if it is in one.
fn cluster_note(library: &Library<'_>, doc: usize) -> Option<ClusterNote> {
    let cluster = library.cluster(library.cluster_of(doc)?)?;
    Some(ClusterNote {
        href: Route::Cluster {
            id: library.docs()[doc].id.clone(),
        }
        .to_hash()
        .into(),
        members: cluster.members.len(),
        canonical: cluster.canonical == doc,
    })
}
