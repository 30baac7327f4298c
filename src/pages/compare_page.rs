//! Two documents side by side (`#/compare/<A>/<B>`), paragraph by paragraph
//! or, for two versions of an instrument, article by article (`by=article`);
//! or pickers for the sides still to choose.

use super::compare_articles::article_rows;
use crate::app::use_library;
use crate::components::compare_table::{Cell, CompareTable, RowView, Rows};
use crate::components::compare_toolbar::{CompareToolbar, Toggles};
use crate::components::doc_picker::{DocPicker, PickItem};
use crate::i18n::{use_texts, Texts};
use crate::route::use_router;
use gazette_core::compare::articles::{
    self, compare_articles, has_articles, ArticleChange, ArticleComparison, ArticleOptions,
};
use gazette_core::compare::export::{self, pieces};
use gazette_core::compare::{compare, Comparison, Options, RowKind, Span};
use gazette_core::date::DateParts;
use gazette_core::model::Document;
use gazette_core::related::types::percent;
use gazette_core::search::{Library, Query, Sort};
use gazette_core::stepping::{step, Ends};
use gazette_core::url_state::{CompareView, Route};
use std::rc::Rc;
use yew::prelude::*;

/// Documents offered by a picker.
const PICKS: usize = 8;

/// Props of [`ComparePage`].
#[derive(Properties, PartialEq)]
pub struct ComparePageProps {
    /// The documents and options, from the URL.
    pub view: CompareView,
}

/// What was compared: paragraphs, or articles.
enum Compared {
    Paragraphs(Comparison),
    Articles(ArticleComparison),
}

/// A comparison and its rows, computed once per documents and options.
struct Computed {
    compared: Rc<Compared>,
    rows: Rows,
    differences: Vec<usize>,
}

/// Compares by article when asked and both texts have articles, else by paragraph.
fn computed(
    view: &CompareView,
    a: &Document,
    b: &Document,
    library: &Library<'_>,
    changes_only: bool,
    texts: Texts,
) -> Computed {
    let by_article = view.by_article.then(|| {
        let options = ArticleOptions {
            strict: view.strict,
            ignore_headings: view.ignore_headings,
            ignore_numbering: view.ignore_numbering,
        };
        compare_articles(&a.text, &b.text, options)
    });
    if let Some(Some(c)) = by_article {
        let (rows, differences) = article_rows(&c, a, b, changes_only, texts);
        return Computed {
            compared: Rc::new(Compared::Articles(c)),
            rows: Rows(Rc::new(rows)),
            differences,
        };
    }
    let options = Options {
        ignore_punctuation: !view.strict,
        hide_boilerplate: view.hide_boilerplate,
    };
    let comparison = compare(&a.text, &b.text, options, library.boilerplate());
    let rows = Rows(Rc::new(rows(&comparison, a, b, texts)));
    let differences = comparison.differences();
    Computed {
        compared: Rc::new(Compared::Paragraphs(comparison)),
        rows,
        differences,
    }
}

fn day(doc: &Document) -> String {
    DateParts::parse(&doc.date).map_or_else(|| doc.date.clone(), |d| d.day_label())
}

fn span_label(span: Span) -> AttrValue {
    format!("{}–{}", span.start, span.end).into()
}

/// Paragraph numbers (from 1) of each side, by span start.
fn paragraph_number(spans: &[Option<Span>], span: Span) -> usize {
    spans
        .iter()
        .flatten()
        .filter(|s| s.start < span.start)
        .count()
        + 1
}

fn rows(c: &Comparison, a: &Document, b: &Document, texts: Texts) -> Vec<RowView> {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.text.chars().collect(), b.text.chars().collect());
    let spans_b: Vec<Option<Span>> = c.rows.iter().map(|r| r.b).collect();
    let spans_a: Vec<Option<Span>> = c.rows.iter().map(|r| r.a).collect();
    c.rows
        .iter()
        .map(|row| {
            let cell = |chars: &[char], span: Option<Span>, marks, note: Option<String>| {
                span.map(|span| Cell {
                    pieces: pieces(chars, span, marks)
                        .into_iter()
                        .map(|(t, m)| (AttrValue::from(t), m))
                        .collect(),
                    offsets: span_label(span),
                    note: note.map(AttrValue::from),
                })
            };
            let moved = row.kind == RowKind::Moved;
            let note_a = row
                .b
                .filter(|_| moved)
                .map(|s| texts.moved_to('B', paragraph_number(&spans_b, s)));
            let note_b = row
                .a
                .filter(|_| moved)
                .map(|s| texts.moved_to('A', paragraph_number(&spans_a, s)));
            RowView {
                kind: row.kind,
                tag: None,
                a: cell(&ca, row.a, &row.a_marks, note_a),
                b: cell(&cb, row.b, &row.b_marks, note_b),
            }
        })
        .collect()
}

fn picks(library: &Library<'_>, query: &str, suggest_for: Option<usize>) -> Vec<PickItem> {
    let item = |doc: &Document| PickItem {
        id: doc.id.clone().into(),
        title: doc.title.clone().into(),
        meta: format!("{} · {}", day(doc), doc.source).into(),
    };
    if query.trim().is_empty() {
        // Before anything is typed: the other side's related documents.
        return suggest_for
            .map(|doc| library.related(doc))
            .unwrap_or_default()
            .iter()
            .filter_map(|hit| library.docs().get(hit.doc))
            .take(PICKS)
            .map(item)
            .collect();
    }
    library
        .search(&Query::parse(query), Sort::Relevance)
        .hits
        .iter()
        .take(PICKS)
        .map(|hit| item(&library.docs()[hit.doc]))
        .collect()
}

/// The comparison page.
#[function_component(ComparePage)]
pub fn compare_page(props: &ComparePageProps) -> Html {
    let library = use_library();
    let router = use_router();
    let texts = use_texts();
    let view = &props.view;
    let doc_a = library.position(&view.a).and_then(|n| library.document(n));
    let doc_b = library.position(&view.b).and_then(|n| library.document(n));
    let query_a = use_state(String::new);
    let query_b = use_state(String::new);
    let current = use_state(|| None::<usize>);
    let sync = use_state(|| true);
    let changes_only = use_state(|| false);

    let computed = {
        let library = library.clone();
        // The language is in the key: the rows hold notes in words.
        let key = (
            view.clone(),
            doc_a.is_some() && doc_b.is_some(),
            texts,
            *changes_only,
        );
        let (doc_a, doc_b) = (doc_a.clone(), doc_b.clone());
        use_memo(key, move |(view, _, texts, changes_only)| {
            let (a, b) = (doc_a?, doc_b?);
            Some(computed(view, &a, &b, &library, *changes_only, *texts))
        })
    };
    let both_have_articles = {
        let key = (
            doc_a.is_some() && doc_b.is_some(),
            view.a.clone(),
            view.b.clone(),
        );
        let (doc_a, doc_b) = (doc_a.clone(), doc_b.clone());
        use_memo(key, move |_| match (doc_a, doc_b) {
            (Some(a), Some(b)) => has_articles(&a.text) && has_articles(&b.text),
            _ => false,
        })
    };
    {
        let current = current.clone();
        use_effect_with(view.clone(), move |_| current.set(None));
    }
    let go = |next: CompareView, push: bool| {
        let router = router.clone();
        move || match push {
            true => router.push(Route::Compare(next.clone())),
            false => router.replace(Route::Compare(next.clone())),
        }
    };
    let pick = |side: char| {
        let (view, router) = (view.clone(), router.clone());
        Callback::from(move |id: String| {
            let mut next = view.clone();
            if side == 'A' {
                next.a = id;
            } else {
                next.b = id;
            }
            router.push(Route::Compare(next));
        })
    };
    let picker = |side: char, query: &UseStateHandle<String>, other: Option<&Document>| {
        let suggest = other.and_then(|d| library.position(&d.id));
        let on_query = {
            let query = query.clone();
            Callback::from(move |text: String| query.set(text))
        };
        html! {
            <DocPicker {side} query={AttrValue::from((**query).clone())} items={picks(&library, query, suggest)}
                {on_query} on_pick={pick(side)} />
        }
    };
    let header = |letter: char, doc: Option<&Document>, id: &str| match doc {
        Some(doc) => html! {
            <div class={classes!("compare-doc", format!("side-{}", letter.to_ascii_lowercase()))}>
                <span class="side-letter">{ letter }</span>
                <a class="compare-doc-title" href={Route::Doc { id: doc.id.clone(), query: String::new(), article: None }.to_hash()}>
                    { doc.title.clone() }
                </a>
                <span class="compare-doc-meta">{ format!("{} · {} · {}", day(doc), doc.source, doc.id) }</span>
            </div>
        },
        None if !id.is_empty() => html! {
            <p class="notice" role="status">{ texts.compare_missing_document(id) }</p>
        },
        None => Html::default(),
    };
    let (Some(a), Some(b), Some(computed)) = (doc_a.as_ref(), doc_b.as_ref(), computed.as_ref())
    else {
        return html! {
            <section class="compare-page picking" aria-labelledby="compare-heading">
                <h1 id="compare-heading" class="compare-heading">{ texts.compare_pick_heading() }</h1>
                <div class="compare-docs">
                    { header('A', doc_a.as_ref(), &view.a) }
                    { header('B', doc_b.as_ref(), &view.b) }
                </div>
                <div class="pickers">
                    if doc_a.is_none() { { picker('A', &query_a, doc_b.as_ref()) } }
                    if doc_b.is_none() { { picker('B', &query_b, doc_a.as_ref()) } }
                </div>
            </section>
        };
    };
    let differences = &computed.differences;
    let step = |forward: bool| {
        let (current, differences) = (current.clone(), differences.clone());
        Callback::from(move |()| {
            let position = (*current).and_then(|row| differences.iter().position(|&d| d == row));
            if let Some(next) = step(position, differences.len(), forward, Ends::Wrap) {
                current.set(Some(differences[next]));
            }
        })
    };
    let swap = {
        let next = CompareView {
            a: view.b.clone(),
            b: view.a.clone(),
            ..view.clone()
        };
        let go = go(next, true);
        Callback::from(move |()| go())
    };
    let toggle = |change: fn(&mut CompareView)| {
        let mut next = view.clone();
        change(&mut next);
        let go = go(next, false);
        Callback::from(move |()| go())
    };
    let export = |markdown: bool| {
        let (c, a, b) = (computed.compared.clone(), a.clone(), b.clone());
        Callback::from(move |()| {
            let text = match (&*c, markdown) {
                (Compared::Paragraphs(c), true) => export::markdown(c, &a, &b),
                (Compared::Paragraphs(c), false) => export::html(c, &a, &b),
                (Compared::Articles(c), true) => articles::export::markdown(c, &a, &b),
                (Compared::Articles(c), false) => articles::export::html(c, &a, &b),
            };
            let (name, mime) = match markdown {
                true => ("md", "text/markdown;charset=utf-8"),
                false => ("html", "text/html;charset=utf-8"),
            };
            let _ = crate::download::save(
                &format!("gazette-compare-{}-{}.{name}", a.id, b.id),
                mime,
                &text,
            );
        })
    };
    let flip = |state: &UseStateHandle<bool>| {
        let state = state.clone();
        Callback::from(move |()| state.set(!*state))
    };
    let position = (*current).and_then(|row| differences.iter().position(|&d| d == row));
    let articles = match &*computed.compared {
        Compared::Articles(c) => Some(c),
        Compared::Paragraphs(_) => None,
    };
    let mode = |by_article: bool| {
        let href = Route::Compare(CompareView {
            by_article,
            ..view.clone()
        })
        .to_hash();
        let current = articles.is_some() == by_article;
        let label = match by_article {
            true => texts.by_article(),
            false => texts.by_paragraph(),
        };
        html! {
            <a class={classes!("mode", by_article.then_some("by-article"))} {href}
                aria-current={current.then_some("true")}>{ label }</a>
        }
    };
    let figures = match &*computed.compared {
        Compared::Articles(c) => {
            let counts: Vec<(ArticleChange, usize)> = ArticleChange::ALL
                .iter()
                .map(|&change| (change, c.count(change)))
                .collect();
            html! {
                <span class="figure article-counts">{ texts.article_counts(&counts) }</span>
            }
        }
        Compared::Paragraphs(c) => {
            let similarity = c.similarity;
            let hidden = c.hidden;
            html! {
                <>
                <span class="figure" title={texts.share_found_in_title('A', 'B')}>
                    { texts.share_found_in('A', 'B') }<strong class="a-in-b">{ percent(similarity.a_in_b) }</strong>
                </span>
                <span class="figure" title={texts.share_found_in_title('B', 'A')}>
                    { texts.share_found_in('B', 'A') }<strong class="b-in-a">{ percent(similarity.b_in_a) }</strong>
                </span>
                <span class="figure">{ texts.differences(differences.len()) }</span>
                if hidden.0 + hidden.1 > 0 {
                    <span class="figure">{ texts.hidden_boilerplate(hidden.0, hidden.1) }</span>
                }
                </>
            }
        }
    };
    let hidden_same = articles
        .filter(|_| *changes_only)
        .map_or(0, |c| c.count(ArticleChange::Same));
    html! {
        <section class="compare-page" aria-labelledby="compare-heading"
            data-compare={format!("{}/{}", a.id, b.id)}>
            <h1 id="compare-heading" class="visually-hidden">{ texts.compare_heading() }</h1>
            <div class="compare-docs">
                { header('A', Some(a), &view.a) }
                { header('B', Some(b), &view.b) }
            </div>
            if *both_have_articles {
                <nav class="compare-modes" aria-label={texts.compare_by()}>{ mode(false) }{ mode(true) }</nav>
            }
            <div class="compare-figures">
                { figures }
                if hidden_same > 0 {
                    <span class="figure">{ texts.same_articles_hidden(hidden_same) }</span>
                }
            </div>
            <ul class="legend" aria-label={texts.legend()}>
                <li><span class="swatch same"></span>{ texts.legend_same() }</li>
                <li><span class="swatch changed"></span>{ texts.legend_changed() }<del class="chg">{ texts.legend_deleted() }</del>{ " " }<ins class="chg">{ texts.legend_inserted() }</ins></li>
                <li><span class="swatch moved"></span>{ texts.legend_moved() }</li>
                <li><span class="swatch only"></span>{ texts.legend_one_side() }</li>
                if articles.is_none() {
                    <li><mark class="shared">{ texts.legend_shared() }</mark></li>
                }
            </ul>
            <CompareToolbar
                position={position} count={differences.len()}
                on_prev={step(false)} on_next={step(true)} on_swap={swap}
                toggles={Toggles {
                    strict: view.strict, hide_boilerplate: view.hide_boilerplate, sync: *sync,
                    by_article: articles.is_some(), ignore_headings: view.ignore_headings,
                    ignore_numbering: view.ignore_numbering, changes_only: *changes_only,
                }}
                on_strict={toggle(|v| v.strict = !v.strict)}
                on_hide={toggle(|v| v.hide_boilerplate = !v.hide_boilerplate)}
                on_headings={toggle(|v| v.ignore_headings = !v.ignore_headings)}
                on_numbering={toggle(|v| v.ignore_numbering = !v.ignore_numbering)}
                on_changes_only={flip(&changes_only)}
                on_sync={flip(&sync)}
                on_export_html={export(false)} on_export_markdown={export(true)} />
            <CompareTable rows={computed.rows.clone()} current={*current} sync={*sync}
                labels={[format!("A · {} · {}", a.source, day(a)), format!("B · {} · {}", b.source, day(b))].map(AttrValue::from)} />
        </section>
    }
}
