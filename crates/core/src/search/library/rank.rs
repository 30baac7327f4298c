//! Running a query: each term's candidates from the index, checked in the
//! text where the keys do not decide, groups intersected rarest first, BM25
//! with a title bonus, then the order asked for.

use super::super::query::{Query, Term};
use super::{Hit, Library, Results, Sort, Tuning};
use crate::pack::{is_cjk_pair, Postings};
use crate::text::normalize::is_word_char;
use crate::text::tokens::KeyNeed;
use memchr::memmem::Finder;

/// A term's match in one document.
#[derive(Debug, Clone, Copy)]
struct TermHit {
    doc: u32,
    /// Occurrences (for phrases: the fewest of any of its keys, an upper bound).
    tf: u32,
    in_title: bool,
}

impl Library<'_> {
    /// Runs a query: every matching document, ordered.
    pub fn search(&self, query: &Query, sort: Sort) -> Results {
        let mut scores: Option<Vec<(u32, f32)>> = None;
        // Narrow first by the rarest group, so later terms check fewer texts.
        let mut groups: Vec<&Vec<Term>> = query.groups.iter().collect();
        groups.sort_by_cached_key(|group| {
            group.iter().map(|term| self.estimate(term)).sum::<usize>()
        });
        for group in groups {
            let within = scores.as_deref();
            let mut group_scores: Vec<(u32, f32)> = Vec::new();
            for term in group {
                let hits = self.term_hits(term, within);
                let idf = self.idf(hits.len());
                let term_scores = hits.iter().map(|hit| (hit.doc, self.bm25(hit, idf)));
                group_scores = merge_sum(&group_scores, &term_scores.collect::<Vec<_>>());
            }
            scores = Some(match scores {
                None => group_scores,
                Some(previous) => intersect_with(&previous, &group_scores, |x, y| x + y),
            });
        }
        let mut matched =
            scores.unwrap_or_else(|| (0..self.docs.len() as u32).map(|d| (d, 0.0)).collect());
        for term in &query.excluded {
            let excluded = self.term_hits(term, Some(&matched));
            let mut excluded = excluded.iter().map(|h| h.doc).peekable();
            matched.retain(|&(doc, _)| {
                while excluded.next_if(|&e| e < doc).is_some() {}
                excluded.peek() != Some(&doc)
            });
        }
        let mut hits: Vec<Hit> = matched
            .into_iter()
            .map(|(doc, score)| Hit {
                doc: doc as usize,
                score,
            })
            .collect();
        let rank = |hit: &Hit| self.newest_rank[hit.doc];
        match sort {
            Sort::Relevance => hits.sort_by(|a, b| {
                b.score
                    .total_cmp(&a.score)
                    .then_with(|| rank(a).cmp(&rank(b)))
            }),
            Sort::Newest => hits.sort_by(|a, b| {
                rank(a)
                    .cmp(&rank(b))
                    .then_with(|| b.score.total_cmp(&a.score))
            }),
            Sort::Oldest => hits.sort_by(|a, b| {
                let dated = |h: &Hit| self.docs[h.doc].date.is_empty();
                dated(a)
                    .cmp(&dated(b))
                    .then_with(|| rank(b).cmp(&rank(a)))
                    .then_with(|| b.score.total_cmp(&a.score))
            }),
        }
        Results { hits }
    }

    /// Roughly how many documents a term's rarest key is in.
    fn estimate(&self, term: &Term) -> usize {
        term.plan
            .keys
            .iter()
            .map(|need| match need {
                KeyNeed::Exact(key) => self
                    .pack
                    .find_key(key)
                    .map_or(0, |k| self.pack.postings(k).len()),
                KeyNeed::Prefix(prefix) => self
                    .pack
                    .prefix_keys(prefix)
                    .map(|k| self.pack.postings(k).len())
                    .sum(),
            })
            .min()
            .unwrap_or(0)
    }

    /// `(document, occurrences)` of documents with the key, by document.
    fn key_postings(&self, need: &KeyNeed) -> Vec<(u32, u32)> {
        match need {
            KeyNeed::Exact(key) => self
                .pack
                .find_key(key)
                .map(|k| collect_list(self.pack.postings(k)))
                .unwrap_or_default(),
            KeyNeed::Prefix(prefix) => {
                let range = self.pack.prefix_keys(prefix);
                if range.len() == 1 {
                    return collect_list(self.pack.postings(range.start));
                }
                let mut all: Vec<(u32, u32)> = range.flat_map(|k| self.pack.postings(k)).collect();
                all.sort_unstable_by_key(|&(doc, _)| doc);
                let mut merged: Vec<(u32, u32)> = Vec::with_capacity(all.len());
                for (doc, tf) in all {
                    match merged.last_mut() {
                        Some(last) if last.0 == doc => last.1 += tf,
                        _ => merged.push((doc, tf)),
                    }
                }
                merged
            }
        }
    }

    /// The documents containing a term (restricted to `within` if given).
    fn term_hits(&self, term: &Term, within: Option<&[(u32, f32)]>) -> Vec<TermHit> {
        let mut lists: Vec<Vec<(u32, u32)>> = Vec::with_capacity(term.plan.keys.len());
        let mut keys_decide = term.plan.exact;
        for need in &term.plan.keys {
            match need {
                KeyNeed::Exact(key) if self.pack.find_key(key).is_none() => {
                    if !(is_cjk_pair(key) && self.pack.maybe_rare_pair(key)) {
                        return Vec::new();
                    }
                    // A rare pair, not indexed: its characters narrow the
                    // candidates, the text decides.
                    keys_decide = false;
                    for c in key.chars() {
                        lists.push(self.key_postings(&KeyNeed::Exact(c.to_string())));
                    }
                }
                _ => lists.push(self.key_postings(need)),
            }
        }
        lists.sort_by_key(Vec::len);
        let mut candidates = match lists.first() {
            Some(first) => first.clone(),
            None => return Vec::new(),
        };
        if let Some(within) = within {
            candidates = intersect_with(&candidates, within, |tf, _| tf);
        }
        for list in &lists[1..] {
            if candidates.is_empty() {
                break;
            }
            candidates = intersect_with(&candidates, list, u32::min);
        }
        let code = self.pack.code();
        // A term with a character no text has is in no text.
        let Some(needle) = code.encode(&term.text) else {
            return Vec::new();
        };
        let finder = Finder::new(&needle);
        let find = |hay: &[u8]| {
            finder.find_iter(hay).any(|at| {
                !term.plan.word_start || !code.char_before(hay, at).is_some_and(is_word_char)
            })
        };
        candidates
            .into_iter()
            .filter_map(|(doc, tf)| {
                let hay = self.pack.hay(doc as usize);
                let title = hay
                    .get(..self.pack.title_len(doc as usize))
                    .unwrap_or_default();
                let in_title = find(title);
                let found = keys_decide || in_title || find(hay);
                found.then_some(TermHit { doc, tf, in_title })
            })
            .collect()
    }

    fn idf(&self, matching: usize) -> f32 {
        let n = self.docs.len() as f32;
        let df = matching as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    fn bm25(&self, hit: &TermHit, idf: f32) -> f32 {
        let Tuning { k1, b, title_boost } = self.tuning;
        let tf = hit.tf.max(1) as f32;
        let length = self.pack.doc_chars(hit.doc as usize) as f32 / self.average_chars;
        let body = idf * tf * (k1 + 1.0) / (tf + k1 * (1.0 - b + b * length));
        let title = if hit.in_title { title_boost * idf } else { 0.0 };
        body + title
    }
}

/// A posting list in a vector allocated once, at its length.
fn collect_list(postings: Postings<'_>) -> Vec<(u32, u32)> {
    let mut list = Vec::with_capacity(postings.len());
    list.extend(postings);
    list
}

/// The documents in both doc-sorted lists, with their values combined.
fn intersect_with<A: Copy, B: Copy, C>(
    a: &[(u32, A)],
    b: &[(u32, B)],
    combine: impl Fn(A, B) -> C,
) -> Vec<(u32, C)> {
    let mut out = Vec::new();
    let mut b = b.iter().peekable();
    for &(doc, value) in a {
        while b.next_if(|&&(d, _)| d < doc).is_some() {}
        if let Some(&&(d, other)) = b.peek() {
            if d == doc {
                out.push((doc, combine(value, other)));
            }
        }
    }
    out
}

fn merge_sum(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(&(da, sa)), Some(&(db, sb))) if da == db => {
                out.push((da, sa + sb));
                i += 1;
                j += 1;
            }
            (Some(&x), Some(&(db, _))) if x.0 < db => {
                out.push(x);
                i += 1;
            }
            (_, Some(&y)) => {
                out.push(y);
                j += 1;
            }
            (Some(&x), None) => {
                out.push(x);
                i += 1;
            }
            (None, None) => break,
        }
    }
    out
}
