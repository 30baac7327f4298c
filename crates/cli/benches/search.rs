//! Search latency on the policy corpus: the 25 benchmark queries through the
//! engine, beside a brute-force scan of the same normalized texts measured in
//! the same run (the ratio is the figure; the machine is shared and noisy).
//! `cargo bench -p gazette-cli --bench search`. The browser benchmark
//! (`scripts/bench-search.sh`) measures the same in Chromium.

use criterion::{criterion_group, criterion_main, Criterion};
use gazette_cli::pipeline;
use gazette_core::pack;
use gazette_core::search::{Library, Query, Sort};
use gazette_core::text::normalize::normalize;
use std::hint::black_box;
use std::path::PathBuf;

/// The query list of the search issue (space = AND).
pub const QUERIES: &[&str] = &[
    "网信办",
    "中央网信办",
    "个人信息保护",
    "数据安全",
    "清朗",
    "专项行动",
    "生成式人工智能",
    "工业和信息化部",
    "网络暴力",
    "未成年人",
    "算法推荐",
    "关键信息基础设施",
    "数据出境",
    "平台经济",
    "互联网企业健康持续发展",
    "在深化改革中提质增效",
    "庄荣文",
    "APP 侵犯用户权益",
    "OpenSSH",
    "CVE-2024",
    "数据 出境",
    "人工智能 监管",
    "网信办 约谈",
    "个人信息 处罚",
    "漏洞 Microsoft",
];

fn search(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/policy");
    if !dir.is_dir() {
        eprintln!(
            "SKIPPED: {} not found (needs ../shared beside the repo)",
            dir.display()
        );
        return;
    }
    let built = pipeline::build(&[dir], &|| {}).expect("policy corpus builds");
    let bytes = pack::encode(&built.corpus);
    let library = Library::open(&bytes).expect("pack opens");
    let (opened, _) = pack::Pack::open(&bytes).expect("pack opens");
    eprintln!("pack: {} bytes", bytes.len());
    for (part, size) in opened.part_sizes() {
        eprintln!("  {part}: {size} bytes");
    }
    let hays: Vec<String> = built
        .corpus
        .docs
        .iter()
        .map(|d| format!("{}\n{}", normalize(&d.title), normalize(&d.text)))
        .collect();
    let mut group = c.benchmark_group("policy corpus, 25 queries");
    group.bench_function("baseline: brute-force scan of normalized texts", |b| {
        b.iter(|| {
            let mut hits = 0usize;
            for query in QUERIES {
                let terms: Vec<String> = query.split(' ').map(normalize).collect();
                hits += hays
                    .iter()
                    .filter(|h| terms.iter().all(|t| h.contains(t.as_str())))
                    .count();
            }
            black_box(hits)
        })
    });
    group.bench_function("gazette search (index, check, rank)", |b| {
        b.iter(|| {
            let mut hits = 0usize;
            for query in QUERIES {
                hits += library
                    .search(&Query::parse(query), Sort::Relevance)
                    .total();
            }
            black_box(hits)
        })
    });
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
