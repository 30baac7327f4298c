//! Export of the whole current result set, made in the browser and downloaded.

use crate::context::Shared;
use crate::i18n::use_texts;
use gazette_core::export::{to_csv, to_json, Exported};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ExportButtons`].
#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    /// The corpus (documents, search, facets).
    pub corpus: Shared,
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
    let library = props.corpus.library.clone();
    let button = |format: Format| {
        let docs = props.docs.clone();
        let library = library.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let viewer = crate::download::viewer_address();
            let all = library.docs();
            let rows = docs.iter().filter_map(|&d| {
                let cluster = library
                    .cluster_of(d)
                    .and_then(|c| library.cluster(c))
                    .and_then(|c| all.get(c.canonical))
                    .map(|canonical| canonical.id.as_str());
                all.get(d).map(|doc| Exported {
                    doc,
                    cluster,
                    viewer: &viewer,
                })
            });
            let (body, mime, name) = match format {
                Format::Csv => (
                    to_csv(rows),
                    "text/csv;charset=utf-8",
                    "gazette-results.csv",
                ),
                Format::Json => (to_json(rows), "application/json", "gazette-results.json"),
            };
            if let Err(err) = crate::download::save(name, mime, &body) {
                web_sys::console::error_1(&format!("Gazette: export failed: {err}").into());
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
