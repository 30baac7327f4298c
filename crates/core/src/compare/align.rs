//! Paragraph alignment: which paragraph of one text answers which of the
//! other. Identical paragraphs are anchored by a diff of the paragraph
//! sequences (patience: unique paragraphs anchor first); between anchors,
//! paragraphs that are mostly alike pair up as changed; an unpaired
//! paragraph found again elsewhere in the other text is moved; the rest are
//! on one side only.

use super::RowKind;
use crate::related::passages::overlap;
use similar::{capture_diff_slices, Algorithm, DiffOp};

/// Two paragraphs at least this alike (0–1) are one paragraph changed.
pub const CHANGED: f32 = 0.5;
/// A moved paragraph is at least this alike to its other place (0–1).
pub const MOVED: f32 = 0.8;

/// A row of the alignment: paragraph indexes on each side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pairing {
    /// What the row shows.
    pub kind: RowKind,
    /// Paragraph of the first text.
    pub a: Option<usize>,
    /// Paragraph of the second text.
    pub b: Option<usize>,
}

/// An upper bound of [`likeness`], in linear time: characters both have
/// (counted with repeats) can at most all be in the common runs.
fn likeness_bound(a: &[char], b: &[char]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 1.0;
    }
    let mut counts: std::collections::HashMap<char, u32> = std::collections::HashMap::new();
    for &c in a {
        *counts.entry(c).or_default() += 1;
    }
    let mut common = 0usize;
    for c in b {
        if let Some(n) = counts.get_mut(c).filter(|n| **n > 0) {
            *n -= 1;
            common += 1;
        }
    }
    2.0 * common as f32 / (a.len() + b.len()) as f32
}

/// [`likeness`] when it may reach `threshold`, else 0 (without the diff).
pub fn likeness_over(a: &[char], b: &[char], threshold: f32) -> f32 {
    if likeness_bound(a, b) < threshold {
        return 0.0;
    }
    likeness(a, b)
}

/// How alike two paragraphs are, 0–1: the share of both inside shared
/// runs (character diff for short paragraphs, shared passages for long ones).
pub fn likeness(a: &[char], b: &[char]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return if a == b { 1.0 } else { 0.0 };
    }
    if a.len() + b.len() <= 600 {
        let same: usize = capture_diff_slices(Algorithm::Myers, a, b)
            .iter()
            .filter_map(|op| match op {
                DiffOp::Equal { len, .. } => Some(*len),
                _ => None,
            })
            .sum();
        return 2.0 * same as f32 / (a.len() + b.len()) as f32;
    }
    let o = overlap(a, b, 12);
    (o.a_in_b * a.len() as f32 + o.b_in_a * b.len() as f32) / (a.len() + b.len()) as f32
}

/// Aligns two paragraph sequences given in comparable form.
pub fn align(a: &[Vec<char>], b: &[Vec<char>]) -> Vec<Pairing> {
    let mut rows: Vec<Pairing> = Vec::new();
    // Regions between anchors: (a paragraphs, b paragraphs, where the region's rows start).
    let mut regions: Vec<(Vec<usize>, Vec<usize>, usize)> = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, a, b) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    rows.push(Pairing {
                        kind: RowKind::Same,
                        a: Some(old_index + k),
                        b: Some(new_index + k),
                    });
                }
            }
            other => {
                let (old, new) = (other.old_range(), other.new_range());
                regions.push((old.collect(), new.collect(), rows.len()));
                // A placeholder row marks where the region's rows go.
                rows.push(Pairing {
                    kind: RowKind::Same,
                    a: None,
                    b: None,
                });
            }
        }
    }
    let moved = find_moved(a, b, &regions);
    let mut out: Vec<Pairing> = Vec::with_capacity(rows.len());
    let mut next_region = regions.iter();
    for row in rows {
        if row.a.is_some() || row.b.is_some() {
            out.push(row);
        } else if let Some((ra, rb, _)) = next_region.next() {
            out.extend(region_rows(a, b, ra, rb, &moved));
        }
    }
    out
}

/// Unpaired paragraphs of one region found (nearly) whole in another region
/// of the other side: `(a paragraph, b paragraph)`.
fn find_moved(
    a: &[Vec<char>],
    b: &[Vec<char>],
    regions: &[(Vec<usize>, Vec<usize>, usize)],
) -> Vec<(usize, usize)> {
    let mut moved = Vec::new();
    let mut used_b = std::collections::HashSet::new();
    for (n, (ra, _, _)) in regions.iter().enumerate() {
        for &pa in ra {
            if a[pa].len() < 4 {
                continue;
            }
            let elsewhere = regions
                .iter()
                .enumerate()
                .filter(|(m, _)| *m != n)
                .flat_map(|(_, (_, rb, _))| rb.iter().copied());
            let best = elsewhere
                .filter(|pb| !used_b.contains(pb))
                .map(|pb| (pb, likeness_over(&a[pa], &b[pb], MOVED)))
                .filter(|&(_, l)| l >= MOVED)
                .max_by(|x, y| x.1.total_cmp(&y.1));
            if let Some((pb, _)) = best {
                used_b.insert(pb);
                moved.push((pa, pb));
            }
        }
    }
    moved
}

/// The rows of one region between anchors.
fn region_rows(
    a: &[Vec<char>],
    b: &[Vec<char>],
    ra: &[usize],
    rb: &[usize],
    moved: &[(usize, usize)],
) -> Vec<Pairing> {
    let moved_a = |pa: usize| moved.iter().find(|m| m.0 == pa).map(|m| m.1);
    let is_moved_b = |pb: usize| moved.iter().any(|m| m.1 == pb);
    let free_b: Vec<usize> = rb.iter().copied().filter(|&pb| !is_moved_b(pb)).collect();
    // Pair in order: each A paragraph with the most alike B paragraph after
    // the last one paired.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    for &pa in ra.iter().filter(|&&pa| moved_a(pa).is_none()) {
        let best = free_b[from..]
            .iter()
            .enumerate()
            .map(|(k, &pb)| (k, likeness_over(&a[pa], &b[pb], CHANGED)))
            .filter(|&(_, l)| l >= CHANGED)
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)));
        if let Some((k, _)) = best {
            pairs.push((pa, free_b[from + k]));
            from += k + 1;
        }
    }
    let mut rows = Vec::new();
    let (mut ia, mut ib) = (0, 0);
    let flush =
        |upto_a: usize, upto_b: usize, ia: &mut usize, ib: &mut usize, rows: &mut Vec<Pairing>| {
            while *ia < ra.len() && ra[*ia] < upto_a {
                let pa = ra[*ia];
                rows.push(match moved_a(pa) {
                    Some(pb) => Pairing {
                        kind: RowKind::Moved,
                        a: Some(pa),
                        b: Some(pb),
                    },
                    None => Pairing {
                        kind: RowKind::OnlyA,
                        a: Some(pa),
                        b: None,
                    },
                });
                *ia += 1;
            }
            while *ib < rb.len() && rb[*ib] < upto_b {
                let pb = rb[*ib];
                if !is_moved_b(pb) {
                    rows.push(Pairing {
                        kind: RowKind::OnlyB,
                        a: None,
                        b: Some(pb),
                    });
                }
                *ib += 1;
            }
        };
    for &(pa, pb) in &pairs {
        flush(pa, pb, &mut ia, &mut ib, &mut rows);
        rows.push(Pairing {
            kind: RowKind::Changed,
            a: Some(pa),
            b: Some(pb),
        });
        ia += 1;
        ib += 1;
    }
    flush(usize::MAX, usize::MAX, &mut ia, &mut ib, &mut rows);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(texts: &[&str]) -> Vec<Vec<char>> {
        texts.iter().map(|t| t.chars().collect()).collect()
    }

    #[test]
    fn the_bound_is_never_below_the_likeness() {
        let texts = [
            "国家网信办发布通知",
            "通知发布网信办国家",
            "工信部开展专项整治",
            "",
            "甲甲甲乙",
        ];
        for x in texts {
            for y in texts {
                let (a, b): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
                assert!(likeness_bound(&a, &b) >= likeness(&a, &b), "{x} {y}");
            }
        }
    }

    fn kinds(rows: &[Pairing]) -> Vec<(RowKind, Option<usize>, Option<usize>)> {
        rows.iter().map(|r| (r.kind, r.a, r.b)).collect()
    }

    #[test]
    fn inserted_changed_and_moved_paragraphs() {
        let a = paragraphs(&[
            "第一段国家网信办发布通知",
            "第二段要求各地加强管理",
            "第三段工信部开展专项整治行动",
            "第三段之二明确工作要求",
            "第四段附件内容清单如下",
            "第五段联系人及联系方式",
        ]);
        let b = paragraphs(&[
            "第一段国家网信办发布通知",
            "第四段附件内容清单如下",
            "第二段要求各地切实加强管理",
            "新增段落记者采访有关负责人",
            "第三段工信部开展专项整治行动",
            "第三段之二明确工作要求",
            "第五段联系人及联系方式",
        ]);
        use RowKind::*;
        assert_eq!(
            kinds(&align(&a, &b)),
            [
                (Same, Some(0), Some(0)),
                (Changed, Some(1), Some(2)),
                (OnlyB, None, Some(3)),
                (Same, Some(2), Some(4)),
                (Same, Some(3), Some(5)),
                (Moved, Some(4), Some(1)),
                (Same, Some(5), Some(6)),
            ]
        );
    }
}
