//! Related documents and clusters over a whole corpus.
//!
//! 1. Boilerplate paragraphs are found and left out of every text.
//! 2. Candidate pairs come from inverted indexes: shared text fingerprints
//!    (the `text_candidates` best per document), the same title, similar
//!    titles (shared character pairs), shared cited documents and people.
//!    Keys in more than `max_key_docs` documents are skipped, so the work
//!    grows with the corpus, not with its square.
//! 3. Each candidate pair is compared exactly (shared passages) and judged.
//! 4. Each document keeps its `keep` best; repost pairs form clusters.

use super::boilerplate::{self, paragraph_hash, Boilerplate};
use super::clusters::{clusters, is_repost, Repost};
use super::comparable::{comparable_text, title_key};
use super::fingerprints::{fingerprints, KeyIndex};
use super::passages::overlap;
use super::score::{self, dice, judge, mirror, Rarities, TextFacts, TitleFacts};
use super::types::{Cluster, RelatedDoc, RelatedList, Relations};
use super::Tuning;
use crate::model::Document;
use std::collections::HashMap;

/// Candidates by title or metadata per document, at most.
const OTHER_CANDIDATES: usize = 20;

/// Computes the related lists, clusters and boilerplate of a corpus.
pub fn compute(docs: &[Document], tuning: &Tuning) -> Relations {
    let boilerplate_list =
        boilerplate::find(docs, tuning.boilerplate_docs, tuning.boilerplate_titles);
    let boilerplate = Boilerplate::from_comparable(boilerplate_list.iter().map(String::as_str));
    let texts: Vec<Vec<char>> = docs
        .iter()
        .map(|d| comparable_text(&d.text, false, |p| boilerplate.contains(p)).chars)
        .collect();
    let titles: Vec<String> = docs.iter().map(|d| title_key(&d.title)).collect();
    let text_index = KeyIndex::new(
        texts
            .iter()
            .map(|t| fingerprints(t, tuning.window))
            .collect(),
    );
    let pairs = candidate_pairs(docs, &text_index, &titles, tuning);

    let rarities = Rarities::of(docs);
    let mut lists: Vec<Vec<RelatedDoc>> = vec![Vec::new(); docs.len()];
    let mut reposts = Vec::new();
    for (a, b) in pairs {
        let (text, found) = match worth_comparing(&text_index, a, b, tuning) {
            false => (TextFacts::default(), None),
            true => {
                let found = overlap(&texts[a], &texts[b], tuning.min_passage);
                let facts = TextFacts {
                    passages: found.passages.len() as u32,
                    a_share: found.a_in_b,
                    b_share: found.b_in_a,
                };
                (facts, Some(found))
            }
        };
        let same = !titles[a].is_empty() && titles[a] == titles[b];
        let title = TitleFacts {
            same,
            similarity: if same {
                1.0
            } else {
                dice(&titles[a], &titles[b])
            },
        };
        if is_repost(text, same, score::days_apart(&docs[a], &docs[b]), tuning) {
            reposts.push(match &found {
                Some(found) => Repost::of(a, b, texts[a].len(), texts[b].len(), found),
                None => Repost::whole(a, b),
            });
        }
        let Some((score, reasons)) = judge(&docs[a], &docs[b], text, title, &rarities, tuning)
        else {
            continue;
        };
        if score < tuning.min_score {
            continue;
        }
        lists[b].push(RelatedDoc {
            id: docs[a].id.clone(),
            score,
            reasons: mirror(&reasons),
        });
        lists[a].push(RelatedDoc {
            id: docs[b].id.clone(),
            score,
            reasons,
        });
    }
    let related = lists
        .into_iter()
        .zip(docs)
        .map(|(mut hits, doc)| {
            hits.sort_by(|x, y| y.score.total_cmp(&x.score).then_with(|| x.id.cmp(&y.id)));
            hits.truncate(tuning.keep);
            RelatedList {
                id: doc.id.clone(),
                hits,
            }
        })
        .collect();
    let id = |m: usize| docs[m].id.clone();
    let clusters = clusters(docs, &reposts)
        .into_iter()
        .map(|found| Cluster {
            canonical: id(found.canonical),
            members: found.members.into_iter().map(id).collect(),
            cut: found.cut.into_iter().map(id).collect(),
        })
        .collect();
    Relations {
        related,
        clusters,
        boilerplate: boilerplate_list,
    }
}

/// Whether two texts may share enough to count: their shared fingerprints
/// (any shared passage of `SEED + window - 1` characters leaves one) are a
/// fair part of the smaller text's, so the exact comparison is not wasted.
fn worth_comparing(index: &KeyIndex, a: usize, b: usize, tuning: &Tuning) -> bool {
    let shared = index.shared(a, b);
    let smaller = index.count(a).min(index.count(b)).max(1);
    shared > 0 && shared as f32 >= tuning.min_share / 4.0 * smaller as f32
}

/// Every pair worth judging, `(a, b)` with `a < b`, sorted.
fn candidate_pairs(
    docs: &[Document],
    text_index: &KeyIndex,
    titles: &[String],
    tuning: &Tuning,
) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut scratch = Vec::new();
    let mut add = |a: usize, b: usize| {
        if a != b {
            pairs.push((a.min(b), a.max(b)));
        }
    };
    for doc in 0..docs.len() {
        let found = text_index.candidates(
            doc,
            tuning.max_key_docs,
            tuning.text_candidates,
            &mut scratch,
        );
        for (other, _) in found {
            add(doc, other);
        }
    }
    let mut same_title: HashMap<&str, Vec<usize>> = HashMap::new();
    for (doc, title) in titles.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
        same_title.entry(title).or_default().push(doc);
    }
    for group in same_title
        .values()
        .filter(|g| g.len() <= tuning.max_key_docs)
    {
        for (n, &a) in group.iter().enumerate() {
            for &b in &group[n + 1..] {
                add(a, b);
            }
        }
    }
    let title_index = KeyIndex::new(titles.iter().map(|t| title_pairs(t)).collect());
    for doc in 0..docs.len() {
        let needed = title_index.count(doc) as f32 * tuning.similar_title / 2.0;
        for (other, shared) in
            title_index.candidates(doc, tuning.max_key_docs, OTHER_CANDIDATES, &mut scratch)
        {
            if shared as f32 >= needed && dice(&titles[doc], &titles[other]) >= tuning.similar_title
            {
                add(doc, other);
            }
        }
    }
    let value_keys = |doc: &Document| -> Vec<u64> {
        let mut keys: Vec<u64> = score::refs(doc)
            .into_iter()
            .chain(score::people(doc))
            .map(paragraph_hash)
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    };
    let value_index = KeyIndex::new(docs.iter().map(value_keys).collect());
    for doc in 0..docs.len() {
        for (other, _) in
            value_index.candidates(doc, tuning.max_key_docs, OTHER_CANDIDATES, &mut scratch)
        {
            add(doc, other);
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// A title's character pairs, as keys.
fn title_pairs(title: &str) -> Vec<u64> {
    let chars: Vec<char> = title.chars().collect();
    let mut keys: Vec<u64> = chars
        .windows(2)
        .map(|w| (u64::from(w[0]) << 32) | u64::from(w[1]))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, title: &str, date: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            title: title.into(),
            date: date.into(),
            source: "来源".into(),
            text: text.into(),
            ..Document::default()
        }
    }

    const NOTICE: &str = "为规范生成式人工智能服务，国家网信办等七部门联合公布办法。\n\n办法自二〇二三年八月十五日起施行，鼓励生成式人工智能技术在各行业、各领域的创新应用。\n\n有关负责人表示，出台办法旨在促进生成式人工智能健康发展和规范应用。";

    #[test]
    fn a_repost_is_related_first_and_clustered() {
        let docs = vec![
            doc("a", "七部门公布生成式人工智能服务管理暂行办法", "2023-07-13", NOTICE),
            doc(
                "b",
                "关注 | 七部门公布生成式人工智能服务管理暂行办法",
                "2023-07-14",
                &format!("点击关注我们\n\n{NOTICE}"),
            ),
            doc("c", "工信部开展专项整治", "2023-07-13", "工信部部署开展互联网行业不正当竞争专项整治行动。"),
            doc(
                "d",
                "人工智能评论",
                "2023-09-01",
                "评论指出，办法自二〇二三年八月十五日起施行，鼓励生成式人工智能技术在各行业、各领域的创新应用，意义重大。此外还有大量其他的分析内容在此展开论述。",
            ),
        ];
        let relations = compute(&docs, &Tuning::default());
        let ids = |n: usize| -> Vec<&str> {
            relations.related[n]
                .hits
                .iter()
                .map(|h| h.id.as_str())
                .collect()
        };
        assert_eq!(ids(0), ["b", "d"]);
        assert_eq!(ids(1), ["a", "d"]);
        assert!(ids(2).is_empty(), "nothing links c");
        assert_eq!(relations.clusters.len(), 1);
        assert_eq!(relations.clusters[0].canonical, "a");
        assert_eq!(relations.clusters[0].members, ["a", "b"]);
        let reasons = &relations.related[0].hits[0].reasons;
        assert!(matches!(
            reasons[0],
            super::super::Reason::SharedText { .. }
        ));
        assert_eq!(reasons[1], super::super::Reason::SameTitle);
    }
}
