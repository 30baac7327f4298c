//! Says that the texts and the index are still arriving, with how much has
//! come: shown where a page needs them before they are there.

use crate::i18n::use_texts;
use yew::prelude::*;

/// Props of [`ArrivalNote`].
#[derive(Properties, PartialEq)]
pub struct ArrivalNoteProps {
    /// How much has come, in percent.
    pub percent: u8,
}

/// "正在载入正文与索引… 45%".
#[function_component(ArrivalNote)]
pub fn arrival_note(props: &ArrivalNoteProps) -> Html {
    let texts = use_texts();
    html! {
        <p class="notice arrival-note" role="status" aria-busy="true">
            { texts.texts_arriving(props.percent) }
        </p>
    }
}
