//! The corpus as a list: every document, or the results of a search,
//! narrowed by facets and dates, a page at a time, with the matches marked.
//! What it shows is computed by `gazette_core::view::list`.

use crate::components::arrival_note::ArrivalNote;
use crate::components::doc_list::{DocList, DocSummary};
use crate::components::empty_notice::EmptyNotice;
use crate::components::facet_sidebar::FacetSidebar;
use crate::components::filter_chips::FilterChips;
use crate::components::link_notices::LinkNotices;
use crate::components::list_bar::ListBar;
use crate::components::pager::Pager;
use crate::components::search_box::SearchBox;
use crate::components::timeline::Timeline;
use crate::context::{use_arrival, use_shared};
use crate::route::use_router;
use crate::saved_store::use_saved;
use gazette_core::date::Month;
use gazette_core::url_state::ListView;
use gazette_core::view::change::{self, ListChange};
use gazette_core::view::list::{rows, Listing, Searched, Summary, PAGE_SIZE};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ListPage`].
#[derive(Properties, PartialEq)]
pub struct ListPageProps {
    /// Query, filters, order and page, from the URL.
    pub view: ListView,
}

fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// The search field, filters, timeline, the results and page links.
#[function_component(ListPage)]
pub fn list_page(props: &ListPageProps) -> Html {
    let (corpus, router, saved) = (use_shared(), use_router(), use_saved());
    let (library, index) = (corpus.library.clone(), corpus.facets.clone());
    let drawer_open = use_state(|| false);
    let panels = crate::deferred::use_deferred();
    let view = &props.view;
    // A search made before the texts and index arrived is made again after;
    // each stage is redone only when what it reads changes.
    let arrival = use_arrival();
    let complete = arrival.complete;
    let (query, sort, filters) = (view.query.clone(), view.sort, view.filters.clone());
    let searched = use_memo((query.clone(), sort, complete), |(query, sort, _)| {
        let started = now();
        (Searched::run(&library, query, *sort), now() - started)
    });
    let narrowed = use_memo(
        (query.clone(), sort, filters.clone(), complete),
        |(.., filters, _)| searched.0.narrow(&index, filters),
    );
    let listing = use_memo(
        (
            query.clone(),
            sort,
            filters.clone(),
            view.collapse,
            complete,
        ),
        |key| Listing::of(&library, &searched.0, &narrowed, key.3),
    );
    let page = listing.page(view.page);
    let shown = use_memo(
        (query, sort, filters, view.collapse, page, complete),
        |_| {
            rows(&library, &searched.0, &listing, listing.page_range(page))
                .iter()
                .filter_map(|row| {
                    Some(DocSummary::of_row(
                        library.docs().get(row.doc)?,
                        row,
                        &view.query,
                    ))
                })
                .collect::<Vec<_>>()
        },
    );
    let summary = Summary::of(view, &searched.0, &narrowed, &listing, complete);

    let navigate = {
        let (view, router) = (view.clone(), router.clone());
        Callback::from(move |change: ListChange| router.go(change::list(&view, change)))
    };
    let on_query = |submitted: bool| {
        navigate.reform(move |text: String| ListChange::Query { text, submitted })
    };
    let on_filters = navigate.reform(ListChange::Filters);
    let on_months =
        navigate.reform(|(first, last): (Month, Month)| ListChange::Months(first, last));
    let toggle_drawer = {
        let drawer_open = drawer_open.clone();
        Callback::from(move |()| drawer_open.set(!*drawer_open))
    };
    let close_drawer = {
        let drawer_open = drawer_open.clone();
        Callback::from(move |()| drawer_open.set(false))
    };
    let waiting = summary.waiting;
    let panels = panels && !waiting;
    html! {
        <div class="explore list-page">
            <section class="results" aria-labelledby="list-heading">
                <SearchBox value={AttrValue::from(view.query.clone())} on_change={on_query(false)} on_submit={on_query(true)} />
                <LinkNotices narrowed={narrowed.clone()} ignored={router.ignored.clone()} />
                if panels {
                    <Timeline months={Rc::new(narrowed.timeline.clone())} from={view.filters.from} to={view.filters.to} on_select={on_months} />
                } else {
                    <figure class="timeline pending" aria-busy="true"></figure>
                }
                <ListBar view={view.clone()} summary={summary.clone()} millis={searched.0.is_search().then_some(searched.1)}
                    matching={Rc::new(narrowed.docs.clone())} collapsible={library.cluster_count() > 0}
                    drawer_open={*drawer_open} on_drawer={toggle_drawer} on_change={navigate.clone()}
                    corpus={corpus.clone()} saved={saved.clone()} />
                <FilterChips filters={summary.in_effect.clone()} on_change={on_filters.clone()} />
                if waiting {
                    <ArrivalNote percent={arrival.percent} />
                } else {
                    if let Some(empty) = summary.empty.clone() {
                        <EmptyNotice {empty} query={searched.0.query.clone()} filters={view.filters.clone()} />
                    }
                    <DocList docs={(*shown).clone()} start={(page - 1) * PAGE_SIZE + 1} />
                    <Pager view={ListView { page, ..view.clone() }} pages={listing.pages()} />
                }
            </section>
            // After the results in the page's order (the search box is the
            // first control a keyboard reaches), drawn to their left.
            if panels {
                <FacetSidebar corpus={corpus.clone()} narrowed={narrowed.clone()} filters={view.filters.clone()} on_change={on_filters}
                    open={*drawer_open} on_close={close_drawer} />
            } else {
                <aside class="facets" aria-busy="true"></aside>
            }
        </div>
    }
}
