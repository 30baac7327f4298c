//! A repost cluster (`#/cluster/<id>`): the propagation timeline (members by
//! date, with outlet, lag, whether the copy is complete, how much of the
//! reference copy it has and what it adds) and the reference copy with, for
//! each paragraph, how many other members contain it and which lack it.

use crate::app::use_library;
use crate::components::density_text::{DensityParagraph, DensityText};
use crate::i18n::use_texts;
use gazette_core::compare::density::paragraph_density;
use gazette_core::date::DateParts;
use gazette_core::model::paragraphs;
use gazette_core::related::clusters::timeline;
use gazette_core::related::comparable::comparable_string;
use gazette_core::related::passages::overlap;
use gazette_core::related::types::percent;
use gazette_core::related::Tuning;
use gazette_core::url_state::{CompareView, Route};
use yew::prelude::*;

/// Props of [`ClusterPage`].
#[derive(Properties, PartialEq)]
pub struct ClusterPageProps {
    /// Any member's id, from the URL.
    pub id: AttrValue,
}

fn doc_href(id: &str) -> String {
    Route::Doc {
        id: id.to_owned(),
        query: String::new(),
        article: None,
    }
    .to_hash()
}

/// The cluster page.
#[function_component(ClusterPage)]
pub fn cluster_page(props: &ClusterPageProps) -> Html {
    let library = use_library();
    let texts = use_texts();
    let found = library
        .position(&props.id)
        .and_then(|n| library.cluster_of(n))
        .and_then(|c| library.cluster(c));
    let Some(cluster) = found else {
        return html! {
            <div class="notice" role="status">
                <p>{ texts.not_in_cluster(&props.id) }</p>
                <a class="back" href={doc_href(&props.id)}>{ texts.back_to_document() }</a>
            </div>
        };
    };
    let docs = library.docs();
    let canonical = &docs[cluster.canonical];
    let canonical_text = library.text(cluster.canonical);
    let member_texts: Vec<(usize, String)> = cluster
        .members
        .iter()
        .map(|&m| (m, library.text(m)))
        .collect();
    let others: Vec<(usize, &str)> = member_texts
        .iter()
        .filter(|(m, _)| *m != cluster.canonical)
        .map(|(m, t)| (*m, t.as_str()))
        .collect();
    let holders = paragraph_density(&canonical_text, others.iter().map(|(_, t)| *t));
    let paragraphs: Vec<DensityParagraph> = paragraphs(&canonical_text)
        .zip(holders)
        .map(|(text, held)| {
            let mut missing: Vec<&str> = Vec::new();
            for (n, (m, _)) in others.iter().enumerate() {
                let source = docs[*m].source.as_str();
                if !held.contains(&n) && !missing.contains(&source) {
                    missing.push(source);
                }
            }
            DensityParagraph {
                text: text.to_owned().into(),
                count: held.len(),
                missing: missing.join("、").into(),
            }
        })
        .collect();
    let canonical_chars: Vec<char> = comparable_string(&canonical_text).chars().collect();
    let marks_copies = !cluster.cut.is_empty();
    let steps = timeline(docs, cluster.canonical, &cluster.members);
    let latest = steps
        .iter()
        .filter_map(|s| s.lag_minutes)
        .max()
        .unwrap_or(0)
        .max(1);
    let rows = steps.iter().map(|step| {
        let doc = &docs[step.doc];
        let is_canonical = step.doc == cluster.canonical;
        // Sources that give only a day are stored at midnight: show the day alone.
        let day = DateParts::parse(&doc.date).map_or_else(
            || doc.date.clone(),
            |d| match (d.hour, d.minute) {
                (0, 0) => d.day_label(),
                _ => d.minute_label(),
            },
        );
        let lag = step.lag_minutes.map_or_else(|| texts.date_unknown().to_owned(), |m| texts.lag(m));
        let width = step.lag_minutes.map_or(0.0, |m| (m.max(0) as f64 / latest as f64 * 100.0).clamp(0.0, 100.0));
        let text = member_texts.iter().find(|(m, _)| *m == step.doc).map(|(_, t)| t.as_str()).unwrap_or_default();
        let chars: Vec<char> = comparable_string(text).chars().collect();
        let shares = overlap(&chars, &canonical_chars, Tuning::default().min_passage);
        let is_cut = cluster.cut.contains(&step.doc);
        // Shares are of comparable text; what a copy adds below 1 % is noise.
        let added = 1.0 - shares.a_in_b;
        let compare = Route::Compare(CompareView {
            a: canonical.id.clone(),
            b: doc.id.clone(),
            ..CompareView::default()
        })
        .to_hash();
        html! {
            <li class={classes!("member", is_canonical.then_some("canonical"))} key={doc.id.clone()}>
                <div class="member-when">
                    <time datetime={doc.date.clone()}>{ day }</time>
                    if is_canonical {
                        <span class="lag reference" title={texts.reference_copy_title()}>{ texts.reference_copy() }</span>
                    } else {
                        <span class="lag">{ lag }</span>
                    }
                    if marks_copies {
                        if is_cut {
                            <span class="copy-state cut" title={texts.copy_cut_title()}>{ texts.copy_cut() }</span>
                        } else {
                            <span class="copy-state complete">{ texts.copy_complete() }</span>
                        }
                    }
                </div>
                <div class="lag-track" aria-hidden="true"><svg class="lag-bar" viewBox="0 0 100 10" preserveAspectRatio="none"><rect width={format!("{width:.1}")} height="10" /></svg></div>
                <div class="member-body">
                    <span class="member-source">{ doc.source.clone() }</span>
                    <a class="member-title" href={doc_href(&doc.id)}>{ doc.title.clone() }</a>
                    if let Some(origin) = &doc.origin {
                        <span class="member-origin">{ texts.stated_origin(origin) }</span>
                    }
                    if !is_canonical {
                        <span class="member-share">{ texts.member_covers(&percent(shares.b_in_a)) }</span>
                        if added >= 0.01 {
                            <span class="member-share added">{ texts.member_adds(&percent(added)) }</span>
                        }
                        <a class="compare-link" href={compare}>{ texts.compare_link() }</a>
                    }
                </div>
            </li>
        }
    });
    html! {
        <section class="cluster-page" aria-labelledby="cluster-heading">
            <a class="back" href={doc_href(&props.id)}>{ texts.back_to_document() }</a>
            <h1 id="cluster-heading" class="cluster-heading">{ texts.cluster_heading(cluster.members.len()) }</h1>
            <p class="cluster-title">{ canonical.title.clone() }</p>
            if cluster.cut.contains(&cluster.canonical) {
                <p class="notice cluster-cut-note" role="note">{ texts.no_complete_copy() }</p>
            }
            <h2 class="section-heading">{ texts.propagation_timeline() }</h2>
            <ol class="member-timeline">{ for rows }</ol>
            <h2 class="section-heading">{ texts.density_heading() }</h2>
            <DensityText {paragraphs} members={others.len()} />
        </section>
    }
}
