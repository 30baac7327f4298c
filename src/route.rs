//! The one place the app touches the URL hash.

use gazette_core::url_state::Route;
use gloo::events::EventListener;
use yew::prelude::*;

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The current route, updated on every `hashchange` (links, back, forward).
#[hook]
pub fn use_route() -> Route {
    let route = use_state(|| Route::from_hash(&current_hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                route.set(Route::from_hash(&current_hash()));
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}
