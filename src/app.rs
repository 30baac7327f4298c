//! The root component: provides the corpus and picks the page for the route.

use crate::components::site_header::SiteHeader;
use crate::pages::{doc_page::DocPage, list_page::ListPage};
use crate::route::use_route;
use gazette_core::model::Corpus;
use gazette_core::url_state::Route;
use std::rc::Rc;
use yew::prelude::*;

/// What the app is started with.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The corpus, or why it could not be loaded.
    pub corpus: Result<Rc<Corpus>, String>,
}

/// The whole app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let route = use_route();
    let corpus = match &props.corpus {
        Ok(corpus) => corpus.clone(),
        Err(message) => {
            return html! {
                <main class="load-error" role="alert">
                    <h1>{ "Gazette could not load its corpus" }</h1>
                    <p>{ message.clone() }</p>
                </main>
            }
        }
    };
    let page = match route {
        Route::List => html! { <ListPage /> },
        Route::Doc(id) => html! { <DocPage id={AttrValue::from(id)} /> },
    };
    html! {
        <ContextProvider<Rc<Corpus>> context={corpus}>
            <SiteHeader />
            <main id="main">{ page }</main>
        </ContextProvider<Rc<Corpus>>>
    }
}

/// The corpus provided by [`App`].
#[hook]
pub fn use_corpus() -> Rc<Corpus> {
    use_context::<Rc<Corpus>>()
        .expect("use_corpus: no corpus context; render this component inside <App>")
}
