//! Paragraphs that recur across otherwise unrelated documents: an account's
//! slogan under every article, stock headings (`一、总体要求`). They are
//! found from the corpus itself, not from a list: a paragraph is boilerplate
//! when it is in at least [`super::Tuning::boilerplate_docs`] documents and
//! nearly all of those have different titles (reposts of one announcement
//! keep their title, so their shared paragraphs are not boilerplate).

use super::comparable::{comparable_string, title_key};
use crate::model::{paragraphs, Document};
use std::collections::{HashMap, HashSet};

/// FNV-1a 64 of a string: the identity of a paragraph's comparable form.
pub fn paragraph_hash(comparable: &str) -> u64 {
    comparable
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        })
}

/// A set of boilerplate paragraphs, by the hash of their comparable form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Boilerplate {
    hashes: HashSet<u64>,
}

impl Boilerplate {
    /// The set of these paragraphs (comparable forms, as stored in the corpus).
    pub fn from_comparable<'a>(paragraphs: impl IntoIterator<Item = &'a str>) -> Self {
        Self::from_hashes(paragraphs.into_iter().map(paragraph_hash))
    }

    /// A corpus's boilerplate: as its build stored it, else (a corpus made
    /// before relations were stored) found anew.
    pub fn of_corpus(corpus: &crate::model::Corpus) -> Self {
        match &corpus.relations {
            Some(relations) => {
                Self::from_comparable(relations.boilerplate.iter().map(String::as_str))
            }
            None => {
                let tuning = super::Tuning::default();
                let found = find(
                    &corpus.docs,
                    tuning.boilerplate_docs,
                    tuning.boilerplate_titles,
                );
                Self::from_comparable(found.iter().map(String::as_str))
            }
        }
    }

    /// The set of these paragraph hashes (see [`paragraph_hash`]).
    pub fn from_hashes(hashes: impl IntoIterator<Item = u64>) -> Self {
        Boilerplate {
            hashes: hashes.into_iter().collect(),
        }
    }

    /// Whether an original paragraph is boilerplate.
    pub fn contains(&self, paragraph: &str) -> bool {
        !self.hashes.is_empty()
            && self
                .hashes
                .contains(&paragraph_hash(&comparable_string(paragraph)))
    }

    /// Number of paragraphs in the set.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }
}

/// Titles remembered per paragraph: enough to judge the share of distinct ones.
const MAX_TITLES_SEEN: usize = 64;

/// The boilerplate paragraphs of a corpus, in comparable form, sorted.
pub fn find(docs: &[Document], min_docs: usize, distinct_titles: f32) -> Vec<String> {
    // Per paragraph: (documents, title hashes of the first ones).
    let mut seen: HashMap<u64, (usize, Vec<u64>)> = HashMap::new();
    let mut texts: HashMap<u64, String> = HashMap::new();
    for doc in docs {
        let title = paragraph_hash(&title_key(&doc.title));
        let mut in_doc = HashSet::new();
        for paragraph in paragraphs(&doc.text) {
            let key = comparable_string(paragraph);
            if key.is_empty() {
                continue;
            }
            let hash = paragraph_hash(&key);
            if !in_doc.insert(hash) {
                continue;
            }
            let entry = seen.entry(hash).or_default();
            entry.0 += 1;
            if entry.1.len() < MAX_TITLES_SEEN {
                entry.1.push(title);
            }
            if entry.0 == 2 {
                texts.insert(hash, key);
            }
        }
    }
    let mut found: Vec<String> = seen
        .into_iter()
        .filter(|(_, (count, titles))| {
            let distinct = titles.iter().collect::<HashSet<_>>().len();
            *count >= min_docs && distinct as f32 >= distinct_titles * titles.len() as f32
        })
        .filter_map(|(hash, _)| texts.remove(&hash))
        .collect();
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, text: &str) -> Document {
        Document {
            title: title.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    #[test]
    fn a_slogan_under_different_articles_is_boilerplate_a_repost_is_not() {
        let slogan = "安全资讯，每日发布！";
        let repost = "国家网信办发布新规，自公布之日起施行。";
        let docs = vec![
            doc("甲", &format!("{slogan}\n\n正文一")),
            doc("乙", &format!("{slogan}\n\n正文二")),
            doc("丙", &format!("{slogan}\n\n正文三")),
            doc("丁", &format!("{slogan}\n\n正文四")),
            doc("新规", repost),
            doc("关注 | 新规", repost),
            doc("新规（附全文）", repost),
            doc("新规", repost),
        ];
        let found = find(&docs, 4, 0.75);
        assert_eq!(found, [comparable_string(slogan)]);
        let set = Boilerplate::from_comparable(found.iter().map(String::as_str));
        assert!(set.contains("安全资讯, 每日发布!"));
        assert!(!set.contains(repost));
    }
}
