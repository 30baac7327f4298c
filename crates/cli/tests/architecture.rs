//! The house rules that code review alone would let slip: no two modules of
//! a crate depend on each other (directly or round a longer loop), and no
//! page of the app is more than markup over the core's view models.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file's module, as far down as the crate's top level and one level of
/// folders (`search::library`, `components::doc_list`); `None` for tests.
fn module_of(root: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(root).ok()?.with_extension("");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.iter().any(|p| p == "tests") {
        return None;
    }
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts.truncate(2);
    Some(parts.join("::"))
}

/// Module → the crate's modules it names with `crate::…` (test modules
/// left out: a test may reach anywhere).
fn dependencies(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    let modules: BTreeSet<String> = files.iter().filter_map(|f| module_of(root, f)).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(from) = module_of(root, file) else {
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (at, _) in line.match_indices("crate::") {
                let path: Vec<&str> = line[at + "crate::".len()..]
                    .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .next()
                    .unwrap_or_default()
                    .split("::")
                    .take(2)
                    .collect();
                let to = [path.join("::"), path[0].to_owned()]
                    .into_iter()
                    .find(|m| modules.contains(m));
                if let Some(to) =
                    to.filter(|to| !from.starts_with(to.as_str()) && !to.starts_with(&from))
                {
                    edges.entry(from.clone()).or_default().insert(to);
                }
            }
        }
    }
    edges
}

/// A loop of dependencies, if there is one.
fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|node| visit(node, edges, &mut Vec::new(), &mut done))
}

#[test]
fn no_crate_has_a_module_cycle() {
    for root in ["src", "crates/core/src", "crates/cli/src"] {
        let edges = dependencies(&repo().join(root));
        assert!(edges.len() > 5, "{root}: too few modules read ({edges:?})");
        if let Some(cycle) = find_cycle(&edges) {
            panic!(
                "{root}: modules depend on each other: {}",
                cycle.join(" → ")
            );
        }
    }
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges
        .entry("app".into())
        .or_default()
        .insert("context".into());
    edges
        .entry("context".into())
        .or_default()
        .insert("pages".into());
    assert_eq!(find_cycle(&edges), None);
    edges
        .entry("pages".into())
        .or_default()
        .insert("app".into());
    assert_eq!(
        find_cycle(&edges).map(|c| c.join(" → ")).as_deref(),
        Some("app → context → pages → app")
    );
}

#[test]
fn pages_are_markup_over_view_models() {
    let mut files = Vec::new();
    rust_files(&repo().join("src/pages"), &mut files);
    assert!(files.len() >= 6, "{files:?}");
    for file in files {
        let lines = std::fs::read_to_string(&file)
            .unwrap_or_default()
            .lines()
            .count();
        assert!(
            lines <= 160,
            "{} has {lines} lines: compute in gazette_core::view",
            file.display()
        );
    }
}

#[test]
fn components_take_props_only() {
    let mut files = Vec::new();
    rust_files(&repo().join("src/components"), &mut files);
    assert!(files.len() > 20, "{files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for hook in [
            "use_library",
            "use_facets",
            "use_shared",
            "use_router",
            "use_saved",
            "use_arrival",
        ] {
            assert!(
                !text.contains(&format!("{hook}(")),
                "{} reads a context with {hook}: pass it as a prop",
                file.display()
            );
        }
    }
}
