//! The comparison's controls: previous/next difference, swap sides, the
//! "ignore punctuation and width", "hide boilerplate" (by paragraph) or
//! "ignore 【条旨】", "ignore renumbering", "changed articles only" (by
//! article) and "synchronised scrolling" switches, and export.

use crate::i18n::use_texts;
use yew::prelude::*;

/// The switches' states.
#[derive(Clone, Copy, PartialEq)]
pub struct Toggles {
    /// Punctuation and width count as written.
    pub strict: bool,
    /// Boilerplate paragraphs are left out.
    pub hide_boilerplate: bool,
    /// The panes scroll together.
    pub sync: bool,
    /// Articles are compared, not paragraphs.
    pub by_article: bool,
    /// By article: 【条旨】 headings are left out.
    pub ignore_headings: bool,
    /// By article: renumbering is no change.
    pub ignore_numbering: bool,
    /// By article: unchanged articles are hidden.
    pub changes_only: bool,
}

/// Props of [`CompareToolbar`].
#[derive(Properties, PartialEq)]
pub struct CompareToolbarProps {
    /// Which difference is selected (index among the differences).
    pub position: Option<usize>,
    /// How many differences there are.
    pub count: usize,
    /// The switches.
    pub toggles: Toggles,
    /// Previous difference.
    pub on_prev: Callback<()>,
    /// Next difference.
    pub on_next: Callback<()>,
    /// Swap the sides.
    pub on_swap: Callback<()>,
    /// Flip "ignore punctuation and width".
    pub on_strict: Callback<()>,
    /// Flip "hide boilerplate".
    pub on_hide: Callback<()>,
    /// Flip synchronised scrolling.
    pub on_sync: Callback<()>,
    /// Flip "ignore 【条旨】".
    pub on_headings: Callback<()>,
    /// Flip "ignore renumbering".
    pub on_numbering: Callback<()>,
    /// Flip "changed articles only".
    pub on_changes_only: Callback<()>,
    /// Save as HTML.
    pub on_export_html: Callback<()>,
    /// Save as Markdown.
    pub on_export_markdown: Callback<()>,
}

fn switch(label: &'static str, class: &'static str, on: bool, toggle: &Callback<()>) -> Html {
    let onchange = toggle.reform(|_: Event| ());
    html! {
        <label class={classes!("switch", class)}>
            <input type="checkbox" checked={on} {onchange} />
            { label }
        </label>
    }
}

/// The toolbar above the panes.
#[function_component(CompareToolbar)]
pub fn compare_toolbar(props: &CompareToolbarProps) -> Html {
    let texts = use_texts();
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    let label = texts.difference_position(props.count, props.position);
    html! {
        <div class="compare-toolbar" role="toolbar" aria-label={texts.compare_tools()}>
            <div class="tool-group">
                <button type="button" class="prev-diff" onclick={click(&props.on_prev)} disabled={props.count == 0}
                    aria-label={texts.previous_difference()}>{ texts.previous_difference_button() }</button>
                <button type="button" class="next-diff" onclick={click(&props.on_next)} disabled={props.count == 0}
                    aria-label={texts.next_difference()}>{ texts.next_difference_button() }</button>
                <span class="diff-count" aria-live="polite">{ label }</span>
            </div>
            <div class="tool-group">
                <button type="button" class="swap" onclick={click(&props.on_swap)}>{ texts.swap_sides() }</button>
                { switch(texts.ignore_punctuation(), "ignore-punct", !props.toggles.strict, &props.on_strict) }
                if props.toggles.by_article {
                    { switch(texts.ignore_headings(), "ignore-headings", props.toggles.ignore_headings, &props.on_headings) }
                    { switch(texts.ignore_numbering(), "ignore-numbering", props.toggles.ignore_numbering, &props.on_numbering) }
                    { switch(texts.changes_only(), "changes-only", props.toggles.changes_only, &props.on_changes_only) }
                } else {
                    { switch(texts.hide_boilerplate(), "hide-boilerplate", props.toggles.hide_boilerplate, &props.on_hide) }
                }
                { switch(texts.sync_scroll(), "sync-scroll", props.toggles.sync, &props.on_sync) }
            </div>
            <div class="tool-group">
                <button type="button" class="export-html" onclick={click(&props.on_export_html)}>{ texts.export_html() }</button>
                <button type="button" class="export-md" onclick={click(&props.on_export_markdown)}>{ texts.export_markdown() }</button>
            </div>
        </div>
    }
}
