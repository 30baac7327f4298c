//! Candidate pairs without comparing all pairs: each text is reduced to a
//! few fingerprints by winnowing its seed hashes (the smallest hash of every
//! window of `window` seeds; Schleimer, Wilkerson and Aiken 2003, as in MOSS),
//! so two texts sharing a passage of `SEED + window - 1` characters share at
//! least one fingerprint. Fingerprints go into one sorted list (an inverted
//! index); a fingerprint in too many documents is boilerplate and skipped.
//! The work is the number of fingerprints times at most `max_docs`.

use super::passages::seed_hashes;

/// The winnowed fingerprints of a text's characters, sorted, without repeats.
pub fn fingerprints(chars: &[char], window: usize) -> Vec<u64> {
    let hashes = seed_hashes(chars);
    let window = window.max(1);
    let mut out = Vec::with_capacity(hashes.len() * 2 / (window + 1) + 1);
    if hashes.len() <= window {
        out.extend(hashes.iter().min().copied());
        return out;
    }
    let mut last_pick = usize::MAX;
    for start in 0..=hashes.len() - window {
        // The rightmost minimum of the window.
        let (offset, _) = hashes[start..start + window].iter().enumerate().fold(
            (0, u64::MAX),
            |best, (i, &h)| if h <= best.1 { (i, h) } else { best },
        );
        let pick = start + offset;
        if pick != last_pick {
            out.push(hashes[pick]);
            last_pick = pick;
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// An inverted index of keys (text fingerprints, title pairs, cited
/// documents): for each document, the documents sharing its keys.
#[derive(Debug, Default)]
pub struct KeyIndex {
    /// `(fingerprint, document)`, sorted.
    entries: Vec<(u64, u32)>,
    /// Per document, where its fingerprints' runs start in `entries`.
    runs_of_doc: Vec<Vec<u32>>,
    /// Fingerprints per document.
    counts: Vec<u32>,
}

impl KeyIndex {
    /// Indexes each document's keys (`per_doc[d]`, without repeats).
    pub fn new(per_doc: Vec<Vec<u64>>) -> Self {
        let docs = per_doc.len();
        let counts = per_doc.iter().map(|f| f.len() as u32).collect();
        let total = per_doc.iter().map(Vec::len).sum();
        let mut entries: Vec<(u64, u32)> = Vec::with_capacity(total);
        for (doc, prints) in per_doc.into_iter().enumerate() {
            entries.extend(prints.into_iter().map(|p| (p, doc as u32)));
        }
        entries.sort_unstable();
        let mut runs_of_doc = vec![Vec::new(); docs];
        let mut start = 0;
        while start < entries.len() {
            let end = run_end(&entries, start);
            if end - start > 1 {
                for &(_, doc) in &entries[start..end] {
                    runs_of_doc[doc as usize].push(start as u32);
                }
            }
            start = end;
        }
        KeyIndex {
            entries,
            runs_of_doc,
            counts,
        }
    }

    /// How many keys two documents share (counting keys in two or more
    /// documents, however many).
    pub fn shared(&self, a: usize, b: usize) -> u32 {
        let (Some(ra), Some(rb)) = (self.runs_of_doc.get(a), self.runs_of_doc.get(b)) else {
            return 0;
        };
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < ra.len() && j < rb.len() {
            match ra[i].cmp(&rb[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }

    /// Number of keys of a document.
    pub fn count(&self, doc: usize) -> u32 {
        self.counts.get(doc).copied().unwrap_or(0)
    }

    /// The documents sharing keys with `doc` (counting keys in at most
    /// `max_docs` documents), with how many, most first, at most `limit`.
    pub fn candidates(
        &self,
        doc: usize,
        max_docs: usize,
        limit: usize,
        scratch: &mut Vec<u32>,
    ) -> Vec<(usize, u32)> {
        scratch.resize(self.counts.len(), 0);
        let mut touched: Vec<u32> = Vec::new();
        for &start in self
            .runs_of_doc
            .get(doc)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let start = start as usize;
            let end = run_end(&self.entries, start);
            if end - start > max_docs {
                continue;
            }
            for &(_, other) in &self.entries[start..end] {
                if other as usize == doc {
                    continue;
                }
                if scratch[other as usize] == 0 {
                    touched.push(other);
                }
                scratch[other as usize] += 1;
            }
        }
        let mut found: Vec<(usize, u32)> = touched
            .iter()
            .map(|&d| (d as usize, std::mem::take(&mut scratch[d as usize])))
            .collect();
        found.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        found.truncate(limit);
        found
    }
}

fn run_end(entries: &[(u64, u32)], start: usize) -> usize {
    let key = entries[start].0;
    let mut end = start + 1;
    while end < entries.len() && entries[end].0 == key {
        end += 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::related::passages::SEED;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_long_enough_shared_passage_always_shares_a_fingerprint() {
        let window = 8;
        let shared = "国家互联网信息办公室等七部门联合公布生成式人工智能服务管理暂行办法";
        let shared: String = shared.chars().take(SEED + window - 1).collect();
        for prefix in ["", "甲", "甲乙丙丁", "新华社北京七月十三日电"] {
            let a = chars(&format!("{prefix}{shared}子丑寅卯"));
            let b = chars(&format!("天地玄黄{shared}"));
            let (fa, fb) = (fingerprints(&a, window), fingerprints(&b, window));
            assert!(fa.iter().any(|f| fb.binary_search(f).is_ok()), "{prefix}");
        }
    }

    #[test]
    fn candidates_are_counted_and_common_prints_skipped() {
        let index = KeyIndex::new(vec![
            vec![1, 2, 3, 9],
            vec![1, 2, 9],
            vec![3, 9],
            vec![9],
            vec![7],
        ]);
        let mut scratch = Vec::new();
        assert_eq!(index.candidates(0, 3, 10, &mut scratch), [(1, 2), (2, 1)]);
        assert_eq!(index.candidates(0, 10, 1, &mut scratch), [(1, 3)]);
        assert!(index.candidates(4, 3, 10, &mut scratch).is_empty());
        assert_eq!(index.count(0), 4);
        assert_eq!(index.shared(0, 1), 3);
        assert_eq!(index.shared(1, 4), 0);
    }
}
