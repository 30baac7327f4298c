//! Whitespace handling shared by the HTML and Markdown readers.

/// Collapses whitespace runs the way a browser renders them, drops a line
/// break between two CJK characters (Chinese wraps lines without spaces),
/// and trims both ends (including U+3000 indents). Spaces written between
/// Chinese words on one line are kept, as one space.
pub fn collapse_whitespace(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    let mut pending_has_newline = false;
    for c in raw.chars() {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            // U+3000 is whitespace too: Sina indents paragraphs with it.
            if !pending_space {
                pending_has_newline = false;
            }
            pending_space = !out.is_empty();
            pending_has_newline |= c == '\n';
            continue;
        }
        if pending_space {
            let prev = out.chars().next_back().unwrap_or(' ');
            let line_wrap_in_chinese = pending_has_newline && (is_cjk(prev) || is_cjk(c));
            if !line_wrap_in_chinese {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Characters that take no space and carry no meaning in body text.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}'
    )
}

/// Han ideographs, CJK punctuation and full-width forms: no spaces around them.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2e80}'..='\u{2fdf}'
        | '\u{3000}'..='\u{303f}'
        | '\u{3040}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ffef}'
        | '\u{20000}'..='\u{2fa1f}'
        | '“' | '”' | '‘' | '’' | '—' | '…' | '·')
}

#[cfg(test)]
mod tests {
    use super::collapse_whitespace;

    #[test]
    fn collapses_like_a_browser_and_joins_chinese_lines() {
        let cases = [
            ("　　新华社北京1月29日电", "新华社北京1月29日电"),
            ("中央网信办\n召开会议", "中央网信办召开会议"),
            ("open  \n source", "open source"),
            ("APP\n侵犯", "APP侵犯"),
            ("  ", ""),
            ("点击下图 了解详情", "点击下图 了解详情"),
            ("点击下图　\n 了解详情", "点击下图了解详情"),
            ("a\u{200b}b", "ab"),
            ("数据\u{200b}安全", "数据安全"),
        ];
        for (raw, want) in cases {
            assert_eq!(collapse_whitespace(raw), want, "{raw:?}");
        }
    }
}
