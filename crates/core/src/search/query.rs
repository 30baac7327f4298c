//! The query language, read leniently: it never fails.
//!
//! - words separated by spaces must all occur (AND);
//! - `"quoted words"` (also `“…”`, `「…」`) must occur together, as written;
//! - `-word` or `-"quoted words"` excludes documents that contain it;
//! - `OR` (or `|`) between two terms lets either occur.
//!
//! Anything else is read as text: an unclosed quote runs to the end, a lone
//! `-` or `OR` is ignored, and terms made only of punctuation are dropped
//! (they carry no words to find).

use super::normalize::normalize;
use super::tokens::{plan, TermPlan};

/// One thing to find: normalized text and how to look it up.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// Normalized text of the term.
    pub text: String,
    /// Its index lookup plan.
    pub plan: TermPlan,
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// Every group must match; within a group, any term may.
    pub groups: Vec<Vec<Term>>,
    /// No document containing any of these matches.
    pub excluded: Vec<Term>,
}

impl Query {
    /// Reads a query typed by a user.
    pub fn parse(input: &str) -> Self {
        let mut query = Query::default();
        let mut join_next = false;
        for item in items(input) {
            match item {
                Item::Or => join_next = !query.groups.is_empty(),
                Item::Text { text, negated } => {
                    let Some(term) = Term::new(&text) else {
                        continue;
                    };
                    if negated {
                        query.excluded.push(term);
                    } else if join_next {
                        if let Some(group) = query.groups.last_mut() {
                            group.push(term);
                        }
                    } else {
                        query.groups.push(vec![term]);
                    }
                    join_next = false;
                }
            }
        }
        query
    }

    /// Whether the query asks for nothing (then every document matches).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.excluded.is_empty()
    }

    /// The terms to highlight: every term that is looked for.
    pub fn positive_terms(&self) -> impl Iterator<Item = &Term> {
        self.groups.iter().flatten()
    }
}

impl Term {
    /// A term for raw text, or `None` when it has nothing to look up.
    pub fn new(raw: &str) -> Option<Self> {
        let text = normalize(raw);
        let plan = plan(&text);
        (!plan.keys.is_empty()).then_some(Term { text, plan })
    }
}

enum Item {
    Or,
    Text { text: String, negated: bool },
}

const QUOTES: &[(char, char)] = &[
    ('"', '"'),
    ('＂', '＂'),
    ('“', '”'),
    ('「', '」'),
    ('『', '』'),
];

fn items(input: &str) -> Vec<Item> {
    let mut items = Vec::new();
    let mut rest = input;
    loop {
        rest = rest.trim_start();
        let Some(first) = rest.chars().next() else {
            break;
        };
        let (negated, after_sign) = match first {
            '-' | '－' => (true, &rest[first.len_utf8()..]),
            _ => (false, rest),
        };
        let quote = after_sign
            .chars()
            .next()
            .and_then(|c| QUOTES.iter().find(|(open, _)| *open == c));
        if let Some(&(open, close)) = quote {
            let inner = &after_sign[open.len_utf8()..];
            let (text, remainder) = match inner.find(close) {
                Some(end) => (&inner[..end], &inner[end + close.len_utf8()..]),
                None => (inner, ""),
            };
            items.push(Item::Text {
                text: text.to_owned(),
                negated,
            });
            rest = remainder;
            continue;
        }
        let end = after_sign
            .find(char::is_whitespace)
            .unwrap_or(after_sign.len());
        let word = &after_sign[..end];
        if !negated && (word == "OR" || word == "|") {
            items.push(Item::Or);
        } else {
            items.push(Item::Text {
                text: word.to_owned(),
                negated,
            });
        }
        rest = &after_sign[end..];
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(terms: &[Term]) -> Vec<&str> {
        terms.iter().map(|t| t.text.as_str()).collect()
    }

    #[test]
    fn spaces_mean_and() {
        let q = Query::parse("数据  出境");
        assert_eq!(q.groups.len(), 2);
        assert_eq!(texts(&q.groups[0]), ["数据"]);
        assert_eq!(texts(&q.groups[1]), ["出境"]);
    }

    #[test]
    fn quotes_keep_words_together_and_minus_excludes() {
        let q = Query::parse("\"人工智能 监管\" -“征求意见稿” -ＡＰＰ");
        assert_eq!(q.groups.len(), 1);
        assert_eq!(texts(&q.groups[0]), ["人工智能 监管"]);
        assert_eq!(texts(&q.excluded), ["征求意见稿", "app"]);
    }

    #[test]
    fn or_joins_neighbours() {
        let q = Query::parse("网信办 约谈 OR 处罚 | 罚款");
        assert_eq!(q.groups.len(), 2);
        assert_eq!(texts(&q.groups[1]), ["约谈", "处罚", "罚款"]);
    }

    #[test]
    fn odd_input_is_read_leniently() {
        for input in [
            "",
            "   ",
            "-",
            "OR",
            "OR OR 网信",
            "\"unclosed 引号",
            "-\"",
            "《》 ， 。",
            "a OR",
        ] {
            let q = Query::parse(input);
            for term in q.positive_terms().chain(&q.excluded) {
                assert!(!term.plan.keys.is_empty(), "{input:?}");
            }
        }
        assert_eq!(
            texts(&Query::parse("\"unclosed 引号").groups[0]),
            ["unclosed 引号"]
        );
        assert_eq!(texts(&Query::parse("OR OR 网信").groups[0]), ["网信"]);
        assert!(Query::parse("《》 ， 。").is_empty());
    }
}
