//! A text paragraph by paragraph, each with a bar showing how many of a
//! cluster's other members contain it, naming the outlets that lack it.

use crate::i18n::use_texts;
use yew::prelude::*;

/// A paragraph and how many members contain it.
#[derive(Clone, PartialEq)]
pub struct DensityParagraph {
    /// The paragraph.
    pub text: AttrValue,
    /// Members containing it.
    pub count: usize,
    /// The outlets of the members lacking it, `、`-separated (empty: none).
    pub missing: AttrValue,
}

/// Props of [`DensityText`].
#[derive(Properties, PartialEq)]
pub struct DensityTextProps {
    /// The paragraphs.
    pub paragraphs: Vec<DensityParagraph>,
    /// How many members could contain a paragraph.
    pub members: usize,
}

/// Paragraphs with density bars.
#[function_component(DensityText)]
pub fn density_text(props: &DensityTextProps) -> Html {
    let texts = use_texts();
    let total = props.members.max(1);
    html! {
        <ol class="density-text">
            { for props.paragraphs.iter().enumerate().map(|(n, p)| {
                let share = p.count as f64 / total as f64 * 100.0;
                html! {
                    <li class="density-row" key={n}>
                        <div class="density" title={texts.density_title(p.count, props.members)}>
                            <svg class="density-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width={format!("{share:.1}")} height="10" /></svg>
                            <span class="density-count">{ format!("{}/{}", p.count, props.members) }</span>
                        </div>
                        <div class="density-para">
                            <p>{ p.text.clone() }</p>
                            if !p.missing.is_empty() {
                                <p class="density-missing">{ texts.density_missing(&p.missing) }</p>
                            }
                        </div>
                    </li>
                }
            }) }
        </ol>
    }
}
