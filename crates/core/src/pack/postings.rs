//! Posting lists: which documents have a key, and how often.
//!
//! A list starts with a varint `count << 1 | dense`. Most occurrences are
//! single, so a sparse list writes each document as one varint
//! `gap << 1 | once`, followed by the count only when it is not 1. A list
//! of keys in many documents (common characters) is cheaper as a bitmap of
//! the corpus's documents, then a bitmap of which of them have the key once,
//! then the other counts. Each list takes whichever form is smaller.

use super::{push_varint, read_varint};

/// Encodes a list of `(document, occurrences)` sorted by document, for a
/// corpus of `doc_count` documents.
pub fn encode(list: &[(u32, u32)], doc_count: usize) -> Vec<u8> {
    let sparse = encode_sparse(list);
    let dense_len = doc_count.div_ceil(8) + list.len().div_ceil(8);
    if dense_len >= sparse.len() {
        let mut out = Vec::with_capacity(sparse.len() + 5);
        push_varint(&mut out, (list.len() as u32) << 1);
        out.extend_from_slice(&sparse);
        return out;
    }
    let mut out = Vec::with_capacity(dense_len + 5);
    push_varint(&mut out, (list.len() as u32) << 1 | 1);
    let mut docs = vec![0u8; doc_count.div_ceil(8)];
    let mut once = vec![0u8; list.len().div_ceil(8)];
    for (n, &(doc, tf)) in list.iter().enumerate() {
        set_bit(&mut docs, doc as usize);
        if tf == 1 {
            set_bit(&mut once, n);
        }
    }
    out.extend_from_slice(&docs);
    out.extend_from_slice(&once);
    for &(_, tf) in list.iter().filter(|&&(_, tf)| tf != 1) {
        push_varint(&mut out, tf);
    }
    out
}

fn encode_sparse(list: &[(u32, u32)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(list.len() * 2);
    let mut last = 0;
    for (n, &(doc, tf)) in list.iter().enumerate() {
        let gap = if n == 0 { doc } else { doc - last };
        last = doc;
        push_varint(&mut out, gap << 1 | u32::from(tf == 1));
        if tf != 1 {
            push_varint(&mut out, tf);
        }
    }
    out
}

fn set_bit(bits: &mut [u8], n: usize) {
    if let Some(byte) = bits.get_mut(n / 8) {
        *byte |= 1 << (n % 8);
    }
}

/// Eight bytes of a bitmap from `at` (fewer at its end), as one word.
fn word_at(bits: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    let part = bits.get(at..).unwrap_or_default();
    let len = part.len().min(8);
    word[..len].copy_from_slice(&part[..len]);
    u64::from_le_bytes(word)
}

fn bit(bits: &[u8], n: usize) -> bool {
    bits.get(n / 8)
        .is_some_and(|byte| byte & (1 << (n % 8)) != 0)
}

/// Iterator over one posting list: `(document, occurrences)` by document.
#[derive(Debug, Clone)]
pub struct Postings<'a> {
    remaining: u32,
    form: Form<'a>,
}

#[derive(Debug, Clone)]
enum Form<'a> {
    Sparse {
        bytes: &'a [u8],
        doc: u32,
        first: bool,
    },
    Dense {
        docs: &'a [u8],
        once: &'a [u8],
        counts: &'a [u8],
        /// The 64 documents of the bitmap being read: their first, and the
        /// bits not read yet.
        base: usize,
        word: u64,
        /// The next posting's number.
        n: usize,
    },
}

impl<'a> Postings<'a> {
    /// Reads a list made by [`encode`] (an empty list if it is damaged).
    pub fn read(mut bytes: &'a [u8], doc_count: usize) -> Self {
        let header = read_varint(&mut bytes).unwrap_or(0);
        let remaining = header >> 1;
        let form = if header & 1 == 0 {
            Form::Sparse {
                bytes,
                doc: 0,
                first: true,
            }
        } else {
            let docs_len = doc_count.div_ceil(8);
            let once_len = (remaining as usize).div_ceil(8);
            match (
                bytes.get(..docs_len),
                bytes.get(docs_len..docs_len + once_len),
            ) {
                (Some(docs), Some(once)) => Form::Dense {
                    docs,
                    once,
                    counts: &bytes[docs_len + once_len..],
                    base: 0,
                    word: word_at(docs, 0),
                    n: 0,
                },
                _ => return Postings::empty(),
            }
        };
        Postings { remaining, form }
    }

    fn empty() -> Self {
        Postings {
            remaining: 0,
            form: Form::Sparse {
                bytes: &[],
                doc: 0,
                first: true,
            },
        }
    }

    /// How many documents the list holds (document frequency).
    pub fn len(&self) -> usize {
        self.remaining as usize
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.remaining == 0
    }
}

impl Iterator for Postings<'_> {
    type Item = (u32, u32);

    fn size_hint(&self) -> (usize, Option<usize>) {
        // At most: a damaged list may end early.
        (0, Some(self.remaining as usize))
    }

    fn next(&mut self) -> Option<(u32, u32)> {
        if self.remaining == 0 {
            return None;
        }
        let item = match &mut self.form {
            Form::Sparse { bytes, doc, first } => {
                let word = read_varint(bytes)?;
                let tf = if word & 1 == 1 {
                    1
                } else {
                    read_varint(bytes)?
                };
                *doc = if *first {
                    word >> 1
                } else {
                    doc.checked_add(word >> 1)?
                };
                *first = false;
                (*doc, tf)
            }
            Form::Dense {
                docs,
                once,
                counts,
                base,
                word,
                n,
            } => {
                // The next set bit, 64 documents at a time.
                while *word == 0 {
                    *base += 64;
                    if *base >= docs.len() * 8 {
                        return None;
                    }
                    *word = word_at(docs, *base / 8);
                }
                let doc = *base + word.trailing_zeros() as usize;
                *word &= *word - 1;
                let tf = if bit(once, *n) {
                    1
                } else {
                    read_varint(counts)?
                };
                *n += 1;
                (doc as u32, tf)
            }
        };
        self.remaining -= 1;
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(list: &[(u32, u32)], doc_count: usize) -> Vec<(u32, u32)> {
        Postings::read(&encode(list, doc_count), doc_count).collect()
    }

    #[test]
    fn sparse_and_dense_lists_come_back() {
        let sparse = [(3, 1), (200, 5), (201, 1), (70_000, 2)];
        assert_eq!(round_trip(&sparse, 80_000), sparse);
        let dense: Vec<(u32, u32)> = (0..100).map(|d| (d, 1 + d % 3)).collect();
        let bytes = encode(&dense, 100);
        assert_eq!(bytes[0] & 1, 1, "a list of every document is a bitmap");
        assert_eq!(round_trip(&dense, 100), dense);
        assert_eq!(Postings::read(&bytes, 100).len(), 100);
        assert_eq!(round_trip(&[], 10), []);
    }

    #[test]
    fn single_occurrences_take_one_byte() {
        let list: Vec<(u32, u32)> = (0..50).map(|d| (d * 10, 1)).collect();
        assert_eq!(encode(&list, 10_000).len(), 1 + 50);
    }

    #[test]
    fn damaged_lists_end_early() {
        let dense: Vec<(u32, u32)> = (0..64).map(|d| (d, 2)).collect();
        let bytes = encode(&dense, 64);
        for cut in 0..bytes.len() {
            let read: Vec<_> = Postings::read(&bytes[..cut], 64).collect();
            assert!(read.len() <= dense.len());
        }
    }
}
