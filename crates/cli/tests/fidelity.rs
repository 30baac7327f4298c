//! Metadata fidelity against hand labels (issue 15): a fixed random sample of
//! the policy corpus's kept documents, read by hand, labels in
//! `tests/fixtures/fidelity/labels.json`. Prints the figures (kind accuracy,
//! chrome left, signature-date and truncation recall, origin precision and
//! recall) for the dev and the held-out part, and fails when one falls below
//! the level it has reached. Skipped, with a notice, without `../shared`.

use gazette_cli::{assemble, decode};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Deserialize)]
struct Labels {
    dev: Vec<String>,
    held_out: Vec<String>,
    labels: BTreeMap<String, Label>,
}

/// What a careful reader finds in one file (see the fixture's `about`).
#[derive(Deserialize)]
struct Label {
    kind: String,
    #[serde(default)]
    kind_also: Vec<String>,
    origin: Option<String>,
    signature_date: Option<String>,
    truncated: bool,
    chrome_left: Vec<String>,
    mojibake: bool,
}

mod support;

fn policy_dir() -> Option<PathBuf> {
    support::shared_corpus("policy")
}

fn labels() -> Labels {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/fidelity/labels.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}

/// Hits over trials, printed as a share.
#[derive(Default, Clone, Copy)]
struct Ratio {
    hits: usize,
    of: usize,
}

impl Ratio {
    fn count(&mut self, hit: bool) {
        self.of += 1;
        self.hits += usize::from(hit);
    }

    fn share(self) -> f64 {
        if self.of == 0 {
            1.0
        } else {
            self.hits as f64 / self.of as f64
        }
    }
}

impl std::fmt::Display for Ratio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:.1} % ({}/{})",
            100.0 * self.share(),
            self.hits,
            self.of
        )
    }
}

#[derive(Default)]
struct Figures {
    labelled: usize,
    kind: Ratio,
    chrome_free: Ratio,
    signature_recall: Ratio,
    truncation_recall: Ratio,
    truncation_precision: Ratio,
    origin_recall: Ratio,
    origin_precision: Ratio,
    mojibake_flagged: Ratio,
    wrong: Vec<String>,
}

fn score(dir: &std::path::Path, files: &[String], labels: &BTreeMap<String, Label>) -> Figures {
    let mut f = Figures::default();
    for file in files {
        let Some(label) = labels.get(file) else {
            continue;
        };
        f.labelled += 1;
        let bytes = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let text = decode::decode(&bytes)
            .unwrap_or_else(|e| panic!("{file}: {e}"))
            .text;
        let doc = assemble::ingest(file, &text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let kind_ok =
            doc.kind.name() == label.kind || label.kind_also.contains(&doc.kind.name().to_owned());
        f.kind.count(kind_ok);
        if !kind_ok {
            f.wrong.push(format!(
                "{file}: kind {} (label {}; {})",
                doc.kind.name(),
                label.kind,
                doc.kind_reason
            ));
        }
        let left: Vec<&String> = label
            .chrome_left
            .iter()
            .filter(|c| doc.text.contains(c.as_str()))
            .collect();
        f.chrome_free.count(left.is_empty());
        if !left.is_empty() {
            f.wrong.push(format!("{file}: chrome left {left:?}"));
        }
        if let Some(want) = &label.signature_date {
            let hit = doc.signature_date.as_ref() == Some(want);
            f.signature_recall.count(hit);
            if !hit {
                f.wrong.push(format!(
                    "{file}: signature date {:?} (label {want})",
                    doc.signature_date
                ));
            }
        }
        let flagged = doc.flags.iter().any(|x| x == "truncated");
        if label.truncated {
            f.truncation_recall.count(flagged);
            if !flagged {
                f.wrong.push(format!("{file}: truncated, not flagged"));
            }
        }
        if flagged {
            f.truncation_precision.count(label.truncated);
        }
        if let Some(want) = &label.origin {
            let hit = doc.origin.as_ref() == Some(want);
            f.origin_recall.count(hit);
            if !hit {
                f.wrong
                    .push(format!("{file}: origin {:?} (label {want})", doc.origin));
            }
        }
        if let Some(found) = &doc.origin {
            f.origin_precision
                .count(label.origin.as_ref() == Some(found));
        }
        if label.mojibake {
            f.mojibake_flagged
                .count(doc.flags.iter().any(|x| x == "mojibake"));
        }
    }
    f
}

fn print(part: &str, total: usize, f: &Figures) {
    println!(
        "fidelity, {part}: {} of {total} sampled documents labelled",
        f.labelled
    );
    println!("  kind right:               {}", f.kind);
    println!("  free of labelled chrome:  {}", f.chrome_free);
    println!("  signature-date recall:    {}", f.signature_recall);
    println!("  truncation recall:        {}", f.truncation_recall);
    println!("  truncation precision:     {}", f.truncation_precision);
    println!("  origin recall:            {}", f.origin_recall);
    println!("  origin precision:         {}", f.origin_precision);
    println!("  mojibake flagged:         {}", f.mojibake_flagged);
    println!("  agencies, issuers:        not yet labelled");
    for line in &f.wrong {
        println!("    {line}");
    }
}

#[test]
fn metadata_matches_the_hand_labels() {
    let Some(dir) = policy_dir() else {
        return;
    };
    let labels = labels();
    assert!(
        labels.dev.len() + labels.held_out.len() >= 150,
        "the sample has at least 150 documents"
    );
    for file in labels.labels.keys() {
        assert!(
            labels.dev.contains(file) || labels.held_out.contains(file),
            "{file} is labelled but not in the sample"
        );
    }
    let dev = score(&dir, &labels.dev, &labels.labels);
    let held_out = score(&dir, &labels.held_out, &labels.labels);
    print("dev", labels.dev.len(), &dev);
    print("held out", labels.held_out.len(), &held_out);
    // The levels reached so far (issue 15's targets are higher: kind 95 %,
    // truncation 90 %, origin 97 %, no chrome); raise them as rules improve.
    assert!(dev.kind.share() >= 0.95, "kind accuracy fell: {}", dev.kind);
    assert!(
        dev.origin_recall.share() >= 1.0,
        "origin recall fell: {}",
        dev.origin_recall
    );
    assert!(
        dev.origin_precision.share() >= 1.0,
        "origin precision fell: {}",
        dev.origin_precision
    );
    assert!(
        dev.chrome_free.share() >= 0.85,
        "more documents keep chrome: {}",
        dev.chrome_free
    );
    assert!(
        dev.signature_recall.share() >= 1.0,
        "signature dates lost: {}",
        dev.signature_recall
    );
}
