//! Embed mode in the browser: the compact layout's class, the height
//! messages to the parent page and links that open the full viewer.
//! What the options mean is decided in `gazette_core::embed`.

use gazette_core::embed::{full_viewer_url, EmbedOptions, HEIGHT_MESSAGE_TYPE};
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};

thread_local! {
    /// The options the page was opened with (read once, at start).
    static OPTIONS: Cell<EmbedOptions> = Cell::new(EmbedOptions::default());
}

/// The options the page was opened with.
pub fn options() -> EmbedOptions {
    OPTIONS.with(Cell::get)
}

/// Reads the options from the address and, when embedded, sets the compact
/// layout's class, starts reporting the height and, with `open=tab`, sends
/// document links to the full viewer in a new tab. Call once, before render.
pub fn start() -> EmbedOptions {
    let location = gloo::utils::window().location();
    let options = EmbedOptions::from_location(
        &location.search().unwrap_or_default(),
        &location.hash().unwrap_or_default(),
    );
    OPTIONS.with(|cell| cell.set(options));
    if options.embedded {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.class_list().add_1("embed");
        }
        report_height();
        if options.open_in_tab {
            open_documents_in_tab();
        }
    }
    options
}

/// `hash` as the router should set it (the embed parameters kept when they
/// came in the hash).
pub fn keep_in_hash(hash: &str) -> String {
    options().keep_in_hash(hash)
}

/// The address of the full viewer showing `hash` (the current one if empty).
pub fn full_viewer_href(hash: &str) -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    let href = match hash.is_empty() {
        true => href,
        false => format!("{}{hash}", href.split('#').next().unwrap_or_default()),
    };
    full_viewer_url(&href)
}

/// Posts `{ type: "gazette:height", height }` to the parent page whenever
/// the page's height changes (a `ResizeObserver` on `<html>`).
fn report_height() {
    let window = gloo::utils::window();
    let parent = match window.parent() {
        Ok(Some(parent)) if !js_sys::Object::is(&parent, &window) => parent,
        _ => return, // Opened on its own: nobody to tell.
    };
    let Some(root) = gloo::utils::document().document_element() else {
        return;
    };
    let last = Cell::new(-1.0);
    let measured = root.clone();
    let post = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        // The height is no secret, and a wiki's origin is not known here.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    post.forget();
}

/// Clicks on document links open the full viewer in a new tab instead of
/// the iframe; clicks with a modifier key keep their usual meaning.
fn open_documents_in_tab() {
    let options = EventListenerOptions::enable_prevent_default();
    let listener =
        EventListener::new_with_options(&gloo::utils::document(), "click", options, |event| {
            let Some(event) = event.dyn_ref::<MouseEvent>() else {
                return;
            };
            if event.default_prevented()
                || event.button() != 0
                || event.ctrl_key()
                || event.meta_key()
                || event.shift_key()
                || event.alt_key()
            {
                return;
            }
            let link = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|element| element.closest("a[href^='#/doc/']").ok().flatten());
            let Some(hash) = link.and_then(|link| link.get_attribute("href")) else {
                return;
            };
            event.prevent_default();
            let url = full_viewer_href(&hash);
            let _ = gloo::utils::window().open_with_url_and_target_and_features(
                &url,
                "_blank",
                "noopener,noreferrer",
            );
        });
    listener.forget();
}
