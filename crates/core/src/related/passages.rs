//! Passages two texts share word for word, found in linear time: every
//! [`SEED`]-character piece of one text is hashed into a table, the other
//! text is scanned for pieces in that table, and each hit is extended as far
//! as the texts agree. This is the one definition of "shared text" used by
//! related documents, clusters and comparisons.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// Seed hashes are mixed already: the table uses them as they are.
#[derive(Default)]
struct SeedHasher(u64);

impl Hasher for SeedHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type SeedTable = HashMap<u64, u32, BuildHasherDefault<SeedHasher>>;

/// Characters in a seed piece: the shortest run that can start a passage.
pub const SEED: usize = 8;

/// Candidate positions tried per seed (repetitive texts have many).
const MAX_TRIES: usize = 16;

/// A passage found in both texts, in comparable-character offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// Where it is in the first text.
    pub a: Range<usize>,
    /// Where it is in the second text.
    pub b: Range<usize>,
}

/// A polynomial hash of each `SEED`-character window, by start position.
pub fn seed_hashes(chars: &[char]) -> Vec<u64> {
    const BASE: u64 = 0x100_0000_01b3;
    if chars.len() < SEED {
        return Vec::new();
    }
    let top = (1..SEED).fold(1u64, |p, _| p.wrapping_mul(BASE));
    let mut hash = chars[..SEED].iter().fold(0u64, |h, &c| {
        h.wrapping_mul(BASE).wrapping_add(u64::from(c))
    });
    let mut out = Vec::with_capacity(chars.len() - SEED + 1);
    out.push(mix(hash));
    for i in SEED..chars.len() {
        hash = hash
            .wrapping_sub(u64::from(chars[i - SEED]).wrapping_mul(top))
            .wrapping_mul(BASE)
            .wrapping_add(u64::from(chars[i]));
        out.push(mix(hash));
    }
    out
}

/// Spreads a hash's bits (splitmix64 finalizer), so that minima of hashes
/// (winnowing) are not biased toward particular characters.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The passages of at least `min_len` characters that `a` and `b` share,
/// in order of `a`, not overlapping in `a`.
pub fn shared_passages(a: &[char], b: &[char], min_len: usize) -> Vec<Passage> {
    let min_len = min_len.max(SEED);
    if a.len() < min_len || b.len() < min_len {
        return Vec::new();
    }
    // Positions in `b` by seed hash, chained: `first[hash]`, then `next[pos]`.
    let b_hashes = seed_hashes(b);
    let mut first = SeedTable::with_capacity_and_hasher(b_hashes.len(), Default::default());
    let mut next = vec![u32::MAX; b_hashes.len()];
    for (pos, &hash) in b_hashes.iter().enumerate().rev() {
        if let Some(previous) = first.insert(hash, pos as u32) {
            next[pos] = previous;
        }
    }
    let a_hashes = seed_hashes(a);
    let mut out = Vec::new();
    let mut i = 0;
    while i < a_hashes.len() {
        let mut best = (0, 0);
        let mut candidate = first.get(&a_hashes[i]).copied().unwrap_or(u32::MAX);
        let mut tries = 0;
        while candidate != u32::MAX && tries < MAX_TRIES {
            let j = candidate as usize;
            let len = a[i..]
                .iter()
                .zip(&b[j..])
                .take_while(|(x, y)| x == y)
                .count();
            if len > best.0 {
                best = (len, j);
            }
            candidate = next[j];
            tries += 1;
        }
        let (len, j) = best;
        if len >= min_len {
            out.push(Passage {
                a: i..i + len,
                b: j..j + len,
            });
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// How many positions the ranges cover together (they may overlap).
pub fn covered(ranges: impl IntoIterator<Item = Range<usize>>) -> usize {
    let mut ranges: Vec<Range<usize>> = ranges.into_iter().filter(|r| r.start < r.end).collect();
    ranges.sort_by_key(|r| r.start);
    let mut total = 0;
    let mut reach = 0;
    for r in ranges {
        let start = r.start.max(reach);
        if r.end > start {
            total += r.end - start;
            reach = r.end;
        }
    }
    total
}

/// What two texts share: passages and the share of each text they cover.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overlap {
    /// The shared passages, in order of the first text.
    pub passages: Vec<Passage>,
    /// Share of the first text inside shared passages, 0–1.
    pub a_in_b: f32,
    /// Share of the second text inside shared passages, 0–1.
    pub b_in_a: f32,
}

/// The passages `a` and `b` share and the share of each they cover.
/// Symmetric: `overlap(b, a)` is `overlap(a, b)` with the sides swapped
/// (the scan always runs over the same one of the two texts).
pub fn overlap(a: &[char], b: &[char], min_len: usize) -> Overlap {
    let passages = if (a.len(), a) <= (b.len(), b) {
        shared_passages(a, b, min_len)
    } else {
        let mut swapped: Vec<Passage> = shared_passages(b, a, min_len)
            .into_iter()
            .map(|p| Passage { a: p.b, b: p.a })
            .collect();
        swapped.sort_by_key(|p| (p.a.start, p.b.start));
        swapped
    };
    let share = |covered: usize, len: usize| match len {
        0 => 0.0,
        len => covered as f32 / len as f32,
    };
    Overlap {
        a_in_b: share(covered(passages.iter().map(|p| p.a.clone())), a.len()),
        b_in_a: share(covered(passages.iter().map(|p| p.b.clone())), b.len()),
        passages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn finds_a_shared_sentence_in_different_surroundings() {
        let a = chars("甲乙丙丁戊己庚辛壬癸在深化改革中提质增效推动高质量发展子丑寅卯");
        let b = chars("天地玄黄宇宙洪荒在深化改革中提质增效推动高质量发展日月盈昃");
        let found = shared_passages(&a, &b, 12);
        assert_eq!(found.len(), 1);
        let text: String = a[found[0].a.clone()].iter().collect();
        assert_eq!(text, "在深化改革中提质增效推动高质量发展");
        let other: String = b[found[0].b.clone()].iter().collect();
        assert_eq!(text, other);
    }

    #[test]
    fn short_runs_do_not_count() {
        let a = chars("中央网信办召开会议部署工作");
        let b = chars("中央网信办发布通知要求落实");
        assert!(shared_passages(&a, &b, 12).is_empty());
    }

    #[test]
    fn identical_texts_are_one_passage_covering_both() {
        let text = chars(&"网信办部署清朗专项行动".repeat(20));
        let o = overlap(&text, &text, 12);
        assert_eq!(o.passages.len(), 1);
        assert_eq!((o.a_in_b, o.b_in_a), (1.0, 1.0));
    }

    #[test]
    fn containment_is_one_sided() {
        let short = chars("国家网信办发布生成式人工智能服务管理暂行办法");
        let long: Vec<char> = chars("新华社北京电记者报道")
            .into_iter()
            .chain(short.iter().copied())
            .chain(chars("办法自公布之日起施行有关负责人表示将加强监管"))
            .collect();
        let o = overlap(&short, &long, 12);
        assert_eq!(o.a_in_b, 1.0);
        assert!(o.b_in_a < 0.6);
    }

    #[test]
    fn overlap_is_symmetric() {
        let a = chars("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸");
        let b = chars("子丑寅卯辰巳午未申酉戌亥天地玄黄甲乙丙丁戊己庚辛壬癸子丑寅卯");
        let (ab, ba) = (overlap(&a, &b, 8), overlap(&b, &a, 8));
        assert_eq!((ab.a_in_b, ab.b_in_a), (ba.b_in_a, ba.a_in_b));
        assert_eq!(ab.passages.len(), ba.passages.len());
    }

    #[test]
    fn coverage_merges_overlapping_ranges() {
        assert_eq!(covered([0..5, 3..8, 10..12, 11..11]), 10);
    }
}
