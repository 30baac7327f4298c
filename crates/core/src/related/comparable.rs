//! The form in which texts are compared for reuse: normalized with
//! [`crate::text::normalize`] (full-width → half-width, lowercase, no
//! invisible characters), then only letters, digits and CJK characters kept,
//! so width, punctuation and whitespace differences do not count. Each kept
//! character remembers its position (in Unicode scalars) in the original.

use crate::text::normalize::{is_cjk, is_word_char, push_normalized};

/// A text in comparable form, with the way back to the original.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparable {
    /// The compared characters.
    pub chars: Vec<char>,
    /// For each of `chars`, its character offset in the original text.
    pub origin: Vec<u32>,
}

/// Whether a (normalized) character takes part in comparisons.
pub fn is_compared(c: char) -> bool {
    is_word_char(c) || is_cjk(c)
}

impl Comparable {
    /// The comparable form of `text`. With `strict`, nothing is normalized or
    /// dropped except whitespace (punctuation and width then count).
    pub fn new(text: &str, strict: bool) -> Self {
        let mut out = Comparable::default();
        out.push_text(text, 0, strict);
        out
    }

    /// Appends the comparable form of `text`, whose first character is at
    /// character offset `offset` of the original.
    pub fn push_text(&mut self, text: &str, offset: u32, strict: bool) {
        let mut buf = String::new();
        for (n, c) in text.chars().enumerate() {
            let at = offset.saturating_add(u32::try_from(n).unwrap_or(u32::MAX));
            if strict {
                if !c.is_whitespace() {
                    self.chars.push(c);
                    self.origin.push(at);
                }
                continue;
            }
            buf.clear();
            push_normalized(c, &mut buf);
            for normalized in buf.chars().filter(|&c| is_compared(c)) {
                self.chars.push(normalized);
                self.origin.push(at);
            }
        }
    }

    /// Number of compared characters.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// Whether nothing is compared.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The original character range covering compared characters `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> std::ops::Range<u32> {
        let first = self.origin.get(start).copied().unwrap_or(0);
        let last = end
            .checked_sub(1)
            .and_then(|e| self.origin.get(e))
            .map_or(first, |&o| o + 1);
        first..last.max(first)
    }
}

/// The paragraphs of a text as [`crate::model::paragraphs`] gives them, each
/// with the character offset where it starts.
pub fn paragraph_spans(text: &str) -> Vec<(u32, &str)> {
    let mut out = Vec::new();
    let (mut byte, mut chars) = (0usize, 0u32);
    for paragraph in crate::model::paragraphs(text) {
        let start = paragraph.as_ptr() as usize - text.as_ptr() as usize;
        let between = text.get(byte..start).unwrap_or_default();
        chars += u32::try_from(between.chars().count()).unwrap_or(u32::MAX);
        out.push((chars, paragraph));
        byte = start;
    }
    out
}

/// The comparable form of a document's text, leaving out the paragraphs
/// `skip` rejects (boilerplate, when it is hidden).
pub fn comparable_text(text: &str, strict: bool, skip: impl Fn(&str) -> bool) -> Comparable {
    let mut out = Comparable::default();
    for (start, paragraph) in paragraph_spans(text) {
        if !skip(paragraph) {
            out.push_text(paragraph, start, strict);
        }
    }
    out
}

/// The comparable form of a whole string (no offsets kept).
pub fn comparable_string(text: &str) -> String {
    Comparable::new(text, false).chars.into_iter().collect()
}

/// A tag before a title is at most this many characters (`关注 | `, `重磅｜`).
const MAX_TAG_CHARS: usize = 6;

/// A title's identity for grouping reposts: leading tags (`关注 | `,
/// `发布｜`) and trailing notes in brackets (`（附全文）`, `【附解读】`)
/// removed, then in comparable form.
pub fn title_key(title: &str) -> String {
    let mut title = title.trim();
    if let Some((tag, rest)) = title.split_once(['|', '｜']) {
        if tag.trim().chars().count() <= MAX_TAG_CHARS && !rest.trim().is_empty() {
            title = rest.trim();
        }
    }
    for (open, close) in [('（', '）'), ('(', ')'), ('【', '】'), ('[', ']')] {
        if let Some(stripped) = title.strip_suffix(close) {
            if let Some(at) = stripped.rfind(open) {
                let note = &stripped[at + open.len_utf8()..];
                if note.starts_with('附') || note.contains("全文") {
                    title = stripped[..at].trim_end();
                }
            }
        }
    }
    comparable_string(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_punctuation_and_space_are_ignored() {
        let a = comparable_string("数据安全，ＡＰＰ 治理。");
        let b = comparable_string("数据安全,APP治理");
        assert_eq!(a, "数据安全app治理");
        assert_eq!(a, b);
    }

    #[test]
    fn offsets_point_to_original_characters() {
        let c = Comparable::new("甲，乙 ＡＢ", false);
        assert_eq!(c.chars, ['甲', '乙', 'a', 'b']);
        assert_eq!(c.origin, [0, 2, 4, 5]);
        assert_eq!(c.original_range(1, 4), 2..6);
        let strict = Comparable::new("甲， 乙", true);
        assert_eq!(strict.chars, ['甲', '，', '乙']);
    }

    #[test]
    fn paragraph_spans_give_character_offsets() {
        let text = "甲乙\n\n  丙丁 \n\n\n\n戊";
        let spans = paragraph_spans(text);
        assert_eq!(spans, [(0, "甲乙"), (6, "丙丁"), (13, "戊")]);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[6], '丙');
        assert_eq!(chars[13], '戊');
        let c = comparable_text(text, false, |p| p == "丙丁");
        assert_eq!(c.chars, ['甲', '乙', '戊']);
        assert_eq!(c.origin, [0, 1, 13]);
    }

    #[test]
    fn title_keys_strip_tags_and_notes() {
        let cases = [
            ("关注 | 中央网信办召开会议", "中央网信办召开会议"),
            ("发布｜数据安全管理办法（附全文）", "数据安全管理办法"),
            ("数据安全管理办法(附全文)", "数据安全管理办法"),
            ("OpenAI CTO 表态 AI 必须被监管", "openaicto表态ai必须被监管"),
            (
                "工信部：将开展专项整治（第二批）",
                "工信部将开展专项整治第二批",
            ),
            (
                "一个很长的不是标签的前缀 | 标题",
                "一个很长的不是标签的前缀标题",
            ),
            ("关注 | ", "关注"),
        ];
        for (title, key) in cases {
            assert_eq!(title_key(title), key, "{title}");
        }
    }
}
