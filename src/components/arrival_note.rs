//! Says that the texts and the index are still arriving, with how much has
//! come: shown where a page needs them before they are there.

use crate::corpus_load::Arrival;
use crate::i18n::use_texts;
use yew::prelude::*;

/// The texts' arrival, provided by the app (complete when absent).
#[hook]
pub fn use_arrival() -> Arrival {
    use_context::<Arrival>().unwrap_or(Arrival::COMPLETE)
}

/// "正在载入正文与索引… 45%".
#[function_component(ArrivalNote)]
pub fn arrival_note() -> Html {
    let texts = use_texts();
    let arrival = use_arrival();
    html! {
        <p class="notice arrival-note" role="status" aria-busy="true">
            { texts.texts_arriving(arrival.percent) }
        </p>
    }
}
