//! The one text normalization used for indexing, queries and highlighting.
//!
//! Each character is normalized on its own: Unicode NFKC (full-width forms
//! become half-width, `ＡＰＰ` becomes `APP`, Kangxi radicals become the
//! ideographs they look like), then lowercase; invisible characters (zero-width
//! spaces and joiners, soft hyphens, bidi controls, byte-order marks) are
//! dropped; the brackets of document numbers are folded to `(` `)`, so
//! 国办发〔2021〕, [2021], (2021), ［2021］ and （2021） are one text. Working
//! per character keeps a simple map from normalized text back to the original,
//! which highlighting needs.

use unicode_normalization::UnicodeNormalization;

/// Whether a character belongs to a script written without spaces between
/// words (Han, kana, Hangul). Such text is indexed by characters and pairs of
/// characters, so any substring can be found.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF
        | 0x2E80..=0x2FDF
        | 0x3005..=0x3007
        | 0x3021..=0x3029
        | 0x3040..=0x30FF
        | 0x3130..=0x318F
        | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF
        | 0x20000..=0x3134F)
}

/// Whether a character is part of a word of a spaced script (Latin letters,
/// digits, Cyrillic …). Such words are indexed whole and matched by prefix.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// Characters that are dropped: they are invisible and would otherwise split
/// a phrase that looks whole.
fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF)
}

/// Characters that NFKC and lowercasing leave unchanged, checked first
/// because they are nearly all of a Chinese corpus.
fn is_stable(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x3001..=0x3003 | 0xAC00..=0xD7A3)
}

/// The bracket a document number's bracket is read as: writers (and
/// scrapers) put the year of 国办发〔2021〕5号 in 〔〕, [], (), ［］ or （）,
/// and a reader types whichever is at hand. NFKC has already turned the
/// full-width forms into ASCII when this is asked.
fn fold_bracket(c: char) -> char {
    match c {
        '[' | '\u{3014}' | '\u{3018}' => '(',
        ']' | '\u{3015}' | '\u{3019}' => ')',
        other => other,
    }
}

/// Appends the normalized form of one character.
pub fn push_normalized(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(fold_bracket(c.to_ascii_lowercase()));
    } else if is_stable(c) {
        out.push(c);
    } else {
        for decomposed in std::iter::once(c).nfkc() {
            for lower in decomposed.to_lowercase() {
                if !is_invisible(lower) {
                    out.push(fold_bracket(lower));
                }
            }
        }
    }
}

/// The normalized form of a string.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_normalized(c, &mut out);
    }
    out
}

/// A normalized string that remembers where each of its bytes came from.
#[derive(Debug, Clone)]
pub struct Mapped {
    /// The normalized text.
    pub text: String,
    /// For each byte of `text`, the byte range in the original of the
    /// character that produced it.
    origin: Vec<(u32, u32)>,
}

impl Mapped {
    /// Normalizes `original`, keeping the map back to it.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        for (start, c) in original.char_indices() {
            let before = text.len();
            push_normalized(c, &mut text);
            let span = (to_u32(start), to_u32(start + c.len_utf8()));
            origin.resize(origin.len() + (text.len() - before), span);
        }
        Self { text, origin }
    }

    /// The range of the original covering the normalized bytes `start..end`
    /// (`start < end`, both within `text`).
    pub fn original_range(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let first = self.origin.get(start).map_or(0, |span| span.0 as usize);
        let last = self
            .origin
            .get(end.saturating_sub(1))
            .map_or(first, |span| span.1 as usize);
        first..last.max(first)
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_and_case_fold_to_the_same_text() {
        assert_eq!(normalize("ＡＰＰ"), "app");
        assert_eq!(normalize("App"), "app");
        assert_eq!(normalize("１２３４５"), "12345");
        assert_eq!(normalize("数据，安全：（试行）"), "数据,安全:(试行)");
    }

    #[test]
    fn document_number_brackets_fold_to_one_form() {
        let folded = normalize("国办发(2021)");
        for written in [
            "国办发〔2021〕",
            "国办发[2021]",
            "国办发［2021］",
            "国办发（2021）",
            "国办发〘2021〙",
        ] {
            assert_eq!(normalize(written), folded, "{written}");
        }
        // Other brackets keep their own form: 【条旨】 and 《title》 are not numbers.
        assert_eq!(normalize("【条旨】《办法》"), "【条旨】《办法》");
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(normalize("网\u{200B}信\u{FEFF}办\u{202E}"), "网信办");
        assert_eq!(normalize("soft\u{AD}ware"), "software");
    }

    #[test]
    fn kangxi_radicals_become_ideographs() {
        // U+2F79 KANGXI RADICAL NET looks like 网 in scraped text.
        assert_eq!(normalize("\u{2F79}信办"), "网信办");
    }

    #[test]
    fn character_classes() {
        assert!(is_cjk('网') && is_cjk('の') && is_cjk('한'));
        assert!(is_word_char('a') && is_word_char('7') && is_word_char('é'));
        assert!(!is_word_char('网') && !is_word_char('-') && !is_word_char('，'));
    }

    #[test]
    fn mapped_ranges_point_back_to_the_original() {
        let original = "ＡＰＰ侵犯…用户";
        let mapped = Mapped::new(original);
        assert_eq!(mapped.text, "app侵犯...用户");
        let start = mapped.text.find("app").unwrap_or(0);
        assert_eq!(&original[mapped.original_range(start, start + 3)], "ＡＰＰ");
        // Half of an expansion still covers the whole original character.
        let dots = mapped.text.find("..").unwrap_or(0);
        assert_eq!(&original[mapped.original_range(dots, dots + 2)], "…");
    }
}
