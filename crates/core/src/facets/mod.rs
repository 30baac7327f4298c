//! Facets: narrowing a set of documents by their metadata, with counts.
//!
//! A reader selects values (`source = 新华社`, `year = 2023` …). Within one
//! facet the selected values are alternatives (OR); across facets they all
//! apply (AND). Each facet's counts are *disjunctive*: they count the
//! documents that pass every other facet's selection, so a reader sees what
//! picking another value of the same facet would give.
//!
//! ```
//! use gazette_core::facets::{Facet, FacetIndex, Filters};
//! # let docs: Vec<gazette_core::model::Document> = vec![];
//! let index = FacetIndex::build(&docs);
//! let mut filters = Filters::default();
//! filters.select(Facet::Source, "新华社");
//! let narrowed = index.narrow(0..docs.len(), &filters);
//! assert_eq!(narrowed.docs.len(), 0);
//! ```

mod filters;
mod index;
mod narrow;

pub use filters::{Filters, QuickRange};
pub use index::FacetIndex;
pub use narrow::{Dimension, FacetCounts, MonthCount, Narrowed, ValueCount};

/// A piece of metadata documents can be narrowed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    /// The outlet or account that published the copy.
    Source,
    /// Publication year (`2023`).
    Year,
    /// Publication month (`2023-05`), offered within the selected years.
    Month,
    /// Government bodies named.
    Agency,
    /// The bodies that issued what the document is about (发文机关).
    Issuer,
    /// Officials and executives named.
    Person,
    /// What the announcement is (`meeting`, `notice` …).
    Kind,
    /// Categories given by the source file.
    Category,
    /// Tags given by the source file.
    Tag,
    /// The original publisher the text states.
    Origin,
    /// Instruments the document carries or cites, by registry key
    /// ([`crate::instrument::registry::Registry::keys_of`]).
    Instrument,
}

impl Facet {
    /// Every facet, in display order.
    pub const ALL: [Facet; 11] = [
        Facet::Source,
        Facet::Year,
        Facet::Month,
        Facet::Kind,
        Facet::Issuer,
        Facet::Agency,
        Facet::Instrument,
        Facet::Person,
        Facet::Origin,
        Facet::Category,
        Facet::Tag,
    ];

    /// Its name in URLs, the CLI and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Facet::Source => "source",
            Facet::Year => "year",
            Facet::Month => "month",
            Facet::Agency => "agency",
            Facet::Issuer => "issuer",
            Facet::Person => "person",
            Facet::Kind => "kind",
            Facet::Category => "category",
            Facet::Tag => "tag",
            Facet::Origin => "origin",
            Facet::Instrument => "instrument",
        }
    }

    /// The facet with this name.
    pub fn from_name(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Position in [`Facet::ALL`] (a small dense number for tables and bit masks).
    pub fn position(self) -> usize {
        Facet::ALL
            .iter()
            .position(|&f| f == self)
            .unwrap_or_default()
    }

    /// Whether `value` is well formed for this facet (dates and kinds have a
    /// fixed shape; the other facets take any non-empty text).
    pub fn accepts(self, value: &str) -> bool {
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        match self {
            Facet::Year => value.len() == 4 && digits(value),
            Facet::Month => {
                value.len() == 7
                    && value.as_bytes()[4] == b'-'
                    && digits(&value[..4])
                    && digits(&value[5..])
                    && matches!(value[5..].parse::<u8>(), Ok(1..=12))
            }
            Facet::Kind => crate::model::Kind::from_name(value).is_some(),
            _ => !value.trim().is_empty() && value.chars().count() <= MAX_VALUE_CHARS,
        }
    }
}

/// Longest facet value kept (from URLs and command lines).
pub const MAX_VALUE_CHARS: usize = 200;
