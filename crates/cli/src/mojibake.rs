//! Mojibake: UTF-8 text that was once read as a Cyrillic code page (PT154,
//! as some scrapers of Chinese security sites did) and saved again, so
//! `首页` reads `йҰ–йЎө`. Such a line is written back to the bytes it was
//! read from and read again as UTF-8; a line that does not come back whole
//! is left as it is and counted, so the document can be flagged.

/// A text with its mojibake lines repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repaired {
    /// The text, repaired lines in place.
    pub text: String,
    /// Lines read back as UTF-8.
    pub repaired: usize,
    /// Lines that look like mojibake but do not read back.
    pub unrepaired: usize,
}

/// Cyrillic letters in a line that make it suspect (a Russian sentence
/// read right does not come back as UTF-8 Chinese, so it is left alone).
const MIN_SUSPECT_LETTERS: usize = 3;

/// Repairs every line that reads back as UTF-8 with Chinese in it.
pub fn repair(text: &str) -> Repaired {
    let (mut repaired, mut unrepaired) = (0, 0);
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if !is_suspect(line) {
            out.push_str(line);
            continue;
        }
        match read_back(line) {
            Some(fixed) => {
                repaired += 1;
                out.push_str(&fixed);
            }
            None => {
                // A line whose Cyrillic runs are not mojibake (Russian) is not counted.
                if looks_garbled(line) {
                    unrepaired += 1;
                }
                out.push_str(line);
            }
        }
    }
    Repaired {
        text: out,
        repaired,
        unrepaired,
    }
}

fn is_suspect(line: &str) -> bool {
    line.chars()
        .filter(|c| ('\u{0400}'..='\u{04ff}').contains(c))
        .count()
        >= MIN_SUSPECT_LETTERS
}

/// The line's bytes as PT154 wrote them, read as UTF-8, if that gives back
/// Chinese text; `None` otherwise.
fn read_back(line: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(line.len());
    for c in line.chars() {
        if c.is_ascii() {
            bytes.push(c as u8);
        } else {
            let at = PT154_HIGH.iter().position(|&h| h == c)?;
            bytes.push(0x80 + at as u8);
        }
    }
    let text = String::from_utf8(restore_lost_nbsp(&bytes)).ok()?;
    text.chars().any(crate::extract::is_han).then_some(text)
}

/// PT154 shows the byte 0xA0 as a no-break space, which scrapers drop or
/// trim (`文章` = `e6 96 87 e7 ab a0` comes back as `ж–Үз«`): a UTF-8
/// sequence one continuation byte short gets that byte back.
fn restore_lost_nbsp(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 4);
    let mut at = 0;
    while at < bytes.len() {
        let lead = bytes[at];
        let length = match lead {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 1,
        };
        let continuations = bytes[at + 1..]
            .iter()
            .take(length - 1)
            .take_while(|b| (0x80..=0xbf).contains(*b))
            .count();
        out.extend_from_slice(&bytes[at..at + 1 + continuations]);
        if length > 1 && continuations == length - 2 {
            out.push(0xa0);
        }
        at += 1 + continuations;
    }
    out
}

/// Mojibake's mark: letters of the Kazakh and other non-Russian Cyrillic
/// alphabets next to ordinary ones (`ҰЎ`, `Ҹ`), which Russian text lacks.
fn looks_garbled(line: &str) -> bool {
    line.chars()
        .filter(|c| ('\u{0490}'..='\u{04ff}').contains(c))
        .count()
        >= MIN_SUSPECT_LETTERS
}

/// PT154's characters for the bytes 0x80–0xFF (the lower half is ASCII).
const PT154_HIGH: [char; 128] = [
    '\u{0496}', '\u{0492}', '\u{04ee}', '\u{0493}', '\u{201e}', '\u{2026}', '\u{04b6}', '\u{04ae}',
    '\u{04b2}', '\u{04af}', '\u{04a0}', '\u{04e2}', '\u{04a2}', '\u{049a}', '\u{04ba}', '\u{04b8}',
    '\u{0497}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{04b3}', '\u{04b7}', '\u{04a1}', '\u{04e3}', '\u{04a3}', '\u{049b}', '\u{04bb}', '\u{04b9}',
    '\u{00a0}', '\u{040e}', '\u{045e}', '\u{0408}', '\u{04e8}', '\u{0498}', '\u{04b0}', '\u{00a7}',
    '\u{0401}', '\u{00a9}', '\u{04d8}', '\u{00ab}', '\u{00ac}', '\u{04ef}', '\u{00ae}', '\u{049c}',
    '\u{00b0}', '\u{04b1}', '\u{0406}', '\u{0456}', '\u{0499}', '\u{04e9}', '\u{00b6}', '\u{00b7}',
    '\u{0451}', '\u{2116}', '\u{04d9}', '\u{00bb}', '\u{0458}', '\u{04aa}', '\u{04ab}', '\u{049d}',
    '\u{0410}', '\u{0411}', '\u{0412}', '\u{0413}', '\u{0414}', '\u{0415}', '\u{0416}', '\u{0417}',
    '\u{0418}', '\u{0419}', '\u{041a}', '\u{041b}', '\u{041c}', '\u{041d}', '\u{041e}', '\u{041f}',
    '\u{0420}', '\u{0421}', '\u{0422}', '\u{0423}', '\u{0424}', '\u{0425}', '\u{0426}', '\u{0427}',
    '\u{0428}', '\u{0429}', '\u{042a}', '\u{042b}', '\u{042c}', '\u{042d}', '\u{042e}', '\u{042f}',
    '\u{0430}', '\u{0431}', '\u{0432}', '\u{0433}', '\u{0434}', '\u{0435}', '\u{0436}', '\u{0437}',
    '\u{0438}', '\u{0439}', '\u{043a}', '\u{043b}', '\u{043c}', '\u{043d}', '\u{043e}', '\u{043f}',
    '\u{0440}', '\u{0441}', '\u{0442}', '\u{0443}', '\u{0444}', '\u{0445}', '\u{0446}', '\u{0447}',
    '\u{0448}', '\u{0449}', '\u{044a}', '\u{044b}', '\u{044c}', '\u{044d}', '\u{044e}', '\u{044f}',
];

#[cfg(test)]
mod tests {
    use super::*;

    /// What PT154 makes of UTF-8 `text`.
    fn garble(text: &str) -> String {
        text.bytes()
            .map(|b| match b {
                0..=0x7f => b as char,
                _ => PT154_HIGH[usize::from(b - 0x80)],
            })
            .collect()
    }

    #[test]
    fn a_garbled_line_reads_back_and_the_rest_stays() {
        let garbled = garble("发布时间 : 2025-09-19 18:39:59");
        assert_eq!(garbled, "еҸ‘еёғж—¶й—ҙ : 2025-09-19 18:39:59");
        let text = format!("首页\n{garbled}\nЭто русский текст.");
        let repaired = repair(&text);
        assert_eq!(
            repaired.text,
            "首页\n发布时间 : 2025-09-19 18:39:59\nЭто русский текст."
        );
        assert_eq!((repaired.repaired, repaired.unrepaired), (1, 0));
    }

    #[test]
    fn a_dropped_no_break_space_is_given_back() {
        // `文章` ends on the byte 0xA0, which PT154 shows as a no-break space.
        let garbled = garble("往日文章");
        let dropped: String = garbled.chars().filter(|&c| c != '\u{a0}').collect();
        assert_eq!(dropped.chars().count(), garbled.chars().count() - 1);
        assert_eq!(
            repair(&format!("[{dropped}](/?issue=1)")).text,
            "[往日文章](/?issue=1)"
        );
        assert_eq!(repair(&format!("* {dropped}")).text, "* 往日文章");
    }

    #[test]
    fn a_line_that_does_not_read_back_is_counted() {
        // A character PT154 never writes (Ӝ) in the middle of the garble.
        let broken = format!("{}Ӝ{}", garble("网络安全"), garble("数据"));
        let repaired = repair(&broken);
        assert_eq!(repaired.text, broken);
        assert_eq!((repaired.repaired, repaired.unrepaired), (0, 1));
        assert_eq!(repair("没有乱码的正文。").repaired, 0);
    }
}
