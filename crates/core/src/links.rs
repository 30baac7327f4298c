//! Which links from corpus data may become clickable.

/// The URL if it is an absolute `http(s)` URL; corpus data can carry
/// `javascript:`, `data:` or relative links, which must never be followed.
pub fn external_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let is_http = lower.starts_with("http://") || lower.starts_with("https://");
    let has_host = url
        .split_once("//")
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(|c| c.is_alphanumeric()));
    (is_http && has_host && !url.contains(char::is_whitespace)).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::external_url;

    #[test]
    fn only_absolute_http_urls_pass() {
        let cases = [
            ("https://mp.weixin.qq.com/s?a=1", true),
            ("HTTP://EXAMPLE.COM/", true),
            ("javascript:alert(1)", false),
            (" JavaScript:alert(1)", false),
            ("data:text/html,<script>", false),
            ("//evil.example/x", false),
            ("/relative", false),
            ("https://", false),
            ("https:///path", false),
            ("https://a b", false),
            ("", false),
            ("ht", false),
        ];
        for (url, ok) in cases {
            assert_eq!(external_url(url).is_some(), ok, "{url:?}");
        }
    }
}
