//! The hostile corpus (`tests/fixtures/hostile/` plus the big and oddly named
//! files `tests/fixtures/make-hostile.sh` generates): `gazette build` accounts
//! for every file with a reason and never panics, keeps markup as text, and
//! what it keeps packs, searches and highlights like any other document.

mod support;

use gazette_cli::pipeline;
use gazette_core::links::external_url;
use gazette_core::model::Corpus;
use gazette_core::pack;
use gazette_core::search::{match_ranges, snippets, Library, Query, Term};
use gazette_core::test_support::oracle::{self, assert_same_as_oracle, hays};
use gazette_core::text::normalize::normalize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use support::{build, repo_root};

/// Writes the hostile corpus into a fresh temporary directory.
fn hostile_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = repo_root().join("tests/fixtures/make-hostile.sh");
    let output = Command::new("bash")
        .arg(&script)
        .arg(dir.path())
        .output()
        .expect("run make-hostile.sh");
    assert!(
        output.status.success(),
        "{}: {}",
        script.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    dir
}

/// Every file's expected (status, part of the reason or of a warning).
const OUTCOMES: &[(&str, &str, &str)] = &[
    ("2024-03-01_script-title.md", "kept", ""),
    ("2024-03-02_img-onerror.html", "kept", ""),
    ("2024-03-03_markdown-links.md", "kept", ""),
    ("2024-03-04_svg.html", "kept", ""),
    (
        "2024-03-04_vector.svg",
        "skipped",
        "not a document type (.svg)",
    ),
    ("2024-03-05_entities.html", "kept", ""),
    ("2024-03-06_bidi-zero-width.md", "kept", ""),
    ("2024-03-07_zero-bytes.md", "empty", "empty file (0 bytes"),
    ("2024-03-08_binary.md", "skipped", "binary file"),
    ("2024-03-09_gbk.txt", "kept", ""),
    (
        "2024-03-10_invalid-utf8.md",
        "kept",
        "7 damaged UTF-8 sequence(s) replaced with U+FFFD",
    ),
    (
        "2024-03-10_undecodable.md",
        "error",
        "neither UTF-8 nor GB18030",
    ),
    ("2024-03-11_only-front-matter.md", "empty", "no body text"),
    (
        "2024-03-12_malformed-yaml.md",
        "kept",
        "front matter is not valid YAML at line 3",
    ),
    (
        "2024-03-13_yaml-bomb.md",
        "kept",
        "repetition limit exceeded; read it line by line",
    ),
    (
        "2024-03-13_yaml-deep.md",
        "kept",
        "recursion limit exceeded",
    ),
    ("2024-03-14_duplicate-a.md", "kept", ""),
    (
        "2024-03-14_duplicate-b.md",
        "duplicate",
        "same source and text as 2024-03-14_duplicate-a.md",
    ),
    ("2024-03-15_huge-10mb.md", "kept", ""),
    ("2024-03-16_deep-markdown.md", "kept", ""),
    ("2024-03-16_deep-nesting.html", "kept", ""),
    ("2024-03-17_single-line-1mb.md", "kept", ""),
    ("2024-03-18_<img src=x onerror=alert(1)>.md", "kept", ""),
    ("2024-03-18_javascript:alert('name').md", "kept", ""),
    ("2024-03-18_\u{202e}gnp.md", "kept", ""),
    ("2024-03-18_line\nbreak.md", "kept", ""),
    ("2024-03-18_\u{fffd}\u{fffd}-not-utf8.md", "kept", ""),
];

fn doc<'a>(corpus: &'a Value, path: &str) -> &'a Value {
    corpus["docs"]
        .as_array()
        .expect("docs")
        .iter()
        .find(|d| d["path"] == path)
        .unwrap_or_else(|| panic!("no document {path}"))
}

fn text<'a>(corpus: &'a Value, path: &str) -> &'a str {
    doc(corpus, path)["text"].as_str().unwrap_or_default()
}

#[test]
fn gazette_build_accounts_for_every_hostile_file_with_a_reason() {
    let dir = hostile_corpus();
    let files_on_disk = std::fs::read_dir(dir.path()).expect("list").count();
    let (corpus, report, stdout) = build(dir.path());
    let entries = report["files"].as_array().expect("files");
    assert_eq!(entries.len(), files_on_disk, "one report entry per file");
    assert_eq!(entries.len(), OUTCOMES.len(), "{stdout}");
    let by_path: BTreeMap<&str, &Value> = entries
        .iter()
        .map(|e| (e["path"].as_str().unwrap_or_default(), e))
        .collect();
    for &(path, status, why) in OUTCOMES {
        let entry = by_path
            .get(path)
            .unwrap_or_else(|| panic!("{path:?} missing from the report"));
        let reason = entry["reason"].as_str().unwrap_or_default();
        let warnings = entry["warnings"].to_string();
        assert_eq!(entry["status"], status, "{path:?}: {reason}");
        assert_eq!(status == "kept", reason.is_empty(), "{path:?}: {reason}");
        assert!(
            reason.contains(why) || warnings.contains(why),
            "{path:?}: {reason:?} / {warnings} lacks {why:?}"
        );
        assert!(!reason.contains("internal error"), "{path:?} panicked");
    }
    assert_eq!(
        stdout.trim(),
        "27 files read: 21 kept, 1 duplicate, 2 empty, 2 skipped, 1 error"
    );
    assert_eq!(corpus["docs"].as_array().map(Vec::len), Some(21));
}

#[test]
fn markup_in_hostile_files_is_kept_as_text_or_dropped_never_interpreted() {
    let dir = hostile_corpus();
    let (corpus, _, _) = build(dir.path());
    let script_title = doc(&corpus, "2024-03-01_script-title.md");
    assert!(
        script_title["title"]
            .as_str()
            .unwrap_or_default()
            .starts_with("<script>window.__gazettePwned = 'title'</script>网信办通知"),
        "front-matter values are text, kept as written"
    );
    assert_eq!(
        text(&corpus, "2024-03-01_script-title.md"),
        "正文第一段：网信办部署清朗专项行动。\n\n正文第二段：约谈平台负责人。\n\n点击这里查看原文"
    );
    // Scripts, handlers, SVG and link targets of bodies leave no text; only the
    // entities page showed its markup as text, so it stays text.
    for d in corpus["docs"].as_array().expect("docs") {
        let path = d["path"].as_str().unwrap_or_default();
        let body = d["text"].as_str().unwrap_or_default();
        if path != "2024-03-05_entities.html" {
            assert!(!body.contains("__gazettePwned"), "{path}: {body:.200}");
        }
    }
    assert!(text(&corpus, "2024-03-05_entities.html")
        .starts_with("<script>window.__gazettePwned='entity'</script> 是文字，不是脚本。"));
    assert!(text(&corpus, "2024-03-05_entities.html").contains("数字引用：网信办"));
    assert_eq!(
        text(&corpus, "2024-03-04_svg.html"),
        "SVG 之前的正文。\n\nSVG 之后的正文：网络数据安全管理条例。"
    );
    assert_eq!(
        text(&corpus, "2024-03-03_markdown-links.md"),
        "点我 和 数据 都只是文字。\n\n行内 HTML： 与 VBScript 链接。"
    );
    // URLs are stored as found; only absolute http(s) ones may become links.
    for d in corpus["docs"].as_array().expect("docs") {
        let url = d["url"].as_str().unwrap_or_default();
        let linkable = external_url(url).is_some();
        assert_eq!(
            linkable,
            url.starts_with("https://example.com/"),
            "{}: {url:?}",
            d["path"]
        );
    }
}

#[test]
fn odd_encodings_and_sizes_are_read_faithfully() {
    let dir = hostile_corpus();
    let (corpus, _, _) = build(dir.path());
    assert_eq!(
        text(&corpus, "2024-03-09_gbk.txt"),
        "国家互联网信息办公室今日发布通知，要求各地网信部门开展专项检查。"
    );
    let damaged = text(&corpus, "2024-03-10_invalid-utf8.md");
    assert!(
        damaged.starts_with("工业和信\u{fffd}息化部发布通知"),
        "{damaged:.40}"
    );
    assert_eq!(damaged.matches('\u{fffd}').count(), 7);
    assert_eq!(
        doc(&corpus, "2024-03-10_invalid-utf8.md")["flags"][0],
        "truncated"
    );
    assert_eq!(
        text(&corpus, "2024-03-16_deep-nesting.html"),
        "深层嵌套的正文：国家数据局发布通知。"
    );
    assert!(
        text(&corpus, "2024-03-16_deep-markdown.md").starts_with("引用嵌套一万层：公安部通报。")
    );
    assert!(text(&corpus, "2024-03-15_huge-10mb.md").len() > 9 << 20);
    let line = doc(&corpus, "2024-03-17_single-line-1mb.md");
    assert!(line["title"].as_str().unwrap_or_default().chars().count() <= 120);
    assert!(line["text"].as_str().unwrap_or_default().len() > 1_000_000);
    assert_eq!(
        doc(&corpus, "2024-03-12_malformed-yaml.md")["date"],
        "2024-03-12T00:00:00+08:00"
    );
}

/// The same corpus through the library (no binary): it packs, every text
/// comes back, searches agree with a brute-force scan and highlights lie on
/// character boundaries, whatever the text holds.
#[test]
fn hostile_documents_pack_search_and_highlight_like_any_other() {
    let dir = hostile_corpus();
    let built = pipeline::build(&[dir.path().to_path_buf()], &|| {}).expect("builds");
    let corpus: &Corpus = &built.corpus;
    let bytes = pack::encode(corpus);
    let library = Library::open(&bytes).expect("pack opens");
    let hays = hays(corpus);
    for (n, d) in corpus.docs.iter().enumerate() {
        assert_eq!(library.text(n), d.text, "{}", d.path);
        assert_eq!(library.docs()[n].title, d.title, "{}", d.path);
    }
    for input in [
        "网信办",
        "网信办约谈",
        "<script>",
        "script",
        "onerror",
        "javascript",
        "\u{202e}",
        "gnp.exe",
        "\u{fffd}",
        "国家数据局",
        "\"点击这里\"",
        "lol",
        "一万层 -引用",
        "[[[[",
        "e\u{301}",
    ] {
        assert_same_as_oracle(&library, &hays, input);
    }
    let bidi = corpus
        .docs
        .iter()
        .position(|d| d.path == "2024-03-06_bidi-zero-width.md")
        .expect("bidi document");
    assert!(
        oracle::found(&library, &Query::parse("网信办约谈平台")).contains(&bidi),
        "zero-width characters inside words do not hide them"
    );
    let query = Query::parse("网信办 <img 通知 \u{200b}");
    let terms: Vec<&Term> = query.positive_terms().collect();
    for (n, d) in corpus.docs.iter().enumerate() {
        let text = library.text(n);
        for range in match_ranges(&text, terms.iter().copied()) {
            let marked = text.get(range.clone()).expect("on char boundaries");
            assert!(
                terms.iter().any(|t| normalize(marked).contains(&t.text)),
                "{}: {marked:?}",
                d.path
            );
        }
        for snippet in snippets(&text, &terms, 3, 80) {
            for mark in &snippet.marks {
                assert!(snippet.text.get(mark.clone()).is_some(), "{}", d.path);
            }
        }
    }
}

#[test]
fn hostile_files_one_by_one_never_panic() {
    let dir = hostile_corpus();
    for entry in std::fs::read_dir(dir.path()).expect("list") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("read");
        let name = Path::new(&path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Each reader on each file, whatever its extension says.
        for as_name in [name.clone(), format!("{name}.md"), format!("{name}.html")] {
            match pipeline::process_bytes(&as_name, &bytes) {
                pipeline::Outcome::Error(reason) => {
                    assert!(!reason.contains("internal error"), "{as_name}: {reason}")
                }
                _ => continue,
            }
        }
    }
}
