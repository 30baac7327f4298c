//! Facet recounts: narrowing every document by a selection and counting all
//! facets disjunctively, beside a baseline measured in the same run: one plain
//! pass over the documents counting their sources in a hash map (the least work
//! any facet count can do). `cargo bench -p gazette-cli --bench facets`.
//! Uses the scale corpus built by `scripts/bench-search.sh`
//! (`target/bench/scale/corpus.json`) or `GAZETTE_BENCH_CORPUS`, else the policy corpus.

use criterion::{criterion_group, criterion_main, Criterion};
use gazette_cli::pipeline;
use gazette_core::facets::{Facet, FacetIndex, Filters};
use gazette_core::model::{Corpus, Document};
use std::collections::HashMap;
use std::hint::black_box;
use std::path::PathBuf;

fn corpus() -> Option<(String, Vec<Document>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let built = std::env::var("GAZETTE_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("target/bench/scale/corpus.json"));
    if let Ok(json) = std::fs::read_to_string(&built) {
        let corpus = Corpus::from_json(&json).expect("benchmark corpus loads");
        return Some((built.display().to_string(), corpus.docs));
    }
    let dir = root.join("../shared/corpus/policy");
    if !dir.is_dir() {
        eprintln!(
            "SKIPPED: no scale corpus at {} and no {}",
            built.display(),
            dir.display()
        );
        return None;
    }
    let built = pipeline::build(std::slice::from_ref(&dir), &|| {}).expect("policy corpus builds");
    Some((dir.display().to_string(), built.corpus.docs))
}

fn facets(c: &mut Criterion) {
    let Some((name, docs)) = corpus() else { return };
    eprintln!("facets: {} documents from {name}", docs.len());
    let index = FacetIndex::build(&docs);
    let top = |facet: Facet| index.values(facet).first().cloned().unwrap_or_default();
    let mut selection = Filters::default();
    selection.select(Facet::Source, &top(Facet::Source));
    selection.select(Facet::Kind, "news");
    selection.select(Facet::Agency, &top(Facet::Agency));
    let every = 0..docs.len();

    c.bench_function("baseline: count sources in one pass", |b| {
        b.iter(|| {
            let mut counts: HashMap<&str, u32> = HashMap::new();
            for doc in &docs {
                *counts.entry(doc.source.as_str()).or_default() += 1;
            }
            black_box(counts.len())
        })
    });
    c.bench_function("narrow + count all facets, nothing selected", |b| {
        b.iter(|| black_box(index.narrow(every.clone(), &Filters::default()).docs.len()))
    });
    c.bench_function("narrow + count all facets, three facets selected", |b| {
        b.iter(|| black_box(index.narrow(every.clone(), &selection).docs.len()))
    });
    c.bench_function("build the facet index", |b| {
        b.iter(|| black_box(FacetIndex::build(&docs).len()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = facets
}
criterion_main!(benches);
