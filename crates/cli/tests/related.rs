//! Related documents, clusters and comparisons: `gazette related` and
//! `gazette compare` on the seeds, and recall over the real policy corpus
//! (skipped, with a notice, when `../shared/corpus/policy` is absent).

use gazette_cli::pipeline;
use gazette_core::model::Corpus;
use gazette_core::related::comparable::comparable_string;
use gazette_core::related::passages::overlap;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn gazette(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("run gazette");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn seeds() -> Corpus {
    let json = std::fs::read_to_string(repo_root().join("corpus/seeds.json")).expect("seeds");
    Corpus::from_json(&json).expect("seed corpus")
}

fn seed_id(corpus: &Corpus, prefix: &str) -> String {
    corpus
        .docs
        .iter()
        .find(|d| d.path.starts_with(prefix))
        .map(|d| d.id.clone())
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

fn json(args: &[&str]) -> Value {
    let (ok, stdout, stderr) = gazette(args);
    assert!(ok, "{args:?}: {stderr}");
    serde_json::from_str(&stdout).expect("JSON output")
}

#[test]
fn seeds_000_and_001_are_each_others_top_related_document() {
    let corpus = seeds();
    let (a, b) = (seed_id(&corpus, "000_"), seed_id(&corpus, "001_"));
    for (this, other) in [(&a, &b), (&b, &a)] {
        let out = json(&[
            "related",
            "--corpus",
            "corpus/seeds.json",
            "--id",
            this,
            "--json",
        ]);
        let hits = out["hits"].as_array().expect("hits");
        assert_eq!(hits[0]["id"], other.as_str(), "{out}");
        let hit = hits[0].as_object().expect("hit");
        let mut keys: Vec<&str> = hit.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["id", "reasons", "score"]);
        let reasons = hits[0]["reasons"].as_array().expect("reasons");
        assert_eq!(reasons[0]["kind"], "shared_text");
        assert!(reasons[0]["text"]
            .as_str()
            .expect("text")
            .contains("shared passage"));
    }
    let (ok, stdout, _) = gazette(&[
        "related",
        "--corpus",
        "corpus/seeds.json",
        "--id",
        &a,
        "--limit",
        "1",
    ]);
    assert!(ok);
    assert_eq!(
        stdout
            .lines()
            .filter(|l| l.trim_start().starts_with("1."))
            .count(),
        1
    );
    assert!(!stdout.contains(" 2. "));
}

#[test]
fn seed_comparison_lists_the_shared_sentence_with_character_offsets() {
    let corpus = seeds();
    let (a, b) = (seed_id(&corpus, "000_"), seed_id(&corpus, "001_"));
    let out = json(&["compare", "--corpus", "corpus/seeds.json", &a, &b, "--json"]);
    let mut keys: Vec<&str> = out
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["rows", "shared", "similarity"]);
    let similarity = &out["similarity"];
    for key in ["a_in_b", "b_in_a"] {
        let share = similarity[key].as_f64().expect("share");
        assert!(share > 0.0 && share < 1.0, "{key} {share}");
    }
    let text_a: Vec<char> = corpus.get(&a).expect("a").text.chars().collect();
    let text_b: Vec<char> = corpus.get(&b).expect("b").text.chars().collect();
    let cut = |chars: &[char], start: &Value, end: &Value| -> String {
        let (s, e) = (
            start.as_u64().expect("start") as usize,
            end.as_u64().expect("end") as usize,
        );
        chars[s..e].iter().collect()
    };
    let shared = out["shared"].as_array().expect("shared");
    let sentence = shared
        .iter()
        .find(|s| cut(&text_a, &s["a_start"], &s["a_end"]).contains("在深化改革中提质增效"))
        .expect("the shared sentence is listed");
    assert_eq!(
        comparable_string(&cut(&text_a, &sentence["a_start"], &sentence["a_end"])),
        comparable_string(&cut(&text_b, &sentence["b_start"], &sentence["b_end"]))
    );
    // Every paragraph of each text is in exactly one row, in order of A.
    let rows = out["rows"].as_array().expect("rows");
    let kinds = ["same", "changed", "moved", "only_a", "only_b"];
    let mut seen_a = Vec::new();
    let mut seen_b = Vec::new();
    for row in rows {
        assert!(kinds.contains(&row["kind"].as_str().expect("kind")));
        if row["a"].is_object() {
            seen_a.push(cut(&text_a, &row["a"]["start"], &row["a"]["end"]));
        }
        if row["b"].is_object() {
            seen_b.push(cut(&text_b, &row["b"]["start"], &row["b"]["end"]));
        }
    }
    let doc_a = corpus.get(&a).expect("a");
    assert_eq!(seen_a, doc_a.paragraphs().collect::<Vec<_>>());
    seen_b.sort();
    let mut paragraphs_b: Vec<String> = corpus
        .get(&b)
        .expect("b")
        .paragraphs()
        .map(str::to_owned)
        .collect();
    paragraphs_b.sort();
    assert_eq!(seen_b, paragraphs_b);
}

#[test]
fn odd_ids_fail_with_a_clear_message_and_subcommands_have_help() {
    let (ok, _, stderr) = gazette(&["related", "--corpus", "corpus/seeds.json", "--id", "nope"]);
    assert!(!ok);
    assert!(stderr.contains("no document with id \"nope\""), "{stderr}");
    let (ok, _, stderr) = gazette(&["compare", "--corpus", "corpus/seeds.json", "x", "y"]);
    assert!(!ok && stderr.contains("no document"), "{stderr}");
    for sub in ["related", "compare"] {
        let (ok, stdout, _) = gazette(&[sub, "--help"]);
        assert!(ok && stdout.contains("Usage"), "{sub}");
    }
}

fn policy() -> Option<&'static Corpus> {
    static BUILT: OnceLock<Option<Corpus>> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let dir = repo_root().join("../shared/corpus/policy");
            if !dir.is_dir() {
                eprintln!(
                    "SKIPPED: {} not found (needs ../shared beside the repo)",
                    dir.display()
                );
                return None;
            }
            Some(
                pipeline::build(&[dir], &|| {})
                    .expect("policy corpus builds")
                    .corpus,
            )
        })
        .as_ref()
}

/// The grouping, written independently of the library's title key:
/// leading tags such as `关注 | `, a trailing `（附全文）`, whitespace.
fn group_title(title: &str) -> String {
    let mut t = title.trim();
    for bar in ['|', '｜'] {
        if let Some((tag, rest)) = t.split_once(bar) {
            if tag.trim().chars().count() <= 6 {
                t = rest.trim();
            }
        }
    }
    for note in ["（附全文）", "(附全文)"] {
        t = t.strip_suffix(note).unwrap_or(t);
    }
    t.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn policy_reposts_by_title_are_in_each_others_top_five() {
    let Some(corpus) = policy() else { return };
    let relations = corpus.relations.as_ref().expect("build computes relations");
    let mut groups: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for doc in corpus.docs.iter().filter(|d| !d.text.trim().is_empty()) {
        groups
            .entry(group_title(&doc.title))
            .or_default()
            .push(&doc.id);
    }
    let top: HashMap<&str, Vec<&str>> = relations
        .related
        .iter()
        .map(|l| {
            (
                l.id.as_str(),
                l.hits.iter().take(5).map(|h| h.id.as_str()).collect(),
            )
        })
        .collect();
    let (mut pairs, mut misses) = (0, Vec::new());
    for (title, members) in groups.iter().filter(|(_, m)| m.len() > 1) {
        for a in members {
            for b in members.iter().filter(|b| *b != a) {
                pairs += 1;
                if !top.get(a).is_some_and(|t| t.contains(b)) {
                    misses.push(format!("{title}: {b} not in top 5 of {a}"));
                }
            }
        }
    }
    let recall = 1.0 - misses.len() as f64 / pairs.max(1) as f64;
    eprintln!("policy title groups: {pairs} ordered pairs, recall {recall:.3}, misses: {misses:?}");
    assert!(pairs > 50, "{pairs}");
    assert!(recall >= 0.95, "recall {recall:.3}: {misses:#?}");
}

#[test]
fn policy_clusters_are_dated_reposts_with_their_canonical_member() {
    let Some(corpus) = policy() else { return };
    let relations = corpus.relations.as_ref().expect("relations");
    assert!(
        relations.clusters.len() >= 30,
        "{}",
        relations.clusters.len()
    );
    let mut seen = std::collections::HashSet::new();
    for cluster in &relations.clusters {
        assert!(cluster.members.len() >= 2);
        assert!(cluster.members.contains(&cluster.canonical));
        let dates: Vec<&str> = cluster
            .members
            .iter()
            .map(|id| corpus.get(id).expect("member").date.as_str())
            .collect();
        assert!(
            dates.windows(2).all(|w| w[0] <= w[1]),
            "oldest first: {dates:?}"
        );
        for id in &cluster.members {
            assert!(seen.insert(id.clone()), "{id} is in two clusters");
        }
        // Every member shares most of one text with the canonical one.
        let canonical = corpus.get(&cluster.canonical).expect("canonical");
        for id in cluster.members.iter().filter(|m| **m != cluster.canonical) {
            let member = corpus.get(id).expect("member");
            let (x, y): (Vec<char>, Vec<char>) = (
                comparable_string(&canonical.text).chars().collect(),
                comparable_string(&member.text).chars().collect(),
            );
            let o = overlap(&x, &y, 12);
            assert!(
                o.a_in_b.max(o.b_in_a) >= 0.3,
                "{id} in cluster of {}",
                canonical.id
            );
        }
    }
}

/// An oracle for candidate generation: pairs found by brute force (every
/// document checked for 40-character pieces of another) that share a fair
/// part of a text are in each other's related list, unless that list is full
/// of better-scored documents.
#[test]
fn policy_candidates_miss_no_pair_a_brute_force_finds() {
    let Some(corpus) = policy() else { return };
    let relations = corpus.relations.as_ref().expect("relations");
    let texts: Vec<String> = corpus
        .docs
        .iter()
        .map(|d| comparable_string(&d.text))
        .collect();
    let lists: HashMap<&str, &Vec<gazette_core::related::RelatedDoc>> = relations
        .related
        .iter()
        .map(|l| (l.id.as_str(), &l.hits))
        .collect();
    let mut checked = 0;
    for (n, text) in texts.iter().enumerate().step_by(7) {
        let chars: Vec<char> = text.chars().collect();
        for start in (0..chars.len().saturating_sub(40)).step_by(400).take(3) {
            let piece: String = chars[start..start + 40].iter().collect();
            for (m, other) in texts.iter().enumerate() {
                if m == n || !other.contains(&piece) {
                    continue;
                }
                let o = overlap(&chars, &other.chars().collect::<Vec<_>>(), 12);
                if o.a_in_b.max(o.b_in_a) < 0.2 {
                    continue;
                }
                checked += 1;
                let (id, other_id) = (&corpus.docs[n].id, &corpus.docs[m].id);
                let list = lists.get(id.as_str()).expect("list");
                let listed = list.iter().any(|h| &h.id == other_id);
                assert!(
                    listed || list.len() >= 10,
                    "{other_id} shares {:.2}/{:.2} with {id} but is not related",
                    o.a_in_b,
                    o.b_in_a
                );
            }
        }
    }
    assert!(checked > 20, "{checked}");
}
