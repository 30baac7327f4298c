//! A searchable corpus: the documents of a pack and the query engine over it.
//!
//! A term's candidates come from the index (the documents having all its
//! keys); when the keys alone do not decide (a phrase longer than two CJK
//! characters, or mixed text), each candidate's normalized text is checked for
//! the term itself. So a result set is exactly the documents containing the
//! term: no segmentation can lose a match.

use super::normalize::is_word_char;
use super::pack::{is_cjk_pair, Pack, PackError, PackedCluster, PackedRelated};
use super::query::{Query, Term};
use super::tokens::KeyNeed;
use crate::model::Document;
use crate::related::boilerplate::Boilerplate;
use memchr::memmem::Finder;
use std::collections::HashMap;

/// Ranking knobs. BM25 over the document's normalized title and text, plus a
/// bonus when a term occurs in the title.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tuning {
    /// Term-frequency saturation (BM25 `k1`): higher lets repeats count longer.
    pub k1: f32,
    /// Length normalization (BM25 `b`): 0 ignores length, 1 fully divides by it.
    pub b: f32,
    /// A term in the title adds this many times its IDF.
    pub title_boost: f32,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            k1: 1.2,
            b: 0.75,
            title_boost: 2.0,
        }
    }
}

/// How often the warm-up ([`Library::warm_up_step`]) runs its searches.
const WARM_UP_ROUNDS: usize = 4;
/// The searches of a warm-up round.
const WARM_UP_QUERIES: usize = 5;
/// The parts the read through the texts and the index is cut into.
const WARM_UP_READS: usize = 8;
/// The steps of [`Library::warm_up_step`].
pub const WARM_UP_STEPS: usize = WARM_UP_ROUNDS * WARM_UP_QUERIES + WARM_UP_READS + 1;

/// Result order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best first; ties newest first.
    #[default]
    Relevance,
    /// Newest first; ties best first.
    Newest,
    /// Oldest first; ties best first.
    Oldest,
}

impl Sort {
    /// All orders, for menus.
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Newest, Sort::Oldest];

    /// The name used in URLs and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }

    /// The order with this name.
    pub fn from_name(name: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// One matching document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Position of the document in [`Library::docs`].
    pub doc: usize,
    /// Relevance score (0 when the query has no terms).
    pub score: f32,
}

/// A result row when reposts are folded (see [`Library::collapse_reposts`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Collapsed {
    /// The hit shown.
    pub hit: Hit,
    /// Later hits of the same repost cluster folded into this row.
    pub folded: usize,
}

/// Every matching document, in the requested order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// All hits (page them for display).
    pub hits: Vec<Hit>,
}

impl Results {
    /// Number of matching documents.
    pub fn total(&self) -> usize {
        self.hits.len()
    }
}

/// A corpus opened for reading and searching.
#[derive(Debug)]
pub struct Library<'a> {
    docs: Vec<Document>,
    pack: Pack<'a>,
    by_id: HashMap<String, usize>,
    /// Position of each document when sorted newest first (undated last).
    newest_rank: Vec<u32>,
    average_chars: f32,
    boilerplate: Boilerplate,
    /// Ranking knobs.
    pub tuning: Tuning,
}

/// A term's match in one document.
#[derive(Debug, Clone, Copy)]
struct TermHit {
    doc: u32,
    /// Occurrences (for phrases: the fewest of any of its keys, an upper bound).
    tf: u32,
    in_title: bool,
}

impl<'a> Library<'a> {
    /// Opens a pack made by [`super::pack::encode`].
    pub fn open(bytes: &'a [u8]) -> Result<Self, PackError> {
        let (pack, docs) = Pack::open(bytes)?;
        Ok(Self::with(pack, docs))
    }

    /// Opens a pack's catalog (its first [`super::pack::head_len`] bytes):
    /// documents, relations and clusters at once; texts, snippets and
    /// search once [`Library::attach`] has the rest.
    pub fn open_head(head: &'a [u8]) -> Result<Self, PackError> {
        let (pack, docs) = Pack::open_head(head)?;
        Ok(Self::with(pack, docs))
    }

    /// Adds the pack's texts and index (its bytes after the catalog).
    pub fn attach(&self, tail: &'a [u8]) -> Result<(), PackError> {
        self.pack.attach(tail)
    }

    /// Whether texts and search are there (see [`Library::open_head`]).
    pub fn is_complete(&self) -> bool {
        self.pack.is_complete()
    }

    fn with(pack: Pack<'a>, docs: Vec<Document>) -> Self {
        let by_id = docs
            .iter()
            .enumerate()
            .map(|(n, d)| (d.id.clone(), n))
            .collect();
        let mut order: Vec<usize> = (0..docs.len()).collect();
        order.sort_by(|&a, &b| {
            let (da, db) = (&docs[a].date, &docs[b].date);
            db.is_empty()
                .cmp(&da.is_empty())
                .reverse()
                .then_with(|| db.cmp(da))
                .then(a.cmp(&b))
        });
        let mut newest_rank = vec![0; docs.len()];
        for (rank, &doc) in order.iter().enumerate() {
            newest_rank[doc] = rank as u32;
        }
        let total_chars: f64 = (0..docs.len()).map(|d| f64::from(pack.doc_chars(d))).sum();
        let average_chars = (total_chars / docs.len().max(1) as f64).max(1.0) as f32;
        let boilerplate = Boilerplate::from_hashes(pack.boilerplate_hashes());
        Library {
            docs,
            pack,
            by_id,
            newest_rank,
            average_chars,
            boilerplate,
            tuning: Tuning::default(),
        }
    }

    /// The corpus's title and description.
    pub fn info(&self) -> crate::model::CorpusInfo {
        self.pack.info()
    }

    /// The documents (their `text` is empty: see [`Library::text`]).
    pub fn docs(&self) -> &[Document] {
        &self.docs
    }

    /// The position of the document with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// A document's text ("" if the pack holds it damaged).
    pub fn text(&self, doc: usize) -> String {
        self.pack.text(doc).unwrap_or_default()
    }

    /// A document with its text, as in the corpus JSON.
    pub fn document(&self, doc: usize) -> Option<Document> {
        let meta = self.docs.get(doc)?;
        Some(Document {
            text: self.text(doc),
            ..meta.clone()
        })
    }

    /// One step (`0..WARM_UP_STEPS`) of the warm-up: a few searches whose
    /// results are dropped, so that a browser compiles the engine's code
    /// paths (lazily compiled WebAssembly) before the reader's first
    /// keystroke rather than during it; then a read through the texts, the
    /// index and the normalization tables, so a first search does not wait
    /// for memory either. The app runs each step as a task of its own, so
    /// none keeps the page from answering.
    pub fn warm_up_step(&self, step: usize) {
        let Some(title) = self.docs.first().map(|d| d.title.as_str()) else {
            return;
        };
        let searches = WARM_UP_ROUNDS * WARM_UP_QUERIES;
        match step {
            // Repeated, so the engine's hot loops are optimized (tiered up) now too.
            _ if step < searches => {
                let phrase: String = title.chars().take(4).collect();
                let pair: String = title.chars().take(2).collect();
                let queries: [&str; WARM_UP_QUERIES] =
                    [&phrase, &pair, "a", "数据 -安全", "信息 OR 网络"];
                let query = queries[step % WARM_UP_QUERIES];
                let _ = self.search(&Query::parse(query), Sort::Relevance);
            }
            _ if step < searches + WARM_UP_READS => {
                std::hint::black_box(self.pack.read_through(step - searches, WARM_UP_READS));
            }
            _ => {
                // A query's characters are normalized through Unicode tables:
                // read the entries of the corpus's characters once too.
                let mut scratch = String::new();
                for &c in self.pack.code().chars() {
                    scratch.clear();
                    super::normalize::push_normalized(c, &mut scratch);
                    std::hint::black_box((&scratch, is_word_char(c)));
                }
            }
        }
    }

    /// A document's related documents, best first, with scores and reasons
    /// (computed by `gazette build`, see [`crate::related`]).
    pub fn related(&self, doc: usize) -> Vec<PackedRelated> {
        self.pack.related(doc, &self.docs)
    }

    /// The repost cluster a document belongs to, if any: one table read,
    /// cheap enough to call for every hit of a result list.
    pub fn cluster_of(&self, doc: usize) -> Option<usize> {
        self.pack.cluster_of(doc)
    }

    /// A repost cluster: its canonical member and its members, oldest first.
    pub fn cluster(&self, cluster: usize) -> Option<PackedCluster> {
        self.pack.cluster(cluster)
    }

    /// Number of repost clusters.
    pub fn cluster_count(&self) -> usize {
        self.pack.cluster_count()
    }

    /// The corpus's boilerplate paragraphs (for comparisons that hide them).
    pub fn boilerplate(&self) -> &Boilerplate {
        &self.boilerplate
    }

    /// Hits with reposts folded: the first (best-placed) hit of each cluster
    /// stays, with how many later hits of its cluster were folded into it
    /// ("also in N sources"); hits outside clusters stay as they are.
    pub fn collapse_reposts(&self, hits: &[Hit]) -> Vec<Collapsed> {
        let mut out: Vec<Collapsed> = Vec::with_capacity(hits.len());
        let mut row_of_cluster: HashMap<usize, usize> = HashMap::new();
        for &hit in hits {
            match self.cluster_of(hit.doc) {
                Some(cluster) => match row_of_cluster.get(&cluster) {
                    Some(&row) => out[row].folded += 1,
                    None => {
                        row_of_cluster.insert(cluster, out.len());
                        out.push(Collapsed { hit, folded: 0 });
                    }
                },
                None => out.push(Collapsed { hit, folded: 0 }),
            }
        }
        out
    }

    /// Number of index keys (for statistics).
    pub fn key_count(&self) -> usize {
        self.pack.key_count()
    }

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
fn collect_list(postings: super::pack::Postings<'_>) -> Vec<(u32, u32)> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Corpus;
    use crate::search::pack::encode;

    fn corpus(docs: &[(&str, &str, &str)]) -> Corpus {
        let docs: Vec<serde_json::Value> = docs
            .iter()
            .enumerate()
            .map(|(n, (title, date, text))| {
                serde_json::json!({"id": format!("d{n}"), "path": format!("{n}.md"), "title": title,
                    "date": date, "source": "s", "url": null, "text": text, "agencies": []})
            })
            .collect();
        let json = serde_json::json!({"schema_version": 1, "docs": docs}).to_string();
        Corpus::from_json(&json).expect("test corpus")
    }

    fn titles(library: &Library<'_>, query: &str, sort: Sort) -> Vec<String> {
        let results = library.search(&Query::parse(query), sort);
        results
            .hits
            .iter()
            .map(|h| library.docs()[h.doc].title.clone())
            .collect()
    }

    #[test]
    fn the_catalog_lists_documents_before_the_texts_arrive() {
        let corpus = corpus(&[
            ("网信办约谈平台", "2024-03-01", "国家网信办约谈某平台。"),
            ("旧闻", "2023-01-01", "网信办发布通知。"),
        ]);
        let bytes = encode(&corpus);
        let split = crate::search::pack::head_len(&bytes).expect("a header");
        let library = Library::open_head(&bytes[..split]).expect("the catalog opens");
        assert!(!library.is_complete());
        assert_eq!(
            titles(&library, "", Sort::Newest),
            ["网信办约谈平台", "旧闻"]
        );
        assert_eq!(library.position("d1"), Some(1));
        assert_eq!(library.text(0), "", "no text before the rest arrives");
        library.attach(&bytes[split..]).expect("the rest attaches");
        assert!(library.is_complete());
        assert_eq!(
            titles(&library, "约谈", Sort::Relevance),
            ["网信办约谈平台"]
        );
        assert_eq!(library.text(1), "网信办发布通知。");
    }

    #[test]
    fn and_or_exclude_and_order() {
        let corpus = corpus(&[
            ("网信办约谈平台", "2024-03-01", "国家网信办约谈某平台。"),
            (
                "工信部通报APP",
                "2024-02-01",
                "工信部通报侵犯用户权益的APP。网信办也在监管。",
            ),
            (
                "旧闻",
                "2023-01-01",
                "网信办发布通知，网信办部署工作，网信办再次强调。",
            ),
        ]);
        let bytes = encode(&corpus);
        let library = Library::open(&bytes).expect("opens");
        assert_eq!(
            titles(&library, "网信办", Sort::Newest),
            ["网信办约谈平台", "工信部通报APP", "旧闻"]
        );
        assert_eq!(
            titles(&library, "网信办", Sort::Oldest),
            ["旧闻", "工信部通报APP", "网信办约谈平台"]
        );
        // The title match ranks first.
        assert_eq!(
            titles(&library, "网信办", Sort::Relevance)[0],
            "网信办约谈平台"
        );
        assert_eq!(
            titles(&library, "网信办 app", Sort::Newest),
            ["工信部通报APP"]
        );
        assert_eq!(
            titles(&library, "网信办 -约谈", Sort::Newest),
            ["工信部通报APP", "旧闻"]
        );
        assert_eq!(
            titles(&library, "约谈 OR 通报", Sort::Newest),
            ["网信办约谈平台", "工信部通报APP"]
        );
        assert_eq!(titles(&library, "", Sort::Newest).len(), 3);
        assert!(
            titles(&library, "pp", Sort::Newest).is_empty(),
            "words match from their start"
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn a_piece_of_any_text_finds_its_document(
                texts in prop::collection::vec("[网信办数据安全ab1 ，。A-Z]{1,40}", 1..6),
                pick in any::<prop::sample::Index>(),
                from in any::<prop::sample::Index>(),
                len in 1usize..8,
            ) {
                let docs: Vec<(&str, &str, &str)> = texts.iter().map(|t| ("t", "2024-01-01", t.as_str())).collect();
                let bytes = encode(&corpus(&docs));
                let library = Library::open(&bytes).expect("opens");
                let doc = pick.index(texts.len());
                let chars: Vec<char> = texts[doc].chars().collect();
                let start = from.index(chars.len());
                let inside_word = start > 0 && is_word_char(chars[start]) && is_word_char(chars[start - 1]);
                let piece: String = chars[start..(start + len).min(chars.len())].iter().collect();
                if let (false, Some(term)) = (inside_word, Term::new(&piece)) {
                    let query = Query { groups: vec![vec![term]], excluded: vec![] };
                    let found = library.search(&query, Sort::Relevance);
                    prop_assert!(found.hits.iter().any(|h| h.doc == doc), "{:?} in {:?}", piece, texts[doc]);
                }
            }

            #[test]
            fn any_query_string_is_read_without_panicking(input in "\\PC{0,40}") {
                let bytes = encode(&corpus(&[("网信办", "2024-01-01", "数据安全 APP")]));
                let library = Library::open(&bytes).expect("opens");
                let _ = library.search(&Query::parse(&input), Sort::Relevance);
            }
        }
    }
}
