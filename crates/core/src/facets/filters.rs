//! What a reader has selected: facet values and a date range.

use super::Facet;
use crate::date::{Day, Month};
use std::collections::{BTreeMap, BTreeSet};

/// Selected facet values and an optional date range (both ends inclusive).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Selected values per facet; a facet with no entry is not filtered.
    pub selected: BTreeMap<Facet, BTreeSet<String>>,
    /// First day shown.
    pub from: Option<Day>,
    /// Last day shown.
    pub to: Option<Day>,
}

impl Filters {
    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty() && self.from.is_none() && self.to.is_none()
    }

    /// Whether `value` is selected in `facet`.
    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected
            .get(&facet)
            .is_some_and(|values| values.contains(value))
    }

    /// Adds a value to a facet's selection.
    pub fn select(&mut self, facet: Facet, value: &str) {
        self.selected
            .entry(facet)
            .or_default()
            .insert(value.to_owned());
    }

    /// Removes a value from a facet's selection.
    pub fn deselect(&mut self, facet: Facet, value: &str) {
        if let Some(values) = self.selected.get_mut(&facet) {
            values.remove(value);
            if values.is_empty() {
                self.selected.remove(&facet);
            }
        }
    }

    /// Selects a value if it is not selected, deselects it otherwise.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        match self.is_selected(facet, value) {
            true => self.deselect(facet, value),
            false => self.select(facet, value),
        }
    }

    /// Every selected `(facet, value)`, in facet order.
    pub fn values(&self) -> impl Iterator<Item = (Facet, &str)> {
        self.selected
            .iter()
            .flat_map(|(&facet, values)| values.iter().map(move |v| (facet, v.as_str())))
    }

    /// Whether a document dated `day` is inside the date range.
    pub fn date_allows(&self, day: Option<Day>) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        day.is_some_and(|day| {
            self.from.is_none_or(|from| day >= from) && self.to.is_none_or(|to| day <= to)
        })
    }

    /// Sets the range to whole months, from `first` to `last` (in either order).
    pub fn set_months(&mut self, first: Month, last: Month) {
        let (first, last) = (first.min(last), first.max(last));
        self.from = Some(first.first_day());
        self.to = Some(last.last_day());
    }
}

/// A ready-made date range offered next to the date inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickRange {
    /// The 30 days up to the corpus's latest document.
    Last30Days,
    /// The 12 months up to the corpus's latest document.
    Last12Months,
    /// One calendar year.
    Year(u16),
}

impl QuickRange {
    /// The ranges worth offering for a corpus whose documents run from
    /// `earliest` to `latest`, given today's date: the last 30 days and 12
    /// months of the corpus, this year if the corpus reaches it, and the
    /// corpus's most recent years.
    pub fn offered(earliest: Day, latest: Day, today: Option<Day>) -> Vec<QuickRange> {
        let mut ranges = vec![QuickRange::Last30Days, QuickRange::Last12Months];
        let this_year = today.map(|d| d.year).filter(|&y| y <= latest.year);
        let mut years: Vec<u16> = (earliest.year..=latest.year).rev().take(3).collect();
        if let Some(year) = this_year {
            if !years.contains(&year) {
                years.insert(0, year);
            }
        }
        ranges.extend(years.into_iter().map(QuickRange::Year));
        ranges
    }

    /// The first and last day of the range, for a corpus whose latest
    /// document is dated `latest`.
    pub fn days(self, latest: Day) -> (Day, Day) {
        match self {
            QuickRange::Last30Days => (latest.minus_days(29), latest),
            QuickRange::Last12Months => {
                let mut first = latest.month_of();
                for _ in 0..11 {
                    first = previous_month(first);
                }
                (first.first_day(), latest)
            }
            QuickRange::Year(year) => (
                Day {
                    year,
                    month: 1,
                    day: 1,
                },
                Day {
                    year,
                    month: 12,
                    day: 31,
                },
            ),
        }
    }
}

fn previous_month(month: Month) -> Month {
    match month.month {
        1 => Month {
            year: month.year.saturating_sub(1),
            month: 12,
        },
        m => Month {
            month: m - 1,
            ..month
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).expect("valid day")
    }

    #[test]
    fn toggling_twice_restores_the_selection() {
        let mut filters = Filters::default();
        filters.toggle(Facet::Source, "新华社");
        assert!(filters.is_selected(Facet::Source, "新华社"));
        filters.toggle(Facet::Source, "新华社");
        assert!(filters.is_empty());
    }

    #[test]
    fn date_range_is_inclusive_and_excludes_undated_documents() {
        let filters = Filters {
            from: Some(day("2023-01-01")),
            to: Some(day("2023-12-31")),
            ..Filters::default()
        };
        assert!(filters.date_allows(Some(day("2023-01-01"))));
        assert!(filters.date_allows(Some(day("2023-12-31"))));
        assert!(!filters.date_allows(Some(day("2024-01-01"))));
        assert!(!filters.date_allows(None));
        assert!(Filters::default().date_allows(None));
    }

    #[test]
    fn quick_ranges_end_at_the_corpus_latest_day() {
        let latest = day("2024-03-05");
        assert_eq!(
            QuickRange::Last30Days.days(latest),
            (day("2024-02-05"), latest)
        );
        assert_eq!(
            QuickRange::Last12Months.days(latest),
            (day("2023-04-01"), latest)
        );
        let offered = QuickRange::offered(day("2019-06-01"), latest, Some(day("2026-11-23")));
        assert_eq!(
            offered,
            [
                QuickRange::Last30Days,
                QuickRange::Last12Months,
                QuickRange::Year(2024),
                QuickRange::Year(2023),
                QuickRange::Year(2022)
            ]
        );
    }

    #[test]
    fn month_span_is_ordered_and_whole() {
        let mut filters = Filters::default();
        let may = Month {
            year: 2023,
            month: 5,
        };
        let feb = Month {
            year: 2023,
            month: 2,
        };
        filters.set_months(may, feb);
        assert_eq!(filters.from, Some(day("2023-02-01")));
        assert_eq!(filters.to, Some(day("2023-05-31")));
    }
}
