//! Narrowing candidates by filters, counting every facet disjunctively.

use super::index::FacetIndex;
use super::{Facet, Filters};
use crate::date::Month;
use crate::model::Kind;

/// Something a reader can filter by: a facet or the date range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    /// A facet's selected values.
    Facet(Facet),
    /// The from/to range.
    Dates,
}

const DATES_BIT: u32 = 1 << Facet::ALL.len();

/// A facet value and the number of documents that have it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValueCount {
    /// The value's id (see [`FacetIndex::value`]).
    pub id: u32,
    /// Documents that have it and pass every *other* facet and the date range.
    pub count: u32,
    /// Whether the reader selected it.
    pub selected: bool,
}

/// A facet's values with their counts, in display order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    /// Which facet.
    pub facet: Facet,
    /// Values with a count, and selected values even at zero. Years and
    /// months newest first, kinds in their fixed order, the rest most
    /// documents first.
    pub values: Vec<ValueCount>,
}

/// Documents in one month of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthCount {
    /// Which month.
    pub month: Month,
    /// Documents that pass every filter but the date range.
    pub count: u32,
    /// Documents of the whole corpus in that month (no query, no filter):
    /// 0 means the corpus has no data for it, not that nothing happened.
    pub corpus: u32,
}

/// The result of narrowing: what passes, and the counts to show.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Narrowed {
    /// The candidates that pass every filter, in their given order.
    pub docs: Vec<usize>,
    /// Counts of every facet, in [`Facet::ALL`] order.
    pub facets: Vec<FacetCounts>,
    /// Documents per month, oldest first, every month between the first
    /// and the last (empty months included).
    pub timeline: Vec<MonthCount>,
    /// For each active filter, how many candidates it alone holds back
    /// (what removing it would add): the explanation of an empty result.
    pub held_back: Vec<(Dimension, usize)>,
    /// Selected values no document has (from a stale link): ignored.
    pub unknown: Vec<(Facet, String)>,
}

/// The longest timeline drawn, in months; older months are left out.
const MAX_TIMELINE_MONTHS: usize = 600;

impl FacetIndex {
    /// Applies `filters` to `candidates` (document positions) and counts.
    pub fn narrow(
        &self,
        candidates: impl IntoIterator<Item = usize>,
        filters: &Filters,
    ) -> Narrowed {
        let (members, unknown) = self.resolve(filters);
        let dates_active = filters.from.is_some() || filters.to.is_some();
        let mut counts: Vec<Vec<u32>> = self
            .columns
            .iter()
            .map(|c| vec![0; c.values.len()])
            .collect();
        let mut held_back = [0usize; Facet::ALL.len() + 1];
        let mut months: Vec<(Month, u32)> = Vec::new();
        let mut docs = Vec::new();
        for doc in candidates {
            if doc >= self.len() {
                continue;
            }
            let mut failed = 0u32;
            for (position, member) in members.iter().enumerate() {
                if let Some(member) = member {
                    let values = self.columns[position].of(doc);
                    if !values.iter().any(|&id| member[id as usize]) {
                        failed |= 1 << position;
                    }
                }
            }
            let day = self.day(doc);
            if dates_active && !filters.date_allows(day) {
                failed |= DATES_BIT;
            }
            if failed == 0 {
                docs.push(doc);
            }
            if failed.count_ones() == 1 {
                held_back[failed.trailing_zeros() as usize] += 1;
            }
            for (position, column) in self.columns.iter().enumerate() {
                if failed & !(1 << position) == 0 {
                    for &id in column.of(doc) {
                        counts[position][id as usize] += 1;
                    }
                }
            }
            if failed & !DATES_BIT == 0 {
                if let Some(day) = day {
                    months.push((day.month_of(), 1));
                }
            }
        }
        Narrowed {
            docs,
            facets: self.ordered_counts(counts, &members),
            timeline: timeline(months, filters, &self.corpus_months),
            held_back: held_back_by(&held_back, &members, dates_active),
            unknown,
        }
    }

    /// Per facet, a membership table of the selected value ids (`None`: the
    /// facet is not filtered), and the selected values no document has.
    #[allow(clippy::type_complexity)]
    fn resolve(&self, filters: &Filters) -> (Vec<Option<Vec<bool>>>, Vec<(Facet, String)>) {
        let mut unknown = Vec::new();
        let members = Facet::ALL
            .iter()
            .map(|&facet| {
                let selected = filters.selected.get(&facet)?;
                let mut member = vec![false; self.values(facet).len()];
                let mut any = false;
                for value in selected {
                    match self.value_id(facet, value) {
                        Some(id) => {
                            member[id as usize] = true;
                            any = true;
                        }
                        None => unknown.push((facet, value.clone())),
                    }
                }
                any.then_some(member)
            })
            .collect();
        (members, unknown)
    }

    fn ordered_counts(
        &self,
        counts: Vec<Vec<u32>>,
        members: &[Option<Vec<bool>>],
    ) -> Vec<FacetCounts> {
        Facet::ALL
            .iter()
            .zip(counts)
            .map(|(&facet, counts)| {
                let member = members[facet.position()].as_deref();
                let is_selected = |id: usize| member.is_some_and(|m| m[id]);
                let mut values: Vec<ValueCount> = counts
                    .iter()
                    .enumerate()
                    .filter(|&(id, &count)| count > 0 || is_selected(id))
                    .map(|(id, &count)| ValueCount {
                        id: id as u32,
                        count,
                        selected: is_selected(id),
                    })
                    .collect();
                let value = |v: &ValueCount| self.value(facet, v.id);
                match facet {
                    Facet::Year | Facet::Month => values.sort_by(|a, b| value(b).cmp(value(a))),
                    Facet::Kind => values.sort_by_key(|v| {
                        Kind::from_name(value(v))
                            .and_then(|k| Kind::ALL.iter().position(|&x| x == k))
                    }),
                    _ => values
                        .sort_by(|a, b| b.count.cmp(&a.count).then_with(|| value(a).cmp(value(b)))),
                }
                FacetCounts { facet, values }
            })
            .collect()
    }
}

fn held_back_by(
    held_back: &[usize],
    members: &[Option<Vec<bool>>],
    dates_active: bool,
) -> Vec<(Dimension, usize)> {
    let mut explained: Vec<(Dimension, usize)> = Facet::ALL
        .iter()
        .filter(|f| members[f.position()].is_some())
        .map(|&f| (Dimension::Facet(f), held_back[f.position()]))
        .collect();
    if dates_active {
        explained.push((Dimension::Dates, held_back[Facet::ALL.len()]));
    }
    explained
}

/// Every month from the first to the last counted (and the range's ends),
/// with its count.
fn timeline(
    mut months: Vec<(Month, u32)>,
    filters: &Filters,
    corpus: &std::collections::BTreeMap<Month, u32>,
) -> Vec<MonthCount> {
    months.sort_unstable_by_key(|&(month, _)| month);
    let bounds = [filters.from, filters.to]
        .into_iter()
        .flatten()
        .map(|d| d.month_of());
    let first = months
        .first()
        .map(|m| m.0)
        .into_iter()
        .chain(bounds.clone())
        .min();
    let last = months.last().map(|m| m.0).into_iter().chain(bounds).max();
    let (Some(mut month), Some(last)) = (first, last) else {
        return Vec::new();
    };
    let mut timeline = Vec::new();
    let mut counted = months.iter().peekable();
    while month <= last {
        let mut count = 0;
        while let Some(&&(m, n)) = counted.peek() {
            if m != month {
                break;
            }
            count += n;
            counted.next();
        }
        timeline.push(MonthCount {
            month,
            count,
            corpus: corpus.get(&month).copied().unwrap_or(0),
        });
        month = month.next();
        if month.year == u16::MAX {
            break;
        }
    }
    let excess = timeline.len().saturating_sub(MAX_TIMELINE_MONTHS);
    timeline.drain(..excess);
    timeline
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Day;
    use crate::model::{Document, Kind, Person};

    fn doc(source: &str, date: &str, agencies: &[&str], kind: Kind) -> Document {
        Document {
            id: format!("{source}{date}"),
            date: date.into(),
            source: source.into(),
            agencies: agencies.iter().map(|a| a.to_string()).collect(),
            people: vec![Person {
                name: "庄荣文".into(),
                role: None,
            }],
            kind,
            ..Document::default()
        }
    }

    fn corpus() -> Vec<Document> {
        vec![
            doc(
                "新华社",
                "2023-01-05T10:00:00+08:00",
                &["中央网信办"],
                Kind::Meeting,
            ),
            doc(
                "新华社",
                "2023-03-01T10:00:00+08:00",
                &["工业和信息化部"],
                Kind::Notice,
            ),
            doc(
                "人民网",
                "2023-03-09T10:00:00+08:00",
                &["中央网信办", "公安部"],
                Kind::Notice,
            ),
            doc("人民网", "2024-02-01T10:00:00+08:00", &[], Kind::News),
            doc("央视", "not a date", &["中央网信办"], Kind::News),
        ]
    }

    fn counts(index: &FacetIndex, narrowed: &Narrowed, facet: Facet) -> Vec<(String, u32)> {
        narrowed.facets[facet.position()]
            .values
            .iter()
            .map(|v| (index.value(facet, v.id).to_owned(), v.count))
            .collect()
    }

    fn pairs(list: &[(&str, u32)]) -> Vec<(String, u32)> {
        list.iter().map(|&(v, n)| (v.to_owned(), n)).collect()
    }

    /// Disjunctive counts, by definition: for facet F, the documents that
    /// pass every filter except F's, per value.
    fn brute_force(docs: &[Document], filters: &Filters, facet: Facet) -> Vec<(String, u32)> {
        let index = FacetIndex::build(docs);
        let mut others = filters.clone();
        others.selected.remove(&facet);
        let passing = index.narrow(0..docs.len(), &others).docs;
        let mut counts = std::collections::BTreeMap::<String, u32>::new();
        for d in passing {
            for &id in index.columns[facet.position()].of(d) {
                *counts.entry(index.value(facet, id).to_owned()).or_default() += 1;
            }
        }
        counts.into_iter().collect()
    }

    #[test]
    fn or_within_a_facet_and_across_facets() {
        let docs = corpus();
        let index = FacetIndex::build(&docs);
        let mut filters = Filters::default();
        filters.select(Facet::Source, "新华社");
        filters.select(Facet::Source, "人民网");
        assert_eq!(index.narrow(0..docs.len(), &filters).docs, [0, 1, 2, 3]);
        filters.select(Facet::Agency, "中央网信办");
        assert_eq!(index.narrow(0..docs.len(), &filters).docs, [0, 2]);
    }

    #[test]
    fn each_facet_counts_what_the_other_facets_let_through() {
        let docs = corpus();
        let index = FacetIndex::build(&docs);
        let mut filters = Filters::default();
        filters.select(Facet::Source, "新华社");
        filters.select(Facet::Kind, "notice");
        let narrowed = index.narrow(0..docs.len(), &filters);
        assert_eq!(narrowed.docs, [1]);
        // Sources: counted over notices only, so 人民网 still shows its notice.
        assert_eq!(
            counts(&index, &narrowed, Facet::Source),
            pairs(&[("人民网", 1), ("新华社", 1)])
        );
        // Kinds: counted over 新华社 only, in the fixed kind order.
        assert_eq!(
            counts(&index, &narrowed, Facet::Kind),
            pairs(&[("notice", 1), ("meeting", 1)])
        );
        for facet in Facet::ALL {
            let mut got = counts(&index, &narrowed, facet);
            got.retain(|&(_, n)| n > 0);
            got.sort();
            assert_eq!(got, brute_force(&docs, &filters, facet), "{facet:?}");
        }
    }

    #[test]
    fn date_range_narrows_and_the_timeline_ignores_it() {
        let docs = corpus();
        let index = FacetIndex::build(&docs);
        let filters = Filters {
            from: Day::parse("2023-03-01"),
            to: Day::parse("2023-03-31"),
            ..Filters::default()
        };
        let narrowed = index.narrow(0..docs.len(), &filters);
        assert_eq!(narrowed.docs, [1, 2]);
        let timeline: Vec<(String, u32)> = narrowed
            .timeline
            .iter()
            .map(|m| (m.month.to_string(), m.count))
            .collect();
        assert_eq!(
            timeline.len(),
            14,
            "2023-01 … 2024-02, empty months included"
        );
        assert_eq!(timeline[0], ("2023-01".to_owned(), 1));
        assert_eq!(timeline[2], ("2023-03".to_owned(), 2));
        assert_eq!(timeline[13], ("2024-02".to_owned(), 1));
        assert_eq!(narrowed.held_back, [(Dimension::Dates, 3)]);
    }

    #[test]
    fn each_month_carries_the_corpus_coverage_so_crawl_gaps_read_as_no_data() {
        let docs = corpus();
        let index = FacetIndex::build(&docs);
        // A filter that keeps only some documents: the corpus column stays whole.
        let filters = Filters {
            from: Day::parse("2023-03-01"),
            to: Day::parse("2023-03-31"),
            ..Filters::default()
        };
        let narrowed = index.narrow(0..docs.len(), &filters);
        let mut per_month = std::collections::BTreeMap::new();
        for doc in &docs {
            if let Some(day) = Day::of_date(&doc.date) {
                *per_month.entry(day.month_of()).or_insert(0u32) += 1;
            }
        }
        for m in &narrowed.timeline {
            assert_eq!(
                m.corpus,
                per_month.get(&m.month).copied().unwrap_or(0),
                "{}",
                m.month
            );
            assert!(
                m.count <= m.corpus,
                "a query's month is part of the corpus's"
            );
        }
        assert!(
            narrowed.timeline.iter().any(|m| m.corpus == 0),
            "the fixture has months with no document: they are no data"
        );
    }

    #[test]
    fn an_empty_result_is_explained_by_what_each_filter_holds_back() {
        let docs = corpus();
        let index = FacetIndex::build(&docs);
        let mut filters = Filters::default();
        filters.select(Facet::Source, "央视");
        filters.select(Facet::Kind, "meeting");
        let narrowed = index.narrow(0..docs.len(), &filters);
        assert!(narrowed.docs.is_empty());
        assert_eq!(
            narrowed.held_back,
            [
                (Dimension::Facet(Facet::Source), 1),
                (Dimension::Facet(Facet::Kind), 1)
            ]
        );
        // The selected values stay listed at zero so they can be removed.
        let source = &narrowed.facets[Facet::Source.position()].values;
        assert!(source
            .iter()
            .any(|v| v.selected && index.value(Facet::Source, v.id) == "央视"));
    }

    #[test]
    fn values_no_document_has_are_ignored_and_reported() {
        let docs = corpus();
        let index = FacetIndex::build(&docs);
        let mut filters = Filters::default();
        filters.select(Facet::Source, "不存在");
        let narrowed = index.narrow(0..docs.len(), &filters);
        assert_eq!(narrowed.docs.len(), docs.len());
        assert_eq!(narrowed.unknown, [(Facet::Source, "不存在".to_owned())]);
    }

    #[test]
    fn years_newest_first_and_candidates_keep_their_order() {
        let docs = corpus();
        let index = FacetIndex::build(&docs);
        let narrowed = index.narrow([3, 0, 99, 2], &Filters::default());
        assert_eq!(
            narrowed.docs,
            [3, 0, 2],
            "out-of-range positions are skipped"
        );
        assert_eq!(
            counts(&index, &narrowed, Facet::Year),
            pairs(&[("2024", 1), ("2023", 2)])
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        const SOURCES: [&str; 3] = ["甲", "乙", "丙"];
        const AGENCIES: [&str; 3] = ["中央网信办", "公安部", "工业和信息化部"];

        fn arbitrary_doc() -> impl Strategy<Value = Document> {
            (
                0..3usize,
                2020u16..2024,
                1u8..13,
                proptest::collection::vec(0..3usize, 0..3),
                0..6usize,
            )
                .prop_map(|(source, year, month, agencies, kind)| {
                    let agencies: Vec<&str> = agencies.iter().map(|&a| AGENCIES[a]).collect();
                    doc(
                        SOURCES[source],
                        &format!("{year}-{month:02}-01T00:00:00+08:00"),
                        &agencies,
                        Kind::ALL[kind],
                    )
                })
        }

        proptest! {
            #[test]
            fn counts_equal_the_definition(
                docs in proptest::collection::vec(arbitrary_doc(), 0..30),
                sources in proptest::collection::vec(0..3usize, 0..3),
                agencies in proptest::collection::vec(0..3usize, 0..3),
                kinds in proptest::collection::vec(0..6usize, 0..2),
            ) {
                let index = FacetIndex::build(&docs);
                let mut filters = Filters::default();
                sources.iter().for_each(|&s| filters.select(Facet::Source, SOURCES[s]));
                agencies.iter().for_each(|&a| filters.select(Facet::Agency, AGENCIES[a]));
                kinds.iter().for_each(|&k| filters.select(Facet::Kind, Kind::ALL[k].name()));
                let narrowed = index.narrow(0..docs.len(), &filters);
                for facet in Facet::ALL {
                    let mut got = counts(&index, &narrowed, facet);
                    got.retain(|&(_, n)| n > 0);
                    got.sort();
                    prop_assert_eq!(got, brute_force(&docs, &filters, facet));
                }
            }
        }
    }
}
