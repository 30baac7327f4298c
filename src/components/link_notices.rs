//! Says which parts of a pasted link were ignored: malformed values, or
//! filter values no document has, until dismissed.

use crate::i18n::use_texts;
use gazette_core::facets::Narrowed;
use gazette_core::url_state::Ignored;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`LinkNotices`].
#[derive(Properties, PartialEq)]
pub struct LinkNoticesProps {
    /// The list, whose unknown filter values are named.
    pub narrowed: Rc<Narrowed>,
    /// Parameters of the link dropped as malformed.
    pub ignored: Rc<Vec<Ignored>>,
}

/// The notice, or nothing.
#[function_component(LinkNotices)]
pub fn link_notices(props: &LinkNoticesProps) -> Html {
    let texts = use_texts();
    let dismissed = use_state(String::new);
    let mut lines = Vec::new();
    if !props.ignored.is_empty() {
        let items: Vec<String> = props
            .ignored
            .iter()
            .map(|i| format!("{}={}", i.key, i.value))
            .collect();
        lines.push(texts.ignored_in_link(&items.join("、")));
    }
    if !props.narrowed.unknown.is_empty() {
        let items: Vec<String> = props
            .narrowed
            .unknown
            .iter()
            .map(|(facet, value)| format!("{}={value}", texts.facet(*facet)))
            .collect();
        lines.push(texts.unknown_in_corpus(&items.join("、")));
    }
    let key = lines.join("\n");
    if lines.is_empty() || *dismissed == key {
        return html! {};
    }
    let onclick = {
        let dismissed = dismissed.clone();
        Callback::from(move |_: MouseEvent| dismissed.set(key.clone()))
    };
    html! {
        <div class="notice link-notice" role="alert">
            { for lines.into_iter().map(|line| html! { <p>{ line }</p> }) }
            <button type="button" class="dismiss" {onclick}>{ texts.dismiss() }</button>
        </div>
    }
}
