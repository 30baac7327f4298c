//! The corpus the pages read, provided once by the app and read by pages
//! with [`use_library`] and [`use_facets`] (components take props only).

use crate::corpus_load::Arrival;
use gazette_core::facets::FacetIndex;
use gazette_core::search::Library;
use std::rc::Rc;
use yew::prelude::*;

/// The corpus and its facet index, shared by every component (compared by identity).
#[derive(Clone)]
pub struct Shared {
    /// Documents, texts and the search index.
    pub library: Rc<Library<'static>>,
    /// Facet values of every document.
    pub facets: Rc<FacetIndex>,
}

impl Shared {
    /// Indexes the facets of an opened library.
    pub fn new(library: Rc<Library<'static>>) -> Self {
        let facets = Rc::new(FacetIndex::build(library.docs()));
        Shared { library, facets }
    }
}

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.library, &other.library)
    }
}

/// The corpus provided by the app.
#[hook]
pub fn use_library() -> Rc<Library<'static>> {
    use_shared().library
}

/// The facet index provided by the app.
#[hook]
pub fn use_facets() -> Rc<FacetIndex> {
    use_shared().facets
}

/// The corpus and its facet index, for a component's props.
#[hook]
pub fn use_shared() -> Shared {
    use_context::<Shared>()
        .expect("use_shared: no corpus context; render this component inside <App>")
}

/// The texts' arrival, provided by the app (complete when absent).
#[hook]
pub fn use_arrival() -> Arrival {
    use_context::<Arrival>().unwrap_or(Arrival::COMPLETE)
}
