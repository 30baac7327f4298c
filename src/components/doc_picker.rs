//! Picks a document to compare: a search field and the best matches (or
//! suggestions before anything is typed), each a button.

use crate::i18n::use_texts;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A document offered by the picker.
#[derive(Clone, PartialEq)]
pub struct PickItem {
    /// Its id (what picking it gives).
    pub id: AttrValue,
    /// Headline.
    pub title: AttrValue,
    /// Day and source.
    pub meta: AttrValue,
}

/// Props of [`DocPicker`].
#[derive(Properties, PartialEq)]
pub struct DocPickerProps {
    /// Which side is picked: `A` or `B`.
    pub side: char,
    /// What is typed.
    pub query: AttrValue,
    /// Matches of the query, or suggestions.
    pub items: Vec<PickItem>,
    /// Called with the text as it is typed.
    pub on_query: Callback<String>,
    /// Called with the id of the document picked.
    pub on_pick: Callback<String>,
}

/// A search field and its matches.
#[function_component(DocPicker)]
pub fn doc_picker(props: &DocPickerProps) -> Html {
    let texts = use_texts();
    let oninput = props
        .on_query
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let id = format!("pick-{}", props.side.to_ascii_lowercase());
    html! {
        <div class="doc-picker">
            <label for={id.clone()} class="picker-label">{ texts.pick_side(props.side) }</label>
            <input id={id} type="search" class="picker-input" value={props.query.clone()} {oninput}
                placeholder={texts.pick_placeholder()} autocomplete="off" />
            <ul class="picker-results">
                { for props.items.iter().map(|item| {
                    let pick = {
                        let (on_pick, id) = (props.on_pick.clone(), item.id.to_string());
                        Callback::from(move |_: MouseEvent| on_pick.emit(id.clone()))
                    };
                    html! {
                        <li key={item.id.to_string()}>
                            <button type="button" class="pick" onclick={pick}>
                                <span class="pick-title">{ item.title.clone() }</span>
                                <span class="pick-meta">{ item.meta.clone() }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
