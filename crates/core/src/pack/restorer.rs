//! What each normalized character reads back as when nothing says
//! otherwise, so a pack lists only the other originals.

use crate::text::normalize::push_normalized;
use std::collections::HashMap;

/// What each normalized character reads back as when nothing says
/// otherwise: its most frequent original.
#[derive(Debug, Clone, Default)]
pub(super) struct Restorer {
    /// `(normalized, original)` where they differ, sorted.
    pub(super) pairs: Vec<(char, char)>,
}

impl Restorer {
    /// The most frequent original of each normalized character in `texts`
    /// (ties go to the smaller character, so a corpus always packs the same).
    pub(super) fn for_texts<'t>(texts: impl Iterator<Item = &'t str>) -> Self {
        let mut counts: HashMap<char, u64> = HashMap::new();
        for text in texts {
            for c in text.chars() {
                *counts.entry(c).or_default() += 1;
            }
        }
        let mut best: HashMap<char, (u64, char)> = HashMap::new();
        let mut normalized = String::new();
        for (&original, &count) in &counts {
            normalized.clear();
            push_normalized(original, &mut normalized);
            let mut chars = normalized.chars();
            let (Some(single), None) = (chars.next(), chars.next()) else {
                continue;
            };
            let entry = best.entry(single).or_insert((0, original));
            if (count, std::cmp::Reverse(original)) > (entry.0, std::cmp::Reverse(entry.1)) {
                *entry = (count, original);
            }
        }
        let mut pairs: Vec<(char, char)> = best
            .into_iter()
            .filter(|&(normalized, (_, original))| normalized != original)
            .map(|(normalized, (_, original))| (normalized, original))
            .collect();
        pairs.sort_unstable();
        Restorer { pairs }
    }

    /// What `normalized` reads back as.
    pub(super) fn restore(&self, normalized: char) -> char {
        match self.pairs.binary_search_by_key(&normalized, |&(n, _)| n) {
            Ok(at) => self.pairs[at].1,
            Err(_) => normalized,
        }
    }

    /// Appends `normalized` read back.
    pub(super) fn push_restored(&self, normalized: &str, out: &mut String) {
        match self.pairs.is_empty() {
            true => out.push_str(normalized),
            false => out.extend(normalized.chars().map(|c| self.restore(c))),
        }
    }
}
