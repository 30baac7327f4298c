//! Two documents in two panes of aligned rows. Each row's cells get the
//! same height on both sides, so the panes scroll in step: scrolling one
//! scrolls the other (when synchronised). Text is set as text; changes are
//! `<del>`/`<ins>`, passages shared elsewhere `<mark class="shared">`.

use crate::i18n::{use_texts, Texts};
use gazette_core::compare::{MarkKind, RowKind};
use gazette_core::view::compare::{Cell, Row};
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

/// The rows, compared by identity (a new comparison is a new `Rc`).
#[derive(Clone)]
pub struct Rows(pub Rc<Vec<Row>>);

impl PartialEq for Rows {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`CompareTable`].
#[derive(Properties, PartialEq)]
pub struct CompareTableProps {
    /// The aligned rows.
    pub rows: Rows,
    /// The row of the current difference, if one is selected.
    #[prop_or_default]
    pub current: Option<usize>,
    /// Whether scrolling one pane scrolls the other.
    pub sync: bool,
    /// Each side's short name (`A · 安全客 · 2023-03-25`), shown atop its
    /// pane where the panes are stacked (phones), away from the headers.
    #[prop_or_default]
    pub labels: [AttrValue; 2],
}

fn cells(pane: &NodeRef) -> Vec<HtmlElement> {
    let Some(pane) = pane.cast::<Element>() else {
        return Vec::new();
    };
    let Ok(nodes) = pane.query_selector_all(":scope > .crow") else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// Gives both cells of every row the taller one's height.
fn equalize(a: &NodeRef, b: &NodeRef) {
    let (ca, cb) = (cells(a), cells(b));
    // Through the CSSOM, not a style attribute: the hosted app runs under a
    // strict Content-Security-Policy (`style-src 'self'`).
    for cell in ca.iter().chain(&cb) {
        let _ = cell.style().remove_property("min-height");
    }
    let heights: Vec<f64> = ca
        .iter()
        .zip(&cb)
        .map(|(x, y)| {
            let (hx, hy) = (
                x.get_bounding_client_rect().height(),
                y.get_bounding_client_rect().height(),
            );
            hx.max(hy)
        })
        .collect();
    for ((x, y), h) in ca.iter().zip(&cb).zip(heights) {
        for cell in [x, y] {
            let _ = cell.style().set_property("min-height", &format!("{h}px"));
        }
    }
}

/// Scrolls `to` where `from` is.
fn follow(from: &NodeRef, to: &NodeRef) {
    if let (Some(from), Some(to)) = (from.cast::<Element>(), to.cast::<Element>()) {
        let top = from.scroll_top();
        if (to.scroll_top() - top).abs() > 1 {
            to.set_scroll_top(top);
        }
    }
}

/// Brings the panes into the window and scrolls both to a row.
fn reveal(container: &NodeRef, panes: [&NodeRef; 2], row: usize) {
    if let Some(container) = container.cast::<Element>() {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Start);
        container.scroll_into_view_with_scroll_into_view_options(&options);
    }
    for pane in panes {
        let (Some(element), Some(cell)) =
            (pane.cast::<Element>(), cells(pane).into_iter().nth(row))
        else {
            continue;
        };
        element.set_scroll_top((cell.offset_top() - 12).max(0));
    }
}

/// The two panes.
#[function_component(CompareTable)]
pub fn compare_table(props: &CompareTableProps) -> Html {
    let texts = use_texts();
    let container = use_node_ref();
    let pane_a = use_node_ref();
    let pane_b = use_node_ref();
    {
        let (a, b) = (pane_a.clone(), pane_b.clone());
        use_effect_with(props.rows.clone(), move |_| {
            equalize(&a, &b);
            let listener =
                EventListener::new(&gloo::utils::window(), "resize", move |_| equalize(&a, &b));
            move || drop(listener)
        });
    }
    {
        let (container, a, b) = (container.clone(), pane_a.clone(), pane_b.clone());
        use_effect_with((props.current, props.rows.clone()), move |(current, _)| {
            if let Some(row) = *current {
                reveal(&container, [&a, &b], row);
            }
        });
    }
    let on_scroll = |from: &NodeRef, to: &NodeRef| {
        let (from, to, sync) = (from.clone(), to.clone(), props.sync);
        Callback::from(move |_: Event| {
            if sync {
                follow(&from, &to);
            }
        })
    };
    let pane = |side: char| {
        let rows = props.rows.0.iter().enumerate().map(|(n, row)| {
            let cell = if side == 'A' { &row.a } else { &row.b };
            render_cell(n, row, cell.as_ref(), side, props.current == Some(n), texts)
        });
        rows.collect::<Html>()
    };
    html! {
        <div class="compare-panes" ref={container} data-sync={if props.sync { "on" } else { "off" }}>
            <div class="compare-pane pane-a" ref={pane_a.clone()} onscroll={on_scroll(&pane_a, &pane_b)}
                role="region" aria-label={texts.pane_label('A')} tabindex="0">
                <div class="pane-label side-a" aria-hidden="true">{ props.labels[0].clone() }</div>
                { pane('A') }
            </div>
            <div class="compare-pane pane-b" ref={pane_b.clone()} onscroll={on_scroll(&pane_b, &pane_a)}
                role="region" aria-label={texts.pane_label('B')} tabindex="0">
                <div class="pane-label side-b" aria-hidden="true">{ props.labels[1].clone() }</div>
                { pane('B') }
            </div>
        </div>
    }
}

fn render_cell(
    n: usize,
    row: &Row,
    cell: Option<&Cell>,
    side: char,
    current: bool,
    texts: Texts,
) -> Html {
    let kind = row.kind;
    let class = classes!(
        "crow",
        kind.name(),
        current.then_some("current"),
        cell.is_none().then_some("gap")
    );
    let Some(cell) = cell else {
        return html! {
            <div {class} key={n} data-row={n.to_string()}>
                <span class="gap-label">{ texts.not_on_side(side) }</span>
            </div>
        };
    };
    let text = cell.pieces.iter().map(|(text, mark)| match mark {
        None => html! { { text.as_str() } },
        Some(MarkKind::Changed) if side == 'A' => {
            html! { <del class="chg">{ text.as_str() }</del> }
        }
        Some(MarkKind::Changed) => html! { <ins class="chg">{ text.as_str() }</ins> },
        Some(MarkKind::Shared) => html! { <mark class="shared">{ text.as_str() }</mark> },
    });
    html! {
        <div {class} key={n} data-row={n.to_string()}>
            <div class="crow-head">
                if let Some(tag) = &row.tag {
                    <span class={classes!("kind-tag", tag.change.name())}>
                        { format!("{} · {}", tag.numbers, texts.article_change(tag.change)) }
                    </span>
                } else if kind != RowKind::Same {
                    <span class={classes!("kind-tag", kind.name())}>{ texts.row_kind(kind) }</span>
                }
                <span class="offsets">{ format!("{}–{}", cell.span.start, cell.span.end) }</span>
                if let Some((side, paragraph)) = cell.moved_to {
                    <span class="moved-note">{ texts.moved_to(side.letter(), paragraph) }</span>
                }
            </div>
            <p class="crow-text">{ for text }</p>
        </div>
    }
}
