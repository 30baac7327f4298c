//! Normative instruments (规定, 办法, 条例 …) as things of their own: for now
//! the structure of their text (see [`structure`]).

pub mod structure;
