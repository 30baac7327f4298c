//! The metadata of a document: origin, signature date, reporter, issuers, agencies, people, citations, flags.

use crate::i18n::{use_texts, Texts};
use gazette_core::agencies;
use gazette_core::instrument::name::cited;
use gazette_core::model::Document;
use gazette_core::url_state::Route;
use yew::prelude::*;

/// Props of [`DocFacts`].
#[derive(Properties, PartialEq)]
pub struct DocFactsProps {
    /// The document whose metadata is shown.
    pub doc: Document,
}

/// The page of the instrument a citation names (by its key).
fn instrument_href(key: String) -> String {
    Route::Instrument { key }.to_hash()
}

/// A citation: a link to its instrument's page when it names one.
fn reference(written: &str) -> Html {
    match cited(written) {
        Some(c) => {
            html! { <a class="instrument-link" href={instrument_href(c.key)}>{ written.to_owned() }</a> }
        }
        None => html! { { written.to_owned() } },
    }
}

/// Citations shown before the rest fold away under "more".
const REFS_SHOWN: usize = 6;

fn doc_refs(refs: &[String], texts: Texts) -> Html {
    let list = |refs: &[String]| {
        html! {
            <ul class="doc-refs">{ for refs.iter().map(|r| html! { <li>{ reference(r) }</li> }) }</ul>
        }
    };
    if refs.len() <= REFS_SHOWN {
        return list(refs);
    }
    html! {
        <>
            { list(&refs[..REFS_SHOWN]) }
            <details class="more-refs">
                <summary>{ texts.more_refs(refs.len() - REFS_SHOWN) }</summary>
                { list(&refs[REFS_SHOWN..]) }
            </details>
        </>
    }
}

/// A definition list of what ingest found in the document.
#[function_component(DocFacts)]
pub fn doc_facts(props: &DocFactsProps) -> Html {
    let texts = use_texts();
    let doc = &props.doc;
    let chip = |name: &String| {
        // The other language's name as the tooltip.
        let english = agencies::by_name(name).map(|a| a.english);
        match (texts.english(), english) {
            (true, Some(english)) => {
                html! { <li class="chip agency" title={name.clone()}>{ english }</li> }
            }
            (_, english) => {
                html! { <li class="chip agency" title={english.unwrap_or_default()}>{ name.clone() }</li> }
            }
        }
    };
    let agency_chips = doc.agencies.iter().map(chip);
    let issuer_chips = doc.issuers.iter().map(chip);
    let people = doc.people.iter().map(|p| {
        html! {
            <li class="person">
                <span class="person-name">{ p.name.clone() }</span>
                if let Some(role) = &p.role {
                    <span class="person-role">{ role.clone() }</span>
                }
            </li>
        }
    });
    let labels = doc.categories.iter().chain(&doc.tags);
    html! {
        <dl class="doc-facts">
            if doc.flags.iter().any(|f| f == "truncated") {
                <p class="flag-note" role="note">{ texts.truncated_note() }</p>
            }
            if let Some(origin) = &doc.origin {
                <div class="fact"><dt>{ texts.fact_origin() }</dt><dd class="origin">{ origin.clone() }</dd></div>
            }
            if let Some((carried, key)) = doc.carries.as_ref().and_then(|c| Some((c, cited(&c.name)?.key))) {
                <div class="fact">
                    <dt>{ texts.fact_carries() }</dt>
                    <dd class="carries">
                        <a class="instrument-link" href={instrument_href(key)}>{ format!("《{}》", carried.name) }</a>
                        if let Some(number) = &carried.number { <span class="instrument-number">{ number.clone() }</span> }
                        if let Some(effective) = &carried.effective {
                            <span class="instrument-effective">{ texts.effective_on(effective) }</span>
                        }
                    </dd>
                </div>
            }
            if let Some(signed) = &doc.signature_date {
                <div class="fact"><dt>{ texts.fact_signature_date() }</dt><dd class="signature-date"><time datetime={signed.clone()}>{ signed.clone() }</time></dd></div>
            }
            if let Some(reporter) = &doc.reporter {
                <div class="fact"><dt>{ texts.fact_reporter() }</dt><dd class="reporter">{ reporter.clone() }</dd></div>
            }
            if !doc.issuers.is_empty() {
                <div class="fact">
                    <dt>{ texts.fact_issuers() }</dt>
                    <dd><ul class="chips agencies issuers">{ for issuer_chips }</ul></dd>
                </div>
            }
            if !doc.agencies.is_empty() {
                <div class="fact">
                    <dt>{ texts.fact_agencies() }</dt>
                    <dd><ul class="chips agencies">{ for agency_chips }</ul></dd>
                </div>
            }
            if !doc.people.is_empty() {
                <div class="fact">
                    <dt>{ texts.fact_people() }</dt>
                    <dd><ul class="people">{ for people }</ul></dd>
                </div>
            }
            if !doc.doc_refs.is_empty() {
                <div class="fact">
                    <dt>{ texts.fact_refs() }</dt>
                    <dd>{ doc_refs(&doc.doc_refs, texts) }</dd>
                </div>
            }
            if !doc.categories.is_empty() || !doc.tags.is_empty() {
                <div class="fact">
                    <dt>{ texts.fact_categories() }</dt>
                    <dd><ul class="chips labels">{ for labels.map(|l| html! { <li class="chip">{ l.clone() }</li> }) }</ul></dd>
                </div>
            }
        </dl>
    }
}
