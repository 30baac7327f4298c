//! "Collect": puts the document into one or more of the reader's collections.

use crate::i18n::use_texts;
use crate::saved_store::today;
use crate::saved_store::SavedWork;
use gazette_core::saved::DEFAULT_COLLECTION;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`CollectMenu`].
#[derive(Properties, PartialEq)]
pub struct CollectMenuProps {
    /// The reader's saved work, and how to change it.
    pub saved: SavedWork,
    /// The document's id.
    pub id: AttrValue,
    /// Its title (kept with the collection).
    pub title: AttrValue,
}

/// A disclosure with a checkbox per collection and a field for a new one.
#[function_component(CollectMenu)]
pub fn collect_menu(props: &CollectMenuProps) -> Html {
    let texts = use_texts();
    let saved = props.saved.clone();
    let mut names: Vec<String> = saved
        .desk
        .collections
        .iter()
        .map(|c| c.name.clone())
        .collect();
    if names.is_empty() {
        names.push(DEFAULT_COLLECTION.to_owned());
    }
    let holding = saved.desk.collections_of(&props.id).count();
    let toggle = |name: String, holds: bool| {
        let (saved, id, title) = (saved.clone(), props.id.clone(), props.title.clone());
        Callback::from(move |_: Event| {
            let (name, id, title) = (name.clone(), id.clone(), title.clone());
            saved.change(move |desk| match holds {
                true => desk.uncollect(&name, &id),
                false => {
                    desk.collect(&name, &id, &title, &today());
                }
            })
        })
    };
    let field = use_node_ref();
    let add = {
        let (saved, id, title, field) = (
            saved.clone(),
            props.id.clone(),
            props.title.clone(),
            field.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(input) = field.cast::<HtmlInputElement>() else {
                return;
            };
            let name = input.value();
            if name.trim().is_empty() {
                return;
            }
            input.set_value("");
            let (id, title) = (id.clone(), title.clone());
            saved.change(move |desk| {
                desk.collect(&name, &id, &title, &today());
            });
        })
    };
    html! {
        <details class="collect-menu">
            <summary class={classes!("collect-summary", (holding > 0).then_some("holding"))}>
                { texts.collect_summary(holding) }
            </summary>
            <div class="collect-options">
                { for names.into_iter().map(|name| {
                    let holds = saved.desk.collections.iter()
                        .any(|c| c.name == name && c.items.iter().any(|i| *i.id == *props.id));
                    html! {
                        <label class="collect-option">
                            <input type="checkbox" checked={holds} onchange={toggle(name.clone(), holds)} />
                            { name }
                        </label>
                    }
                }) }
                <form class="collect-new" onsubmit={add}>
                    <input type="text" ref={field} maxlength="120"
                        aria-label={texts.new_collection()} placeholder={texts.new_collection()} />
                    <button type="submit">{ texts.add() }</button>
                </form>
            </div>
        </details>
    }
}
