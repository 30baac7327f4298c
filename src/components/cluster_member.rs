//! One member of a repost cluster on its propagation timeline: when (and
//! how long after the reference copy), complete or cut, its outlet and
//! title, how much of the reference it has and what it adds.

use crate::i18n::use_texts;
use gazette_core::date::DateParts;
use gazette_core::model::Document;
use gazette_core::related::types::percent;
use gazette_core::url_state::{CompareView, Route};
use gazette_core::view::cluster::Member;
use yew::prelude::*;

/// Props of [`ClusterMember`].
#[derive(Properties, PartialEq)]
pub struct ClusterMemberProps {
    /// The member, as the cluster screen sees it.
    pub member: Member,
    /// Its document.
    pub doc: Document,
    /// The reference copy's id (what it is compared with).
    pub reference: AttrValue,
    /// Whether each copy is marked cut or complete.
    pub marks_copies: bool,
}

/// The member's row.
#[function_component(ClusterMember)]
pub fn cluster_member(props: &ClusterMemberProps) -> Html {
    let texts = use_texts();
    let (member, doc) = (&props.member, &props.doc);
    // Sources that give only a day are stored at midnight: show the day alone.
    let day = DateParts::parse(&doc.date).map_or_else(
        || doc.date.clone(),
        |d| match (d.hour, d.minute) {
            (0, 0) => d.day_label(),
            _ => d.minute_label(),
        },
    );
    let lag = member
        .lag_minutes
        .map_or_else(|| texts.date_unknown().to_owned(), |m| texts.lag(m));
    let href = Route::Doc {
        id: doc.id.clone(),
        query: String::new(),
        article: None,
    }
    .to_hash();
    let compare = Route::Compare(CompareView {
        a: props.reference.to_string(),
        b: doc.id.clone(),
        ..CompareView::default()
    })
    .to_hash();
    html! {
        <li class={classes!("member", member.is_reference.then_some("canonical"))}>
            <div class="member-when">
                <time datetime={doc.date.clone()}>{ day }</time>
                if member.is_reference {
                    <span class="lag reference" title={texts.reference_copy_title()}>{ texts.reference_copy() }</span>
                } else {
                    <span class="lag">{ lag }</span>
                }
                if props.marks_copies {
                    if member.cut {
                        <span class="copy-state cut" title={texts.copy_cut_title()}>{ texts.copy_cut() }</span>
                    } else {
                        <span class="copy-state complete">{ texts.copy_complete() }</span>
                    }
                }
            </div>
            <div class="lag-track" aria-hidden="true"><svg class="lag-bar" viewBox="0 0 100 10" preserveAspectRatio="none"><rect width={format!("{:.1}", member.lag_share * 100.0)} height="10" /></svg></div>
            <div class="member-body">
                <span class="member-source">{ doc.source.clone() }</span>
                <a class="member-title" {href}>{ doc.title.clone() }</a>
                if let Some(origin) = &doc.origin {
                    <span class="member-origin">{ texts.stated_origin(origin) }</span>
                }
                if !member.is_reference {
                    <span class="member-share">{ texts.member_covers(&percent(member.covers)) }</span>
                    if let Some(adds) = member.adds {
                        <span class="member-share added">{ texts.member_adds(&percent(adds)) }</span>
                    }
                    <a class="compare-link" href={compare}>{ texts.compare_link() }</a>
                }
            </div>
        </li>
    }
}
