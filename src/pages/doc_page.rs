//! One document, looked up by the id in the URL, with the query's terms
//! marked, the reader's notes, related documents and its repost cluster.
//! What it shows is computed by `gazette_core::view::document`.

use crate::components::collect_menu::CollectMenu;
use crate::components::doc_notes::DocNotes;
use crate::components::doc_view::DocView;
use crate::components::related_list::{ClusterNote, RelatedItem, RelatedList};
use crate::context::use_library;
use crate::i18n::{use_texts, Texts};
use crate::marked::Highlight;
use crate::saved_store::use_saved;
use gazette_core::date::DateParts;
use gazette_core::model::Document;
use gazette_core::pack::PackedRelated;
use gazette_core::url_state::{CompareView, ListView, Route};
use gazette_core::view::document::DocScreen;
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
    let (library, texts, saved) = (use_library(), use_texts(), use_saved());
    let screen = use_memo((props.id.clone(), saved.desk.clone()), |(id, desk)| {
        DocScreen::of(&library, id, desk)
    });
    let back_label = match props.query.is_empty() {
        true => texts.back_to_list(),
        false => texts.back_to_results(),
    };
    let back_href = Route::List(ListView::new(&props.query)).to_hash();
    let back = html! { <a class="back" href={back_href}>{ back_label }</a> };
    let Some(screen) = screen.as_ref() else {
        return html! {
            <div class="notice" role="status">
                <p>{ texts.no_such_document(&props.id) }</p>
                { back }
            </div>
        };
    };
    let doc = &screen.doc;
    let highlights: Vec<Highlight> = screen
        .notes
        .iter()
        .map(|n| Highlight {
            range: n.range.clone(),
            note: n.note.clone().into(),
            comment: n.comment.clone().into(),
        })
        .collect();
    let related = screen
        .related
        .iter()
        .filter_map(|hit| related_item(doc, library.docs().get(hit.doc)?, hit, texts))
        .collect::<Vec<_>>();
    let cluster = screen.cluster.map(|c| ClusterNote {
        href: Route::Cluster { id: doc.id.clone() }.to_hash().into(),
        members: c.members,
        canonical: c.is_reference,
    });
    html! {
        <>
            <div class="doc-top">
                { back }
                <CollectMenu saved={saved.clone()} id={AttrValue::from(doc.id.clone())} title={AttrValue::from(doc.title.clone())} />
            </div>
            <DocView doc={doc.clone()} query={props.query.clone()} article={props.article} {highlights} />
            <DocNotes saved={saved.clone()} doc={doc.clone()} lost={screen.lost.clone()} />
            <RelatedList items={related} {cluster} compare_any_href={compare_href(&props.id, "")} />
        </>
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

/// A related document, for the list.
fn related_item(
    this: &Document,
    other: &Document,
    hit: &PackedRelated,
    texts: Texts,
) -> Option<RelatedItem> {
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
        compare_href: compare_href(&this.id, &other.id),
    })
}
