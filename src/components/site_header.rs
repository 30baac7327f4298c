//! The bar at the top: product name and what the corpus holds.

use crate::app::use_library;
use gazette_core::date::DateParts;
use gazette_core::stats::CorpusStats;
use yew::prelude::*;

/// Product name, document count and date range of the corpus.
#[function_component(SiteHeader)]
pub fn site_header() -> Html {
    let library = use_library();
    let stats = use_memo((), move |_| CorpusStats::of(library.docs()));
    let range = stats.date_range.as_ref().map(|(first, last)| {
        let day = |d: &str| {
            DateParts::parse(d)
                .map(|p| p.day_label())
                .unwrap_or_default()
        };
        format!("{} – {}", day(first), day(last))
    });
    html! {
        <header class="site-header">
            <a class="brand" href="#/">{ "Gazette" }</a>
            <span class="corpus-summary">
                { format!("{} 篇公告", stats.documents) }
                if let Some(range) = range {
                    <span class="range">{ range }</span>
                }
            </span>
        </header>
    }
}
