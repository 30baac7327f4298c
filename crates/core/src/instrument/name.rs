//! One name for an instrument however a text cites it. 《中华人民共和国网络安全法》,
//! 《网络安全法》 and 《网络安全法（2016）》 are one instrument; 《…办法（征求意见稿）》
//! is its draft; 《关于印发〈…办法〉的通知》 promulgates it and 《关于修改〈…法〉的决定》
//! amends it; 《办法》 or 《征求意见稿》 alone names nothing and is no instrument.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// Which version of an instrument a text is, or cites.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// Published for comment: 征求意见稿, 草案, 送审稿.
    Draft,
    /// Issued.
    #[default]
    Final,
    /// A decision that amends it (关于修改〈…〉的决定, 修正案).
    Amendment,
}

impl Stage {
    /// Its name in URLs, the CLI and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Draft => "draft",
            Stage::Final => "final",
            Stage::Amendment => "amendment",
        }
    }

    /// The stage with this name.
    pub fn from_name(name: &str) -> Option<Stage> {
        [Stage::Draft, Stage::Final, Stage::Amendment]
            .into_iter()
            .find(|s| s.name() == name)
    }
}

/// A citation read as an instrument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    /// The instrument's key: its name folded (widths, brackets, case), without
    /// 中华人民共和国, stage or edition (`网络安全法`). Readable: it is shown
    /// where no better form is at hand, and it is the instrument's id.
    pub key: String,
    /// The version cited.
    pub stage: Stage,
}

/// What a title ends with when it names an instrument (not a report, a list
/// of names or a magazine).
const NORMATIVE_ENDINGS: &[&str] = &[
    "法", "办法", "条例", "规定", "意见", "通知", "决定", "规划", "方案", "指南", "标准", "细则",
    "纲要", "计划", "措施", "指引", "目录", "清单", "公告", "决议", "规则", "准则", "规范", "解释",
    "批复", "通告", "要求", "规程", "令", "法案", "法典", "预案", "战略", "方针", "公约",
];

/// Names that are only a kind of instrument: an abbreviation the text may
/// define (（以下简称《办法》）), never an instrument of their own.
const GENERIC: &[&str] = &[
    "法",
    "法律",
    "法规",
    "办法",
    "规定",
    "条例",
    "意见",
    "指导意见",
    "实施意见",
    "通知",
    "决定",
    "公告",
    "通告",
    "细则",
    "实施细则",
    "方案",
    "实施方案",
    "工作方案",
    "规划",
    "计划",
    "行动计划",
    "指南",
    "指引",
    "标准",
    "规则",
    "规范",
    "准则",
    "纲要",
    "措施",
    "决议",
    "解释",
    "批复",
    "函",
    "目录",
    "清单",
    "名单",
    "管理办法",
    "暂行办法",
    "管理规定",
    "暂行规定",
    "试行办法",
    "实施办法",
    "若干规定",
    "若干意见",
    "若干措施",
    "新规",
    "条款",
    "草案",
    "征求意见稿",
    "意见稿",
    "送审稿",
    "修订草案",
    "修正草案",
    "修订稿",
    "决定草案",
    "办法草案",
    "规定草案",
    "条例草案",
    "报告",
];

/// Words before a generic name that point back at one already named.
const POINTING: &[&str] = &[
    "本", "该", "此", "上述", "前述", "新", "这一", "这部", "两", "各",
];

/// Stage words at the end of a name or in its last parentheses.
const DRAFT_WORDS: &[&str] = &["征求意见稿", "意见稿", "送审稿", "草案", "审议稿", "草稿"];

/// Verbs of a notice that carries an instrument (关于印发〈X〉的通知).
const PROMULGATING: &[&str] = &[
    "印发",
    "发布",
    "公布",
    "颁布",
    "修订印发",
    "转发",
    "公开征求",
];

/// Verbs of a decision that amends one (关于修改〈X〉的决定).
const AMENDING: &[&str] = &["修改", "修订", "修正", "废止"];

/// The instrument a citation names, if it names one: `《…》` or the bare name.
pub fn cited(reference: &str) -> Option<Cited> {
    // Widths folded (NFKC), brackets as document numbers read them; case kept
    // (the key is shown).
    let folded: String = reference
        .nfkc()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '〈' | '<' => '《',
            '〉' | '>' => '》',
            '[' | '〔' | '【' | '〘' => '(',
            ']' | '〕' | '】' | '〙' => ')',
            other => other,
        })
        .collect();
    let mut name = folded
        .strip_prefix('《')
        .and_then(|n| n.strip_suffix('》'))
        .unwrap_or(&folded)
        .to_owned();
    let mut stage = Stage::Final;
    if let Some((inner, verb)) = inside_notice(&name) {
        stage = match AMENDING.contains(&verb) {
            true => Stage::Amendment,
            false => Stage::Final,
        };
        name = inner;
    }
    let (base, trailing_stage) = without_stage_and_edition(&name);
    if trailing_stage == Stage::Draft {
        stage = Stage::Draft;
    }
    if let Some(base) = base.strip_suffix("修正案") {
        stage = Stage::Amendment;
        name = base.to_owned();
    } else {
        name = base;
    }
    let key = match name.strip_prefix("中华人民共和国") {
        Some(rest) if rest.chars().count() >= 2 => rest.to_owned(),
        _ => name,
    };
    is_instrument_name(&key).then_some(Cited { key, stage })
}

/// Whether a citation only says what kind of instrument it is (`《办法》`,
/// `《本规定》`, `《条例（草案）》`): an abbreviation, resolved or dropped.
pub fn is_abbreviation(reference: &str) -> bool {
    let inner = reference.trim_start_matches('《').trim_end_matches('》');
    let (base, _) = without_stage_and_edition(&inner.nfkc().collect::<String>());
    let generic = |name: &str| GENERIC.contains(&name);
    generic(&base)
        || POINTING
            .iter()
            .any(|p| base.strip_prefix(p).is_some_and(generic))
        || DRAFT_WORDS.contains(&base.as_str())
}

/// Whether a folded name names an instrument of its own.
fn is_instrument_name(key: &str) -> bool {
    // 宪法, 刑法: a two-character name is a law's.
    let short = key.chars().count() < 2 || (key.chars().count() == 2 && !key.ends_with('法'));
    if short || key.contains(['《', '》']) || GENERIC.contains(&key) {
        return false;
    }
    let pointing = POINTING.iter().any(|p| {
        key.strip_prefix(p)
            .is_some_and(|rest| GENERIC.contains(&rest))
    });
    !pointing && NORMATIVE_ENDINGS.iter().any(|e| key.ends_with(e))
}

/// `关于印发《X》的通知` → (X, 印发): the instrument a notice or decision is about.
fn inside_notice(name: &str) -> Option<(String, &'static str)> {
    let rest = name.strip_prefix("关于")?;
    let (before, after) = rest.split_once('《')?;
    let (inner, tail) = after.rsplit_once('》')?;
    let consulting = before.is_empty() && tail.contains("征求意见");
    let verb = match consulting {
        true => "公开征求",
        false => PROMULGATING
            .iter()
            .chain(AMENDING)
            .find(|v| before.ends_with(*v))?,
    };
    let closing = ["的通知", "的决定", "的公告", "的令", "的通告", "的批复"];
    (consulting || closing.iter().any(|c| tail.ends_with(c))).then(|| (inner.to_owned(), verb))
}

/// The name without a trailing stage or edition, and the stage it gave:
/// `…办法(征求意见稿)` → draft, `…规定(试行)` and `…(2024年修订)` → the name.
fn without_stage_and_edition(name: &str) -> (String, Stage) {
    let mut name = name.to_owned();
    let mut stage = Stage::Final;
    loop {
        if let Some(open) = name.rfind('(').filter(|_| name.ends_with(')')) {
            let note = &name[open + 1..name.len() - 1];
            let is_draft = DRAFT_WORDS.iter().any(|w| note.contains(w));
            let is_edition = note.contains("试行")
                || note.contains("暂行")
                || note.ends_with('版')
                || note.ends_with("修订")
                || note.ends_with("修正")
                || note.chars().all(|c| {
                    c.is_ascii_digit() || matches!(c, '年' | '-' | '—' | '–' | '~' | '至')
                });
            if is_draft || is_edition {
                if is_draft {
                    stage = Stage::Draft;
                }
                name.truncate(open);
                continue;
            }
        }
        if let Some(word) = DRAFT_WORDS.iter().find(|w| name.ends_with(*w)) {
            let base = &name[..name.len() - word.len()];
            // 修订草案, 修正草案 and the like: the stage word's own prefix goes too.
            let base = base
                .strip_suffix("修订")
                .or_else(|| base.strip_suffix("修正"))
                .unwrap_or(base);
            if base.chars().count() >= 2 {
                stage = Stage::Draft;
                name = base.to_owned();
                continue;
            }
        }
        return (name, stage);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(reference: &str) -> Option<(String, Stage)> {
        cited(reference).map(|c| (c.key, c.stage))
    }

    fn named(key: &str, stage: Stage) -> Option<(String, Stage)> {
        Some((key.to_owned(), stage))
    }

    #[test]
    fn variants_of_one_name_are_one_key() {
        let law = named("网络安全法", Stage::Final);
        assert_eq!(key("《中华人民共和国网络安全法》"), law);
        assert_eq!(key("《网络安全法》"), law);
        assert_eq!(key("网络安全法"), law);
        assert_eq!(key("《 网络安全法 》"), law);
        assert_eq!(
            key("《个人信息出境认证办法（试行）》"),
            named("个人信息出境认证办法", Stage::Final)
        );
        assert_eq!(
            key("《工业领域数据安全能力提升实施方案（2024—2026年）》"),
            named("工业领域数据安全能力提升实施方案", Stage::Final)
        );
        assert_eq!(key("《宪法》"), named("宪法", Stage::Final));
        assert_eq!(
            key("《数据安全技术 数据分类分级规则（2024年版）》"),
            named("数据安全技术数据分类分级规则", Stage::Final)
        );
        // Full- and half-width parentheses inside the name: one key.
        assert_eq!(key("《ＡＩ安全指南(试行)》"), key("《AI安全指南（试行）》"));
    }

    #[test]
    fn drafts_amendments_and_promulgating_notices() {
        let rules = "网络暴力信息治理规定";
        assert_eq!(
            key("《网络暴力信息治理规定（征求意见稿）》"),
            named(rules, Stage::Draft)
        );
        assert_eq!(
            key("《网络暴力信息治理规定征求意见稿》"),
            named(rules, Stage::Draft)
        );
        assert_eq!(
            key("《网络安全法（修正草案征求意见稿）》"),
            named("网络安全法", Stage::Draft)
        );
        assert_eq!(
            key("《网络安全法修正草案》"),
            named("网络安全法", Stage::Draft)
        );
        assert_eq!(
            key("《关于修改〈中华人民共和国网络安全法〉的决定》"),
            named("网络安全法", Stage::Amendment)
        );
        assert_eq!(
            key("《关于印发〈网络数据安全管理条例〉的通知》"),
            named("网络数据安全管理条例", Stage::Final)
        );
        assert_eq!(
            key("《关于〈个人信息出境认证办法（征求意见稿）〉公开征求意见的通知》"),
            named("个人信息出境认证办法", Stage::Draft)
        );
        // A notice about something else is an instrument of its own.
        assert_eq!(
            key("《关于开展“清朗·2024”专项行动的通知》"),
            named("关于开展“清朗·2024”专项行动的通知", Stage::Final)
        );
    }

    #[test]
    fn abbreviations_and_other_titles_are_no_instrument() {
        for reference in [
            "《办法》",
            "《指导意见》",
            "《征求意见稿》",
            "《本规定》",
            "《该办法》",
            "《决定》",
            "《条例（草案）》",
            "《中国信息安全》",
            "《数字中国发展报告（2023年）》",
            "《人民日报》",
        ] {
            assert_eq!(cited(reference), None, "{reference}");
        }
    }

    #[test]
    fn stage_names_round_trip() {
        for stage in [Stage::Draft, Stage::Final, Stage::Amendment] {
            assert_eq!(Stage::from_name(stage.name()), Some(stage));
        }
    }
}
