//! The compact bar of an embedded viewer: the corpus's name, small, and a
//! link to the full viewer in a new tab.

use gazette_core::model::CorpusInfo;
use yew::prelude::*;

/// Props of [`EmbedBar`].
#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    /// The corpus's title (its description is left out in an iframe).
    #[prop_or_default]
    pub info: CorpusInfo,
    /// How many documents the corpus holds.
    pub documents: usize,
    /// The full viewer at the same place (see `crate::embed::full_viewer_href`).
    pub full_viewer: AttrValue,
}

/// One line in place of the site header.
#[function_component(EmbedBar)]
pub fn embed_bar(props: &EmbedBarProps) -> Html {
    let texts = crate::i18n::use_texts();
    let title = match props.info.title.is_empty() {
        true => "Gazette".to_owned(),
        false => props.info.title.clone(),
    };
    html! {
        <header class="embed-bar">
            <span class="embed-title">{ title }</span>
            <span class="embed-count">{ texts.documents(props.documents) }</span>
            <a class="embed-open" href={props.full_viewer.clone()} target="_blank" rel="noopener noreferrer">
                { texts.open_full_viewer() }
            </a>
        </header>
    }
}
