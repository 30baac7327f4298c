//! What a comparison found, in figures (how much of each text the other
//! has, or how many articles changed which way), and the colours' legend.

use crate::i18n::use_texts;
use gazette_core::compare::articles::ArticleChange;
use gazette_core::related::types::percent;
use gazette_core::view::compare::{CompareScreen, Compared};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`CompareFigures`].
#[derive(Properties, PartialEq)]
pub struct CompareFiguresProps {
    /// The comparison.
    pub screen: Rc<CompareScreen>,
}

/// The figures and the legend.
#[function_component(CompareFigures)]
pub fn compare_figures(props: &CompareFiguresProps) -> Html {
    let texts = use_texts();
    let screen = &props.screen;
    let figures = match &screen.compared {
        Compared::Articles(c) => {
            let counts: Vec<(ArticleChange, usize)> = ArticleChange::ALL
                .iter()
                .map(|&change| (change, c.count(change)))
                .collect();
            html! { <span class="figure article-counts">{ texts.article_counts(&counts) }</span> }
        }
        Compared::Paragraphs(c) => {
            let (similarity, hidden) = (c.similarity, c.hidden);
            html! {
                <>
                <span class="figure" title={texts.share_found_in_title('A', 'B')}>
                    { texts.share_found_in('A', 'B') }<strong class="a-in-b">{ percent(similarity.a_in_b) }</strong>
                </span>
                <span class="figure" title={texts.share_found_in_title('B', 'A')}>
                    { texts.share_found_in('B', 'A') }<strong class="b-in-a">{ percent(similarity.b_in_a) }</strong>
                </span>
                <span class="figure">{ texts.differences(screen.differences.len()) }</span>
                if hidden.0 + hidden.1 > 0 {
                    <span class="figure">{ texts.hidden_boilerplate(hidden.0, hidden.1) }</span>
                }
                </>
            }
        }
    };
    html! {
        <>
        <div class="compare-figures">
            { figures }
            if screen.hidden_same > 0 {
                <span class="figure">{ texts.same_articles_hidden(screen.hidden_same) }</span>
            }
        </div>
        <ul class="legend" aria-label={texts.legend()}>
            <li><span class="swatch same"></span>{ texts.legend_same() }</li>
            <li><span class="swatch changed"></span>{ texts.legend_changed() }<del class="chg">{ texts.legend_deleted() }</del>{ " " }<ins class="chg">{ texts.legend_inserted() }</ins></li>
            <li><span class="swatch moved"></span>{ texts.legend_moved() }</li>
            <li><span class="swatch only"></span>{ texts.legend_one_side() }</li>
            if screen.articles().is_none() {
                <li><mark class="shared">{ texts.legend_shared() }</mark></li>
            }
        </ul>
        </>
    }
}
