//! The relations of a corpus in its pack: related lists and clusters as
//! varints by document position, so the app reads one document's list
//! without parsing the others. Shared names (cited documents, people,
//! agencies) are not stored: they are the intersection of the two
//! documents' metadata, which the pack has.

use super::{push_end, push_varint, read_u32, read_varint, Pack, PackError, Section};
use crate::model::{Corpus, Document};
use crate::related::boilerplate::paragraph_hash;
use crate::related::score::{agencies, people, refs, shared_in_order};
use crate::related::Reason;
use std::collections::HashMap;

/// One related document, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct PackedRelated {
    /// Its position in the corpus.
    pub doc: usize,
    /// Score, 0–1.
    pub score: f32,
    /// Why, strongest first.
    pub reasons: Vec<Reason>,
}

/// One repost cluster, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackedCluster {
    /// The canonical member's position.
    pub canonical: usize,
    /// Every member's position, oldest first.
    pub members: Vec<usize>,
    /// The members that are cut copies (see [`crate::related::Cluster::cut`]).
    pub cut: Vec<usize>,
}

const SHARED_TEXT: u8 = 1;
const SAME_TITLE: u8 = 2;
const SIMILAR_TITLE: u8 = 3;
const SHARED_REFS: u8 = 4;
const SHARED_PEOPLE: u8 = 5;
const SHARED_AGENCIES: u8 = 6;
const NEAR_DATE: u8 = 7;

fn milli(x: f32) -> u32 {
    (x.clamp(0.0, 1.0) * 1000.0).round() as u32
}

fn from_milli(n: u32) -> f32 {
    n.min(1000) as f32 / 1000.0
}

/// Writes the relations sections (empty when the corpus has none).
pub(super) fn encode(corpus: &Corpus, sections: &mut [Vec<u8>]) {
    let position: HashMap<&str, usize> = corpus
        .docs
        .iter()
        .enumerate()
        .map(|(n, d)| (d.id.as_str(), n))
        .collect();
    let relations = corpus.relations.as_ref();
    let lists: HashMap<&str, &Vec<crate::related::RelatedDoc>> = relations
        .map(|r| r.related.iter().map(|l| (l.id.as_str(), &l.hits)).collect())
        .unwrap_or_default();
    for doc in &corpus.docs {
        let out = &mut sections[Section::Related as usize];
        let hits: Vec<_> = lists
            .get(doc.id.as_str())
            .into_iter()
            .flat_map(|hits| hits.iter())
            .filter_map(|hit| position.get(hit.id.as_str()).map(|&p| (p, hit)))
            .collect();
        push_varint(out, hits.len() as u32);
        for (other, hit) in hits {
            push_varint(out, other as u32);
            push_varint(out, milli(hit.score));
            push_varint(out, hit.reasons.len() as u32);
            for reason in &hit.reasons {
                encode_reason(out, reason);
            }
        }
        push_end(sections, Section::Related, Section::RelatedEnds);
    }
    let mut cluster_of = vec![u32::MAX; corpus.docs.len()];
    for (n, cluster) in relations
        .map(|r| r.clusters.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let members: Vec<usize> = cluster
            .members
            .iter()
            .filter_map(|id| position.get(id.as_str()).copied())
            .collect();
        let Some(&canonical) = position.get(cluster.canonical.as_str()) else {
            continue;
        };
        let out = &mut sections[Section::Clusters as usize];
        push_varint(out, canonical as u32);
        push_varint(out, members.len() as u32);
        // Each member as `position << 1 | cut`.
        for &m in &members {
            let cut = cluster
                .cut
                .iter()
                .any(|id| position.get(id.as_str()) == Some(&m));
            push_varint(out, (m as u32) << 1 | u32::from(cut));
            cluster_of[m] = n as u32;
        }
        push_end(sections, Section::Clusters, Section::ClusterEnds);
    }
    for n in cluster_of {
        sections[Section::ClusterOf as usize].extend_from_slice(&n.to_le_bytes());
    }
    let mut hashes: Vec<u64> = relations
        .map(|r| r.boilerplate.iter().map(|p| paragraph_hash(p)).collect())
        .unwrap_or_default();
    hashes.sort_unstable();
    hashes.dedup();
    for hash in hashes {
        sections[Section::Boilerplate as usize].extend_from_slice(&hash.to_le_bytes());
    }
}

fn encode_reason(out: &mut Vec<u8>, reason: &Reason) {
    match reason {
        Reason::SharedText {
            passages,
            this_share,
            other_share,
        } => {
            out.push(SHARED_TEXT);
            push_varint(out, *passages);
            push_varint(out, milli(*this_share));
            push_varint(out, milli(*other_share));
        }
        Reason::SameTitle => out.push(SAME_TITLE),
        Reason::SimilarTitle { similarity } => {
            out.push(SIMILAR_TITLE);
            push_varint(out, milli(*similarity));
        }
        Reason::SharedRefs { .. } => out.push(SHARED_REFS),
        Reason::SharedPeople { .. } => out.push(SHARED_PEOPLE),
        Reason::SharedAgencies { .. } => out.push(SHARED_AGENCIES),
        Reason::NearDate { days } => {
            out.push(NEAR_DATE);
            push_varint(out, *days);
        }
    }
}

fn decode_reason(bytes: &mut &[u8], this: &Document, other: &Document) -> Option<Reason> {
    let (&tag, rest) = bytes.split_first()?;
    *bytes = rest;
    Some(match tag {
        SHARED_TEXT => Reason::SharedText {
            passages: read_varint(bytes)?,
            this_share: from_milli(read_varint(bytes)?),
            other_share: from_milli(read_varint(bytes)?),
        },
        SAME_TITLE => Reason::SameTitle,
        SIMILAR_TITLE => Reason::SimilarTitle {
            similarity: from_milli(read_varint(bytes)?),
        },
        SHARED_REFS => Reason::SharedRefs {
            refs: shared_in_order(&refs(this), &refs(other)),
        },
        SHARED_PEOPLE => Reason::SharedPeople {
            names: shared_in_order(&people(this), &people(other)),
        },
        SHARED_AGENCIES => Reason::SharedAgencies {
            agencies: shared_in_order(&agencies(this), &agencies(other)),
        },
        NEAR_DATE => Reason::NearDate {
            days: read_varint(bytes)?,
        },
        _ => return None,
    })
}

impl Pack<'_> {
    pub(super) fn check_relations(&self) -> Result<(), PackError> {
        let per_doc = self.docs * 4;
        let related = self.section(Section::RelatedEnds).len();
        let cluster_of = self.section(Section::ClusterOf).len();
        if related != per_doc || cluster_of != per_doc {
            return Err(PackError::Damaged("relation tables"));
        }
        if !self.section(Section::ClusterEnds).len().is_multiple_of(4)
            || !self.section(Section::Boilerplate).len().is_multiple_of(8)
        {
            return Err(PackError::Damaged("cluster tables"));
        }
        Ok(())
    }

    /// A document's related documents, best first (`docs` fill in shared
    /// names); an empty list when there are none or the pack is damaged.
    pub fn related(&self, doc: usize, docs: &[Document]) -> Vec<PackedRelated> {
        let mut bytes = self.slice(Section::Related, Section::RelatedEnds, doc);
        self.read_related(&mut bytes, doc, docs).unwrap_or_default()
    }

    fn read_related(
        &self,
        bytes: &mut &[u8],
        doc: usize,
        docs: &[Document],
    ) -> Option<Vec<PackedRelated>> {
        let this = docs.get(doc)?;
        let count = read_varint(bytes)? as usize;
        let mut out = Vec::with_capacity(count.min(64));
        for _ in 0..count {
            let other_pos = read_varint(bytes)? as usize;
            let other = docs.get(other_pos)?;
            let score = from_milli(read_varint(bytes)?);
            let reasons = read_varint(bytes)?;
            let reasons = (0..reasons)
                .map(|_| decode_reason(bytes, this, other))
                .collect::<Option<Vec<_>>>()?;
            out.push(PackedRelated {
                doc: other_pos,
                score,
                reasons,
            });
        }
        Some(out)
    }

    /// Number of repost clusters.
    pub fn cluster_count(&self) -> usize {
        self.section(Section::ClusterEnds).len() / 4
    }

    /// The cluster a document belongs to, if any.
    pub fn cluster_of(&self, doc: usize) -> Option<usize> {
        read_u32(self.section(Section::ClusterOf), doc * 4)
            .filter(|&n| n != u32::MAX)
            .map(|n| n as usize)
            .filter(|&n| n < self.cluster_count())
    }

    /// A cluster by number.
    pub fn cluster(&self, cluster: usize) -> Option<PackedCluster> {
        if cluster >= self.cluster_count() {
            return None;
        }
        let mut bytes = self.slice(Section::Clusters, Section::ClusterEnds, cluster);
        let canonical = read_varint(&mut bytes)? as usize;
        let count = read_varint(&mut bytes)? as usize;
        let coded = (0..count)
            .map(|_| read_varint(&mut bytes))
            .collect::<Option<Vec<_>>>()?;
        let members: Vec<usize> = coded.iter().map(|&m| (m >> 1) as usize).collect();
        let cut = coded
            .iter()
            .filter(|&&m| m & 1 == 1)
            .map(|&m| (m >> 1) as usize)
            .collect();
        (canonical < self.docs && members.iter().all(|&m| m < self.docs)).then_some(PackedCluster {
            canonical,
            members,
            cut,
        })
    }

    /// The hashes of boilerplate paragraphs (see [`crate::related::boilerplate`]).
    pub fn boilerplate_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.section(Section::Boilerplate)
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Corpus;
    use crate::pack::encode;
    use crate::related::{compute, Reason, Tuning};
    use crate::search::{Hit, Library};

    const NOTICE: &str = "为规范生成式人工智能服务，国家网信办等七部门联合公布办法。\n\n办法自二〇二三年八月十五日起施行，鼓励生成式人工智能技术在各行业、各领域的创新应用。";

    fn corpus() -> Corpus {
        let docs = serde_json::json!([
            {"id": "a", "path": "a.md", "title": "七部门公布办法", "date": "2023-07-13T08:00:00+08:00",
             "source": "网信中国", "url": null, "text": NOTICE, "agencies": ["中央网信办"],
             "doc_refs": ["《生成式人工智能服务管理暂行办法》"]},
            {"id": "b", "path": "b.md", "title": "关注 | 七部门公布办法", "date": "2023-07-14T08:00:00+08:00",
             "source": "安全客", "url": null, "text": format!("点击关注\n\n{NOTICE}"), "agencies": ["中央网信办"],
             "doc_refs": ["《生成式人工智能服务管理暂行办法》"]},
            {"id": "c", "path": "c.md", "title": "其他", "date": "2023-07-13T08:00:00+08:00",
             "source": "安全牛", "url": null, "text": "无关的内容。", "agencies": []}
        ]);
        let json = serde_json::json!({"schema_version": 1, "docs": docs}).to_string();
        let mut corpus = Corpus::from_json(&json).expect("test corpus");
        corpus.relations = Some(compute(&corpus.docs, &Tuning::default()));
        corpus
    }

    #[test]
    fn related_lists_and_clusters_survive_the_pack() {
        let corpus = corpus();
        let stored = corpus.relations.clone().expect("relations");
        let bytes = encode(&corpus);
        let library = Library::open(&bytes).expect("opens");
        let related = library.related(0);
        assert_eq!(related.len(), 1);
        assert_eq!(related[0].doc, 1);
        let want = &stored.related[0].hits[0];
        assert_eq!(related[0].score, want.score);
        assert_eq!(
            related[0].reasons, want.reasons,
            "names come back from metadata"
        );
        assert!(related[0]
            .reasons
            .iter()
            .any(|r| matches!(r, Reason::SharedRefs { refs } if refs.len() == 1)));
        assert!(library.related(2).is_empty());
        assert_eq!(library.cluster_count(), 1);
        assert_eq!(library.cluster_of(1), Some(0));
        assert_eq!(library.cluster_of(2), None);
        let cluster = library.cluster(0).expect("cluster");
        assert_eq!((cluster.canonical, cluster.members), (0, vec![0, 1]));
        assert!(library.cluster(1).is_none());
        let hits: Vec<Hit> = [1, 2, 0]
            .iter()
            .map(|&doc| Hit { doc, score: 0.0 })
            .collect();
        let rows = library.collapse_reposts(&hits);
        let shown: Vec<(usize, usize)> = rows.iter().map(|r| (r.hit.doc, r.folded)).collect();
        assert_eq!(shown, [(1, 1), (2, 0)]);
    }

    #[test]
    fn a_corpus_without_relations_packs_and_has_none() {
        let mut corpus = corpus();
        corpus.relations = None;
        let bytes = encode(&corpus);
        let library = Library::open(&bytes).expect("opens");
        assert!(library.related(0).is_empty());
        assert_eq!(library.cluster_of(0), None);
        assert!(library.boilerplate().is_empty());
    }
}
