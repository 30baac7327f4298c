//! `gazette related` and `gazette compare`: the app's related lists and
//! comparisons on the command line (same library code).

use anyhow::{bail, Context, Result};
use gazette_core::compare::{compare as compare_texts, Comparison, Options, Shared, Span};
use gazette_core::model::{Corpus, Document};
use gazette_core::related::boilerplate::Boilerplate;
use gazette_core::related::{compute, Relations, Tuning};
use gazette_core::words::{Lang, Texts};
use serde::Serialize;

/// The corpus's stored relations, or computed ones for an older corpus.
pub fn relations(corpus: &Corpus) -> std::borrow::Cow<'_, Relations> {
    match &corpus.relations {
        Some(relations) => std::borrow::Cow::Borrowed(relations),
        None => std::borrow::Cow::Owned(compute(&corpus.docs, &Tuning::default())),
    }
}

fn find<'a>(corpus: &'a Corpus, id: &str) -> Result<&'a Document> {
    match corpus.get(id) {
        Some(doc) => Ok(doc),
        None => bail!("no document with id {id:?} in the corpus"),
    }
}

#[derive(Serialize)]
struct JsonRelated {
    hits: Vec<JsonRelatedHit>,
}

#[derive(Serialize)]
struct JsonRelatedHit {
    id: String,
    score: f32,
    /// Each reason's fields (`kind` …) and an English `text`.
    reasons: Vec<serde_json::Value>,
}

/// Prints the documents related to `id`.
pub fn related(corpus: &Corpus, id: &str, limit: usize, json: bool) -> Result<()> {
    let doc = find(corpus, id)?;
    let relations = relations(corpus);
    let hits = relations
        .related
        .iter()
        .find(|list| list.id == doc.id)
        .map(|list| list.hits.iter().take(limit).collect::<Vec<_>>())
        .unwrap_or_default();
    if json {
        let hits = hits
            .iter()
            .map(|hit| JsonRelatedHit {
                id: hit.id.clone(),
                score: hit.score,
                reasons: hit
                    .reasons
                    .iter()
                    .map(|reason| {
                        // Through text, so f32 shares print as written (0.19, not 0.1899…).
                        let text = serde_json::to_string(reason).unwrap_or_default();
                        let mut value: serde_json::Value =
                            serde_json::from_str(&text).unwrap_or_default();
                        if let Some(object) = value.as_object_mut() {
                            object.insert("text".into(), Texts(Lang::En).reason(reason).into());
                        }
                        value
                    })
                    .collect(),
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&JsonRelated { hits })?);
        return Ok(());
    }
    println!("{} related to {}  {}", hits.len(), doc.id, doc.title);
    for (n, hit) in hits.iter().enumerate() {
        let other = corpus.get(&hit.id);
        let (title, date, source) = other.map_or(("?", "", ""), |d| {
            (
                d.title.as_str(),
                d.date.get(..10).unwrap_or(&d.date),
                d.source.as_str(),
            )
        });
        println!(
            "{:>3}. {:.3}  {date}  {title}  [{}]  {source}",
            n + 1,
            hit.score,
            hit.id
        );
        for reason in &hit.reasons {
            println!("       - {}", Texts(Lang::En).reason(reason));
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonComparison {
    similarity: gazette_core::compare::Similarity,
    rows: Vec<JsonRow>,
    shared: Vec<Shared>,
}

#[derive(Serialize)]
struct JsonRow {
    kind: &'static str,
    a: Option<Span>,
    b: Option<Span>,
}

/// Prints the comparison of documents `a` and `b`.
pub fn compare(corpus: &Corpus, a: &str, b: &str, options: Options, json: bool) -> Result<()> {
    let (doc_a, doc_b) = (find(corpus, a)?, find(corpus, b)?);
    let boilerplate = Boilerplate::of_corpus(corpus);
    let comparison = compare_texts(&doc_a.text, &doc_b.text, options, &boilerplate);
    if json {
        let out = JsonComparison {
            similarity: comparison.similarity,
            rows: comparison
                .rows
                .iter()
                .map(|row| JsonRow {
                    kind: row.kind.name(),
                    a: row.a,
                    b: row.b,
                })
                .collect(),
            shared: comparison.shared.clone(),
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&out).context("cannot write JSON")?
        );
        return Ok(());
    }
    print_comparison(&comparison, doc_a, doc_b);
    Ok(())
}

fn print_comparison(c: &Comparison, a: &Document, b: &Document) {
    let (ca, cb): (Vec<char>, Vec<char>) = (a.text.chars().collect(), b.text.chars().collect());
    let excerpt = |chars: &[char], span: Option<Span>| -> String {
        span.map_or_else(
            || "—".to_owned(),
            |s| {
                let text: String = chars
                    .get(s.start as usize..s.end as usize)
                    .unwrap_or_default()
                    .iter()
                    .take(30)
                    .collect();
                format!("[{}–{}] {text}", s.start, s.end)
            },
        )
    };
    println!("A {}  {}  {}  {}", a.id, a.date, a.source, a.title);
    println!("B {}  {}  {}  {}", b.id, b.date, b.source, b.title);
    println!(
        "{:.0}% of A is in B, {:.0}% of B is in A",
        c.similarity.a_in_b * 100.0,
        c.similarity.b_in_a * 100.0
    );
    for row in &c.rows {
        println!(
            "{:<8} A {}\n         B {}",
            row.kind.name(),
            excerpt(&ca, row.a),
            excerpt(&cb, row.b)
        );
    }
    for s in &c.shared {
        let text: String = ca
            .get(s.a_start as usize..s.a_end as usize)
            .unwrap_or_default()
            .iter()
            .collect();
        println!(
            "shared A {}–{} B {}–{}: {text}",
            s.a_start, s.a_end, s.b_start, s.b_end
        );
    }
}
