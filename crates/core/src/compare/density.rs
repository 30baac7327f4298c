//! A cluster's canonical text paragraph by paragraph, with which of the
//! other members contain each paragraph (at least [`CONTAINED`] of its
//! compared characters inside passages shared with that member).

use crate::related::comparable::{paragraph_spans, Comparable};
use crate::related::passages::overlap;
use crate::related::Tuning;

/// Share of a paragraph a member must have for the paragraph to count as in it.
pub const CONTAINED: f32 = 0.8;

/// For each paragraph of `canonical` (as [`crate::model::paragraphs`] gives
/// them), which of `others` (their positions in it) contain it.
pub fn paragraph_density<'a>(
    canonical: &str,
    others: impl IntoIterator<Item = &'a str>,
) -> Vec<Vec<usize>> {
    let mut whole = Comparable::default();
    let mut bounds = Vec::new();
    for (start, paragraph) in paragraph_spans(canonical) {
        let from = whole.len();
        whole.push_text(paragraph, start, false);
        bounds.push(from..whole.len());
    }
    let mut holders = vec![Vec::new(); bounds.len()];
    for (n, other) in others.into_iter().enumerate() {
        let other = Comparable::new(other, false);
        let found = overlap(&whole.chars, &other.chars, Tuning::default().min_passage);
        let mut covered = vec![false; whole.len()];
        for p in &found.passages {
            covered[p.a.clone()].iter_mut().for_each(|c| *c = true);
        }
        for (held, range) in holders.iter_mut().zip(&bounds) {
            let inside = covered[range.clone()].iter().filter(|&&c| c).count();
            if !range.is_empty() && inside as f32 >= CONTAINED * range.len() as f32 {
                held.push(n);
            }
        }
    }
    holders
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_members_containing_each_paragraph() {
        let canonical = "国家网信办发布生成式人工智能服务管理暂行办法。\n\n办法自二〇二三年八月十五日起施行并鼓励创新应用。\n\n短。";
        let full = canonical.to_owned();
        let first_only = "转载：国家网信办发布生成式人工智能服务管理暂行办法！另有评论若干。";
        assert_eq!(
            paragraph_density(canonical, [full.as_str(), first_only]),
            [vec![0, 1], vec![0], vec![0]]
        );
    }
}
