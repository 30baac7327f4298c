//! A run of a document's paragraphs, grouped by kind (headings, paragraphs,
//! lists, tables, image placeholders) with the query's terms marked.

use crate::components::article_tools::ArticleTools;
use crate::marked::{marked_with_highlights, Highlight, TextLink};
use gazette_core::links::external_url;
use gazette_core::model::{structured_paragraphs, ImageRef, ParagraphKind};
use gazette_core::search::{match_ranges, Term};
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// Groups in one chunk: a few screens of text, rendered in one task.
pub const CHUNK_GROUPS: usize = 200;

/// Consecutive paragraphs of one kind, as byte ranges of the text.
enum Group {
    Heading(Range<usize>),
    Paragraph(Range<usize>),
    List(Vec<Range<usize>>),
    Table(Vec<Range<usize>>),
    Image(usize),
}

/// Where an article of the text starts, and how it is linked and cited.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleStart {
    /// Byte offset of its heading in the text.
    pub start: usize,
    /// The element id of its paragraph (`art-12`).
    pub anchor: String,
    /// Its link (`#/doc/<id>?art=12`).
    pub href: AttrValue,
    /// How it is cited (`《title》第十二条`).
    pub citation: AttrValue,
}

/// A document's text cut into groups, shared by its chunks.
pub struct BodyGroups {
    text: AttrValue,
    terms: Vec<Term>,
    images: Vec<ImageRef>,
    groups: Vec<Group>,
    /// Sorted by start.
    articles: Vec<ArticleStart>,
    /// The reader's highlights, as byte ranges of the whole text.
    highlights: Vec<Highlight>,
    /// Links in the text (cited instruments), sorted, as byte ranges of the whole text.
    links: Vec<TextLink>,
}

impl BodyGroups {
    /// Groups the paragraphs of `text` by the kinds in `layout`, with the
    /// images placed before the paragraph they precede.
    pub fn new(
        text: AttrValue,
        layout: &str,
        terms: Vec<Term>,
        images: Vec<ImageRef>,
        mut articles: Vec<ArticleStart>,
        highlights: Vec<Highlight>,
        links: Vec<TextLink>,
    ) -> Self {
        articles.sort_by_key(|a| a.start);
        let base = text.as_ptr() as usize;
        let range = |p: &str| {
            let start = p.as_ptr() as usize - base;
            start..start + p.len()
        };
        let mut groups: Vec<Group> = Vec::new();
        let mut next_image = images.iter().enumerate().peekable();
        for (n, (kind, p)) in structured_paragraphs(&text, layout).enumerate() {
            while let Some((i, _)) = next_image.next_if(|(_, image)| image.at <= n) {
                groups.push(Group::Image(i));
            }
            let p = range(p);
            match (kind, groups.last_mut()) {
                (ParagraphKind::ListItem, Some(Group::List(items))) => items.push(p),
                (ParagraphKind::TableRow, Some(Group::Table(rows))) => rows.push(p),
                (ParagraphKind::ListItem, _) => groups.push(Group::List(vec![p])),
                (ParagraphKind::TableRow, _) => groups.push(Group::Table(vec![p])),
                (ParagraphKind::Heading, _) => groups.push(Group::Heading(p)),
                (ParagraphKind::Paragraph, _) => groups.push(Group::Paragraph(p)),
            }
        }
        groups.extend(next_image.map(|(i, _)| Group::Image(i)));
        BodyGroups {
            text,
            terms,
            images,
            groups,
            articles,
            highlights,
            links,
        }
    }

    /// Number of groups.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Whether the text has no paragraph and no image.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    fn marked(&self, range: &Range<usize>) -> Html {
        let part = self.text.get(range.clone()).unwrap_or_default();
        // The highlights that reach into this part, in its own offsets.
        let highlights: Vec<Highlight> = self
            .highlights
            .iter()
            .filter(|h| h.range.start < range.end && range.start < h.range.end)
            .map(|h| Highlight {
                range: h.range.start.saturating_sub(range.start)
                    ..h.range.end.min(range.end) - range.start,
                ..h.clone()
            })
            .collect();
        let links: Vec<TextLink> = self
            .links
            .iter()
            .filter(|l| range.start <= l.range.start && l.range.end <= range.end)
            .map(|l| TextLink {
                range: l.range.start - range.start..l.range.end - range.start,
                href: l.href.clone(),
            })
            .collect();
        marked_with_highlights(part, &match_ranges(part, &self.terms), &highlights, &links)
    }

    /// The article whose heading opens this paragraph, if one does.
    fn article_opening(&self, p: &Range<usize>) -> Option<&ArticleStart> {
        let first = self.articles.partition_point(|a| a.start < p.start);
        self.articles.get(first).filter(|a| {
            a.start < p.end
                && self
                    .text
                    .get(p.start..a.start)
                    .is_some_and(|lead| lead.trim().is_empty())
        })
    }

    fn render(&self, group: &Group, texts: crate::i18n::Texts) -> Html {
        match group {
            Group::Heading(p) => {
                html! { <h2 class="para-heading" data-at={p.start.to_string()}>{ self.marked(p) }</h2> }
            }
            Group::Paragraph(p) => match self.article_opening(p) {
                Some(article) => html! {
                    <p id={article.anchor.clone()} class="article-head" data-at={p.start.to_string()}>
                        { self.marked(p) }
                        <ArticleTools href={article.href.clone()} citation={article.citation.clone()} />
                    </p>
                },
                None => html! { <p data-at={p.start.to_string()}>{ self.marked(p) }</p> },
            },
            Group::List(items) => html! {
                <ul>{ for items.iter().map(|i| html! { <li data-at={i.start.to_string()}>{ self.marked(i) }</li> }) }</ul>
            },
            Group::Image(i) => self
                .images
                .get(*i)
                .map(|image| image_placeholder(image, texts))
                .unwrap_or_default(),
            Group::Table(rows) => html! {
                <div class="table-scroll">
                    <table>
                        { for rows.iter().map(|row| html! {
                            <tr>{ for self.cells(row).map(|cell| html! { <td data-at={cell.start.to_string()}>{ self.marked(&cell) }</td> }) }</tr>
                        }) }
                    </table>
                </div>
            },
        }
    }

    /// The cells of a table row (`a | b | c`), as byte ranges.
    fn cells(&self, row: &Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
        let text = self.text.get(row.clone()).unwrap_or_default();
        let base = row.start;
        text.split(" | ").map(move |cell| {
            let start = base + (cell.as_ptr() as usize - text.as_ptr() as usize);
            start..start + cell.len()
        })
    }
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

/// Props of [`DocChunk`]: the shared groups and where the chunk starts.
#[derive(Properties)]
pub struct DocChunkProps {
    /// Every group of the document.
    pub groups: Rc<BodyGroups>,
    /// The chunk's first group; it renders [`CHUNK_GROUPS`] from there.
    pub start: usize,
}

impl PartialEq for DocChunkProps {
    // By identity: a chunk already in the page is never rendered again.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.groups, &other.groups) && self.start == other.start
    }
}

/// One chunk of a document's text.
#[function_component(DocChunk)]
pub fn doc_chunk(props: &DocChunkProps) -> Html {
    let texts = crate::i18n::use_texts();
    let groups = &props.groups;
    let end = (props.start + CHUNK_GROUPS).min(groups.len());
    let chunk = groups.groups.get(props.start..end).unwrap_or_default();
    html! { <div class="doc-chunk">{ for chunk.iter().map(|g| groups.render(g, texts)) }</div> }
}
