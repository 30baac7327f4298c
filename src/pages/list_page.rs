//! The corpus as a list: every document, or the results of a search, a page
//! at a time, with the matches marked.

use crate::app::use_library;
use crate::components::doc_list::{DocList, DocSummary};
use crate::components::pager::Pager;
use crate::components::search_box::SearchBox;
use crate::route::use_router;
use gazette_core::search::{match_ranges, snippets, Query, Results, Sort, Term};
use gazette_core::url_state::{ListView, Route};
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
    /// Query, order and page, from the URL.
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

/// The search field, the results (or every document) and page links.
#[function_component(ListPage)]
pub fn list_page(props: &ListPageProps) -> Html {
    let library = use_library();
    let router = use_router();
    let view = &props.view;
    let search = {
        let library = library.clone();
        use_memo((view.query.clone(), view.sort), move |(text, sort)| {
            let started = now();
            let query = Query::parse(text);
            let results = library.search(&query, *sort);
            Search {
                query,
                results,
                millis: now() - started,
            }
        })
    };
    let total = search.results.total();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = view.page.min(pages);
    let terms: Vec<&Term> = search.query.positive_terms().collect();
    let rows: Vec<DocSummary> = search
        .results
        .hits
        .iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|hit| {
            let doc = &library.docs()[hit.doc];
            let mut row = DocSummary::from(doc);
            if !terms.is_empty() {
                row.href = Route::Doc {
                    id: doc.id.clone(),
                    query: view.query.clone(),
                }
                .to_hash()
                .into();
                row.title_marks = match_ranges(&doc.title, terms.iter().copied());
                row.snippets = snippets(&library.text(hit.doc), &terms, SNIPPETS, SNIPPET_CHARS);
            }
            row
        })
        .collect();

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
            (
                ListView {
                    query,
                    page: 1,
                    ..view.clone()
                },
                push,
            )
        })
    };
    let on_change = with_query(false);
    let on_submit = with_query(true);
    let on_sort = {
        let view = view.clone();
        navigate.reform(move |event: Event| {
            let name = event.target_unchecked_into::<HtmlSelectElement>().value();
            let sort = Sort::from_name(&name).unwrap_or_default();
            (
                ListView {
                    sort,
                    page: 1,
                    ..view.clone()
                },
                true,
            )
        })
    };
    let searching = !search.query.is_empty();
    let heading = if searching {
        format!("找到 {total} 篇")
    } else {
        format!("全部公告 · {total} 篇")
    };
    html! {
        <section class="list-page" aria-labelledby="list-heading">
            <SearchBox value={AttrValue::from(view.query.clone())} {on_change} {on_submit} />
            <div class="list-bar">
                <h2 id="list-heading" class="list-heading" aria-live="polite">
                    { heading }
                    if searching {
                        <span class="took">{ took(search.millis) }</span>
                    }
                </h2>
                <label class="sort">
                    { "排序 " }
                    <select onchange={on_sort}>
                        { for Sort::ALL.iter().map(|&sort| html! {
                            <option value={sort.name()} selected={sort == view.sort}>{ sort_label(sort) }</option>
                        }) }
                    </select>
                </label>
            </div>
            if searching && total == 0 {
                <p class="notice" role="status">
                    { format!("没有公告同时包含 {}。", describe(&search.query)) }
                    { "可以减少词语，或用 OR 连接近义词。" }
                </p>
            }
            <DocList docs={rows} start={(page - 1) * PAGE_SIZE + 1} />
            <Pager view={ListView { page, ..view.clone() }} {pages} />
        </section>
    }
}

/// The engine's time, to a tenth of a millisecond when it is short.
fn took(millis: f64) -> String {
    match millis {
        m if m < 10.0 => format!("{:.1} 毫秒", m.max(0.1)),
        m => format!("{m:.0} 毫秒"),
    }
}

fn sort_label(sort: Sort) -> &'static str {
    match sort {
        Sort::Relevance => "相关度",
        Sort::Newest => "最新",
        Sort::Oldest => "最早",
    }
}

/// The query's terms, quoted, for the "nothing found" notice.
fn describe(query: &Query) -> String {
    let terms: Vec<String> = query
        .positive_terms()
        .map(|t| format!("“{}”", t.text))
        .collect();
    match terms.is_empty() {
        true => "这些条件".to_owned(),
        false => terms.join("、"),
    }
}
