//! Officials and executives named with a role: `中央网信办主任庄荣文`.

use super::leading_name;
use aho_corasick::AhoCorasick;
use gazette_core::model::Person;
use std::sync::OnceLock;

/// Titles that directly precede a person's name; the role is the phrase
/// that ends with one of them (`中央网信办副主任`).
const ROLE_TITLES: &[&str] = &[
    "主任",
    "部长",
    "局长",
    "司长",
    "处长",
    "厅长",
    "署长",
    "书记",
    "主席",
    "总理",
    "省长",
    "市长",
    "董事长",
    "总裁",
    "执行官",
    "技术官",
    "安全官",
    "经理",
    "院长",
    "理事长",
    "秘书长",
    "会长",
    "发言人",
    "工程师",
    "经济师",
    "委员",
    "总监",
    "创始人",
    "合伙人",
    "检察长",
    "庭长",
    "所长",
    "校长",
    "教授",
    "研究员",
    "组长",
    "总编辑",
    "主编",
    "社长",
    "台长",
    "专员",
    "负责人",
];

/// Characters that end the phrase before a role (the role starts after them).
const ROLE_START: &[char] = &[
    '，', '。', '；', '：', '！', '？', '（', '）', '“', '”', '《', '》', '\n', ',', ';', ':', '(',
    ')', '了', '|', '｜',
];

/// The longest role kept, in characters.
const MAX_ROLE_CHARS: usize = 30;

/// One automaton over every title: a single pass over the text.
fn titles() -> &'static AhoCorasick {
    static TITLES: OnceLock<AhoCorasick> = OnceLock::new();
    TITLES
        .get_or_init(|| AhoCorasick::new(ROLE_TITLES).expect("the title table builds an automaton"))
}

/// People named right after a role title, in order of first mention, each once.
pub fn people(text: &str, exclude: &[&str]) -> Vec<Person> {
    let mut found: Vec<Person> = Vec::new();
    for m in titles().find_overlapping_iter(text) {
        let after = m.end();
        let Some(name) = leading_name(&text[after..]) else {
            continue;
        };
        if exclude.contains(&name) || found.iter().any(|p| p.name == name) {
            continue;
        }
        found.push(Person {
            name: name.to_owned(),
            role: role_before(&text[..after]),
        });
    }
    // Order of first mention, for a stable, readable list.
    found.sort_by_key(|p| text.find(&p.name).unwrap_or(usize::MAX));
    found
}

/// The role phrase ending at the end of `text`: back to punctuation, at most
/// [`MAX_ROLE_CHARS`] characters.
fn role_before(text: &str) -> Option<String> {
    let start = text.rfind(ROLE_START).map_or(0, |i| {
        i + text[i..].chars().next().map_or(0, char::len_utf8)
    });
    let role: String = text[start..].trim().chars().collect();
    let count = role.chars().count();
    let role: String = role
        .chars()
        .skip(count.saturating_sub(MAX_ROLE_CHARS))
        .collect();
    (!role.is_empty()).then_some(role)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String)> {
        people(text, &[])
            .into_iter()
            .map(|p| (p.name, p.role.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn officials_with_their_roles() {
        assert_eq!(
            pairs("中央网信办主任庄荣文在会上表示，当前形势良好。"),
            [("庄荣文".into(), "中央网信办主任".into())]
        );
        assert_eq!(
            pairs("中央网信办副主任、国家网信办副主任牛一兵出席会议并讲话。"),
            [("牛一兵".into(), "中央网信办副主任、国家网信办副主任".into())]
        );
        assert_eq!(
            pairs("工业和信息化部新闻发言人、信息通信管理局局长赵志国表示"),
            [(
                "赵志国".into(),
                "工业和信息化部新闻发言人、信息通信管理局局长".into()
            )]
        );
        assert_eq!(
            pairs("文 | 中国信通院互联网法律研究中心助理研究员 王金钧"),
            [(
                "王金钧".into(),
                "中国信通院互联网法律研究中心助理研究员".into()
            )]
        );
        assert_eq!(
            pairs("新华社记者采访了中央网信办主任庄荣文。腾讯公司董事会主席兼首席执行官马化腾组织学习。"),
            [
                ("庄荣文".into(), "中央网信办主任".into()),
                ("马化腾".into(), "腾讯公司董事会主席兼首席执行官".into()),
            ]
        );
    }

    #[test]
    fn titles_without_names_and_excluded_names_give_nothing() {
        assert!(pairs("主任表示，会议由主任主持。").is_empty());
        assert!(people("记者王思北报道", &["王思北"]).is_empty());
    }
}
