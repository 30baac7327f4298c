use super::*;
use crate::model::Corpus;
use crate::pack::encode;
use crate::search::Query;

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
    let split = crate::pack::head_len(&bytes).expect("a header");
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
    use crate::search::Term;
    use crate::text::normalize::is_word_char;
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
