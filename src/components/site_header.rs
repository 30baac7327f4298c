//! The bar at the top: product name, the corpus's name and what it holds, the language switch.

use crate::components::theme_switch::ThemeSwitch;
use crate::i18n::{use_texts, LangChoice};
use gazette_core::date::DateParts;
use gazette_core::model::CorpusInfo;
use gazette_core::stats::CorpusStats;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SiteHeader`].
#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    /// The corpus's title and description (shown when given).
    #[prop_or_default]
    pub info: CorpusInfo,
    /// The corpus's size and dates.
    pub stats: Rc<CorpusStats>,
    /// How many things the reader has saved.
    pub saved: usize,
}

/// Product name, corpus title and description, document count and date range.
#[function_component(SiteHeader)]
pub fn site_header(props: &SiteHeaderProps) -> Html {
    let texts = use_texts();
    let choice = use_context::<LangChoice>();
    let stats = &props.stats;
    let range = stats.date_range.as_ref().map(|(first, last)| {
        let day = |d: &str| {
            DateParts::parse(d)
                .map(|p| p.day_label())
                .unwrap_or_default()
        };
        format!("{} – {}", day(first), day(last))
    });
    let switch = choice.map(|choice| {
        let next = choice.lang.other();
        let onclick = choice.set.reform(move |_: MouseEvent| next);
        html! {
            <button type="button" class="lang-switch" lang={next.tag()} {onclick}
                aria-label={texts.switch_language_label()}>{ texts.switch_language() }</button>
        }
    });
    let info = &props.info;
    html! {
        <header class="site-header">
            <a class="brand" href="#/">{ "Gazette" }</a>
            if !info.title.is_empty() {
                <span class="corpus-title">{ info.title.clone() }</span>
            }
            <span class="corpus-summary">
                { texts.documents(stats.documents) }
                if let Some(range) = range {
                    <span class="range">{ range }</span>
                }
            </span>
            if !info.description.is_empty() {
                <p class="corpus-description">{ info.description.clone() }</p>
            }
            <a class="saved-link" href="#/saved">{ texts.saved_link(props.saved) }</a>
            <ThemeSwitch />
            { for switch }
        </header>
    }
}
