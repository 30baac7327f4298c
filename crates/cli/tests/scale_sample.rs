//! A reduced scale test for CI: the files of the 1st and 2nd of every month
//! of `../shared/corpus/scale-2023.tar.gz` (2,246 of its 27,859), extracted
//! at test time. Correctness only: the build accounts for every file, and
//! search finds exactly what a brute-force scan finds. Timing lives in the
//! scale benchmark (`scripts/bench-scale.sh`, docs/BENCHMARKS.md). Skipped,
//! with a notice, when the tarball is absent.

mod support;

use gazette_cli::pipeline;
use gazette_cli::report::Status;
use gazette_core::pack;
use gazette_core::search::Library;
use gazette_core::test_support::oracle::{assert_same_as_oracle, hays};
use std::process::Command;
use support::shared_corpus;

/// The files extracted: two days of every month, spread over the year.
const SAMPLE: &str = "scale-2023/2023-*-0[12]_*";
const SAMPLE_FILES: usize = 2_246;

#[test]
fn a_sample_of_the_scale_corpus_builds_completely_and_searches_exactly() {
    let Some(tarball) = shared_corpus("scale-2023.tar.gz") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let status = Command::new("tar")
        .args(["-xzf"])
        .arg(&tarball)
        .arg("-C")
        .arg(dir.path())
        .args(["--wildcards", SAMPLE])
        .status()
        .expect("run tar");
    assert!(status.success(), "tar could not extract {SAMPLE}");
    let input = dir.path().join("scale-2023");
    let on_disk = std::fs::read_dir(&input).expect("list").count();
    assert_eq!(on_disk, SAMPLE_FILES);

    let built = pipeline::build(&[input], &|| {}).expect("builds");
    let report = &built.report;
    assert_eq!(report.files.len(), on_disk, "one report entry per file");
    for entry in &report.files {
        assert_eq!(
            entry.status == Status::Kept,
            entry.reason.is_none(),
            "{}: {:?}",
            entry.path,
            entry.reason
        );
        assert!(
            !entry
                .reason
                .as_deref()
                .unwrap_or_default()
                .contains("internal error"),
            "{} panicked",
            entry.path
        );
    }
    let kept = report.summary.kept;
    assert_eq!(built.corpus.docs.len(), kept);
    assert!(kept > 1_000, "only {kept} documents kept");
    eprintln!("scale sample: {}", report.summary_line());

    let bytes = pack::encode(&built.corpus);
    let library = Library::open(&bytes).expect("pack opens");
    let hays = hays(&built.corpus);
    let mut found = 0;
    for query in [
        "网信办",
        "数据安全",
        "个人信息 保护",
        "网络安全 -漏洞",
        "约谈 OR 处罚",
        "\"人工智能\"",
        "microsoft",
        "CVE-2023",
        "ＡＰＰ",
        "的",
    ] {
        found += usize::from(assert_same_as_oracle(&library, &hays, query) > 0);
    }
    assert!(found >= 8, "only {found} queries found anything");
}
