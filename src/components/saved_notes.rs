//! Every note, grouped by document, each found again in the current text
//! (after a rebuild it may have moved, changed, or gone).

use crate::context::Shared;
use crate::i18n::use_texts;
use crate::saved_store::SavedWork;
use gazette_core::saved::{Note, Standing};
use gazette_core::url_state::Route;
use yew::prelude::*;

/// Props of [`SavedNotes`].
#[derive(Properties, PartialEq)]
pub struct SavedNotesProps {
    /// The corpus (documents, search, facets).
    pub corpus: Shared,
    /// The reader's saved work, and how to change it.
    pub saved: SavedWork,
}

/// The notes, by document.
#[function_component(SavedNotes)]
pub fn saved_notes(props: &SavedNotesProps) -> Html {
    let texts = use_texts();
    let saved = props.saved.clone();
    let library = props.corpus.library.clone();
    if saved.desk.notes.is_empty() {
        return html! { <p class="saved-empty">{ texts.no_notes() }</p> };
    }
    // Documents in the order their first note was made.
    let mut docs: Vec<&str> = Vec::new();
    for note in &saved.desk.notes {
        if !docs.contains(&note.doc.as_str()) {
            docs.push(&note.doc);
        }
    }
    let standing = |note: &Note| -> Standing {
        let text = library
            .position(&note.doc)
            .and_then(|n| library.document(n))
            .map(|doc| doc.text);
        match text {
            None => Standing::Gone,
            Some(text) => match note.anchor.locate(&text) {
                Some(found) if found.exact => Standing::Found,
                Some(_) => Standing::Moved,
                None => Standing::Lost,
            },
        }
    };
    html! {
        <div class="saved-notes">
            { for docs.into_iter().map(|doc| {
                let notes: Vec<&Note> = saved.desk.notes_on(doc).collect();
                let title = notes.first().map(|n| n.title.clone()).unwrap_or_default();
                let href = Route::Doc { id: doc.to_owned(), query: String::new(), article: None }.to_hash();
                html! {
                    <section class="saved-note-doc">
                        <h3><a {href}>{ title }</a></h3>
                        <ul class="note-list">
                            { for notes.into_iter().map(|note| {
                                let forget = {
                                    let (saved, id) = (saved.clone(), note.id.clone());
                                    Callback::from(move |_: MouseEvent| {
                                        let id = id.clone();
                                        saved.change(move |desk| desk.forget_note(&id))
                                    })
                                };
                                html! {
                                    <li class="note-item">
                                        <blockquote class="note-quote" lang="zh-CN">{ note.anchor.quote.clone() }</blockquote>
                                        if !note.comment.is_empty() {
                                            <p class="note-comment">{ note.comment.clone() }</p>
                                        }
                                        <div class="note-item-tools">
                                            <span class="note-date">{ note.created.clone() }</span>
                                            <span class="note-standing">{ texts.note_standing(standing(note)) }</span>
                                            <button type="button" class="forget" onclick={forget}>{ texts.forget() }</button>
                                        </div>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </div>
    }
}
