//! Where a query's terms occur in a text, and short passages around them.
//!
//! Everything is computed as byte ranges of the original text (on character
//! boundaries), so the UI marks matches with DOM nodes and never renders
//! corpus text as HTML.

use super::query::Term;
use crate::text::normalize::is_word_char;
use crate::text::normalize::Mapped;
use memchr::memmem::Finder;
use std::ops::Range;

/// A passage of a text with the matched parts marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The passage (newlines turned into spaces; `…` where it was cut).
    pub text: String,
    /// Byte ranges of `text` to mark, sorted, not overlapping.
    pub marks: Vec<Range<usize>>,
    /// Byte offset in the searched text where the passage starts (which
    /// article it is in, for instance).
    pub start: usize,
}

impl Snippet {
    /// The text split into `(part, marked)` pieces, in order.
    pub fn parts(&self) -> Vec<(&str, bool)> {
        split_marked(&self.text, &self.marks)
    }
}

/// Splits a text into `(part, marked)` pieces by sorted, disjoint ranges.
pub fn split_marked<'t>(text: &'t str, marks: &[Range<usize>]) -> Vec<(&'t str, bool)> {
    let mut parts = Vec::new();
    let mut at = 0;
    for mark in marks {
        let (Some(before), Some(marked)) = (text.get(at..mark.start), text.get(mark.clone()))
        else {
            continue;
        };
        if !before.is_empty() {
            parts.push((before, false));
        }
        parts.push((marked, true));
        at = mark.end;
    }
    if let Some(rest) = text.get(at..) {
        if !rest.is_empty() {
            parts.push((rest, false));
        }
    }
    parts
}

/// Where each term occurs in `text`: byte ranges of the original, sorted and
/// merged where they overlap.
pub fn match_ranges<'q>(
    text: &str,
    terms: impl IntoIterator<Item = &'q Term>,
) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = term_matches(text, terms)
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    found.sort_by_key(|r| (r.start, r.end));
    merge(found)
}

/// Every occurrence of every term, with the term's index.
fn term_matches<'q>(
    text: &str,
    terms: impl IntoIterator<Item = &'q Term>,
) -> Vec<(Range<usize>, usize)> {
    let mapped = Mapped::new(text);
    let hay = mapped.text.as_bytes();
    let mut found = Vec::new();
    for (n, term) in terms.into_iter().enumerate() {
        let finder = Finder::new(term.text.as_bytes());
        for at in finder.find_iter(hay) {
            if !term.plan.word_start || starts_word(hay, at) {
                found.push((mapped.original_range(at, at + term.text.len()), n));
            }
        }
    }
    found
}

fn merge(sorted: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
    for range in sorted {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// Sentence ends: a snippet starts after one and ends with one when it can.
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '；', '!', '?', ';', '\n'];
/// Clause breaks: the next best place to cut a long sentence.
const CLAUSE_BREAKS: &[char] = &['，', '、', '：', ',', ':', ' '];

/// Up to `max` passages of about `width` characters around the terms'
/// occurrences, preferring passages with terms not yet shown, in text order.
/// With no occurrence, the opening of the text (so a title-only match still
/// shows what the document says).
pub fn snippets(text: &str, terms: &[&Term], max: usize, width: usize) -> Vec<Snippet> {
    let mut found = term_matches(text, terms.iter().copied());
    found.sort_by_key(|(r, _)| (r.start, r.end));
    if found.is_empty() {
        let end = char_end(text, 0, width);
        return vec![make_snippet(text, 0..end, &[])]
            .into_iter()
            .filter(|s| !s.text.is_empty())
            .take(max.min(1))
            .collect();
    }
    let windows: Vec<Range<usize>> = found
        .iter()
        .take(200)
        .map(|(r, _)| window(text, r.clone(), width))
        .collect();
    let mut chosen: Vec<Range<usize>> = Vec::new();
    let mut shown = vec![false; terms.len()];
    while chosen.len() < max {
        let best = windows
            .iter()
            .filter(|w| chosen.iter().all(|c| w.end <= c.start || w.start >= c.end))
            .map(|w| {
                let inside: Vec<usize> = found
                    .iter()
                    .filter(|(r, _)| r.start >= w.start && r.end <= w.end)
                    .map(|&(_, t)| t)
                    .collect();
                let new_terms = shown
                    .iter()
                    .enumerate()
                    .filter(|&(t, &s)| !s && inside.contains(&t))
                    .count();
                (
                    new_terms,
                    inside.len(),
                    std::cmp::Reverse(w.start),
                    w.clone(),
                    inside,
                )
            })
            .max_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
        let Some((_, _, _, range, inside)) = best else {
            break;
        };
        for t in inside {
            shown[t] = true;
        }
        chosen.push(range);
    }
    chosen.sort_by_key(|r| r.start);
    let mut ranges: Vec<Range<usize>> = found.into_iter().map(|(r, _)| r).collect();
    ranges.sort_by_key(|r| (r.start, r.end));
    let ranges = merge(ranges);
    let mut out: Vec<Snippet> = Vec::with_capacity(chosen.len());
    for window in chosen {
        let snippet = make_snippet(text, window, &ranges);
        // A title repeated in the body would otherwise show twice.
        if !out.iter().any(|s| s.text == snippet.text) {
            out.push(snippet);
        }
    }
    out
}

/// The passage around `hit`: from the start of its sentence to the end of
/// its sentence, cut at a clause break (or mid-text) when longer than `width`.
fn window(text: &str, hit: Range<usize>, width: usize) -> Range<usize> {
    let hit_chars = text[hit.clone()].chars().count();
    let room = width.saturating_sub(hit_chars);
    let before_room = room / 3;
    let after_room = room - before_room;
    let before: Vec<(usize, char)> = text[..hit.start]
        .char_indices()
        .rev()
        .take(before_room)
        .collect();
    let start = cut_before(&before, hit.start);
    let used_before = text[start..hit.start].chars().count();
    let after_room = after_room + before_room.saturating_sub(used_before);
    let after = &text[hit.end..];
    let end = cut_after(after, after_room) + hit.end;
    start..end
}

/// Where to start, given the characters before the hit (nearest first).
fn cut_before(before: &[(usize, char)], hit_start: usize) -> usize {
    if let Some(&(at, c)) = before.iter().find(|(_, c)| SENTENCE_ENDS.contains(c)) {
        return at + c.len_utf8();
    }
    if before.len() < 2 {
        return before.last().map_or(hit_start, |&(at, _)| at);
    }
    if let Some(&(at, c)) = before.iter().find(|(_, c)| CLAUSE_BREAKS.contains(c)) {
        return at + c.len_utf8();
    }
    before.last().map_or(hit_start, |&(at, _)| at)
}

/// How many bytes of `after` to keep: through the first sentence end within
/// `room` characters, else through the last clause break, else `room` chars.
fn cut_after(after: &str, room: usize) -> usize {
    let mut last_clause = None;
    for (n, (at, c)) in after.char_indices().enumerate() {
        if n >= room {
            return last_clause.unwrap_or(at);
        }
        if SENTENCE_ENDS.contains(&c) {
            return at + c.len_utf8();
        }
        if CLAUSE_BREAKS.contains(&c) && n > room / 2 {
            last_clause = Some(at + c.len_utf8());
        }
    }
    after.len()
}

fn char_end(text: &str, start: usize, chars: usize) -> usize {
    text[start..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(at, _)| start + at)
}

fn make_snippet(text: &str, window: Range<usize>, ranges: &[Range<usize>]) -> Snippet {
    let slice = &text[window.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    let start = window.start + lead;
    let end = start + trimmed.len();
    let opens_sentence = start == 0 || text[..start].trim_end().ends_with(SENTENCE_ENDS);
    let closes_sentence = end == text.len() || trimmed.ends_with(SENTENCE_ENDS);
    let prefix = if opens_sentence { "" } else { "…" };
    let mut out = String::with_capacity(trimmed.len() + 6);
    out.push_str(prefix);
    out.push_str(&trimmed.replace('\n', " "));
    if !closes_sentence {
        out.push('…');
    }
    let marks = ranges
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| r.start - start + prefix.len()..r.end - start + prefix.len())
        .collect();
    Snippet {
        text: out,
        marks,
        start,
    }
}

/// Whether byte `at` of `hay` starts a word (no letter or digit before it).
fn starts_word(hay: &[u8], at: usize) -> bool {
    !previous_char(hay, at).is_some_and(is_word_char)
}

fn previous_char(hay: &[u8], at: usize) -> Option<char> {
    let mut start = at.checked_sub(1)?;
    while start > 0 && hay[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    std::str::from_utf8(hay.get(start..at)?)
        .ok()?
        .chars()
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges<'t>(text: &'t str, query: &str) -> Vec<&'t str> {
        let query = crate::search::Query::parse(query);
        match_ranges(text, query.positive_terms())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn every_occurrence_is_marked_in_the_original_form() {
        assert_eq!(
            ranges("APP、app和ＡＰＰ；whatsapp", "app"),
            ["APP", "app", "ＡＰＰ"]
        );
        assert_eq!(ranges("网信办、国家网信办", "网信办"), ["网信办", "网信办"]);
        assert_eq!(ranges("个人信息保护", "个人信息 保护"), ["个人信息保护"]);
    }

    #[test]
    fn snippets_stop_at_sentence_ends_and_mark_the_terms() {
        let text = "第一句无关。第二句提到网信办约谈平台，并要求整改。第三句也无关。";
        let query = crate::search::Query::parse("约谈");
        let terms: Vec<&Term> = query.positive_terms().collect();
        let found = snippets(text, &terms, 3, 80);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "第二句提到网信办约谈平台，并要求整改。");
        assert_eq!(found[0].parts()[1], ("约谈", true));
    }

    #[test]
    fn long_sentences_are_cut_with_an_ellipsis() {
        let text = format!("{}约谈{}", "甲".repeat(100), "乙".repeat(100));
        let query = crate::search::Query::parse("约谈");
        let terms: Vec<&Term> = query.positive_terms().collect();
        let found = snippets(&text, &terms, 3, 40);
        assert!(found[0].text.starts_with('…') && found[0].text.ends_with('…'));
        assert!(found[0].text.chars().count() <= 44);
        assert_eq!(found[0].parts().iter().filter(|(_, m)| *m).count(), 1);
    }

    #[test]
    fn without_a_match_the_opening_is_shown() {
        let query = crate::search::Query::parse("标题词");
        let terms: Vec<&Term> = query.positive_terms().collect();
        let found = snippets("正文开头。后文。", &terms, 3, 80);
        assert_eq!(found.len(), 1);
        assert!(found[0].marks.is_empty());
    }
}
