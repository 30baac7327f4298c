//! The national bodies that issue China's internet, data and security rules,
//! with the aliases announcements use for them.
//!
//! The table is data, kept here so the CLI (which finds them in text) and the
//! app (which shows English names beside the facet) read the same list.

/// One government body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Agency {
    /// Canonical Chinese name, as stored in a document's `agencies`.
    pub name: &'static str,
    /// English name (with the usual abbreviation).
    pub english: &'static str,
    /// Every way texts name it, the canonical name included.
    pub aliases: &'static [&'static str],
}

const fn agency(
    name: &'static str,
    english: &'static str,
    aliases: &'static [&'static str],
) -> Agency {
    Agency {
        name,
        english,
        aliases,
    }
}

/// The table, grouped roughly by role.
pub const AGENCIES: &[Agency] = &[
    // Party and State Council level.
    agency(
        "中共中央",
        "Central Committee of the Communist Party of China",
        &["中共中央", "党中央"],
    ),
    agency(
        "中共中央办公厅",
        "General Office of the CPC Central Committee",
        &["中共中央办公厅", "中办发"],
    ),
    agency(
        "中央网信办",
        "Office of the Central Cyberspace Affairs Commission (CAC)",
        &[
            "中央网信办",
            "国家网信办",
            "网信办",
            "国家互联网信息办公室",
            "中央网络安全和信息化委员会办公室",
            "中央网络安全和信息化领导小组办公室",
        ],
    ),
    agency(
        "中央网络安全和信息化委员会",
        "Central Cyberspace Affairs Commission",
        &["中央网络安全和信息化委员会", "中央网信委"],
    ),
    agency("国务院", "State Council", &["国务院"]),
    agency(
        "国务院办公厅",
        "General Office of the State Council",
        &["国务院办公厅", "国办发"],
    ),
    agency(
        "国务院新闻办公室",
        "State Council Information Office (SCIO)",
        &["国务院新闻办公室", "国务院新闻办", "国新办"],
    ),
    agency(
        "全国人大常委会",
        "Standing Committee of the National People's Congress",
        &["全国人大常委会", "全国人民代表大会常务委员会"],
    ),
    agency(
        "全国人民代表大会",
        "National People's Congress (NPC)",
        &["全国人民代表大会", "全国人大"],
    ),
    agency(
        "中央军事委员会",
        "Central Military Commission",
        &["中央军事委员会", "中央军委"],
    ),
    agency(
        "中央全面深化改革委员会",
        "Central Commission for Comprehensively Deepening Reform",
        &["中央全面深化改革委员会", "中央深改委"],
    ),
    agency(
        "中央宣传部",
        "Publicity Department of the CPC Central Committee",
        &["中央宣传部", "中宣部"],
    ),
    agency(
        "中央政法委",
        "Central Political and Legal Affairs Commission",
        &["中央政法委", "中央政法委员会"],
    ),
    agency(
        "中央机构编制委员会办公室",
        "Central Institutional Organization Commission Office",
        &["中央编办", "中央机构编制委员会办公室"],
    ),
    // Ministries and commissions.
    agency(
        "工业和信息化部",
        "Ministry of Industry and Information Technology (MIIT)",
        &["工业和信息化部", "工信部", "工业与信息化部"],
    ),
    agency(
        "国家发展改革委",
        "National Development and Reform Commission (NDRC)",
        &[
            "国家发展改革委",
            "国家发改委",
            "发改委",
            "发展改革委",
            "国家发展和改革委员会",
        ],
    ),
    agency("公安部", "Ministry of Public Security (MPS)", &["公安部"]),
    agency(
        "国家安全部",
        "Ministry of State Security (MSS)",
        &["国家安全部", "国安部"],
    ),
    agency("司法部", "Ministry of Justice", &["司法部"]),
    agency("教育部", "Ministry of Education", &["教育部"]),
    agency(
        "科学技术部",
        "Ministry of Science and Technology (MOST)",
        &["科学技术部", "科技部"],
    ),
    agency("财政部", "Ministry of Finance", &["财政部"]),
    agency("商务部", "Ministry of Commerce (MOFCOM)", &["商务部"]),
    agency(
        "文化和旅游部",
        "Ministry of Culture and Tourism",
        &["文化和旅游部", "文旅部"],
    ),
    agency("交通运输部", "Ministry of Transport", &["交通运输部"]),
    agency(
        "人力资源和社会保障部",
        "Ministry of Human Resources and Social Security",
        &["人力资源和社会保障部", "人力资源社会保障部", "人社部"],
    ),
    agency(
        "住房和城乡建设部",
        "Ministry of Housing and Urban-Rural Development",
        &["住房和城乡建设部", "住房城乡建设部", "住建部"],
    ),
    agency("外交部", "Ministry of Foreign Affairs", &["外交部"]),
    agency("水利部", "Ministry of Water Resources", &["水利部"]),
    agency("民政部", "Ministry of Civil Affairs", &["民政部"]),
    agency(
        "生态环境部",
        "Ministry of Ecology and Environment",
        &["生态环境部"],
    ),
    agency(
        "农业农村部",
        "Ministry of Agriculture and Rural Affairs",
        &["农业农村部"],
    ),
    agency(
        "自然资源部",
        "Ministry of Natural Resources",
        &["自然资源部"],
    ),
    agency(
        "应急管理部",
        "Ministry of Emergency Management",
        &["应急管理部"],
    ),
    agency(
        "国家卫生健康委",
        "National Health Commission",
        &[
            "国家卫生健康委",
            "国家卫健委",
            "卫健委",
            "国家卫生健康委员会",
        ],
    ),
    agency(
        "中国人民银行",
        "People's Bank of China (PBOC)",
        &["中国人民银行", "人民银行"],
    ),
    agency(
        "国务院国资委",
        "State-owned Assets Supervision and Administration Commission (SASAC)",
        &["国务院国资委", "国资委", "国有资产监督管理委员会"],
    ),
    // Administrations and regulators.
    agency(
        "国家市场监督管理总局",
        "State Administration for Market Regulation (SAMR)",
        &["国家市场监督管理总局", "市场监管总局", "国家市场监管总局"],
    ),
    agency(
        "国家数据局",
        "National Data Administration (NDA)",
        &["国家数据局"],
    ),
    agency(
        "国家密码管理局",
        "State Cryptography Administration",
        &["国家密码管理局", "国家密码局"],
    ),
    agency(
        "国家保密局",
        "National Administration of State Secrets Protection",
        &["国家保密局"],
    ),
    agency(
        "银保监会",
        "China Banking and Insurance Regulatory Commission (CBIRC, until 2023)",
        &["银保监会", "中国银保监会", "中国银行保险监督管理委员会"],
    ),
    agency(
        "国家体育总局",
        "General Administration of Sport",
        &["国家体育总局", "体育总局"],
    ),
    agency(
        "国家金融监督管理总局",
        "National Financial Regulatory Administration (NFRA)",
        &["国家金融监督管理总局", "金融监管总局", "国家金融监管总局"],
    ),
    agency(
        "中国证监会",
        "China Securities Regulatory Commission (CSRC)",
        &["中国证监会", "证监会", "中国证券监督管理委员会"],
    ),
    agency(
        "国家广播电视总局",
        "National Radio and Television Administration (NRTA)",
        &["国家广播电视总局", "国家广电总局", "广电总局"],
    ),
    agency(
        "国家新闻出版署",
        "National Press and Publication Administration",
        &["国家新闻出版署", "国家版权局"],
    ),
    agency("国家电影局", "China Film Administration", &["国家电影局"]),
    agency(
        "国家知识产权局",
        "China National Intellectual Property Administration",
        &["国家知识产权局"],
    ),
    agency(
        "国家标准化管理委员会",
        "Standardization Administration of China (SAC)",
        &["国家标准化管理委员会", "国家标准委"],
    ),
    agency("国家邮政局", "State Post Bureau", &["国家邮政局"]),
    agency(
        "国家统计局",
        "National Bureau of Statistics",
        &["国家统计局"],
    ),
    agency(
        "国家铁路局",
        "National Railway Administration",
        &["国家铁路局"],
    ),
    agency(
        "国家中医药管理局",
        "National Administration of Traditional Chinese Medicine",
        &["国家中医药管理局", "国家中医药局"],
    ),
    agency(
        "中国民用航空局",
        "Civil Aviation Administration of China",
        &["中国民用航空局", "中国民航局", "民航局"],
    ),
    agency(
        "国家能源局",
        "National Energy Administration",
        &["国家能源局"],
    ),
    agency(
        "国家药品监督管理局",
        "National Medical Products Administration",
        &["国家药品监督管理局", "国家药监局"],
    ),
    agency(
        "海关总署",
        "General Administration of Customs",
        &["海关总署"],
    ),
    agency(
        "国家税务总局",
        "State Taxation Administration",
        &["国家税务总局"],
    ),
    agency(
        "国家外汇管理局",
        "State Administration of Foreign Exchange",
        &["国家外汇管理局", "外汇局"],
    ),
    agency(
        "国家国防科技工业局",
        "State Administration of Science, Technology and Industry for National Defense",
        &["国家国防科技工业局", "国防科工局"],
    ),
    // Courts and procuratorates.
    agency(
        "最高人民法院",
        "Supreme People's Court",
        &["最高人民法院", "最高法"],
    ),
    agency(
        "最高人民检察院",
        "Supreme People's Procuratorate",
        &["最高人民检察院", "最高检"],
    ),
    // Technical bodies that issue standards, alerts and assessments.
    agency(
        "全国网络安全标准化技术委员会",
        "National Cybersecurity Standardization Technical Committee (TC260)",
        &[
            "全国网络安全标准化技术委员会",
            "全国信息安全标准化技术委员会",
            "网安标委",
            "信安标委",
            "TC260",
        ],
    ),
    agency(
        "国家互联网应急中心",
        "National Computer Network Emergency Response Technical Team (CNCERT/CC)",
        &[
            "国家互联网应急中心",
            "国家计算机网络应急技术处理协调中心",
            "CNCERT",
        ],
    ),
    agency(
        "中国信息安全测评中心",
        "China Information Technology Security Evaluation Center (CNNVD)",
        &["中国信息安全测评中心", "CNNVD"],
    ),
    agency(
        "国家计算机病毒应急处理中心",
        "National Computer Virus Emergency Response Center",
        &["国家计算机病毒应急处理中心"],
    ),
    agency(
        "中国信息通信研究院",
        "China Academy of Information and Communications Technology (CAICT)",
        &["中国信息通信研究院", "中国信通院", "信通院", "CAICT"],
    ),
    agency(
        "国家信息中心",
        "State Information Center",
        &["国家信息中心"],
    ),
    agency(
        "共青团中央",
        "Central Committee of the Communist Youth League",
        &["共青团中央"],
    ),
];

/// The agency with this canonical name.
pub fn by_name(name: &str) -> Option<&'static Agency> {
    AGENCIES.iter().find(|a| a.name == name)
}

/// Characters that, right before an alias, make it a local body
/// (`北京市网信办`, `省发改委`, `市委网信办`), not the national one.
pub const LOCAL_MARKERS: &[char] = &['省', '市', '区', '县', '州', '盟', '委', '厅', '局'];

/// Countries and regions whose name (or its one-character short form, for
/// those whose short form reads as nothing else) right before an alias
/// makes it a foreign body: `美司法部`, `美国国务院`, `韩国教育部`.
/// Short forms that are also common words before a body (`日` as in
/// `7日商务部`, `加` as in `参加`, `法` as in `依法`) are left out.
pub const FOREIGN_MARKERS: &[&str] = &[
    "美国",
    "美",
    "英国",
    "英",
    "日本",
    "韩国",
    "韩",
    "朝鲜",
    "朝",
    "俄罗斯",
    "俄",
    "法国",
    "德国",
    "德",
    "欧盟",
    "欧洲",
    "澳大利亚",
    "澳洲",
    "加拿大",
    "印度",
    "新加坡",
    "越南",
    "以色列",
    "乌克兰",
    "意大利",
    "荷兰",
    "巴西",
    "西班牙",
    "瑞士",
    "瑞典",
    "土耳其",
    "伊朗",
    "沙特",
    "新西兰",
    "马来西亚",
    "印尼",
    "泰国",
    "菲律宾",
    "墨西哥",
    "南非",
    "联合国",
];

/// What, right after an alias, makes it part of the name of a body the
/// table does not hold (`国务院新闻办公室`, `国务院国资委`), or an
/// affiliation rather than the body acting (`…是工业和信息化部直属单位`): the
/// alias is no mention then. A ministry's own general office (`公安部办公厅`)
/// acts for the ministry and still counts.
pub const SUB_BODY_SUFFIXES: &[&str] = &[
    "新闻办",
    "国资委",
    "台办",
    "港澳办",
    "侨办",
    "参事室",
    "研究室",
    "发展研究中心",
    "直属",
];

/// Endings of an institution of a body's (`公安部第三研究所`, `商务部研究院`,
/// `水利部信息中心`, `共青团中央…教育研究中心`): a unit of its own, not the body.
const INSTITUTIONS: &[&str] = &["研究所", "研究院", "研究中心", "信息中心", "学院", "党校"];

/// How far after a body's name its institution's ending may stand.
const INSTITUTION_REACH_CHARS: usize = 14;

/// Whether the name is that of an institution under the body: an
/// institution's ending within the run of Chinese characters after it.
fn names_institution(after: &str) -> bool {
    let run: String = after
        .chars()
        .take_while(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .take(INSTITUTION_REACH_CHARS)
        .collect();
    INSTITUTIONS.iter().any(|i| run.contains(i))
}

/// Short aliases that also begin common words, with the characters that,
/// right after them, make the word and not the body (`最高法律效力`).
pub const WORD_CONTINUATIONS: &[(&str, &[char])] = &[("最高法", &['律', '规', '则'])];

/// Bodies whose name also opens the statutory designation of another body
/// (`国务院电信主管部门`, `国务院公安部门`: the ministry, by its function) or of a
/// body under them (`国务院信息化工作领导小组`).
const PARENT_BODIES: &[&str] = &["国务院", "中共中央", "党中央", "全国人大"];

/// What ends such a designation, a few characters after the parent's name.
const DESIGNATION_ENDS: &[&str] = &["部门", "领导小组", "工作小组"];

/// Characters a designation runs over at most after the parent's name.
const DESIGNATION_CHARS: usize = 10;

/// Whether `after` (the text right after a parent body's name) goes on to a
/// designation: CJK characters up to one of [`DESIGNATION_ENDS`], without a
/// particle or list mark between (`国务院关于…部门` is no designation).
fn opens_designation(after: &str) -> bool {
    if after.starts_with("关于") {
        return false;
    }
    let mut run = String::new();
    for c in after.chars().take(DESIGNATION_CHARS) {
        if !crate::text::normalize::is_cjk(c) || matches!(c, '的' | '和' | '及') {
            return false;
        }
        run.push(c);
        if DESIGNATION_ENDS.iter().any(|end| run.ends_with(end)) {
            return true;
        }
    }
    false
}

/// Verbs of following that put `党中央、国务院` in a set phrase (`贯彻落实党中央、国务院…`).
const FOLLOWING: &[&str] = &["贯彻", "落实", "按照", "根据", "遵循"];

/// Words right after `党中央、国务院` that make it a set phrase.
const ATTITUDES: &[&str] = &["高度重视", "决策部署", "的决策部署", "重大决策"];

/// Set phrases that name the Party and the government as the source of
/// policy, no body acting: `贯彻落实党中央、国务院（关于…的）决策部署`,
/// `党中央、国务院高度重视`, `以习近平同志为核心的党中央`. Where they act
/// (`党中央、国务院就…作出了工作部署`, `中共中央、国务院印发`) they count.
fn in_set_phrase(before: &str, after: &str) -> bool {
    let followed = |before: &str| FOLLOWING.iter().any(|v| before.ends_with(v));
    let attitude = |after: &str| ATTITUDES.iter().any(|w| after.starts_with(w));
    // 国务院 after 党中央、 …
    let party = ["党中央、", "中共中央、", "党中央和"]
        .iter()
        .find_map(|p| before.strip_suffix(p));
    // … or 党中央 before 、国务院.
    let state = ["、国务院", "和国务院"]
        .iter()
        .find_map(|p| after.strip_prefix(p));
    let leadership = before.ends_with("为核心的");
    leadership
        || party.is_some_and(|b| followed(b) || attitude(after))
        || state.is_some_and(|a| followed(before) || attitude(a))
}

/// Whether the alias found at `start..end` of `text` names the national body:
/// not a local office (`上海市网信办`), not a foreign body (`美国国务院`), not
/// the parent inside a longer name (`国务院办公厅`) and not a generic word
/// that contains it (`公安部门`, "public security departments").
pub fn is_national_mention(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let alias = text.get(start..end).unwrap_or_default();
    let local = before
        .chars()
        .next_back()
        .is_some_and(|c| LOCAL_MARKERS.contains(&c));
    let foreign = FOREIGN_MARKERS.iter().any(|m| before.ends_with(m));
    // The parent inside a longer name that is a body of its own (`国务院` in
    // `国务院办公厅`): that body's alias is the mention.
    let longer_body = AGENCIES
        .iter()
        .flat_map(|a| a.aliases)
        .any(|a| a.len() > alias.len() && text[start..].starts_with(a));
    let sub_body = longer_body
        || SUB_BODY_SUFFIXES.iter().any(|s| after.starts_with(s))
        // An institute's own unit (`中国信息通信研究院安全研究所`) still names the institute.
        || !INSTITUTIONS.iter().any(|i| alias.ends_with(i)) && names_institution(after);
    let department = alias.ends_with('部') && after.starts_with('门');
    let word = WORD_CONTINUATIONS.iter().any(|(short, nexts)| {
        *short == alias && after.chars().next().is_some_and(|c| nexts.contains(&c))
    });
    let designation = PARENT_BODIES.contains(&alias) && opens_designation(after);
    let set_phrase = in_set_phrase(before, after);
    !local && !foreign && !sub_body && !department && !word && !designation && !set_phrase
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn at_least_forty_bodies_each_with_its_name_among_its_aliases() {
        assert!(AGENCIES.len() >= 40, "{}", AGENCIES.len());
        for agency in AGENCIES {
            assert!(agency.aliases.contains(&agency.name), "{}", agency.name);
            assert!(!agency.english.is_empty());
        }
    }

    #[test]
    fn names_and_aliases_are_unique() {
        let mut seen = HashSet::new();
        for alias in AGENCIES.iter().flat_map(|a| a.aliases) {
            assert!(seen.insert(*alias), "alias {alias} listed twice");
        }
    }

    #[test]
    fn local_foreign_and_sub_bodies_and_departments_are_not_national_mentions() {
        let cases = [
            ("北京市委网信办", "网信办", false),
            ("上海市网信办", "网信办", false),
            ("各地公安部门", "公安部", false),
            ("公安部部署", "公安部", true),
            ("国家网信办发布", "国家网信办", true),
            ("美司法部起诉", "司法部", false),
            ("美国国务院称", "国务院", false),
            ("韩国教育部表示", "教育部", false),
            ("国务院办公厅印发", "国务院", false),
            ("国务院国资委", "国务院", false),
            ("公安部办公厅印发", "公安部", true),
            ("是工业和信息化部直属科研事业单位", "工业和信息化部", false),
            ("公安部第三研究所发布", "公安部", false),
            ("商务部研究院专家", "商务部", false),
            ("水利部信息中心", "水利部", false),
            ("共青团中央青少年网络素养教育研究中心", "共青团中央", false),
            ("公安部、国家网信办联合发布", "公安部", true),
            ("中国信息通信研究院安全研究所", "中国信息通信研究院", true),
            ("国务院印发", "国务院", true),
            ("3月7日商务部发布", "商务部", true),
            ("参加商务部举办的", "商务部", true),
            ("依法商务部", "商务部", true),
            ("具有最高法律效力", "最高法", false),
            ("最高法发布典型案例", "最高法", true),
            ("全国人大常委会通过", "全国人大", false),
            ("十四届全国人大二次会议", "全国人大", true),
            ("美国外交部", "外交部", false),
            ("住房城乡建设部印发", "住房城乡建设部", true),
            ("国务院电信主管部门负责", "国务院", false),
            ("国务院公安部门、国家网信部门", "国务院", false),
            ("国务院信息化工作领导小组", "国务院", false),
            ("国务院有关部门", "国务院", false),
            ("国务院关于加强数据安全部门协作的通知", "国务院", true),
            ("贯彻落实党中央、国务院决策部署", "国务院", false),
            ("党中央、国务院印发", "国务院", true),
            ("贯彻落实党中央、国务院决策部署", "党中央", false),
            ("中共中央、国务院印发", "中共中央", true),
            (
                "贯彻落实党中央、国务院关于加快发展人工智能的部署",
                "国务院",
                false,
            ),
            ("党中央、国务院高度重视IPv6", "党中央", false),
            ("以习近平同志为核心的党中央高度重视", "党中央", false),
            (
                "中共中央、国务院印发了《数字中国建设整体布局规划》，要求",
                "中共中央",
                true,
            ),
            (
                "近期，党中央、国务院就推动平台经济规范健康持续发展作出了工作部署",
                "国务院",
                true,
            ),
            ("中共中央办公厅、国务院办公厅印发", "中共中央", false),
            ("国务院常务会议审议通过", "国务院", true),
        ];
        for (text, alias, national) in cases {
            let start = text.find(alias).expect("alias in text");
            assert_eq!(
                is_national_mention(text, start, start + alias.len()),
                national,
                "{text}"
            );
        }
    }

    #[test]
    fn lookup_by_name() {
        assert_eq!(
            by_name("工业和信息化部").map(|a| a.aliases[1]),
            Some("工信部")
        );
        assert!(by_name("工信部").is_none());
    }
}
