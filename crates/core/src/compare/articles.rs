//! Two versions of an instrument compared article by article: each article
//! of the first text is matched to the article of the second that says the
//! same or nearly the same (in order first, then out of order as a move), so
//! a draft and its final read as "第二十五条 → 第二十四条: changed", "第十条:
//! added", not as a wall of paragraph edits after the first renumbering.
//!
//! Options leave out the 【条旨】 heading of each article and the numbers of
//! cross-references (本办法第十二条 → 第#条), so renumbering alone is no change.

pub mod export;

use super::chardiff::char_diff;
use super::Span;
use crate::instrument::structure::{outline, parse_numeral, Article};
use crate::related::comparable::Comparable;
use serde::Serialize;
use std::collections::HashSet;
use std::ops::Range;

pub use crate::instrument::structure::MIN_ARTICLES;

/// Articles at least this similar (Dice coefficient of character pairs) in
/// the same order are one article, changed.
const MIN_SIMILAR: f32 = 0.35;

/// Out of order, an article is the same one moved only when this similar.
const MIN_MOVED: f32 = 0.6;

/// A 【条旨】 heading is at most this many characters.
const MAX_GIST_CHARS: usize = 30;

/// How to compare articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ArticleOptions {
    /// Punctuation and full-/half-width forms count as written.
    pub strict: bool,
    /// Leave out each article's 【条旨】 heading.
    pub ignore_headings: bool,
    /// Renumbering is no change: an article's own number and the numbers of
    /// the articles it refers to are not compared.
    pub ignore_numbering: bool,
}

/// What happened to an article between the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleChange {
    /// The same text under the same number (or any number, when numbering is
    /// ignored).
    Same,
    /// The same text under another number.
    Renumbered,
    /// Edited: see the row's marks.
    Changed,
    /// At another place among the articles (edited or not).
    Moved,
    /// Only the second version has it.
    Added,
    /// Only the first version has it.
    Deleted,
}

impl ArticleChange {
    /// Every change, in the order summaries list them.
    pub const ALL: [ArticleChange; 6] = [
        ArticleChange::Changed,
        ArticleChange::Added,
        ArticleChange::Deleted,
        ArticleChange::Moved,
        ArticleChange::Renumbered,
        ArticleChange::Same,
    ];

    /// The name used in JSON and CSS classes.
    pub fn name(self) -> &'static str {
        match self {
            ArticleChange::Same => "same",
            ArticleChange::Renumbered => "renumbered",
            ArticleChange::Changed => "changed",
            ArticleChange::Moved => "moved",
            ArticleChange::Added => "added",
            ArticleChange::Deleted => "deleted",
        }
    }
}

/// One side's article in a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleSide {
    /// Its number (第十二条 → 12).
    pub number: u32,
    /// The whole article, its heading included, in characters of the text.
    pub span: Span,
    /// Its 【条旨】, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gist: Option<String>,
}

/// One article of either version, or a pair of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleRow {
    /// What happened to it.
    pub change: ArticleChange,
    /// The first version's article.
    pub a: Option<ArticleSide>,
    /// The second version's article.
    pub b: Option<ArticleSide>,
    /// Characters of `a` the second version does not have.
    pub deleted: Vec<Span>,
    /// Characters of `b` the first version did not have.
    pub inserted: Vec<Span>,
}

/// Two versions compared by article, in the order of the second version
/// (an article only the first has stands after the article before it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ArticleComparison {
    /// The rows.
    pub rows: Vec<ArticleRow>,
}

impl ArticleComparison {
    /// How many rows show this change.
    pub fn count(&self, change: ArticleChange) -> usize {
        self.rows.iter().filter(|r| r.change == change).count()
    }

    /// Rows that show a difference (all but `Same`), by position.
    pub fn differences(&self) -> Vec<usize> {
        (0..self.rows.len())
            .filter(|&n| self.rows[n].change != ArticleChange::Same)
            .collect()
    }
}

/// An article ready to compare.
struct Prepared {
    side: ArticleSide,
    comparable: Comparable,
    pairs: Vec<u64>,
}

/// Whether a text has enough articles to be compared by article.
pub fn has_articles(text: &str) -> bool {
    let found = outline(text);
    let most = (0..=found.articles.last().map_or(0, |a| a.instrument))
        .map(|n| found.articles.iter().filter(|a| a.instrument == n).count())
        .max()
        .unwrap_or(0);
    most >= MIN_ARTICLES
}

/// Compares two texts article by article; `None` when either has fewer
/// than [`MIN_ARTICLES`] articles.
pub fn compare_articles(a: &str, b: &str, options: ArticleOptions) -> Option<ArticleComparison> {
    let (a, b) = (prepare(a, options), prepare(b, options));
    if a.len() < MIN_ARTICLES || b.len() < MIN_ARTICLES {
        return None;
    }
    let similarity: Vec<Vec<f32>> = a
        .iter()
        .map(|x| b.iter().map(|y| similar(x, y)).collect())
        .collect();
    let in_order = align_in_order(&similarity);
    let moved = pair_moved(&similarity, &in_order);
    let mut a_for_b: Vec<Option<(usize, bool)>> = vec![None; b.len()];
    for &(i, j) in &in_order {
        a_for_b[j] = Some((i, false));
    }
    for &(i, j) in &moved {
        a_for_b[j] = Some((i, true));
    }
    let matched_a: HashSet<usize> = in_order.iter().chain(&moved).map(|&(i, _)| i).collect();
    let mut rows = Vec::new();
    let mut next_a = 0;
    let mut push_deleted_before = |rows: &mut Vec<ArticleRow>, end: usize| {
        while next_a < end {
            if !matched_a.contains(&next_a) {
                rows.push(one_side(&a[next_a], ArticleChange::Deleted));
            }
            next_a += 1;
        }
    };
    for (j, pairing) in a_for_b.iter().enumerate() {
        match *pairing {
            Some((i, false)) => {
                push_deleted_before(&mut rows, i + 1);
                rows.push(pair(&a[i], &b[j], false, options));
            }
            Some((i, true)) => rows.push(pair(&a[i], &b[j], true, options)),
            None => rows.push(one_side(&b[j], ArticleChange::Added)),
        }
    }
    push_deleted_before(&mut rows, a.len());
    Some(ArticleComparison { rows })
}

fn one_side(article: &Prepared, change: ArticleChange) -> ArticleRow {
    let side = Some(article.side.clone());
    let (a, b) = match change {
        ArticleChange::Deleted => (side, None),
        _ => (None, side),
    };
    ArticleRow {
        change,
        a,
        b,
        deleted: Vec::new(),
        inserted: Vec::new(),
    }
}

fn pair(a: &Prepared, b: &Prepared, moved: bool, options: ArticleOptions) -> ArticleRow {
    let same_text = a.comparable.chars == b.comparable.chars;
    let (deleted, inserted) = match same_text {
        true => (Vec::new(), Vec::new()),
        false => {
            let (d, i) = char_diff(&a.comparable, &b.comparable);
            (spans(d), spans(i))
        }
    };
    let change = if moved {
        ArticleChange::Moved
    } else if !same_text {
        ArticleChange::Changed
    } else if a.side.number != b.side.number && !options.ignore_numbering {
        ArticleChange::Renumbered
    } else {
        ArticleChange::Same
    };
    ArticleRow {
        change,
        a: Some(a.side.clone()),
        b: Some(b.side.clone()),
        deleted,
        inserted,
    }
}

fn spans(ranges: Vec<Range<u32>>) -> Vec<Span> {
    ranges.into_iter().map(Span::of).collect()
}

/// The articles of the text's main instrument (the one with most articles:
/// a notice's own text rarely has any, its 附件 does).
fn prepare(text: &str, options: ArticleOptions) -> Vec<Prepared> {
    let found = outline(text);
    let mut per_instrument: Vec<usize> = Vec::new();
    for article in &found.articles {
        if per_instrument.len() <= article.instrument {
            per_instrument.resize(article.instrument + 1, 0);
        }
        per_instrument[article.instrument] += 1;
    }
    let Some(main) = (0..per_instrument.len()).max_by_key(|&n| (per_instrument[n], usize::MAX - n))
    else {
        return Vec::new();
    };
    let mut chars_before = CharCounter::new(text);
    found
        .articles
        .iter()
        .filter(|article| article.instrument == main)
        .map(|article| prepared(text, article, &mut chars_before, options))
        .collect()
}

fn prepared(
    text: &str,
    article: &Article,
    chars_before: &mut CharCounter<'_>,
    options: ArticleOptions,
) -> Prepared {
    let whole = text.get(article.start..article.end).unwrap_or_default();
    let start = chars_before.at(article.start);
    let end = chars_before.at(article.end);
    let after_label = whole.find('条').map_or(0, |i| i + '条'.len_utf8());
    let rest = &whole[after_label..];
    let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    let mut body_offset = after_label + (rest.len() - trimmed.len());
    let gist = gist(trimmed).map(|(gist, len)| {
        if options.ignore_headings {
            body_offset += len;
        }
        gist
    });
    let body = &whole[body_offset..];
    let body_start = start + count_chars(&whole[..body_offset]);
    let mut comparable = Comparable::default();
    comparable.push_text(body, body_start, options.strict);
    if options.ignore_numbering {
        mask_numbers(&mut comparable);
    }
    let mut pairs: Vec<u64> = comparable
        .chars
        .windows(2)
        .map(|w| (u64::from(u32::from(w[0])) << 32) | u64::from(u32::from(w[1])))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    Prepared {
        side: ArticleSide {
            number: article.number,
            span: Span { start, end },
            gist,
        },
        comparable,
        pairs,
    }
}

/// The 【条旨】 at the start of an article's text, and its length in bytes
/// with the brackets and the space after it.
fn gist(text: &str) -> Option<(String, usize)> {
    let inner = text.strip_prefix('【')?;
    let (gist, _) = inner.split_once('】')?;
    if gist.chars().count() > MAX_GIST_CHARS || gist.trim().is_empty() {
        return None;
    }
    let len = '【'.len_utf8() + gist.len() + '】'.len_utf8();
    let rest = &text[len..];
    let spaces = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
            .len();
    Some((gist.trim().to_owned(), len + spaces))
}

/// 第十二条 → 第#条 in a comparable text (also 款, 项, 章, 节): what an
/// article refers to is compared, not the number it has today.
fn mask_numbers(comparable: &mut Comparable) {
    let (chars, origin) = (&comparable.chars, &comparable.origin);
    let mut out = Comparable::default();
    let mut n = 0;
    while n < chars.len() {
        out.chars.push(chars[n]);
        out.origin.push(origin[n]);
        if chars[n] == '第' {
            let digits = chars[n + 1..]
                .iter()
                .take_while(|&&c| is_numeral(c))
                .count();
            let unit = chars.get(n + 1 + digits).copied();
            let numeral: String = chars[n + 1..n + 1 + digits].iter().collect();
            if digits > 0
                && matches!(unit, Some('条' | '款' | '项' | '章' | '节'))
                && parse_numeral(&numeral).is_some()
            {
                out.chars.push('#');
                out.origin.push(origin[n + 1]);
                n += 1 + digits;
                continue;
            }
        }
        n += 1;
    }
    *comparable = out;
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "〇零一二两三四五六七八九十百千".contains(c)
}

/// Dice coefficient of the two articles' character pairs (1 for equal texts).
fn similar(a: &Prepared, b: &Prepared) -> f32 {
    if a.comparable.chars == b.comparable.chars {
        return 1.0;
    }
    let total = a.pairs.len() + b.pairs.len();
    if total == 0 {
        return 0.0;
    }
    let (mut x, mut y, mut common) = (0, 0, 0usize);
    while x < a.pairs.len() && y < b.pairs.len() {
        match a.pairs[x].cmp(&b.pairs[y]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                x += 1;
                y += 1;
            }
        }
    }
    (2 * common) as f32 / total as f32
}

/// The in-order pairs `(a, b)` of greatest total similarity, each at least
/// [`MIN_SIMILAR`] (a longest-common-subsequence table over articles).
fn align_in_order(similarity: &[Vec<f32>]) -> Vec<(usize, usize)> {
    let n = similarity.len();
    let m = similarity.first().map_or(0, Vec::len);
    let mut best = vec![vec![0f32; m + 1]; n + 1];
    for i in 1..=n {
        for j in 1..=m {
            let s = similarity[i - 1][j - 1];
            let take = match s >= MIN_SIMILAR {
                true => best[i - 1][j - 1] + s,
                false => f32::MIN,
            };
            best[i][j] = take.max(best[i - 1][j]).max(best[i][j - 1]);
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 && j > 0 {
        let s = similarity[i - 1][j - 1];
        if s >= MIN_SIMILAR && best[i][j] == best[i - 1][j - 1] + s {
            pairs.push((i - 1, j - 1));
            i -= 1;
            j -= 1;
        } else if best[i][j] == best[i - 1][j] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    pairs.reverse();
    pairs
}

/// Articles left out of the in-order pairs that match each other anyway:
/// moved, most similar first.
fn pair_moved(similarity: &[Vec<f32>], in_order: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let taken_a: HashSet<usize> = in_order.iter().map(|&(i, _)| i).collect();
    let taken_b: HashSet<usize> = in_order.iter().map(|&(_, j)| j).collect();
    let mut candidates: Vec<(f32, usize, usize)> = Vec::new();
    for (i, row) in similarity.iter().enumerate() {
        if taken_a.contains(&i) {
            continue;
        }
        for (j, &s) in row.iter().enumerate() {
            if !taken_b.contains(&j) && s >= MIN_MOVED {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let (mut used_a, mut used_b) = (HashSet::new(), HashSet::new());
    let mut moved = Vec::new();
    for (_, i, j) in candidates {
        if !used_a.contains(&i) && !used_b.contains(&j) {
            used_a.insert(i);
            used_b.insert(j);
            moved.push((i, j));
        }
    }
    moved
}

fn count_chars(text: &str) -> u32 {
    u32::try_from(text.chars().count()).unwrap_or(u32::MAX)
}

/// Character offsets of increasing byte offsets, counted once.
struct CharCounter<'t> {
    text: &'t str,
    byte: usize,
    chars: u32,
}

impl<'t> CharCounter<'t> {
    fn new(text: &'t str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The character offset of a byte offset (a char boundary).
    fn at(&mut self, byte: usize) -> u32 {
        if byte < self.byte {
            return count_chars(self.text.get(..byte).unwrap_or_default());
        }
        self.chars += count_chars(self.text.get(self.byte..byte).unwrap_or_default());
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests;
