//! A list of documents: title, date and source, each a link to the document.

use gazette_core::date::DateParts;
use gazette_core::model::Document;
use gazette_core::url_state::Route;
use yew::prelude::*;

/// One row's worth of a document.
#[derive(Clone, PartialEq)]
pub struct DocSummary {
    /// Id, for the link and the key.
    pub id: AttrValue,
    /// Headline.
    pub title: AttrValue,
    /// Stored RFC 3339 date.
    pub date: AttrValue,
    /// Outlet.
    pub source: AttrValue,
    /// Kind label.
    pub kind: AttrValue,
    /// Original publisher, if stated.
    pub origin: Option<AttrValue>,
}

impl From<&Document> for DocSummary {
    fn from(doc: &Document) -> Self {
        Self {
            id: doc.id.clone().into(),
            title: doc.title.clone().into(),
            date: doc.date.clone().into(),
            source: doc.source.clone().into(),
            kind: doc.kind.label_zh().into(),
            origin: doc.origin.clone().map(AttrValue::from),
        }
    }
}

/// Props of [`DocList`].
#[derive(Properties, PartialEq)]
pub struct DocListProps {
    /// The documents to show, in order.
    pub docs: Vec<DocSummary>,
}

/// The list of documents.
#[function_component(DocList)]
pub fn doc_list(props: &DocListProps) -> Html {
    html! {
        <ol class="doc-list">
            { for props.docs.iter().map(|doc| html! { <DocRow key={doc.id.as_str()} doc={doc.clone()} /> }) }
        </ol>
    }
}

#[derive(Properties, PartialEq)]
struct DocRowProps {
    doc: DocSummary,
}

#[function_component(DocRow)]
fn doc_row(props: &DocRowProps) -> Html {
    let doc = &props.doc;
    let date = DateParts::parse(&doc.date)
        .map(|d| d.day_label())
        .unwrap_or_default();
    html! {
        <li class="doc-row">
            <a class="doc-title" href={Route::Doc(doc.id.to_string()).to_hash()}>{ doc.title.clone() }</a>
            <div class="doc-meta">
                <span class="kind">{ doc.kind.clone() }</span>
                <time datetime={doc.date.clone()}>{ date }</time>
                <span class="source">{ doc.source.clone() }</span>
                if let Some(origin) = &doc.origin {
                    <span class="origin">{ format!("来源：{origin}") }</span>
                }
            </div>
        </li>
    }
}
