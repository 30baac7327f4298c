//! A document's text with its structure: headings, paragraphs, lists, tables.
//!
//! Long texts are rendered a chunk at a time, one chunk per task, so that a
//! document of tens of thousands of paragraphs neither freezes the page nor
//! delays its first screen: the opening shows at once, the rest follows.

use crate::components::doc_chunk::{ArticleStart, BodyGroups, DocChunk, CHUNK_GROUPS};
use crate::marked::{Highlight, TextLink};
use gazette_core::model::ImageRef;
use gazette_core::search::Term;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DocBody`].
#[derive(Properties, PartialEq)]
pub struct DocBodyProps {
    /// Clean text, paragraphs separated by blank lines.
    pub text: AttrValue,
    /// One letter per paragraph (see `Document::layout`).
    pub layout: AttrValue,
    /// Terms to mark.
    #[prop_or_default]
    pub terms: Vec<Term>,
    /// Images between the paragraphs, shown as placeholders (never loaded).
    #[prop_or_default]
    pub images: Vec<ImageRef>,
    /// Where the articles of a normative text start (their paragraphs get
    /// anchors, a link and "copy citation").
    #[prop_or_default]
    pub articles: Vec<ArticleStart>,
    /// The reader's highlights (byte ranges of the text).
    #[prop_or_default]
    pub highlights: Vec<Highlight>,
    /// Links in the text: the instruments it cites (byte ranges of the text).
    #[prop_or_default]
    pub links: Vec<TextLink>,
    /// Called once the whole text is in the page (marks can be counted).
    #[prop_or_default]
    pub on_complete: Callback<()>,
}

/// The text, structured. Every string is set as text.
#[function_component(DocBody)]
pub fn doc_body(props: &DocBodyProps) -> Html {
    let groups = use_memo(
        (
            props.text.clone(),
            props.layout.clone(),
            props.terms.clone(),
            props.images.clone(),
            props.articles.clone(),
            props.highlights.clone(),
            props.links.clone(),
        ),
        |(text, layout, terms, images, articles, highlights, links)| {
            BodyGroups::new(
                text.clone(),
                layout,
                terms.clone(),
                images.clone(),
                articles.clone(),
                highlights.clone(),
                links.clone(),
            )
        },
    );
    let total = groups.len();
    let shown = use_state(|| CHUNK_GROUPS.min(total));
    {
        let shown = shown.clone();
        let on_complete = props.on_complete.clone();
        use_effect_with((*shown, total), move |&(count, total)| {
            // The next chunk in a task of its own: the page stays responsive.
            let next = (count < total).then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    shown.set((count + CHUNK_GROUPS).min(total))
                })
            });
            if next.is_none() {
                on_complete.emit(());
            }
            move || drop(next)
        });
    }
    let chunks = (0..(*shown).min(total)).step_by(CHUNK_GROUPS);
    html! {
        <div class="doc-text">
            { for chunks.map(|start| html! {
                <DocChunk key={start} groups={Rc::clone(&groups)} {start} />
            }) }
        </div>
    }
}
