//! Beside an article's heading: its stable link and "copy citation"
//! (《title》第十二条 and the link), through `navigator.clipboard` or, where
//! that is missing (file://, older browsers), a selected text area.

use crate::i18n::use_texts;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// How long "copied" shows before the button reads "copy citation" again (ms).
const COPIED_MS: u32 = 2000;

/// Props of [`ArticleTools`].
#[derive(Properties, PartialEq)]
pub struct ArticleToolsProps {
    /// The article's hash (`#/doc/<id>?art=12`).
    pub href: AttrValue,
    /// `《title》第十二条`.
    pub citation: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

/// The link and the copy button of one article.
#[function_component(ArticleTools)]
pub fn article_tools(props: &ArticleToolsProps) -> Html {
    let texts = use_texts();
    let copied = use_state(|| Copied::Not);
    let onclick = {
        let copied = copied.clone();
        let text = format!("{} {}", props.citation, absolute(&props.href));
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let text = text.clone();
            spawn_local(async move {
                let done = copy_text(&text).await;
                copied.set(if done { Copied::Done } else { Copied::Failed });
                let copied = copied.clone();
                Timeout::new(COPIED_MS, move || copied.set(Copied::Not)).forget();
            });
        })
    };
    let label = match *copied {
        Copied::Not => texts.copy_citation(),
        Copied::Done => texts.citation_copied(),
        Copied::Failed => texts.citation_not_copied(),
    };
    html! {
        <span class="article-tools">
            <a class="article-link" href={props.href.clone()} title={texts.article_link_title()}
                aria-label={texts.article_link_title()}>{ "¶" }</a>
            <button type="button" class="copy-citation" {onclick} aria-live="polite">{ label }</button>
        </span>
    }
}

/// The hash as a whole address of this viewer (what a reader can paste).
fn absolute(hash: &str) -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{hash}")
}

/// Copies through the asynchronous clipboard, else through a selected
/// text area and `execCommand("copy")`.
async fn copy_text(text: &str) -> bool {
    let window = gloo::utils::window();
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    if let Some(clipboard) = clipboard {
        let promise = clipboard.write_text(text);
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    copy_with_text_area(text)
}

fn copy_with_text_area(text: &str) -> bool {
    let document = gloo::utils::document();
    let Some(body) = document.body() else {
        return false;
    };
    let Some(area) = document
        .create_element("textarea")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.style().set_property("position", "fixed");
    let _ = area.style().set_property("opacity", "0");
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    copied
}
