//! Text with matches marked, as DOM nodes (never as HTML).

use gazette_core::search::snippets::split_marked;
use std::ops::Range;
use yew::prelude::*;

/// `text` with the byte ranges `marks` (sorted, disjoint) in `<mark>`.
pub fn marked(text: &str, marks: &[Range<usize>]) -> Html {
    if marks.is_empty() {
        return html! { { text.to_owned() } };
    }
    html! {
        { for split_marked(text, marks).into_iter().map(|(part, hit)| match hit {
            true => html! { <mark class="hit">{ part.to_owned() }</mark> },
            false => html! { { part.to_owned() } },
        }) }
    }
}
