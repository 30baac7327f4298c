//! The instrument screen (`#/instrument/<key>`): an instrument's names,
//! numbers and issuers, its lifecycle, its editions (reposts folded, the
//! draft compared with the final article by article) and the documents
//! citing it, newest first.

use crate::facets::Facet;
use crate::instrument::registry::{Edition, Instrument, Registry};
use crate::model::Document;
use crate::url_state::{CompareView, ListView};

/// Citing documents listed before the rest are left to the list.
pub const CITING_SHOWN: usize = 60;

/// What the instrument screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct InstrumentScreen {
    /// The instrument.
    pub instrument: Instrument,
    /// The other forms it is written in (not its name).
    pub aliases: Vec<String>,
    /// Its versions as published, reposts folded.
    pub editions: Vec<Edition>,
    /// The draft and the final compared, when it has both.
    pub draft_to_final: Option<CompareView>,
    /// Documents citing or reporting on it, newest first.
    pub citing: Vec<usize>,
    /// Every document carrying or citing it: the list under its facet.
    pub listed: ListView,
}

impl InstrumentScreen {
    /// The instrument a key, a citation (`《…》`) or a document number names.
    pub fn of(registry: &Registry, docs: &[Document], key: &str) -> Option<Self> {
        let instrument = registry.get(key).or_else(|| registry.resolve(key))?;
        let id = |at: usize| docs.get(at).map(|d| d.id.clone());
        let draft_to_final = instrument.draft_and_final(docs).and_then(|(draft, last)| {
            Some(CompareView {
                a: id(draft)?,
                b: id(last)?,
                // Drafts carry 【条旨】 and are renumbered when finalised:
                // what changed in substance stands out without both.
                by_article: true,
                ignore_headings: true,
                ignore_numbering: true,
                ..CompareView::default()
            })
        });
        let mut listed = ListView::new("");
        listed.filters.select(Facet::Instrument, &instrument.key);
        Some(InstrumentScreen {
            aliases: instrument
                .aliases
                .iter()
                .filter(|a| **a != instrument.name)
                .cloned()
                .collect(),
            editions: instrument.editions(docs),
            draft_to_final,
            citing: instrument.citing.iter().rev().copied().collect(),
            listed,
            instrument: instrument.clone(),
        })
    }

    /// Citing documents beyond those listed on the screen.
    pub fn citing_left(&self) -> usize {
        self.citing.len().saturating_sub(CITING_SHOWN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::name::Stage;
    use crate::instrument::Carried;

    fn doc(id: &str, date: &str, refs: &[&str], carries: Option<(&str, Stage)>) -> Document {
        Document {
            id: id.into(),
            title: id.into(),
            date: format!("{date}T09:00:00+08:00"),
            doc_refs: refs.iter().map(|r| (*r).to_owned()).collect(),
            carries: carries.map(|(name, stage)| Carried {
                name: name.into(),
                stage,
                number: None,
                effective: None,
                repeals: vec![],
            }),
            ..Document::default()
        }
    }

    #[test]
    fn the_draft_is_paired_with_the_final_and_the_newest_citing_comes_first() {
        let cited = ["《网络暴力信息治理规定》"];
        let docs = vec![
            doc(
                "draft",
                "2023-07-07",
                &[],
                Some(("网络暴力信息治理规定（征求意见稿）", Stage::Draft)),
            ),
            doc(
                "final",
                "2024-06-14",
                &[],
                Some(("网络暴力信息治理规定", Stage::Final)),
            ),
            doc(
                "repost",
                "2024-06-15",
                &[],
                Some(("网络暴力信息治理规定", Stage::Final)),
            ),
            doc("older", "2024-06-20", &cited, None),
            doc("newer", "2024-07-01", &cited, None),
        ];
        let registry = Registry::build(&docs);
        let key = registry
            .instruments
            .first()
            .map(|i| i.key.clone())
            .expect("an instrument");
        let screen = InstrumentScreen::of(&registry, &docs, &key).expect("found by key");
        let pair = screen.draft_to_final.clone().expect("draft and final");
        assert_eq!((pair.a.as_str(), pair.b.as_str()), ("draft", "final"));
        assert!(pair.by_article && pair.ignore_headings && pair.ignore_numbering);
        // The repost folds into the final's edition.
        let copies: Vec<usize> = screen.editions.iter().map(|e| e.copies.len()).collect();
        assert_eq!(copies, [1, 2]);
        let citing: Vec<&str> = screen.citing.iter().map(|&d| docs[d].id.as_str()).collect();
        assert_eq!(citing, ["newer", "older"]);
        assert!(screen.listed.filters.is_selected(Facet::Instrument, &key));
        assert_eq!(screen.citing_left(), 0);
        // A citation names it too; an unknown name names nothing.
        assert!(InstrumentScreen::of(&registry, &docs, "《网络暴力信息治理规定》").is_some());
        assert!(InstrumentScreen::of(&registry, &docs, "不存在的办法").is_none());
    }
}
