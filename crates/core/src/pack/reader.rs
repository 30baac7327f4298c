//! A pack opened in place: its sections are checked once, then read where
//! they lie.

use super::info::decode_info;
use super::restorer::Restorer;
use super::{bloom, meta, read_u32, read_varint};
use super::{HayCode, PackError, Postings, Section, HEADER, MAGIC, SECTIONS, VERSION};
use crate::model::{CorpusInfo, Document};
use std::sync::OnceLock;

/// A pack opened in place: its catalog at once, its texts and index once
/// they are there ([`Pack::attach`]; [`Pack::open`] does both).
#[derive(Debug, Clone)]
pub struct Pack<'a> {
    /// The header and the catalog sections.
    head: &'a [u8],
    /// The texts and the index, from `head.len()` on.
    tail: OnceLock<&'a [u8]>,
    /// The whole pack's length, as its header states.
    total: usize,
    sections: [(usize, usize); SECTIONS],
    pub(super) docs: usize,
    code: HayCode,
    restorer: Restorer,
}

impl<'a> Pack<'a> {
    /// Opens a whole pack; returns it with its documents (their `text`
    /// empty: read texts with [`Pack::text`]).
    pub fn open(bytes: &'a [u8]) -> Result<(Self, Vec<Document>), PackError> {
        let split = super::head_len(bytes)
            .filter(|&split| split <= bytes.len())
            .ok_or(PackError::NotAPack)?;
        let (head, tail) = bytes.split_at(split);
        let (pack, docs) = Pack::open_head(head)?;
        pack.attach(tail)?;
        Ok((pack, docs))
    }

    /// Opens the catalog: the first [`super::head_len`] bytes of a pack.
    /// Documents, relations and the corpus's title can be read at once;
    /// texts and search wait for [`Pack::attach`] (until then texts read as
    /// empty and no key is found).
    pub fn open_head(head: &'a [u8]) -> Result<(Self, Vec<Document>), PackError> {
        if head.len() < HEADER
            || &head[..4] != MAGIC
            || read_u32(head, 4) != Some(VERSION)
            || read_u32(head, 8) != Some(SECTIONS as u32)
        {
            return Err(PackError::NotAPack);
        }
        let total = super::len_from_header(head).ok_or(PackError::NotAPack)?;
        if super::head_len(head) != Some(head.len()) {
            return Err(PackError::Damaged("catalog length"));
        }
        let mut sections = [(0, 0); SECTIONS];
        for (n, section) in sections.iter_mut().enumerate() {
            let offset = read_u32(head, 12 + n * 8).unwrap_or(0) as usize;
            let len = read_u32(head, 16 + n * 8).unwrap_or(0) as usize;
            *section = (offset, len);
        }
        // Each section where its part says, in the order of the table.
        let mut at = HEADER;
        for (n, &(offset, len)) in sections.iter().enumerate() {
            let end = offset.checked_add(len).filter(|&end| end <= total);
            let limit = match Section::ALL[n].in_tail() {
                true => total,
                false => head.len(),
            };
            if offset < at || end.is_none_or(|end| end > limit) {
                return Err(PackError::Damaged("section table"));
            }
            at = offset + len;
        }
        let mut pack = Pack {
            head,
            tail: OnceLock::new(),
            total,
            sections,
            docs: 0,
            code: HayCode::default(),
            restorer: Restorer::default(),
        };
        let docs =
            meta::decode(pack.section(Section::Meta)).ok_or(PackError::Damaged("metadata"))?;
        pack.docs = docs.len();
        pack.code = pack.read_code()?;
        pack.restorer = pack.read_restorer()?;
        pack.check_head()?;
        Ok((pack, docs))
    }

    /// Adds the texts and the index: the pack's bytes after its catalog.
    /// Checked before they are used; a damaged tail leaves the pack as it was.
    pub fn attach(&self, tail: &'a [u8]) -> Result<(), PackError> {
        if self.head.len() + tail.len() != self.total {
            return Err(PackError::Damaged("texts and index (length)"));
        }
        let whole = Pack {
            tail: OnceLock::from(tail),
            ..self.clone()
        };
        whole.check_tail()?;
        // A second attach of the same pack changes nothing.
        let _ = self.tail.set(tail);
        Ok(())
    }

    /// Whether the texts and the index are in.
    pub fn is_complete(&self) -> bool {
        self.tail.get().is_some()
    }

    fn check_head(&self) -> Result<(), PackError> {
        if self.section(Section::DocChars).len() != self.docs * 4 {
            return Err(PackError::Damaged("document tables"));
        }
        if !self.section(Section::Changed).len().is_multiple_of(8) {
            return Err(PackError::Damaged("changed characters"));
        }
        self.check_relations()?;
        if decode_info(self.section(Section::Info)).is_none() {
            return Err(PackError::Damaged("corpus title"));
        }
        self.check_offsets(&[
            (Section::RelatedEnds, Section::Related),
            (Section::ClusterEnds, Section::Clusters),
        ])
    }

    fn check_tail(&self) -> Result<(), PackError> {
        for table in [Section::ChangeEnds, Section::HayEnds, Section::TitleLens] {
            if self.section(table).len() != self.docs * 4 {
                return Err(PackError::Damaged("document tables"));
            }
        }
        if !self.section(Section::KeyEnds).len().is_multiple_of(4)
            || self.section(Section::PostingEnds).len() != self.section(Section::KeyEnds).len()
        {
            return Err(PackError::Damaged("key tables"));
        }
        self.check_offsets(&[
            (Section::ChangeEnds, Section::Changes),
            (Section::HayEnds, Section::Hay),
            (Section::KeyEnds, Section::Keys),
            (Section::PostingEnds, Section::Postings),
        ])
    }

    /// Each end-offset table rises and stays inside its blob.
    fn check_offsets(&self, pairs: &[(Section, Section)]) -> Result<(), PackError> {
        for &(ends, blob) in pairs {
            let table = self.section(ends);
            let mut last = 0;
            for n in 0..table.len() / 4 {
                let end = read_u32(table, n * 4).unwrap_or(0) as usize;
                if end < last || end > self.section(blob).len() {
                    return Err(PackError::Damaged("offsets"));
                }
                last = end;
            }
        }
        Ok(())
    }

    fn read_restorer(&self) -> Result<Restorer, PackError> {
        let table = self.section(Section::Restored);
        let pairs: Option<Vec<(char, char)>> = (0..table.len() / 8)
            .map(|n| {
                let normalized = char::from_u32(read_u32(table, n * 8)?)?;
                Some((normalized, char::from_u32(read_u32(table, n * 8 + 4)?)?))
            })
            .collect();
        match pairs {
            Some(pairs)
                if table.len().is_multiple_of(8) && pairs.windows(2).all(|w| w[0].0 < w[1].0) =>
            {
                Ok(Restorer { pairs })
            }
            _ => Err(PackError::Damaged("restored characters")),
        }
    }

    fn read_code(&self) -> Result<HayCode, PackError> {
        let table = self.section(Section::HayChars);
        let chars: Option<Vec<char>> = (0..table.len() / 4)
            .map(|n| read_u32(table, n * 4).and_then(char::from_u32))
            .collect();
        match chars {
            Some(chars) if table.len().is_multiple_of(4) => Ok(HayCode::from_chars(chars)),
            _ => Err(PackError::Damaged("character code")),
        }
    }

    /// A section's bytes (checked at open; a section of the texts and the
    /// index is empty until they are attached).
    pub(super) fn section(&self, section: Section) -> &'a [u8] {
        let (offset, len) = self.sections[section as usize];
        let (bytes, start) = match section.in_tail() {
            false => (self.head, offset),
            true => match self.tail.get() {
                Some(tail) => (*tail, offset.saturating_sub(self.head.len())),
                None => return &[],
            },
        };
        bytes.get(start..start + len).unwrap_or_default()
    }

    /// The `n`th slice of a blob cut by an end-offset table (checked at open).
    pub(super) fn slice(&self, blob: Section, ends: Section, n: usize) -> &'a [u8] {
        let table = self.section(ends);
        let end = read_u32(table, n * 4).unwrap_or(0) as usize;
        let start = match n {
            0 => 0,
            _ => read_u32(table, (n - 1) * 4).unwrap_or(0) as usize,
        };
        self.section(blob).get(start..end).unwrap_or_default()
    }

    /// Bytes of each part of the pack, for reports: texts, index, metadata…
    pub fn part_sizes(&self) -> Vec<(&'static str, usize)> {
        self.parts()
            .into_iter()
            .map(|(name, slices)| (name, slices.iter().map(|s| s.len()).sum()))
            .collect()
    }

    /// The sections of each part of the pack (see [`Pack::part_sizes`]).
    pub fn parts(&self) -> Vec<(&'static str, Vec<&'a [u8]>)> {
        use Section::*;
        let parts: [(&'static str, &[Section]); 7] = [
            ("metadata", &[Meta]),
            (
                "texts (coded)",
                &[Hay, HayEnds, TitleLens, DocChars, HayChars],
            ),
            (
                "changed characters",
                &[Restored, Changed, Changes, ChangeEnds],
            ),
            ("index keys", &[Keys, KeyEnds]),
            ("index postings", &[Postings, PostingEnds]),
            ("rare-pair filter", &[RarePairs]),
            (
                "relations",
                &[
                    Related,
                    RelatedEnds,
                    Clusters,
                    ClusterEnds,
                    ClusterOf,
                    Boilerplate,
                ],
            ),
        ];
        parts
            .iter()
            .map(|(name, sections)| (*name, sections.iter().map(|&s| self.section(s)).collect()))
            .collect()
    }

    /// Reads part `n` of `parts` of the texts and the index, a byte of every
    /// 64 (see [`crate::search::Library::warm_up_step`]); returns a checksum.
    pub fn read_through(&self, n: usize, parts: usize) -> u64 {
        [
            Section::Hay,
            Section::Postings,
            Section::Keys,
            Section::KeyEnds,
            Section::PostingEnds,
        ]
        .iter()
        .map(|&s| {
            let bytes = self.section(s);
            let share = bytes.len().div_ceil(parts.max(1));
            let start = (n * share).min(bytes.len());
            &bytes[start..(start + share).min(bytes.len())]
        })
        .flat_map(|part| part.chunks(64))
        .fold(0u64, |sum, line| sum.wrapping_add(u64::from(line[0])))
    }

    /// The corpus's title and description (checked at open).
    pub fn info(&self) -> CorpusInfo {
        decode_info(self.section(Section::Info)).unwrap_or_default()
    }

    /// Number of documents.
    pub fn doc_count(&self) -> usize {
        self.docs
    }

    /// A document's original text, rebuilt from its normalized text and the
    /// characters normalization changed; `None` if the pack is damaged.
    pub fn text(&self, doc: usize) -> Option<String> {
        let coded = self.hay(doc);
        let normalized = self.code.decode(coded.get(self.title_len(doc)..)?)?;
        // The haystack's text starts after the newline that ends its title.
        let normalized = normalized.get(1..).unwrap_or_default();
        let table = self.section(Section::Changed);
        let mut changes = self.slice(Section::Changes, Section::ChangeEnds, doc);
        let mut text = String::with_capacity(normalized.len() + normalized.len() / 8);
        let mut at = 0;
        while !changes.is_empty() {
            let start = at + read_varint(&mut changes)? as usize;
            let id = read_varint(&mut changes)? as usize;
            let c = char::from_u32(read_u32(table, id * 8)?)?;
            let len = read_u32(table, id * 8 + 4)? as usize;
            self.restorer
                .push_restored(normalized.get(at..start)?, &mut text);
            text.push(c);
            at = start + len;
        }
        self.restorer
            .push_restored(normalized.get(at..)?, &mut text);
        Some(text)
    }

    /// A document's normalized title and text, joined by a newline, in the
    /// corpus's code ([`Pack::code`]).
    pub fn hay(&self, doc: usize) -> &'a [u8] {
        self.slice(Section::Hay, Section::HayEnds, doc)
    }

    /// The character code of the haystacks.
    pub fn code(&self) -> &HayCode {
        &self.code
    }

    /// Bytes of the coded haystack that are the normalized title.
    pub fn title_len(&self, doc: usize) -> usize {
        read_u32(self.section(Section::TitleLens), doc * 4).unwrap_or(0) as usize
    }

    /// Characters in a document's haystack.
    pub fn doc_chars(&self, doc: usize) -> u32 {
        read_u32(self.section(Section::DocChars), doc * 4).unwrap_or(0)
    }

    /// Number of index keys.
    pub fn key_count(&self) -> usize {
        self.section(Section::KeyEnds).len() / 4
    }

    fn key(&self, n: usize) -> &'a [u8] {
        self.slice(Section::Keys, Section::KeyEnds, n)
    }

    /// The position of the first key not less than `key`.
    fn lower_bound(&self, key: &[u8]) -> usize {
        let (mut low, mut high) = (0, self.key_count());
        while low < high {
            let mid = low + (high - low) / 2;
            if self.key(mid) < key {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        low
    }

    /// The key equal to `key`, if indexed.
    pub fn find_key(&self, key: &str) -> Option<usize> {
        let at = self.lower_bound(key.as_bytes());
        (at < self.key_count() && self.key(at) == key.as_bytes()).then_some(at)
    }

    /// The keys starting with `prefix`.
    pub fn prefix_keys(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.lower_bound(prefix.as_bytes());
        let mut end = start;
        while end < self.key_count() && self.key(end).starts_with(prefix.as_bytes()) {
            end += 1;
        }
        start..end
    }

    /// Whether a CJK pair may be one of the rare pairs left out of the index
    /// (`false`: no document has it).
    pub fn maybe_rare_pair(&self, key: &str) -> bool {
        bloom::may_contain(self.section(Section::RarePairs), key)
    }

    /// A key's posting list: `(document, occurrences)` by document.
    pub fn postings(&self, key: usize) -> Postings<'a> {
        let bytes = self.slice(Section::Postings, Section::PostingEnds, key);
        Postings::read(bytes, self.docs)
    }
}
