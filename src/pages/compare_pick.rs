//! A comparison with a side still to choose: a picker for each, offering the
//! other side's related documents, then a query's best results.

use crate::components::compare_doc::CompareDoc;
use crate::components::doc_picker::{DocPicker, PickItem};
use crate::context::use_library;
use crate::i18n::use_texts;
use crate::route::use_router;
use gazette_core::model::Document;
use gazette_core::url_state::CompareView;
use gazette_core::view::change::{self, CompareChange, Side};
use gazette_core::view::compare::picks;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ComparePick`].
#[derive(Properties, PartialEq)]
pub struct ComparePickProps {
    /// The comparison as far as it is chosen.
    pub view: CompareView,
    /// Its first document, if chosen and found.
    pub a: Option<Rc<Document>>,
    /// Its second document, if chosen and found.
    pub b: Option<Rc<Document>>,
}

/// The pickers.
#[function_component(ComparePick)]
pub fn compare_pick(props: &ComparePickProps) -> Html {
    let (library, router, texts) = (use_library(), use_router(), use_texts());
    let queries = [use_state(String::new), use_state(String::new)];
    let picker = |side: Side, other: Option<&Rc<Document>>| {
        let query = &queries[usize::from(side == Side::B)];
        let suggest = other.and_then(|d| library.position(&d.id));
        let items = picks(&library, query, suggest)
            .into_iter()
            .filter_map(|n| library.docs().get(n))
            .map(|doc| PickItem {
                id: doc.id.clone().into(),
                title: doc.title.clone().into(),
                meta: format!(
                    "{} · {}",
                    crate::components::compare_doc::day(doc),
                    doc.source
                )
                .into(),
            })
            .collect::<Vec<_>>();
        let on_query = {
            let query = query.clone();
            Callback::from(move |text: String| query.set(text))
        };
        let on_pick = {
            let (view, router) = (props.view.clone(), router.clone());
            Callback::from(move |id: String| {
                router.go(change::compare(&view, CompareChange::Pick(side, id)))
            })
        };
        html! {
            <DocPicker side={side.letter()} query={AttrValue::from((**query).clone())} {items} {on_query} {on_pick} />
        }
    };
    html! {
        <section class="compare-page picking" aria-labelledby="compare-heading">
            <h1 id="compare-heading" class="compare-heading">{ texts.compare_pick_heading() }</h1>
            <div class="compare-docs">
                <CompareDoc side={Side::A} doc={props.a.clone()} id={props.view.a.clone()} />
                <CompareDoc side={Side::B} doc={props.b.clone()} id={props.view.b.clone()} />
            </div>
            <div class="pickers">
                if props.a.is_none() { { picker(Side::A, props.b.as_ref()) } }
                if props.b.is_none() { { picker(Side::B, props.a.as_ref()) } }
            </div>
        </section>
    }
}
