//! Policy metadata found in a document's clean text: who published it first,
//! who wrote it, which bodies and people it names, what it cites, what it is.
//!
//! Each extractor is a small table of patterns, so its results can be explained.

pub mod agencies;
pub mod instrument;
pub mod issuers;
pub mod kind;
pub mod origin;
pub mod people;
pub mod refs;

/// Chinese surnames, single and double, most common first: a name must start
/// with one of them to be taken for a person (keeps `主任表示` out).
pub const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤庄牛倪葛易岳殷常樊乔赖文施洪季柳翟耿单鲁安祝左邢甘尚骆";

/// Double surnames.
pub const DOUBLE_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙",
];

/// Whether `name` (2–4 Han characters) starts with a known surname.
pub fn looks_like_name(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    if !(2..=4).contains(&chars.len()) || !chars.iter().all(|c| is_han(*c)) {
        return false;
    }
    DOUBLE_SURNAMES.iter().any(|s| name.starts_with(s)) || SURNAMES.contains(chars[0])
}

/// A CJK unified ideograph.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// Words that may follow a name (so the name ends there): speech verbs,
/// prepositions and the like.
const AFTER_NAME: &[&str] = &[
    "表示", "说", "指出", "强调", "认为", "介绍", "透露", "称", "谈", "提出", "出席", "主持",
    "参加", "讲话", "致辞", "在", "对", "就", "向", "从", "为", "等", "一行", "同志", "率", "带队",
    "会见", "报道", "摄", "获悉", "了解", "采访", "感言", "通过", "组织", "作", "代表", "回答",
    "答", "解读", "与", "和", "及", "也", "还", "则", "曾", "已", "将", "要", "是", "到", "赴",
    "于", "先生", "女士",
];

/// The name that `text` starts with (2 or 3 Han characters and a known
/// surname), where the name visibly ends: at punctuation, a space, the end,
/// or a word from [`AFTER_NAME`]. Three characters are tried first.
pub fn leading_name(text: &str) -> Option<&str> {
    let text = text.trim_start();
    for len in [3, 2] {
        let end = text.char_indices().nth(len).map_or(text.len(), |(i, _)| i);
        if text[..end].chars().count() != len {
            continue;
        }
        let (name, rest) = text.split_at(end);
        let ends_here = rest.chars().next().is_none_or(|c| !is_han(c))
            || AFTER_NAME.iter().any(|w| rest.starts_with(w));
        if ends_here && looks_like_name(name) {
            return Some(name);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::leading_name;

    #[test]
    fn names_end_where_the_sentence_goes_on() {
        let cases = [
            ("庄荣文在会上表示", Some("庄荣文")),
            ("刘健表示，", Some("刘健")),
            ("周鸿祎说", Some("周鸿祎")),
            ("王思北）", Some("王思北")),
            ("牛一兵出席会议", Some("牛一兵")),
            ("从会上获悉", None),
            ("采访了", None),
            ("欧阳明高表示", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(leading_name(text), want, "{text}");
        }
    }
}
