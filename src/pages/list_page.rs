//! The corpus as a list: every document, or the results of a search,
//! narrowed by facets and dates, a page at a time, with the matches marked.

use crate::app::{use_facets, use_library};
use crate::components::arrival_note::{use_arrival, ArrivalNote};
use crate::components::doc_list::{DocList, DocSummary};
use crate::components::doc_outline::{article_href, MIN_ARTICLES};
use crate::components::export_buttons::ExportButtons;
use crate::components::facet_sidebar::FacetSidebar;
use crate::components::filter_chips::FilterChips;
use crate::components::pager::Pager;
use crate::components::save_search::SaveSearch;
use crate::components::search_box::SearchBox;
use crate::components::timeline::Timeline;
use crate::i18n::{use_texts, Texts};
use crate::route::use_router;
use gazette_core::date::Month;
use gazette_core::facets::{Dimension, FacetIndex, Filters, Narrowed};
use gazette_core::search::{match_ranges, snippets, Hit, Query, Results, Sort, Term};
use gazette_core::url_state::{ListView, Route};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Rows per page.
const PAGE_SIZE: usize = 20;
/// Passages shown per result, and their length in characters.
const SNIPPETS: usize = 3;
const SNIPPET_CHARS: usize = 80;

/// Props of [`ListPage`].
#[derive(Properties, PartialEq)]
pub struct ListPageProps {
    /// Query, filters, order and page, from the URL.
    pub view: ListView,
}

/// A search: its results and how long the engine took.
struct Search {
    query: Query,
    results: Results,
    millis: f64,
}

fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// The search field, filters, timeline, the results and page links.
#[function_component(ListPage)]
pub fn list_page(props: &ListPageProps) -> Html {
    let library = use_library();
    let index = use_facets();
    let router = use_router();
    let texts = use_texts();
    let drawer_open = use_state(|| false);
    let panels = crate::deferred::use_deferred();
    let view = &props.view;
    // A search made before the texts and index arrived is made again after.
    let complete = use_arrival().complete;
    let search = {
        let library = library.clone();
        use_memo(
            (view.query.clone(), view.sort, complete),
            move |(text, sort, _)| {
                let started = now();
                let query = Query::parse(text);
                let results = library.search(&query, *sort);
                Search {
                    query,
                    results,
                    millis: now() - started,
                }
            },
        )
    };
    // Narrowing reuses the search: changing a filter does not search again.
    let narrowed: Rc<Narrowed> = {
        let (search, index) = (search.clone(), index.clone());
        use_memo(
            (
                view.query.clone(),
                view.sort,
                view.filters.clone(),
                complete,
            ),
            move |(_, _, filters, _)| {
                index.narrow(search.results.hits.iter().map(|h| h.doc), filters)
            },
        )
    };
    let matching = Rc::new(narrowed.docs.clone());
    let total = narrowed.docs.len();
    // One row per announcement when reposts are collapsed: (document, copies folded into it).
    let listed: Rc<Vec<(usize, usize)>> = {
        let (library, narrowed) = (library.clone(), narrowed.clone());
        use_memo(
            (
                view.query.clone(),
                view.sort,
                view.filters.clone(),
                view.collapse,
                complete,
            ),
            move |(_, _, _, collapse, _)| match collapse {
                false => narrowed.docs.iter().map(|&doc| (doc, 0)).collect(),
                true => {
                    let hits: Vec<Hit> = narrowed
                        .docs
                        .iter()
                        .map(|&doc| Hit { doc, score: 0.0 })
                        .collect();
                    library
                        .collapse_reposts(&hits)
                        .into_iter()
                        .map(|row| (row.hit.doc, row.folded))
                        .collect()
                }
            },
        )
    };
    let pages = listed.len().div_ceil(PAGE_SIZE).max(1);
    let page = view.page.min(pages);
    // Rows (with their snippets) are made once per page of results, not on
    // every render: a recount of the facets does not redo them.
    let rows: Rc<Vec<DocSummary>> = {
        let (library, search, listed) = (library.clone(), search.clone(), listed.clone());
        use_memo(
            (
                view.query.clone(),
                view.sort,
                view.filters.clone(),
                view.collapse,
                page,
                complete,
            ),
            move |(query_text, _, _, _, page, _)| {
                let terms: Vec<&Term> = search.query.positive_terms().collect();
                listed
                    .iter()
                    .skip((page - 1) * PAGE_SIZE)
                    .take(PAGE_SIZE)
                    .filter_map(|&(position, folded)| {
                        let doc = library.docs().get(position)?;
                        let mut row = DocSummary::from(doc);
                        if folded > 0 {
                            let cluster = Route::Cluster { id: doc.id.clone() }.to_hash();
                            row.reposts = Some((folded, cluster.into()));
                        }
                        if !terms.is_empty() {
                            row.href = Route::Doc {
                                id: doc.id.clone(),
                                query: query_text.clone(),
                                article: None,
                            }
                            .to_hash()
                            .into();
                            row.title_marks = match_ranges(&doc.title, terms.iter().copied());
                            let text = library.text(position);
                            row.snippets = snippets(&text, &terms, SNIPPETS, SNIPPET_CHARS);
                            row.snippet_articles =
                                passage_articles(&text, &row.snippets, &doc.id, query_text);
                        }
                        Some(row)
                    })
                    .collect()
            },
        )
    };

    // (view, push): push adds a history entry, otherwise the entry is replaced.
    let navigate = {
        let router = router.clone();
        Callback::from(move |(next, push): (ListView, bool)| match push {
            true => router.push(Route::List(next)),
            false => router.replace(Route::List(next)),
        })
    };
    let with_query = |push: bool| {
        let view = view.clone();
        navigate.reform(move |query: String| {
            let next = ListView {
                query,
                page: 1,
                ..view.clone()
            };
            (next, push)
        })
    };
    let on_change = with_query(false);
    let on_submit = with_query(true);
    let on_filters = {
        let view = view.clone();
        navigate.reform(move |filters: Filters| {
            let next = ListView {
                filters,
                page: 1,
                ..view.clone()
            };
            (next, true)
        })
    };
    let on_months = {
        let filters = view.filters.clone();
        on_filters.reform(move |(first, last): (Month, Month)| {
            let mut next = filters.clone();
            next.set_months(first, last);
            next
        })
    };
    let on_sort = {
        let view = view.clone();
        navigate.reform(move |event: Event| {
            let name = event.target_unchecked_into::<HtmlSelectElement>().value();
            let next = ListView {
                sort: Sort::from_name(&name).unwrap_or_default(),
                page: 1,
                ..view.clone()
            };
            (next, true)
        })
    };
    let on_collapse = {
        let view = view.clone();
        navigate.reform(move |_: Event| {
            let next = ListView {
                collapse: !view.collapse,
                page: 1,
                ..view.clone()
            };
            (next, true)
        })
    };
    let toggle_drawer = {
        let drawer_open = drawer_open.clone();
        Callback::from(move |_: MouseEvent| drawer_open.set(!*drawer_open))
    };
    let close_drawer = {
        let drawer_open = drawer_open.clone();
        Callback::from(move |()| drawer_open.set(false))
    };
    let searching = !search.query.is_empty();
    // A search before the texts and the index are in: its results, counts
    // and timeline wait (they would read as none).
    let waiting = searching && !complete;
    let panels = panels && !waiting;
    let filtering = !view.filters.is_empty();
    let heading = match (searching, filtering) {
        (true, _) if !complete => texts.results_when_ready().to_owned(),
        (true, _) => texts.found(total),
        (false, true) => texts.filtered_documents(total),
        (false, false) => texts.all_documents(total),
    };
    let active_filters = view.filters.values().count()
        + usize::from(view.filters.from.is_some() || view.filters.to.is_some());
    let timeline = Rc::new(narrowed.timeline.clone());
    html! {
        <div class="explore list-page">
            <section class="results" aria-labelledby="list-heading">
                <SearchBox value={AttrValue::from(view.query.clone())} {on_change} {on_submit} />
                <LinkNotices narrowed={narrowed.clone()} />
                if panels {
                    <Timeline months={timeline} from={view.filters.from} to={view.filters.to} on_select={on_months} />
                } else {
                    <figure class="timeline pending" aria-busy="true"></figure>
                }
                <div class="list-bar">
                    <h2 id="list-heading" class="list-heading" aria-live="polite">
                        { heading }
                        if view.collapse && listed.len() != total {
                            <span class="collapsed-count">{ texts.announcements(listed.len(), total) }</span>
                        }
                        if searching && !waiting {
                            <span class="took">{ texts.millis(search.millis) }</span>
                        }
                    </h2>
                    <div class="list-tools">
                        <button type="button" class="drawer-toggle" aria-controls="facet-drawer"
                            aria-expanded={drawer_open.to_string()} onclick={toggle_drawer}>
                            { texts.filters_with_count(active_filters) }
                        </button>
                        if library.cluster_count() > 0 {
                            <label class="collapse" title={texts.collapse_reposts_note()}>
                                <input type="checkbox" checked={view.collapse} onchange={on_collapse} />
                                { texts.collapse_reposts() }
                            </label>
                        }
                        <label class="sort">
                            { texts.sort_label() }
                            <select onchange={on_sort}>
                                { for Sort::ALL.iter().map(|&sort| html! {
                                    <option value={sort.name()} selected={sort == view.sort}>{ texts.sort(sort) }</option>
                                }) }
                            </select>
                        </label>
                        if !waiting {
                            <SaveSearch view={view.clone()} results={matching.clone()} />
                        }
                        if total > 0 {
                            <ExportButtons docs={matching} />
                        }
                    </div>
                </div>
                <FilterChips filters={in_effect(&view.filters, &narrowed)} on_change={on_filters.clone()} />
                if waiting {
                    <ArrivalNote />
                } else {
                    if total == 0 {
                        { empty_notice(texts, &search, &narrowed, &view.filters) }
                    }
                    <DocList docs={(*rows).clone()} start={(page - 1) * PAGE_SIZE + 1} />
                    <Pager view={ListView { page, ..view.clone() }} {pages} />
                }
            </section>
            // After the results in the page's order (the search box is the
            // first control a keyboard reaches), drawn to their left.
            if panels {
                <FacetSidebar narrowed={narrowed.clone()} filters={view.filters.clone()} on_change={on_filters.clone()}
                    open={*drawer_open} on_close={close_drawer} />
            } else {
                <aside class="facets" aria-busy="true"></aside>
            }
        </div>
    }
}

/// The filters that narrow the list: a value no document has is ignored
/// (with a notice), so it gets no chip that would say it applies.
fn in_effect(filters: &Filters, narrowed: &Narrowed) -> Filters {
    let mut filters = filters.clone();
    for (facet, value) in &narrowed.unknown {
        filters.deselect(*facet, value);
    }
    filters
}

/// Why the list is empty: the query found nothing, or which filters removed
/// what it found (and how many each one alone holds back).
fn empty_notice(texts: Texts, search: &Search, narrowed: &Narrowed, filters: &Filters) -> Html {
    if search.results.total() == 0 {
        return html! { <p class="notice empty" role="status">{ texts.nothing_matches(&search.query) }</p> };
    }
    let culprits: Vec<Html> = narrowed
        .held_back
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|&(dimension, n)| {
            let what = describe_dimension(texts, dimension, filters);
            html! { <li>{ texts.removing_gives(&what, n) }</li> }
        })
        .collect();
    html! {
        <div class="notice empty" role="status">
            <p>{ texts.filters_removed_everything() }</p>
            if culprits.is_empty() {
                <p>{ texts.only_together() }</p>
            } else {
                <ul>{ for culprits }</ul>
            }
        </div>
    }
}

fn describe_dimension(texts: Texts, dimension: Dimension, filters: &Filters) -> String {
    let values = match dimension {
        Dimension::Facet(facet) => filters
            .selected
            .get(&facet)
            .map(|values| {
                values
                    .iter()
                    .map(|v| FacetIndex::label(facet, v, texts.english()))
                    .collect::<Vec<_>>()
                    .join(" / ")
            })
            .unwrap_or_default(),
        Dimension::Dates => {
            let end = |d: Option<gazette_core::date::Day>| {
                d.map(|d| d.to_string()).unwrap_or_else(|| "…".into())
            };
            format!("{} – {}", end(filters.from), end(filters.to))
        }
    };
    format!("{}：{values}", texts.dimension(dimension))
}

#[derive(Properties, PartialEq)]
struct LinkNoticesProps {
    narrowed: Rc<Narrowed>,
}

/// Says which parts of a pasted link were ignored (malformed values, or
/// filter values no document has), until dismissed.
#[function_component(LinkNotices)]
fn link_notices(props: &LinkNoticesProps) -> Html {
    let texts = use_texts();
    let router = use_router();
    let dismissed = use_state(String::new);
    let mut lines = Vec::new();
    if !router.ignored.is_empty() {
        let items: Vec<String> = router
            .ignored
            .iter()
            .map(|i| format!("{}={}", i.key, i.value))
            .collect();
        lines.push(texts.ignored_in_link(&items.join("、")));
    }
    if !props.narrowed.unknown.is_empty() {
        let items: Vec<String> = props
            .narrowed
            .unknown
            .iter()
            .map(|(facet, value)| format!("{}={value}", texts.facet(*facet)))
            .collect();
        lines.push(texts.unknown_in_corpus(&items.join("、")));
    }
    let key = lines.join("\n");
    if lines.is_empty() || *dismissed == key {
        return html! {};
    }
    let onclick = {
        let dismissed = dismissed.clone();
        Callback::from(move |_: MouseEvent| dismissed.set(key.clone()))
    };
    html! {
        <div class="notice link-notice" role="alert">
            { for lines.into_iter().map(|line| html! { <p>{ line }</p> }) }
            <button type="button" class="dismiss" {onclick}>{ texts.dismiss() }</button>
        </div>
    }
}

/// For each passage of a normative text, the article of its first
/// instrument it starts in, with the link that opens it there.
fn passage_articles(
    text: &str,
    passages: &[gazette_core::search::Snippet],
    id: &str,
    query: &str,
) -> Vec<Option<(u32, AttrValue)>> {
    let found = gazette_core::instrument::structure::outline(text);
    if found.articles.len() < MIN_ARTICLES {
        return Vec::new();
    }
    passages
        .iter()
        .map(|p| {
            let article = found.article_at(p.start).filter(|a| a.instrument == 0)?;
            Some((article.number, article_href(id, query, article.number)))
        })
        .collect()
}
