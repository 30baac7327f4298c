//! The root component: provides the corpus and the router, picks the page.

use crate::components::site_header::SiteHeader;
use crate::pages::{
    cluster_page::ClusterPage, compare_page::ComparePage, doc_page::DocPage, list_page::ListPage,
};
use crate::route::use_router_state;
use gazette_core::search::Library;
use gazette_core::url_state::Route;
use std::rc::Rc;
use yew::prelude::*;

/// The corpus, shared by every component (compared by identity).
#[derive(Clone)]
pub struct Shared(pub Rc<Library<'static>>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the app is started with.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The corpus, or why it could not be loaded.
    pub library: Result<Shared, String>,
}

/// The whole app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let router = use_router_state();
    // Tells tests and the benchmark that the first render is done.
    use_effect_with((), |_| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("data-gazette", "ready");
        }
    });
    let library = match &props.library {
        Ok(library) => library.clone(),
        Err(message) => {
            return html! {
                <main class="load-error" role="alert">
                    <h1>{ "Gazette could not load its corpus" }</h1>
                    <p>{ message.clone() }</p>
                </main>
            }
        }
    };
    let page = match &router.route {
        Route::List(view) => html! { <ListPage view={view.clone()} /> },
        Route::Doc { id, query } => html! {
            <DocPage id={AttrValue::from(id.clone())} query={AttrValue::from(query.clone())} />
        },
        Route::Compare(view) => html! { <ComparePage view={view.clone()} /> },
        Route::Cluster { id } => html! { <ClusterPage id={AttrValue::from(id.clone())} /> },
    };
    html! {
        <ContextProvider<Shared> context={library}>
            <ContextProvider<crate::route::Router> context={router}>
                <SiteHeader />
                <main id="main">{ page }</main>
            </ContextProvider<crate::route::Router>>
        </ContextProvider<Shared>>
    }
}

/// The corpus provided by [`App`].
#[hook]
pub fn use_library() -> Rc<Library<'static>> {
    use_context::<Shared>()
        .expect("use_library: no corpus context; render this component inside <App>")
        .0
}
