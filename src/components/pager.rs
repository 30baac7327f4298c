//! Page links for a long result list.

use crate::i18n::use_texts;
use gazette_core::url_state::ListView;
use gazette_core::view::change::{self, ListChange};
use yew::prelude::*;

/// Props of [`Pager`].
#[derive(Properties, PartialEq)]
pub struct PagerProps {
    /// The list being paged (its `page` is the current one).
    pub view: ListView,
    /// Number of pages.
    pub pages: usize,
}

/// Previous/next and numbered page links (first, last and the neighbours of
/// the current page), each a real link so it can be opened or shared.
#[function_component(Pager)]
pub fn pager(props: &PagerProps) -> Html {
    let texts = use_texts();
    let current = props.view.page.min(props.pages).max(1);
    if props.pages <= 1 {
        return html! {};
    }
    let href = |page: usize| {
        change::list(&props.view, ListChange::Page(page))
            .route
            .to_hash()
    };
    let mut numbers: Vec<usize> = vec![1, props.pages];
    numbers.extend(current.saturating_sub(2).max(1)..=(current + 2).min(props.pages));
    numbers.sort_unstable();
    numbers.dedup();
    let mut items = Vec::new();
    let mut previous = 0;
    for page in numbers {
        if page > previous + 1 {
            items.push(html! { <li class="gap" aria-hidden="true">{ "…" }</li> });
        }
        items.push(if page == current {
            html! { <li><a href={href(page)} aria-current="page" class="current">{ page }</a></li> }
        } else {
            html! { <li><a href={href(page)} aria-label={texts.page(page)}>{ page }</a></li> }
        });
        previous = page;
    }
    html! {
        <nav class="pager" aria-label={texts.pages_label()}>
            if current > 1 {
                <a class="step" rel="prev" href={href(current - 1)}>{ texts.previous_page() }</a>
            }
            <ol>{ for items }</ol>
            if current < props.pages {
                <a class="step" rel="next" href={href(current + 1)}>{ texts.next_page() }</a>
            }
        </nav>
    }
}
