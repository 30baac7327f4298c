//! The packed corpus the app embeds: document metadata, texts and the search
//! index in one byte buffer that is read in place, so start-up parses only the
//! small metadata and never copies texts or builds an index.
//!
//! Texts are stored once, normalized (what search reads) and written in a
//! character code made for the corpus ([`HayCode`]: about 1.5 bytes a Chinese
//! character instead of UTF-8's 3); the original is rebuilt from it. Each
//! normalized character reads back as its most frequent original in the
//! corpus (`,` as `，` in a Chinese corpus), and a short list per document
//! names the places where the original was another (an ASCII comma, a
//! capital letter, a dropped invisible character).
//!
//! Layout (little-endian): `GZPK`, version `u32`, section count `u32`, then
//! one `(offset u32, length u32)` per [`Section`], then the sections.
//! Per-document and per-key tables are `u32` end offsets into a blob.
//! Posting lists are LEB128 varints or bitmaps (see [`postings`]).

//!
//! Modules: [`writer`] packs a corpus, [`reader`] opens a pack in place;
//! both share the section table below and the codecs of [`meta`],
//! [`postings`], [`relations`], [`hay_code`], [`restorer`], [`bloom`] and
//! [`info`].

use crate::text::normalize::is_cjk;
use std::fmt;

const MAGIC: &[u8; 4] = b"GZPK";
const VERSION: u32 = 9;

mod bloom;
mod hay_code;
mod info;
mod meta;
mod postings;
mod reader;
mod relations;
mod restorer;
mod writer;
pub use hay_code::HayCode;
pub use postings::Postings;
pub use reader::Pack;
pub use relations::{PackedCluster, PackedRelated};
pub use writer::encode;

/// CJK pairs in this many documents or fewer are not indexed: they are most
/// of the keys but few of the postings. A term needing one is found through
/// its characters and checked in the text, so results stay exact.
pub const RARE_PAIR_DOCS: u32 = 64;

/// Declares the sections in their order, with [`Section::ALL`] listing them.
macro_rules! sections {
    ($(#[$outer:meta])* Section { $($(#[$doc:meta])* $name:ident,)* }) => {
        $(#[$outer])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Section {
            $($(#[$doc])* $name,)*
        }

        impl Section {
            /// Every section, in order.
            const ALL: [Section; SECTIONS] = [$(Section::$name,)*];
        }
    };
}

sections! {
    /// The sections of a pack, in order: first the catalog (what a list of the
    /// documents, their facets and relations need), then the texts and the
    /// index, so a reader can show the catalog while the rest arrives (see
    /// [`head_len`]).
    Section {
        /// The corpus's title and description (see [`crate::model::CorpusInfo`], [`info`]):
        /// a pack file names its own corpus.
        Info,
        /// The documents without their texts (see [`meta`]).
        Meta,
        /// Characters in each haystack (the document length for ranking).
        DocChars,
        /// Per document, its related documents (see [`relations`]).
        Related,
        RelatedEnds,
        /// Per cluster, its canonical member and members.
        Clusters,
        ClusterEnds,
        /// Per document, its cluster (`u32::MAX`: none).
        ClusterOf,
        /// Hashes of boilerplate paragraphs, sorted, `u64` each.
        Boilerplate,
        /// The characters of [`HayCode`] by number, `u32` each.
        HayChars,
        /// The normalized characters that read back as another original (their
        /// most frequent one in the corpus): `(normalized u32, original u32)`
        /// sorted by normalized character. Any other reads back as itself.
        Restored,
        /// Original characters the texts restore by exception: `(char u32,
        /// normalized length u32)`.
        Changed,
        // The texts and the index.
        /// Coded length of the normalized title at the start of each haystack.
        TitleLens,
        /// Normalized `title + "\n" + text` of each document ("haystack"), in
        /// the corpus's [`HayCode`].
        Hay,
        HayEnds,
        /// Per document, `(gap, index into Changed)` varint pairs: where the
        /// original is not what its normalized character reads back as (see
        /// [`Section::Restored`]; gap = normalized bytes since the end of the
        /// previous change).
        Changes,
        ChangeEnds,
        /// Index keys, sorted bytewise, concatenated.
        Keys,
        KeyEnds,
        Postings,
        PostingEnds,
        /// Bloom filter of the CJK pairs left out of the index because they are
        /// in at most [`RARE_PAIR_DOCS`] documents.
        RarePairs,
    }
}

/// The first section of the texts and the index: every section from it on
/// is read only once the whole pack is in.
const FIRST_OF_TAIL: Section = Section::TitleLens;

impl Section {
    /// Whether the section comes after the catalog.
    fn in_tail(self) -> bool {
        self as usize >= FIRST_OF_TAIL as usize
    }
}

const SECTIONS: usize = 22;
const HEADER: usize = 12 + SECTIONS * 8;

/// Why a pack could not be opened.
#[derive(Debug)]
pub enum PackError {
    /// Not a Gazette pack, or a newer version.
    NotAPack,
    /// Cut short or inconsistent at this section.
    Damaged(&'static str),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::NotAPack => write!(f, "not a Gazette corpus pack (version {VERSION})"),
            PackError::Damaged(what) => write!(f, "corpus pack is damaged ({what})"),
        }
    }
}

impl std::error::Error for PackError {}

fn push_end(sections: &mut [Vec<u8>], blob: Section, ends: Section) {
    let end = sections[blob as usize].len();
    push_u32(&mut sections[ends as usize], end);
}

fn push_u32(out: &mut Vec<u8>, n: usize) {
    let n = u32::try_from(n).unwrap_or(u32::MAX);
    out.extend_from_slice(&n.to_le_bytes());
}

fn push_varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn read_u32(bytes: &[u8], at: usize) -> Option<u32> {
    let chunk = bytes.get(at..at + 4)?;
    Some(u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]))
}

fn read_varint(bytes: &mut &[u8]) -> Option<u32> {
    let mut value: u32 = 0;
    for shift in (0..35).step_by(7) {
        let (&byte, rest) = bytes.split_first()?;
        *bytes = rest;
        value |= u32::from(byte & 0x7F).checked_shl(shift)?;
        if byte < 0x80 {
            return Some(value);
        }
    }
    None
}

/// Whether a key is a pair of CJK characters.
pub fn is_cjk_pair(key: &str) -> bool {
    let mut chars = key.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(a), Some(b), None) if is_cjk(a) && is_cjk(b))
}

/// The whole pack's length, read from its first bytes (at least
/// [`HEADER_LEN`]), so a reader can reserve it at once; `None` when they are
/// no pack header.
pub fn len_from_header(bytes: &[u8]) -> Option<usize> {
    if bytes.len() < HEADER || &bytes[..4] != MAGIC {
        return None;
    }
    (0..SECTIONS)
        .map(|n| {
            let offset = read_u32(bytes, 12 + n * 8)? as usize;
            let len = read_u32(bytes, 16 + n * 8)? as usize;
            offset.checked_add(len)
        })
        .try_fold(HEADER, |end, section| Some(end.max(section?)))
}

/// Bytes a reader needs for [`len_from_header`] and [`head_len`].
pub const HEADER_LEN: usize = HEADER;

/// The length of the pack's catalog (the header, the documents' metadata,
/// the relations), read from its first [`HEADER_LEN`] bytes: the part
/// [`Pack::open_head`] needs; `None` when they are no pack header.
pub fn head_len(bytes: &[u8]) -> Option<usize> {
    len_from_header(bytes)?;
    read_u32(bytes, 12 + FIRST_OF_TAIL as usize * 8).map(|offset| offset as usize)
}

#[cfg(test)]
mod tests;
