//! Export of the whole current result set, made in the browser and downloaded.

use crate::app::use_library;
use crate::i18n::use_texts;
use gazette_core::export::{to_csv, to_json};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`ExportButtons`].
#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    /// Positions of every document in the result set, in order.
    pub docs: Rc<Vec<usize>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Csv,
    Json,
}

/// CSV and JSON download buttons.
#[function_component(ExportButtons)]
pub fn export_buttons(props: &ExportButtonsProps) -> Html {
    let texts = use_texts();
    let library = use_library();
    let button = |format: Format| {
        let docs = props.docs.clone();
        let library = library.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let rows = docs.iter().filter_map(|&d| library.docs().get(d));
            let (body, mime, name) = match format {
                Format::Csv => (
                    to_csv(rows),
                    "text/csv;charset=utf-8",
                    "gazette-results.csv",
                ),
                Format::Json => (to_json(rows), "application/json", "gazette-results.json"),
            };
            if let Err(err) = download(&body, mime, name) {
                web_sys::console::error_2(&"Gazette: export failed".into(), &err);
            }
        });
        let name = match format {
            Format::Csv => "CSV",
            Format::Json => "JSON",
        };
        html! {
            <button type="button" class="export" data-format={name.to_lowercase()} {onclick}
                title={texts.export_as(name, props.docs.len())}>{ name }</button>
        }
    };
    html! {
        <div class="export-buttons" role="group" aria-label={texts.export()}>
            <span class="export-label">{ texts.export() }</span>
            { button(Format::Csv) }
            { button(Format::Json) }
        </div>
    }
}

/// Saves `body` as a file through a temporary object URL (no network).
fn download(body: &str, mime: &str, name: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(body));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download reads the URL after this returns: free it a little later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
