//! Normative instruments (规定, 办法, 条例 …) as things of their own: the
//! structure of their text ([`structure`]) and how their articles are named
//! and cited ([`cite`]), one name however it is cited ([`name`]), a
//! document's references resolved ([`refs`]), and the registry of a corpus's
//! instruments with their versions and dates ([`registry`]).

use serde::{Deserialize, Serialize};

pub mod cite;
pub mod name;
pub mod refs;
pub mod registry;
pub mod structure;

pub use name::Stage;

/// The instrument whose text a document carries (read at ingest): a text of
/// at least three articles, named by its title or its 附件.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carried {
    /// Its name as the document writes it (without 《》).
    pub name: String,
    /// Draft or final.
    pub stage: Stage,
    /// Its document number (文号 or 令号) as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// When it takes effect (施行), `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective: Option<String>,
    /// Instruments its text repeals (废止), as cited.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repeals: Vec<String>,
}
