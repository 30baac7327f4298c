//! The reader's saved work, kept in the browser's `localStorage` per corpus
//! (keyed by the corpus's title: every `file://` page shares one origin),
//! and provided to the components as [`SavedWork`].

use gazette_core::saved::{file, Desk};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// The storage key prefix; the corpus's title follows it.
const KEY_PREFIX: &str = "gazette.saved.";

/// A change to the saved work.
pub type Change = Rc<dyn Fn(&mut Desk)>;

/// The saved work of the open corpus and how it is kept.
#[derive(Clone, PartialEq)]
pub struct Store {
    key: String,
    /// What is saved.
    pub desk: Rc<Desk>,
    /// Whether the browser keeps it (false: storage blocked or full; the
    /// work lasts until the page closes unless exported).
    pub kept: bool,
}

/// What the reducer is asked.
pub enum Action {
    /// Change the saved work, and keep it.
    Change(Change),
    /// Read it again (another tab changed it).
    Reload,
}

impl Store {
    fn open(key: String) -> Store {
        let (desk, kept) = match storage() {
            Some(storage) => match storage.get_item(&key) {
                Ok(Some(json)) => match file::from_json(&json) {
                    Ok(saved) => (saved.into_desk(), true),
                    // Unreadable storage is left as it is (never overwritten
                    // blindly): the reader can still export nothing is lost.
                    Err(_) => (Desk::default(), false),
                },
                Ok(None) => (Desk::default(), true),
                Err(_) => (Desk::default(), false),
            },
            None => (Desk::default(), false),
        };
        Store {
            key,
            desk: Rc::new(desk),
            kept,
        }
    }

    /// Writes the desk to storage; false when the browser refuses.
    fn keep(&self) -> bool {
        let corpus = self.key.trim_start_matches(KEY_PREFIX);
        let json = file::to_json(&self.desk, corpus, &today());
        storage().is_some_and(|s| s.set_item(&self.key, &json).is_ok())
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Change(change) => {
                let mut desk = (*self.desk).clone();
                change(&mut desk);
                let next = Store {
                    key: self.key.clone(),
                    desk: Rc::new(desk),
                    kept: self.kept,
                };
                let kept = next.keep();
                Rc::new(Store { kept, ..next })
            }
            Action::Reload => Rc::new(Store::open(self.key.clone())),
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Today in the reader's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Milliseconds since the epoch (for note ids).
pub fn now_millis() -> u64 {
    js_sys::Date::now() as u64
}

/// The saved work and a way to change it, provided by the app.
#[derive(Clone, PartialEq)]
pub struct SavedWork {
    /// What is saved.
    pub desk: Rc<Desk>,
    /// Whether the browser keeps it.
    pub kept: bool,
    change: Callback<Change>,
}

impl SavedWork {
    /// Changes the saved work (and keeps it).
    pub fn change(&self, change: impl Fn(&mut Desk) + 'static) {
        self.change.emit(Rc::new(change));
    }
}

/// The saved work of the corpus titled `corpus`, followed across tabs.
#[hook]
pub fn use_saved_state(corpus: &str) -> SavedWork {
    let key = format!("{KEY_PREFIX}{corpus}");
    let store = {
        let key = key.clone();
        use_reducer(move || Store::open(key))
    };
    {
        let dispatcher = store.dispatcher();
        use_effect_with(key, move |key| {
            let key = key.clone();
            let listener = EventListener::new(&gloo::utils::window(), "storage", move |event| {
                let ours = event
                    .dyn_ref::<web_sys::StorageEvent>()
                    .is_some_and(|e| e.key().as_deref() == Some(key.as_str()));
                if ours {
                    dispatcher.dispatch(Action::Reload);
                }
            });
            move || drop(listener)
        });
    }
    let dispatcher = store.dispatcher();
    SavedWork {
        desk: store.desk.clone(),
        kept: store.kept,
        change: Callback::from(move |change| dispatcher.dispatch(Action::Change(change))),
    }
}

/// The saved work provided by the app.
#[hook]
pub fn use_saved() -> SavedWork {
    use_context::<SavedWork>().expect("use_saved: render this component inside <App>")
}

use wasm_bindgen::JsCast;
