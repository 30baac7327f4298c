//! The root component: provides the corpus, the language and the router, picks the page.

use crate::components::arrival_note::ArrivalNote;
use crate::components::embed_bar::EmbedBar;
use crate::components::shortcut_help::ShortcutHelp;
use crate::components::site_header::SiteHeader;
use crate::context::Shared;
use crate::corpus_load::Arrival;
use crate::i18n::{Lang, LangChoice};
use crate::keyboard::use_keyboard_shortcuts;
use crate::pages::{
    cluster_page::ClusterPage, compare_page::ComparePage, doc_page::DocPage,
    instrument_page::InstrumentPage, list_page::ListPage, saved_page::SavedPage,
};
use crate::route::use_router_state;
use crate::saved_store::{use_saved_state, SavedWork};
use gazette_core::embed::EmbedOptions;
use gazette_core::search::{Library, WARM_UP_STEPS};
use gazette_core::stats::CorpusStats;
use gazette_core::url_state::Route;
use std::rc::Rc;
use yew::prelude::*;

/// What the app is started with.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The opened corpus.
    pub shared: Shared,
    /// Whether its texts and index are in yet.
    #[prop_or(Arrival::COMPLETE)]
    pub arrival: Arrival,
    /// Embed mode: a compact bar instead of the site header.
    #[prop_or_default]
    pub embed: EmbedOptions,
}

/// The whole app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let router = use_router_state();
    let lang = use_state(crate::i18n::initial_lang);
    let lang_choice = {
        let lang = lang.clone();
        LangChoice {
            lang: *lang,
            set: Callback::from(move |next: Lang| {
                crate::i18n::store_lang(next);
                lang.set(next);
            }),
        }
    };
    use_effect_with(*lang, |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
    });
    // Tells tests and the benchmark that the first screen is done; then warms
    // the engine up (after the first screen, not before it: the reader sees
    // the corpus sooner, and the engine is compiled before a first keystroke).
    // (Again for a corpus opened later from a file.)
    // `data-gazette` is `catalog` while the texts arrive, `ready` once
    // everything works.
    use_effect_with(props.shared.clone(), move |_| crate::mark("gazette:ready"));
    use_effect_with(
        (props.shared.clone(), props.arrival.complete),
        move |(shared, complete)| {
            if let Some(root) = gloo::utils::document().document_element() {
                let state = if *complete { "ready" } else { "catalog" };
                let _ = root.set_attribute("data-gazette", state);
            }
            if *complete {
                warm_up(shared.library.clone(), 0);
            }
        },
    );
    let help_open = use_state(|| false);
    let toggle_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(!*help_open))
    };
    use_keyboard_shortcuts(router.clone(), toggle_help.clone());
    let shared = props.shared.clone();
    let info = shared.library.info();
    let saved = use_saved_state(&info.title);
    let stats = {
        let library = shared.library.clone();
        use_memo((), move |_| CorpusStats::of(library.docs()))
    };
    let saved_count = saved.desk.count();
    let full_viewer = crate::embed::full_viewer_href(&router.route.to_hash());
    let documents = shared.library.docs().len();
    let page = match &router.route {
        Route::List(view) => html! { <ListPage view={view.clone()} /> },
        // The other pages read texts: they wait for them (the list waits
        // only for a search, in its results).
        _ if !props.arrival.complete => html! { <ArrivalNote percent={props.arrival.percent} /> },
        Route::Doc { id, query, article } => html! {
            <DocPage id={AttrValue::from(id.clone())} query={AttrValue::from(query.clone())} article={*article} />
        },
        Route::Compare(view) => html! { <ComparePage view={view.clone()} /> },
        Route::Cluster { id } => html! { <ClusterPage id={AttrValue::from(id.clone())} /> },
        Route::Saved => html! { <SavedPage /> },
        Route::Instrument { key } => {
            html! { <InstrumentPage instrument={AttrValue::from(key.clone())} /> }
        }
    };
    html! {
        <ContextProvider<Shared> context={shared}>
          <ContextProvider<Arrival> context={props.arrival}>
            <ContextProvider<LangChoice> context={lang_choice}>
              <ContextProvider<SavedWork> context={saved}>
                <ContextProvider<crate::route::Router> context={router}>
                    if props.embed.embedded {
                        <EmbedBar info={info.clone()} {documents} full_viewer={full_viewer} />
                    } else {
                        <SiteHeader {info} {stats} saved={saved_count} />
                    }
                    <main id="main" tabindex="-1">{ page }</main>
                    if *help_open {
                        <ShortcutHelp on_close={toggle_help} />
                    }
                </ContextProvider<crate::route::Router>>
              </ContextProvider<SavedWork>>
            </ContextProvider<LangChoice>>
          </ContextProvider<Arrival>>
        </ContextProvider<Shared>>
    }
}

/// Warms the engine up one step a task, so the page answers in between.
fn warm_up(library: Rc<Library<'static>>, step: usize) {
    if step < WARM_UP_STEPS {
        gloo::timers::callback::Timeout::new(0, move || {
            library.warm_up_step(step);
            warm_up(library, step + 1);
        })
        .forget();
    }
}
