//! A document's text with its structure: headings, paragraphs, lists, tables.

use crate::marked::marked;
use gazette_core::links::external_url;
use gazette_core::model::{structured_paragraphs, ImageRef, ParagraphKind};
use gazette_core::search::{match_ranges, Term};
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
}

/// Consecutive paragraphs of one kind, rendered together.
enum Group<'a> {
    Heading(&'a str),
    Paragraph(&'a str),
    List(Vec<&'a str>),
    Table(Vec<&'a str>),
    Image(&'a ImageRef),
}

fn groups<'a>(
    paragraphs: impl Iterator<Item = (ParagraphKind, &'a str)>,
    images: &'a [ImageRef],
) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    let mut images = images.iter().peekable();
    for (n, (kind, text)) in paragraphs.enumerate() {
        while let Some(image) = images.next_if(|image| image.at <= n) {
            groups.push(Group::Image(image));
        }
        match (kind, groups.last_mut()) {
            (ParagraphKind::ListItem, Some(Group::List(items))) => items.push(text),
            (ParagraphKind::TableRow, Some(Group::Table(rows))) => rows.push(text),
            (ParagraphKind::ListItem, _) => groups.push(Group::List(vec![text])),
            (ParagraphKind::TableRow, _) => groups.push(Group::Table(vec![text])),
            (ParagraphKind::Heading, _) => groups.push(Group::Heading(text)),
            (ParagraphKind::Paragraph, _) => groups.push(Group::Paragraph(text)),
        }
    }
    groups.extend(images.map(Group::Image));
    groups
}

/// An image, by address only: Gazette never loads anything from the network.
fn image_placeholder(image: &ImageRef, texts: crate::i18n::Texts) -> Html {
    let url = match external_url(&image.url) {
        Some(url) => html! {
            <a class="image-ref-url" href={url.to_owned()} target="_blank" rel="noopener noreferrer">{ url }</a>
        },
        None => html! { <span class="image-ref-url">{ image.url.clone() }</span> },
    };
    html! {
        <figure class="image-ref" title={texts.image_note()}>
            <figcaption>
                <span class="image-ref-label">{ texts.image_not_loaded() }</span>
                if !image.alt.is_empty() {
                    <span class="image-ref-alt">{ image.alt.clone() }</span>
                }
                { url }
            </figcaption>
        </figure>
    }
}

fn render(group: &Group<'_>, terms: &[Term], texts: crate::i18n::Texts) -> Html {
    let text = |text: &str| marked(text, &match_ranges(text, terms));
    match group {
        Group::Heading(t) => html! { <h2 class="para-heading">{ text(t) }</h2> },
        Group::Paragraph(t) => html! { <p>{ text(t) }</p> },
        Group::List(items) => html! {
            <ul>{ for items.iter().map(|i| html! { <li>{ text(i) }</li> }) }</ul>
        },
        Group::Image(image) => image_placeholder(image, texts),
        Group::Table(rows) => html! {
            <div class="table-scroll">
                <table>
                    { for rows.iter().map(|row| html! {
                        <tr>{ for row.split(" | ").map(|cell| html! { <td>{ text(cell) }</td> }) }</tr>
                    }) }
                </table>
            </div>
        },
    }
}

/// The text, structured. Every string is set as text.
#[function_component(DocBody)]
pub fn doc_body(props: &DocBodyProps) -> Html {
    let texts = crate::i18n::use_texts();
    let groups = groups(
        structured_paragraphs(&props.text, &props.layout),
        &props.images,
    );
    html! {
        <div class="doc-text">{ for groups.iter().map(|g| render(g, &props.terms, texts)) }</div>
    }
}
