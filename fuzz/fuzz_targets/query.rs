//! Any query over any small corpus: parsing never fails, the engine finds
//! exactly what a brute-force scan finds, and every highlight lies on
//! character boundaries of the text it marks.
#![no_main]

use gazette_core::model::{Corpus, Document};
use gazette_core::pack;
use gazette_core::search::{match_ranges, snippets, Library, Query, Sort, Term};
use libfuzzer_sys::fuzz_target;

use gazette_core::test_support::oracle;

fn document(n: usize, title: String, text: String) -> Document {
    Document {
        id: format!("d{n}"),
        path: format!("{n}.md"),
        title,
        date: format!("2024-01-{:02}T00:00:00+08:00", n + 1),
        source: "fuzz".into(),
        text,
        ..Document::default()
    }
}

fuzz_target!(|input: (String, Vec<(String, String)>)| {
    let (typed, docs) = input;
    let docs = docs
        .into_iter()
        .take(4)
        .enumerate()
        .map(|(n, (title, text))| document(n, title, text))
        .collect();
    let corpus = Corpus::new(docs);
    let bytes = pack::encode(&corpus);
    let library = Library::open(&bytes).expect("a pack just made opens");

    let query = Query::parse(&typed);
    for term in query.positive_terms().chain(&query.excluded) {
        assert!(
            !term.plan.keys.is_empty(),
            "{typed:?}: a term with nothing to look up"
        );
    }
    let expected = oracle::oracle(&oracle::hays(&corpus), &query);
    assert_eq!(oracle::found(&library, &query), expected, "{typed:?}");
    for sort in Sort::ALL {
        assert_eq!(library.search(&query, sort).total(), expected.len());
    }

    let terms: Vec<&Term> = query.positive_terms().collect();
    for (n, doc) in corpus.docs.iter().enumerate() {
        let text = library.text(n);
        assert_eq!(text, doc.text, "the pack gives the text back");
        for range in match_ranges(&text, terms.iter().copied()) {
            assert!(
                text.get(range).is_some(),
                "{typed:?}: mark inside a character"
            );
        }
        for snippet in snippets(&text, &terms, 3, 80) {
            for mark in &snippet.marks {
                assert!(snippet.text.get(mark.clone()).is_some());
            }
        }
    }
});
