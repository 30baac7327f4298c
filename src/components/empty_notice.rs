//! Why a list is empty: the query found nothing, or which filters removed
//! what it found (and how many each one alone holds back).

use crate::i18n::{use_texts, Texts};
use gazette_core::facets::{Dimension, Filters};
use gazette_core::search::Query;
use gazette_core::view::list::Empty;
use yew::prelude::*;

/// Props of [`EmptyNotice`].
#[derive(Properties, PartialEq)]
pub struct EmptyNoticeProps {
    /// Why the list is empty.
    pub empty: Empty,
    /// The query (named when it found nothing).
    pub query: Query,
    /// The filters (their values named).
    pub filters: Filters,
}

/// The notice.
#[function_component(EmptyNotice)]
pub fn empty_notice(props: &EmptyNoticeProps) -> Html {
    let texts = use_texts();
    let culprits = match &props.empty {
        Empty::NothingMatches => {
            return html! { <p class="notice empty" role="status">{ texts.nothing_matches(&props.query) }</p> };
        }
        Empty::FilteredOut(culprits) => culprits,
    };
    let items = culprits.iter().map(|&(dimension, n)| {
        let what = describe(texts, dimension, &props.filters);
        html! { <li>{ texts.removing_gives(&what, n) }</li> }
    });
    html! {
        <div class="notice empty" role="status">
            <p>{ texts.filters_removed_everything() }</p>
            if culprits.is_empty() {
                <p>{ texts.only_together() }</p>
            } else {
                <ul>{ for items }</ul>
            }
        </div>
    }
}

fn describe(texts: Texts, dimension: Dimension, filters: &Filters) -> String {
    let values = match dimension {
        Dimension::Facet(facet) => filters
            .selected
            .get(&facet)
            .map(|values| {
                values
                    .iter()
                    .map(|v| texts.facet_value(facet, v))
                    .collect::<Vec<_>>()
                    .join(" / ")
            })
            .unwrap_or_default(),
        Dimension::Dates => {
            let end = |d: Option<gazette_core::date::Day>| {
                d.map(|d| d.to_string()).unwrap_or_else(|| "…".into())
            };
            format!("{} – {}", end(filters.from), end(filters.to))
        }
    };
    format!("{}：{values}", texts.dimension(dimension))
}
