//! Metadata fidelity against hand labels (issue 15): a fixed random sample of
//! the policy corpus's kept documents, read by hand, labels in
//! `tests/fixtures/fidelity/labels.json`. Prints the figures (kind accuracy,
//! chrome left, signature-date and truncation recall, origin, agency and
//! issuer precision and recall) for the dev and the held-out part, and fails
//! when one falls below the level it has reached. Skipped, with a notice,
//! without `../shared`. With `FIDELITY_DUMP=dir` it also writes each labelled
//! document's metadata and cleaned text to `dir`, for checking labels.

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
    /// National organs named as acting (canonical names of the agency
    /// table); `None`: not yet labelled.
    #[serde(default)]
    agencies: Option<Vec<String>>,
    /// Who issued the instrument the document carries or reports as issued
    /// (发文机关), national or local, in the text's full form.
    #[serde(default)]
    issuers: Option<Vec<String>>,
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
    signature_precision: Ratio,
    truncation_recall: Ratio,
    truncation_precision: Ratio,
    origin_recall: Ratio,
    origin_precision: Ratio,
    mojibake_flagged: Ratio,
    agency_recall: Ratio,
    agency_precision: Ratio,
    issuer_recall: Ratio,
    issuer_precision: Ratio,
    /// Labelled issuers that are no national agency of the table (local,
    /// foreign, companies): not scored.
    issuers_elsewhere: usize,
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
        if let Some(found) = &doc.signature_date {
            let right = label.signature_date.as_ref() == Some(found);
            f.signature_precision.count(right);
            if !right && label.signature_date.is_none() {
                f.wrong
                    .push(format!("{file}: signature date {found} (label none)"));
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
            if !label.truncated {
                f.wrong
                    .push(format!("{file}: flagged truncated (label not)"));
            }
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
            if label.origin.is_none() {
                f.wrong
                    .push(format!("{file}: origin {found:?} (label none)"));
            }
        }
        if label.mojibake {
            f.mojibake_flagged
                .count(doc.flags.iter().any(|x| x == "mojibake"));
        }
        if let Some(want) = &label.agencies {
            let missed: Vec<&String> = want.iter().filter(|a| !doc.agencies.contains(a)).collect();
            let extra: Vec<&String> = doc.agencies.iter().filter(|a| !want.contains(a)).collect();
            for a in want {
                f.agency_recall.count(doc.agencies.contains(a));
            }
            for a in &doc.agencies {
                f.agency_precision.count(want.contains(a));
            }
            if !missed.is_empty() || !extra.is_empty() {
                f.wrong.push(format!(
                    "{file}: agencies missed {missed:?}, extra {extra:?}"
                ));
            }
        }
        if let Some(issuers) = &label.issuers {
            // The issuers (发文机关) the CLI reads, against the national
            // issuers of the label; a document labelled with none must have none.
            let national: Vec<&String> = issuers
                .iter()
                .filter(|i| gazette_core::agencies::by_name(i).is_some())
                .collect();
            f.issuers_elsewhere += issuers.len() - national.len();
            for i in &national {
                f.issuer_recall.count(doc.issuers.contains(i));
            }
            for i in &doc.issuers {
                f.issuer_precision.count(issuers.contains(i));
            }
            let missed: Vec<&&String> = national
                .iter()
                .filter(|i| !doc.issuers.contains(i))
                .collect();
            let extra: Vec<&String> = doc
                .issuers
                .iter()
                .filter(|i| !issuers.contains(i))
                .collect();
            if !missed.is_empty() || !extra.is_empty() {
                f.wrong.push(format!(
                    "{file}: issuers missed {missed:?}, extra {extra:?}"
                ));
            }
        }
        if let Some(dump) = std::env::var_os("FIDELITY_DUMP") {
            let out = PathBuf::from(dump).join(file);
            let head = format!(
                "kind {} ({})\norigin {:?}\nsignature {:?}\nflags {:?}\nagencies {:?}\n\n",
                doc.kind.name(),
                doc.kind_reason,
                doc.origin,
                doc.signature_date,
                doc.flags,
                doc.agencies
            );
            std::fs::write(&out, head + &doc.text)
                .unwrap_or_else(|e| panic!("{}: {e}", out.display()));
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
    println!("  signature-date precision: {}", f.signature_precision);
    println!("  truncation recall:        {}", f.truncation_recall);
    println!("  truncation precision:     {}", f.truncation_precision);
    println!("  origin recall:            {}", f.origin_recall);
    println!("  origin precision:         {}", f.origin_precision);
    println!("  mojibake flagged:         {}", f.mojibake_flagged);
    println!("  agency recall:            {}", f.agency_recall);
    println!("  agency precision:         {}", f.agency_precision);
    println!(
        "  issuer recall:            {} (national issuers found)",
        f.issuer_recall
    );
    println!(
        "  issuer precision:         {} (issuers found that issued)",
        f.issuer_precision
    );
    println!(
        "  issuers not scored:       {} (local, foreign, other)",
        f.issuers_elsewhere
    );
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
    // The levels measured with all 150 documents labelled, a little below
    // (issue 15's targets are higher for kind, 95 %, and agency precision,
    // 97 %); raise them as the rules improve. The held-out part is
    // never tuned on, but a fall there is a regression too.
    let floors: [(&str, &Figures, [f64; 12]); 2] = [
        (
            "dev",
            &dev,
            [
                0.96, 0.99, 0.85, 0.99, 0.99, 0.99, 0.97, 0.96, 0.98, 0.89, 0.89, 0.72,
            ],
        ),
        (
            "held out",
            &held_out,
            [
                0.93, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.96, 0.99, 0.84, 0.87, 0.87,
            ],
        ),
    ];
    for (part, f, mins) in floors {
        let measured = [
            ("kind right", f.kind),
            ("free of labelled chrome", f.chrome_free),
            ("signature-date recall", f.signature_recall),
            ("signature-date precision", f.signature_precision),
            ("truncation recall", f.truncation_recall),
            ("truncation precision", f.truncation_precision),
            ("origin recall", f.origin_recall),
            ("origin precision", f.origin_precision),
            ("agency recall", f.agency_recall),
            ("agency precision", f.agency_precision),
            ("issuer recall", f.issuer_recall),
            ("issuer precision", f.issuer_precision),
        ];
        for ((name, ratio), min) in measured.into_iter().zip(mins) {
            assert!(
                ratio.share() >= min,
                "{part}: {name} fell to {ratio} (floor {min})"
            );
        }
    }
}
