//! Repost clusters: documents that are the same announcement. Two documents
//! are reposts of each other when most of one text is in the other and a fair
//! part of the other is in the one, within weeks (periodic notices share their
//! template text for years), or when they have the same title within a few
//! days and overlapping text. A cluster is a canonical document and the
//! reposts of it (a star, not a chain: a digest quoting two announcements
//! cannot join them), oldest first, which is the propagation timeline.

use super::score::TextFacts;
use super::Tuning;
use crate::agencies::AGENCIES;
use crate::date::DateParts;
use crate::model::Document;

/// Outlets that publish for the state, besides the agencies' own names.
pub const OFFICIAL_OUTLETS: &[&str] = &[
    "新华社",
    "新华网",
    "人民日报",
    "人民网",
    "中国政府网",
    "中国网信网",
    "网信中国",
    "央视",
    "中央广播电视总台",
    "求是",
    "光明日报",
    "经济日报",
    "法治日报",
    "人民法院报",
    "学习时报",
    "中国信通院",
    "网安标委",
    "数标委",
];

/// Whether a publisher's name is an official one: a state outlet or a
/// national body (its website, its account).
pub fn is_official(name: &str) -> bool {
    OFFICIAL_OUTLETS.iter().any(|o| name.contains(o))
        || AGENCIES
            .iter()
            .flat_map(|a| a.aliases.iter())
            .any(|alias| alias.chars().count() >= 3 && name.contains(alias))
}

/// Order of preference for the canonical member: 0 the official publisher
/// itself, 1 a copy stating an official origin, 2 any other.
pub fn origin_rank(doc: &Document) -> u8 {
    if is_official(&doc.source) {
        0
    } else if doc.origin.as_deref().is_some_and(is_official) {
        1
    } else {
        2
    }
}

/// Whether two documents are the same announcement.
pub fn is_repost(text: TextFacts, same_title: bool, days: Option<u32>, tuning: &Tuning) -> bool {
    let (most, least) = (
        text.a_share.max(text.b_share),
        text.a_share.min(text.b_share),
    );
    let contained = most >= tuning.repost_share
        && least >= tuning.repost_min_share
        && days.is_none_or(|d| d <= tuning.repost_max_days);
    let titled = same_title
        && days.is_some_and(|d| d <= tuning.repost_title_days)
        && most >= tuning.repost_title_share;
    text.passages > 0 && (contained || titled)
}

/// A document's date in minutes, undated documents last.
fn minutes(doc: &Document) -> i64 {
    DateParts::parse(&doc.date).map_or(i64::MAX, |d| d.minutes())
}

/// Clusters from repost pairs (positions in `docs`): `(canonical, members
/// oldest first)`, in order of their canonical member's date.
pub fn clusters(docs: &[Document], pairs: &[(usize, usize)]) -> Vec<(usize, Vec<usize>)> {
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); docs.len()];
    for &(a, b) in pairs {
        if a < docs.len() && b < docs.len() && a != b {
            neighbours[a].push(b);
            neighbours[b].push(a);
        }
    }
    let by_time = |&d: &usize| (minutes(&docs[d]), docs[d].id.clone());
    let mut order: Vec<usize> = (0..docs.len())
        .filter(|&d| !neighbours[d].is_empty())
        .collect();
    order.sort_by_cached_key(|&d| (origin_rank(&docs[d]), by_time(&d)));
    let mut taken = vec![false; docs.len()];
    let mut out = Vec::new();
    for centre in order {
        if taken[centre] {
            continue;
        }
        let mut members: Vec<usize> = neighbours[centre]
            .iter()
            .copied()
            .filter(|&d| !taken[d])
            .collect();
        if members.is_empty() {
            continue;
        }
        members.push(centre);
        members.sort_by_cached_key(by_time);
        members.dedup();
        for &m in &members {
            taken[m] = true;
        }
        out.push((centre, members));
    }
    out.sort_by_cached_key(|(centre, _)| by_time(centre));
    out
}

/// One step of a propagation timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The member (position in the corpus).
    pub doc: usize,
    /// Minutes after the canonical member (negative: before it; `None`: undated).
    pub lag_minutes: Option<i64>,
}

/// The members of a cluster with their lag behind its canonical member.
pub fn timeline(docs: &[Document], canonical: usize, members: &[usize]) -> Vec<Step> {
    let date = |d: usize| docs.get(d).and_then(|doc| DateParts::parse(&doc.date));
    let origin = date(canonical).map(|d| d.minutes());
    members
        .iter()
        .map(|&doc| Step {
            doc,
            lag_minutes: origin.zip(date(doc)).map(|(o, d)| d.minutes() - o),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, date: &str, source: &str, origin: Option<&str>) -> Document {
        Document {
            id: id.into(),
            date: date.into(),
            source: source.into(),
            origin: origin.map(str::to_owned),
            ..Document::default()
        }
    }

    #[test]
    fn official_names() {
        for name in [
            "新华社",
            "工信部网站",
            "网信中国",
            "公安部网安局",
            "国家数据局",
        ] {
            assert!(is_official(name), "{name}");
        }
        for name in [
            "嘶吼 RoarTalk",
            "安全客",
            "FreeBuf网络安全行业门户",
            "中国信息安全",
        ] {
            assert!(!is_official(name), "{name}");
        }
    }

    #[test]
    fn canonical_prefers_official_then_earliest_and_clusters_are_stars() {
        let docs = vec![
            doc("a", "2024-01-02T08:00:00+08:00", "安全客", Some("新华社")),
            doc("b", "2024-01-01T08:00:00+08:00", "嘶吼", None),
            doc("c", "2024-01-03T08:00:00+08:00", "安全牛", None),
            // A digest that contains c and d, which are unrelated to each other.
            doc("d", "2024-02-01T08:00:00+08:00", "甲", None),
            doc("e", "2024-02-05T08:00:00+08:00", "乙", None),
            doc("f", "2024-02-02T08:00:00+08:00", "丙", None),
        ];
        let found = clusters(&docs, &[(0, 1), (1, 2), (0, 2), (3, 4), (4, 5)]);
        assert_eq!(found[0], (0, vec![1, 0, 2]), "a states an official origin");
        assert_eq!(found[1], (3, vec![3, 4]), "the earliest of d, e, f is d");
        assert_eq!(
            found.len(),
            2,
            "f joins nothing: e, its only link, is taken"
        );
        let steps = timeline(&docs, 0, &[1, 0, 2]);
        let lags: Vec<_> = steps.iter().map(|s| s.lag_minutes).collect();
        assert_eq!(lags, [Some(-1440), Some(0), Some(1440)]);
    }

    #[test]
    fn reposts_need_mutual_overlap_or_a_shared_title() {
        let tuning = Tuning::default();
        let facts = |a_share, b_share| TextFacts {
            passages: 1,
            a_share,
            b_share,
        };
        assert!(is_repost(facts(0.95, 0.8), false, None, &tuning));
        assert!(
            !is_repost(facts(0.97, 0.97), false, Some(61), &tuning),
            "a monthly template"
        );
        assert!(!is_repost(facts(0.7, 0.6), false, Some(0), &tuning));
        assert!(
            !is_repost(facts(1.0, 0.05), false, Some(0), &tuning),
            "a quote in a digest"
        );
        assert!(is_repost(facts(0.5, 0.4), true, Some(2), &tuning));
        assert!(!is_repost(facts(0.5, 0.4), true, Some(60), &tuning));
    }
}
