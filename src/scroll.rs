//! Where the window is scrolled, per history entry.
//!
//! The browser's own restoration is turned off (`history.scrollRestoration =
//! "manual"`): with hash routes it keeps the old page's offset for a new page
//! (a document opened from a scrolled list opened on its related list). Each
//! history entry instead carries an id in `history.state`; the offset of the
//! entry being left is kept under that id, a new entry starts at the top, and
//! back/forward returns to the offset kept for the entry it lands on (retried
//! while the page is still too short to reach it: long texts arrive in chunks).
//! Offsets live in memory: a reload starts at the top.

use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use wasm_bindgen::JsValue;

/// The key of the entry id in `history.state`.
const ENTRY_KEY: &str = "gazetteEntry";
/// How often a restore is tried while the page grows to the kept offset.
const RESTORE_TRIES: u32 = 40;
/// Pause between two tries (ms).
const RESTORE_PAUSE_MS: u32 = 50;

thread_local! {
    static CURRENT: Cell<u32> = const { Cell::new(0) };
    static NEXT: Cell<u32> = const { Cell::new(1) };
    static OFFSETS: RefCell<HashMap<u32, f64>> = RefCell::new(HashMap::new());
    /// Set by [`leave_current`] when the app navigates itself: the offset
    /// was kept before the new page rendered (and may have clamped it).
    static KEPT_FOR_LEAVE: Cell<bool> = const { Cell::new(false) };
}

fn scroll_y() -> f64 {
    gloo::utils::window().scroll_y().unwrap_or(0.0)
}

/// The id that `history.state` carries for the current entry, if any.
fn state_entry() -> Option<u32> {
    let history = gloo::utils::window().history().ok()?;
    let state = history.state().ok()?;
    let value = js_sys::Reflect::get(&state, &JsValue::from_str(ENTRY_KEY)).ok()?;
    value.as_f64().map(|id| id as u32)
}

/// A `history.state` that names entry `id`.
pub fn state_for(id: u32) -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &JsValue::from_str(ENTRY_KEY), &JsValue::from(id));
    state.into()
}

/// The state to give the current entry when its URL is replaced in place.
pub fn current_state() -> JsValue {
    state_for(CURRENT.with(Cell::get))
}

/// Takes over scrolling and names the first entry (called once at start).
pub fn start() {
    let window = gloo::utils::window();
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    adopt_entry();
}

/// Makes the entry the browser is on the current one; returns whether it is
/// new (it had no id: a link or a push just created it).
fn adopt_entry() -> bool {
    let (id, is_new) = match state_entry() {
        Some(id) => (id, false),
        None => {
            let id = NEXT.with(|next| next.replace(next.get() + 1));
            if let Ok(history) = gloo::utils::window().history() {
                let _ = history.replace_state(&state_for(id), "");
            }
            (id, true)
        }
    };
    NEXT.with(|next| next.set(next.get().max(id + 1)));
    CURRENT.with(|current| current.set(id));
    is_new
}

/// Keeps the current offset before the app itself goes to a new entry.
pub fn leave_current() {
    let id = CURRENT.with(Cell::get);
    OFFSETS.with(|offsets| offsets.borrow_mut().insert(id, scroll_y()));
    KEPT_FOR_LEAVE.with(|kept| kept.set(true));
}

/// When the hash has changed (link, push, back, forward), before the new
/// page renders: keeps the offset of the entry left (unless the app kept it
/// already; a shorter new page would clamp it) and adopts the new entry.
pub fn hash_changed() {
    if !KEPT_FOR_LEAVE.with(|kept| kept.replace(false)) {
        let id = CURRENT.with(Cell::get);
        OFFSETS.with(|offsets| offsets.borrow_mut().insert(id, scroll_y()));
    }
    let is_new = adopt_entry();
    let id = CURRENT.with(Cell::get);
    let target = if is_new {
        0.0
    } else {
        OFFSETS.with(|offsets| offsets.borrow().get(&id).copied().unwrap_or(0.0))
    };
    // After the render: the new page is there to be scrolled.
    Timeout::new(0, move || scroll_to(id, target, RESTORE_TRIES)).forget();
}

/// Scrolls to `y` once the page is tall enough, giving up after `tries` or
/// when the reader has moved to another entry.
fn scroll_to(id: u32, y: f64, tries: u32) {
    let window = gloo::utils::window();
    window.scroll_to_with_x_and_y(0.0, y);
    let reached = (scroll_y() - y).abs() < 2.0;
    if reached || tries == 0 || CURRENT.with(Cell::get) != id {
        return;
    }
    Timeout::new(RESTORE_PAUSE_MS, move || {
        if CURRENT.with(Cell::get) == id {
            scroll_to(id, y, tries - 1);
        }
    })
    .forget();
}

/// The class that marks the element a link revealed (an article).
const REVEALED_CLASS: &str = "revealed";

/// Scrolls the element with this id into view once it is in the page (long
/// texts arrive in chunks), unless the reader came back to this entry and
/// its kept offset is being restored. Marks it with [`REVEALED_CLASS`].
pub fn reveal(element_id: String) {
    let id = CURRENT.with(Cell::get);
    if OFFSETS.with(|offsets| offsets.borrow().contains_key(&id)) {
        return;
    }
    reveal_when_there(id, element_id, RESTORE_TRIES);
}

fn reveal_when_there(entry: u32, element_id: String, tries: u32) {
    // After the new entry's own scroll to the top (scheduled at 0 ms).
    Timeout::new(RESTORE_PAUSE_MS, move || {
        if CURRENT.with(Cell::get) != entry {
            return;
        }
        let document = gloo::utils::document();
        match document.get_element_by_id(&element_id) {
            Some(element) => {
                if let Ok(previous) = document.query_selector_all(&format!(".{REVEALED_CLASS}")) {
                    for n in 0..previous.length() {
                        if let Some(el) = previous.item(n).and_then(|node| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok()
                        }) {
                            let _ = el.class_list().remove_1(REVEALED_CLASS);
                        }
                    }
                }
                let _ = element.class_list().add_1(REVEALED_CLASS);
                element.scroll_into_view();
            }
            None if tries > 0 => reveal_when_there(entry, element_id, tries - 1),
            None => {}
        }
    })
    .forget();
}

/// Scrolls to the element with this id at once, if it is in the page.
pub fn reveal_now(element_id: &str) {
    if let Some(element) = gloo::utils::document().get_element_by_id(element_id) {
        element.scroll_into_view();
    }
}

/// Scrolls to the first mark of a note's passage and flashes it.
pub fn reveal_note(note: &str) {
    let selector = format!("mark.note-mark[data-note=\"{note}\"]");
    if let Ok(Some(mark)) = gloo::utils::document().query_selector(&selector) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        mark.scroll_into_view_with_scroll_into_view_options(&options);
        let _ = mark.class_list().add_1(REVEALED_CLASS);
    }
}
