//! Instruments against hand labels (issue 16): draft↔final pairs found by
//! hand in the policy corpus, the instruments 40 sampled documents cite,
//! effective dates of normative texts, and article counts, in
//! `tests/fixtures/instruments/labels.json`. Prints the figures and fails when
//! one falls below the level reached. Skipped, with a notice, without `../shared`.

use gazette_cli::pipeline;
use gazette_core::compare::articles::{compare_articles, ArticleChange, ArticleOptions};
use gazette_core::instrument::name::cited;
use gazette_core::instrument::registry::Registry;
use gazette_core::instrument::structure::{article_label, outline};
use gazette_core::model::{Corpus, Document};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

mod support;

#[derive(Deserialize)]
struct Labels {
    draft_final_pairs: Vec<Pair>,
    citations: BTreeMap<String, Vec<String>>,
    effective_dates: BTreeMap<String, serde_json::Value>,
    articles: BTreeMap<String, Articles>,
    article_changes: Vec<ArticleChanges>,
}

/// Two versions read side by side by hand: every article pair that is not
/// unchanged (`"25>24": "changed"`, `"24>": "deleted"`), 【条旨】 and
/// renumbering ignored.
#[derive(Deserialize)]
struct ArticleChanges {
    instrument: String,
    draft: String,
    #[serde(rename = "final")]
    issued: String,
    changes: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct Pair {
    instrument: String,
    draft: Vec<String>,
    #[serde(rename = "final")]
    issued: Vec<String>,
}

#[derive(Deserialize)]
struct Articles {
    articles: usize,
    last: String,
}

fn labels() -> Labels {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/instruments/labels.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}

/// The key a labelled name stands for.
fn key_of(name: &str) -> String {
    cited(name).map_or_else(|| name.to_owned(), |c| c.key)
}

fn by_path(corpus: &Corpus) -> BTreeMap<&str, (usize, &Document)> {
    let mut found = BTreeMap::new();
    for (at, doc) in corpus.docs.iter().enumerate() {
        found.insert(doc.path.as_str(), (at, doc));
        for other in &doc.duplicate_paths {
            found.insert(other.as_str(), (at, doc));
        }
    }
    found
}

fn share(hits: usize, of: usize) -> f64 {
    if of == 0 {
        1.0
    } else {
        hits as f64 / of as f64
    }
}

#[test]
fn instruments_match_the_hand_labels() {
    let Some(dir) = support::shared_corpus("policy") else {
        println!("SKIPPED: ../shared/corpus/policy not found; instrument figures not measured");
        return;
    };
    let labels = labels();
    let built = pipeline::build(&[dir], &|| {}).expect("policy corpus builds");
    let corpus = &built.corpus;
    let docs = by_path(corpus);
    let registry = Registry::build(&corpus.docs);

    // Draft ↔ final: both sides on the page of the labelled instrument.
    let mut linked = 0;
    for pair in &labels.draft_final_pairs {
        let on_page = |paths: &[String]| {
            registry.get(&key_of(&pair.instrument)).is_some_and(|i| {
                paths
                    .iter()
                    .filter_map(|p| docs.get(p.as_str()))
                    .any(|(at, _)| i.versions.iter().any(|v| v.doc == *at) || i.citing.contains(at))
            })
        };
        let both = on_page(&pair.draft) && on_page(&pair.issued);
        linked += usize::from(both);
        if !both {
            println!("  pair not linked: {}", pair.instrument);
        }
    }
    let pairs = labels.draft_final_pairs.len();

    // Citations: the instruments a document cites or reports on.
    let (mut right, mut predicted, mut labelled) = (0, 0, 0);
    for (path, names) in &labels.citations {
        let Some((_, doc)) = docs.get(path.as_str()) else {
            panic!("labelled document {path} is not in the corpus");
        };
        let own = doc
            .carries
            .as_ref()
            .and_then(|c| cited(&c.name))
            .map(|c| c.key);
        let found: BTreeSet<String> = Registry::keys_of(doc)
            .into_iter()
            .filter(|k| Some(k) != own.as_ref())
            .collect();
        let expected: BTreeSet<String> = names.iter().map(|n| key_of(n)).collect();
        right += found.intersection(&expected).count();
        predicted += found.len();
        labelled += expected.len();
        for extra in found.difference(&expected) {
            println!("  {path}: cites {extra}? (not labelled)");
        }
        for missed in expected.difference(&found) {
            println!("  {path}: missed {missed}");
        }
    }

    // Effective dates of normative texts that state one.
    let (mut dated, mut stated) = (0, 0);
    for (path, day) in &labels.effective_dates {
        let Some(day) = day.as_str() else { continue };
        let Some((_, doc)) = docs.get(path.as_str()) else {
            continue;
        };
        stated += 1;
        let found = doc.carries.as_ref().and_then(|c| c.effective.as_deref());
        dated += usize::from(found == Some(day));
        if found != Some(day) {
            println!("  {path}: effective {found:?}, labelled {day}");
        }
    }

    // Article boundaries: count and last heading of the main instrument.
    let (mut articles_right, mut texts) = (0, 0);
    for (path, expected) in &labels.articles {
        let Some((_, doc)) = docs.get(path.as_str()) else {
            continue;
        };
        texts += 1;
        let found = outline(&doc.text);
        let last_instrument = found
            .articles
            .iter()
            .map(|a| a.instrument)
            .max()
            .unwrap_or(0);
        let main: Vec<_> = found
            .articles
            .iter()
            .filter(|a| a.instrument == last_instrument)
            .collect();
        let last = main
            .last()
            .map(|a| article_label(a.number))
            .unwrap_or_default();
        let ok = main.len() == expected.articles && last == expected.last;
        articles_right += usize::from(ok);
        if !ok {
            println!(
                "  {path}: {} articles to {last}, labelled {} to {}",
                main.len(),
                expected.articles,
                expected.last
            );
        }
    }

    let pairs_share = share(linked, pairs);
    let precision = share(right, predicted);
    let recall = share(right, labelled);
    let effective = share(dated, stated);
    let articles = share(articles_right, texts);
    println!(
        "instruments: {} in the registry, {} with their text",
        registry.instruments.len(),
        registry
            .instruments
            .iter()
            .filter(|i| !i.versions.is_empty())
            .count()
    );
    println!(
        "draft↔final pairs linked: {linked}/{pairs} ({:.0} %)",
        pairs_share * 100.0
    );
    println!(
        "citations: precision {right}/{predicted} ({:.0} %), recall {right}/{labelled} ({:.0} %)",
        precision * 100.0,
        recall * 100.0
    );
    println!(
        "effective date found: {dated}/{stated} ({:.0} %)",
        effective * 100.0
    );
    println!(
        "article boundaries: {articles_right}/{texts} texts exact ({:.0} %)",
        articles * 100.0
    );
    // Floors: the levels measured when the labels were made (issue 16's targets
    // are higher; the README says where the figures stand).
    assert!(pairs_share >= FLOORS.pairs, "pairs {pairs_share:.2}");
    assert!(
        precision >= FLOORS.precision,
        "citation precision {precision:.2}"
    );
    assert!(recall >= FLOORS.recall, "citation recall {recall:.2}");
    assert!(
        effective >= FLOORS.effective,
        "effective dates {effective:.2}"
    );
    assert!(articles >= FLOORS.articles, "articles {articles:.2}");
}

struct Floors {
    pairs: f64,
    precision: f64,
    recall: f64,
    effective: f64,
    articles: f64,
}

/// Just below what was measured on 2026-12-04 (10/11 pairs, citations
/// 134/139 and 134/143, 24/25 effective dates, 12/12 texts), and never below
/// what issue 16 asks for.
const FLOORS: Floors = Floors {
    pairs: 0.90,
    precision: 0.95,
    recall: 0.93,
    effective: 0.95,
    articles: 0.98,
};

#[test]
fn versions_compare_article_by_article_as_read_by_hand() {
    let Some(dir) = support::shared_corpus("policy") else {
        println!("SKIPPED: ../shared/corpus/policy not found; article comparison not measured");
        return;
    };
    let labels = labels();
    let built = pipeline::build(&[dir], &|| {}).expect("policy corpus builds");
    let docs = by_path(&built.corpus);
    let options = ArticleOptions {
        ignore_headings: true,
        ignore_numbering: true,
        ..ArticleOptions::default()
    };
    let (mut right, mut rows) = (0, 0);
    for label in &labels.article_changes {
        let text = |path: &str| match docs.get(path) {
            Some((_, doc)) => doc.text.as_str(),
            None => panic!("{}: {path} is not in the corpus", label.instrument),
        };
        let Some(c) = compare_articles(text(&label.draft), text(&label.issued), options) else {
            panic!("{}: the versions have no articles", label.instrument);
        };
        for row in &c.rows {
            let number = |side: &Option<gazette_core::compare::articles::ArticleSide>| {
                side.as_ref()
                    .map(|s| s.number.to_string())
                    .unwrap_or_default()
            };
            let pair = format!("{}>{}", number(&row.a), number(&row.b));
            let expected = label.changes.get(&pair).map_or("same", String::as_str);
            rows += 1;
            if expected == row.change.name() {
                right += 1;
            } else {
                println!(
                    "  {}: {pair} is {}, read as {expected}",
                    label.instrument,
                    row.change.name()
                );
            }
        }
        let listed = c.rows.len() - c.count(ArticleChange::Same);
        assert_eq!(
            listed,
            label.changes.len(),
            "{}: every labelled change is found",
            label.instrument
        );
    }
    println!("article comparison: {right}/{rows} article rows as read by hand");
    assert_eq!(
        right, rows,
        "article comparison differs from the hand reading"
    );

    // Every draft and final the registry pairs compare by article, and most
    // articles of the shorter version find their counterpart.
    let registry = Registry::build(&built.corpus.docs);
    let corpus = &built.corpus.docs;
    for instrument in &registry.instruments {
        let Some((draft, last)) = instrument.draft_and_final(corpus) else {
            continue;
        };
        let Some(c) = compare_articles(&corpus[draft].text, &corpus[last].text, options) else {
            continue;
        };
        let paired = c
            .rows
            .iter()
            .filter(|r| r.a.is_some() && r.b.is_some())
            .count();
        let count = |side: fn(&gazette_core::compare::articles::ArticleRow) -> bool| {
            c.rows.iter().filter(|r| side(r)).count()
        };
        let shorter = count(|r| r.a.is_some()).min(count(|r| r.b.is_some()));
        println!(
            "  {}: {paired} of {shorter} articles paired",
            instrument.key
        );
        assert!(
            paired * 10 >= shorter * 8,
            "{}: {paired}/{shorter} paired",
            instrument.key
        );
    }
}
