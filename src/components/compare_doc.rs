//! One side's document atop a comparison: its letter, title (a link to it)
//! and facts; or a notice that the id names no document.

use crate::i18n::use_texts;
use gazette_core::date::DateParts;
use gazette_core::model::Document;
use gazette_core::url_state::Route;
use gazette_core::view::change::Side;
use std::rc::Rc;
use yew::prelude::*;

/// A document's day (`2024-07-03`), or its date as stored.
pub fn day(doc: &Document) -> String {
    DateParts::parse(&doc.date).map_or_else(|| doc.date.clone(), |d| d.day_label())
}

/// Props of [`CompareDoc`].
#[derive(Properties, PartialEq)]
pub struct CompareDocProps {
    /// Which side.
    pub side: Side,
    /// The document, if found.
    pub doc: Option<Rc<Document>>,
    /// The id asked for ("" while the side is to pick).
    pub id: AttrValue,
}

/// The side's header.
#[function_component(CompareDoc)]
pub fn compare_doc(props: &CompareDocProps) -> Html {
    let texts = use_texts();
    let letter = props.side.letter();
    match &props.doc {
        Some(doc) => html! {
            <div class={classes!("compare-doc", format!("side-{}", letter.to_ascii_lowercase()))}>
                <span class="side-letter">{ letter }</span>
                <a class="compare-doc-title" href={Route::Doc { id: doc.id.clone(), query: String::new(), article: None }.to_hash()}>
                    { doc.title.clone() }
                </a>
                <span class="compare-doc-meta">{ format!("{} · {} · {}", day(doc), doc.source, doc.id) }</span>
            </div>
        },
        None if !props.id.is_empty() => html! {
            <p class="notice" role="status">{ texts.compare_missing_document(&props.id) }</p>
        },
        None => Html::default(),
    }
}
