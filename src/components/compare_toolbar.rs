//! The comparison's controls: previous/next difference, swap sides, the
//! "ignore punctuation and width", "hide boilerplate" and "synchronised
//! scrolling" switches, and export.

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
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    let label = match (props.count, props.position) {
        (0, _) => "两文无差异".to_owned(),
        (n, None) => format!("{n} 处不同"),
        (n, Some(p)) => format!("第 {} / {n} 处不同", p + 1),
    };
    html! {
        <div class="compare-toolbar" role="toolbar" aria-label="对照工具">
            <div class="tool-group">
                <button type="button" class="prev-diff" onclick={click(&props.on_prev)} disabled={props.count == 0}
                    aria-label="上一处不同">{ "↑ 上一处" }</button>
                <button type="button" class="next-diff" onclick={click(&props.on_next)} disabled={props.count == 0}
                    aria-label="下一处不同">{ "↓ 下一处" }</button>
                <span class="diff-count" aria-live="polite">{ label }</span>
            </div>
            <div class="tool-group">
                <button type="button" class="swap" onclick={click(&props.on_swap)}>{ "⇄ 交换两侧" }</button>
                { switch("忽略标点与全半角", "ignore-punct", !props.toggles.strict, &props.on_strict) }
                { switch("隐藏套话段落", "hide-boilerplate", props.toggles.hide_boilerplate, &props.on_hide) }
                { switch("同步滚动", "sync-scroll", props.toggles.sync, &props.on_sync) }
            </div>
            <div class="tool-group">
                <button type="button" class="export-html" onclick={click(&props.on_export_html)}>{ "导出 HTML" }</button>
                <button type="button" class="export-md" onclick={click(&props.on_export_markdown)}>{ "导出 Markdown" }</button>
            </div>
        </div>
    }
}
