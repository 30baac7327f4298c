//! What changed inside a pair of paragraphs, character by character: the
//! paragraphs are first diffed by sentences, then the characters of each
//! changed run of sentences, so the work stays small on long paragraphs.

use crate::related::comparable::Comparable;
use crate::related::passages::{seed_hashes, SEED};
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::ops::Range;

/// Characters of a changed run diffed character by character at most; a
/// longer run is marked whole (a different text, not an edit).
const MAX_CHAR_DIFF: usize = 4_000;

/// Deleted ranges of `a` and inserted ranges of `b`, as character offsets
/// into the original texts (the comparable forms carry the offsets).
pub fn char_diff(a: &Comparable, b: &Comparable) -> (Vec<Range<u32>>, Vec<Range<u32>>) {
    let (sa, sb) = (sentences(&a.chars), sentences(&b.chars));
    let key = |chars: &[char], s: &Range<usize>| -> String { chars[s.clone()].iter().collect() };
    let keys_a: Vec<String> = sa.iter().map(|s| key(&a.chars, s)).collect();
    let keys_b: Vec<String> = sb.iter().map(|s| key(&b.chars, s)).collect();
    let mut deleted = Vec::new();
    let mut inserted = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &keys_a, &keys_b) {
        let (old, new) = (op.old_range(), op.new_range());
        if matches!(op, DiffOp::Equal { .. }) {
            continue;
        }
        let old_chars = span(&sa, old);
        let new_chars = span(&sb, new);
        if old_chars.is_empty()
            || new_chars.is_empty()
            || old_chars.len() + new_chars.len() > MAX_CHAR_DIFF
        {
            push(&mut deleted, a, old_chars);
            push(&mut inserted, b, new_chars);
            continue;
        }
        let (ca, cb) = (&a.chars[old_chars.clone()], &b.chars[new_chars.clone()]);
        for inner in capture_diff_slices(Algorithm::Myers, ca, cb) {
            if matches!(inner, DiffOp::Equal { .. }) {
                continue;
            }
            let (o, n) = (inner.old_range(), inner.new_range());
            push(
                &mut deleted,
                a,
                old_chars.start + o.start..old_chars.start + o.end,
            );
            push(
                &mut inserted,
                b,
                new_chars.start + n.start..new_chars.start + n.end,
            );
        }
    }
    (merge(deleted), merge(inserted))
}

/// Pieces of comparable characters, as ranges. Short paragraphs are one
/// piece. Long ones are cut where the hash of the preceding characters hits
/// a pattern (content-defined chunking): the cuts depend on the text, not on
/// positions, so an insertion moves no cut outside the edited piece.
fn sentences(chars: &[char]) -> Vec<Range<usize>> {
    /// One cut per this many characters on average.
    const AVERAGE: u64 = 32;
    if chars.len() <= MAX_CHAR_DIFF / 2 {
        return std::iter::once(0..chars.len()).collect();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, hash) in seed_hashes(chars).into_iter().enumerate() {
        let end = i + SEED;
        if hash % AVERAGE == 0 && end > start {
            out.push(start..end);
            start = end;
        }
    }
    if start < chars.len() {
        out.push(start..chars.len());
    }
    out
}

fn span(units: &[Range<usize>], range: Range<usize>) -> Range<usize> {
    match (
        units.get(range.start),
        range.end.checked_sub(1).and_then(|e| units.get(e)),
    ) {
        (Some(first), Some(last)) if range.start < range.end => first.start..last.end,
        _ => 0..0,
    }
}

fn push(out: &mut Vec<Range<u32>>, text: &Comparable, chars: Range<usize>) {
    if chars.start < chars.end {
        out.push(text.original_range(chars.start, chars.end));
    }
}

/// Sorted ranges with touching or overlapping ones joined.
pub fn merge(mut ranges: Vec<Range<u32>>) -> Vec<Range<u32>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<u32>> = Vec::with_capacity(ranges.len());
    for r in ranges.into_iter().filter(|r| r.start < r.end) {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slices(text: &str, ranges: &[Range<u32>]) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        ranges
            .iter()
            .map(|r| chars[r.start as usize..r.end as usize].iter().collect())
            .collect()
    }

    #[test]
    fn one_word_changed() {
        let a = "工信部将开展互联网行业不正当竞争专项整治行动。";
        let b = "工信部已开展互联网行业不正当竞争集中整治行动。";
        let (del, ins) = char_diff(&Comparable::new(a, false), &Comparable::new(b, false));
        assert_eq!(slices(a, &del), ["将", "专项"]);
        assert_eq!(slices(b, &ins), ["已", "集中"]);
    }

    #[test]
    fn punctuation_is_ignored_unless_strict() {
        let a = "数据安全，个人信息保护。";
        let b = "数据安全、个人信息保护";
        let (del, ins) = char_diff(&Comparable::new(a, false), &Comparable::new(b, false));
        assert!(del.is_empty() && ins.is_empty());
        let (del, ins) = char_diff(&Comparable::new(a, true), &Comparable::new(b, true));
        assert_eq!(slices(a, &del), ["，", "。"]);
        assert_eq!(slices(b, &ins), ["、"]);
    }

    #[test]
    fn long_paragraphs_are_diffed_in_pieces() {
        let base: String = (0..300)
            .map(|n| format!("第{n}条网信部门依法开展执法检查工作并公布典型案例"))
            .collect();
        let mut changed = base.clone();
        let at = base.char_indices().nth(1000).map_or(0, |(i, _)| i);
        changed.insert_str(at, "新增内容");
        let (del, ins) = char_diff(
            &Comparable::new(&base, false),
            &Comparable::new(&changed, false),
        );
        assert!(del.is_empty());
        assert_eq!(slices(&changed, &ins).concat(), "新增内容");
    }
}
