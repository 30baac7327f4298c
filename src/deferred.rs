//! Parts of a page that wait one task: the first screen (search box, results)
//! is painted first and the panels around it follow at once, so a reader can
//! type sooner, and the panels' code is compiled after the first paint.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `false` on a component's first render, `true` from the next task on.
#[hook]
pub fn use_deferred() -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let timeout = Timeout::new(0, move || ready.set(true));
            move || drop(timeout)
        });
    }
    *ready
}
