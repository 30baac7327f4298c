//! Picks the corpus the app embeds and packs it with its search index.
//!
//! `GAZETTE_CORPUS` names a corpus JSON file (made by `gazette build`);
//! without it, the seed corpus in `corpus/`. The corpus is checked and packed
//! here (`gazette_core::search::pack`), so a bad corpus fails the build, not
//! the page, and the browser never builds an index at start-up. A corpus
//! without related lists (made by an older `gazette build`) gets them here.
//! `GAZETTE_TITLE` and `GAZETTE_DESCRIPTION`, when set, replace the corpus's
//! own title and description (`scripts/build-viewer.sh --title …`).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=GAZETTE_CORPUS");
    println!("cargo:rerun-if-env-changed=GAZETTE_TITLE");
    println!("cargo:rerun-if-env-changed=GAZETTE_DESCRIPTION");
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let path = match std::env::var("GAZETTE_CORPUS") {
        Ok(p) if !p.is_empty() => {
            let p = PathBuf::from(p);
            if p.is_absolute() {
                p
            } else {
                manifest_dir.join(p)
            }
        }
        _ => manifest_dir.join("corpus/seeds.json"),
    };
    println!("cargo:rerun-if-changed={}", path.display());
    let json = match std::fs::read_to_string(&path) {
        Ok(json) => json,
        Err(err) => fail(&format!("cannot read corpus {}: {err}", path.display())),
    };
    let mut corpus = match gazette_core::model::Corpus::from_json(&json) {
        Ok(corpus) => corpus,
        Err(err) => fail(&format!("{}: {err}", path.display())),
    };
    // A corpus made before `gazette build` stored relations gets them here.
    if corpus.relations.is_none() {
        let tuning = gazette_core::related::Tuning::default();
        corpus.relations = Some(gazette_core::related::compute(&corpus.docs, &tuning));
    }
    let pack = gazette_core::search::pack::encode(&corpus);
    let mut info = corpus.info();
    if let Ok(title) = std::env::var("GAZETTE_TITLE") {
        info.title = title.trim().to_owned();
    }
    if let Ok(description) = std::env::var("GAZETTE_DESCRIPTION") {
        info.description = description.trim().to_owned();
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let pack_path = write(&out_dir, "corpus.pack", &pack);
    // Two plain texts: the app reads them without a JSON parser for them.
    let title_path = write(&out_dir, "corpus-title.txt", info.title.as_bytes());
    let description_path = write(
        &out_dir,
        "corpus-description.txt",
        info.description.as_bytes(),
    );
    println!("cargo:rustc-env=GAZETTE_PACK_FILE={}", pack_path.display());
    println!(
        "cargo:rustc-env=GAZETTE_TITLE_FILE={}",
        title_path.display()
    );
    println!(
        "cargo:rustc-env=GAZETTE_DESCRIPTION_FILE={}",
        description_path.display()
    );
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Err(err) = std::fs::write(&path, bytes) {
        fail(&format!("cannot write {}: {err}", path.display()));
    }
    path
}

fn fail(message: &str) -> ! {
    eprintln!("error: GAZETTE_CORPUS: {message}");
    std::process::exit(1);
}
