//! A document's references resolved: an abbreviation the text defines
//! (`《个人信息出境认证办法》（以下简称《办法》）`) stands for the full name, one that
//! names nothing definite (《办法》, 《征求意见稿》) is dropped, the document's
//! own instrument is no citation of itself, and two spellings of one name
//! (widths, brackets, 中华人民共和国) are one reference.

use super::name::{cited, is_abbreviation, Cited};
use std::collections::HashMap;

/// Longest abbreviation read from a definition (characters).
const SHORT_CHARS: usize = 30;

/// `short → full` for every `《full》（以下简称《short》）` (or `简称“short”`) of a text.
pub fn abbreviations(text: &str) -> HashMap<String, String> {
    let mut found = HashMap::new();
    for (at, _) in text.match_indices("简称") {
        let before = &text[..at];
        // The parenthesis opens right after the full name: 》（以下简称, 》(简称.
        let Some(open) = before.rfind(['（', '(']) else {
            continue;
        };
        if before[open..].chars().count() > 4 {
            continue;
        }
        let Some(head) = before[..open].trim_end().strip_suffix('》') else {
            continue;
        };
        let Some(full_start) = head.rfind('《') else {
            continue;
        };
        let full = format!("{}》", &head[full_start..]);
        let after = text[at + "简称".len()..].trim_start_matches(['为', '：', ':', ' ']);
        let short: String = match after.strip_prefix('《') {
            // In 《》 the short form may hold parentheses: 《认证办法（意见稿）》.
            Some(titled) => titled
                .chars()
                .take_while(|&c| c != '》' && c != '\n')
                .collect(),
            None => after
                .trim_start_matches(['“', '"', '「', '\'', '‘'])
                .chars()
                .take_while(|c| {
                    !matches!(
                        c,
                        '”' | '"' | '」' | '）' | ')' | '，' | '、' | '；' | '\n' | '’'
                    )
                })
                .take(SHORT_CHARS + 1)
                .collect(),
        };
        if short.is_empty() || short.chars().count() > SHORT_CHARS {
            continue;
        }
        found.insert(short, full);
    }
    found
}

/// The references of a document, resolved (see the module). `own` is the
/// instrument whose text the document carries, if it carries one.
pub fn resolve(refs: &[String], text: &str, own: Option<&Cited>) -> Vec<String> {
    let defined = abbreviations(text);
    let mut seen: Vec<Cited> = Vec::new();
    let mut out: Vec<String> = Vec::new();
    for reference in refs {
        let Some(inner) = reference
            .strip_prefix('《')
            .and_then(|r| r.strip_suffix('》'))
        else {
            // A document number: kept as written, once.
            if !out.contains(reference) {
                out.push(reference.clone());
            }
            continue;
        };
        let written = defined.get(inner).unwrap_or(reference);
        let Some(instrument) = cited(written) else {
            // Not an instrument: an undefined abbreviation goes; a magazine
            // or a report stays a reference.
            if !is_abbreviation(written) {
                push_once(&mut out, written);
            }
            continue;
        };
        if own.is_some_and(|own| own.key == instrument.key) || seen.contains(&instrument) {
            continue;
        }
        seen.push(instrument);
        push_once(&mut out, written);
    }
    out
}

/// Longest 《…》 read as a citation in a text (characters).
const MAX_CITED_CHARS: usize = 80;

/// Where a text cites an instrument: each `《…》` (byte range, brackets
/// included) whose name, or the full name an abbreviation it defines stands
/// for, has a key that `known` accepts, with that key. What the document
/// page links to the instrument pages.
pub fn cited_spans(
    text: &str,
    known: impl Fn(&str) -> bool,
) -> Vec<(std::ops::Range<usize>, String)> {
    let defined = abbreviations(text);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('《').map(|i| from + i) {
        let inner_start = open + '《'.len_utf8();
        // The closing 》 of this 《, past any 〈〉 or nested 《》 inside it.
        let mut depth = 0usize;
        let mut close = None;
        for (i, c) in text[inner_start..].char_indices().take(MAX_CITED_CHARS) {
            match c {
                '《' => depth += 1,
                '》' if depth == 0 => {
                    close = Some(inner_start + i);
                    break;
                }
                '》' => depth -= 1,
                '\n' => break,
                _ => {}
            }
        }
        let Some(close) = close else {
            from = inner_start;
            continue;
        };
        let end = close + '》'.len_utf8();
        let inner = &text[inner_start..close];
        let written = defined
            .get(inner)
            .cloned()
            .unwrap_or_else(|| text[open..end].to_owned());
        if let Some(c) = cited(&written).filter(|c| known(&c.key)) {
            out.push((open..end, c.key));
        }
        from = end;
    }
    out
}

fn push_once(out: &mut Vec<String>, reference: &str) {
    if !out.iter().any(|r| r == reference) {
        out.push(reference.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::name::Stage;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn cited_spans_are_found_with_their_keys_and_abbreviations_resolved() {
        let text = "根据《中华人民共和国网络安全法》和《个人信息出境认证办法》（以下简称《办法》），《办法》自公布之日起施行。《未知》\n《不闭合";
        let known = |key: &str| key == "网络安全法" || key == "个人信息出境认证办法";
        let spans: Vec<(&str, String)> = cited_spans(text, known)
            .into_iter()
            .map(|(r, key)| (&text[r], key))
            .collect();
        assert_eq!(
            spans,
            [
                ("《中华人民共和国网络安全法》", "网络安全法".to_owned()),
                (
                    "《个人信息出境认证办法》",
                    "个人信息出境认证办法".to_owned()
                ),
                ("《办法》", "个人信息出境认证办法".to_owned()),
                ("《办法》", "个人信息出境认证办法".to_owned()),
            ]
        );
        assert!(cited_spans("《〈规定〉》《", |_| true).len() <= 1);
    }

    #[test]
    fn definitions_are_read_in_both_forms() {
        let text = "国家网信办发布《个人信息出境个人信息保护认证办法（征求意见稿）》（以下简称《认证办法（意见稿）》）。\
                    《中华人民共和国个人信息保护法》（以下简称“个保法”）规定。";
        let defined = abbreviations(text);
        assert_eq!(
            defined.get("认证办法（意见稿）").map(String::as_str),
            Some("《个人信息出境个人信息保护认证办法（征求意见稿）》")
        );
        assert_eq!(
            defined.get("个保法").map(String::as_str),
            Some("《中华人民共和国个人信息保护法》")
        );
    }

    #[test]
    fn abbreviations_resolve_or_go_and_a_text_never_cites_itself() {
        let text =
            "《网络数据安全管理条例》（以下简称《条例》）施行。依据《中华人民共和国网络安全法》。";
        let refs = strings(&[
            "《网络暴力信息治理规定》",
            "《条例》",
            "《办法》",
            "《征求意见稿》",
            "《网络安全法》",
            "《中华人民共和国网络安全法》",
            "国办发〔2021〕12号",
            "《中国信息安全》",
        ]);
        let own = Cited {
            key: "网络暴力信息治理规定".into(),
            stage: Stage::Final,
        };
        assert_eq!(
            resolve(&refs, text, Some(&own)),
            [
                "《网络数据安全管理条例》",
                "《网络安全法》",
                "国办发〔2021〕12号",
                "《中国信息安全》",
            ]
        );
    }

    #[test]
    fn a_draft_and_its_final_are_two_references() {
        let refs = strings(&[
            "《网络暴力信息治理规定（征求意见稿）》",
            "《网络暴力信息治理规定》",
        ]);
        assert_eq!(resolve(&refs, "", None), refs);
    }

    #[test]
    fn full_and_half_width_spellings_are_one_reference() {
        let refs = strings(&[
            "《个人信息出境认证办法（试行）》",
            "《个人信息出境认证办法(试行)》",
        ]);
        assert_eq!(
            resolve(&refs, "", None),
            ["《个人信息出境认证办法（试行）》"]
        );
    }
}
