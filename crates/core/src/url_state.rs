//! The view as a URL hash: what the reader sees can be bookmarked and shared.
//!
//! `#/?q=网信办&sort=newest&page=2` is a list of results (no `q`: every
//! document), `#/doc/<id>?q=网信办` one document with the query's terms
//! marked, `#/compare/<A>/<B>?strict=1&hide=boilerplate` two documents side
//! by side (`#/compare/<A>`: the second still to pick), `#/cluster/<id>` the
//! repost cluster of a document. Reading a hash never fails: unknown keys are ignored, malformed
//! values fall back to their defaults, an unknown path is the list.

use crate::search::Sort;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a list shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListView {
    /// The query as typed.
    pub query: String,
    /// Result order.
    pub sort: Sort,
    /// Page number, from 1.
    pub page: usize,
}

/// Where the reader is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// A list of documents: all of them, or a query's results.
    List(ListView),
    /// One document, by id, with the query that led to it (for highlights).
    Doc {
        /// The document's id.
        id: String,
        /// The query whose terms are marked ("" for none).
        query: String,
    },
    /// Two documents side by side.
    Compare(CompareView),
    /// The repost cluster of a document, by the document's id.
    Cluster {
        /// Any member's id.
        id: String,
    },
}

/// Two documents compared side by side, and how.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompareView {
    /// The first document's id ("" while it is being picked).
    pub a: String,
    /// The second document's id ("" while it is being picked).
    pub b: String,
    /// Compare punctuation and width as written.
    pub strict: bool,
    /// Leave out boilerplate paragraphs.
    pub hide_boilerplate: bool,
}

impl Default for Route {
    fn default() -> Self {
        Route::List(ListView::new(""))
    }
}

impl ListView {
    /// The first page of a query's results, by relevance.
    pub fn new(query: &str) -> Self {
        ListView {
            query: query.to_owned(),
            sort: Sort::default(),
            page: 1,
        }
    }
}

/// Characters left as they are in hash values (the rest is percent-encoded).
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Longest query kept from a URL (a pasted novel is not a query).
const MAX_QUERY_CHARS: usize = 500;

impl Route {
    /// Reads a location hash; anything unknown or malformed gives defaults.
    pub fn from_hash(hash: &str) -> Self {
        let hash = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, params) = hash.split_once('?').unwrap_or((hash, ""));
        let mut query = String::new();
        let mut sort = Sort::default();
        let mut page = 1;
        let (mut strict, mut hide_boilerplate) = (false, false);
        for pair in params.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match key {
                "q" => query = value.chars().take(MAX_QUERY_CHARS).collect(),
                "sort" => sort = Sort::from_name(&value).unwrap_or_default(),
                "page" => page = value.parse().ok().filter(|&p| p >= 1).unwrap_or(1),
                "strict" => strict = value == "1",
                "hide" => hide_boilerplate = value == "boilerplate",
                _ => {}
            }
        }
        match path.split_once('/') {
            Some(("doc", id)) if is_id(id) => Route::Doc {
                id: id.to_owned(),
                query,
            },
            Some(("cluster", id)) if is_id(id) => Route::Cluster { id: id.to_owned() },
            _ if path == "compare" || path.starts_with("compare/") => {
                let mut ids = path.split('/').skip(1);
                let mut side = || {
                    ids.next()
                        .filter(|id| is_id(id))
                        .unwrap_or_default()
                        .to_owned()
                };
                let (a, b) = (side(), side());
                Route::Compare(CompareView {
                    a,
                    b,
                    strict,
                    hide_boilerplate,
                })
            }
            _ => Route::List(ListView { query, sort, page }),
        }
    }

    /// The hash for this route (defaults left out).
    pub fn to_hash(&self) -> String {
        let mut params: Vec<String> = Vec::new();
        let path = match self {
            Route::List(view) => {
                if !view.query.is_empty() {
                    params.push(format!("q={}", encode(&view.query)));
                }
                if view.sort != Sort::default() {
                    params.push(format!("sort={}", view.sort.name()));
                }
                if view.page > 1 {
                    params.push(format!("page={}", view.page));
                }
                String::new()
            }
            Route::Doc { id, query } => {
                if !query.is_empty() {
                    params.push(format!("q={}", encode(query)));
                }
                format!("doc/{id}")
            }
            Route::Compare(view) => {
                if view.strict {
                    params.push("strict=1".to_owned());
                }
                if view.hide_boilerplate {
                    params.push("hide=boilerplate".to_owned());
                }
                match (view.a.is_empty(), view.b.is_empty()) {
                    (true, true) => "compare".to_owned(),
                    (false, true) => format!("compare/{}", view.a),
                    _ => format!("compare/{}/{}", view.a, view.b),
                }
            }
            Route::Cluster { id } => format!("cluster/{id}"),
        };
        match params.is_empty() {
            true => format!("#/{path}"),
            false => format!("#/{path}?{}", params.join("&")),
        }
    }
}

fn encode(value: &str) -> String {
    utf8_percent_encode(value, VALUE).to_string()
}

fn decode(value: &str) -> String {
    percent_decode_str(&value.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// Ids are short ASCII alphanumeric strings; anything else in a hash is ignored.
fn is_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, query: &str) -> Route {
        Route::Doc {
            id: id.into(),
            query: query.into(),
        }
    }

    #[test]
    fn round_trips() {
        let list = ListView {
            query: "网信办 \"数据 出境\" -约谈 a&b=c#?%".into(),
            sort: Sort::Oldest,
            page: 3,
        };
        for route in [
            Route::default(),
            Route::List(list),
            doc("e6fc0708bbf2", ""),
            doc("e6fc0708bbf2", "个人信息 保护"),
            Route::Compare(CompareView::default()),
            Route::Compare(CompareView {
                a: "e6fc0708bbf2".into(),
                b: "8849fe3ad291".into(),
                strict: true,
                hide_boilerplate: true,
            }),
            Route::Compare(CompareView {
                a: "e6fc0708bbf2".into(),
                ..CompareView::default()
            }),
            Route::Compare(CompareView {
                b: "8849fe3ad291".into(),
                ..CompareView::default()
            }),
            Route::Cluster {
                id: "e6fc0708bbf2".into(),
            },
        ] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
        }
        assert_eq!(Route::default().to_hash(), "#/");
    }

    #[test]
    fn compare_and_cluster_hashes() {
        let view = |a: &str, b: &str| {
            Route::Compare(CompareView {
                a: a.into(),
                b: b.into(),
                ..CompareView::default()
            })
        };
        assert_eq!(Route::from_hash("#/compare/abc/def"), view("abc", "def"));
        assert_eq!(view("abc", "def").to_hash(), "#/compare/abc/def");
        assert_eq!(Route::from_hash("#/compare/abc"), view("abc", ""));
        assert_eq!(Route::from_hash("#/compare"), view("", ""));
        // Odd ids are dropped, not errors.
        assert_eq!(Route::from_hash("#/compare/<x>/def"), view("", "def"));
        assert_eq!(Route::from_hash("#/compare/a/b/c"), view("a", "b"));
        assert_eq!(
            Route::from_hash("#/compare/a/b?strict=1&hide=boilerplate"),
            Route::Compare(CompareView {
                a: "a".into(),
                b: "b".into(),
                strict: true,
                hide_boilerplate: true
            })
        );
        assert_eq!(
            Route::from_hash("#/cluster/abc"),
            Route::Cluster { id: "abc".into() }
        );
        assert_eq!(Route::from_hash("#/cluster/"), Route::default());
    }

    #[test]
    fn odd_hashes_fall_back_to_defaults() {
        for hash in [
            "",
            "#",
            "#/",
            "#/doc/",
            "#/doc/<script>",
            "#/nope/1",
            "#/doc/a/b",
            "#%E4%B8%AD",
            "#/doc/中文",
            "#/?page=0",
            "#/?page=-1",
            "#/?page=x",
            "#/?sort=bogus",
            "#/?&&=&",
        ] {
            assert_eq!(Route::from_hash(hash), Route::default(), "{hash:?}");
        }
        assert_eq!(
            Route::from_hash("#/?q=%FF%FE"),
            Route::List(ListView::new("\u{FFFD}\u{FFFD}"))
        );
    }

    #[test]
    fn leading_slash_is_optional_and_plus_is_a_space() {
        assert_eq!(Route::from_hash("#doc/abc"), doc("abc", ""));
        assert_eq!(
            Route::from_hash("#/?q=a+b"),
            Route::List(ListView::new("a b"))
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_hash_reads_without_panicking(hash in "\\PC{0,80}") {
                let route = Route::from_hash(&hash);
                // Whatever was read survives a round trip.
                prop_assert_eq!(Route::from_hash(&route.to_hash()), route);
            }

            #[test]
            fn any_query_round_trips(query in "\\PC{0,60}", page in 1usize..1000) {
                let route = Route::List(ListView { query, sort: Sort::Newest, page });
                let back = Route::from_hash(&route.to_hash());
                prop_assert_eq!(back, route);
            }
        }
    }
}
