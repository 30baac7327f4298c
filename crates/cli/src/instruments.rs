//! `gazette instruments`: the corpus's instruments with their versions,
//! dates and the documents that cite them (one, with `--key`).

use anyhow::{bail, Result};
use gazette_core::instrument::registry::{Instrument, Registry};
use gazette_core::model::{Corpus, Document};
use gazette_core::view::instrument::InstrumentScreen;
use serde_json::{json, Value};

/// Prints the registry of `corpus` (or one instrument of it) as text or JSON.
pub fn instruments(corpus: &Corpus, key: Option<&str>, json: bool, limit: usize) -> Result<()> {
    let registry = Registry::build(&corpus.docs);
    let chosen: Vec<&Instrument> = match key {
        Some(key) => match registry.resolve(key).or_else(|| registry.get(key)) {
            Some(found) => vec![found],
            None => bail!("no instrument {key:?} in the corpus"),
        },
        None => registry.instruments.iter().take(limit).collect(),
    };
    if json {
        let items: Vec<Value> = chosen.iter().map(|i| to_json(i, &corpus.docs)).collect();
        let out = json!({ "total": registry.instruments.len(), "instruments": items });
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    println!(
        "{} instruments ({} with their text in the corpus)",
        registry.instruments.len(),
        registry
            .instruments
            .iter()
            .filter(|i| !i.versions.is_empty())
            .count()
    );
    for instrument in chosen {
        print_one(instrument, &corpus.docs);
        // One instrument: what its page shows.
        if key.is_some() {
            if let Some(screen) = InstrumentScreen::of(&registry, &corpus.docs, &instrument.key) {
                print_screen(&screen, &corpus.docs);
            }
        }
    }
    Ok(())
}

fn id_of(docs: &[Document], at: usize) -> &str {
    docs.get(at).map_or("", |d| d.id.as_str())
}

fn to_json(instrument: &Instrument, docs: &[Document]) -> Value {
    json!({
        "key": instrument.key,
        "name": instrument.name,
        "aliases": instrument.aliases,
        "numbers": instrument.numbers,
        "issuers": instrument.issuers,
        "versions": instrument.versions.iter().map(|v| json!({
            "id": id_of(docs, v.doc), "stage": v.stage.name(), "day": v.day,
        })).collect::<Vec<_>>(),
        "events": instrument.events.iter().map(|e| json!({
            "day": e.day, "what": e.what.name(), "id": id_of(docs, e.doc),
        })).collect::<Vec<_>>(),
        "citing": instrument.citing.iter().map(|&d| id_of(docs, d)).collect::<Vec<_>>(),
    })
}

fn print_one(instrument: &Instrument, docs: &[Document]) {
    let numbers = match instrument.numbers.is_empty() {
        true => String::new(),
        false => format!("  {}", instrument.numbers.join("; ")),
    };
    println!(
        "《{}》{numbers}  {} versions, cited by {}",
        instrument.name,
        instrument.versions.len(),
        instrument.citing.len()
    );
    for event in &instrument.events {
        println!(
            "    {}  {:<11} [{}]",
            event.day,
            event.what.name(),
            id_of(docs, event.doc)
        );
    }
}

/// The rest of the instrument's page: other names, editions with their
/// copies, the draft↔final comparison, the citing documents (newest first).
fn print_screen(screen: &InstrumentScreen, docs: &[Document]) {
    if !screen.aliases.is_empty() {
        println!("  also written: {}", screen.aliases.join(" | "));
    }
    for edition in &screen.editions {
        let copies: Vec<&str> = edition.copies.iter().map(|&d| id_of(docs, d)).collect();
        let title = edition
            .copies
            .first()
            .and_then(|&d| docs.get(d))
            .map_or("", |d| d.title.as_str());
        println!(
            "  {} {:<9} [{}] {title}",
            edition.day,
            edition.stage.name(),
            copies.join(", ")
        );
    }
    if let Some(pair) = &screen.draft_to_final {
        println!(
            "  draft to final: {} → {} (gazette compare --by-article --ignore-headings --ignore-numbering)",
            pair.a, pair.b
        );
    }
    for &at in &screen.citing {
        if let Some(doc) = docs.get(at) {
            println!(
                "  cited  {}  [{}] {}",
                &doc.date.get(..10).unwrap_or(""),
                doc.id,
                doc.title
            );
        }
    }
}
