//! Government bodies named in a text, by any alias of `gazette_core::agencies`.

use aho_corasick::{AhoCorasick, MatchKind};
use gazette_core::agencies::{is_national_mention, AGENCIES};
use std::sync::OnceLock;

/// One automaton over every alias; pattern `i` belongs to agency `OWNERS[i]`.
struct Matcher {
    automaton: AhoCorasick,
    owners: Vec<usize>,
}

fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let mut aliases = Vec::new();
        let mut owners = Vec::new();
        for (i, agency) in AGENCIES.iter().enumerate() {
            for alias in agency.aliases {
                aliases.push(*alias);
                owners.push(i);
            }
        }
        // Standard semantics, so overlapping matches are all seen: in
        // `北京市委网信办，国家网信办` both `网信办`s are checked.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&aliases)
            .expect("the alias table builds an automaton");
        Matcher { automaton, owners }
    })
}

/// Canonical names of the national bodies named in `text` by any alias
/// (a national mention: see `is_national_mention`), in table order.
pub fn find(text: &str) -> Vec<String> {
    let matcher = matcher();
    let mut found = vec![false; AGENCIES.len()];
    for m in matcher.automaton.find_overlapping_iter(text) {
        if is_national_mention(text, m.start(), m.end()) {
            found[matcher.owners[m.pattern().as_usize()]] = true;
        }
    }
    AGENCIES
        .iter()
        .zip(found)
        .filter(|(_, hit)| *hit)
        .map(|(agency, _)| agency.name.to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_national_bodies_by_any_alias_but_not_local_foreign_or_parent_ones() {
        let cases: &[(&str, &[&str])] = &[
            (
                "中央网信办28日会同国家发改委、工信部、市场监管总局召开座谈会",
                &[
                    "中央网信办",
                    "工业和信息化部",
                    "国家发展改革委",
                    "国家市场监督管理总局",
                ],
            ),
            ("北京市委网信办与上海市网信办联合发布", &[]),
            ("北京市委网信办、国家网信办", &["中央网信办"]),
            ("各地公安部门和教育部门加强协作", &[]),
            ("公安部部署开展专项行动", &["公安部"]),
            ("依据国办发〔2021〕12号文件，全国办理", &["国务院办公厅"]),
            // A body of its own, not its parent; foreign bodies are no Chinese ones.
            ("国务院办公厅印发", &["国务院办公厅"]),
            (
                "美国商务部与美司法部联合发布，国务院新闻办回应",
                &["国务院新闻办公室"],
            ),
            ("CNCERT监测发现", &["国家互联网应急中心"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(find(text), *want, "{text}");
        }
    }
}
