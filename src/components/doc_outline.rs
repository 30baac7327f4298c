//! The outline of a normative text: its 编/章/节 (collapsible) and articles,
//! each article a link to its place in the text (`#/doc/<id>?art=12`).

use crate::i18n::use_texts;
use gazette_core::instrument::cite::caption;
use gazette_core::instrument::structure::{Article, Level, Outline};
use gazette_core::url_state::Route;
use gazette_core::view::document::article_anchor;
use std::rc::Rc;
use yew::prelude::*;

/// Narrower than this (px), the outline starts folded.
const FOLDED_BELOW_PX: f64 = 700.0;

/// The hash that opens the document at an article of its first instrument
/// (later instruments are reached from the outline, not by URL).
pub fn article_href(doc: &str, query: &str, number: u32) -> AttrValue {
    Route::Doc {
        id: doc.to_owned(),
        query: query.to_owned(),
        article: Some(number),
    }
    .to_hash()
    .into()
}

/// Props of [`DocOutline`].
#[derive(Properties, PartialEq)]
pub struct DocOutlineProps {
    /// The document's id.
    pub doc: AttrValue,
    /// The query that led here, kept in the article links.
    pub query: AttrValue,
    /// The document's text (for captions).
    pub text: AttrValue,
    /// Its outline.
    pub outline: Rc<Outline>,
}

enum Entry<'a> {
    Label(&'a str),
    Article(&'a Article),
}

/// The outline, as a folding table of contents.
#[function_component(DocOutline)]
pub fn doc_outline(props: &DocOutlineProps) -> Html {
    let texts = use_texts();
    let outline = &props.outline;
    // Chapters (or parts) hold their sections' labels and their articles;
    // articles before the first chapter stand alone.
    let mut groups: Vec<(Option<&str>, usize, Vec<Entry>)> = vec![(None, 0, Vec::new())];
    let mut divisions = outline.divisions.iter().peekable();
    let mut instrument = 0;
    for article in &outline.articles {
        if article.instrument != instrument {
            instrument = article.instrument;
            groups.push((None, instrument, Vec::new()));
        }
        while let Some(d) = divisions.next_if(|d| d.start < article.start) {
            match d.level {
                Level::Section => {
                    if let Some(group) = groups.last_mut() {
                        group.2.push(Entry::Label(&d.heading));
                    }
                }
                Level::Part | Level::Chapter => {
                    groups.push((Some(&d.heading), instrument, Vec::new()))
                }
            }
        }
        if let Some(group) = groups.last_mut() {
            group.2.push(Entry::Article(article));
        }
    }
    let open = gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w >= FOLDED_BELOW_PX);
    let item = |entry: &Entry| match entry {
        Entry::Label(heading) => html! { <li class="outline-section">{ heading.to_string() }</li> },
        Entry::Article(article) => {
            let label = texts.article(article.number);
            let gist = caption(&props.text, article);
            let body = html! {
                <>
                    <span class="outline-number">{ label }</span>
                    <span class="outline-caption">{ gist }</span>
                </>
            };
            match article.instrument {
                0 => html! {
                    <li><a href={article_href(&props.doc, &props.query, article.number)}>{ body }</a></li>
                },
                _ => {
                    let anchor = article_anchor(article);
                    let onclick =
                        Callback::from(move |_: MouseEvent| crate::scroll::reveal_now(&anchor));
                    html! { <li><button type="button" class="outline-jump" {onclick}>{ body }</button></li> }
                }
            }
        }
    };
    html! {
        <nav class="doc-outline" aria-label={texts.outline_title(outline.articles.len())}>
            <details {open}>
                <summary>{ texts.outline_title(outline.articles.len()) }</summary>
                { for groups.iter().filter(|g| !g.2.is_empty()).map(|(heading, instrument, entries)| {
                    let list = html! { <ol class="outline-articles">{ for entries.iter().map(item) }</ol> };
                    let attachment = (*instrument > 0 && heading.is_none())
                        .then(|| html! { <p class="outline-attachment">{ texts.outline_attachment(*instrument) }</p> });
                    match heading {
                        Some(heading) => html! {
                            <details class="outline-chapter" open=true>
                                <summary>{ heading.to_string() }</summary>
                                { list }
                            </details>
                        },
                        None => html! { <>{ for attachment }{ list }</> },
                    }
                }) }
            </details>
        </nav>
    }
}
