//! Who issued what a document is about (发文机关), as opposed to the bodies it
//! merely mentions: the national bodies that a title or a lead sentence puts
//! before an issuing verb (`国家网信办公布《…》`, `近日，中共中央、国务院印发了…`),
//! and those signing it above its date line at the end.

use super::agencies::find;

/// Verbs that say a body issued something.
const ISSUING_VERBS: &[&str] = &[
    "联合印发",
    "印发",
    "发布",
    "公布",
    "出台",
    "颁布",
    "通报",
    "公开征求",
    "征求意见",
    "起草",
    "制定",
    "修订",
    // A campaign or an enforcement round is the body's own notice.
    "部署",
    "开展",
    "启动",
    "宣布",
    "查处",
];

/// A title also names its issuer before `关于` (`工业和信息化部关于…的通知`).
const TITLE_ONLY_VERBS: &[&str] = &["关于"];

/// Leading paragraphs searched for an issuing sentence.
const LEAD_PARAGRAPHS: usize = 3;

/// Sentences of each of them searched.
const LEAD_SENTENCES: usize = 12;

/// Closing paragraphs searched for the signature's date line.
const TAIL_PARAGRAPHS: usize = 12;

/// Characters before the verb that can still hold the issuer (`近日，中央网信办、工业和信息化部等四部门联合`).
const SUBJECT_CHARS: usize = 80;

/// Bytes of a sentence searched for its issuing verbs: an issuing sentence
/// says so early, and a huge paragraph without full stops stays cheap.
const SENTENCE_BYTES: usize = 600;

/// The issuers, canonical names, in the order first found (title, lead, signature).
pub fn issuers(title: &str, paragraphs: &[&str], signed: bool) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut add = |names: Vec<String>| {
        for name in names {
            if !found.contains(&name) {
                found.push(name);
            }
        }
    };
    add(subject(title, true));
    for paragraph in paragraphs.iter().take(LEAD_PARAGRAPHS) {
        for sentence in paragraph.split(['。', '；', '！']).take(LEAD_SENTENCES) {
            add(subject(sentence, false));
        }
    }
    if signed {
        add(signing(paragraphs));
    }
    found
}

/// The bodies named in the clause before each issuing verb of a title or
/// sentence (`…，通报公安部会同国家发展和改革委员会、工业和信息化部联合印发《…》`:
/// all four); `发布会` (a press conference) is no issuing.
fn subject(sentence: &str, title: bool) -> Vec<String> {
    let extra: &[&str] = if title { TITLE_ONLY_VERBS } else { &[] };
    let mut end = sentence.len().min(SENTENCE_BYTES);
    while !sentence.is_char_boundary(end) {
        end -= 1;
    }
    let sentence = &sentence[..end];
    let mut found = Vec::new();
    for verb in ISSUING_VERBS.iter().chain(extra) {
        for (at, _) in sentence.match_indices(verb) {
            if sentence[at + verb.len()..].starts_with('会') {
                continue;
            }
            let before = &sentence[..at];
            let clause = before.rsplit(['，', ',', '：']).next().unwrap_or(before);
            if clause.chars().count() > SUBJECT_CHARS {
                continue;
            }
            // A body inside 《…》 issued the instrument cited, not this one.
            for name in find(&without_titles(clause)) {
                if !found.contains(&name) {
                    found.push(name);
                }
            }
        }
    }
    found
}

/// A signing line is at most this long (`工业和信息化部办公厅`).
const SIGNING_LINE_CHARS: usize = 40;

/// Endings of an issuing body's name on a line of its own.
const BODY_ENDINGS: &[&str] = &[
    "办公厅",
    "办公室",
    "委员会",
    "部",
    "局",
    "署",
    "院",
    "中心",
    "政府",
    "小组",
    "总局",
];

/// Whether a paragraph is only the name of a signing body (or bodies): the
/// line above a document's date line.
pub fn is_signing_line(paragraph: &str) -> bool {
    let line = paragraph.trim();
    !line.is_empty()
        && line.chars().count() <= SIGNING_LINE_CHARS
        && !line.contains(['。', '，', '：', ':'])
        && (BODY_ENDINGS.iter().any(|e| line.ends_with(e)) || !find(line).is_empty())
}

/// The text with every `《…》` taken out.
fn without_titles(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The bodies on the short lines right above the last standalone date line.
fn signing(paragraphs: &[&str]) -> Vec<String> {
    let tail = paragraphs.len().saturating_sub(TAIL_PARAGRAPHS);
    let Some(date_at) = paragraphs[tail..]
        .iter()
        .rposition(|p| crate::dates::standalone_date_zh(p).is_some())
        .map(|at| tail + at)
    else {
        return Vec::new();
    };
    paragraphs[..date_at]
        .iter()
        .rev()
        .take(2)
        .take_while(|p| is_signing_line(p))
        .flat_map(|p| find(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuers_are_the_subjects_of_issuing_verbs_and_the_signers() {
        let cases: &[(&str, &[&str], bool, &[&str])] = &[
            ("国家网信办公布《网信部门行政执法程序规定》", &["全文如下。"], false, &["中央网信办"]),
            (
                "《数字中国建设整体布局规划》全文",
                &["近日，中共中央、国务院印发了《数字中国建设整体布局规划》，并发出通知，要求工业和信息化部落实。"],
                false,
                &["中共中央", "国务院"],
            ),
            (
                "关于开展检查的通知",
                &["各有关单位：现将有关事项通知如下。", "特此通知。", "工业和信息化部办公厅", "2022年9月13日"],
                true,
                &["工业和信息化部"],
            ),
            // Bodies merely mentioned issue nothing.
            ("网络安全宣传周开幕", &["公安部、教育部等部门参加了开幕式。"], false, &[]),
            ("专访", &["三中全会审议通过的《中共中央关于深化改革的决定》作出系统部署。"], false, &[]),
            ("专家：数据安全法实施三年", &["工业和信息化部有关负责人表示，将加强监管。"], false, &[]),
            (
                "四部门联合印发《惩戒办法》",
                &["公安部26日举行新闻发布会，通报公安部会同国家发展和改革委员会、工业和信息化部、中国人民银行联合印发《惩戒办法》有关情况。"],
                false,
                &["公安部", "国家发展改革委", "工业和信息化部", "中国人民银行"],
            ),
        ];
        for (title, paragraphs, signed, want) in cases {
            let mut found = issuers(title, paragraphs, *signed);
            let mut want: Vec<&str> = want.to_vec();
            found.sort();
            want.sort();
            assert_eq!(found, want, "{title}");
        }
    }
}
