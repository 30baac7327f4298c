//! The saved work as a file: downloaded to keep or move, imported to merge
//! (from `file://` too: a download link and a file field need no server).

use crate::context::Shared;
use crate::download;
use crate::i18n::use_texts;
use crate::saved_store::today;
use crate::saved_store::SavedWork;
use gazette_core::saved::file::{self, FileError};
use gazette_core::saved::Merged;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the last import did.
#[derive(Clone, PartialEq)]
enum Outcome {
    Merged(Merged, String),
    Failed(FileError),
    NoText,
}

/// Props of [`SavedFile`].
#[derive(Properties, PartialEq)]
pub struct SavedFileProps {
    /// The corpus (documents, search, facets).
    pub corpus: Shared,
    /// The reader's saved work, and how to change it.
    pub saved: SavedWork,
}

/// Export and import buttons, and what the last import did.
#[function_component(SavedFile)]
pub fn saved_file(props: &SavedFileProps) -> Html {
    let texts = use_texts();
    let saved = props.saved.clone();
    let library = props.corpus.library.clone();
    let outcome = use_state(|| None::<Outcome>);
    let corpus = library.info().title.clone();
    let export = {
        let (desk, corpus) = (saved.desk.clone(), corpus.clone());
        Callback::from(move |_: MouseEvent| {
            let json = file::to_json(&desk, &corpus, &today());
            let name = format!("gazette-saved-{}.json", today());
            let _ = download::save(&name, "application/json", &json);
        })
    };
    let import = {
        let (saved, outcome) = (saved.clone(), outcome.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(picked) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let (saved, outcome) = (saved.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(picked.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let Some(text) = text else {
                    outcome.set(Some(Outcome::NoText));
                    return;
                };
                match file::from_json(&text) {
                    Ok(read) => {
                        let from = read.corpus.clone();
                        let incoming = read.into_desk();
                        // What it adds is counted on the desk as it is now.
                        let mut preview = (*saved.desk).clone();
                        let merged = preview.merge(incoming.clone());
                        saved.change(move |desk| {
                            desk.merge(incoming.clone());
                        });
                        outcome.set(Some(Outcome::Merged(merged, from)));
                    }
                    Err(error) => outcome.set(Some(Outcome::Failed(error))),
                }
            });
        })
    };
    let message = (*outcome).clone().map(|outcome| match outcome {
        Outcome::Merged(merged, from) => html! {
            <p class="import-result" role="status">{ texts.imported(merged, &from, &corpus) }</p>
        },
        Outcome::Failed(error) => html! {
            <p class="notice" role="alert">{ texts.import_failed(&error) }</p>
        },
        Outcome::NoText => {
            html! { <p class="notice" role="alert">{ texts.import_unreadable() }</p> }
        }
    });
    html! {
        <div class="saved-file">
            <button type="button" onclick={export} disabled={saved.desk.is_empty()}>{ texts.export_saved() }</button>
            // The browser's own file button speaks the browser's language; this
            // label is the button, the field stays for keyboards and tests.
            <label class="import-label">
                <input type="file" class="visually-hidden" accept=".json,application/json" onchange={import} />
                { texts.import_saved() }
            </label>
            { for message }
        </div>
    }
}
