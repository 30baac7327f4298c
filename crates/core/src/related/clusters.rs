//! Repost clusters: documents that are the same announcement. Two documents
//! are reposts of each other when most of one text is in the other and a fair
//! part of the other is in the one, within weeks (periodic notices share their
//! template text for years), or when they have the same title within a few
//! days and overlapping text. A cluster is a canonical document and the
//! reposts of it (a star, not a chain: a digest quoting two announcements
//! cannot join them), oldest first, which is the propagation timeline.
//!
//! The canonical member is the one a reader should trust as the text: a
//! complete copy before a cut one (a scrape that stops where another member
//! goes on), then an official publisher, then the earliest.

use super::passages::Overlap;
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

/// A repost pair and how far each text goes beyond what the other shares.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Repost {
    /// Position of one document.
    pub a: usize,
    /// Position of the other.
    pub b: usize,
    /// Share of `a`'s text after the last passage `b` shares with it, 0–1.
    pub a_tail: f32,
    /// Share of `b`'s text after the last passage `a` shares with it.
    pub b_tail: f32,
}

impl Repost {
    /// The pair `(a, b)` from the overlap of their comparable texts (of
    /// `a_len` and `b_len` characters).
    pub fn of(a: usize, b: usize, a_len: usize, b_len: usize, found: &Overlap) -> Self {
        let end_a = found.passages.iter().map(|p| p.a.end).max().unwrap_or(0);
        let end_b = found.passages.iter().map(|p| p.b.end).max().unwrap_or(0);
        let tail = |len: usize, end: usize| match len {
            0 => 0.0,
            len => len.saturating_sub(end) as f32 / len as f32,
        };
        Repost {
            a,
            b,
            a_tail: tail(a_len, end_a),
            b_tail: tail(b_len, end_b),
        }
    }

    /// A pair with nothing beyond the shared part on either side.
    pub fn whole(a: usize, b: usize) -> Self {
        Repost {
            a,
            b,
            a_tail: 0.0,
            b_tail: 0.0,
        }
    }
}

/// A member goes on this far (share of its text) beyond where another stops…
const CUT_TAIL: f32 = 0.1;
/// …while the other's own end is shared: the other stops short.
const OWN_TAIL: f32 = 0.05;

/// Whether a text stops short: it ends on an ellipsis (a text that ends
/// without a full stop is often whole: a source line, an editor's name).
pub fn stops_short(text: &str) -> bool {
    let end = text.trim_end();
    ["...", "…", "。。。"].iter().any(|e| end.ends_with(e))
}

/// The members that are cut copies: flagged `truncated` by the build, or
/// stopping short where another member goes on.
fn cut_members(docs: &[Document], reposts: &[Repost]) -> Vec<bool> {
    let mut cut: Vec<bool> = docs
        .iter()
        .map(|d| d.flags.iter().any(|f| f == "truncated"))
        .collect();
    for r in reposts {
        for (short, long_tail, own_tail) in [(r.a, r.b_tail, r.a_tail), (r.b, r.a_tail, r.b_tail)] {
            let Some(doc) = docs.get(short) else { continue };
            if long_tail >= CUT_TAIL && own_tail <= OWN_TAIL && stops_short(&doc.text) {
                cut[short] = true;
            }
        }
    }
    cut
}

/// One cluster: positions in the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The member to read as the text.
    pub canonical: usize,
    /// Every member, oldest first.
    pub members: Vec<usize>,
    /// The members that are cut copies.
    pub cut: Vec<usize>,
}

/// A document's date in minutes, undated documents last.
fn minutes(doc: &Document) -> i64 {
    DateParts::parse(&doc.date).map_or(i64::MAX, |d| d.minutes())
}

/// Clusters from repost pairs (positions in `docs`), in order of their
/// canonical member's date.
pub fn clusters(docs: &[Document], reposts: &[Repost]) -> Vec<Found> {
    let cut = cut_members(docs, reposts);
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); docs.len()];
    for &Repost { a, b, .. } in reposts {
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
        // The star is drawn round the official, earliest member; the text
        // to read is a complete one, else the longest of the cut ones.
        let canonical = members
            .iter()
            .copied()
            .min_by_key(|&m| {
                let shortness = match cut[m] {
                    true => std::cmp::Reverse(docs[m].text.chars().count()),
                    false => std::cmp::Reverse(0),
                };
                (cut[m], shortness, origin_rank(&docs[m]), by_time(&m))
            })
            .unwrap_or(centre);
        let cut = members.iter().copied().filter(|&m| cut[m]).collect();
        out.push(Found {
            canonical,
            members,
            cut,
        });
    }
    out.sort_by_cached_key(|found| by_time(&found.canonical));
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
        let pairs = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5)].map(|(a, b)| Repost::whole(a, b));
        let found = clusters(&docs, &pairs);
        let simple = |f: &Found| (f.canonical, f.members.clone());
        assert_eq!(
            simple(&found[0]),
            (0, vec![1, 0, 2]),
            "a states an official origin"
        );
        assert_eq!(
            simple(&found[1]),
            (3, vec![3, 4]),
            "the earliest of d, e, f is d"
        );
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
    fn a_complete_copy_is_canonical_before_a_cut_one() {
        let mut docs = vec![
            doc("official", "2024-01-01T08:00:00+08:00", "网信中国", None),
            doc("full", "2024-01-02T08:00:00+08:00", "安全牛", None),
            doc("flagged", "2024-01-03T08:00:00+08:00", "安全客", None),
        ];
        docs[0].text = "第一条 总则。第二条 拟作…".into();
        docs[1].text = "第一条 总则。第二条 拟作出处罚决定。第三条 施行。".into();
        docs[2].flags = vec!["truncated".into()];
        // The official copy stops where the other goes on (a quarter of it left).
        let cut_short = Repost {
            a: 0,
            b: 1,
            a_tail: 0.0,
            b_tail: 0.25,
        };
        let found = clusters(&docs, &[cut_short, Repost::whole(0, 2)]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].canonical, 1, "the complete copy");
        assert_eq!(found[0].members, [0, 1, 2]);
        assert_eq!(found[0].cut, [0, 2]);

        // With no complete copy, the longest cut one.
        docs[1].flags = vec!["truncated".into()];
        let found = clusters(&docs, &[cut_short, Repost::whole(0, 2)]);
        assert_eq!((found[0].canonical, found[0].cut.len()), (1, 3));
        docs[1].flags.clear();

        // A repost that only adds at its end cuts nothing of a text that
        // ends on a full stop.
        docs[0].text = "第一条 总则。第二条 拟作出处罚决定。".into();
        docs[2].flags.clear();
        let found = clusters(&docs, &[cut_short]);
        assert_eq!((found[0].canonical, found[0].cut.clone()), (0, vec![]));
    }

    #[test]
    fn stopping_short() {
        for text in ["当事人对行...", "第四十二条 拟作…", "拟作出。。。 "] {
            assert!(stops_short(text), "{text}");
        }
        for text in [
            "本规定自2023年6月1日起施行。",
            "（来源：中国网信网）",
            "文章来源：网信办",
            "",
        ] {
            assert!(!stops_short(text), "{text}");
        }
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
