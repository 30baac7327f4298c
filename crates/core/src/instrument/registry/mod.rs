//! The instruments of a corpus, each with its names, numbers, versions and
//! dates, and the documents that carry, cite or report on it. Built from the
//! documents' metadata (what ingest read: [`Document::carries`] and the
//! resolved [`Document::doc_refs`]), so the app builds it without the texts.

use super::name::{cited, Cited, Stage};
use crate::model::Document;
use crate::text::normalize::normalize;
use std::collections::HashMap;

/// One instrument of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instrument {
    /// Its key ([`Cited::key`]): its id in URLs, stable across rebuilds.
    pub key: String,
    /// The name shown: the form its carrying texts use most, else the form
    /// cited most.
    pub name: String,
    /// Every form it is written in, most used first.
    pub aliases: Vec<String>,
    /// Its document numbers (文号, 令号) as written.
    pub numbers: Vec<String>,
    /// Bodies that issued it: the agencies of the documents carrying its final
    /// text named in their title.
    pub issuers: Vec<String>,
    /// The documents that carry a version of its text, by date.
    pub versions: Vec<Version>,
    /// What happened to it, by date.
    pub events: Vec<Event>,
    /// Documents that cite it or report on it (not those carrying it), by date.
    pub citing: Vec<usize>,
}

/// A document carrying one version of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The document (position in the corpus).
    pub doc: usize,
    /// Draft or final.
    pub stage: Stage,
    /// The day it was published (`YYYY-MM-DD`).
    pub day: String,
}

/// One version as published: the first copy and its reposts (the same
/// stage within [`REPOST_DAYS`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    /// Draft or final.
    pub stage: Stage,
    /// The day its first copy was published.
    pub day: String,
    /// The copies (positions in the corpus), the one to read first: the
    /// earliest copy not flagged `truncated`.
    pub copies: Vec<usize>,
}

impl Instrument {
    /// Its versions with reposts folded into one edition each, by date.
    pub fn editions(&self, docs: &[Document]) -> Vec<Edition> {
        let mut editions: Vec<Edition> = Vec::new();
        for version in &self.versions {
            match editions.last_mut() {
                Some(last)
                    if last.stage == version.stage
                        && days_between(&last.day, &version.day) <= REPOST_DAYS =>
                {
                    last.copies.push(version.doc);
                }
                _ => editions.push(Edition {
                    stage: version.stage,
                    day: version.day.clone(),
                    copies: vec![version.doc],
                }),
            }
        }
        let truncated = |doc: usize| {
            docs.get(doc)
                .is_some_and(|d| d.flags.iter().any(|f| f == "truncated"))
        };
        for edition in &mut editions {
            if let Some(whole) = edition.copies.iter().position(|&d| !truncated(d)) {
                let first = edition.copies.remove(whole);
                edition.copies.insert(0, first);
            }
        }
        editions
    }

    /// The draft and the final a reader compares: the first copy of the last
    /// draft and of the first final after it.
    pub fn draft_and_final(&self, docs: &[Document]) -> Option<(usize, usize)> {
        let editions = self.editions(docs);
        let draft = editions.iter().rev().find(|e| e.stage == Stage::Draft)?;
        let last = editions
            .iter()
            .find(|e| e.stage == Stage::Final && e.day >= draft.day)?;
        Some((*draft.copies.first()?, *last.copies.first()?))
    }
}

/// A dated step of an instrument's life.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Event {
    /// `YYYY-MM-DD`.
    pub day: String,
    /// What happened.
    pub what: Happened,
    /// The document that says so.
    pub doc: usize,
}

/// The steps an instrument goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Happened {
    /// Its draft was published for comment.
    Draft,
    /// It was issued (its final text published).
    Issued,
    /// It takes effect.
    Effective,
    /// A decision amended it.
    Amended,
    /// A text repealed it.
    Repealed,
    /// A new version replaced the text before it (the new one repeals an
    /// instrument of the same name).
    Revised,
    /// The corpus first mentions it (when nothing in it carries it).
    FirstCited,
}

impl Happened {
    /// Its name in the CLI and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Happened::Draft => "draft",
            Happened::Issued => "issued",
            Happened::Effective => "effective",
            Happened::Amended => "amended",
            Happened::Repealed => "repealed",
            Happened::Revised => "revised",
            Happened::FirstCited => "first-cited",
        }
    }
}

/// The registry of a corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registry {
    /// The instruments, those carried first, then by how often they are cited.
    pub instruments: Vec<Instrument>,
    by_key: HashMap<String, usize>,
    by_number: HashMap<String, usize>,
}

/// What is gathered about one key before it becomes an [`Instrument`].
#[derive(Default)]
struct Gathered {
    forms: HashMap<String, (usize, usize)>,
    numbers: Vec<String>,
    issuers: Vec<String>,
    versions: Vec<Version>,
    events: Vec<Event>,
    citing: Vec<usize>,
}

impl Gathered {
    /// Counts a written form: `carried` forms weigh more than cited ones.
    fn form(&mut self, written: &str, carried: bool) {
        let counts = self.forms.entry(written.to_owned()).or_default();
        match carried {
            true => counts.0 += 1,
            false => counts.1 += 1,
        }
    }
}

/// `YYYY-MM-DD` of a stored date.
fn day_of(date: &str) -> String {
    date.get(..10).unwrap_or(date).to_owned()
}

/// The written form of a citation, without its 《》.
fn bare(reference: &str) -> &str {
    reference.trim_start_matches('《').trim_end_matches('》')
}

impl Registry {
    /// Gathers the instruments of `docs`.
    pub fn build(docs: &[Document]) -> Registry {
        let mut gathered: HashMap<String, Gathered> = HashMap::new();
        let mut numbers: HashMap<String, String> = HashMap::new();
        for (at, doc) in docs.iter().enumerate() {
            let day = day_of(&doc.date);
            let own = doc
                .carries
                .as_ref()
                .and_then(|c| Some((c, cited(&c.name)?)));
            if let Some((carried, Cited { key, stage })) = &own {
                let entry = gathered.entry(key.clone()).or_default();
                entry.form(bare(&carried.name), true);
                entry.versions.push(Version {
                    doc: at,
                    stage: *stage,
                    day: day.clone(),
                });
                let what = match stage {
                    Stage::Draft => Happened::Draft,
                    Stage::Final => Happened::Issued,
                    Stage::Amendment => Happened::Amended,
                };
                let issued_on = doc.signature_date.clone().unwrap_or_else(|| day.clone());
                entry.events.push(Event {
                    day: issued_on,
                    what,
                    doc: at,
                });
                if let Some(effective) = &carried.effective {
                    if *stage != Stage::Draft {
                        entry.events.push(Event {
                            day: effective.clone(),
                            what: Happened::Effective,
                            doc: at,
                        });
                    }
                }
                if let Some(number) = &carried.number {
                    if *stage != Stage::Draft && !entry.numbers.contains(number) {
                        entry.numbers.push(number.clone());
                        numbers.insert(normalize(number), key.clone());
                    }
                }
                if *stage == Stage::Final {
                    // Its issuers as ingest read them; else the agencies its title names.
                    let issuers: Vec<&String> = match doc.issuers.is_empty() {
                        false => doc.issuers.iter().collect(),
                        true => doc
                            .agencies
                            .iter()
                            .filter(|a| named_in(&doc.title, a))
                            .collect(),
                    };
                    for agency in issuers {
                        if !entry.issuers.contains(agency) {
                            entry.issuers.push(agency.clone());
                        }
                    }
                }
                for repealed in &carried.repeals {
                    if let Some(target) = cited(repealed) {
                        let what = match target.key == *key {
                            true => Happened::Revised,
                            false => Happened::Repealed,
                        };
                        let entry = gathered.entry(target.key).or_default();
                        entry.form(bare(repealed), false);
                        entry.events.push(Event {
                            day: day.clone(),
                            what,
                            doc: at,
                        });
                    }
                }
            }
            for reference in &doc.doc_refs {
                let Some(target) = cited(reference) else {
                    continue;
                };
                if own.as_ref().is_some_and(|(_, o)| o.key == target.key) {
                    continue;
                }
                let entry = gathered.entry(target.key).or_default();
                entry.form(bare(reference), false);
                if entry.citing.last() != Some(&at) {
                    entry.citing.push(at);
                }
            }
        }
        // A document number cited alone (国办发〔2021〕12号) cites the
        // instrument that carries it.
        for (at, doc) in docs.iter().enumerate() {
            for reference in doc.doc_refs.iter().filter(|r| !r.starts_with('《')) {
                if let Some(entry) = numbers
                    .get(&normalize(reference))
                    .and_then(|key| gathered.get_mut(key))
                {
                    let carries_it = entry.versions.iter().any(|v| v.doc == at);
                    if !carries_it && !entry.citing.contains(&at) {
                        entry.citing.push(at);
                    }
                }
            }
        }
        let mut instruments: Vec<Instrument> = gathered
            .into_iter()
            .map(|(key, g)| finish(key, g, docs))
            .collect();
        instruments.sort_by(|a, b| {
            a.versions
                .is_empty()
                .cmp(&b.versions.is_empty())
                .then(b.citing.len().cmp(&a.citing.len()))
                .then_with(|| a.key.cmp(&b.key))
        });
        let by_key = instruments
            .iter()
            .enumerate()
            .map(|(n, i)| (i.key.clone(), n))
            .collect();
        let by_number = numbers
            .into_iter()
            .filter_map(|(number, key)| {
                let n = instruments.iter().position(|i| i.key == key)?;
                Some((number, n))
            })
            .collect();
        Registry {
            instruments,
            by_key,
            by_number,
        }
    }

    /// The instrument with this key.
    pub fn get(&self, key: &str) -> Option<&Instrument> {
        self.by_key.get(key).and_then(|&n| self.instruments.get(n))
    }

    /// The instrument a citation (`《…》` or a document number) names, if the
    /// corpus knows it.
    pub fn resolve(&self, reference: &str) -> Option<&Instrument> {
        match cited(reference) {
            Some(c) => self.get(&c.key),
            None => self
                .by_number
                .get(&normalize(reference))
                .and_then(|&n| self.instruments.get(n)),
        }
    }

    /// The instruments a document carries or cites, by key, once each.
    pub fn keys_of(doc: &Document) -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        let carried = doc.carries.as_ref().map(|c| c.name.as_str());
        for written in carried
            .into_iter()
            .chain(doc.doc_refs.iter().map(String::as_str))
        {
            if let Some(c) = cited(written) {
                if !keys.contains(&c.key) {
                    keys.push(c.key);
                }
            }
        }
        keys
    }
}

/// Whether an agency's name (or its usual short form) stands in a title.
fn named_in(title: &str, agency: &str) -> bool {
    title.contains(agency)
        || crate::agencies::by_name(agency)
            .is_some_and(|a| a.aliases.iter().any(|alias| title.contains(alias)))
}

/// Reports of one step of an instrument this close together are reposts.
const REPOST_DAYS: i64 = 7;

/// Days from `a` to `b` (`YYYY-MM-DD`); far apart when either is undated.
fn days_between(a: &str, b: &str) -> i64 {
    let minutes = |d: &str| crate::date::DateParts::parse(d).map(|p| p.minutes());
    match (minutes(a), minutes(b)) {
        (Some(a), Some(b)) => (b - a).abs() / 1440,
        _ => i64::MAX,
    }
}

fn finish(key: String, mut g: Gathered, docs: &[Document]) -> Instrument {
    let mut forms: Vec<(String, (usize, usize))> = g.forms.into_iter().collect();
    forms.sort_by(|a, b| (b.1).cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    // The name shown is a final's form: a draft's name says 征求意见稿.
    let name = forms
        .iter()
        .map(|(form, _)| form)
        .find(|form| cited(form).is_some_and(|c| c.stage == Stage::Final))
        .or_else(|| forms.first().map(|(form, _)| form))
        .cloned()
        .unwrap_or_else(|| key.clone());
    let day = |doc: usize| docs.get(doc).map(|d| day_of(&d.date)).unwrap_or_default();
    g.versions
        .sort_by(|a, b| a.day.cmp(&b.day).then(a.doc.cmp(&b.doc)));
    g.citing.sort_by_key(|&d| (day(d), d));
    if g.versions.is_empty() {
        if let Some(&first) = g.citing.first() {
            g.events.push(Event {
                day: day(first),
                what: Happened::FirstCited,
                doc: first,
            });
        }
    }
    g.events
        .sort_by(|a, b| (a.what, &a.day, a.doc).cmp(&(b.what, &b.day, b.doc)));
    // One event of a kind within a week: reposts of the same notice say it
    // again a day or two later (the earliest report stays).
    g.events.dedup_by(|later, kept| {
        later.what == kept.what && days_between(&kept.day, &later.day) <= REPOST_DAYS
    });
    g.events.sort();
    Instrument {
        key,
        name,
        aliases: forms.into_iter().map(|(form, _)| form).collect(),
        numbers: g.numbers,
        issuers: g.issuers,
        versions: g.versions,
        events: g.events,
        citing: g.citing,
    }
}

#[cfg(test)]
mod tests;
