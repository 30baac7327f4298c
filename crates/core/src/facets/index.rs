//! The facet values of every document, laid out for fast counting.

use super::Facet;
use crate::date::Day;
use crate::instrument::registry::Registry;
use crate::model::Document;
use std::collections::HashMap;

/// For one facet: the distinct values and, per document, the ids of its values.
#[derive(Debug, Default)]
pub(super) struct Column {
    pub(super) values: Vec<String>,
    lookup: HashMap<String, u32>,
    /// `ids[offsets[d]..offsets[d + 1]]` are document `d`'s values.
    offsets: Vec<u32>,
    ids: Vec<u32>,
}

impl Column {
    fn push_document<'a>(&mut self, values: impl IntoIterator<Item = &'a str>) {
        if self.offsets.is_empty() {
            self.offsets.push(0);
        }
        let start = self.ids.len();
        for value in values {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let next = self.values.len() as u32;
            let id = *self.lookup.entry(value.to_owned()).or_insert(next);
            if id == next {
                self.values.push(value.to_owned());
            }
            if !self.ids[start..].contains(&id) {
                self.ids.push(id);
            }
        }
        self.offsets.push(self.ids.len() as u32);
    }

    pub(super) fn of(&self, doc: usize) -> &[u32] {
        match (self.offsets.get(doc), self.offsets.get(doc + 1)) {
            (Some(&start), Some(&end)) => &self.ids[start as usize..end as usize],
            _ => &[],
        }
    }
}

/// Every document's facet values and day, built once per corpus.
#[derive(Debug)]
pub struct FacetIndex {
    pub(super) columns: Vec<Column>,
    pub(super) days: Vec<Option<Day>>,
    /// Documents of the whole corpus per month: its own coverage, against
    /// which a query's months are read (a month with none was not crawled).
    pub(super) corpus_months: std::collections::BTreeMap<crate::date::Month, u32>,
}

impl FacetIndex {
    /// Reads the facet values of `docs` (positions in the index are positions in `docs`).
    pub fn build(docs: &[Document]) -> Self {
        let mut columns: Vec<Column> = Facet::ALL.iter().map(|_| Column::default()).collect();
        let mut days = Vec::with_capacity(docs.len());
        for doc in docs {
            let day = Day::of_date(&doc.date);
            days.push(day);
            let year = day.map(|d| format!("{:04}", d.year));
            let month = day.map(|d| d.month_of().to_string());
            for facet in Facet::ALL {
                let column = &mut columns[facet.position()];
                match facet {
                    Facet::Source => column.push_document([doc.source.as_str()]),
                    Facet::Year => column.push_document(year.as_deref()),
                    Facet::Month => column.push_document(month.as_deref()),
                    Facet::Agency => column.push_document(doc.agencies.iter().map(String::as_str)),
                    Facet::Issuer => column.push_document(doc.issuers.iter().map(String::as_str)),
                    Facet::Person => {
                        column.push_document(doc.people.iter().map(|p| p.name.as_str()))
                    }
                    Facet::Kind => column.push_document([doc.kind.name()]),
                    Facet::Category => {
                        column.push_document(doc.categories.iter().map(String::as_str))
                    }
                    Facet::Tag => column.push_document(doc.tags.iter().map(String::as_str)),
                    Facet::Origin => column.push_document(doc.origin.as_deref()),
                    Facet::Instrument => {
                        let keys = Registry::keys_of(doc);
                        column.push_document(keys.iter().map(String::as_str))
                    }
                }
            }
        }
        let mut corpus_months = std::collections::BTreeMap::new();
        for day in days.iter().flatten() {
            *corpus_months.entry(day.month_of()).or_insert(0) += 1;
        }
        FacetIndex {
            columns,
            days,
            corpus_months,
        }
    }

    /// Number of documents indexed.
    pub fn len(&self) -> usize {
        self.days.len()
    }

    /// Whether no documents are indexed.
    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// The distinct values of a facet (ids are positions in this slice).
    pub fn values(&self, facet: Facet) -> &[String] {
        &self.columns[facet.position()].values
    }

    /// The value with this id.
    pub fn value(&self, facet: Facet, id: u32) -> &str {
        self.values(facet)
            .get(id as usize)
            .map_or("", String::as_str)
    }

    /// The id of a value, if some document has it.
    pub fn value_id(&self, facet: Facet, value: &str) -> Option<u32> {
        self.columns[facet.position()].lookup.get(value).copied()
    }

    /// The day of a document, if its date could be read.
    pub fn day(&self, doc: usize) -> Option<Day> {
        self.days.get(doc).copied().flatten()
    }

    /// The earliest and latest day of the corpus.
    pub fn day_span(&self) -> Option<(Day, Day)> {
        let days = self.days.iter().flatten();
        days.clone().min().copied().zip(days.max().copied())
    }
}
