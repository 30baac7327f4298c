//! Gazette's browser app: a thin layer of Yew components over `gazette-core`.
//!
//! It compiles only for `wasm32`; on the host the crate is empty.
#![cfg(target_arch = "wasm32")]

pub mod app;
pub mod components;
pub mod context;
pub mod corpus_load;
pub mod deferred;
pub mod download;
pub mod embed;
pub mod i18n;
pub mod keyboard;
pub mod marked;
pub mod pages;
pub mod root;
pub mod route;
pub mod saved_store;
pub mod scroll;

use gazette_core::search::{Library, Query, Sort};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The corpus the app runs on, for the functions exported to JavaScript.
    static LIBRARY: RefCell<Option<Rc<Library<'static>>>> = const { RefCell::new(None) };
}

/// Mounts the page on `<body>`; it opens the corpus (see [`corpus_load`]).
pub fn start() {
    mark("gazette:start");
    let embed = embed::start();
    // The page's own note for a browser that never runs the app (index.html).
    if let Some(note) = gloo::utils::document().get_element_by_id("boot-note") {
        note.remove();
    }
    yew::Renderer::<root::Root>::with_props(root::RootProps { embed }).render();
}

/// The corpus `search_ids` answers from.
pub(crate) fn set_library(library: Rc<Library<'static>>) {
    LIBRARY.with(|cell| *cell.borrow_mut() = Some(library));
}

/// A performance mark: where start-up time goes, for the benchmarks.
pub(crate) fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// The ids of every document matching `query`, best first: the engine the UI
/// uses, exported for the browser benchmark (`window.wasmBindings`).
#[wasm_bindgen]
pub fn search_ids(query: &str) -> Vec<String> {
    LIBRARY.with(|cell| {
        let library = cell.borrow();
        let Some(library) = library.as_ref() else {
            return Vec::new();
        };
        let results = library.search(&Query::parse(query), Sort::Relevance);
        results
            .hits
            .iter()
            .map(|hit| library.docs()[hit.doc].id.clone())
            .collect()
    })
}

/// Bytes of wasm linear memory (for the browser benchmark's memory figure).
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|memory| memory.buffer())
        .ok()
        .and_then(|buffer| buffer.dyn_into::<js_sys::ArrayBuffer>().ok())
        .map_or(0.0, |buffer| f64::from(buffer.byte_length()))
}
