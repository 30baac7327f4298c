//! Embed mode: the viewer inside another page's iframe (a wiki, an intranet).
//!
//! `?embed=1` in the query string, or `embed=1` among the hash's parameters
//! (`#/?q=网信办&embed=1`, for hosts and `file://` pages where a query string
//! is awkward), asks for the compact layout; `open=tab` as well makes
//! document links open the full viewer in a new tab. The viewer then tells
//! its parent its height with [`HEIGHT_MESSAGE_TYPE`] messages
//! (`docs/embedding.md`).

/// The `type` of the message an embedded viewer posts to its parent:
/// `{ type: "gazette:height", height: <CSS pixels, integer> }`.
pub const HEIGHT_MESSAGE_TYPE: &str = "gazette:height";

/// The parameter that asks for embed mode.
const EMBED: &str = "embed";
/// The parameter that says where document links open.
const OPEN: &str = "open";
/// `open=tab`: in a new tab, in the full viewer.
const OPEN_TAB: &str = "tab";

/// How the viewer was asked to present itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Compact layout for an iframe, height reported to the parent.
    pub embedded: bool,
    /// Document links open the full viewer in a new tab (`open=tab`).
    pub open_in_tab: bool,
    /// The request came in the hash, so every later hash must carry it too
    /// (a query string survives navigation by itself).
    pub in_hash: bool,
}

impl EmbedOptions {
    /// Reads the options from a location's query string (`?…`) and hash
    /// (`#…`). Anything unknown or malformed means "not embedded".
    pub fn from_location(search: &str, hash: &str) -> Self {
        let in_search = Self::from_params(search.trim_start_matches('?'));
        if in_search.embedded {
            return in_search;
        }
        let in_hash = Self::from_params(hash_params(hash));
        Self {
            in_hash: in_hash.embedded,
            ..in_hash
        }
    }

    fn from_params(params: &str) -> Self {
        let mut options = Self::default();
        for (key, value) in pairs(params) {
            match key {
                EMBED => options.embedded = matches!(value, "" | "1" | "true"),
                OPEN => options.open_in_tab = value == OPEN_TAB,
                _ => {}
            }
        }
        options.open_in_tab &= options.embedded;
        options
    }

    /// `hash` (made by the router) with the embed parameters added when they
    /// came in the hash, so a reload of the iframe stays compact.
    pub fn keep_in_hash(&self, hash: &str) -> String {
        if !self.in_hash || Self::from_params(hash_params(hash)).embedded {
            return hash.to_owned();
        }
        let mut hash = hash.to_owned();
        if hash.is_empty() {
            hash.push_str("#/");
        }
        hash.push(if hash.contains('?') { '&' } else { '?' });
        hash.push_str("embed=1");
        if self.open_in_tab {
            hash.push_str("&open=tab");
        }
        hash
    }
}

/// The address of the full viewer showing what `href` shows: the same
/// address without the embed parameters, in the query string or the hash.
pub fn full_viewer_url(href: &str) -> String {
    let (before_hash, hash) = match href.split_once('#') {
        Some((before, hash)) => (before, Some(hash)),
        None => (href, None),
    };
    let mut url = match before_hash.split_once('?') {
        Some((base, query)) => with_query(base, '?', &without_embed(query)),
        None => before_hash.to_owned(),
    };
    if let Some(hash) = hash {
        url.push('#');
        match hash.split_once('?') {
            Some((path, params)) => url.push_str(&with_query(path, '?', &without_embed(params))),
            None if hash_params(hash).is_empty() => url.push_str(hash),
            None => url.push_str(&without_embed(hash)),
        }
    }
    url
}

/// `base`, then `separator` and `query` unless the query is empty.
fn with_query(base: &str, separator: char, query: &str) -> String {
    match query.is_empty() {
        true => base.to_owned(),
        false => format!("{base}{separator}{query}"),
    }
}

/// The parameters without `embed` and `open`, in their order.
fn without_embed(params: &str) -> String {
    params
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let key = pair.split_once('=').map_or(*pair, |(key, _)| key);
            key != EMBED && key != OPEN
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The parameters of a hash: after its `?` (`#/doc/ab?q=…`), or the whole
/// hash when it is no route path (`#embed=1`).
fn hash_params(hash: &str) -> &str {
    let hash = hash.trim_start_matches('#');
    match hash.split_once('?') {
        Some((_, params)) => params,
        None if hash.starts_with('/') => "",
        None => hash,
    }
}

fn pairs(params: &str) -> impl Iterator<Item = (&str, &str)> {
    params
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(search: &str, hash: &str) -> (bool, bool, bool) {
        let o = EmbedOptions::from_location(search, hash);
        (o.embedded, o.open_in_tab, o.in_hash)
    }

    #[test]
    fn embed_is_asked_in_the_query_or_the_hash() {
        let cases = [
            ("", "", (false, false, false)),
            ("?embed=1", "", (true, false, false)),
            ("?embed=1&open=tab", "#/?q=网信办", (true, true, false)),
            ("?embed", "", (true, false, false)),
            ("?embed=true", "#/", (true, false, false)),
            ("?embed=0", "", (false, false, false)),
            ("?embedded=1", "", (false, false, false)),
            ("?open=tab", "", (false, false, false)),
            ("", "#/?q=%E7%BD%91&embed=1", (true, false, true)),
            ("", "#/doc/abc?embed=1&open=tab", (true, true, true)),
            ("", "#embed=1", (true, false, true)),
            ("", "#/embed=1", (false, false, false)),
            ("?x=1", "#/?q=embed%3D1", (false, false, false)),
            ("?%zz&&=", "#??&&embed=2", (false, false, false)),
        ];
        for (search, hash, want) in cases {
            assert_eq!(options(search, hash), want, "{search} {hash}");
        }
    }

    #[test]
    fn a_hash_request_is_kept_in_later_hashes() {
        let from_hash = EmbedOptions::from_location("", "#/?embed=1&open=tab");
        assert_eq!(from_hash.keep_in_hash("#/?q=a"), "#/?q=a&embed=1&open=tab");
        assert_eq!(
            from_hash.keep_in_hash("#/doc/ab"),
            "#/doc/ab?embed=1&open=tab"
        );
        assert_eq!(from_hash.keep_in_hash(""), "#/?embed=1&open=tab");
        assert_eq!(from_hash.keep_in_hash("#/?embed=1"), "#/?embed=1");
        let from_search = EmbedOptions::from_location("?embed=1", "");
        assert_eq!(from_search.keep_in_hash("#/?q=a"), "#/?q=a");
        assert_eq!(EmbedOptions::default().keep_in_hash("#/doc/ab"), "#/doc/ab");
    }

    #[test]
    fn the_full_viewer_url_drops_only_the_embed_parameters() {
        let cases = [
            (
                "https://wiki.example/gz/?embed=1#/doc/ab?q=x",
                "https://wiki.example/gz/#/doc/ab?q=x",
            ),
            (
                "https://h/p/index.html?lang=zh&embed=1&open=tab#/",
                "https://h/p/index.html?lang=zh#/",
            ),
            (
                "file:///media/usb/gazette-offline.html#/doc/ab?q=%E7%BD%91&embed=1",
                "file:///media/usb/gazette-offline.html#/doc/ab?q=%E7%BD%91",
            ),
            ("file:///x.html#embed=1", "file:///x.html#"),
            ("https://h/#/?embed=1", "https://h/#/"),
            ("https://h/", "https://h/"),
            ("https://h/?q=embedded", "https://h/?q=embedded"),
        ];
        for (href, want) in cases {
            assert_eq!(full_viewer_url(href), want, "{href}");
        }
    }
}
