//! The bar above a list: its heading (how many, how fast) and its tools
//! (filters drawer, collapsing reposts, order, saving, export).

use crate::components::export_buttons::ExportButtons;
use crate::components::save_search::SaveSearch;
use crate::context::Shared;
use crate::i18n::use_texts;
use crate::saved_store::SavedWork;
use gazette_core::search::Sort;
use gazette_core::url_state::ListView;
use gazette_core::view::change::ListChange;
use gazette_core::view::list::{Heading, Summary};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`ListBar`].
#[derive(Properties, PartialEq)]
pub struct ListBarProps {
    /// The list's view.
    pub view: ListView,
    /// What the list says about itself.
    pub summary: Summary,
    /// How long the search took (ms), for a search.
    pub millis: Option<f64>,
    /// The documents listed, for saving and export.
    pub matching: Rc<Vec<usize>>,
    /// Whether the corpus has repost clusters to collapse.
    pub collapsible: bool,
    /// Whether the filters drawer (phones) is open.
    pub drawer_open: bool,
    /// Opens or closes the drawer.
    pub on_drawer: Callback<()>,
    /// A change of the list.
    pub on_change: Callback<ListChange>,
    /// The corpus (documents, search, facets).
    pub corpus: Shared,
    /// The reader's saved work, and how to change it.
    pub saved: SavedWork,
}

/// The heading and the tools.
#[function_component(ListBar)]
pub fn list_bar(props: &ListBarProps) -> Html {
    let texts = use_texts();
    let summary = &props.summary;
    let heading = match summary.heading {
        Heading::Waiting => texts.results_when_ready().to_owned(),
        Heading::Found(n) => texts.found(n),
        Heading::Filtered(n) => texts.filtered_documents(n),
        Heading::All(n) => texts.all_documents(n),
    };
    let on_sort = props.on_change.reform(|event: Event| {
        let name = event.target_unchecked_into::<HtmlSelectElement>().value();
        ListChange::Sort(Sort::from_name(&name).unwrap_or_default())
    });
    let collapse = props.view.collapse;
    let on_collapse = props
        .on_change
        .reform(move |_: Event| ListChange::Collapse(!collapse));
    let on_drawer = props.on_drawer.reform(|_: MouseEvent| ());
    html! {
        <div class="list-bar">
            <h2 id="list-heading" class="list-heading" aria-live="polite">
                { heading }
                if collapse && summary.rows != summary.total {
                    <span class="collapsed-count">{ texts.announcements(summary.rows, summary.total) }</span>
                }
                if let Some(millis) = props.millis.filter(|_| !summary.waiting) {
                    <span class="took">{ texts.millis(millis) }</span>
                }
            </h2>
            <div class="list-tools">
                <button type="button" class="drawer-toggle" aria-controls="facet-drawer"
                    aria-expanded={props.drawer_open.to_string()} onclick={on_drawer}>
                    { texts.filters_with_count(summary.active_filters) }
                </button>
                if props.collapsible {
                    <label class="collapse" title={texts.collapse_reposts_note()}>
                        <input type="checkbox" checked={collapse} onchange={on_collapse} />
                        { texts.collapse_reposts() }
                    </label>
                }
                <label class="sort">
                    { texts.sort_label() }
                    <select onchange={on_sort}>
                        { for Sort::ALL.iter().map(|&sort| html! {
                            <option value={sort.name()} selected={sort == props.view.sort}>{ texts.sort(sort) }</option>
                        }) }
                    </select>
                </label>
                if !summary.waiting {
                    <SaveSearch view={props.view.clone()} results={props.matching.clone()} corpus={props.corpus.clone()} saved={props.saved.clone()} />
                }
                if summary.total > 0 {
                    <ExportButtons docs={props.matching.clone()} corpus={props.corpus.clone()} />
                }
            </div>
        </div>
    }
}
