//! `gazette compare --by-article`: two versions of an instrument, article by
//! article (the comparison the app shows under 逐条).

use anyhow::{bail, Context, Result};
use gazette_core::compare::articles::export::numbers_label;
use gazette_core::compare::articles::{
    compare_articles, ArticleChange, ArticleComparison, ArticleOptions,
};
use gazette_core::compare::Span;
use gazette_core::model::Corpus;
use serde::Serialize;

/// Marked passages printed per article at most.
const MARKS_SHOWN: usize = 3;

/// Characters of a marked passage printed at most.
const MARK_CHARS: usize = 24;

#[derive(Serialize)]
struct JsonArticles<'a> {
    a: &'a str,
    b: &'a str,
    counts: Vec<(ArticleChange, usize)>,
    #[serde(flatten)]
    comparison: &'a ArticleComparison,
}

/// Prints the article comparison of documents `a` and `b`.
pub fn print(corpus: &Corpus, a: &str, b: &str, options: ArticleOptions, json: bool) -> Result<()> {
    let find = |id: &str| match corpus.get(id) {
        Some(doc) => Ok(doc),
        None => bail!("no document with id {id:?} in the corpus"),
    };
    let (doc_a, doc_b) = (find(a)?, find(b)?);
    let Some(comparison) = compare_articles(&doc_a.text, &doc_b.text, options) else {
        bail!(
            "{a} and {b} cannot be compared by article: each needs at least {} articles (第一条 …)",
            gazette_core::compare::articles::MIN_ARTICLES
        );
    };
    let counts: Vec<(ArticleChange, usize)> = ArticleChange::ALL
        .iter()
        .map(|&change| (change, comparison.count(change)))
        .collect();
    if json {
        let out = JsonArticles {
            a,
            b,
            counts,
            comparison: &comparison,
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&out).context("cannot write JSON")?
        );
        return Ok(());
    }
    println!(
        "A {}  {}  {}  {}",
        doc_a.id, doc_a.date, doc_a.source, doc_a.title
    );
    println!(
        "B {}  {}  {}  {}",
        doc_b.id, doc_b.date, doc_b.source, doc_b.title
    );
    let summary: Vec<String> = counts
        .iter()
        .map(|(change, n)| format!("{n} {}", change.name()))
        .collect();
    println!("{}", summary.join(", "));
    let (ca, cb): (Vec<char>, Vec<char>) =
        (doc_a.text.chars().collect(), doc_b.text.chars().collect());
    for row in comparison
        .rows
        .iter()
        .filter(|r| r.change != ArticleChange::Same)
    {
        println!("{:<28} {}", numbers_label(row), row.change.name());
        for (sign, chars, spans) in [('-', &ca, &row.deleted), ('+', &cb, &row.inserted)] {
            for span in spans.iter().take(MARKS_SHOWN) {
                println!("    {sign} {}", excerpt(chars, *span));
            }
        }
    }
    Ok(())
}

fn excerpt(chars: &[char], span: Span) -> String {
    let text: String = chars
        .get(span.start as usize..span.end as usize)
        .unwrap_or_default()
        .iter()
        .take(MARK_CHARS)
        .collect();
    let more = (span.end - span.start) as usize > MARK_CHARS;
    format!("{text}{}", if more { "…" } else { "" })
}
