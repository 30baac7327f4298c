//! The reader's light/dark choice: the system's theme, or one picked here
//! (kept in `localStorage`, applied as `html[data-theme]`, which the style
//! sheet reads before the system's preference).

use crate::i18n::use_texts;
use yew::prelude::*;

const STORAGE_KEY: &str = "gazette.theme";

/// Which theme the page uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Theme {
    /// The system's (`prefers-color-scheme`).
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The stored choice, else the system's.
    pub fn stored() -> Theme {
        let stored = gloo::utils::window()
            .local_storage()
            .ok()
            .flatten()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        match stored.as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }

    /// The next one a click gives.
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Dark,
            Theme::Dark => Theme::Light,
            Theme::Light => Theme::System,
        }
    }

    /// Its name in storage and in `data-theme`.
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Sets it on the page and remembers it (silently not where storage is blocked).
    fn apply(self, store: bool) {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = match self {
                Theme::System => root.remove_attribute("data-theme"),
                _ => root.set_attribute("data-theme", self.code()),
            };
        }
        if store {
            if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
                let _ = storage.set_item(STORAGE_KEY, self.code());
            }
        }
    }
}

/// A button that steps through system → dark → light.
#[function_component(ThemeSwitch)]
pub fn theme_switch() -> Html {
    let texts = use_texts();
    let theme = use_state(|| {
        let theme = Theme::stored();
        theme.apply(false);
        theme
    });
    let onclick = {
        let theme = theme.clone();
        Callback::from(move |_: MouseEvent| {
            let next = theme.next();
            next.apply(true);
            theme.set(next);
        })
    };
    html! {
        <button type="button" class="theme-switch" data-theme-choice={theme.code()} {onclick}
            aria-label={texts.theme_switch_label(theme.code())}>{ texts.theme_name(theme.code()) }</button>
    }
}
