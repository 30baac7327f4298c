//! Picks the corpus the app embeds: `GAZETTE_CORPUS` names a corpus JSON file
//! (made by `gazette build`); without it, the seed corpus in `corpus/`.
//! The file is checked here, so a bad corpus fails the build, not the page.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=GAZETTE_CORPUS");
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
    if let Err(err) = gazette_core::model::Corpus::from_json(&json) {
        fail(&format!("{}: {err}", path.display()));
    }
    println!("cargo:rustc-env=GAZETTE_CORPUS_FILE={}", path.display());
}

fn fail(message: &str) -> ! {
    eprintln!("error: GAZETTE_CORPUS: {message}");
    std::process::exit(1);
}
