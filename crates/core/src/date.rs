//! Reading the RFC 3339 dates stored in a corpus, without a date library.
//!
//! The CLI normalizes every date on ingest, so the browser only needs to take
//! the stored string apart for display, sorting and date facets.

/// The calendar parts of a stored date, as written (local time of the source).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateParts {
    /// Year, e.g. 2024.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1–31.
    pub day: u8,
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
}

impl DateParts {
    /// Parses `YYYY-MM-DDTHH:MM…` (the time part is optional); `None` if malformed.
    pub fn parse(date: &str) -> Option<Self> {
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            let s = date.get(range)?;
            if s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let (hour, minute) = match (number(11..13), number(14..16)) {
            (Some(h), Some(m)) if h < 24 && m < 60 => (h as u8, m as u8),
            _ => (0, 0),
        };
        Some(Self {
            year,
            month,
            day,
            hour,
            minute,
        })
    }

    /// `2024-07-03`.
    pub fn day_label(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `2024-07-03 19:44`.
    pub fn minute_label(&self) -> String {
        format!("{} {:02}:{:02}", self.day_label(), self.hour, self.minute)
    }

    /// Minutes since 1970-01-01 00:00 in the source's local time (for lags
    /// between dates, which all share the `+08:00` offset).
    pub fn minutes(&self) -> i64 {
        // Days from civil (Howard Hinnant's algorithm), March-based years.
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        let days = era * 146_097 + day_of_era - 719_468;
        days * 1440 + i64::from(self.hour) * 60 + i64::from(self.minute)
    }
}

/// A calendar day, as date filters and ranges use it (`2024-07-03`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// Year, e.g. 2024.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1 to the month's length.
    pub day: u8,
}

impl Day {
    /// Parses exactly `YYYY-MM-DD` naming a real day; `None` otherwise.
    pub fn parse(text: &str) -> Option<Self> {
        if text.len() != 10 {
            return None;
        }
        let parts = DateParts::parse(text)?;
        let day = Day {
            year: parts.year,
            month: parts.month,
            day: parts.day,
        };
        (day.day <= days_in_month(day.year, day.month)).then_some(day)
    }

    /// The day of a stored document date, if it has one.
    pub fn of_date(date: &str) -> Option<Self> {
        DateParts::parse(date).map(|p| Day {
            year: p.year,
            month: p.month,
            day: p.day,
        })
    }

    /// The day `days` before this one (for ranges like "the last 30 days").
    pub fn minus_days(self, days: u32) -> Self {
        let mut day = self;
        for _ in 0..days {
            day = day.previous();
        }
        day
    }

    fn previous(self) -> Self {
        match (self.day, self.month) {
            (d, _) if d > 1 => Day { day: d - 1, ..self },
            (_, 1) => Day {
                year: self.year.saturating_sub(1),
                month: 12,
                day: 31,
            },
            (_, m) => Day {
                month: m - 1,
                day: days_in_month(self.year, m - 1),
                ..self
            },
        }
    }

    /// The last day of the month this day is in.
    pub fn end_of_month(self) -> Self {
        Day {
            day: days_in_month(self.year, self.month),
            ..self
        }
    }

    /// The month this day is in.
    pub fn month_of(self) -> Month {
        Month {
            year: self.year,
            month: self.month,
        }
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A calendar month (`2024-07`), the unit of the timeline and the month facet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// Year, e.g. 2024.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
}

impl Month {
    /// The month after this one.
    pub fn next(self) -> Self {
        match self.month {
            12 => Month {
                year: self.year.saturating_add(1),
                month: 1,
            },
            m => Month {
                month: m + 1,
                ..self
            },
        }
    }

    /// Its first day.
    pub fn first_day(self) -> Day {
        Day {
            year: self.year,
            month: self.month,
            day: 1,
        }
    }

    /// Its last day.
    pub fn last_day(self) -> Day {
        self.first_day().end_of_month()
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_full_and_date_only_forms() {
        let cases = [
            ("2022-01-29T19:44:12+08:00", Some((2022, 1, 29, 19, 44))),
            ("2024-07-03T00:00:00+08:00", Some((2024, 7, 3, 0, 0))),
            ("2024-07-03", Some((2024, 7, 3, 0, 0))),
            ("2024-13-03", None),
            ("20x4-01-01", None),
            ("", None),
            ("２０２４-01-01", None),
        ];
        for (input, want) in cases {
            let got = DateParts::parse(input).map(|d| (d.year, d.month, d.day, d.hour, d.minute));
            assert_eq!(got, want, "{input}");
        }
    }

    #[test]
    fn labels_are_zero_padded() {
        let d = DateParts::parse("2022-01-29T09:04:12+08:00").expect("valid");
        assert_eq!(d.day_label(), "2022-01-29");
        assert_eq!(d.minute_label(), "2022-01-29 09:04");
    }

    #[test]
    fn days_are_real_calendar_days() {
        assert_eq!(
            Day::parse("2024-02-29").map(|d| d.to_string()),
            Some("2024-02-29".into())
        );
        for bad in [
            "2023-02-29",
            "2024-04-31",
            "2024-7-03",
            "2024-07-03T00",
            "",
            "abcd-ef-gh",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        let day = Day::parse("2024-03-01").expect("valid");
        assert_eq!(day.minus_days(1).to_string(), "2024-02-29");
        assert_eq!(
            Day::parse("2024-01-01")
                .expect("valid")
                .minus_days(1)
                .to_string(),
            "2023-12-31"
        );
        assert_eq!(day.month_of().to_string(), "2024-03");
        assert_eq!(day.month_of().last_day().to_string(), "2024-03-31");
        assert_eq!(
            Month {
                year: 2023,
                month: 12
            }
            .next()
            .to_string(),
            "2024-01"
        );
    }

    #[test]
    fn minutes_count_from_the_epoch() {
        let minutes = |s: &str| DateParts::parse(s).map(|d| d.minutes());
        assert_eq!(minutes("1970-01-01"), Some(0));
        assert_eq!(minutes("1970-01-02T01:30"), Some(1440 + 90));
        // 2024 is a leap year: Feb 29 exists between these.
        let span = minutes("2024-03-01").zip(minutes("2024-02-28"));
        assert_eq!(span.map(|(a, b)| a - b), Some(2 * 1440));
        assert_eq!(minutes("2000-03-01"), Some(11_017 * 1440));
    }
}
