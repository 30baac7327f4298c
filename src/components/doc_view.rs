//! One document, read: headline, metadata and clean text.

use crate::components::doc_body::DocBody;
use crate::components::doc_chunk::ArticleStart;
use crate::components::doc_facts::DocFacts;
use crate::components::doc_outline::{article_href, DocOutline};
use crate::components::match_nav::MatchNav;
use crate::i18n::use_texts;
use crate::marked::{marked, Highlight, TextLink};
use gazette_core::date::DateParts;
use gazette_core::links::external_url;
use gazette_core::model::Document;
use gazette_core::search::{match_ranges, Query, Term};
use gazette_core::url_state::Route;
use gazette_core::view::document::Reading;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DocView`].
#[derive(Properties, PartialEq)]
pub struct DocViewProps {
    /// The document to show.
    pub doc: Document,
    /// A query whose terms are marked ("" for none).
    #[prop_or_default]
    pub query: AttrValue,
    /// The article to scroll to (`?art=12`), if any.
    #[prop_or_default]
    pub article: Option<u32>,
    /// The reader's highlights on it.
    #[prop_or_default]
    pub highlights: Vec<Highlight>,
}

/// The reading view of a document. Text is set as text, never as HTML.
#[function_component(DocView)]
pub fn doc_view(props: &DocViewProps) -> Html {
    let texts = use_texts();
    let doc = &props.doc;
    let terms: Vec<Term> = Query::parse(&props.query)
        .positive_terms()
        .cloned()
        .collect();
    let article = use_node_ref();
    let reading = use_memo(doc.id.clone(), |_| Reading::of(doc));
    let normative = reading.is_normative();
    let outline = use_memo(doc.id.clone(), |_| reading.outline.clone());
    let article_starts = use_memo((doc.id.clone(), props.query.clone()), |(id, query)| {
        reading
            .articles
            .iter()
            .map(|a| ArticleStart {
                start: a.start,
                anchor: a.anchor.clone(),
                href: article_href(id, query, a.number),
                citation: a.citation.clone().into(),
            })
            .collect::<Vec<_>>()
    });
    // Each 《…》 of the text that names an instrument of the corpus links to its page.
    let links = use_memo(doc.id.clone(), |_| {
        reading
            .links
            .iter()
            .map(|(range, key)| TextLink {
                range: range.clone(),
                href: Route::Instrument { key: key.clone() }.to_hash().into(),
            })
            .collect::<Vec<_>>()
    });
    // The article a link names: scrolled to once its paragraph is there.
    let wanted = props.article.map(|n| (n, reading.anchor_of(n)));
    {
        let anchor = wanted.as_ref().and_then(|(_, a)| a.clone());
        use_effect_with((doc.id.clone(), anchor), |(_, anchor)| {
            if let Some(anchor) = anchor {
                crate::scroll::reveal(anchor.clone());
            }
        });
    }
    let missing_article = wanted
        .filter(|(_, anchor)| anchor.is_none())
        .map(|(n, _)| html! { <p class="notice" role="status">{ texts.no_such_article(n) }</p> });
    // Which document's text is wholly in the page (long texts arrive in chunks).
    let view_key = format!("{}?{}", doc.id, props.query);
    let completed = use_state(String::new);
    let on_complete = {
        let completed = completed.clone();
        let view_key = view_key.clone();
        Callback::from(move |()| completed.set(view_key.clone()))
    };
    // Sources that give only a day are stored at midnight: show the day alone.
    let date = DateParts::parse(&doc.date)
        .map(|d| {
            if (d.hour, d.minute) == (0, 0) {
                d.day_label()
            } else {
                d.minute_label()
            }
        })
        .unwrap_or_else(|| doc.date.clone());
    let original = doc.url.as_deref().and_then(external_url).map(|url| {
        html! {
            <a class="original" href={url.to_owned()} target="_blank" rel="noopener noreferrer">
                { texts.original_link() }
            </a>
        }
    });
    html! {
        <article class="doc-view" lang="zh-CN" ref={article.clone()}>
            <h1 class="doc-view-title">{ marked(&doc.title, &match_ranges(&doc.title, &terms)) }</h1>
            <div class="doc-meta">
                <span class="kind-badge">{ texts.kind(doc.kind) }</span>
                <time datetime={doc.date.clone()}>{ date }</time>
                <span class="source">{ doc.source.clone() }</span>
                { for original }
            </div>
            <DocFacts doc={doc.clone()} />
            { for missing_article }
            if normative {
                <DocOutline doc={AttrValue::from(doc.id.clone())} query={props.query.clone()}
                    text={AttrValue::from(doc.text.clone())} outline={Rc::clone(&outline)} />
            }
            // Keyed by document and query: a new view starts its chunks (and
            // reports completion) anew.
            <DocBody key={view_key.clone()} text={AttrValue::from(doc.text.clone())} layout={AttrValue::from(doc.layout.clone())}
                terms={terms.clone()} images={doc.images.clone()} articles={(*article_starts).clone()}
                highlights={props.highlights.clone()} links={(*links).clone()} {on_complete} />
            if !terms.is_empty() {
                <MatchNav container={article} complete={*completed == view_key} key={view_key} />
            }
        </article>
    }
}
