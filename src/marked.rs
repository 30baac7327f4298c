//! Text with matches and the reader's highlights marked, as DOM nodes (never as HTML).

use gazette_core::search::snippets::split_marked;
use std::ops::Range;
use yew::prelude::*;

/// `text` with the byte ranges `marks` (sorted, disjoint) in `<mark>`.
pub fn marked(text: &str, marks: &[Range<usize>]) -> Html {
    if marks.is_empty() {
        return html! { { text.to_owned() } };
    }
    html! {
        { for split_marked(text, marks).into_iter().map(|(part, hit)| match hit {
            true => html! { <mark class="hit">{ part.to_owned() }</mark> },
            false => html! { { part.to_owned() } },
        }) }
    }
}

/// A highlight of the reader's, as a byte range of the text it is shown in.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    /// Where it is.
    pub range: Range<usize>,
    /// The note's id (`data-note`, for "go to the passage").
    pub note: AttrValue,
    /// The note's words (the mark's tooltip).
    pub comment: AttrValue,
}

/// A passage of the text that links within the app (a cited instrument to
/// its page), as a byte range of the text it is shown in.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLink {
    /// Where it is.
    pub range: Range<usize>,
    /// Where it leads (`#/instrument/…`).
    pub href: AttrValue,
}

/// `text` with query matches, highlights and links marked; a match is
/// marked inside a link, a link inside a highlight.
pub fn marked_with_highlights(
    text: &str,
    hits: &[Range<usize>],
    highlights: &[Highlight],
    links: &[TextLink],
) -> Html {
    if highlights.is_empty() && links.is_empty() {
        return marked(text, hits);
    }
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for range in hits
        .iter()
        .chain(highlights.iter().map(|h| &h.range))
        .chain(links.iter().map(|l| &l.range))
    {
        cuts.extend([range.start.min(text.len()), range.end.min(text.len())]);
    }
    cuts.retain(|&at| text.is_char_boundary(at));
    cuts.sort_unstable();
    cuts.dedup();
    html! {
        { for cuts.windows(2).map(|w| {
            let part = text.get(w[0]..w[1]).unwrap_or_default().to_owned();
            let hit = hits.iter().any(|r| r.start <= w[0] && w[0] < r.end);
            let highlight = highlights.iter().find(|h| h.range.start <= w[0] && w[0] < h.range.end);
            let shown = match hit {
                true => html! { <mark class="hit">{ part }</mark> },
                false => html! { { part } },
            };
            let shown = match links.iter().find(|l| l.range.start <= w[0] && w[0] < l.range.end) {
                Some(link) => html! { <a class="instrument-ref" href={link.href.clone()}>{ shown }</a> },
                None => shown,
            };
            match highlight {
                Some(h) => html! {
                    <mark class="note-mark" data-note={h.note.clone()} title={h.comment.clone()}>{ shown }</mark>
                },
                None => shown,
            }
        }) }
    }
}
