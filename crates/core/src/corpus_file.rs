//! Which corpus file a hosted viewer opens, read from its address.
//!
//! A site holds its corpus as `corpus.gazette` beside the app; `?corpus=…`
//! names another file of the same site (`?corpus=2024/corpus.gazette`). Only
//! a relative path is taken: an address with a scheme, a host or a
//! backslash would let a link make the viewer read another site's data, so
//! it is refused with a reason the page shows. The browser still resolves
//! the path and checks the origin before fetching.

use percent_encoding::percent_decode_str;
use std::fmt;

/// The pack's name in a site (what `gazette build --site` writes).
pub const DEFAULT: &str = "corpus.gazette";

/// The query parameter naming another corpus file.
pub const PARAM: &str = "corpus";

/// Why a `?corpus=` value is not opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The value as the address gave it (decoded).
    pub value: String,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "?corpus={} is not a file of this site (only a relative path is opened)",
            self.value
        )
    }
}

impl std::error::Error for Refused {}

/// The corpus file the address `search` (`?a=1&corpus=x.gazette`) asks
/// for: [`DEFAULT`] when it names none.
pub fn from_search(search: &str) -> Result<String, Refused> {
    let value = search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == PARAM)
        .map(|(_, value)| {
            percent_decode_str(&value.replace('+', " "))
                .decode_utf8_lossy()
                .trim()
                .to_owned()
        });
    match value {
        None => Ok(DEFAULT.to_owned()),
        Some(value) if value.is_empty() => Ok(DEFAULT.to_owned()),
        Some(value) if is_relative_path(&value) => Ok(value),
        Some(value) => Err(Refused { value }),
    }
}

/// A path below the site: no scheme, no host, no absolute path, no
/// backslash (browsers read `\` as `/`), no control characters.
fn is_relative_path(value: &str) -> bool {
    let before_slash = value.split('/').next().unwrap_or_default();
    !value.starts_with('/')
        && !before_slash.contains(':')
        && !value.contains('\\')
        && !value.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_parameter_opens_the_site_corpus() {
        assert_eq!(from_search("").as_deref(), Ok(DEFAULT));
        assert_eq!(from_search("?embed=1").as_deref(), Ok(DEFAULT));
        assert_eq!(from_search("?corpus=").as_deref(), Ok(DEFAULT));
    }

    #[test]
    fn a_relative_path_is_opened() {
        assert_eq!(
            from_search("?corpus=2024.gazette").as_deref(),
            Ok("2024.gazette")
        );
        assert_eq!(
            from_search("?embed=1&corpus=archive%2F%E7%BD%91%E4%BF%A1.gazette").as_deref(),
            Ok("archive/网信.gazette")
        );
        assert_eq!(
            from_search("?corpus=../other/c.gazette").as_deref(),
            Ok("../other/c.gazette")
        );
    }

    #[test]
    fn another_site_or_scheme_is_refused() {
        for value in [
            "https://evil.example/c.gazette",
            "//evil.example/c.gazette",
            "/root.gazette",
            "javascript:alert(1)",
            "data:application/octet-stream;base64,AAAA",
            "%5C%5Cevil.example%5Cc",
            "a%0Ab",
        ] {
            let refused = from_search(&format!("?corpus={value}"));
            assert!(refused.is_err(), "{value} was accepted");
        }
        let message = from_search("?corpus=https://x.example/c")
            .expect_err("refused")
            .to_string();
        assert!(message.contains("https://x.example/c"), "{message}");
    }
}
