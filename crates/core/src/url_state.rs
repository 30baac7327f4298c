//! The view as a URL hash: what the reader sees can be bookmarked and shared.
//!
//! `#/?q=网信办&source=新华社&source=人民网&from=2023-01-01&sort=newest&page=2`
//! is a list of results (no `q`: every document) narrowed by facets (a key
//! per facet, repeated for several values) and a date range;
//! `#/doc/<id>?q=网信办` is one document with the query's terms marked
//! (`&art=12`: scrolled to its article 12, see [`crate::instrument`]);
//! `#/compare/<A>/<B>?strict=1&hide=boilerplate` two documents side by side
//! (`by=article&ignore=headings,numbering`: two versions article by article)
//! (`#/compare/<A>`: the second still to pick); `#/cluster/<id>` the repost
//! cluster of a document; `#/saved` the reader's saved work. Reading a hash never fails: unknown keys are ignored, malformed values are
//! dropped and reported (so the app can say so), an unknown path is the list.

use crate::date::Day;
use crate::facets::{Facet, Filters, MAX_VALUE_CHARS};
use crate::search::Sort;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a list shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListView {
    /// The query as typed.
    pub query: String,
    /// Facet selections and date range.
    pub filters: Filters,
    /// Whether reposts of one announcement are shown as one row.
    pub collapse: bool,
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
        /// The article to scroll to (`art=12`), if any.
        article: Option<u32>,
    },
    /// Two documents side by side.
    Compare(CompareView),
    /// The repost cluster of a document, by the document's id.
    Cluster {
        /// Any member's id.
        id: String,
    },
    /// The reader's saved work: searches, collections, notes.
    Saved,
    /// An instrument of the corpus, by its key (`#/instrument/网络安全法`).
    Instrument {
        /// Its key (see `instrument::name::Cited::key`).
        key: String,
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
    /// Compare article by article (two versions of an instrument).
    pub by_article: bool,
    /// By article: leave out each article's 【条旨】 heading.
    pub ignore_headings: bool,
    /// By article: renumbering is no change.
    pub ignore_numbering: bool,
}

impl Default for Route {
    fn default() -> Self {
        Route::List(ListView::new(""))
    }
}

impl ListView {
    /// The first page of a query's results, by relevance, unfiltered.
    pub fn new(query: &str) -> Self {
        ListView {
            query: query.to_owned(),
            page: 1,
            ..ListView::default()
        }
    }
}

/// A hash parameter that was dropped because its value is malformed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The parameter's name.
    pub key: String,
    /// Its value, decoded (cut to a readable length).
    pub value: String,
}

/// Characters left as they are in hash values (the rest is percent-encoded).
const VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Longest query kept from a URL (a pasted novel is not a query).
const MAX_QUERY_CHARS: usize = 500;
/// Most facet values read from one URL.
const MAX_SELECTED: usize = 100;
/// Highest article number a link may name (no instrument has 10,000).
const MAX_ARTICLE: u32 = 9_999;

impl Route {
    /// Reads a location hash; anything unknown or malformed gives defaults.
    pub fn from_hash(hash: &str) -> Self {
        Route::read_hash(hash).0
    }

    /// Reads a location hash, also returning the parameters that were dropped
    /// because their values are malformed.
    pub fn read_hash(hash: &str) -> (Self, Vec<Ignored>) {
        let hash = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, params) = hash.split_once('?').unwrap_or((hash, ""));
        let mut view = ListView::new("");
        let mut ignored = Vec::new();
        let mut selected = 0;
        let (mut strict, mut hide_boilerplate) = (false, false);
        let (mut by_article, mut ignore_headings, mut ignore_numbering) = (false, false, false);
        let mut article = None;
        for pair in params.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            let accepted = match (key, Facet::from_name(key)) {
                ("q", _) => {
                    view.query = value.chars().take(MAX_QUERY_CHARS).collect();
                    true
                }
                ("sort", _) => Sort::from_name(&value).map(|s| view.sort = s).is_some(),
                ("page", _) => value
                    .parse()
                    .ok()
                    .filter(|&p| p >= 1)
                    .map(|p| view.page = p)
                    .is_some(),
                ("from", _) => Day::parse(&value)
                    .map(|d| view.filters.from = Some(d))
                    .is_some(),
                ("to", _) => Day::parse(&value)
                    .map(|d| view.filters.to = Some(d))
                    .is_some(),
                ("strict", _) => {
                    strict = value == "1";
                    true
                }
                ("hide", _) => {
                    hide_boilerplate = value == "boilerplate";
                    true
                }
                ("by", _) => {
                    by_article = value == "article";
                    matches!(value.as_str(), "article" | "paragraph")
                }
                ("ignore", _) => value.split(',').all(|what| match what {
                    "headings" => {
                        ignore_headings = true;
                        true
                    }
                    "numbering" => {
                        ignore_numbering = true;
                        true
                    }
                    _ => false,
                }),
                ("art", _) => value
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=MAX_ARTICLE).contains(n))
                    .map(|n| article = Some(n))
                    .is_some(),
                ("collapse", _) => {
                    view.collapse = value == "1";
                    matches!(value.as_str(), "0" | "1")
                }
                (_, Some(facet)) if facet.accepts(&value) && selected < MAX_SELECTED => {
                    selected += 1;
                    view.filters.select(facet, value.trim());
                    true
                }
                (_, Some(_)) => false,
                _ => true,
            };
            if !accepted {
                ignored.push(Ignored {
                    key: key.chars().take(40).collect(),
                    value: value.chars().take(MAX_VALUE_CHARS).collect(),
                });
            }
        }
        let route = match path.split_once('/') {
            Some(("doc", id)) if is_id(id) => Route::Doc {
                id: id.to_owned(),
                query: view.query,
                article,
            },
            Some(("cluster", id)) if is_id(id) => Route::Cluster { id: id.to_owned() },
            None if path == "saved" => Route::Saved,
            Some(("instrument", key)) if is_key(&decode(key)) => {
                Route::Instrument { key: decode(key) }
            }
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
                    by_article,
                    ignore_headings,
                    ignore_numbering,
                })
            }
            _ => Route::List(view),
        };
        (route, ignored)
    }

    /// The hash for this route (defaults left out).
    pub fn to_hash(&self) -> String {
        let mut params: Vec<String> = Vec::new();
        let path = match self {
            Route::List(view) => {
                if !view.query.is_empty() {
                    params.push(format!("q={}", encode(&view.query)));
                }
                for (facet, value) in view.filters.values() {
                    params.push(format!("{}={}", facet.name(), encode(value)));
                }
                if let Some(from) = view.filters.from {
                    params.push(format!("from={from}"));
                }
                if let Some(to) = view.filters.to {
                    params.push(format!("to={to}"));
                }
                if view.collapse {
                    params.push("collapse=1".to_owned());
                }
                if view.sort != Sort::default() {
                    params.push(format!("sort={}", view.sort.name()));
                }
                if view.page > 1 {
                    params.push(format!("page={}", view.page));
                }
                String::new()
            }
            Route::Doc { id, query, article } => {
                if !query.is_empty() {
                    params.push(format!("q={}", encode(query)));
                }
                if let Some(n) = article {
                    params.push(format!("art={n}"));
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
                if view.by_article {
                    params.push("by=article".to_owned());
                }
                let ignored: Vec<&str> = [
                    (view.ignore_headings, "headings"),
                    (view.ignore_numbering, "numbering"),
                ]
                .iter()
                .filter(|(on, _)| *on)
                .map(|&(_, what)| what)
                .collect();
                if !ignored.is_empty() {
                    params.push(format!("ignore={}", ignored.join(",")));
                }
                match (view.a.is_empty(), view.b.is_empty()) {
                    (true, true) => "compare".to_owned(),
                    (false, true) => format!("compare/{}", view.a),
                    _ => format!("compare/{}/{}", view.a, view.b),
                }
            }
            Route::Cluster { id } => format!("cluster/{id}"),
            Route::Saved => "saved".to_owned(),
            Route::Instrument { key } => format!("instrument/{}", encode(key)),
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

/// Longest instrument key read from a hash (characters).
const MAX_KEY_CHARS: usize = 120;

/// An instrument key: a name, without control characters or slashes.
fn is_key(key: &str) -> bool {
    !key.trim().is_empty()
        && key.chars().count() <= MAX_KEY_CHARS
        && !key.chars().any(|c| c.is_control() || c == '/')
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
            article: None,
        }
    }

    #[test]
    fn round_trips() {
        let list = ListView {
            query: "网信办 \"数据 出境\" -约谈 a&b=c#?%".into(),
            sort: Sort::Oldest,
            page: 3,
            ..ListView::default()
        };
        let mut filtered = ListView::new("数据");
        filtered.filters.select(Facet::Source, "新华社");
        filtered.filters.select(Facet::Source, "A&B = C, D");
        filtered.filters.select(Facet::Kind, "meeting");
        filtered.filters.select(Facet::Month, "2023-05");
        filtered.filters.from = Day::parse("2023-01-01");
        filtered.filters.to = Day::parse("2023-12-31");
        filtered.collapse = true;
        for route in [
            Route::default(),
            Route::List(list),
            Route::List(filtered),
            doc("e6fc0708bbf2", ""),
            doc("e6fc0708bbf2", "个人信息 保护"),
            Route::Doc {
                id: "e6fc0708bbf2".into(),
                query: "数据".into(),
                article: Some(12),
            },
            Route::Compare(CompareView::default()),
            Route::Compare(CompareView {
                a: "e6fc0708bbf2".into(),
                b: "8849fe3ad291".into(),
                strict: true,
                hide_boilerplate: true,
                ..CompareView::default()
            }),
            Route::Compare(CompareView {
                a: "e6fc0708bbf2".into(),
                b: "8849fe3ad291".into(),
                by_article: true,
                ignore_headings: true,
                ignore_numbering: true,
                ..CompareView::default()
            }),
            Route::Compare(CompareView {
                a: "e6fc0708bbf2".into(),
                b: "8849fe3ad291".into(),
                by_article: true,
                ignore_numbering: true,
                ..CompareView::default()
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
            Route::Saved,
            Route::Instrument {
                key: "网络暴力信息治理规定".into(),
            },
            Route::Instrument {
                key: "关于开展“清朗·2024”专项行动的通知 & (试行)?".into(),
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
                hide_boilerplate: true,
                ..CompareView::default()
            })
        );
        let (route, ignored) = Route::read_hash("#/compare/a/b?by=article&ignore=numbering,x");
        assert_eq!(
            route,
            Route::Compare(CompareView {
                a: "a".into(),
                b: "b".into(),
                by_article: true,
                ignore_numbering: true,
                ..CompareView::default()
            })
        );
        assert_eq!(ignored.len(), 1, "an unknown thing to ignore is reported");
        assert_eq!(
            Route::from_hash("#/cluster/abc"),
            Route::Cluster { id: "abc".into() }
        );
        assert_eq!(Route::from_hash("#/cluster/"), Route::default());
        assert_eq!(Route::from_hash("#/saved?q=x"), Route::Saved);
        assert_eq!(Route::from_hash("#/saved/x"), Route::default());
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
    fn malformed_filter_values_are_dropped_and_reported() {
        let (route, ignored) =
            Route::read_hash("#/?source=%E6%96%B0&from=2023-02-30&to=2024-01-01&kind=bogus&year=23&month=2023-13&page=x&collapse=yes&who=me");
        let mut want = ListView::new("");
        want.filters.select(Facet::Source, "新");
        want.filters.to = Day::parse("2024-01-01");
        assert_eq!(route, Route::List(want));
        let keys: Vec<&str> = ignored.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["from", "kind", "year", "month", "page", "collapse"]);
        assert_eq!(ignored[0].value, "2023-02-30");
    }

    #[test]
    fn odd_article_numbers_are_dropped_and_reported() {
        for value in ["0", "-1", "x", "10000", "99999999999", "1.5", ""] {
            let (route, ignored) = Route::read_hash(&format!("#/doc/abc?art={value}"));
            assert_eq!(route, doc("abc", ""), "{value:?}");
            assert_eq!(ignored.len(), 1, "{value:?}");
        }
        assert_eq!(
            Route::from_hash("#/doc/abc?art=12").to_hash(),
            "#/doc/abc?art=12"
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
                let (route, _) = Route::read_hash(&hash);
                // Whatever was read survives a round trip.
                prop_assert_eq!(Route::from_hash(&route.to_hash()), route);
            }

            #[test]
            fn any_query_round_trips(
                query in "\\PC{0,60}",
                page in 1usize..1000,
                sources in proptest::collection::vec("\\PC{1,20}", 0..4),
                collapse: bool,
            ) {
                let mut view = ListView { query, sort: Sort::Newest, page, collapse, ..ListView::default() };
                for source in sources.iter().filter(|s| Facet::Source.accepts(s)) {
                    view.filters.select(Facet::Source, source.trim());
                }
                let route = Route::List(view);
                let back = Route::from_hash(&route.to_hash());
                prop_assert_eq!(back, route);
            }
        }
    }
}
