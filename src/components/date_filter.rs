//! The date range: from/to inputs and ready-made ranges.

use crate::i18n::use_texts;
use gazette_core::date::Day;
use gazette_core::facets::QuickRange;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`DateFilter`].
#[derive(Properties, PartialEq)]
pub struct DateFilterProps {
    /// First day shown, if limited.
    pub from: Option<Day>,
    /// Last day shown, if limited.
    pub to: Option<Day>,
    /// The corpus's earliest and latest day.
    pub span: Option<(Day, Day)>,
    /// Called with the new range.
    pub on_change: Callback<(Option<Day>, Option<Day>)>,
}

/// Two date inputs and quick-range buttons.
#[function_component(DateFilter)]
pub fn date_filter(props: &DateFilterProps) -> Html {
    let texts = use_texts();
    let (from, to) = (props.from, props.to);
    // An empty or invalid input clears that end.
    let on_from = props.on_change.reform(move |event: Event| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        (Day::parse(&value), to)
    });
    let on_to = props.on_change.reform(move |event: Event| {
        let value = event.target_unchecked_into::<HtmlInputElement>().value();
        (from, Day::parse(&value))
    });
    let (min, max) = props
        .span
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .unwrap_or_default();
    let quick = props.span.map(|(earliest, latest)| {
        let today = today();
        QuickRange::offered(earliest, latest, today)
            .into_iter()
            .map(|range| {
                let (first, last) = range.days(latest);
                let label = match range {
                    QuickRange::Last30Days => texts.last_30_days().to_owned(),
                    QuickRange::Last12Months => texts.last_12_months().to_owned(),
                    QuickRange::Year(year) => texts.year(year),
                };
                let active = props.from == Some(first) && props.to == Some(last);
                let onclick = props.on_change.reform(move |_: MouseEvent| (Some(first), Some(last)));
                html! {
                    <li>
                        <button type="button" class={classes!("quick-range", active.then_some("active"))}
                            aria-pressed={active.to_string()} {onclick}>{ label }</button>
                    </li>
                }
            })
            .collect::<Html>()
    });
    html! {
        <section class="facet date-filter" aria-labelledby="facet-dates">
            <h3 id="facet-dates" class="facet-title">{ texts.date_range() }</h3>
            <div class="date-inputs">
                <label>
                    <span>{ texts.date_from() }</span>
                    <input type="date" name="from" value={from.map(|d| d.to_string()).unwrap_or_default()}
                        min={min.clone()} max={max.clone()} onchange={on_from} />
                </label>
                <label>
                    <span>{ texts.date_to() }</span>
                    <input type="date" name="to" value={to.map(|d| d.to_string()).unwrap_or_default()}
                        min={min} max={max} onchange={on_to} />
                </label>
            </div>
            if let Some(quick) = quick {
                <ul class="quick-ranges" title={texts.quick_ranges_note()}>{ quick }</ul>
            }
        </section>
    }
}

/// Today's date from the browser clock (for "this year").
fn today() -> Option<Day> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Some(Day { year, month, day })
}
