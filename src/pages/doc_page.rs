//! One document, looked up by the id in the URL, with the query's terms marked.

use crate::app::use_library;
use crate::components::collect_menu::CollectMenu;
use crate::components::doc_notes::DocNotes;
use crate::components::doc_view::DocView;
use crate::components::related_list::{ClusterNote, RelatedItem, RelatedList};
use crate::i18n::{use_texts, Texts};
use crate::marked::Highlight;
use crate::saved_store::use_saved;
use gazette_core::date::DateParts;
use gazette_core::model::Document;
use gazette_core::saved::Desk;
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
    let saved = use_saved();
    let back_label = match props.query.is_empty() {
        true => texts.back_to_list(),
        false => texts.back_to_results(),
    };
    let back = html! { <a class="back" href={back_href}>{ back_label }</a> };
    let position = library.position(&props.id);
    match position.and_then(|n| library.document(n)).zip(position) {
        Some((doc, n)) => {
            let (highlights, lost) = highlights(&saved.desk, &doc);
            html! {
            <>
                <div class="doc-top">
                    { back }
                    <CollectMenu id={AttrValue::from(doc.id.clone())} title={AttrValue::from(doc.title.clone())} />
                </div>
                <DocView doc={doc.clone()} query={props.query.clone()} article={props.article} {highlights} />
                <DocNotes {doc} {lost} />
                <RelatedList items={related_items(&library, n, texts)} cluster={cluster_note(&library, n)}
                    compare_any_href={compare_href(&props.id, "")} />
            </>
            }
        }
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

/// The reader's notes on a document, found in its text; and the ids of
/// those whose passage is no longer there.
fn highlights(desk: &Desk, doc: &Document) -> (Vec<Highlight>, Vec<String>) {
    let mut found = Vec::new();
    let mut lost = Vec::new();
    for note in desk.notes_on(&doc.id) {
        match note.anchor.locate(&doc.text) {
            Some(located) => found.push(Highlight {
                range: located.range,
                note: note.id.clone().into(),
                comment: note.comment.clone().into(),
            }),
            None => lost.push(note.id.clone()),
        }
    }
    (found, lost)
}
