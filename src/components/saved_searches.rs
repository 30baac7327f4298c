//! The saved searches: each with what it finds now, and what is new since
//! the reader last looked (after a rebuild, or a corpus that grew).

use crate::context::Shared;
use crate::i18n::use_texts;
use crate::saved_store::SavedWork;
use gazette_core::saved::{results_of, SavedSearch};
use gazette_core::url_state::Route;
use yew::prelude::*;

/// New documents named under a search (the rest are a click away).
const NEW_SHOWN: usize = 10;

/// Props of [`SavedSearches`].
#[derive(Properties, PartialEq)]
pub struct SavedSearchesProps {
    /// The corpus (documents, search, facets).
    pub corpus: Shared,
    /// The reader's saved work, and how to change it.
    pub saved: SavedWork,
}

/// One row per saved search.
#[function_component(SavedSearches)]
pub fn saved_searches(props: &SavedSearchesProps) -> Html {
    let texts = use_texts();
    let saved = props.saved.clone();
    let library = props.corpus.library.clone();
    let facets = props.corpus.facets.clone();
    // What each search finds now: (its ids, the new ones as document positions).
    let found = {
        let (library, facets) = (library.clone(), facets.clone());
        use_memo(saved.desk.searches.clone(), move |searches| {
            searches
                .iter()
                .map(|search: &SavedSearch| {
                    let docs = search
                        .view()
                        .map(|view| results_of(&library, &facets, &view))
                        .unwrap_or_default();
                    let ids: Vec<&str> = docs
                        .iter()
                        .filter_map(|&d| library.docs().get(d).map(|doc| doc.id.as_str()))
                        .collect();
                    let new: Vec<usize> = docs
                        .iter()
                        .zip(&ids)
                        .filter(|(_, id)| search.new_since(&[**id]).len() == 1)
                        .map(|(&d, _)| d)
                        .collect();
                    let ids: Vec<String> = ids.into_iter().map(str::to_owned).collect();
                    (ids, new)
                })
                .collect::<Vec<_>>()
        })
    };
    if saved.desk.searches.is_empty() {
        return html! { <p class="saved-empty">{ texts.no_saved_searches() }</p> };
    }
    html! {
        <ul class="saved-searches">
            { for saved.desk.searches.iter().zip(found.iter()).map(|(search, (ids, new))| {
                let mark_seen = {
                    let (saved, hash, ids) = (saved.clone(), search.hash.clone(), ids.clone());
                    Callback::from(move |_: MouseEvent| {
                        let (hash, ids) = (hash.clone(), ids.clone());
                        saved.change(move |desk| desk.mark_seen(&hash, ids.clone()))
                    })
                };
                let forget = {
                    let (saved, hash) = (saved.clone(), search.hash.clone());
                    Callback::from(move |_: MouseEvent| {
                        let hash = hash.clone();
                        saved.change(move |desk| desk.forget_search(&hash))
                    })
                };
                html! {
                    <li class="saved-search">
                        <a class="saved-search-name" href={search.hash.clone()}>{ search.name.clone() }</a>
                        <span class="saved-search-counts">
                            { texts.documents(ids.len()) }
                            if !new.is_empty() {
                                <strong class="new-count">{ texts.new_since_seen(new.len()) }</strong>
                            }
                        </span>
                        <span class="saved-date">{ texts.saved_on(&search.saved) }</span>
                        if !new.is_empty() {
                            <ul class="new-docs">
                                { for new.iter().take(NEW_SHOWN).filter_map(|&d| library.docs().get(d)).map(|doc| html! {
                                    <li><a href={Route::Doc { id: doc.id.clone(), query: String::new(), article: None }.to_hash()}>
                                        { doc.title.clone() }</a></li>
                                }) }
                            </ul>
                            <button type="button" onclick={mark_seen}>{ texts.mark_seen() }</button>
                        }
                        <button type="button" class="forget" onclick={forget}>{ texts.forget() }</button>
                    </li>
                }
            }) }
        </ul>
    }
}
