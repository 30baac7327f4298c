//! The page before and around the app: opens the corpus (with progress),
//! says why it could not, and opens a corpus file the reader picks or drops
//! on the page (the single file and a site opened from disk need nothing
//! else).

use crate::app::App;
use crate::context::Shared;
use crate::corpus_load::{self, Arrival, LoadError, Opened, Progress};
use crate::i18n::Texts;
use gazette_core::embed::EmbedOptions;
use gazette_core::search::Library;
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

/// Where the corpus is.
#[derive(Clone, PartialEq)]
enum Phase {
    Loading(Progress),
    Ready(Shared),
    Failed(LoadError),
}

/// What the page is started with.
#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// Embed mode (read from the address before the first render).
    pub embed: EmbedOptions,
}

/// The page: the app once its corpus is open.
#[function_component(Root)]
pub fn root(props: &RootProps) -> Html {
    let phase = use_state(|| Phase::Loading(Progress::default()));
    // The texts and the index, arriving after the catalog the app opens with.
    let arrival = use_state(|| Arrival::COMPLETE);
    // A picked or dropped file that failed: shown above whatever is open.
    let file_error = use_state(|| None::<LoadError>);
    let dragging = use_state(|| false);
    {
        let (phase, arrival) = (phase.clone(), arrival.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let progress = |p: Progress| phase.set(Phase::Loading(p));
                match corpus_load::open_from_page(&progress).await {
                    Ok(opened) => show_and_finish(opened, &phase, &arrival).await,
                    Err(err) => phase.set(Phase::Failed(err)),
                }
            });
        });
    }
    let open_file = {
        let (phase, arrival) = (phase.clone(), arrival.clone());
        let file_error = file_error.clone();
        Callback::from(move |file: File| {
            let (phase, arrival) = (phase.clone(), arrival.clone());
            let file_error = file_error.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match corpus_load::open_file(file, &|_| {}).await {
                    Ok(opened) => {
                        file_error.set(None);
                        // A new corpus starts at its list: ids of the old one mean nothing.
                        let _ = gloo::utils::window().location().set_hash("#/");
                        show_and_finish(opened, &phase, &arrival).await;
                    }
                    Err(err) => file_error.set(Some(err)),
                }
            });
        })
    };
    use_file_drops(open_file.clone(), dragging.setter());

    let texts = Texts(crate::i18n::initial_lang());
    let file_notice = (*file_error).as_ref().map(|err| {
        let dismiss = {
            let file_error = file_error.clone();
            Callback::from(move |_| file_error.set(None))
        };
        html! {
            <div class="notice file-error" role="alert">
                <strong>{ texts.corpus_file_failed() }</strong>{ " " }{ err.to_string() }
                <button type="button" onclick={dismiss}>{ texts.dismiss() }</button>
            </div>
        }
    });
    let overlay = (*dragging).then(|| {
        html! { <div class="drop-overlay" aria-hidden="true"><p>{ texts.drop_to_open() }</p></div> }
    });
    let body = match &*phase {
        Phase::Loading(progress) => html! {
            <main class="corpus-loading" aria-busy="true">
                <p>{ texts.loading_corpus() }</p>
                if progress.received > 0 {
                    <p class="corpus-loading-bytes">{ texts.loaded_bytes(progress.received, progress.total) }</p>
                }
            </main>
        },
        Phase::Failed(err) => {
            let from_disk =
                gloo::utils::window().location().protocol().ok().as_deref() == Some("file:");
            html! {
                <main class="load-error" role="alert">
                    <h1>{ texts.load_failed() }</h1>
                    <p class="load-error-detail">{ err.to_string() }</p>
                    if from_disk && matches!(err, LoadError::Unreachable { .. }) {
                        <p>{ texts.from_disk_hint() }</p>
                    }
                    <FilePicker on_file={open_file.clone()} />
                    <p class="drop-hint">{ texts.drop_corpus_hint() }</p>
                </main>
            }
        }
        Phase::Ready(shared) => {
            // Keyed by the corpus: a corpus opened later remounts the app, so no
            // component keeps state or memos of the one before.
            let key = format!("{:p}", Rc::as_ptr(&shared.library));
            html! { <App {key} shared={shared.clone()} arrival={*arrival} embed={props.embed} /> }
        }
    };
    html! { <>{ for file_notice }{ body }{ for overlay }</> }
}

/// Shows the app on the opened catalog, then reads the texts and the index
/// (the pages that need them wait for the arrival to be complete).
async fn show_and_finish(
    (library, arriving): Opened,
    phase: &UseStateHandle<Phase>,
    arrival: &UseStateHandle<Arrival>,
) {
    let shared = opened_corpus(library);
    let library = shared.library.clone();
    match arriving {
        None => arrival.set(Arrival::COMPLETE),
        Some(arriving) => {
            arrival.set(Arrival::of(arriving.progress()));
            phase.set(Phase::Ready(shared.clone()));
            let progress = |p: Progress| arrival.set(Arrival::of(p));
            if let Err(err) = arriving.finish(&library, &progress).await {
                phase.set(Phase::Failed(err));
                return;
            }
            arrival.set(Arrival::COMPLETE);
        }
    }
    // The engine answers from here on (`search_ids`).
    crate::mark("gazette:search-ready");
    phase.set(Phase::Ready(shared));
}

/// Makes the opened library the app's (and the benchmark's) corpus.
fn opened_corpus(library: Library<'static>) -> Shared {
    let library = Rc::new(library);
    crate::set_library(library.clone());
    let title = library.info().title;
    if !title.is_empty() {
        gloo::utils::document().set_title(&format!("{title} · Gazette"));
    }
    let shared = Shared::new(library);
    crate::mark("gazette:facets-ready");
    shared
}

#[derive(Properties, PartialEq)]
struct FilePickerProps {
    on_file: Callback<File>,
}

/// A button that opens the system's file chooser for a corpus file.
#[function_component(FilePicker)]
fn file_picker(props: &FilePickerProps) -> Html {
    let texts = Texts(crate::i18n::initial_lang());
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |event: Event| {
            let input: Option<HtmlInputElement> = event.target_dyn_into();
            if let Some(file) = input.and_then(|i| i.files()).and_then(|files| files.get(0)) {
                on_file.emit(file);
            }
        })
    };
    html! {
        <label class="open-file">
            { texts.open_corpus_file() }
            <input type="file" accept=".gazette,.gz" {onchange} />
        </label>
    }
}

/// Opens a file dropped anywhere on the page; shows the drop overlay
/// while a file is dragged over it (text and links are left alone).
#[hook]
fn use_file_drops(on_file: Callback<File>, dragging: UseStateSetter<bool>) {
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let options = EventListenerOptions::enable_prevent_default();
        let carries_files = |event: &DragEvent| {
            event.data_transfer().is_some_and(|t| {
                t.types()
                    .iter()
                    .any(|kind| kind.as_string().as_deref() == Some("Files"))
            })
        };
        let over = {
            let dragging = dragging.clone();
            EventListener::new_with_options(&document, "dragover", options, move |event| {
                if let Some(event) = event.dyn_ref::<DragEvent>().filter(|e| carries_files(e)) {
                    event.prevent_default();
                    dragging.set(true);
                }
            })
        };
        let leave = {
            let dragging = dragging.clone();
            EventListener::new(&document, "dragleave", move |event| {
                // Leaving the window, not moving between elements.
                if let Some(event) = event.dyn_ref::<DragEvent>() {
                    if event.related_target().is_none() {
                        dragging.set(false);
                    }
                }
            })
        };
        let dropped = EventListener::new_with_options(&document, "drop", options, move |event| {
            let Some(event) = event.dyn_ref::<DragEvent>() else {
                return;
            };
            let file = event
                .data_transfer()
                .and_then(|t| t.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                event.prevent_default();
                dragging.set(false);
                on_file.emit(file);
            }
        });
        move || drop((over, leave, dropped))
    });
}
