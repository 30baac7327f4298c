//! A repost cluster (`#/cluster/<id>`): the propagation timeline and the
//! reference copy with, for each paragraph, how many other members contain
//! it and which lack it. What it shows is computed by
//! `gazette_core::view::cluster`.

use crate::components::cluster_member::ClusterMember;
use crate::components::density_text::{DensityParagraph, DensityText};
use crate::context::use_library;
use crate::i18n::use_texts;
use gazette_core::url_state::Route;
use gazette_core::view::cluster::ClusterScreen;
use yew::prelude::*;

/// Props of [`ClusterPage`].
#[derive(Properties, PartialEq)]
pub struct ClusterPageProps {
    /// Any member's id, from the URL.
    pub id: AttrValue,
}

/// The cluster page.
#[function_component(ClusterPage)]
pub fn cluster_page(props: &ClusterPageProps) -> Html {
    let (library, texts) = (use_library(), use_texts());
    let screen = use_memo(props.id.clone(), |id| ClusterScreen::of(&library, id));
    let back = Route::Doc {
        id: props.id.to_string(),
        query: String::new(),
        article: None,
    }
    .to_hash();
    let Some(screen) = screen.as_ref() else {
        return html! {
            <div class="notice" role="status">
                <p>{ texts.not_in_cluster(&props.id) }</p>
                <a class="back" href={back}>{ texts.back_to_document() }</a>
            </div>
        };
    };
    let docs = library.docs();
    let Some(reference) = docs.get(screen.reference) else {
        return Html::default();
    };
    let members = screen.members.iter().filter_map(|member| {
        let doc = docs.get(member.doc)?;
        Some(html! {
            <ClusterMember key={doc.id.clone()} member={member.clone()} doc={doc.clone()}
                reference={reference.id.clone()} marks_copies={screen.marks_copies} />
        })
    });
    let paragraphs: Vec<DensityParagraph> = screen
        .paragraphs
        .iter()
        .map(|p| DensityParagraph {
            text: p.text.clone().into(),
            count: p.count,
            missing: p.missing.join("、").into(),
        })
        .collect();
    html! {
        <section class="cluster-page" aria-labelledby="cluster-heading">
            <a class="back" href={back}>{ texts.back_to_document() }</a>
            <h1 id="cluster-heading" class="cluster-heading">{ texts.cluster_heading(screen.members.len()) }</h1>
            <p class="cluster-title">{ reference.title.clone() }</p>
            if screen.reference_cut() {
                <p class="notice cluster-cut-note" role="note">{ texts.no_complete_copy() }</p>
            }
            <h2 class="section-heading">{ texts.propagation_timeline() }</h2>
            <ol class="member-timeline">{ for members }</ol>
            <h2 class="section-heading">{ texts.density_heading() }</h2>
            <DensityText {paragraphs} members={screen.others()} />
        </section>
    }
}
