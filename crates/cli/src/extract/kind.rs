//! What an announcement is: first by its form (a Q&A, a commentary column, a
//! news digest), which decides over its topic; then by keyword rules on its
//! title, then its lead.

use gazette_core::model::Kind;

/// Rules in priority order: the first kind whose keyword is in the title
/// wins; if none is, the same rules are tried on the first paragraphs.
pub const KIND_RULES: &[(Kind, &[&str])] = &[
    (
        Kind::Interview,
        &[
            "答记者问",
            "答问",
            "专访",
            "访谈",
            "采访",
            "问答",
            "对话",
            "答网民",
            "圆桌",
        ],
    ),
    (
        Kind::Campaign,
        &[
            "专项行动",
            "专项整治",
            "专项治理",
            "清朗",
            "集中整治",
            "净网",
        ],
    ),
    // Issuing verbs outrank the subject of what is issued (`印发《…漏洞…办法》`);
    // so do calls for proposals (`公开征集`, `研究课题`).
    (
        Kind::Notice,
        &[
            "印发",
            "征求意见",
            "发布《",
            "公布《",
            "出台",
            "征集",
            "研究课题",
            "申报",
        ],
    ),
    (
        Kind::Meeting,
        &[
            "会议",
            "座谈会",
            "研讨会",
            "论坛",
            "峰会",
            "大会",
            "开幕",
            "召开",
            "举办",
            "举行",
            "约谈",
        ],
    ),
    (
        Kind::Vulnerability,
        &[
            "漏洞",
            "CVE-",
            "安全公告",
            "安全通告",
            "预警通报",
            "风险提示",
        ],
    ),
    (
        Kind::Notice,
        &[
            // `办法` alone is also a how-to (`内存减少的处理办法`); a rule is named so.
            "发布",
            // 通知 as the document's own name (`…的通知`, the `通知 |` column),
            // not `等待通知`, `收到英特尔通知`.
            "的通知",
            "通知 |",
            "通知|",
            "通知｜",
            "通知丨",
            "通知】",
            "公告",
            "管理办法",
            "实施办法",
            "暂行办法",
            "办法》",
            "条例",
            "规定",
            "公布",
            "施行",
            "标准",
            "指南",
            "意见",
            "通报",
        ],
    ),
];

/// Rules for the lead, stricter than for titles: prose mentions `会议` or
/// `发布` in passing; a lead that *reports* an event uses these.
pub const LEAD_RULES: &[(Kind, &[&str])] = &[
    (
        Kind::Interview,
        // Not 接受采访: `X 接受采访时表示` reports what was said (news).
        &["答记者问", "记者采访", "采访了", "专访"],
    ),
    (Kind::Campaign, &["部署开展", "专项行动", "专项整治"]),
    (
        Kind::Notice,
        &[
            "印发了",
            "近日印发",
            "日印发",
            "正式发布",
            "日发布",
            "近日发布",
            "公布了",
            "征求意见",
        ],
    ),
    (
        Kind::Meeting,
        &["召开", "座谈会", "日举行", "会议指出", "会议强调"],
    ),
    (
        Kind::Vulnerability,
        &["CVE-", "漏洞预警", "高危漏洞", "漏洞通报", "安全漏洞通报"],
    ),
];

/// Column names that make a piece news whatever its topic, looked for in
/// the title's column label (`评论 | …`): commentary (an op-ed about a
/// notice is not the notice) and industry news (`行业 | 某公司新品发布`).
const COMMENTARY_COLUMNS: &[&str] = &[
    "评论", "观点", "解读", "时评", "社论", "热评", "锐评", "网评", "专题", "论坛", "声音", "视点",
    "言论", "行业",
];

/// A title with at least this many headline separators (`；`) is several
/// stories: a digest.
const DIGEST_SEPARATORS: usize = 2;

/// Words of a news digest's title or lead: several stories, none of them the
/// document's kind (the first headline of `安全头条` decides nothing).
const DIGEST_WORDS: &[&str] = &[
    "安全头条",
    "早报",
    "晚报",
    "周回顾",
    "热点回顾",
    "一周安全",
    "每日安全",
    "早知道",
];

/// Words of a title that announce an event to come.
const PREVIEW_WORDS: &[&str] = &["在即", "倒计时"];

/// A document's own name ending its title.
const OWN_NAMES: &[&str] = &["通知", "公告"];

/// Verbs of receiving a notice, not issuing one.
const RECEIVING: &[&str] = &["收到", "等待", "接到", "得到", "听候", "等候"];

/// At least this many paragraphs opening with `问：` make a Q&A.
const QA_PARAGRAPHS: usize = 2;

/// The column label of a title: what stands before its first separator
/// (`观点 | …`, `专题·关基保护 | …`, `【评论】…`), if it is short.
fn column_label(title: &str) -> Option<&str> {
    let title = title.trim_start();
    if let Some(rest) = title.strip_prefix('【') {
        return rest.split_once('】').map(|(label, _)| label);
    }
    let end = title.find(['|', '｜', '丨'])?;
    let label = title[..end].trim();
    (label.chars().count() <= 12).then_some(label)
}

/// The kind a document's form decides, with the reason; `None` when its form
/// says nothing.
fn form(title: &str, paragraphs: &[&str], chrome: &[&str]) -> Option<(Kind, String)> {
    let questions = paragraphs
        .iter()
        .filter(|p| {
            let p = p.trim_start();
            ["问：", "问:", "问题：", "Q："]
                .iter()
                .any(|q| p.starts_with(q))
        })
        .count();
    if questions >= QA_PARAGRAPHS {
        return Some((
            Kind::Interview,
            format!("form: {questions} paragraphs open with 问："),
        ));
    }
    let lead: String = paragraphs.iter().take(LEAD_PARAGRAPHS).copied().collect();
    let greeting = chrome.concat();
    for (place, text) in [
        ("title", title),
        ("lead", lead.as_str()),
        ("greeting", greeting.as_str()),
    ] {
        if let Some(word) = DIGEST_WORDS.iter().find(|w| text.contains(*w)) {
            return Some((Kind::News, format!("form: digest, {place} contains {word}")));
        }
    }
    let separators = title.matches(['；', ';']).count();
    if separators >= DIGEST_SEPARATORS {
        return Some((
            Kind::News,
            format!("form: digest, {} headlines in the title", separators + 1),
        ));
    }
    // A 解读 (`《条例》解读二：…`, `专家解读`) explains an instrument; a Q&A 解读
    // was taken above.
    if title.contains("解读") {
        return Some((Kind::News, "form: commentary, title contains 解读".into()));
    }
    // An event still to come is previewed, not held (`巴黎奥运会开幕在即`).
    if let Some(word) = PREVIEW_WORDS.iter().find(|w| title.contains(*w)) {
        return Some((Kind::News, format!("form: preview, title contains {word}")));
    }
    // A title ending in the document's own name (`…暂停漏洞收录通知`), not in
    // a notice someone receives (`学生回家等待通知`, `经销商已经收到英特尔通知`).
    let last_clause = title
        .rsplit([' ', '，', ',', '：', ':'])
        .next()
        .unwrap_or(title);
    let received = RECEIVING.iter().any(|v| last_clause.contains(*v));
    if let Some(name) = OWN_NAMES
        .iter()
        .find(|n| !received && title.trim_end().ends_with(*n))
    {
        return Some((Kind::Notice, format!("form: title ends with {name}")));
    }
    let label = column_label(title)?;
    COMMENTARY_COLUMNS
        .iter()
        .find(|c| label.contains(*c))
        .map(|c| (Kind::News, format!("form: commentary column {label} ({c})")))
}

/// How many leading paragraphs count as the lead.
const LEAD_PARAGRAPHS: usize = 2;

/// The kind of a document and the reason (`title contains 印发`). `chrome`:
/// the account greetings and slogans removed from it, which still say what
/// it is (`欢迎来到“安全头条”`: a digest).
pub fn kind(title: &str, paragraphs: &[&str], chrome: &[&str]) -> (Kind, String) {
    if let Some(decided) = form(title, paragraphs, chrome) {
        return decided;
    }
    let lead: String = paragraphs.iter().take(LEAD_PARAGRAPHS).copied().collect();
    for (place, text, rules) in [
        ("title", title, KIND_RULES),
        ("lead", lead.as_str(), LEAD_RULES),
    ] {
        for (kind, keywords) in rules {
            if let Some(word) = keywords.iter().find(|w| text.contains(*w)) {
                return (*kind, format!("{place} contains {word}"));
            }
        }
    }
    (Kind::News, "no rule matched".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_greeting_removed_as_chrome_still_makes_a_digest() {
        let greeting = ["你好呀~欢迎来到“安全头条”！"];
        let (kind, reason) = kind("工信部公布名单", &["工信部公布名单。"], &greeting);
        assert_eq!(kind, Kind::News, "{reason}");
        assert!(reason.contains("greeting"), "{reason}");
    }

    #[test]
    fn seed_like_titles() {
        let cases = [
            (
                "工信部：将开展互联网行业不正当竞争专项整治行动",
                "",
                Kind::Campaign,
            ),
            (
                "关注 | 中央网信办召开全国重点商业网站平台管理工作会议",
                "",
                Kind::Meeting,
            ),
            (
                "中央网信办：将为互联网企业健康持续发展提供有力保障",
                "中央网信办28日召开座谈会。",
                Kind::Meeting,
            ),
            (
                "庄荣文：深化网信领域改革",
                "新华社记者采访了中央网信办主任庄荣文。",
                Kind::Interview,
            ),
            (
                "工信部印发《网络产品安全漏洞收集平台备案管理办法》",
                "",
                Kind::Notice,
            ),
            ("微软修复多个高危漏洞", "", Kind::Vulnerability),
            ("国家网信办发布《办法》", "", Kind::Notice),
            ("某公司荣获奖项", "公司表示很高兴。", Kind::News),
            (
                "专题 | 对反诈风险防控义务的思考",
                "第十三届全国人大常委会第三十六次会议通过《反电信网络诈骗法》。",
                Kind::News,
            ),
        ];
        let more = [
            (
                "评论 | 对网络暴力要全链条治理",
                "中央网信办印发《通知》。",
                Kind::News,
            ),
            (
                "专家解读 | 规范深度合成服务，维护清朗网络空间",
                "",
                Kind::News,
            ),
            ("安全头条 | 中央网信办部署专项行动", "", Kind::News),
            ("FreeBuf早报 | 某某发布新规", "", Kind::News),
            ("工信部公布名单", "欢迎来到“安全头条”！", Kind::News),
            ("工信部公布名单", "", Kind::Notice),
            (
                "英国首都一学校遭勒索攻击停课，学生回家等待通知",
                "",
                Kind::News,
            ),
            (
                "工业和信息化部关于开展2024年试点工作的通知",
                "",
                Kind::Notice,
            ),
            (
                "通知 | 国家密码管理局就《规定》公开征求意见",
                "",
                Kind::Notice,
            ),
            (
                "《网络数据安全管理条例》解读二：核心规则设计的变化",
                "",
                Kind::News,
            ),
            ("行业 | 某公司三款新品发布", "", Kind::News),
            (
                "微信测试倍速播放； BBC 怒斥苹果 AI 通知摘要出错；谷歌离职｜极客早知道",
                "",
                Kind::News,
            ),
            ("更换内核导致内存减少的处理办法", "", Kind::News),
            ("工信部印发《管理办法》", "", Kind::Notice),
            ("圆桌 | 数据要素如何流通", "", Kind::Interview),
        ];
        for (title, lead, want) in cases.into_iter().chain(more) {
            assert_eq!(kind(title, &[lead], &[]).0, want, "{title}");
        }
    }

    #[test]
    fn previews_calls_and_own_names_by_form() {
        let cases = [
            (
                "关注 | 巴黎奥运会开幕在即 面临网络安全挑战",
                "奥运会将于26日开幕。",
                Kind::News,
            ),
            ("GoEXP将于3月31日暂停漏洞收录通知", "", Kind::Notice),
            (
                "英特尔即将涨价 部分经销商已经收到英特尔通知",
                "",
                Kind::News,
            ),
            ("关于公开征集2024年度研究课题的公告", "", Kind::Notice),
            (
                "OpenAI CTO 表态 AI 必须被监管",
                "OpenAI 的 CTO 接受采访时表示 AGI 必须被监管。",
                Kind::News,
            ),
        ];
        for (title, lead, want) in cases {
            assert_eq!(kind(title, &[lead], &[]).0, want, "{title}");
        }
    }

    #[test]
    fn a_question_and_answer_text_is_an_interview() {
        let paragraphs = [
            "问：办法适用于哪些企业？",
            "答：所有运营者。",
            "问：何时施行？",
            "答：明年。",
        ];
        let (kind, reason) = kind("专家解读《办法》", &paragraphs, &[]);
        assert_eq!(kind, Kind::Interview, "{reason}");
        assert!(reason.starts_with("form:"), "{reason}");
    }
}
