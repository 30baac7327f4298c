//! Dates as sources write them, normalized to RFC 3339 in China Standard Time.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};

/// China Standard Time: every source Gazette reads publishes in it.
fn china() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).expect("UTC+8 is a valid offset")
}

/// Formats with an explicit offset or zone.
const ZONED_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M %z",
    "%Y/%m/%d %H:%M:%S %z",
];

/// Local-time formats (taken as China Standard Time).
const LOCAL_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
];

/// Date-only formats (midnight, China Standard Time).
const DAY_FORMATS: &[&str] = &["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d"];

/// Parses a date as written in front matter and returns it as RFC 3339 with a
/// `+08:00` offset; `None` if it is in no format Gazette knows.
pub fn normalize(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let zoned = DateTime::parse_from_rfc2822(raw)
        .or_else(|_| DateTime::parse_from_rfc3339(raw))
        .ok()
        .or_else(|| {
            ZONED_FORMATS
                .iter()
                .find_map(|f| DateTime::parse_from_str(raw, f).ok())
        });
    if let Some(date) = zoned {
        return Some(format(date.with_timezone(&china())));
    }
    let local = LOCAL_FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(raw, f).ok())
        .or_else(|| {
            DAY_FORMATS.iter().find_map(|f| {
                NaiveDate::parse_from_str(raw, f)
                    .ok()
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
            })
        })?;
    china().from_local_datetime(&local).single().map(format)
}

/// The date at the start of a file name such as `2024-07-03_7eaef9afe4.md`.
pub fn from_file_name(name: &str) -> Option<String> {
    name.get(..10).and_then(normalize)
}

/// A paragraph that is nothing but a calendar date written the Chinese way,
/// `2022年9月13日` or `二〇二二年九月十三日` (the 成文日期 under an issuing
/// body), as `YYYY-MM-DD`; `None` for anything else (times, ranges, prose).
pub fn standalone_date_zh(text: &str) -> Option<String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (year, rest) = compact.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let year = if year.chars().count() == 4 {
        year.chars()
            .map(digit_zh)
            .try_fold(0u32, |n, d| Some(n * 10 + d?))?
    } else {
        return None;
    };
    let month = number_zh(month)?;
    let day = number_zh(day)?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// One digit, Arabic (ASCII or full-width) or Chinese (`〇` `零` … `九`).
fn digit_zh(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '〇' | '零' | 'Ｏ' | 'O' | 'o' => Some(0),
        _ => "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .and_then(|i| u32::try_from(i + 1).ok()),
    }
}

/// A month or day number: `9`, `09`, `九`, `十三`, `二十`, `三十一`.
fn number_zh(text: &str) -> Option<u32> {
    if text.is_empty() || text.chars().count() > 3 {
        return None;
    }
    match text.split_once('十') {
        Some((tens, ones)) => {
            let tens = if tens.is_empty() { 1 } else { number_zh(tens)? };
            let ones = if ones.is_empty() { 0 } else { number_zh(ones)? };
            (tens < 10 && ones < 10).then_some(tens * 10 + ones)
        }
        None => text
            .chars()
            .map(digit_zh)
            .try_fold(0u32, |n, d| Some(n * 10 + d?)),
    }
}

fn format(date: DateTime<FixedOffset>) -> String {
    date.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_format_becomes_china_time() {
        let cases = [
            (
                "Sat, 29 Jan 2022 11:44:12 GMT",
                Some("2022-01-29T19:44:12+08:00"),
            ),
            (
                "Tue, 20 Apr 2021 11:51:38 GMT",
                Some("2021-04-20T19:51:38+08:00"),
            ),
            (
                "2022-02-10 11:48:47 +0800",
                Some("2022-02-10T11:48:47+08:00"),
            ),
            ("2024-07-03", Some("2024-07-03T00:00:00+08:00")),
            (
                "2025-10-06T17:43:42.502442",
                Some("2025-10-06T17:43:42+08:00"),
            ),
            ("2024-07-03T01:00:00Z", Some("2024-07-03T09:00:00+08:00")),
            ("2024年7月3日", Some("2024-07-03T00:00:00+08:00")),
            ("2024/7/3", Some("2024-07-03T00:00:00+08:00")),
            ("yesterday", None),
            ("2024-02-30", None),
            ("", None),
        ];
        for (raw, want) in cases {
            assert_eq!(normalize(raw).as_deref(), want, "{raw}");
        }
    }

    #[test]
    fn standalone_chinese_dates() {
        let cases = [
            ("2022年9月13日", Some("2022-09-13")),
            (" 2022 年 09 月 13 日 ", Some("2022-09-13")),
            ("二〇二二年九月十三日", Some("2022-09-13")),
            ("２０２３年１２月３１日", Some("2023-12-31")),
            ("二〇二四年十月一日", Some("2024-10-01")),
            ("2022年2月30日", None),
            ("2022年9月13日 10:22", None),
            ("2022年9月13日起施行", None),
            ("22年9月13日", None),
            ("2022年9月", None),
        ];
        for (raw, want) in cases {
            assert_eq!(standalone_date_zh(raw).as_deref(), want, "{raw}");
        }
    }

    #[test]
    fn file_name_dates() {
        assert_eq!(
            from_file_name("2024-07-03_7eaef9afe4.md").as_deref(),
            Some("2024-07-03T00:00:00+08:00")
        );
        assert_eq!(from_file_name("000_a672546fcce5ed6a.txt"), None);
        assert_eq!(from_file_name("短"), None);
    }
}
