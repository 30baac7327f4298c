//! Gazette's browser app: a thin layer of Yew components over `gazette-core`.
//!
//! It compiles only for `wasm32`; on the host the crate is empty.
#![cfg(target_arch = "wasm32")]

pub mod app;
pub mod components;
pub mod embedded;
pub mod pages;
pub mod route;

/// Mounts the app on `<body>` with the corpus embedded at build time.
pub fn start() {
    let corpus = embedded::load();
    yew::Renderer::<app::App>::with_props(app::AppProps { corpus }).render();
}
