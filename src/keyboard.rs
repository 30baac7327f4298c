//! Keyboard shortcuts: `/` search, `j`/`k` (or arrows) move through results,
//! Enter opens (the focused link does that itself), Esc goes back, `?`
//! shows them all.

use crate::route::Router;
use gazette_core::stepping::{step, Ends};
use gazette_core::url_state::{ListView, Route};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// The result links j/k move between.
const RESULT_LINKS: &str = ".doc-list .doc-title";

/// Installs the shortcuts on the window for the app's lifetime.
#[hook]
pub fn use_keyboard_shortcuts(router: Router, toggle_help: Callback<()>) {
    let router_ref = use_mut_ref(|| (router.clone(), toggle_help.clone()));
    *router_ref.borrow_mut() = (router, toggle_help);
    use_effect_with((), move |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::window(),
            "keydown",
            options,
            move |event| {
                if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
                    let (router, toggle_help) = &*router_ref.borrow();
                    handle(event, router, toggle_help);
                }
            },
        );
        move || drop(listener)
    });
}

fn handle(event: &KeyboardEvent, router: &Router, toggle_help: &Callback<()>) {
    if event.ctrl_key() || event.meta_key() || event.alt_key() || event.is_composing() {
        return;
    }
    let active = gloo::utils::document().active_element();
    let typing = active.as_ref().is_some_and(is_text_field);
    let help_open = element_by_id("shortcut-help").is_some();
    match event.key().as_str() {
        "?" if !typing => {
            event.prevent_default();
            toggle_help.emit(());
        }
        "Escape" if help_open => toggle_help.emit(()),
        "/" if !typing => {
            if let Some(input) = element_by_id("search-input") {
                event.prevent_default();
                let _ = input.focus();
            }
        }
        "j" | "k" if !typing => move_through_results(event, event.key() == "j", active),
        "ArrowDown" | "ArrowUp" if !typing && in_results(active.as_ref()) => {
            move_through_results(event, event.key() == "ArrowDown", active)
        }
        "Escape" => {
            if typing {
                if let Some(field) = active.and_then(|a| a.dyn_into::<HtmlElement>().ok()) {
                    let _ = field.blur();
                }
            } else if let Route::Doc { query, .. } = &router.route {
                go_back(router, query);
            }
        }
        _ => {}
    }
}

/// Back to where the reader came from; to the list if they came from outside.
fn go_back(router: &Router, query: &str) {
    let window = gloo::utils::window();
    let has_history = window
        .history()
        .ok()
        .and_then(|h| h.length().ok())
        .unwrap_or(0)
        > 1;
    match has_history {
        true => {
            if let Ok(history) = window.history() {
                let _ = history.back();
            }
        }
        false => router.push(Route::List(ListView::new(query))),
    }
}

fn move_through_results(event: &KeyboardEvent, forward: bool, active: Option<Element>) {
    let Ok(links) = gloo::utils::document().query_selector_all(RESULT_LINKS) else {
        return;
    };
    let links: Vec<HtmlElement> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect();
    let current = active.and_then(|a| links.iter().position(|l| l.is_same_node(Some(&a))));
    let Some(next) = step(current, links.len(), forward, Ends::Stop) else {
        return;
    };
    event.prevent_default();
    let link = &links[next];
    let _ = link.focus();
    // Keep the row in view without jumping the page around.
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    link.scroll_into_view_with_scroll_into_view_options(&options);
}

pub(crate) fn in_results(active: Option<&Element>) -> bool {
    active.is_some_and(|a| a.matches(RESULT_LINKS).unwrap_or(false))
}

pub(crate) fn is_text_field(element: &Element) -> bool {
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.get_attribute("contenteditable").is_some()
}

fn element_by_id(id: &str) -> Option<HtmlElement> {
    gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}
