//! "Match 3 of 17" with previous/next: steps through the marked matches of a
//! document, scrolling each into view. While the text has matches, ↓/↑ and
//! `n`/`N` step too (the pill's arrows say so), unless the reader is typing.

use crate::keyboard::{in_results, is_text_field};
use gazette_core::stepping::{step, Ends};
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, KeyboardEvent, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition,
};
use yew::prelude::*;

/// Props of [`MatchNav`].
#[derive(Properties, PartialEq)]
pub struct MatchNavProps {
    /// The element whose `mark.hit` elements are stepped through.
    pub container: NodeRef,
    /// Whether every mark is in the page (a long text arrives in chunks:
    /// the count is read again when it is complete).
    #[prop_or(true)]
    pub complete: bool,
}

fn marks(container: &NodeRef) -> Vec<Element> {
    let Some(root) = container.cast::<Element>() else {
        return Vec::new();
    };
    let Ok(nodes) = root.query_selector_all("mark.hit") else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<Element>(node).ok())
        .collect()
}

fn show(marks: &[Element], current: usize) {
    for (n, mark) in marks.iter().enumerate() {
        let _ = mark.class_list().toggle_with_force("current", n == current);
    }
    if let Some(mark) = marks.get(current) {
        let options = ScrollIntoViewOptions::new();
        options.set_behavior(ScrollBehavior::Smooth);
        options.set_block(ScrollLogicalPosition::Center);
        mark.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Steps from the current match; returns the new current one.
fn step_marks(container: &NodeRef, current: Option<usize>, forward: bool) -> Option<usize> {
    let marks = marks(container);
    let next = step(current, marks.len(), forward, Ends::Wrap)?;
    show(&marks, next);
    Some(next)
}

/// Whether a key steps matches: which way, or `None`.
fn stepping_key(event: &KeyboardEvent) -> Option<bool> {
    if event.ctrl_key() || event.meta_key() || event.alt_key() || event.is_composing() {
        return None;
    }
    // Typing, or moving through a result list, keeps its keys.
    let active = gloo::utils::document().active_element();
    let typing = active.as_ref().is_some_and(is_text_field) || in_results(active.as_ref());
    match event.key().as_str() {
        _ if typing => None,
        "ArrowDown" | "n" => Some(true),
        "ArrowUp" | "N" => Some(false),
        _ => None,
    }
}

/// A small bar that counts the matches and moves between them.
#[function_component(MatchNav)]
pub fn match_nav(props: &MatchNavProps) -> Html {
    let texts = crate::i18n::use_texts();
    let count = use_state(|| 0usize);
    // Read by the key listener, which outlives any one render.
    let current: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    let redraw = use_force_update();
    {
        // Count after the marks are in the DOM.
        let count = count.clone();
        let container = props.container.clone();
        use_effect_with(props.complete, move |_| count.set(marks(&container).len()));
    }
    {
        let (container, current, redraw) =
            (props.container.clone(), current.clone(), redraw.clone());
        use_effect_with(*count > 0, move |&has_matches| {
            let listener = has_matches.then(|| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(
                    &gloo::utils::window(),
                    "keydown",
                    options,
                    move |event| {
                        let Some(forward) = event.dyn_ref::<KeyboardEvent>().and_then(stepping_key)
                        else {
                            return;
                        };
                        event.prevent_default();
                        let next = step_marks(&container, *current.borrow(), forward);
                        *current.borrow_mut() = next;
                        redraw.force_update();
                    },
                )
            });
            move || drop(listener)
        });
    }
    let step = |forward: bool| {
        let (container, current, redraw) =
            (props.container.clone(), current.clone(), redraw.clone());
        Callback::from(move |_: MouseEvent| {
            let next = step_marks(&container, *current.borrow(), forward);
            *current.borrow_mut() = next;
            redraw.force_update();
        })
    };
    let label = match (*count, *current.borrow()) {
        (0, _) if props.complete => texts.no_match_in_text().to_owned(),
        (n, None) if !props.complete => texts.match_count_so_far(n),
        (n, None) => texts.match_count(n),
        (n, Some(i)) => texts.match_position(i + 1, n),
    };
    html! {
        <nav class="match-nav" aria-label={texts.matches_label()}>
            <span class="match-count" aria-live="polite">{ label }</span>
            <button type="button" onclick={step(false)} disabled={*count == 0} aria-label={texts.previous_match()} title={texts.previous_match_keys()}>{ "↑" }</button>
            <button type="button" onclick={step(true)} disabled={*count == 0} aria-label={texts.next_match()} title={texts.next_match_keys()}>{ "↓" }</button>
        </nav>
    }
}
