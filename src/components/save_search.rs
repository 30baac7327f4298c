//! "Save this search": keeps the list's query and filters, with the results
//! it has now, so the saved page can later say what is new.

use crate::context::Shared;
use crate::i18n::use_texts;
use crate::saved_store::today;
use crate::saved_store::SavedWork;
use gazette_core::url_state::{ListView, Route};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SaveSearch`].
#[derive(Properties, PartialEq)]
pub struct SaveSearchProps {
    /// The corpus (documents, search, facets).
    pub corpus: Shared,
    /// The reader's saved work, and how to change it.
    pub saved: SavedWork,
    /// The list shown.
    pub view: ListView,
    /// The documents it finds (all pages).
    pub results: Rc<Vec<usize>>,
}

/// The hash a list is saved under: its first page.
pub fn saved_hash(view: &ListView) -> String {
    Route::List(ListView {
        page: 1,
        ..view.clone()
    })
    .to_hash()
}

/// A toggle: saves the search, or forgets it when it is saved.
#[function_component(SaveSearch)]
pub fn save_search(props: &SaveSearchProps) -> Html {
    let texts = use_texts();
    let saved = props.saved.clone();
    let library = props.corpus.library.clone();
    let hash = saved_hash(&props.view);
    let is_saved = saved.desk.search(&hash).is_some();
    let onclick = {
        let (saved, results) = (saved.clone(), props.results.clone());
        let name = texts.search_name(&props.view);
        Callback::from(move |_: MouseEvent| {
            let hash = hash.clone();
            match is_saved {
                true => saved.change(move |desk| desk.forget_search(&hash)),
                false => {
                    let ids: Vec<String> = results
                        .iter()
                        .filter_map(|&d| library.docs().get(d).map(|doc| doc.id.clone()))
                        .collect();
                    let name = name.clone();
                    saved.change(move |desk| desk.save_search(&name, &hash, &today(), ids.clone()));
                }
            }
        })
    };
    html! {
        <button type="button" class="save-search" aria-pressed={is_saved.to_string()} {onclick}>
            { if is_saved { texts.search_saved() } else { texts.save_search() } }
        </button>
    }
}
