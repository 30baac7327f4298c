//! The search field: reports what is typed after a short pause, and at once
//! on Enter.

use crate::i18n::use_texts;
use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Pause after the last keystroke before searching: long enough to skip the
/// intermediate states of an IME composition, short enough to feel instant.
const DEBOUNCE_MS: u32 = 120;

/// Props of [`SearchBox`].
#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The query currently searched (from the URL).
    pub value: AttrValue,
    /// Called with the text after a pause in typing.
    pub on_change: Callback<String>,
    /// Called with the text on Enter.
    pub on_submit: Callback<String>,
}

/// A labelled search input with syntax help.
#[function_component(SearchBox)]
pub fn search_box(props: &SearchBoxProps) -> Html {
    let texts = use_texts();
    let draft = use_state(|| props.value.to_string());
    let timer = use_mut_ref(|| None::<Timeout>);
    let last_sent = use_mut_ref(|| props.value.to_string());
    {
        // The query changed elsewhere (back, forward, a link): show it.
        let draft = draft.clone();
        let last_sent = last_sent.clone();
        use_effect_with(props.value.clone(), move |value| {
            if *last_sent.borrow() != value.as_str() {
                *last_sent.borrow_mut() = value.to_string();
                draft.set(value.to_string());
            }
        });
    }
    let oninput = {
        let draft = draft.clone();
        let timer = timer.clone();
        let last_sent = last_sent.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            draft.set(text.clone());
            let last_sent = last_sent.clone();
            let on_change = on_change.clone();
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                *last_sent.borrow_mut() = text.clone();
                on_change.emit(text);
            }));
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(pending) = timer.borrow_mut().take() {
                pending.cancel();
            }
            *last_sent.borrow_mut() = (*draft).clone();
            on_submit.emit((*draft).clone());
        })
    };
    html! {
        <form class="search-box" role="search" {onsubmit}>
            <label for="search-input" class="visually-hidden">{ texts.search_label() }</label>
            <input id="search-input" type="search" value={(*draft).clone()} {oninput}
                placeholder={texts.search_placeholder()}
                autocomplete="off" spellcheck="false" enterkeyhint="search"
                aria-describedby="search-help" />
            <p id="search-help" class="search-help">
                { for texts.search_help().into_iter().map(|(words, example)| html! {
                    <>{ words }if !example.is_empty() { <code lang="zh-CN">{ example }</code> }</>
                }) }
            </p>
        </form>
    }
}
