//! The reader's language: their stored choice, else the browser's; and the
//! hook that gives components the words (`gazette_core::words`) in it.

pub use gazette_core::words::{Lang, Texts};
use yew::prelude::*;

const STORAGE_KEY: &str = "gazette.lang";

/// The reader's stored choice, else the browser's first language.
pub fn initial_lang() -> Lang {
    let window = gloo::utils::window();
    let stored = window
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    match stored.as_deref() {
        Some("en") => Lang::En,
        Some("zh") => Lang::Zh,
        _ => match window.navigator().language() {
            Some(tag) if !tag.to_ascii_lowercase().starts_with("zh") => Lang::En,
            _ => Lang::Zh,
        },
    }
}

/// Remembers the choice (silently not, where storage is blocked).
pub fn store_lang(lang: Lang) {
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}

/// The language and a way to switch it, provided by the app.
#[derive(Clone, PartialEq)]
pub struct LangChoice {
    /// The current language.
    pub lang: Lang,
    /// Switches to a language.
    pub set: Callback<Lang>,
}

/// The interface strings in the current language.
#[hook]
pub fn use_texts() -> Texts {
    Texts(use_context::<LangChoice>().map_or(Lang::Zh, |c| c.lang))
}
