//! The reader's collections: their documents (still listed by title when a
//! rebuild dropped one), and each exported with citations.

use crate::context::Shared;
use crate::download;
use crate::i18n::{use_texts, Texts};
use crate::saved_store::today;
use crate::saved_store::SavedWork;
use gazette_core::saved::cite::{self, Cited, Citing};
use gazette_core::saved::{Collection, Desk};
use gazette_core::search::Library;
use gazette_core::url_state::Route;
use yew::prelude::*;

/// Citation formats a collection is exported in.
#[derive(Clone, Copy, PartialEq)]
enum Format {
    Markdown,
    Csv,
    CslJson,
}

impl Format {
    const ALL: [Format; 3] = [Format::Markdown, Format::Csv, Format::CslJson];

    fn label(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown",
            Format::Csv => "CSV",
            Format::CslJson => "CSL-JSON",
        }
    }

    fn file(self, name: &str) -> (String, &'static str) {
        match self {
            Format::Markdown => (format!("{name}.md"), "text/markdown;charset=utf-8"),
            Format::Csv => (format!("{name}.csv"), "text/csv;charset=utf-8"),
            Format::CslJson => (format!("{name}.csl.json"), "application/json"),
        }
    }
}

/// The export of one collection in one format.
fn export(
    library: &Library<'_>,
    desk: &Desk,
    collection: &Collection,
    format: Format,
    texts: Texts,
) -> String {
    let viewer = download::viewer_address();
    let accessed = today();
    let summary =
        texts.collection_summary(&library.info().title, collection.items.len(), &accessed);
    let citing = Citing {
        viewer: &viewer,
        accessed: &accessed,
        summary: &summary,
        missing: texts.not_in_corpus(),
        open: texts.open_in_gazette(),
    };
    let items: Vec<Cited> = collection
        .items
        .iter()
        .map(|item| Cited {
            item,
            doc: library
                .position(&item.id)
                .and_then(|n| library.docs().get(n)),
            notes: desk.notes_on(&item.id).collect(),
        })
        .collect();
    match format {
        Format::Markdown => cite::to_markdown(collection, &items, &citing),
        Format::Csv => cite::to_csv(&items, &citing),
        Format::CslJson => cite::to_csl_json(&items, &citing),
    }
}

/// Props of [`SavedCollections`].
#[derive(Properties, PartialEq)]
pub struct SavedCollectionsProps {
    /// The corpus (documents, search, facets).
    pub corpus: Shared,
    /// The reader's saved work, and how to change it.
    pub saved: SavedWork,
}

/// Every collection, with its documents and export buttons.
#[function_component(SavedCollections)]
pub fn saved_collections(props: &SavedCollectionsProps) -> Html {
    let texts = use_texts();
    let saved = props.saved.clone();
    let library = props.corpus.library.clone();
    if saved.desk.collections.is_empty() {
        return html! { <p class="saved-empty">{ texts.no_collections() }</p> };
    }
    html! {
        <div class="saved-collections">
            { for saved.desk.collections.iter().map(|collection| {
                let buttons = Format::ALL.map(|format| {
                    let (library, desk, collection) = (library.clone(), saved.desk.clone(), collection.clone());
                    let onclick = Callback::from(move |_: MouseEvent| {
                        let (filename, mime) = format.file(&collection.name);
                        let contents = export(&library, &desk, &collection, format, texts);
                        let _ = download::save(&filename, mime, &contents);
                    });
                    html! { <button type="button" {onclick}>{ format.label() }</button> }
                });
                let forget = {
                    let (saved, name) = (saved.clone(), collection.name.clone());
                    Callback::from(move |_: MouseEvent| {
                        let name = name.clone();
                        saved.change(move |desk| desk.forget_collection(&name))
                    })
                };
                html! {
                    <section class="saved-collection">
                        <h3>{ collection.name.clone() }<span class="count">{ texts.documents(collection.items.len()) }</span></h3>
                        <div class="saved-tools">
                            <span>{ texts.export_citations() }</span>
                            { for buttons }
                            <button type="button" class="forget" onclick={forget}>{ texts.forget_collection() }</button>
                        </div>
                        <ol class="collection-items">
                            { for collection.items.iter().map(|item| {
                                let doc = library.position(&item.id).and_then(|n| library.docs().get(n));
                                let remove = {
                                    let (saved, name, id) = (saved.clone(), collection.name.clone(), item.id.clone());
                                    Callback::from(move |_: MouseEvent| {
                                        let (name, id) = (name.clone(), id.clone());
                                        saved.change(move |desk| desk.uncollect(&name, &id))
                                    })
                                };
                                html! {
                                    <li>
                                        { match doc {
                                            Some(doc) => html! {
                                                <>
                                                    <a href={Route::Doc { id: doc.id.clone(), query: String::new(), article: None }.to_hash()}>{ doc.title.clone() }</a>
                                                    <span class="source">{ doc.source.clone() }</span>
                                                </>
                                            },
                                            None => html! {
                                                <><span>{ item.title.clone() }</span><span class="note-lost">{ texts.not_in_corpus() }</span></>
                                            },
                                        } }
                                        <button type="button" class="forget" onclick={remove}
                                            aria-label={texts.remove_from_collection()}>{ "×" }</button>
                                    </li>
                                }
                            }) }
                        </ol>
                    </section>
                }
            }) }
        </div>
    }
}
