//! Search over the real policy corpus, checked against a brute-force oracle:
//! the result set of every query must be exactly the documents whose
//! normalized title or text contains each term. Skipped, with a notice, when
//! `../shared/corpus/policy` is absent.

mod support;

use gazette_cli::pipeline;
use gazette_core::pack;
use gazette_core::search::{match_ranges, snippets, Library, Query, Sort, Term};
use gazette_core::test_support::oracle::{self, assert_same_as_oracle, hays};
use gazette_core::text::normalize::{is_word_char, normalize};
use std::sync::OnceLock;
use support::shared_corpus;

fn packed() -> Option<&'static (Vec<u8>, Vec<String>)> {
    static PACKED: OnceLock<Option<(Vec<u8>, Vec<String>)>> = OnceLock::new();
    PACKED
        .get_or_init(|| {
            let dir = shared_corpus("policy")?;
            let built = pipeline::build(&[dir], &|| {}).expect("policy corpus builds");
            Some((pack::encode(&built.corpus), hays(&built.corpus)))
        })
        .as_ref()
}

/// Phrases of 1 to 15 characters, words, mixed, multi-term, quoted, excluded,
/// OR, full-width variants; several cross likely word boundaries.
const QUERIES: &[&str] = &[
    // single characters
    "网",
    "罚",
    "鑫",
    "〇",
    // two characters
    "网信",
    "数据",
    "清朗",
    "约谈",
    "漏洞",
    "监管",
    "处罚",
    "算法",
    "出境",
    "平台",
    "信办",
    // three
    "网信办",
    "工信部",
    "未成年",
    "个人信",
    "公安部",
    "务管理",
    "新华社",
    "人工智",
    // four
    "个人信息",
    "数据安全",
    "专项行动",
    "网络暴力",
    "算法推荐",
    "数据出境",
    "平台经济",
    "务管理暂",
    "网络安全",
    "息保护法",
    // six and more
    "个人信息保护",
    "中央网信办",
    "工业和信息化部",
    "关键信息基础",
    "生成式人工智能",
    "网络数据安全",
    "国家互联网信息办公室",
    "互联网企业健康持续发展",
    "关键信息基础设施安全保护条例",
    "在深化改革中提质增效",
    "生成式人工智能服务管理暂行办法",
    "个人信息出境标准合同办法",
    // Latin words and numbers, any case or width
    "app",
    "APP",
    "ＡＰＰ",
    "openssh",
    "OpenSSH",
    "ssh",
    "cve",
    "CVE-2024",
    "ＣＶＥ－２０２４",
    "microsoft",
    "ai",
    "2024",
    "2023年",
    "iso",
    "GB/T",
    "5G",
    // mixed
    "APP侵犯",
    "微信小程序",
    "《数据安全法》",
    "“清朗”",
    "办法（试行）",
    "办法(试行)",
    // document numbers, brackets as a reader may type them
    "国办发〔2021〕",
    "国办发[2021]",
    "国办发(2021)",
    "〔2024〕",
    "[2024]",
    // several terms, quoted, excluded, OR
    "数据 出境",
    "人工智能 监管",
    "网信办 约谈",
    "个人信息 处罚",
    "漏洞 Microsoft",
    "APP 侵犯用户权益",
    "\"人工智能 监管\"",
    "\"数据 出境\"",
    "\"个人信息 保护\"",
    "-\"数据 出境\" 网信",
    "\"网信办\"",
    "网信办 -约谈",
    "数据 -出境",
    "个人信息 -app",
    "约谈 OR 处罚",
    "清朗 OR 专项行动 网信办",
    "-网信",
];

#[test]
fn every_query_finds_exactly_the_oracles_documents() {
    let Some((bytes, hays)) = packed() else {
        return;
    };
    let library = Library::open(bytes).expect("pack opens");
    assert!(QUERIES.len() >= 60);
    let mut nonempty = 0;
    for input in QUERIES {
        let query = Query::parse(input);
        assert_eq!(
            oracle::found(&library, &query).len(),
            library.search(&query, Sort::Relevance).total()
        );
        let found = assert_same_as_oracle(&library, hays, input);
        eprintln!("{input:>32}  {found} documents");
        nonempty += usize::from(found > 0);
    }
    assert!(
        nonempty >= 55,
        "only {nonempty} queries found anything: is the corpus there?"
    );
}

/// Regression: the search hint's own example `"数据 出境"` found nothing while
/// 数据出境 found 45: a quoted space between CJK characters may be absent.
#[test]
fn quoted_chinese_phrases_find_what_the_hint_promises() {
    let Some((bytes, hays)) = packed() else {
        return;
    };
    let library = Library::open(bytes).expect("pack opens");
    for raw in [
        "数据 出境",
        "个人信息 保护",
        "人工智能 监管",
        "网络 安全 审查",
        "open source",
    ] {
        let input = format!("\"{raw}\"");
        let expected = oracle::oracle_phrase(hays, raw);
        let got = oracle::found(&library, &Query::parse(&input));
        assert_eq!(got, expected, "{input}");
    }
    let spaced = oracle::found(&library, &Query::parse("\"数据 出境\""));
    let joined = oracle::found(&library, &Query::parse("数据出境"));
    assert!(
        joined.is_subset(&spaced),
        "\"数据 出境\" finds all 数据出境 finds"
    );
    assert!(!joined.is_empty(), "the corpus has 数据出境");
}

/// The documents a query finds, newest first.
fn doc_ids(library: &Library<'_>, query: &str) -> Vec<usize> {
    library
        .search(&Query::parse(query), Sort::Newest)
        .hits
        .iter()
        .map(|h| h.doc)
        .collect()
}

#[test]
fn full_and_half_width_and_case_variants_agree() {
    let Some((bytes, _)) = packed() else { return };
    let library = Library::open(bytes).expect("pack opens");
    let ids = |q: &str| doc_ids(&library, q);
    assert_eq!(ids("APP"), ids("ＡＰＰ"));
    assert_eq!(ids("app"), ids("App"));
    assert_eq!(ids("CVE-2024"), ids("ＣＶＥ－２０２４"));
    assert_eq!(ids("办法（试行）"), ids("办法(试行)"));
}

#[test]
fn document_numbers_match_whatever_brackets_are_typed() {
    let Some((bytes, _)) = packed() else { return };
    let library = Library::open(bytes).expect("pack opens");
    let ids = |q: &str| doc_ids(&library, q);
    let written = ids("〔2024〕");
    assert!(
        !written.is_empty(),
        "the policy corpus cites 〔2024〕 numbers"
    );
    for typed in ["[2024]", "(2024)", "［2024］", "（2024）"] {
        assert_eq!(ids(typed), written, "{typed}");
    }
    assert_eq!(ids("国办发[2021]"), ids("国办发〔2021〕"));
}

/// A tiny deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

#[test]
fn any_substring_of_a_document_finds_it() {
    let Some((bytes, _)) = packed() else { return };
    let library = Library::open(bytes).expect("pack opens");
    let mut rng = Lcg(7);
    let mut checked = 0;
    while checked < 500 {
        let doc = rng.below(library.docs().len());
        let chars: Vec<char> = library.text(doc).chars().collect();
        let start = rng.below(chars.len());
        // A term may not start inside a word (words match by prefix).
        if start > 0 && is_word_char(chars[start]) && is_word_char(chars[start - 1]) {
            continue;
        }
        let len = 1 + rng.below(12);
        let piece: String = chars[start..(start + len).min(chars.len())]
            .iter()
            .collect();
        let Some(term) = Term::new(&piece) else {
            continue;
        };
        let query = Query {
            groups: vec![vec![term]],
            excluded: vec![],
        };
        let hits = library.search(&query, Sort::Relevance);
        assert!(
            hits.hits.iter().any(|h| h.doc == doc),
            "{piece:?} did not find document {doc}"
        );
        checked += 1;
    }
}

#[test]
fn highlights_lie_on_characters_and_cover_the_terms() {
    let Some((bytes, _)) = packed() else { return };
    let library = Library::open(bytes).expect("pack opens");
    for input in [
        "网信办",
        "个人信息 保护",
        "APP",
        "ＣＶＥ",
        "数据出境",
        "“清朗”",
        "2024年",
    ] {
        let query = Query::parse(input);
        let terms: Vec<&Term> = query.positive_terms().collect();
        for hit in library.search(&query, Sort::Relevance).hits.iter().take(50) {
            let text = &library.text(hit.doc);
            for range in match_ranges(text, terms.iter().copied()) {
                assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
                let marked = normalize(&text[range.clone()]);
                assert!(
                    terms.iter().any(|t| marked.contains(&t.text)),
                    "{input:?}: marked {marked:?}"
                );
            }
            for snippet in snippets(text, &terms, 3, 80) {
                for mark in &snippet.marks {
                    let marked = snippet
                        .text
                        .get(mark.clone())
                        .expect("mark on char boundaries");
                    assert!(terms.iter().any(|t| normalize(marked).contains(&t.text)));
                }
            }
        }
    }
}

#[test]
fn the_pack_gives_back_every_original_text() {
    let Some((bytes, _)) = packed() else { return };
    let Some(dir) = shared_corpus("policy") else {
        return;
    };
    let built = pipeline::build(&[dir], &|| {}).expect("policy corpus builds");
    let library = Library::open(bytes).expect("pack opens");
    for (n, doc) in built.corpus.docs.iter().enumerate() {
        assert_eq!(library.text(n), doc.text, "{}", doc.path);
        assert_eq!(library.docs()[n].title, doc.title);
    }
}
