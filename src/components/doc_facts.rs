//! The metadata of a document: origin, reporter, agencies, people, citations, flags.

use gazette_core::agencies;
use gazette_core::model::Document;
use yew::prelude::*;

/// Props of [`DocFacts`].
#[derive(Properties, PartialEq)]
pub struct DocFactsProps {
    /// The document whose metadata is shown.
    pub doc: Document,
}

/// Citations shown before the rest fold away under "more".
const REFS_SHOWN: usize = 6;

fn doc_refs(refs: &[String]) -> Html {
    let list = |refs: &[String]| {
        html! {
            <ul class="doc-refs">{ for refs.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
        }
    };
    if refs.len() <= REFS_SHOWN {
        return list(refs);
    }
    html! {
        <>
            { list(&refs[..REFS_SHOWN]) }
            <details class="more-refs">
                <summary>{ format!("另有 {} 项", refs.len() - REFS_SHOWN) }</summary>
                { list(&refs[REFS_SHOWN..]) }
            </details>
        </>
    }
}

/// A definition list of what ingest found in the document.
#[function_component(DocFacts)]
pub fn doc_facts(props: &DocFactsProps) -> Html {
    let doc = &props.doc;
    let agency_chips = doc.agencies.iter().map(|name| {
        let english = agencies::by_name(name)
            .map(|a| a.english)
            .unwrap_or_default();
        html! { <li class="chip agency" title={english}>{ name.clone() }</li> }
    });
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
                <p class="flag-note" role="note">{ "⚠ 原始抓取不完整：标题或正文可能被截断。" }</p>
            }
            if let Some(origin) = &doc.origin {
                <div class="fact"><dt>{ "原始来源" }</dt><dd class="origin">{ origin.clone() }</dd></div>
            }
            if let Some(reporter) = &doc.reporter {
                <div class="fact"><dt>{ "记者" }</dt><dd class="reporter">{ reporter.clone() }</dd></div>
            }
            if !doc.agencies.is_empty() {
                <div class="fact">
                    <dt>{ "涉及机构" }</dt>
                    <dd><ul class="chips agencies">{ for agency_chips }</ul></dd>
                </div>
            }
            if !doc.people.is_empty() {
                <div class="fact">
                    <dt>{ "人物" }</dt>
                    <dd><ul class="people">{ for people }</ul></dd>
                </div>
            }
            if !doc.doc_refs.is_empty() {
                <div class="fact">
                    <dt>{ "引用文件" }</dt>
                    <dd>{ doc_refs(&doc.doc_refs) }</dd>
                </div>
            }
            if !doc.categories.is_empty() || !doc.tags.is_empty() {
                <div class="fact">
                    <dt>{ "分类" }</dt>
                    <dd><ul class="chips labels">{ for labels.map(|l| html! { <li class="chip">{ l.clone() }</li> }) }</ul></dd>
                </div>
            }
        </dl>
    }
}
