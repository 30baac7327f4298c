//! Related-document computation over 25, 50 and 100 % of the scale corpus:
//! time and peak memory, to show near-linear growth. Each fraction runs in a
//! child process of its own, so its peak resident memory is its own (Linux:
//! `/proc/self/status`, peak reset through `/proc/self/clear_refs`). The
//! baseline, measured in the same child, is one linear pass that puts every
//! text in comparable form (what any text-reuse method must at least do).
//!
//! `cargo bench -p gazette-cli --bench related` (about 2 minutes). The corpus
//! is `GAZETTE_SCALE_CORPUS`, else `target/bench/scale/corpus.json` (made by
//! `scripts/bench-search.sh`), else `target/bench-data/scale.json`.

use gazette_core::model::{Corpus, Document};
use gazette_core::related::comparable::comparable_text;
use gazette_core::related::{compute, Tuning};
use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

const CHILD: &str = "GAZETTE_RELATED_BENCH_FRACTION";
const SAMPLE: &str = "GAZETTE_RELATED_BENCH_SAMPLE";
const FRACTIONS: [u32; 3] = [25, 50, 100];

fn corpus_path() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let candidates = [
        std::env::var_os("GAZETTE_SCALE_CORPUS").map(PathBuf::from),
        Some(root.join("target/bench/scale/corpus.json")),
        Some(root.join("target/bench-data/scale.json")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_file())
}

/// A field of `/proc/self/status` in kB (Linux only).
fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The documents of a fraction: chosen by id (a hash), so each fraction
/// holds the smaller ones and is a uniform sample.
fn sample(docs: Vec<Document>, percent: u32) -> Vec<Document> {
    docs.into_iter()
        .filter(|d| {
            let byte =
                d.id.get(10..12)
                    .and_then(|h| u32::from_str_radix(h, 16).ok());
            byte.is_some_and(|b| b * 100 < 256 * percent)
        })
        .collect()
}

/// Where the parent writes a fraction's documents, so that a child reads
/// only those (nothing freed before the measurement hides memory use).
fn sample_path(percent: u32) -> PathBuf {
    std::env::temp_dir().join(format!(
        "gazette-related-bench-{}-{percent}.json",
        std::process::id()
    ))
}

fn child(percent: u32, path: &str) {
    let file = std::fs::File::open(path).expect("open the sample");
    let docs: Vec<Document> =
        serde_json::from_reader(std::io::BufReader::new(file)).expect("a sample");
    let chars: usize = docs.iter().map(|d| d.text.chars().count()).sum();
    let started = Instant::now();
    let comparable: usize = docs
        .iter()
        .map(|d| black_box(comparable_text(&d.text, false, |_| false)).len())
        .sum();
    let baseline = started.elapsed().as_secs_f64();
    // Peak memory from here on is the computation's.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = status_kb("VmRSS:").unwrap_or(0);
    let started = Instant::now();
    let relations = compute(&docs, &Tuning::default());
    let seconds = started.elapsed().as_secs_f64();
    let peak = status_kb("VmHWM:").unwrap_or(0);
    let related: usize = relations.related.iter().map(|l| l.hits.len()).sum();
    println!(
        "{{\"percent\":{percent},\"docs\":{},\"chars\":{chars},\"comparable\":{comparable},\"baseline_s\":{baseline:.3},\"related_s\":{seconds:.3},\"extra_mib\":{:.1},\"related\":{related},\"clusters\":{}}}",
        docs.len(),
        peak.saturating_sub(before) as f64 / 1024.0,
        relations.clusters.len()
    );
}

fn main() {
    if let Some(percent) = std::env::var(CHILD).ok().and_then(|p| p.parse().ok()) {
        let path = std::env::var(SAMPLE).unwrap_or_default();
        child(percent, &path);
        return;
    }
    let Some(path) = corpus_path() else {
        eprintln!(
            "SKIPPED: no scale corpus (set GAZETTE_SCALE_CORPUS or run scripts/bench-search.sh)"
        );
        return;
    };
    println!(
        "related-document computation, scale corpus {}",
        path.display()
    );
    let exe = std::env::current_exe().expect("own path");
    let json = std::fs::read_to_string(&path).expect("read the scale corpus");
    let corpus = Corpus::from_json(&json).expect("a corpus");
    drop(json);
    let mut rows: Vec<serde_json::Value> = Vec::new();
    for percent in FRACTIONS {
        let sample_file = sample_path(percent);
        let docs = sample(corpus.docs.clone(), percent);
        std::fs::write(&sample_file, serde_json::to_vec(&docs).expect("JSON"))
            .expect("write the sample");
        let out = Command::new(&exe)
            .env(CHILD, percent.to_string())
            .env(SAMPLE, &sample_file)
            .output()
            .expect("run a fraction");
        let _ = std::fs::remove_file(&sample_file);
        let line = String::from_utf8_lossy(&out.stdout);
        match serde_json::from_str(line.trim()) {
            Ok(row) => rows.push(row),
            Err(_) => eprintln!(
                "{percent} %: no result ({})",
                String::from_utf8_lossy(&out.stderr)
            ),
        }
    }
    let first = rows.first().cloned().unwrap_or_default();
    let f = |row: &serde_json::Value, key: &str| row[key].as_f64().unwrap_or(0.0);
    println!("| share | documents | characters | baseline s | related s | ×baseline | time ×25 % | docs ×25 % | extra peak MiB | MiB ×25 % | related pairs | clusters |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for row in &rows {
        println!(
            "| {} % | {} | {} | {:.2} | {:.2} | {:.1} | {:.2} | {:.2} | {:.0} | {:.2} | {} | {} |",
            row["percent"],
            row["docs"],
            row["chars"],
            f(row, "baseline_s"),
            f(row, "related_s"),
            f(row, "related_s") / f(row, "baseline_s").max(1e-9),
            f(row, "related_s") / f(&first, "related_s").max(1e-9),
            f(row, "docs") / f(&first, "docs").max(1.0),
            f(row, "extra_mib"),
            f(row, "extra_mib") / f(&first, "extra_mib").max(1e-9),
            row["related"],
            row["clusters"],
        );
    }
}
