//! Two documents side by side (`#/compare/<A>/<B>`), paragraph by paragraph
//! or, for two versions of an instrument, article by article (`by=article`);
//! or pickers for the sides still to choose. What it shows is computed by
//! `gazette_core::view::compare`.

use super::compare_pick::ComparePick;
use crate::components::compare_doc::{day, CompareDoc};
use crate::components::compare_figures::CompareFigures;
use crate::components::compare_table::{CompareTable, Rows};
use crate::components::compare_toolbar::{CompareToolbar, Toggles};
use crate::context::use_library;
use crate::i18n::use_texts;
use crate::route::use_router;
use gazette_core::stepping::{step, Ends};
use gazette_core::url_state::CompareView;
use gazette_core::view::change::{self, CompareChange, Side};
use gazette_core::view::compare::{both_have_articles, CompareScreen};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ComparePage`].
#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    /// The documents and options, from the URL.
    pub view: CompareView,
}

/// The comparison page.
#[function_component(ComparePage)]
pub fn compare_page(props: &ComparePageProps) -> Html {
    let (library, router, texts) = (use_library(), use_router(), use_texts());
    let view = &props.view;
    let docs = use_memo((view.a.clone(), view.b.clone()), |(a, b)| {
        let doc = |id: &str| {
            library
                .position(id)
                .and_then(|n| library.document(n))
                .map(Rc::new)
        };
        (doc(a), doc(b))
    });
    let current = use_state(|| None::<usize>);
    let sync = use_state(|| true);
    let changes_only = use_state(|| false);
    let screen = use_memo((view.clone(), *changes_only), |(view, changes_only)| {
        let (a, b) = (docs.0.as_ref()?, docs.1.as_ref()?);
        Some(Rc::new(CompareScreen::of(
            view,
            a,
            b,
            library.boilerplate(),
            *changes_only,
        )))
    });
    let switchable = use_memo((view.a.clone(), view.b.clone()), |_| match &*docs {
        (Some(a), Some(b)) => both_have_articles(a, b),
        _ => false,
    });
    {
        let current = current.clone();
        use_effect_with(view.clone(), move |_| current.set(None));
    }
    let (Some(a), Some(b), Some(screen)) = (docs.0.clone(), docs.1.clone(), (*screen).clone())
    else {
        return html! { <ComparePick view={view.clone()} a={docs.0.clone()} b={docs.1.clone()} /> };
    };
    let differences = &screen.differences;
    let position = (*current).and_then(|row| differences.iter().position(|&d| d == row));
    let step = |forward: bool| {
        let (current, differences) = (current.clone(), differences.clone());
        Callback::from(move |()| {
            if let Some(next) = step(position, differences.len(), forward, Ends::Wrap) {
                current.set(Some(differences[next]));
            }
        })
    };
    let on = |change: CompareChange| {
        let (view, router) = (view.clone(), router.clone());
        Callback::from(move |()| router.go(change::compare(&view, change.clone())))
    };
    let export = |markdown: bool| {
        let (screen, a, b) = (screen.clone(), a.clone(), b.clone());
        Callback::from(move |()| {
            let (name, mime) = match markdown {
                true => ("md", "text/markdown;charset=utf-8"),
                false => ("html", "text/html;charset=utf-8"),
            };
            let file = format!("gazette-compare-{}-{}.{name}", a.id, b.id);
            let _ = crate::download::save(&file, mime, &screen.export(&a, &b, markdown));
        })
    };
    let flip = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |()| state.set(!*state))
    };
    let by_article = screen.articles().is_some();
    let mode = |article_mode: bool| {
        let href = change::compare(view, CompareChange::ByArticle(article_mode))
            .route
            .to_hash();
        let label = if article_mode {
            texts.by_article()
        } else {
            texts.by_paragraph()
        };
        html! {
            <a class={classes!("mode", article_mode.then_some("by-article"))} {href}
                aria-current={(by_article == article_mode).then_some("true")}>{ label }</a>
        }
    };
    html! {
        <section class="compare-page" aria-labelledby="compare-heading"
            data-compare={format!("{}/{}", a.id, b.id)}>
            <h1 id="compare-heading" class="visually-hidden">{ texts.compare_heading() }</h1>
            <div class="compare-docs">
                <CompareDoc side={Side::A} doc={Some(a.clone())} id={view.a.clone()} />
                <CompareDoc side={Side::B} doc={Some(b.clone())} id={view.b.clone()} />
            </div>
            if *switchable {
                <nav class="compare-modes" aria-label={texts.compare_by()}>{ mode(false) }{ mode(true) }</nav>
            }
            <CompareFigures screen={screen.clone()} />
            <CompareToolbar
                {position} count={differences.len()}
                on_prev={step(false)} on_next={step(true)} on_swap={on(CompareChange::Swap)}
                toggles={Toggles {
                    strict: view.strict, hide_boilerplate: view.hide_boilerplate, sync: *sync,
                    by_article, ignore_headings: view.ignore_headings,
                    ignore_numbering: view.ignore_numbering, changes_only: *changes_only,
                }}
                on_strict={on(CompareChange::Strict)}
                on_hide={on(CompareChange::HideBoilerplate)}
                on_headings={on(CompareChange::IgnoreHeadings)}
                on_numbering={on(CompareChange::IgnoreNumbering)}
                on_changes_only={flip(&changes_only)}
                on_sync={flip(&sync)}
                on_export_html={export(false)} on_export_markdown={export(true)} />
            <CompareTable rows={Rows(screen.rows.clone())} current={*current} sync={*sync}
                labels={[format!("A · {} · {}", a.source, day(&a)), format!("B · {} · {}", b.source, day(&b))].map(AttrValue::from)} />
        </section>
    }
}
