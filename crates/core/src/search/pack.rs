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

use super::normalize::{is_cjk, normalize, push_normalized};
use super::tokens::for_each_key;
use crate::model::{Corpus, CorpusInfo, Document};
use std::collections::HashMap;
use std::fmt;

const MAGIC: &[u8; 4] = b"GZPK";
const VERSION: u32 = 7;

mod hay_code;
mod meta;
mod postings;
mod relations;
pub use hay_code::HayCode;
pub use postings::Postings;
pub use relations::{PackedCluster, PackedRelated};

/// CJK pairs in this many documents or fewer are not indexed: they are most
/// of the keys but few of the postings. A term needing one is found through
/// its characters and checked in the text, so results stay exact.
pub const RARE_PAIR_DOCS: u32 = 64;

/// Bloom filter bits per rare pair (about 1 % false positives with 7 probes).
const BLOOM_BITS_PER_KEY: usize = 10;
const BLOOM_PROBES: u64 = 7;

/// The sections of a pack, in order.
#[derive(Debug, Clone, Copy)]
enum Section {
    /// The documents without their texts (see [`meta`]).
    Meta,
    /// Original characters the texts restore by exception: `(char u32,
    /// normalized length u32)`.
    Changed,
    /// Per document, `(gap, index into Changed)` varint pairs: where the
    /// original is not what its normalized character reads back as (see
    /// [`Section::Restored`]; gap = normalized bytes since the end of the
    /// previous change).
    Changes,
    ChangeEnds,
    /// Normalized `title + "\n" + text` of each document ("haystack"), in
    /// the corpus's [`HayCode`].
    Hay,
    HayEnds,
    /// Coded length of the normalized title at the start of each haystack.
    TitleLens,
    /// Characters in each haystack (the document length for ranking).
    DocChars,
    /// Index keys, sorted bytewise, concatenated.
    Keys,
    KeyEnds,
    Postings,
    PostingEnds,
    /// Bloom filter of the CJK pairs left out of the index because they are
    /// in at most [`RARE_PAIR_DOCS`] documents.
    RarePairs,
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
    /// The corpus's title and description (see [`CorpusInfo`]), each as a
    /// varint length and UTF-8: a pack file names its own corpus.
    Info,
    /// The normalized characters that read back as another original (their
    /// most frequent one in the corpus): `(normalized u32, original u32)`
    /// sorted by normalized character. Any other reads back as itself.
    Restored,
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

/// Packs a corpus (documents in the corpus's order).
pub fn encode(corpus: &Corpus) -> Vec<u8> {
    let mut sections: Vec<Vec<u8>> = vec![Vec::new(); SECTIONS];
    sections[Section::Meta as usize] = meta::encode(&corpus.docs);
    sections[Section::Info as usize] = encode_info(&corpus.info());

    let mut index = IndexBuilder::default();
    let mut changed = ChangedChars::new(Restorer::for_texts(
        corpus.docs.iter().map(|d| d.text.as_str()),
    ));
    let mut counts: HashMap<char, u64> = HashMap::new();
    let mut hays = Vec::with_capacity(corpus.docs.len());
    for (n, doc) in corpus.docs.iter().enumerate() {
        let title = normalize(&doc.title);
        let mut hay = format!("{title}\n");
        changed.record(
            &doc.text,
            &mut hay,
            &mut sections[Section::Changes as usize],
        );
        push_end(&mut sections, Section::Changes, Section::ChangeEnds);
        index.add(n as u32, &hay);
        for c in hay.chars() {
            *counts.entry(c).or_default() += 1;
        }
        push_u32(
            &mut sections[Section::DocChars as usize],
            hay.chars().count(),
        );
        hays.push((title.len(), hay));
    }
    // The code needs every text's characters counted, so texts are coded last.
    let code = HayCode::from_counts(&counts);
    for (title_bytes, hay) in &hays {
        let coded = &mut sections[Section::Hay as usize];
        let start = coded.len();
        // Every character was counted, so every character has a number.
        let _ = code.encode_into(&hay[..*title_bytes], coded);
        let title_len = coded.len() - start;
        let _ = code.encode_into(&hay[*title_bytes..], coded);
        push_u32(&mut sections[Section::TitleLens as usize], title_len);
        push_end(&mut sections, Section::Hay, Section::HayEnds);
    }
    for &c in code.chars() {
        push_u32(&mut sections[Section::HayChars as usize], c as usize);
    }
    for &(normalized, original) in &changed.restorer.pairs {
        push_u32(
            &mut sections[Section::Restored as usize],
            normalized as usize,
        );
        push_u32(&mut sections[Section::Restored as usize], original as usize);
    }
    for (c, len) in changed.table {
        push_u32(&mut sections[Section::Changed as usize], c as usize);
        push_u32(&mut sections[Section::Changed as usize], len);
    }
    let (kept, rare) = index.finish(corpus.docs.len());
    sections[Section::RarePairs as usize] = bloom(&rare);
    relations::encode(corpus, &mut sections);
    for (key, postings) in kept {
        sections[Section::Keys as usize].extend_from_slice(key.as_bytes());
        push_end(&mut sections, Section::Keys, Section::KeyEnds);
        sections[Section::Postings as usize].extend_from_slice(&postings);
        push_end(&mut sections, Section::Postings, Section::PostingEnds);
    }

    let mut out = Vec::with_capacity(HEADER + sections.iter().map(Vec::len).sum::<usize>());
    out.extend_from_slice(MAGIC);
    push_u32(&mut out, VERSION as usize);
    push_u32(&mut out, SECTIONS);
    let mut offset = HEADER;
    for section in &sections {
        push_u32(&mut out, offset);
        push_u32(&mut out, section.len());
        offset += section.len();
    }
    for section in &sections {
        out.extend_from_slice(section);
    }
    out
}

fn encode_info(info: &CorpusInfo) -> Vec<u8> {
    let mut out = Vec::new();
    for text in [&info.title, &info.description] {
        push_varint(&mut out, u32::try_from(text.len()).unwrap_or(u32::MAX));
        out.extend_from_slice(text.as_bytes());
    }
    out
}

/// Reads what [`encode_info`] wrote; `None` when it is cut short or not UTF-8.
fn decode_info(bytes: &[u8]) -> Option<CorpusInfo> {
    let mut rest = bytes;
    let mut text = || {
        let len = read_varint(&mut rest)? as usize;
        let value = std::str::from_utf8(rest.get(..len)?).ok()?.to_owned();
        rest = &rest[len..];
        Some(value)
    };
    let title = text()?;
    let description = text()?;
    Some(CorpusInfo { title, description })
}

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

/// What each normalized character reads back as when nothing says
/// otherwise: its most frequent original.
#[derive(Debug, Clone, Default)]
struct Restorer {
    /// `(normalized, original)` where they differ, sorted.
    pairs: Vec<(char, char)>,
}

impl Restorer {
    /// The most frequent original of each normalized character in `texts`
    /// (ties go to the smaller character, so a corpus always packs the same).
    fn for_texts<'t>(texts: impl Iterator<Item = &'t str>) -> Self {
        let mut counts: HashMap<char, u64> = HashMap::new();
        for text in texts {
            for c in text.chars() {
                *counts.entry(c).or_default() += 1;
            }
        }
        let mut best: HashMap<char, (u64, char)> = HashMap::new();
        let mut normalized = String::new();
        for (&original, &count) in &counts {
            normalized.clear();
            push_normalized(original, &mut normalized);
            let mut chars = normalized.chars();
            let (Some(single), None) = (chars.next(), chars.next()) else {
                continue;
            };
            let entry = best.entry(single).or_insert((0, original));
            if (count, std::cmp::Reverse(original)) > (entry.0, std::cmp::Reverse(entry.1)) {
                *entry = (count, original);
            }
        }
        let mut pairs: Vec<(char, char)> = best
            .into_iter()
            .filter(|&(normalized, (_, original))| normalized != original)
            .map(|(normalized, (_, original))| (normalized, original))
            .collect();
        pairs.sort_unstable();
        Restorer { pairs }
    }

    /// What `normalized` reads back as.
    fn restore(&self, normalized: char) -> char {
        match self.pairs.binary_search_by_key(&normalized, |&(n, _)| n) {
            Ok(at) => self.pairs[at].1,
            Err(_) => normalized,
        }
    }

    /// Appends `normalized` read back.
    fn push_restored(&self, normalized: &str, out: &mut String) {
        match self.pairs.is_empty() {
            true => out.push_str(normalized),
            false => out.extend(normalized.chars().map(|c| self.restore(c))),
        }
    }
}

/// The original characters a text restores by exception, numbered.
struct ChangedChars {
    restorer: Restorer,
    ids: HashMap<char, u32>,
    table: Vec<(char, usize)>,
}

impl ChangedChars {
    fn new(restorer: Restorer) -> Self {
        ChangedChars {
            restorer,
            ids: HashMap::new(),
            table: Vec::new(),
        }
    }

    /// Appends the normalized `text` to `hay`, and to `changes` where its
    /// original is not what the normalized character reads back as.
    fn record(&mut self, text: &str, hay: &mut String, changes: &mut Vec<u8>) {
        let mut last_end = hay.len();
        for c in text.chars() {
            let before = hay.len();
            push_normalized(c, hay);
            let mut normalized = hay[before..].chars();
            if let (Some(single), None) = (normalized.next(), normalized.next()) {
                if self.restorer.restore(single) == c {
                    continue;
                }
            }
            let normalized_len = hay.len() - before;
            let id = *self.ids.entry(c).or_insert_with(|| {
                self.table.push((c, normalized_len));
                (self.table.len() - 1) as u32
            });
            push_varint(changes, (before - last_end) as u32);
            push_varint(changes, id);
            last_end = hay.len();
        }
    }
}

/// Collects posting lists while documents are added in order.
#[derive(Default)]
struct IndexBuilder {
    ids: HashMap<String, usize>,
    /// Per key, `(document, occurrences)` in document order.
    lists: Vec<Vec<(u32, u32)>>,
    doc_counts: HashMap<usize, u32>,
}

impl IndexBuilder {
    fn add(&mut self, doc: u32, hay: &str) {
        let mut counts = std::mem::take(&mut self.doc_counts);
        counts.clear();
        for_each_key(hay, |key| {
            let id = match self.ids.get(key) {
                Some(&id) => id,
                None => {
                    self.ids.insert(key.to_owned(), self.lists.len());
                    self.lists.push(Vec::new());
                    self.lists.len() - 1
                }
            };
            *counts.entry(id).or_default() += 1;
        });
        for (&id, &tf) in &counts {
            self.lists[id].push((doc, tf));
        }
        self.doc_counts = counts;
    }

    /// Indexed keys in bytewise order with their encoded lists (for a corpus
    /// of `doc_count` documents), and the rare CJK pairs left out.
    fn finish(mut self, doc_count: usize) -> (Vec<(String, Vec<u8>)>, Vec<String>) {
        let mut keys: Vec<(String, usize)> = self.ids.into_iter().collect();
        keys.sort_unstable();
        let mut kept = Vec::with_capacity(keys.len());
        let mut rare = Vec::new();
        for (key, id) in keys {
            let Some(list) = self.lists.get_mut(id).map(std::mem::take) else {
                continue;
            };
            if list.len() as u32 <= RARE_PAIR_DOCS && is_cjk_pair(&key) {
                rare.push(key);
                continue;
            }
            kept.push((key, postings::encode(&list, doc_count)));
        }
        (kept, rare)
    }
}

/// Whether a key is a pair of CJK characters.
pub fn is_cjk_pair(key: &str) -> bool {
    let mut chars = key.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(a), Some(b), None) if is_cjk(a) && is_cjk(b))
}

/// The probe positions of a key in a filter of `bits` bits (double hashing
/// of a 64-bit FNV-1a hash).
fn probes(key: &str, bits: u64) -> impl Iterator<Item = u64> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in key.bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    let (h1, h2) = (hash & 0xFFFF_FFFF, (hash >> 32) | 1);
    (0..BLOOM_PROBES).map(move |i| h1.wrapping_add(i.wrapping_mul(h2)) % bits.max(1))
}

fn bloom(keys: &[String]) -> Vec<u8> {
    let bits = (keys.len() * BLOOM_BITS_PER_KEY)
        .max(64)
        .next_multiple_of(8);
    let mut filter = vec![0u8; bits / 8];
    for key in keys {
        for bit in probes(key, bits as u64) {
            filter[(bit / 8) as usize] |= 1 << (bit % 8);
        }
    }
    filter
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

/// Bytes a reader needs for [`len_from_header`].
pub const HEADER_LEN: usize = HEADER;

/// A pack opened in place.
#[derive(Debug, Clone)]
pub struct Pack<'a> {
    bytes: &'a [u8],
    sections: [(usize, usize); SECTIONS],
    docs: usize,
    keys: usize,
    code: HayCode,
    restorer: Restorer,
}

impl<'a> Pack<'a> {
    /// Opens a pack; returns it with its documents (their `text` empty: read
    /// texts with [`Pack::text`]).
    pub fn open(bytes: &'a [u8]) -> Result<(Self, Vec<Document>), PackError> {
        if bytes.len() < HEADER
            || &bytes[..4] != MAGIC
            || read_u32(bytes, 4) != Some(VERSION)
            || read_u32(bytes, 8) != Some(SECTIONS as u32)
        {
            return Err(PackError::NotAPack);
        }
        let mut sections = [(0, 0); SECTIONS];
        for (n, section) in sections.iter_mut().enumerate() {
            let offset = read_u32(bytes, 12 + n * 8).unwrap_or(0) as usize;
            let len = read_u32(bytes, 16 + n * 8).unwrap_or(0) as usize;
            if offset.checked_add(len).is_none_or(|end| end > bytes.len()) {
                return Err(PackError::Damaged("section table"));
            }
            *section = (offset, len);
        }
        let mut pack = Pack {
            bytes,
            sections,
            docs: 0,
            keys: 0,
            code: HayCode::default(),
            restorer: Restorer::default(),
        };
        let docs =
            meta::decode(pack.section(Section::Meta)).ok_or(PackError::Damaged("metadata"))?;
        pack.docs = docs.len();
        pack.keys = pack.section(Section::KeyEnds).len() / 4;
        pack.code = pack.read_code()?;
        pack.restorer = pack.read_restorer()?;
        pack.check()?;
        Ok((pack, docs))
    }

    fn check(&self) -> Result<(), PackError> {
        let per_doc = [
            Section::ChangeEnds,
            Section::HayEnds,
            Section::TitleLens,
            Section::DocChars,
        ];
        for table in per_doc {
            if self.section(table).len() != self.docs * 4 {
                return Err(PackError::Damaged("document tables"));
            }
        }
        if !self.section(Section::Changed).len().is_multiple_of(8) {
            return Err(PackError::Damaged("changed characters"));
        }
        if self.section(Section::PostingEnds).len() != self.keys * 4 {
            return Err(PackError::Damaged("key tables"));
        }
        self.check_relations()?;
        if decode_info(self.section(Section::Info)).is_none() {
            return Err(PackError::Damaged("corpus title"));
        }
        for (ends, blob) in [
            (Section::ChangeEnds, Section::Changes),
            (Section::HayEnds, Section::Hay),
            (Section::KeyEnds, Section::Keys),
            (Section::PostingEnds, Section::Postings),
            (Section::RelatedEnds, Section::Related),
            (Section::ClusterEnds, Section::Clusters),
        ] {
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

    fn section(&self, section: Section) -> &'a [u8] {
        let (offset, len) = self.sections[section as usize];
        &self.bytes[offset..offset + len]
    }

    /// The `n`th slice of a blob cut by an end-offset table (checked at open).
    fn slice(&self, blob: Section, ends: Section, n: usize) -> &'a [u8] {
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

    /// Reads every byte of the texts and the index once (see
    /// [`crate::search::Library::warm_up`]); returns a checksum.
    pub fn read_through(&self) -> u64 {
        [
            Section::Hay,
            Section::Postings,
            Section::Keys,
            Section::KeyEnds,
            Section::PostingEnds,
        ]
        .iter()
        .flat_map(|&s| self.section(s).chunks(64))
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
        self.keys
    }

    fn key(&self, n: usize) -> &'a [u8] {
        self.slice(Section::Keys, Section::KeyEnds, n)
    }

    /// The position of the first key not less than `key`.
    fn lower_bound(&self, key: &[u8]) -> usize {
        let (mut low, mut high) = (0, self.keys);
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
        (at < self.keys && self.key(at) == key.as_bytes()).then_some(at)
    }

    /// The keys starting with `prefix`.
    pub fn prefix_keys(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.lower_bound(prefix.as_bytes());
        let mut end = start;
        while end < self.keys && self.key(end).starts_with(prefix.as_bytes()) {
            end += 1;
        }
        start..end
    }

    /// Whether a CJK pair may be one of the rare pairs left out of the index
    /// (`false`: no document has it).
    pub fn maybe_rare_pair(&self, key: &str) -> bool {
        let filter = self.section(Section::RarePairs);
        let bits = filter.len() as u64 * 8;
        bits > 0
            && probes(key, bits).all(|bit| {
                filter
                    .get((bit / 8) as usize)
                    .is_some_and(|byte| byte & (1 << (bit % 8)) != 0)
            })
    }

    /// A key's posting list: `(document, occurrences)` by document.
    pub fn postings(&self, key: usize) -> Postings<'a> {
        let bytes = self.slice(Section::Postings, Section::PostingEnds, key);
        Postings::read(bytes, self.docs)
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Corpus;

    fn corpus() -> Corpus {
        let json = r#"{"schema_version":1,"docs":[
          {"id":"a","path":"a.md","title":"网信办通知","date":"2024-02-01","source":"s","url":null,"text":"关于ＡＰＰ的通知。","agencies":[]},
          {"id":"b","path":"b.md","title":"其他","date":"2024-01-01","source":"s","url":null,"text":"网信办约谈。","agencies":[]}]}"#;
        Corpus::from_json(json).expect("test corpus")
    }

    #[test]
    fn round_trip_keeps_documents_and_texts() {
        let corpus = corpus();
        let bytes = encode(&corpus);
        let (pack, docs) = Pack::open(&bytes).expect("opens");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].title, "其他");
        assert_eq!(pack.text(0).as_deref(), Some("关于ＡＰＰ的通知。"));
        assert_eq!(pack.text(1).as_deref(), Some("网信办约谈。"));
        let hay = pack.code().decode(pack.hay(0));
        assert_eq!(hay.as_deref(), Some("网信办通知\n关于app的通知。"));
        let title = pack.code().decode(&pack.hay(0)[..pack.title_len(0)]);
        assert_eq!(title.as_deref(), Some("网信办通知"));
        assert!(pack.hay(0).len() < "网信办通知\n关于app的通知。".len() / 2);
    }

    #[test]
    fn a_character_reads_back_as_its_usual_original() {
        let mut corpus = corpus();
        corpus.docs[0].text = "一，二，三，四,五。ＡＰＰ与APP、App".into();
        corpus.docs[1].text = "六，七：八（九）".into();
        let bytes = encode(&corpus);
        let (pack, _) = Pack::open(&bytes).expect("opens");
        assert_eq!(
            pack.text(0).as_deref(),
            Some("一，二，三，四,五。ＡＰＰ与APP、App")
        );
        assert_eq!(pack.text(1).as_deref(), Some("六，七：八（九）"));
        // Only the ASCII comma, the letters unlike their usual form and
        // nothing of the second text are exceptions.
        assert!(pack.section(Section::Changes).len() <= 2 * 8);
        assert_eq!(pack.slice(Section::Changes, Section::ChangeEnds, 1), b"");
    }

    #[test]
    fn the_header_tells_the_whole_length() {
        let bytes = encode(&corpus());
        assert_eq!(len_from_header(&bytes[..HEADER_LEN]), Some(bytes.len()));
        assert_eq!(len_from_header(&bytes[..HEADER_LEN - 1]), None);
        assert_eq!(len_from_header(b"<!DOCTYPE html><html>"), None);
    }

    #[test]
    fn a_pack_names_its_corpus() {
        let mut corpus = corpus();
        assert_eq!(
            Pack::open(&encode(&corpus)).expect("opens").0.info(),
            CorpusInfo::default()
        );
        corpus.title = "网信政策公告".into();
        corpus.description = "2022–2025 年的公告".into();
        let bytes = encode(&corpus);
        assert_eq!(Pack::open(&bytes).expect("opens").0.info(), corpus.info());
    }

    #[test]
    fn postings_list_documents_and_counts() {
        let bytes = encode(&corpus());
        let (pack, _) = Pack::open(&bytes).expect("opens");
        let key = pack.find_key("网").expect("indexed");
        assert_eq!(pack.postings(key).collect::<Vec<_>>(), [(0, 1), (1, 1)]);
        let notice = pack.find_key("知").expect("indexed");
        assert_eq!(pack.postings(notice).collect::<Vec<_>>(), [(0, 2)]);
        assert_eq!(pack.prefix_keys("ap").len(), 1);
        assert!(pack.find_key("absent").is_none());
        // Pairs in two documents or fewer are left to the filter.
        assert!(pack.find_key("网信").is_none());
        assert!(pack.maybe_rare_pair("网信") && pack.maybe_rare_pair("通知"));
        let absent = [
            "数据", "安全", "监管", "处罚", "平台", "算法", "出境", "约束",
        ];
        assert!(absent.iter().filter(|k| pack.maybe_rare_pair(k)).count() <= 1);
    }

    #[test]
    fn damaged_packs_are_refused() {
        let bytes = encode(&corpus());
        assert!(matches!(Pack::open(b"nonsense"), Err(PackError::NotAPack)));
        for cut in [HEADER - 1, HEADER + 10, bytes.len() - 1] {
            assert!(Pack::open(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_text_comes_back_unchanged(texts in prop::collection::vec("\\PC{0,60}", 1..5)) {
                let mut corpus = corpus();
                corpus.docs.truncate(1);
                let template = corpus.docs[0].clone();
                corpus.docs = texts.iter().map(|t| Document { text: t.clone(), ..template.clone() }).collect();
                let bytes = encode(&corpus);
                let (pack, _) = Pack::open(&bytes).expect("opens");
                for (n, text) in texts.iter().enumerate() {
                    let back = pack.text(n);
                    prop_assert_eq!(back.as_deref(), Some(text.as_str()));
                }
            }
        }
    }
}
