//! The reader's notes on a document: select a passage, "highlight" (with or
//! without words), and the passage stays marked; the notes are listed under
//! the text, each linked to its passage.

use crate::i18n::{use_texts, Texts};
use crate::saved_store::{now_millis, today, SavedWork};
use gazette_core::model::Document;
use gazette_core::saved::anchor::{Anchor, Located};
use gazette_core::saved::Note;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

/// A passage the reader has selected in the text, not yet saved.
#[derive(Debug, Clone, PartialEq)]
struct Selected {
    quote: String,
    /// Where the selection starts, in bytes of the document's text (a hint:
    /// the quote decides).
    at: usize,
}

/// The selection, when it lies in the document's text: the paragraph it
/// starts in says (`data-at`) where that paragraph is in the text.
fn selected_passage() -> Option<Selected> {
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let quote = String::from(range.to_string());
    if quote.trim().is_empty() {
        return None;
    }
    let container = range.start_container().ok()?;
    let element = match container.dyn_ref::<Element>() {
        Some(element) => element.clone(),
        None => container.parent_element()?,
    };
    element.closest(".doc-text").ok()??;
    let paragraph = element.closest("[data-at]").ok()??;
    let start: usize = paragraph.get_attribute("data-at")?.parse().ok()?;
    let before = gloo::utils::document().create_range().ok()?;
    before.set_start(&paragraph, 0).ok()?;
    before
        .set_end(&container, range.start_offset().ok()?)
        .ok()?;
    Some(Selected {
        quote,
        at: start + String::from(before.to_string()).len(),
    })
}

/// The note for a selected passage of `text`, found in it by its quote.
fn note_for(doc: &Document, selected: &Selected, comment: &str) -> Option<Note> {
    let hint = Anchor {
        quote: selected.quote.clone(),
        prefix: String::new(),
        suffix: String::new(),
        start: doc.text.get(..selected.at).map_or(0, |t| t.chars().count()),
    };
    let Located { range, .. } = hint.locate(&doc.text)?;
    Some(Note {
        id: format!("{}-{}", doc.id, now_millis()),
        doc: doc.id.clone(),
        title: doc.title.clone(),
        anchor: Anchor::capture(&doc.text, range)?,
        comment: comment.to_owned(),
        created: today(),
    })
}

/// Props of [`DocNotes`].
#[derive(Properties, PartialEq)]
pub struct DocNotesProps {
    /// The reader's saved work, and how to change it.
    pub saved: SavedWork,
    /// The document read.
    pub doc: Document,
    /// Ids of its notes whose passage was not found in the text.
    pub lost: Vec<String>,
}

/// The highlight button (while a passage is selected), its form, and the list.
#[function_component(DocNotes)]
pub fn doc_notes(props: &DocNotesProps) -> Html {
    let texts = use_texts();
    let saved = props.saved.clone();
    let selected = use_state(|| None::<Selected>);
    let drafting = use_state(|| None::<Selected>);
    let failed = use_state(|| false);
    {
        let selected = selected.clone();
        use_effect_with((), move |_| {
            let listener =
                EventListener::new(&gloo::utils::document(), "selectionchange", move |_| {
                    selected.set(selected_passage())
                });
            move || drop(listener)
        });
    }
    let comment = use_node_ref();
    let start = {
        let (selected, drafting, failed) = (selected.clone(), drafting.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            failed.set(false);
            drafting.set((*selected).clone());
        })
    };
    let save = {
        let (drafting, failed, saved, comment) = (
            drafting.clone(),
            failed.clone(),
            saved.clone(),
            comment.clone(),
        );
        let doc = props.doc.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(selected) = (*drafting).clone() else {
                return;
            };
            let words = comment
                .cast::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            match note_for(&doc, &selected, &words) {
                Some(note) => {
                    saved.change(move |desk| desk.add_note(note.clone()));
                    drafting.set(None);
                    if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
                        let _ = selection.remove_all_ranges();
                    }
                }
                None => failed.set(true),
            }
        })
    };
    let cancel = {
        let drafting = drafting.clone();
        Callback::from(move |_: MouseEvent| drafting.set(None))
    };
    let notes: Vec<Note> = saved.desk.notes_on(&props.doc.id).cloned().collect();
    html! {
        <section class="doc-notes" aria-label={texts.notes_heading()}>
            if selected.is_some() && drafting.is_none() {
                <button type="button" class="highlight-button" onclick={start}>{ texts.highlight_selection() }</button>
            }
            if let Some(draft) = (*drafting).clone() {
                <form class="note-form" onsubmit={save}>
                    <blockquote class="note-quote" lang="zh-CN">{ draft.quote.clone() }</blockquote>
                    <label for="note-comment">{ texts.note_label() }</label>
                    <textarea id="note-comment" ref={comment} rows="3" placeholder={texts.note_placeholder()} />
                    if *failed {
                        <p class="notice" role="alert">{ texts.note_not_in_text() }</p>
                    }
                    <div class="note-form-buttons">
                        <button type="submit">{ texts.save_note() }</button>
                        <button type="button" onclick={cancel}>{ texts.cancel() }</button>
                    </div>
                </form>
            }
            if !notes.is_empty() {
                <h2>{ texts.notes_heading() }</h2>
                <ul class="note-list">
                    { for notes.into_iter().map(|note| note_item(note, &props.lost, &saved, texts)) }
                </ul>
            }
        </section>
    }
}

fn note_item(note: Note, lost: &[String], saved: &SavedWork, texts: Texts) -> Html {
    let is_lost = lost.contains(&note.id);
    let forget = {
        let (saved, id) = (saved.clone(), note.id.clone());
        Callback::from(move |_: MouseEvent| {
            let id = id.clone();
            saved.change(move |desk| desk.forget_note(&id))
        })
    };
    let reveal = {
        let id = note.id.clone();
        Callback::from(move |_: MouseEvent| crate::scroll::reveal_note(&id))
    };
    html! {
        <li class="note-item">
            <blockquote class="note-quote" lang="zh-CN">{ note.anchor.quote.clone() }</blockquote>
            if !note.comment.is_empty() {
                <p class="note-comment">{ note.comment.clone() }</p>
            }
            <div class="note-item-tools">
                <span class="note-date">{ note.created.clone() }</span>
                if is_lost {
                    <span class="note-lost">{ texts.note_lost() }</span>
                } else {
                    <button type="button" onclick={reveal}>{ texts.go_to_passage() }</button>
                }
                <button type="button" class="forget" onclick={forget}>{ texts.forget() }</button>
            </div>
        </li>
    }
}
