//! One document, looked up by the id in the URL.

use crate::app::use_corpus;
use crate::components::doc_view::DocView;
use yew::prelude::*;

/// Props of [`DocPage`].
#[derive(Properties, PartialEq)]
pub struct DocPageProps {
    /// The id from the URL hash.
    pub id: AttrValue,
}

/// The document with the id, or a notice that there is none.
#[function_component(DocPage)]
pub fn doc_page(props: &DocPageProps) -> Html {
    let corpus = use_corpus();
    let back = html! { <a class="back" href="#/">{ "← 返回列表" }</a> };
    match corpus.get(&props.id) {
        Some(doc) => html! {
            <>
                { back }
                <DocView doc={doc.clone()} />
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
