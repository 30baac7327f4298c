//! The corpus as a list, newest first, shown a page at a time.

use crate::app::use_corpus;
use crate::components::doc_list::{DocList, DocSummary};
use yew::prelude::*;

/// How many more rows "show more" adds.
const PAGE_SIZE: usize = 100;

/// Every document of the corpus.
#[function_component(ListPage)]
pub fn list_page() -> Html {
    let corpus = use_corpus();
    let shown = use_state(|| PAGE_SIZE);
    let total = corpus.docs.len();
    let docs: Vec<DocSummary> = corpus
        .docs
        .iter()
        .take(*shown)
        .map(DocSummary::from)
        .collect();
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + PAGE_SIZE))
    };
    html! {
        <section class="list-page" aria-labelledby="list-heading">
            <h2 id="list-heading" class="list-heading">
                { format!("全部公告 · {total} 篇") }
            </h2>
            <DocList {docs} />
            if *shown < total {
                <button class="show-more" onclick={show_more}>
                    { format!("显示更多（还有 {} 篇）", total - *shown) }
                </button>
            }
        </section>
    }
}
