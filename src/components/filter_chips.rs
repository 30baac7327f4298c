//! The active filters as removable chips, with "clear all".

use crate::i18n::use_texts;
use gazette_core::facets::Filters;
use yew::prelude::*;

/// Props of [`FilterChips`].
#[derive(Properties, PartialEq)]
pub struct FilterChipsProps {
    /// What is selected.
    pub filters: Filters,
    /// Called with the filters after a removal.
    pub on_change: Callback<Filters>,
}

/// One chip per selected value and one for the date range.
#[function_component(FilterChips)]
pub fn filter_chips(props: &FilterChipsProps) -> Html {
    let texts = use_texts();
    let filters = &props.filters;
    if filters.is_empty() {
        return html! {};
    }
    let chip = |text: String, without: Filters| {
        let onclick = props.on_change.reform(move |_: MouseEvent| without.clone());
        html! {
            <li>
                <button type="button" class="filter-chip" aria-label={texts.remove_filter(&text)} {onclick}>
                    <span lang="zh-CN">{ text }</span><span class="chip-x" aria-hidden="true">{ "×" }</span>
                </button>
            </li>
        }
    };
    let values = filters.values().map(|(facet, value)| {
        let mut without = filters.clone();
        without.deselect(facet, value);
        let label = texts.facet_value(facet, value);
        chip(format!("{}：{label}", texts.facet(facet)), without)
    });
    let dates = (filters.from.is_some() || filters.to.is_some()).then(|| {
        let without = Filters {
            from: None,
            to: None,
            ..filters.clone()
        };
        let end = |d: Option<gazette_core::date::Day>| {
            d.map(|d| d.to_string()).unwrap_or_else(|| "…".into())
        };
        chip(
            format!(
                "{}：{} – {}",
                texts.date_range(),
                end(filters.from),
                end(filters.to)
            ),
            without,
        )
    });
    let clear = props.on_change.reform(|_: MouseEvent| Filters::default());
    html! {
        <div class="filter-chips" role="region" aria-label={texts.active_filters()}>
            <ul>
                { for values }
                { for dates }
            </ul>
            <button type="button" class="clear-all" onclick={clear}>{ texts.clear_all() }</button>
        </div>
    }
}
