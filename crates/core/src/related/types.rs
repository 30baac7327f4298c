//! What `gazette build` stores about relations between documents: the
//! related list of every document, the repost clusters, and the paragraphs
//! that are boilerplate across the corpus. Part of the corpus format
//! (`Corpus::relations`, see `docs/corpus-format.md`).

use serde::{Deserialize, Serialize};

/// Relations between the documents of a corpus, computed at build time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Relations {
    /// Per document (in corpus order), its related documents, best first.
    #[serde(default)]
    pub related: Vec<RelatedList>,
    /// Repost clusters (two or more documents that are the same announcement).
    #[serde(default)]
    pub clusters: Vec<Cluster>,
    /// Paragraphs (in comparable form, see [`super::comparable`]) that recur in
    /// many otherwise unrelated documents: account slogans, stock headings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boilerplate: Vec<String>,
}

/// The related documents of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelatedList {
    /// The document's id.
    pub id: String,
    /// Its related documents, best first.
    pub hits: Vec<RelatedDoc>,
}

/// One related document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelatedDoc {
    /// The related document's id.
    pub id: String,
    /// How related, from 0 to 1 (see [`super::Weights`]).
    pub score: f32,
    /// Why, strongest first.
    pub reasons: Vec<Reason>,
}

/// Why two documents are related.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// Passages of text shared word for word (width, punctuation and spaces ignored).
    SharedText {
        /// How many separate passages.
        passages: u32,
        /// Share of this document's text found in the other, 0–1.
        this_share: f32,
        /// Share of the other document's text found in this one, 0–1.
        other_share: f32,
    },
    /// The same title once tags (`关注 | `) and notes (`（附全文）`) are stripped.
    SameTitle,
    /// Nearly the same title.
    SimilarTitle {
        /// Dice coefficient of the titles' character pairs, 0–1.
        similarity: f32,
    },
    /// Both cite these documents.
    SharedRefs {
        /// The cited titles and numbers both give.
        refs: Vec<String>,
    },
    /// Both name these people.
    SharedPeople {
        /// Their names.
        names: Vec<String>,
    },
    /// Both name these national bodies.
    SharedAgencies {
        /// Canonical agency names.
        agencies: Vec<String>,
    },
    /// Published within a few days of each other.
    NearDate {
        /// Whole days between the two dates.
        days: u32,
    },
}

/// A repost cluster: documents that are the same announcement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cluster {
    /// The id of the canonical member: a complete copy before a cut one,
    /// then one that is or states an official origin, then the earliest.
    pub canonical: String,
    /// Every member's id (the canonical one included), oldest first: the
    /// propagation timeline.
    pub members: Vec<String>,
    /// The members that are cut copies (scraped short, or stopping on an
    /// ellipsis where another member goes on).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cut: Vec<String>,
}

impl Relations {
    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.related.iter().all(|list| list.hits.is_empty())
            && self.clusters.is_empty()
            && self.boilerplate.is_empty()
    }
}

/// `0.8234` → `82%`.
pub fn percent(share: f32) -> String {
    let value = (share * 100.0).clamp(0.0, 100.0);
    // A share that rounds to 0 but is there must not read as none.
    if value > 0.0 && value < 1.0 {
        return "< 1%".to_owned();
    }
    format!("{value:.0}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_under_one_percent_is_not_zero() {
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(0.004), "< 1%");
        assert_eq!(percent(0.82), "82%");
        assert_eq!(percent(1.2), "100%");
    }

    #[test]
    fn reasons_serialize_with_a_kind_tag() {
        let reason = Reason::SharedText {
            passages: 2,
            this_share: 0.5,
            other_share: 0.25,
        };
        let json = serde_json::to_string(&reason).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"kind":"shared_text","passages":2,"this_share":0.5,"other_share":0.25}"#
        );
        assert_eq!(
            serde_json::to_string(&Reason::SameTitle).unwrap_or_default(),
            r#"{"kind":"same_title"}"#
        );
    }
}
