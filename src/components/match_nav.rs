//! "Match 3 of 17" with previous/next: steps through the marked matches of a
//! document, scrolling each into view.

use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
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

/// A small bar that counts the matches and moves between them.
#[function_component(MatchNav)]
pub fn match_nav(props: &MatchNavProps) -> Html {
    let texts = crate::i18n::use_texts();
    let count = use_state(|| 0usize);
    let current = use_state(|| None::<usize>);
    {
        // Count after the marks are in the DOM.
        let count = count.clone();
        let container = props.container.clone();
        use_effect_with(props.complete, move |_| count.set(marks(&container).len()));
    }
    let step = |forward: bool| {
        let current = current.clone();
        let container = props.container.clone();
        Callback::from(move |_: MouseEvent| {
            let marks = marks(&container);
            if marks.is_empty() {
                return;
            }
            let next = match (*current, forward) {
                (None, true) => 0,
                (None, false) => marks.len() - 1,
                (Some(n), true) => (n + 1) % marks.len(),
                (Some(n), false) => (n + marks.len() - 1) % marks.len(),
            };
            show(&marks, next);
            current.set(Some(next));
        })
    };
    let label = match (*count, *current) {
        (0, _) if props.complete => texts.no_match_in_text().to_owned(),
        (n, None) if !props.complete => texts.match_count_so_far(n),
        (n, None) => texts.match_count(n),
        (n, Some(i)) => texts.match_position(i + 1, n),
    };
    html! {
        <nav class="match-nav" aria-label={texts.matches_label()}>
            <span class="match-count" aria-live="polite">{ label }</span>
            <button type="button" onclick={step(false)} disabled={*count == 0} aria-label={texts.previous_match()}>{ "↑" }</button>
            <button type="button" onclick={step(true)} disabled={*count == 0} aria-label={texts.next_match()}>{ "↓" }</button>
        </nav>
    }
}
