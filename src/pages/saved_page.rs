//! The reader's saved work on this corpus: searches, collections, notes,
//! and the file to keep or move them.

use crate::components::saved_collections::SavedCollections;
use crate::components::saved_file::SavedFile;
use crate::components::saved_notes::SavedNotes;
use crate::components::saved_searches::SavedSearches;
use crate::context::use_shared;
use crate::i18n::use_texts;
use crate::saved_store::use_saved;
use yew::prelude::*;

/// The saved page (`#/saved`).
#[function_component(SavedPage)]
pub fn saved_page() -> Html {
    let texts = use_texts();
    let (saved, corpus) = (use_saved(), use_shared());
    html! {
        <div class="saved-page">
            <a class="back" href="#/">{ texts.back_to_list() }</a>
            <h1>{ texts.saved_heading() }</h1>
            <p class="saved-intro">{ texts.saved_intro() }</p>
            if !saved.kept {
                <p class="notice" role="alert">{ texts.saved_not_kept() }</p>
            }
            <SavedFile corpus={corpus.clone()} saved={saved.clone()} />
            <section class="saved-section">
                <h2>{ texts.saved_searches_heading() }</h2>
                <SavedSearches corpus={corpus.clone()} saved={saved.clone()} />
            </section>
            <section class="saved-section">
                <h2>{ texts.collections_heading() }</h2>
                <SavedCollections corpus={corpus.clone()} saved={saved.clone()} />
            </section>
            <section class="saved-section">
                <h2>{ texts.notes_heading() }</h2>
                <SavedNotes corpus={corpus.clone()} saved={saved.clone()} />
            </section>
        </div>
    }
}
