//! What an announcement is, by keyword rules on its title, then its lead.

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
    // Issuing verbs outrank the subject of what is issued (`印发《…漏洞…办法》`).
    (
        Kind::Notice,
        &["印发", "征求意见", "发布《", "公布《", "出台"],
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
            "发布", "通知", "公告", "办法", "条例", "规定", "公布", "施行", "标准", "指南", "意见",
            "通报",
        ],
    ),
];

/// Rules for the lead, stricter than for titles: prose mentions `会议` or
/// `发布` in passing; a lead that *reports* an event uses these.
pub const LEAD_RULES: &[(Kind, &[&str])] = &[
    (
        Kind::Interview,
        &["答记者问", "记者采访", "采访了", "接受采访", "专访"],
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

/// How many leading paragraphs count as the lead.
const LEAD_PARAGRAPHS: usize = 2;

/// The kind of a document and the reason (`title contains 印发`).
pub fn kind(title: &str, paragraphs: &[&str]) -> (Kind, String) {
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
        for (title, lead, want) in cases {
            assert_eq!(kind(title, &[lead]).0, want, "{title}");
        }
    }
}
