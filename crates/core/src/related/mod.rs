//! Related documents and repost clusters, computed once for a whole corpus
//! (by `gazette build`) and stored in it.
//!
//! - [`comparable`]: the form texts are compared in (normalized, no
//!   punctuation or spaces), with offsets back to the original;
//! - [`passages`]: the passages two texts share, in linear time;
//! - [`fingerprints`]: winnowed fingerprints and an inverted index, so
//!   candidate pairs are found without comparing all pairs;
//! - [`boilerplate`]: paragraphs that recur across unrelated documents;
//! - [`score`]: a pair's score and reasons;
//! - [`clusters`]: reposts grouped, canonical member, timeline;
//! - [`compute`](mod@compute): all of it over a corpus.
//!
//! ```
//! use gazette_core::related::comparable::title_key;
//! assert_eq!(title_key("关注 | 数据安全管理办法（附全文）"), "数据安全管理办法");
//! ```

pub mod boilerplate;
pub mod clusters;
pub mod comparable;
pub mod compute;
pub mod fingerprints;
pub mod passages;
pub mod score;
pub mod types;

pub use compute::compute;
pub use types::{Cluster, Reason, RelatedDoc, RelatedList, Relations};

/// Weights of the parts of a relatedness score; the score is their weighted
/// sum divided by the sum of the weights, so it lies between 0 and 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Shared text: `0.7 × the larger share + 0.3 × the smaller` (0–1).
    pub text: f32,
    /// Same title (1) or similar title (its Dice coefficient).
    pub title: f32,
    /// Cited documents in common, weighted by rarity (0–1).
    pub refs: f32,
    /// People in common, weighted by rarity (0–1).
    pub people: f32,
    /// Agencies in common, weighted by rarity (0–1).
    pub agencies: f32,
    /// Closeness in time: 1 the same day, falling to 0 at `near_days`.
    pub date: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            text: 1.0,
            title: 0.6,
            refs: 0.3,
            people: 0.2,
            agencies: 0.1,
            date: 0.1,
        }
    }
}

/// The knobs of related-document computation, with their meaning and range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// Shortest shared passage, in comparable characters (12–40; at least
    /// [`passages::SEED`]). A Chinese clause is about 10–20 characters.
    pub min_passage: usize,
    /// Winnowing window, in seeds (4–16): any shared passage of
    /// `SEED + window - 1` characters leaves a shared fingerprint; larger
    /// windows keep fewer fingerprints.
    pub window: usize,
    /// A key (fingerprint, title pair, cited document, person) in more
    /// documents than this is too common to propose candidates (20–200).
    /// Bounds the candidate work to this many times the number of keys.
    pub max_key_docs: usize,
    /// Candidates by shared text compared exactly per document (5–50).
    pub text_candidates: usize,
    /// Related documents kept per document (5–20).
    pub keep: usize,
    /// Lowest score kept (0–1).
    pub min_score: f32,
    /// Smallest share of either text that makes shared text a reason (0–1).
    pub min_share: f32,
    /// Titles at least this similar (Dice of character pairs) are "similar" (0.5–1).
    pub similar_title: f32,
    /// Dates at most this many days apart are "near" (1–60).
    pub near_days: u32,
    /// A repost: at least this share of one text is in the other (0.5–1) …
    pub repost_share: f32,
    /// … and at least this share of the other in the one (0–1) …
    pub repost_min_share: f32,
    /// … and at most this many days apart (7–90; periodic notices share
    /// their template text, a repost follows within weeks).
    pub repost_max_days: u32,
    /// Or: same title, at most this many days apart (1–30) …
    pub repost_title_days: u32,
    /// … and at least this share of one text in the other (0–1).
    pub repost_title_share: f32,
    /// A paragraph in at least this many documents may be boilerplate (3–20) …
    pub boilerplate_docs: usize,
    /// … when at least this share of those documents have different titles (0.5–1).
    pub boilerplate_titles: f32,
    /// Weights of the score's parts.
    pub weights: Weights,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            min_passage: 12,
            window: 8,
            max_key_docs: 50,
            text_candidates: 20,
            keep: 10,
            min_score: 0.03,
            min_share: 0.02,
            similar_title: 0.8,
            near_days: 14,
            repost_share: 0.8,
            repost_min_share: 0.3,
            repost_max_days: 30,
            repost_title_days: 7,
            repost_title_share: 0.3,
            boilerplate_docs: 4,
            boilerplate_titles: 0.75,
            weights: Weights::default(),
        }
    }
}
