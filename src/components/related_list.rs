//! A document's related documents: title, date and source, a score bar, the
//! reasons, and a link to read each side by side with this one.

use crate::i18n::{use_texts, Texts};
use yew::prelude::*;

/// One related document, ready to show.
#[derive(Clone, PartialEq)]
pub struct RelatedItem {
    /// Id, for the key.
    pub id: AttrValue,
    /// Headline.
    pub title: AttrValue,
    /// Day of publication.
    pub date: AttrValue,
    /// Outlet.
    pub source: AttrValue,
    /// Score, 0–1.
    pub score: f32,
    /// Why, in words.
    pub reasons: Vec<AttrValue>,
    /// The document's page.
    pub href: AttrValue,
    /// The comparison with the document shown.
    pub compare_href: AttrValue,
}

/// The repost cluster the document belongs to.
#[derive(Clone, PartialEq)]
pub struct ClusterNote {
    /// The cluster page.
    pub href: AttrValue,
    /// Members, this document included.
    pub members: usize,
    /// Whether this document is the cluster's canonical member.
    pub canonical: bool,
}

/// Props of [`RelatedList`].
#[derive(Properties, PartialEq)]
pub struct RelatedListProps {
    /// Related documents, best first.
    pub items: Vec<RelatedItem>,
    /// The repost cluster, if any.
    #[prop_or_default]
    pub cluster: Option<ClusterNote>,
    /// Where to pick any document to compare with.
    pub compare_any_href: AttrValue,
}

/// The related documents section of a document page.
#[function_component(RelatedList)]
pub fn related_list(props: &RelatedListProps) -> Html {
    let texts = use_texts();
    let cluster = props.cluster.as_ref().map(|c| {
        html! {
            <p class="cluster-note">
                { texts.cluster_note(c.members, c.canonical) }
                <a href={c.href.clone()}>{ texts.view_cluster() }</a>
            </p>
        }
    });
    html! {
        <section class="related" aria-labelledby="related-heading">
            <h2 id="related-heading" class="related-heading">{ texts.related_heading() }</h2>
            { for cluster }
            if props.items.is_empty() {
                <p class="related-none">{ texts.no_related() }</p>
            } else {
                <ol class="related-list">
                    { for props.items.iter().map(|i| item(i, texts)) }
                </ol>
            }
            <a class="compare-any" href={props.compare_any_href.clone()}>{ texts.compare_with_any() }</a>
        </section>
    }
}

fn item(item: &RelatedItem, texts: Texts) -> Html {
    let percent = (item.score * 100.0).round().clamp(0.0, 100.0);
    html! {
        <li class="related-item" key={item.id.to_string()}>
            <div class="related-head">
                <a class="related-title" href={item.href.clone()}>{ item.title.clone() }</a>
                <a class="compare-link" href={item.compare_href.clone()}>{ texts.compare_link() }</a>
            </div>
            <div class="related-meta">
                <time>{ item.date.clone() }</time>
                <span class="source">{ item.source.clone() }</span>
                <span class="score" title={texts.relatedness_title()}>
                    <svg class="score-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width={format!("{percent:.1}")} height="10" /></svg>
                    <span class="score-value">{ format!("{percent:.0}") }</span>
                </span>
            </div>
            <ul class="reasons">
                { for item.reasons.iter().map(|r| html! { <li class="reason">{ r.clone() }</li> }) }
            </ul>
        </li>
    }
}
