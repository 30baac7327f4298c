//! The query language, read leniently: it never fails.
//!
//! - words separated by spaces must all occur (AND);
//! - `"quoted words"` (also `“…”`, `「…」`) must occur together, as written,
//!   except that a space between two CJK characters may be absent in the text:
//!   `"数据 出境"` finds `数据出境` and `数据 出境` (Chinese is written without
//!   spaces; a reader types one to mark the words). A space next to a Latin
//!   letter or digit is a word gap and must be there (`"open source"`). With
//!   several such spaces the phrase is found as typed or with all of them gone;
//!   the two readings are alternatives of one group;
//! - `-word` or `-"quoted words"` excludes documents that contain it;
//! - `OR` (or `|`) between two terms lets either occur.
//!
//! Anything else is read as text: an unclosed quote runs to the end, a lone
//! `-` or `OR` is ignored, and terms made only of punctuation are dropped
//! (they carry no words to find).

use crate::text::normalize::{is_cjk, normalize};
use crate::text::tokens::{plan, TermPlan};

/// One thing to find: normalized text and how to look it up.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// Normalized text of the term.
    pub text: String,
    /// Its index lookup plan.
    pub plan: TermPlan,
    /// How the reader typed it (for messages about the query).
    pub typed: Typed,
}

/// How a term came to be in the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Typed {
    /// A bare word.
    #[default]
    Word,
    /// A quoted phrase, as typed.
    Phrase,
    /// The quoted phrase before it with its spaces between CJK characters
    /// removed: the same thing the reader asked for, not shown on its own.
    GaplessPhrase,
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
                Item::Text {
                    text,
                    negated,
                    quoted,
                } => {
                    let terms = match quoted {
                        true => Term::phrase(&text),
                        false => Term::new(&text).into_iter().collect(),
                    };
                    if terms.is_empty() {
                        continue;
                    }
                    if negated {
                        query.excluded.extend(terms);
                    } else if join_next {
                        if let Some(group) = query.groups.last_mut() {
                            group.extend(terms);
                        }
                    } else {
                        query.groups.push(terms);
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
        (!plan.keys.is_empty()).then_some(Term {
            text,
            plan,
            typed: Typed::Word,
        })
    }

    /// The terms of a quoted phrase: as typed, and without its spaces between
    /// CJK characters when it has any (see the module doc).
    pub fn phrase(raw: &str) -> Vec<Self> {
        let Some(mut typed) = Term::new(raw) else {
            return Vec::new();
        };
        typed.typed = Typed::Phrase;
        let gapless = without_cjk_gaps(&typed.text);
        let mut terms = vec![typed];
        if gapless != terms[0].text {
            if let Some(mut term) = Term::new(&gapless) {
                term.typed = Typed::GaplessPhrase;
                terms.push(term);
            }
        }
        terms
    }
}

/// `text` without the whitespace runs that stand between two CJK characters.
pub fn without_cjk_gaps(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            let end = (i..chars.len())
                .find(|&j| !chars[j].is_whitespace())
                .unwrap_or(chars.len());
            let before = out.chars().next_back().is_some_and(is_cjk);
            let after = chars.get(end).is_some_and(|&c| is_cjk(c));
            if !(before && after) {
                out.extend(&chars[i..end]);
            }
            i = end;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

enum Item {
    Or,
    Text {
        text: String,
        negated: bool,
        quoted: bool,
    },
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
                quoted: true,
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
                quoted: false,
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
        assert_eq!(texts(&q.groups[0]), ["人工智能 监管", "人工智能监管"]);
        assert_eq!(texts(&q.excluded), ["征求意见稿", "app"]);
    }

    #[test]
    fn a_quoted_space_between_cjk_characters_may_be_absent() {
        let q = Query::parse("\"数据 出境\"");
        assert_eq!(q.groups.len(), 1, "one requirement, two readings");
        assert_eq!(texts(&q.groups[0]), ["数据 出境", "数据出境"]);
        assert_eq!(q.groups[0][0].typed, Typed::Phrase);
        assert_eq!(q.groups[0][1].typed, Typed::GaplessPhrase);
        // Latin words keep their gap; a Latin–CJK space is kept too.
        for kept in ["\"open source\"", "\"AI 监管\"", "\"数据\""] {
            let q = Query::parse(kept);
            assert_eq!(q.groups[0].len(), 1, "{kept}");
        }
        assert_eq!(
            without_cjk_gaps("个人 信息  保护 法 app 数据"),
            "个人信息保护法 app 数据"
        );
        let q = Query::parse("-\"数据 出境\" 网信");
        assert_eq!(texts(&q.excluded), ["数据 出境", "数据出境"]);
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
