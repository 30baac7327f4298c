//! The corpus compiled into the app (chosen by `build.rs` from `GAZETTE_CORPUS`).

use gazette_core::model::Corpus;
use std::rc::Rc;

/// The embedded corpus JSON.
const CORPUS_JSON: &str = include_str!(env!("GAZETTE_CORPUS_FILE"));

/// Parses the embedded corpus. `build.rs` already checked it, so an error
/// here means a build problem; the app shows it rather than a blank page.
pub fn load() -> Result<Rc<Corpus>, String> {
    Corpus::from_json(CORPUS_JSON)
        .map(Rc::new)
        .map_err(|err| err.to_string())
}
