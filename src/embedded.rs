//! The corpus compiled into the app: `build.rs` packs the corpus chosen by
//! `GAZETTE_CORPUS` with its search index; here it is opened in place.

use gazette_core::model::CorpusInfo;
use gazette_core::search::Library;
use std::rc::Rc;

/// The packed corpus (see `gazette_core::search::pack`).
static PACK: &[u8] = include_bytes!(env!("GAZETTE_PACK_FILE"));

/// The corpus's title and description, as `build.rs` wrote them.
pub fn info() -> CorpusInfo {
    CorpusInfo {
        title: include_str!(env!("GAZETTE_TITLE_FILE")).to_owned(),
        description: include_str!(env!("GAZETTE_DESCRIPTION_FILE")).to_owned(),
    }
}

/// Opens the embedded corpus. `build.rs` made the pack, so an error here
/// means a build problem; the app shows it rather than a blank page.
pub fn load() -> Result<Rc<Library<'static>>, String> {
    reserve_heap(PACK.len() / HEAP_PER_PACK_BYTE);
    Library::open(PACK)
        .map(Rc::new)
        .map_err(|err| err.to_string())
}

/// The start-up heap is about a quarter of the pack (documents, facets, the
/// first screen): measured on the policy and scale corpora.
const HEAP_PER_PACK_BYTE: usize = 4;

/// Grows the heap once by `bytes` rather than in dozens of small steps while
/// the corpus opens: each growth of WebAssembly memory costs about a
/// millisecond in Chromium (the JavaScript views of the memory are remade).
/// The block is freed at once and reused by the allocations that follow.
fn reserve_heap(bytes: usize) {
    drop(Vec::<u8>::with_capacity(bytes));
}
