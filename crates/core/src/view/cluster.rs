//! The cluster screen (`#/cluster/<id>`): a repost cluster's members on a
//! propagation timeline (lag, complete or cut, how much of the reference
//! copy each has and what it adds) and the reference copy's paragraphs with
//! how many other members hold each one.

use crate::compare::density::paragraph_density;
use crate::model::paragraphs;
use crate::related::clusters::timeline;
use crate::related::comparable::comparable_string;
use crate::related::passages::overlap;
use crate::related::Tuning;
use crate::search::Library;

/// Below this share, what a copy adds is noise (of comparable text).
const MIN_ADDED: f32 = 0.01;

/// A member on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// Its position in the library.
    pub doc: usize,
    /// Whether it is the reference copy.
    pub is_reference: bool,
    /// Minutes after the reference copy (negative: before; `None`: undated).
    pub lag_minutes: Option<i64>,
    /// The lag as a share of the latest member's, 0–1 (for the bar).
    pub lag_share: f64,
    /// Whether the copy is cut.
    pub cut: bool,
    /// Share of the reference copy it has, 0–1.
    pub covers: f32,
    /// Share of its own text the reference lacks, when not noise.
    pub adds: Option<f32>,
}

/// A paragraph of the reference copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldParagraph {
    /// The paragraph.
    pub text: String,
    /// Other members holding it.
    pub count: usize,
    /// The outlets of the members lacking it, each once.
    pub missing: Vec<String>,
}

/// What the cluster screen shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterScreen {
    /// The reference copy's position.
    pub reference: usize,
    /// Every member, oldest first.
    pub members: Vec<Member>,
    /// Whether any copy is cut (then each is marked cut or complete).
    pub marks_copies: bool,
    /// The reference copy's paragraphs.
    pub paragraphs: Vec<HeldParagraph>,
}

impl ClusterScreen {
    /// The cluster of the document with this id; `None` when it is in none.
    pub fn of(library: &Library<'_>, id: &str) -> Option<Self> {
        let cluster = library
            .position(id)
            .and_then(|n| library.cluster_of(n))
            .and_then(|c| library.cluster(c))?;
        let docs = library.docs();
        let reference_text = library.text(cluster.canonical);
        let reference_chars: Vec<char> = comparable_string(&reference_text).chars().collect();
        let others: Vec<(usize, String)> = cluster
            .members
            .iter()
            .filter(|&&m| m != cluster.canonical)
            .map(|&m| (m, library.text(m)))
            .collect();
        let steps = timeline(docs, cluster.canonical, &cluster.members);
        let latest = steps
            .iter()
            .filter_map(|s| s.lag_minutes)
            .max()
            .unwrap_or(0)
            .max(1);
        let members = steps
            .iter()
            .map(|step| {
                let is_reference = step.doc == cluster.canonical;
                let text = others
                    .iter()
                    .find(|(m, _)| *m == step.doc)
                    .map_or(reference_text.as_str(), |(_, t)| t);
                let chars: Vec<char> = comparable_string(text).chars().collect();
                let shares = overlap(&chars, &reference_chars, Tuning::default().min_passage);
                let added = 1.0 - shares.a_in_b;
                Member {
                    doc: step.doc,
                    is_reference,
                    lag_minutes: step.lag_minutes,
                    lag_share: step
                        .lag_minutes
                        .map_or(0.0, |m| (m.max(0) as f64 / latest as f64).clamp(0.0, 1.0)),
                    cut: cluster.cut.contains(&step.doc),
                    covers: shares.b_in_a,
                    adds: (!is_reference && added >= MIN_ADDED).then_some(added),
                }
            })
            .collect();
        let holders = paragraph_density(&reference_text, others.iter().map(|(_, t)| t.as_str()));
        let paragraphs = paragraphs(&reference_text)
            .zip(holders)
            .map(|(text, held)| {
                let mut missing: Vec<String> = Vec::new();
                for (n, (m, _)) in others.iter().enumerate() {
                    let source = docs.get(*m).map_or("", |d| d.source.as_str());
                    if !held.contains(&n) && !missing.iter().any(|s| s == source) {
                        missing.push(source.to_owned());
                    }
                }
                HeldParagraph {
                    text: text.to_owned(),
                    count: held.len(),
                    missing,
                }
            })
            .collect();
        Some(ClusterScreen {
            reference: cluster.canonical,
            marks_copies: !cluster.cut.is_empty(),
            members,
            paragraphs,
        })
    }

    /// Whether every copy, the reference too, is cut.
    pub fn reference_cut(&self) -> bool {
        self.members.iter().any(|m| m.is_reference && m.cut)
    }

    /// Members other than the reference copy.
    pub fn others(&self) -> usize {
        self.members.len().saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Corpus, Document};
    use crate::pack;
    use crate::related::compute;

    const NOTICE: &str = "为规范生成式人工智能服务，国家网信办等七部门联合公布办法。\n\n办法自二〇二三年八月十五日起施行，鼓励生成式人工智能技术在各行业、各领域的创新应用。\n\n有关负责人表示，出台办法旨在促进生成式人工智能健康发展和规范应用。";

    fn doc(id: &str, date: &str, source: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            title: "七部门公布生成式人工智能服务管理暂行办法".into(),
            date: date.into(),
            source: source.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    #[test]
    fn a_cluster_shows_each_copy_against_the_reference() {
        let extra = "本文另附编者按语，介绍了相关背景情况以及业内专家的解读观点，供读者参考。";
        let first_two = NOTICE.rsplit_once("\n\n").map_or(NOTICE, |(head, _)| head);
        let mut docs = vec![
            doc(
                "b",
                "2023-07-14T10:00:00+08:00",
                "安全内参",
                &format!("{NOTICE}\n\n{extra}"),
            ),
            doc("c", "2023-07-15T10:00:00+08:00", "网络安全", first_two),
            doc("a", "2023-07-13T10:00:00+08:00", "中国网信网", NOTICE),
            doc(
                "x",
                "2023-07-13T09:00:00+08:00",
                "人民网",
                "工信部部署开展互联网行业专项整治行动。",
            ),
        ];
        docs.sort_by(|x, y| y.date.cmp(&x.date));
        let relations = compute(&docs, &Tuning::default());
        let corpus = Corpus {
            schema_version: crate::model::SCHEMA_VERSION,
            title: String::new(),
            description: String::new(),
            docs,
            relations: Some(relations),
        };
        let bytes = pack::encode(&corpus);
        let library = Library::open(&bytes).expect("opens");
        assert!(
            ClusterScreen::of(&library, "x").is_none(),
            "not in a cluster"
        );
        assert!(ClusterScreen::of(&library, "nope").is_none());
        let screen = ClusterScreen::of(&library, "b").expect("b's cluster");
        let id = |doc: usize| library.docs()[doc].id.as_str();
        assert_eq!(id(screen.reference), "a");
        let order: Vec<&str> = screen.members.iter().map(|m| id(m.doc)).collect();
        assert_eq!(order, ["a", "b", "c"]);
        let lags: Vec<Option<i64>> = screen.members.iter().map(|m| m.lag_minutes).collect();
        assert_eq!(lags, [Some(0), Some(1440), Some(2880)]);
        assert_eq!(screen.members[2].lag_share, 1.0);
        // b has all of the reference and adds a note; c lacks the last paragraph.
        assert!(screen.members[1].covers > 0.99 && screen.members[1].adds.is_some());
        assert!(screen.members[2].covers < 0.9 && screen.members[2].adds.is_none());
        assert_eq!(screen.others(), 2);
        let held: Vec<(usize, Vec<String>)> = screen
            .paragraphs
            .iter()
            .map(|p| (p.count, p.missing.clone()))
            .collect();
        assert_eq!(
            held,
            [(2, vec![]), (2, vec![]), (1, vec!["网络安全".to_owned()])]
        );
    }
}
