//! Property tests with arbitrary strings for everything the browser reads
//! from outside: URL hashes, typed queries, and corpus texts, titles, dates
//! and URLs (a corpus JSON may come from anywhere). Nothing panics, what is
//! written reads back, and search agrees with a brute-force scan.
#![cfg(not(target_arch = "wasm32"))]

use gazette_core::date::DateParts;
use gazette_core::facets::Facet;
use gazette_core::links::external_url;
use gazette_core::model::{structured_paragraphs, Corpus, Document};
use gazette_core::pack;
use gazette_core::search::{match_ranges, snippets, Library, Query, Sort, Term};
use gazette_core::stats::CorpusStats;
use gazette_core::url_state::{ListView, Route};
use proptest::prelude::*;

use gazette_core::test_support::oracle;

/// Characters that matter to the parsers, mixed with anything at all: query
/// operators and quotes, percent signs, `#?&=/+`, CJK, Latin, digits, full
/// width, invisibles (zero width, bidi controls, BOM), controls and NUL.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '-', '－', '"', '＂', '“', '”', '「', '」', '『', '』', '|', ' ', '\u{3000}', '\t', '\n',
            '%', '#', '?', '&', '=', '/', '+', '.', '~', '<', '>', '\'', '\\', '\0', '\u{7f}',
            '网', '信', '办', '数', '据', '出', '境', '約', '⼈', 'O', 'R', 'a', 'p', 'A', 'P',
            '1', '２', 'Ａ', 'é', '\u{301}', '\u{200b}', '\u{200d}', '\u{202e}', '\u{2066}',
            '\u{feff}', '\u{ad}', '\u{fffd}', '🙂', 'ﬁ', 'İ', 'ß',
        ]),
        1 => any::<char>(),
    ]
}

fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..max).prop_map(|chars| chars.into_iter().collect())
}

/// A hash as a browser may hand it over: raw characters and `%XX` escapes of
/// arbitrary bytes (so invalid UTF-8 after decoding), in any order.
fn hostile_hash() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        tricky_char().prop_map(String::from),
        any::<u8>().prop_map(|b| format!("%{b:02X}")),
        prop::sample::select(vec![
            "#/",
            "#/?",
            "?q=",
            "&q=",
            "&sort=",
            "&page=",
            "doc/",
            "#/doc/",
            "newest",
            "oldest",
            "%",
            "%E4%B8",
            "18446744073709551616",
            "-1",
            "0",
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

fn document(n: usize, title: String, date: String, text: String, url: Option<String>) -> Document {
    Document {
        id: format!("d{n}"),
        path: format!("{n}.md"),
        title,
        date,
        source: "s".into(),
        url,
        text,
        ..Document::default()
    }
}

/// Characters a written hash may hold: the path, `?`, `&`, `=`, `%` escapes
/// and the unreserved characters; nothing that could end an attribute.
fn is_plain(hash: &str) -> bool {
    hash.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"#/?&=%-_.~".contains(&b))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_hash_is_read_and_written_back_as_plain_ascii(
        hash in prop_oneof![hostile_hash(), any::<String>()],
    ) {
        let route = Route::from_hash(&hash);
        let written = route.to_hash();
        prop_assert!(is_plain(&written), "{:?} -> {:?}", hash, written);
        prop_assert_eq!(Route::from_hash(&written), route);
    }

    #[test]
    fn any_list_view_round_trips(
        query in prop_oneof![tricky_string(120), any::<String>()],
        page in prop_oneof![1usize..5, Just(usize::MAX), any::<usize>().prop_map(|p| p.max(1))],
        sort in prop::sample::select(Sort::ALL.to_vec()),
        source in prop_oneof![tricky_string(40), any::<String>()],
        collapse in any::<bool>(),
    ) {
        // A hash keeps a query's first 500 characters.
        let query: String = query.chars().take(500).collect();
        let mut view = ListView { query, sort, page, collapse, ..ListView::default() };
        if Facet::Source.accepts(&source) {
            view.filters.select(Facet::Source, source.trim());
        }
        let route = Route::List(view);
        prop_assert_eq!(Route::from_hash(&route.to_hash()), route);
    }

    #[test]
    fn any_typed_query_parses_into_terms_that_can_be_looked_up(
        typed in prop_oneof![tricky_string(60), any::<String>()],
    ) {
        let query = Query::parse(&typed);
        for term in query.positive_terms().chain(&query.excluded) {
            prop_assert!(!term.plan.keys.is_empty(), "{:?}", typed);
            prop_assert_eq!(Term::new(&term.text).map(|t| t.text), Some(term.text.clone()));
        }
    }

    #[test]
    fn any_query_over_any_texts_finds_what_a_scan_finds(
        texts in prop::collection::vec((tricky_string(12), tricky_string(80)), 1..5),
        typed in tricky_string(16),
    ) {
        let docs = texts
            .into_iter()
            .enumerate()
            .map(|(n, (title, text))| document(n, title, "2024-01-01".into(), text, None))
            .collect();
        let corpus = Corpus::new(docs);
        let bytes = pack::encode(&corpus);
        let library = Library::open(&bytes).expect("a pack just made opens");
        let query = Query::parse(&typed);
        prop_assert_eq!(
            oracle::found(&library, &query),
            oracle::oracle(&oracle::hays(&corpus), &query),
            "{:?}", typed
        );
        let terms: Vec<&Term> = query.positive_terms().collect();
        for n in 0..corpus.docs.len() {
            let text = library.text(n);
            prop_assert_eq!(&text, &corpus.docs[n].text);
            for range in match_ranges(&text, terms.iter().copied()) {
                prop_assert!(text.get(range).is_some(), "mark inside a character");
            }
            for snippet in snippets(&text, &terms, 3, 20) {
                for mark in &snippet.marks {
                    prop_assert!(snippet.text.get(mark.clone()).is_some());
                }
            }
        }
    }

    #[test]
    fn any_document_fields_open_render_and_count(
        fields in prop::collection::vec(
            (any::<String>(), any::<String>(), any::<String>(), any::<String>(), any::<String>()),
            1..4,
        ),
    ) {
        let docs: Vec<Document> = fields
            .into_iter()
            .enumerate()
            .map(|(n, (title, date, text, url, layout))| {
                let mut doc = document(n, title, date, text, Some(url));
                doc.layout = layout;
                doc
            })
            .collect();
        let corpus = Corpus::new(docs);
        let read = Corpus::from_json(&corpus.to_json()).expect("what was written reads back");
        prop_assert_eq!(&read, &corpus);
        let bytes = pack::encode(&corpus);
        let library = Library::open(&bytes).expect("opens");
        let _ = library.search(&Query::default(), Sort::Oldest);
        let _ = CorpusStats::of(library.docs());
        for doc in &corpus.docs {
            let _ = DateParts::parse(&doc.date).map(|d| d.minute_label());
            let _ = structured_paragraphs(&doc.text, &doc.layout).count();
            if let Some(url) = doc.url.as_deref().and_then(external_url) {
                let lower = url.to_ascii_lowercase();
                prop_assert!(lower.starts_with("http://") || lower.starts_with("https://"), "{:?}", url);
                prop_assert!(!url.contains(char::is_whitespace));
            }
        }
    }
}
