//! How related two documents are, and why: one score from 0 to 1 made of
//! weighted parts (shared text, title, cited documents, people, agencies,
//! date), each part turned into a reason a reader can check.

use super::types::Reason;
use super::{Tuning, Weights};
use crate::model::Document;
use std::collections::{HashMap, HashSet};

/// What the text comparison of two documents found.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TextFacts {
    /// Shared passages.
    pub passages: u32,
    /// Share of the first document's text in shared passages.
    pub a_share: f32,
    /// Share of the second document's text in shared passages.
    pub b_share: f32,
}

/// How the titles of two documents compare.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TitleFacts {
    /// Same [`super::comparable::title_key`] (and not empty).
    pub same: bool,
    /// Dice coefficient of the title keys' character pairs.
    pub similarity: f32,
}

/// How rare each cited document, person and agency is in the corpus: a
/// shared rare value says more than a shared common one.
#[derive(Debug, Default)]
pub struct Rarity {
    docs: usize,
    counts: HashMap<String, u32>,
}

impl Rarity {
    /// Counts the documents having each value.
    pub fn new<'a>(per_doc: impl Iterator<Item = Vec<&'a str>>) -> Self {
        let mut counts: HashMap<String, u32> = HashMap::new();
        let mut docs = 0;
        for values in per_doc {
            docs += 1;
            let unique: HashSet<&str> = values.into_iter().collect();
            for value in unique {
                *counts.entry(value.to_owned()).or_default() += 1;
            }
        }
        Rarity { docs, counts }
    }

    /// Documents having this value.
    pub fn docs_with(&self, value: &str) -> u32 {
        self.counts.get(value).copied().unwrap_or(0)
    }

    /// The weight of a value: `ln(1 + documents / documents with it)`.
    fn weight(&self, value: &str) -> f32 {
        let df = self.docs_with(value).max(1) as f32;
        (1.0 + self.docs as f32 / df).ln()
    }

    /// The values both lists have (in `a`'s order) and their weighted overlap
    /// coefficient (shared weight over the smaller list's weight), 0–1.
    pub fn shared(&self, a: &[&str], b: &[&str]) -> (Vec<String>, f32) {
        let shared = shared_in_order(a, b);
        if shared.is_empty() {
            return (shared, 0.0);
        }
        let total = |list: &[&str]| -> f32 {
            let unique: HashSet<&str> = list.iter().copied().collect();
            unique.into_iter().map(|v| self.weight(v)).sum()
        };
        let common: f32 = shared.iter().map(|v| self.weight(v)).sum();
        let smaller = total(a).min(total(b)).max(f32::EPSILON);
        (shared, (common / smaller).min(1.0))
    }
}

/// The values of `a` that `b` has too, in `a`'s order, each once.
pub fn shared_in_order(a: &[&str], b: &[&str]) -> Vec<String> {
    let b_set: HashSet<&str> = b.iter().copied().collect();
    let mut seen = HashSet::new();
    a.iter()
        .filter(|v| b_set.contains(*v) && seen.insert(**v))
        .map(|v| (*v).to_owned())
        .collect()
}

/// The corpus-wide rarities used when judging pairs.
#[derive(Debug, Default)]
pub struct Rarities {
    /// Cited documents.
    pub refs: Rarity,
    /// People, by name.
    pub people: Rarity,
    /// Agencies.
    pub agencies: Rarity,
}

impl Rarities {
    /// Counts every value of the corpus.
    pub fn of(docs: &[Document]) -> Self {
        Rarities {
            refs: Rarity::new(docs.iter().map(refs)),
            people: Rarity::new(docs.iter().map(people)),
            agencies: Rarity::new(docs.iter().map(agencies)),
        }
    }
}

/// A document's cited documents.
pub fn refs(doc: &Document) -> Vec<&str> {
    doc.doc_refs.iter().map(String::as_str).collect()
}

/// A document's people, by name.
pub fn people(doc: &Document) -> Vec<&str> {
    doc.people.iter().map(|p| p.name.as_str()).collect()
}

/// A document's agencies.
pub fn agencies(doc: &Document) -> Vec<&str> {
    doc.agencies.iter().map(String::as_str).collect()
}

/// Whole days between two documents' dates, if both are dated.
pub fn days_apart(a: &Document, b: &Document) -> Option<u32> {
    let parse = |d: &Document| crate::date::DateParts::parse(&d.date).map(|p| p.minutes());
    let minutes = parse(a)?.abs_diff(parse(b)?);
    u32::try_from(minutes / 1440).ok()
}

/// A pair's score and its reasons from `a`'s side, or `None` when nothing
/// substantial links them (agencies and dates alone do not).
pub fn judge(
    a: &Document,
    b: &Document,
    text: TextFacts,
    title: TitleFacts,
    rarities: &Rarities,
    tuning: &Tuning,
) -> Option<(f32, Vec<Reason>)> {
    let Weights {
        text: w_text,
        title: w_title,
        refs: w_refs,
        people: w_people,
        agencies: w_agencies,
        date: w_date,
    } = tuning.weights;
    let mut reasons = Vec::new();
    let mut score = 0.0;
    let mut substantial = false;
    let (most, least) = (
        text.a_share.max(text.b_share),
        text.a_share.min(text.b_share),
    );
    if text.passages > 0 && most >= tuning.min_share {
        score += w_text * (0.7 * most + 0.3 * least);
        substantial = true;
        reasons.push(Reason::SharedText {
            passages: text.passages,
            this_share: round(text.a_share),
            other_share: round(text.b_share),
        });
    }
    if title.same {
        score += w_title;
        substantial = true;
        reasons.push(Reason::SameTitle);
    } else if title.similarity >= tuning.similar_title {
        score += w_title * title.similarity;
        substantial = true;
        reasons.push(Reason::SimilarTitle {
            similarity: round(title.similarity),
        });
    }
    let (shared_refs, refs_overlap) = rarities.refs.shared(&refs(a), &refs(b));
    if !shared_refs.is_empty() {
        score += w_refs * refs_overlap;
        substantial = true;
        reasons.push(Reason::SharedRefs { refs: shared_refs });
    }
    let (names, people_overlap) = rarities.people.shared(&people(a), &people(b));
    if !names.is_empty() {
        score += w_people * people_overlap;
        substantial = true;
        reasons.push(Reason::SharedPeople { names });
    }
    if !substantial {
        return None;
    }
    let (shared_agencies, agencies_overlap) = rarities.agencies.shared(&agencies(a), &agencies(b));
    if !shared_agencies.is_empty() {
        score += w_agencies * agencies_overlap;
        reasons.push(Reason::SharedAgencies {
            agencies: shared_agencies,
        });
    }
    if let Some(days) = days_apart(a, b).filter(|&d| d <= tuning.near_days) {
        score += w_date * (1.0 - days as f32 / (tuning.near_days as f32 + 1.0));
        reasons.push(Reason::NearDate { days });
    }
    let total = w_text + w_title + w_refs + w_people + w_agencies + w_date;
    Some((round(score / total.max(f32::EPSILON)), reasons))
}

/// The same reasons seen from the other document.
pub fn mirror(reasons: &[Reason]) -> Vec<Reason> {
    reasons
        .iter()
        .map(|reason| match reason {
            Reason::SharedText {
                passages,
                this_share,
                other_share,
            } => Reason::SharedText {
                passages: *passages,
                this_share: *other_share,
                other_share: *this_share,
            },
            other => other.clone(),
        })
        .collect()
}

/// Dice coefficient of the character pairs of two strings (0 when either
/// has fewer than two characters).
pub fn dice(a: &str, b: &str) -> f32 {
    let pairs = |s: &str| -> HashSet<(char, char)> {
        let chars: Vec<char> = s.chars().collect();
        chars.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (pa, pb) = (pairs(a), pairs(b));
    if pa.is_empty() || pb.is_empty() {
        return 0.0;
    }
    let common = pa.intersection(&pb).count();
    2.0 * common as f32 / (pa.len() + pb.len()) as f32
}

/// Three decimals: enough for display, and stable in the corpus JSON.
fn round(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_shared_values_weigh_more() {
        let rarity = Rarity::new(
            [
                vec!["《网络安全法》", "《甲办法》"],
                vec!["《网络安全法》", "《乙办法》"],
                vec!["《网络安全法》", "《甲办法》"],
                vec!["《网络安全法》"],
            ]
            .into_iter(),
        );
        let (shared, common) =
            rarity.shared(&["《网络安全法》", "《乙办法》"], &["《网络安全法》"]);
        assert_eq!(shared, ["《网络安全法》"]);
        assert!(
            (common - 1.0).abs() < 1e-6,
            "the smaller list is all shared"
        );
        let (_, rare) = rarity.shared(
            &["《网络安全法》", "《甲办法》"],
            &["《网络安全法》", "《甲办法》"],
        );
        let (_, common_only) = rarity.shared(
            &["《网络安全法》", "《甲办法》"],
            &["《网络安全法》", "《乙办法》"],
        );
        assert!(rare > common_only);
    }

    #[test]
    fn dice_of_titles() {
        assert_eq!(dice("数据安全管理办法", "数据安全管理办法"), 1.0);
        assert!(dice("数据安全管理办法", "数据安全管理条例") > 0.7);
        assert_eq!(dice("甲", "甲"), 0.0);
    }

    #[test]
    fn mirrored_text_reasons_swap_shares() {
        let reasons = [Reason::SharedText {
            passages: 1,
            this_share: 0.9,
            other_share: 0.1,
        }];
        assert_eq!(
            mirror(&reasons),
            [Reason::SharedText {
                passages: 1,
                this_share: 0.1,
                other_share: 0.9
            }]
        );
    }
}
