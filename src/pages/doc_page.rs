//! One document, looked up by the id in the URL, with the query's terms marked.

use crate::app::use_library;
use crate::components::doc_view::DocView;
use crate::i18n::use_texts;
use gazette_core::url_state::{ListView, Route};
use yew::prelude::*;

/// Props of [`DocPage`].
#[derive(Properties, PartialEq)]
pub struct DocPageProps {
    /// The id from the URL hash.
    pub id: AttrValue,
    /// The query that led here ("" for none).
    #[prop_or_default]
    pub query: AttrValue,
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
    match library
        .position(&props.id)
        .and_then(|n| library.document(n))
    {
        Some(doc) => html! {
            <>
                { back }
                <DocView {doc} query={props.query.clone()} />
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
