//! The filter column: date range and every facet with counts. On narrow
//! screens it is a drawer opened from the result bar.

use crate::components::date_filter::DateFilter;
use crate::components::facet_panel::{FacetPanel, FacetValue};
use crate::context::Shared;
use crate::i18n::use_texts;
use gazette_core::facets::{Facet, Filters, Narrowed};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`FacetSidebar`].
#[derive(Properties, PartialEq)]
pub struct FacetSidebarProps {
    /// The corpus (documents, search, facets).
    pub corpus: Shared,
    /// Counts for the current query and filters.
    pub narrowed: Rc<Narrowed>,
    /// What is selected.
    pub filters: Filters,
    /// Called with the new filters.
    pub on_change: Callback<Filters>,
    /// Whether the drawer is open (narrow screens).
    pub open: bool,
    /// Closes the drawer.
    pub on_close: Callback<()>,
}

/// Date range and facet panels.
#[function_component(FacetSidebar)]
pub fn facet_sidebar(props: &FacetSidebarProps) -> Html {
    let texts = use_texts();
    let index = props.corpus.facets.clone();
    let filters = &props.filters;
    let on_toggle = {
        let filters = filters.clone();
        props
            .on_change
            .reform(move |(facet, value): (Facet, String)| {
                let mut next = filters.clone();
                next.toggle(facet, &value);
                // Months only make sense within the selected years.
                if facet == Facet::Year && !next.selected.contains_key(&Facet::Year) {
                    next.selected.remove(&Facet::Month);
                }
                next
            })
    };
    let on_dates = {
        let filters = filters.clone();
        props.on_change.reform(move |(from, to)| Filters {
            from,
            to,
            ..filters.clone()
        })
    };
    let panels = props.narrowed.facets.iter().filter_map(|counts| {
        let facet = counts.facet;
        let offered = !index.values(facet).is_empty()
            && (facet != Facet::Month || filters.selected.contains_key(&Facet::Year));
        if !offered {
            return None;
        }
        let values: Vec<FacetValue> = counts
            .values
            .iter()
            .map(|v| {
                let value = index.value(facet, v.id);
                FacetValue {
                    value: AttrValue::from(value.to_owned()),
                    label: AttrValue::from(texts.facet_value(facet, value)),
                    count: v.count,
                    selected: v.selected,
                }
            })
            .collect();
        Some(html! {
            <FacetPanel key={facet.name()} {facet} values={Rc::new(values)} on_toggle={on_toggle.clone()} />
        })
    });
    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    html! {
        <aside id="facet-drawer" class={classes!("facets", props.open.then_some("open"))}
            aria-label={texts.filters()} {onkeydown}>
            <div class="drawer-head">
                <h2 class="drawer-title">{ texts.filters() }</h2>
                <button type="button" class="drawer-close" onclick={close.clone()}>{ texts.close() }</button>
            </div>
            <DateFilter from={filters.from} to={filters.to} span={index.day_span()} on_change={on_dates} />
            { for panels }
            <div class="drawer-foot">
                <button type="button" class="drawer-done" onclick={close}>
                    { texts.show_results(props.narrowed.docs.len()) }
                </button>
            </div>
        </aside>
    }
}
