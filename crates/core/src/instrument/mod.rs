//! Normative instruments (规定, 办法, 条例 …) as things of their own: the
//! structure of their text ([`structure`]) and how their articles are named
//! and cited ([`cite`]).

pub mod cite;
pub mod structure;
