//! Ingest throughput on the policy corpus, on one core, beside a baseline
//! measured in the same run (CommonMark parsing alone), so the ratio holds
//! on a noisy machine. `cargo bench -p gazette-cli --bench ingest`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gazette_cli::pipeline::{process_bytes, Outcome};
use std::hint::black_box;
use std::path::PathBuf;

fn policy_files() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/policy");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "SKIPPED: {} not found (needs ../shared beside the repo)",
            dir.display()
        );
        return Vec::new();
    };
    let mut files: Vec<(String, Vec<u8>)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            std::fs::read(e.path()).ok().map(|bytes| (name, bytes))
        })
        .collect();
    files.sort();
    files
}

fn ingest(c: &mut Criterion) {
    let files = policy_files();
    if files.is_empty() {
        return;
    }
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let mut group = c.benchmark_group("policy corpus");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("baseline: CommonMark events only", |b| {
        b.iter(|| {
            let mut events = 0usize;
            for (_, raw) in &files {
                let text = String::from_utf8_lossy(raw);
                events += pulldown_cmark::Parser::new(&text).count();
            }
            black_box(events)
        })
    });
    group.bench_function("gazette ingest (decode, parse, clean, extract)", |b| {
        b.iter(|| {
            let mut kept = 0usize;
            for (name, raw) in &files {
                if matches!(process_bytes(name, raw), Outcome::Document(_)) {
                    kept += 1;
                }
            }
            black_box(kept)
        })
    });
    group.finish();
}

criterion_group!(benches, ingest);
criterion_main!(benches);
