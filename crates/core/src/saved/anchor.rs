//! A passage of a document held by what it says, not only where it is.
//!
//! A note or highlight keeps its quote, a little text on either side and the
//! character offset where it began. After a rebuild the text may have moved
//! (a line of chrome removed above it, paragraphs joined): the passage is
//! found again by its quote, whitespace aside, the occurrence whose context
//! agrees best winning; a quote that was edited is found by its two ends.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Characters of context kept on each side of a quote.
pub const CONTEXT_CHARS: usize = 16;
/// Quotes kept at most this long (a highlight is a passage, not the text).
pub const MAX_QUOTE_CHARS: usize = 2_000;
/// Characters of a quote's ends used to find an edited quote.
const END_CHARS: usize = 8;

/// Where a passage was, and what it said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// The passage as it was selected.
    pub quote: String,
    /// Text just before it.
    #[serde(default)]
    pub prefix: String,
    /// Text just after it.
    #[serde(default)]
    pub suffix: String,
    /// Its start, in characters from the start of the text.
    #[serde(default)]
    pub start: usize,
}

/// A passage found again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// Whether the quote was found as it was (else only its two ends were).
    pub exact: bool,
}

impl Anchor {
    /// The anchor of a byte range of `text` (clamped to char boundaries and
    /// to [`MAX_QUOTE_CHARS`]).
    pub fn capture(text: &str, range: Range<usize>) -> Option<Anchor> {
        let start = floor_boundary(text, range.start.min(text.len()));
        let end = floor_boundary(text, range.end.min(text.len())).max(start);
        let quote: String = text[start..end].chars().take(MAX_QUOTE_CHARS).collect();
        if quote.trim().is_empty() {
            return None;
        }
        let end = start + quote.len();
        let before = &text[..start];
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        Some(Anchor {
            quote,
            prefix: before[prefix_start..].to_owned(),
            suffix: text[end..].chars().take(CONTEXT_CHARS).collect(),
            start: before.chars().count(),
        })
    }

    /// Finds the passage in `text`: the quote (whitespace aside) whose
    /// context agrees best, nearest its old offset; else a stretch between
    /// the quote's first and last characters; else nothing.
    pub fn locate(&self, text: &str) -> Option<Located> {
        let hay = Squeezed::of(text);
        let quote = Squeezed::of(&self.quote);
        if quote.text.is_empty() {
            return None;
        }
        let prefix = Squeezed::of(&self.prefix).text;
        let suffix = Squeezed::of(&self.suffix).text;
        let best = memchr::memmem::find_iter(hay.text.as_bytes(), quote.text.as_bytes())
            .map(|at| (at, at + quote.text.len()))
            .max_by_key(|&(at, end)| {
                let agree = common_suffix(&hay.text[..at], &prefix)
                    + common_prefix(&hay.text[end..], &suffix);
                (
                    agree,
                    std::cmp::Reverse(self.distance(text, hay.original(at))),
                )
            });
        if let Some((at, end)) = best {
            return Some(Located {
                range: hay.original(at)..hay.original_end(end),
                exact: true,
            });
        }
        self.locate_by_ends(text, &hay, &quote.text)
    }

    /// An edited quote: its first and last [`END_CHARS`] characters, in
    /// order and not far apart, nearest the old offset.
    fn locate_by_ends(&self, text: &str, hay: &Squeezed, quote: &str) -> Option<Located> {
        let chars = quote.chars().count();
        if chars < 2 * END_CHARS {
            return None;
        }
        let head_end = quote.char_indices().nth(END_CHARS).map_or(0, |(i, _)| i);
        let tail_start = quote
            .char_indices()
            .nth(chars - END_CHARS)
            .map_or(0, |(i, _)| i);
        let (head, tail) = (&quote[..head_end], &quote[tail_start..]);
        let reach = quote.len() * 2;
        memchr::memmem::find_iter(hay.text.as_bytes(), head.as_bytes())
            .filter_map(|at| {
                let window_end = floor_boundary(&hay.text, (at + reach).min(hay.text.len()));
                let rest = &hay.text[at + head.len()..window_end];
                let tail_at = memchr::memmem::find(rest.as_bytes(), tail.as_bytes())?;
                Some((at, at + head.len() + tail_at + tail.len()))
            })
            .min_by_key(|&(at, _)| self.distance(text, hay.original(at)))
            .map(|(at, end)| Located {
                range: hay.original(at)..hay.original_end(end),
                exact: false,
            })
    }

    /// How far (in characters) a byte offset of `text` is from the old start.
    fn distance(&self, text: &str, byte: usize) -> usize {
        text[..byte].chars().count().abs_diff(self.start)
    }
}

/// A text without its whitespace, mapped back to the original's bytes.
struct Squeezed {
    text: String,
    /// For each byte of `text` that starts a char: the original's byte offset.
    origins: Vec<(usize, usize)>,
}

impl Squeezed {
    fn of(original: &str) -> Squeezed {
        let mut text = String::with_capacity(original.len());
        let mut origins = Vec::new();
        for (at, c) in original.char_indices().filter(|(_, c)| !c.is_whitespace()) {
            origins.push((text.len(), at));
            text.push(c);
        }
        origins.push((text.len(), original.len()));
        Squeezed { text, origins }
    }

    /// The original offset of a char start of the squeezed text.
    fn original(&self, at: usize) -> usize {
        let i = self.origins.partition_point(|&(s, _)| s < at);
        self.origins.get(i).map_or(0, |&(_, o)| o)
    }

    /// The original offset just past the char that ends at `end`.
    fn original_end(&self, end: usize) -> usize {
        let i = self.origins.partition_point(|&(s, _)| s < end);
        match i.checked_sub(1).and_then(|last| self.origins.get(last)) {
            Some(&(s, o)) => o + (end - s),
            None => 0,
        }
    }
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "第一条 为了规范网络数据处理活动，制定本条例。\n\n第二条 在中华人民共和国境内开展网络数据处理活动，适用本条例。\n\n第三条 网络数据处理活动，应当遵守法律。";

    fn anchor_of(text: &str, quote: &str, nth: usize) -> Anchor {
        let at = text.match_indices(quote).nth(nth).expect("quote in text").0;
        Anchor::capture(text, at..at + quote.len()).expect("an anchor")
    }

    fn found<'t>(text: &'t str, anchor: &Anchor) -> Option<(&'t str, bool)> {
        anchor
            .locate(text)
            .map(|found| (&text[found.range], found.exact))
    }

    #[test]
    fn captures_quote_context_and_char_offset() {
        let anchor = anchor_of(TEXT, "网络数据处理活动", 1);
        assert_eq!(anchor.quote, "网络数据处理活动");
        assert_eq!(anchor.prefix, "第二条 在中华人民共和国境内开展");
        assert_eq!(anchor.suffix.chars().count(), CONTEXT_CHARS);
        assert_eq!(
            anchor.start,
            TEXT[..TEXT
                .match_indices("网络数据处理活动")
                .nth(1)
                .expect("twice")
                .0]
                .chars()
                .count()
        );
        assert_eq!(
            Anchor::capture(TEXT, 3..4),
            None,
            "whitespace is no passage"
        );
    }

    #[test]
    fn the_occurrence_with_its_context_wins_after_text_moves() {
        // The same words three times; the note was on the third.
        let anchor = anchor_of(TEXT, "网络数据处理活动", 2);
        let rebuilt = format!("国家网信办发布\n\n{}", TEXT.replace("\n\n", "\n"));
        let at = rebuilt
            .match_indices("网络数据处理活动")
            .nth(2)
            .expect("three times")
            .0;
        let located = anchor.locate(&rebuilt).expect("found again");
        assert_eq!(located.range, at..at + "网络数据处理活动".len());
        assert!(located.exact);
    }

    #[test]
    fn whitespace_inside_the_quote_does_not_matter() {
        let anchor = anchor_of(TEXT, "本条例。\n\n第二条 在中华", 0);
        let rebuilt = TEXT.replace("\n\n", "\n").replace("第二条 ", "第二条");
        assert_eq!(
            found(&rebuilt, &anchor),
            Some(("本条例。\n第二条在中华", true))
        );
    }

    #[test]
    fn an_edited_quote_is_found_by_its_ends() {
        let anchor = anchor_of(
            TEXT,
            "在中华人民共和国境内开展网络数据处理活动，适用本条例",
            0,
        );
        let edited = TEXT.replace("境内开展", "境内从事");
        assert_eq!(
            found(&edited, &anchor),
            Some((
                "在中华人民共和国境内从事网络数据处理活动，适用本条例",
                false
            ))
        );
        let gone = TEXT.replace("在中华人民共和国境内", "");
        assert_eq!(
            found(&gone, &anchor),
            None,
            "a passage that is gone is not invented"
        );
    }

    #[test]
    fn odd_anchors_never_panic() {
        let odd = Anchor {
            quote: "  ".into(),
            prefix: "x".repeat(100),
            suffix: String::new(),
            start: usize::MAX,
        };
        assert_eq!(odd.locate(TEXT), None);
        let far = Anchor {
            start: usize::MAX,
            ..anchor_of(TEXT, "本条例", 0)
        };
        assert!(far.locate(TEXT).is_some());
        assert_eq!(
            Anchor::capture(TEXT, 1..2),
            None,
            "inside one char: nothing"
        );
        assert!(Anchor::capture(TEXT, 0..usize::MAX).is_some());
    }
}
