//! Packs a corpus: metadata, texts in the corpus's code, the index, the
//! relations, each in its section (see [`super::Section`]).

use super::info::encode_info;
use super::restorer::Restorer;
use super::{bloom, is_cjk_pair, meta, postings, push_end, push_u32, push_varint, relations};
use super::{HayCode, Section, HEADER, MAGIC, RARE_PAIR_DOCS, SECTIONS, VERSION};
use crate::model::Corpus;
use crate::text::normalize::{normalize, push_normalized};
use crate::text::tokens::for_each_key;
use std::collections::HashMap;

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
    sections[Section::RarePairs as usize] = bloom::build(&rare);
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
