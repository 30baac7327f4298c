//! The keyboard shortcuts, listed in a dialog (`?` opens it, Esc or the
//! button closes it).

use crate::i18n::use_texts;
use yew::prelude::*;

/// Props of [`ShortcutHelp`].
#[derive(Properties, PartialEq)]
pub struct ShortcutHelpProps {
    /// Called when the reader closes the dialog.
    pub on_close: Callback<()>,
}

/// The dialog; rendered only while open.
#[function_component(ShortcutHelp)]
pub fn shortcut_help(props: &ShortcutHelpProps) -> Html {
    let texts = use_texts();
    let close = use_node_ref();
    {
        let close = close.clone();
        use_effect_with((), move |_| {
            if let Some(button) = close.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let onclick = props.on_close.reform(|_: MouseEvent| ());
    let rows = texts.shortcuts().into_iter().map(|(keys, what)| {
        html! {
            <div class="shortcut" key={keys}>
                <dt>{ for keys.split(' ').map(|k| html! { <kbd>{ k }</kbd> }) }</dt>
                <dd>{ what }</dd>
            </div>
        }
    });
    html! {
        <div id="shortcut-help" class="shortcut-help" role="dialog" aria-modal="true"
            aria-labelledby="shortcut-help-title">
            <h2 id="shortcut-help-title">{ texts.shortcuts_title() }</h2>
            <dl>{ for rows }</dl>
            <button type="button" class="shortcut-close" ref={close} {onclick}>{ texts.close() }</button>
        </div>
    }
}
