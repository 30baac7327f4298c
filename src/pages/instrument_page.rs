//! An instrument of the corpus (`#/instrument/<key>`): its names, numbers and
//! issuers, its lifecycle (draft, issued, in force, revised, repealed), the
//! documents carrying its text (with the draft compared to the final) and
//! those citing or reporting on it. What it shows is computed by
//! `gazette_core::view::instrument`.

use crate::context::use_library;
use crate::i18n::use_texts;
use gazette_core::instrument::registry::Registry;
use gazette_core::model::Document;
use gazette_core::url_state::Route;
use gazette_core::view::instrument::{InstrumentScreen, CITING_SHOWN};
use yew::prelude::*;

/// Props of [`InstrumentPage`].
#[derive(Properties, PartialEq)]
pub struct InstrumentPageProps {
    /// The instrument's key, from the URL (`key` is Yew's own).
    pub instrument: AttrValue,
}

fn doc_href(doc: &Document) -> String {
    Route::Doc {
        id: doc.id.clone(),
        query: String::new(),
        article: None,
    }
    .to_hash()
}

/// The instrument page.
#[function_component(InstrumentPage)]
pub fn instrument_page(props: &InstrumentPageProps) -> Html {
    let library = use_library();
    let texts = use_texts();
    let registry = {
        let library = library.clone();
        use_memo((), move |_| Registry::build(library.docs()))
    };
    let docs = library.docs();
    let screen = use_memo(props.instrument.clone(), |key| {
        InstrumentScreen::of(&registry, docs, key)
    });
    let Some(screen) = screen.as_ref() else {
        return html! {
            <div class="notice" role="status">
                <p>{ texts.instrument_missing(&props.instrument) }</p>
                <a class="back" href="#/">{ texts.back_to_list() }</a>
            </div>
        };
    };
    let (instrument, aliases, editions, citing) = (
        &screen.instrument,
        &screen.aliases,
        &screen.editions,
        &screen.citing,
    );
    let doc_link = |at: usize| match docs.get(at) {
        Some(doc) => html! { <a href={doc_href(doc)}>{ doc.title.clone() }</a> },
        None => html! {},
    };
    let compare = screen
        .draft_to_final
        .clone()
        .map(|view| Route::Compare(view).to_hash());
    let listed = Route::List(screen.listed.clone()).to_hash();
    html! {
        <article class="instrument-page">
            <a class="back" href="#/">{ texts.back_to_list() }</a>
            <h1 lang="zh-CN">{ format!("《{}》", instrument.name) }</h1>
            <dl class="doc-facts instrument-facts">
                if !instrument.numbers.is_empty() {
                    <div class="fact"><dt>{ texts.instrument_numbers() }</dt>
                        <dd>{ instrument.numbers.join("；") }</dd></div>
                }
                if !instrument.issuers.is_empty() {
                    <div class="fact"><dt>{ texts.instrument_issuers() }</dt>
                        <dd><ul class="chips agencies">{ for instrument.issuers.iter().map(|a| html! { <li class="chip">{ a.clone() }</li> }) }</ul></dd></div>
                }
                if !aliases.is_empty() {
                    <div class="fact"><dt>{ texts.instrument_aliases() }</dt>
                        <dd class="aliases">{ for aliases.iter().map(|a| html! { <span class="alias">{ format!("《{a}》") }</span> }) }</dd></div>
                }
            </dl>
            <section class="instrument-section">
                <h2>{ texts.instrument_timeline() }</h2>
                <ol class="lifecycle">
                    { for instrument.events.iter().map(|event| html! {
                        <li class={classes!("event", event.what.name())}>
                            <time datetime={event.day.clone()}>{ event.day.clone() }</time>
                            <span class="event-what">{ texts.happened(event.what) }</span>
                            <span class="event-doc">{ doc_link(event.doc) }</span>
                        </li>
                    }) }
                </ol>
            </section>
            <section class="instrument-section">
                <h2>{ texts.instrument_versions(instrument.versions.len()) }</h2>
                if instrument.versions.is_empty() {
                    <p class="saved-empty">{ texts.instrument_no_text() }</p>
                } else {
                    if let Some(href) = compare {
                        <p><a class="compare-versions" href={href}>{ texts.compare_versions() }</a></p>
                    }
                    <ul class="instrument-docs editions">
                        { for editions.iter().map(|edition| html! {
                            <li>
                                <span class={classes!("stage", edition.stage.name())}>{ texts.stage(edition.stage) }</span>
                                <time>{ edition.day.clone() }</time>
                                { for edition.copies.first().map(|&at| doc_link(at)) }
                                <span class="source">{ edition.copies.first().and_then(|&at| docs.get(at)).map(|d| d.source.clone()).unwrap_or_default() }</span>
                                if edition.copies.len() > 1 {
                                    <span class="copies">{ texts.edition_copies() }
                                        { for edition.copies.iter().skip(1).filter_map(|&at| docs.get(at)).map(|d| html! {
                                            <a class="copy" href={doc_href(d)} title={d.title.clone()}>{ format!("{} {}", d.source, d.date.get(5..10).unwrap_or_default()) }</a>
                                        }) }
                                    </span>
                                }
                            </li>
                        }) }
                    </ul>
                }
            </section>
            <section class="instrument-section">
                <h2>{ texts.instrument_citing(citing.len()) }</h2>
                if !citing.is_empty() {
                    <p><a class="instrument-list" href={listed.clone()}>{ texts.instrument_in_list() }</a></p>
                }
                <ul class="instrument-docs">
                    { for citing.iter().take(CITING_SHOWN).filter_map(|&at| docs.get(at).map(|doc| (at, doc))).map(|(at, doc)| html! {
                        <li>
                            <time>{ doc.date.get(..10).unwrap_or_default().to_owned() }</time>
                            { doc_link(at) }
                            <span class="source">{ doc.source.clone() }</span>
                        </li>
                    }) }
                </ul>
                if screen.citing_left() > 0 {
                    <p><a href={listed.clone()}>{ texts.instrument_more(screen.citing_left()) }</a></p>
                }
            </section>
        </article>
    }
}
