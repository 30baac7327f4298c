//! The facet filters of `gazette search` and `gazette stats`, as the app has them.

use anyhow::{bail, Result};
use gazette_core::date::Day;
use gazette_core::facets::{Facet, FacetIndex, Filters, Narrowed};
use serde::Serialize;

/// Repeat an option for alternatives (OR); different options all apply (AND).
#[derive(clap::Args, Debug, Default)]
pub struct FilterArgs {
    /// Only documents from this source (outlet or account).
    #[arg(long, value_name = "NAME")]
    source: Vec<String>,
    /// Only documents naming this agency (canonical name, e.g. 中央网信办).
    #[arg(long, value_name = "NAME")]
    agency: Vec<String>,
    /// Only documents issued by this agency (发文机关, canonical name).
    #[arg(long, value_name = "NAME")]
    issuer: Vec<String>,
    /// Only documents of this kind: notice, meeting, campaign, interview, vulnerability, news.
    #[arg(long, value_name = "KIND")]
    kind: Vec<String>,
    /// Only documents naming this person.
    #[arg(long, value_name = "NAME")]
    person: Vec<String>,
    /// Only documents whose stated origin is this publisher.
    #[arg(long, value_name = "NAME")]
    origin: Vec<String>,
    /// Only documents from this year.
    #[arg(long, value_name = "YYYY")]
    year: Vec<String>,
    /// Only documents with this category.
    #[arg(long, value_name = "NAME")]
    category: Vec<String>,
    /// Only documents with this tag.
    #[arg(long, value_name = "NAME")]
    tag: Vec<String>,
    /// Only documents carrying or citing this instrument (its name without
    /// 《》, as `gazette instruments` lists it).
    #[arg(long, value_name = "NAME")]
    instrument: Vec<String>,
    /// Only documents dated on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<String>,
    /// Only documents dated on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<String>,
}

impl FilterArgs {
    /// The filters, or an error naming the malformed value.
    pub fn filters(&self) -> Result<Filters> {
        let mut filters = Filters::default();
        let options = [
            (Facet::Source, &self.source),
            (Facet::Agency, &self.agency),
            (Facet::Issuer, &self.issuer),
            (Facet::Kind, &self.kind),
            (Facet::Person, &self.person),
            (Facet::Origin, &self.origin),
            (Facet::Year, &self.year),
            (Facet::Category, &self.category),
            (Facet::Tag, &self.tag),
            (Facet::Instrument, &self.instrument),
        ];
        for (facet, values) in options {
            for value in values {
                if !facet.accepts(value) {
                    bail!(
                        "--{} {value:?} is not a valid {} value",
                        facet.name(),
                        facet.name()
                    );
                }
                // An instrument is selected by its key, however it is cited.
                let key = match facet {
                    Facet::Instrument => gazette_core::instrument::name::cited(value)
                        .map_or_else(|| value.trim().to_owned(), |c| c.key),
                    _ => value.trim().to_owned(),
                };
                filters.select(facet, &key);
            }
        }
        filters.from = day("--from", self.from.as_deref())?;
        filters.to = day("--to", self.to.as_deref())?;
        Ok(filters)
    }
}

fn day(option: &str, value: Option<&str>) -> Result<Option<Day>> {
    match value {
        None => Ok(None),
        Some(text) => match Day::parse(text) {
            Some(day) => Ok(Some(day)),
            None => bail!("{option} {text:?} is not a date (YYYY-MM-DD)"),
        },
    }
}

/// `gazette stats --json`: the corpus size and every facet's counts.
#[derive(Serialize)]
pub struct JsonStats<'a> {
    documents: usize,
    matching: usize,
    date_range: Option<[String; 2]>,
    facets: std::collections::BTreeMap<&'static str, Vec<JsonCount<'a>>>,
    timeline: Vec<JsonMonth>,
    ignored: Vec<String>,
}

/// A month of the timeline: the query's documents and the whole corpus's.
#[derive(Serialize)]
struct JsonMonth {
    value: String,
    count: u32,
    corpus: u32,
}

#[derive(Serialize)]
struct JsonCount<'a> {
    value: std::borrow::Cow<'a, str>,
    count: u32,
}

impl<'a> JsonStats<'a> {
    /// The figures of one narrowing, as the app's facet panels show them.
    pub fn of(index: &'a FacetIndex, narrowed: &Narrowed) -> Self {
        let facets = narrowed
            .facets
            .iter()
            .map(|counts| {
                let values = counts
                    .values
                    .iter()
                    .filter(|v| v.count > 0)
                    .map(|v| JsonCount {
                        value: index.value(counts.facet, v.id).into(),
                        count: v.count,
                    })
                    .collect();
                (counts.facet.name(), values)
            })
            .collect();
        let timeline = narrowed
            .timeline
            .iter()
            .map(|m| JsonMonth {
                value: m.month.to_string(),
                count: m.count,
                corpus: m.corpus,
            })
            .collect();
        JsonStats {
            documents: index.len(),
            matching: narrowed.docs.len(),
            date_range: index
                .day_span()
                .map(|(a, b)| [a.to_string(), b.to_string()]),
            facets,
            timeline,
            ignored: narrowed
                .unknown
                .iter()
                .map(|(facet, value)| format!("{}={value}", facet.name()))
                .collect(),
        }
    }
}
