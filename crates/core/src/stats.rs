//! Corpus-wide figures: size, date range, documents per source.

use crate::model::Document;

/// A summary of a corpus, as `gazette stats` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusStats {
    /// Number of documents.
    pub documents: usize,
    /// Earliest and latest `date`, if the corpus is not empty.
    pub date_range: Option<(String, String)>,
    /// Documents per source, most first, ties by name.
    pub per_source: Vec<(String, usize)>,
}

impl CorpusStats {
    /// Computes the summary of a corpus's documents.
    pub fn of(docs: &[Document]) -> Self {
        let mut per_source = std::collections::BTreeMap::<&str, usize>::new();
        for doc in docs {
            *per_source.entry(doc.source.as_str()).or_default() += 1;
        }
        let mut per_source: Vec<(String, usize)> = per_source
            .into_iter()
            .map(|(source, n)| (source.to_owned(), n))
            .collect();
        per_source.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let dates = docs.iter().map(|d| d.date.as_str());
        let date_range = dates
            .clone()
            .min()
            .zip(dates.max())
            .map(|(a, b)| (a.to_owned(), b.to_owned()));
        Self {
            documents: docs.len(),
            date_range,
            per_source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Corpus;
    use crate::model::Document;

    fn doc(id: &str, date: &str, source: &str) -> Document {
        Document {
            id: id.into(),
            path: id.into(),
            title: id.into(),
            date: date.into(),
            source: source.into(),
            ..Document::default()
        }
    }

    #[test]
    fn counts_sources_and_finds_the_date_range() {
        let corpus = Corpus::new(vec![
            doc("a", "2024-07-03T00:00:00+08:00", "乙"),
            doc("b", "2022-01-29T19:44:12+08:00", "甲"),
            doc("c", "2023-05-01T00:00:00+08:00", "乙"),
        ]);
        let stats = CorpusStats::of(&corpus.docs);
        assert_eq!(stats.documents, 3);
        assert_eq!(
            stats.date_range,
            Some((
                "2022-01-29T19:44:12+08:00".into(),
                "2024-07-03T00:00:00+08:00".into()
            ))
        );
        assert_eq!(stats.per_source, [("乙".into(), 2), ("甲".into(), 1)]);
    }

    #[test]
    fn empty_corpus_has_no_date_range() {
        let stats = CorpusStats::of(&[]);
        assert_eq!(stats.documents, 0);
        assert_eq!(stats.date_range, None);
    }
}
