//! Documents per month as an SVG bar chart; click a bar or drag across bars
//! to set the date range.

use crate::i18n::use_texts;
use gazette_core::date::{Day, Month};
use gazette_core::facets::MonthCount;
use std::rc::Rc;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

/// Width of one month in SVG units; the chart is scaled to its box.
const BAR: f64 = 10.0;
const HEIGHT: f64 = 60.0;

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// Months, oldest first, without gaps.
    pub months: Rc<Vec<MonthCount>>,
    /// The selected range, if any.
    pub from: Option<Day>,
    /// The selected range's end, if any.
    pub to: Option<Day>,
    /// Called with the first and last month of a selection.
    pub on_select: Callback<(Month, Month)>,
}

/// The bar chart with a line that reads out the month under the pointer.
#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let texts = use_texts();
    // The month where a drag started, and the month under the pointer.
    let anchor = use_state(|| None::<usize>);
    let hover = use_state(|| None::<usize>);
    let months = props.months.clone();
    if months.is_empty() {
        return html! {};
    }
    let n = months.len();
    // One scale for the corpus and the query: a bar reads as the query's
    // share of what the corpus holds that month.
    let max = months
        .iter()
        .map(|m| m.corpus.max(m.count))
        .max()
        .unwrap_or(0)
        .max(1);
    // Yew delegates events to the app root, so the chart is found by its ref.
    let chart = use_node_ref();
    let index_at = {
        let chart = chart.clone();
        move |event: &PointerEvent| -> Option<usize> {
            let svg = chart.cast::<Element>()?;
            let rect = svg.get_bounding_client_rect();
            if rect.width() <= 0.0 {
                return None;
            }
            let x = (f64::from(event.client_x()) - rect.left()) / rect.width();
            Some(((x * n as f64).floor().max(0.0) as usize).min(n - 1))
        }
    };
    let onpointerdown = {
        let (anchor, hover, chart) = (anchor.clone(), hover.clone(), chart.clone());
        let index_at = index_at.clone();
        Callback::from(move |event: PointerEvent| {
            if let Some(i) = index_at(&event) {
                if let Some(svg) = chart.cast::<Element>() {
                    let _ = svg.set_pointer_capture(event.pointer_id());
                }
                anchor.set(Some(i));
                hover.set(Some(i));
            }
        })
    };
    let onpointermove = {
        let (hover, index_at) = (hover.clone(), index_at.clone());
        Callback::from(move |event: PointerEvent| hover.set(index_at(&event)))
    };
    let onpointerup = {
        let (anchor, hover, months) = (anchor.clone(), hover.clone(), months.clone());
        let on_select = props.on_select.clone();
        Callback::from(move |event: PointerEvent| {
            if let (Some(start), Some(end)) = (*anchor, index_at(&event).or(*hover)) {
                on_select.emit((months[start].month, months[end].month));
            }
            anchor.set(None);
        })
    };
    let onpointerleave = {
        let hover = hover.clone();
        Callback::from(move |_: PointerEvent| hover.set(None))
    };
    let dragged = anchor.zip(*hover).map(|(a, b)| (a.min(b), a.max(b)));
    let in_range = |m: &MonthCount| {
        let first = props.from.map(|d| d.month_of());
        let last = props.to.map(|d| d.month_of());
        (first.is_some() || last.is_some())
            && first.is_none_or(|f| m.month >= f)
            && last.is_none_or(|l| m.month <= l)
    };
    let bars = months.iter().enumerate().map(|(i, m)| {
        let scaled = |count: u32| f64::from(count) / f64::from(max) * (HEIGHT - 2.0);
        let (height, coverage) = (scaled(m.count), scaled(m.corpus));
        let class = classes!(
            "bar",
            in_range(m).then_some("in-range"),
            dragged
                .is_some_and(|(a, b)| (a..=b).contains(&i))
                .then_some("dragging"),
            (*hover == Some(i)).then_some("hover"),
        );
        let x = i as f64 * BAR;
        let title = texts.month_share(&m.month.to_string(), m.count, m.corpus);
        html! {
            <g key={m.month.to_string()}>
                if m.corpus == 0 {
                    // No document of the corpus is dated here: no data, not zero.
                    <rect class="no-data" x={(x + 1.0).to_string()} y="0"
                        width={(BAR - 2.0).to_string()} height={HEIGHT.to_string()}>
                        <title>{ title.clone() }</title>
                    </rect>
                } else {
                    <rect class="coverage" x={(x + 1.0).to_string()} y={(HEIGHT - coverage).to_string()}
                        width={(BAR - 2.0).to_string()} height={coverage.max(0.0).to_string()}>
                        <title>{ title.clone() }</title>
                    </rect>
                }
                <rect {class} x={(x + 1.0).to_string()} y={(HEIGHT - height).to_string()}
                    width={(BAR - 2.0).to_string()} height={height.max(0.0).to_string()}>
                    <title>{ title }</title>
                </rect>
            </g>
        }
    });
    // Year marks under the chart: one flexible cell per month (no inline
    // styles, so a strict Content-Security-Policy holds).
    // Long spans label every 2nd, 5th or 10th year so labels never collide.
    let every = match n {
        0..=120 => 1,
        121..=240 => 2,
        241..=480 => 5,
        _ => 10,
    };
    let years = months.iter().enumerate().map(|(i, m)| {
        let january = m.month.month == 1 && m.month.year % every == 0;
        // The first month is labelled if the next label is far enough away.
        let first = i == 0 && m.month.month <= 9 && every == 1;
        let mark = (january || first).then_some(m.month.year);
        html! { <span class="year-cell">{ for mark }</span> }
    });
    let readout = match (dragged, *hover) {
        (Some((a, b)), _) if a != b => format!(
            "{} – {}: {}",
            months[a].month,
            months[b].month,
            months[a..=b].iter().map(|m| m.count).sum::<u32>()
        ),
        (_, Some(i)) => texts.month_share(
            &months[i].month.to_string(),
            months[i].count,
            months[i].corpus,
        ),
        _ => texts.timeline_help().to_owned(),
    };
    html! {
        <figure class="timeline">
            <figcaption>
                <span class="timeline-title">{ texts.timeline_label() }
                    <span class="timeline-legend">
                        <span class="key query"></span>{ texts.timeline_query_legend() }
                        <span class="key coverage"></span>{ texts.timeline_corpus_legend() }
                        <span class="key no-data"></span>{ texts.timeline_no_data_legend() }
                    </span>
                </span>
                <span class="timeline-readout" aria-live="polite">{ readout }</span>
            </figcaption>
            <svg ref={chart} viewBox={format!("0 0 {} {HEIGHT}", n as f64 * BAR)} preserveAspectRatio="none"
                role="img" aria-label={texts.timeline_summary(n, max)}
                {onpointerdown} {onpointermove} {onpointerup} {onpointerleave}>
                { for bars }
            </svg>
            <div class="year-marks" aria-hidden="true">{ for years }</div>

        </figure>
    }
}
