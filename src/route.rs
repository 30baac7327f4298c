//! The one place the app touches the URL hash.

use gazette_core::url_state::{Ignored, Route};
use gazette_core::view::change::{History, Next};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// What the address bar says: the route, and the parameters that could not
/// be read (shown to the reader as a notice).
#[derive(Clone, PartialEq, Default)]
struct Location {
    route: Route,
    ignored: Rc<Vec<Ignored>>,
}

impl Location {
    fn current() -> Self {
        let (route, ignored) = Route::read_hash(&current_hash());
        Location {
            route,
            ignored: Rc::new(ignored),
        }
    }
}

/// The current route and a way to change it.
#[derive(Clone, PartialEq)]
pub struct Router {
    /// Where the reader is.
    pub route: Route,
    /// Hash parameters that were dropped as malformed.
    pub ignored: Rc<Vec<Ignored>>,
    navigate: Callback<(Route, bool)>,
}

impl Router {
    /// Goes to `route`, as a new history entry (back returns here).
    pub fn push(&self, route: Route) {
        self.navigate.emit((route, false));
    }

    /// Shows `route` in place of the current entry (typing a query should
    /// not fill the history with every keystroke).
    pub fn replace(&self, route: Route) {
        self.navigate.emit((route, true));
    }

    /// Goes where a change of the view leads (see `gazette_core::view::change`).
    pub fn go(&self, next: Next) {
        match next.history {
            History::Push => self.push(next.route),
            History::Replace => self.replace(next.route),
        }
    }
}

/// A link followed inside an embedded viewer drops the embed parameters of
/// the hash: put them back in place, so a reload stays compact.
fn keep_embed_in(hash: &str) {
    let kept = crate::embed::keep_in_hash(hash);
    if kept != hash {
        if let Ok(history) = gloo::utils::window().history() {
            let _ =
                history.replace_state_with_url(&crate::scroll::current_state(), "", Some(&kept));
        }
    }
}

/// The route state for the whole app, updated on every `hashchange` (links,
/// back, forward) and by [`Router::push`] / [`Router::replace`].
#[hook]
pub fn use_router_state() -> Router {
    // `_eq`: the hashchange that follows our own push changes nothing, so no second render.
    let location = use_state_eq(Location::current);
    use_effect_with((), |_| crate::scroll::start());
    {
        let location = location.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = current_hash();
                crate::scroll::hash_changed();
                keep_embed_in(&hash);
                location.set(Location::current());
            });
            move || drop(listener)
        });
    }
    let navigate = {
        let location = location.clone();
        Callback::from(move |(next, replace): (Route, bool)| {
            let window = gloo::utils::window();
            let hash = crate::embed::keep_in_hash(&next.to_hash());
            if replace {
                if let Ok(history) = window.history() {
                    let _ = history.replace_state_with_url(
                        &crate::scroll::current_state(),
                        "",
                        Some(&hash),
                    );
                }
            } else {
                crate::scroll::leave_current();
                let _ = window.location().set_hash(&hash);
            }
            location.set(Location {
                route: next,
                ignored: Rc::default(),
            });
        })
    };
    Router {
        route: location.route.clone(),
        ignored: location.ignored.clone(),
        navigate,
    }
}

/// The router provided by the app.
#[hook]
pub fn use_router() -> Router {
    use_context::<Router>().expect("use_router: render this component inside <App>")
}
