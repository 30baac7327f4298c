//! One facet: its values with counts as checkboxes, the top few first,
//! searchable when long.

use crate::i18n::use_texts;
use gazette_core::facets::Facet;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Values shown before "more".
const TOP: usize = 8;
/// Values listed at most (a find box narrows the rest).
const MAX_LISTED: usize = 200;
/// A facet with more values than this gets a find box.
const FIND_FROM: usize = 12;

/// A value as a panel shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetValue {
    /// The value (what the filter stores).
    pub value: AttrValue,
    /// What the reader sees.
    pub label: AttrValue,
    /// Documents with it, given the other facets' selections.
    pub count: u32,
    /// Whether it is selected.
    pub selected: bool,
}

/// Props of [`FacetPanel`].
#[derive(Properties, PartialEq)]
pub struct FacetPanelProps {
    /// Which facet.
    pub facet: Facet,
    /// Its values, in display order.
    pub values: Rc<Vec<FacetValue>>,
    /// Called with a value to select or deselect.
    pub on_toggle: Callback<(Facet, String)>,
}

/// A titled group of checkboxes with counts.
#[function_component(FacetPanel)]
pub fn facet_panel(props: &FacetPanelProps) -> Html {
    let texts = use_texts();
    let expanded = use_state(|| false);
    let find = use_state(String::new);
    let facet = props.facet;
    let id = format!("facet-{}", facet.name());
    let needle = find.trim().to_lowercase();
    let matching: Vec<&FacetValue> = props
        .values
        .iter()
        .filter(|v| needle.is_empty() || v.label.to_lowercase().contains(&needle))
        .collect();
    let limit = match (*expanded || !needle.is_empty(), matching.len()) {
        (false, _) => TOP,
        (true, _) => MAX_LISTED,
    };
    // Selected values stay visible, wherever they rank.
    let shown: Vec<&FacetValue> = matching
        .iter()
        .enumerate()
        .filter(|(i, v)| *i < limit || v.selected)
        .map(|(_, v)| *v)
        .collect();
    let hidden = matching.len() - shown.len();
    let on_find = {
        let find = find.clone();
        Callback::from(move |event: InputEvent| {
            find.set(event.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let toggle_more = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let items = shown.iter().map(|v| {
        let value = v.value.to_string();
        let onchange = props
            .on_toggle
            .reform(move |_: Event| (facet, value.clone()));
        html! {
            <li>
                <label class={classes!("facet-value", v.selected.then_some("selected"))} data-value={v.value.clone()}>
                    <input type="checkbox" checked={v.selected} {onchange} />
                    <span class="value-label" lang="zh-CN">{ v.label.clone() }</span>
                    <span class="value-count">{ v.count }</span>
                </label>
            </li>
        }
    });
    html! {
        <section class="facet" aria-labelledby={id.clone()} data-facet={facet.name()}>
            <h3 id={id.clone()} class="facet-title">{ texts.facet(facet) }</h3>
            if props.values.len() > FIND_FROM {
                <input class="facet-find" type="search" value={(*find).clone()} oninput={on_find}
                    aria-label={texts.find_in_facet(facet)} placeholder={texts.find_in_facet(facet)} />
            }
            if shown.is_empty() {
                <p class="facet-empty">{ texts.no_values() }</p>
            } else {
                <ul class="facet-values">{ for items }</ul>
            }
            if hidden > 0 && (*expanded || !needle.is_empty()) {
                <p class="facet-note">{ texts.too_many_values(MAX_LISTED) }</p>
            }
            if needle.is_empty() && matching.len() > TOP {
                <button type="button" class="facet-more" onclick={toggle_more} aria-expanded={expanded.to_string()}>
                    { if *expanded { texts.fewer_values().to_owned() } else { texts.more_values(hidden) } }
                </button>
            }
        </section>
    }
}
