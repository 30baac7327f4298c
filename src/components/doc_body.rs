//! A document's text with its structure: headings, paragraphs, lists, tables.

use crate::marked::marked;
use gazette_core::model::{structured_paragraphs, ParagraphKind};
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
}

/// Consecutive paragraphs of one kind, rendered together.
enum Group<'a> {
    Heading(&'a str),
    Paragraph(&'a str),
    List(Vec<&'a str>),
    Table(Vec<&'a str>),
}

fn groups<'a>(paragraphs: impl Iterator<Item = (ParagraphKind, &'a str)>) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for (kind, text) in paragraphs {
        match (kind, groups.last_mut()) {
            (ParagraphKind::ListItem, Some(Group::List(items))) => items.push(text),
            (ParagraphKind::TableRow, Some(Group::Table(rows))) => rows.push(text),
            (ParagraphKind::ListItem, _) => groups.push(Group::List(vec![text])),
            (ParagraphKind::TableRow, _) => groups.push(Group::Table(vec![text])),
            (ParagraphKind::Heading, _) => groups.push(Group::Heading(text)),
            (ParagraphKind::Paragraph, _) => groups.push(Group::Paragraph(text)),
        }
    }
    groups
}

fn render(group: &Group<'_>, terms: &[Term]) -> Html {
    let text = |text: &str| marked(text, &match_ranges(text, terms));
    match group {
        Group::Heading(t) => html! { <h2 class="para-heading">{ text(t) }</h2> },
        Group::Paragraph(t) => html! { <p>{ text(t) }</p> },
        Group::List(items) => html! {
            <ul>{ for items.iter().map(|i| html! { <li>{ text(i) }</li> }) }</ul>
        },
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
    let groups = groups(structured_paragraphs(&props.text, &props.layout));
    html! {
        <div class="doc-text">{ for groups.iter().map(|g| render(g, &props.terms)) }</div>
    }
}
