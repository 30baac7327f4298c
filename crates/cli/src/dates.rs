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
    fn file_name_dates() {
        assert_eq!(
            from_file_name("2024-07-03_7eaef9afe4.md").as_deref(),
            Some("2024-07-03T00:00:00+08:00")
        );
        assert_eq!(from_file_name("000_a672546fcce5ed6a.txt"), None);
        assert_eq!(from_file_name("短"), None);
    }
}
