//! One document, looked up by the id in the URL, with the query's terms marked.

use crate::app::use_library;
use crate::components::doc_view::DocView;
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
    let back_label = match props.query.is_empty() {
        true => "← 返回列表",
        false => "← 返回搜索结果",
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
                <p>{ format!("没有编号为 {} 的公告（链接可能来自另一个语料库）。", props.id) }</p>
                { back }
            </div>
        },
    }
}
