//! `gazette show`: one document with the outline of its articles, or one
//! article with its citation.

use anyhow::{bail, Result};
use gazette_core::instrument::cite::{caption, citation, instrument_name};
use gazette_core::instrument::structure::{article_label, Level};
use gazette_core::model::Corpus;
use gazette_core::view::document::Reading;

/// Prints the document `id`: its heading lines and outline, or with
/// `article`, that article of its first instrument and how to cite it.
pub fn show(corpus: &Corpus, id: &str, article: Option<u32>) -> Result<()> {
    let Some(doc) = corpus.docs.iter().find(|d| d.id == id) else {
        bail!("no document with id {id:?}");
    };
    // The document screen's reading: the outline and citations the app shows.
    let reading = Reading::of(doc);
    let found = &reading.outline;
    if let Some(number) = article {
        let Some(hit) = found
            .articles
            .iter()
            .find(|a| a.instrument == 0 && a.number == number)
        else {
            bail!(
                "document {id} has no {} ({} articles found)",
                article_label(number),
                found.articles.iter().filter(|a| a.instrument == 0).count()
            );
        };
        let cited = reading
            .articles
            .iter()
            .find(|a| a.instrument == 0 && a.number == number)
            .map_or_else(
                || citation(&instrument_name(&doc.title), number),
                |a| a.citation.clone(),
            );
        println!("{cited}");
        println!("{}", doc.text.get(hit.start..hit.end).unwrap_or_default());
        return Ok(());
    }
    println!("{}", doc.title);
    println!("{}  {}  [{}]", doc.date, doc.source, doc.id);
    if found.articles.is_empty() {
        println!("no articles found");
        return Ok(());
    }
    println!(
        "{} articles, {} divisions",
        found.articles.len(),
        found.divisions.len()
    );
    let mut divisions = found.divisions.iter().peekable();
    let mut instrument = 0;
    for a in &found.articles {
        while let Some(d) = divisions.next_if(|d| d.start < a.start) {
            let indent = match d.level {
                Level::Part => "",
                Level::Chapter => "  ",
                Level::Section => "    ",
            };
            println!("{indent}{}", d.heading);
        }
        if a.instrument != instrument {
            instrument = a.instrument;
            println!("— attachment {instrument} —");
        }
        println!(
            "      {} {}",
            article_label(a.number),
            caption(&doc.text, a)
        );
    }
    Ok(())
}
