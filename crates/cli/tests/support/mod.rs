//! What several integration tests share: the paths of the shared corpora
//! and the `gazette` binary (the search oracle is core's test support).
// Each test file uses a part of this module.
#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs the `gazette` binary in the repository root.
pub fn gazette(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("run gazette")
}

/// Reads a JSON file the binary wrote.
pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("read json");
    serde_json::from_str(&text).expect("parse json")
}

/// Runs `gazette build` on `input`, returning (corpus, report, stdout); fails
/// unless it exits successfully.
pub fn build(input: &Path) -> (Value, Value, String) {
    let out_dir = tempfile::tempdir().expect("temp dir");
    let corpus = out_dir.path().join("corpus.json");
    let report = out_dir.path().join("report.json");
    let output = gazette(&[
        "build",
        input.to_str().expect("utf-8 path"),
        "-o",
        corpus.to_str().expect("utf-8 path"),
        "--report",
        report.to_str().expect("utf-8 path"),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "build failed: {stderr}");
    assert!(
        !stderr.contains("panicked"),
        "a panic was printed: {stderr}"
    );
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    (read_json(&corpus), read_json(&report), stdout)
}

/// `../shared/corpus/<name>` beside the repository, or `None` after printing
/// why the calling test is skipped.
pub fn shared_corpus(name: &str) -> Option<PathBuf> {
    let path = repo_root().join("../shared/corpus").join(name);
    if path.exists() {
        return Some(path);
    }
    eprintln!(
        "SKIPPED: {} not found (needs ../shared beside the repo)",
        path.display()
    );
    None
}
