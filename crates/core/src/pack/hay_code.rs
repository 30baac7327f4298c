//! A character code made for one corpus, for the normalized texts search reads.
//!
//! UTF-8 spends three bytes on every Chinese character. Here each character
//! of the corpus gets a number by frequency, most frequent first, written in
//! UTF-8's shape: numbers below 128 in one byte, the next 2,048 in two, the
//! next 65,536 in three, the rest in four. Chinese text then takes about 1.5
//! bytes a character instead of 3.
//!
//! The shape is what makes it searchable as bytes: a lead byte says how long
//! its character is and continuation bytes (`10xxxxxx`) are never leads, so a
//! coded phrase found by a byte search in a coded text always starts and ends
//! on character boundaries, exactly as with UTF-8.

use std::collections::HashMap;

/// One byte: numbers `0..ONE`.
const ONE: u32 = 0x80;
/// Two bytes: `ONE..TWO`.
const TWO: u32 = ONE + 0x800;
/// Three bytes: `TWO..THREE`; four bytes above.
const THREE: u32 = TWO + 0x1_0000;

/// The code of one corpus: its characters by number.
#[derive(Debug, Clone, Default)]
pub struct HayCode {
    chars: Vec<char>,
    numbers: HashMap<char, u32>,
}

impl HayCode {
    /// The code for texts with these character counts: most frequent first,
    /// ties by character, so the same corpus always gets the same code.
    pub fn from_counts(counts: &HashMap<char, u64>) -> Self {
        let mut by_count: Vec<(char, u64)> = counts.iter().map(|(&c, &n)| (c, n)).collect();
        by_count.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Self::from_chars(by_count.into_iter().map(|(c, _)| c).collect())
    }

    /// The code with these characters, numbered in order.
    pub fn from_chars(chars: Vec<char>) -> Self {
        let numbers = chars
            .iter()
            .enumerate()
            .map(|(n, &c)| (c, n as u32))
            .collect();
        HayCode { chars, numbers }
    }

    /// The characters by number.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// Appends the code of `text`; `None` if it has a character the corpus
    /// does not (no coded text can contain it).
    pub fn encode_into(&self, text: &str, out: &mut Vec<u8>) -> Option<()> {
        for c in text.chars() {
            write_number(*self.numbers.get(&c)?, out);
        }
        Some(())
    }

    /// The code of `text`, as [`HayCode::encode_into`].
    pub fn encode(&self, text: &str) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(text.len());
        self.encode_into(text, &mut out)?;
        Some(out)
    }

    /// The text of coded bytes; `None` if they are not this code's.
    pub fn decode(&self, mut bytes: &[u8]) -> Option<String> {
        let mut text = String::with_capacity(bytes.len() * 2);
        while !bytes.is_empty() {
            let (number, len) = read_number(bytes)?;
            text.push(*self.chars.get(number as usize)?);
            bytes = &bytes[len..];
        }
        Some(text)
    }

    /// The character that ends just before byte `at` of coded bytes.
    pub fn char_before(&self, bytes: &[u8], at: usize) -> Option<char> {
        let mut start = at.checked_sub(1)?;
        while start > 0 && is_continuation(bytes[start]) {
            start -= 1;
        }
        let (number, len) = read_number(bytes.get(start..at)?)?;
        (len == at - start).then(|| self.chars.get(number as usize).copied())?
    }
}

fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

fn write_number(n: u32, out: &mut Vec<u8>) {
    let tail = |m: u32, shift: u32| 0x80 | ((m >> shift) & 0x3F) as u8;
    match n {
        _ if n < ONE => out.push(n as u8),
        _ if n < TWO => {
            let m = n - ONE;
            out.extend_from_slice(&[0xC0 | (m >> 6) as u8, tail(m, 0)]);
        }
        _ if n < THREE => {
            let m = n - TWO;
            out.extend_from_slice(&[0xE0 | (m >> 12) as u8, tail(m, 6), tail(m, 0)]);
        }
        _ => {
            let m = n - THREE;
            out.extend_from_slice(&[
                0xF0 | ((m >> 18) & 0x07) as u8,
                tail(m, 12),
                tail(m, 6),
                tail(m, 0),
            ]);
        }
    }
}

/// The number at the start of `bytes` and how many bytes it takes.
fn read_number(bytes: &[u8]) -> Option<(u32, usize)> {
    let lead = *bytes.first()?;
    let (len, base, bits) = match lead {
        0x00..=0x7F => return Some((u32::from(lead), 1)),
        0xC0..=0xDF => (2, ONE, u32::from(lead & 0x1F)),
        0xE0..=0xEF => (3, TWO, u32::from(lead & 0x0F)),
        0xF0..=0xF7 => (4, THREE, u32::from(lead & 0x07)),
        _ => return None,
    };
    let mut m = bits;
    for &byte in bytes.get(1..len)? {
        if !is_continuation(byte) {
            return None;
        }
        m = (m << 6) | u32::from(byte & 0x3F);
    }
    Some((base + m, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_of(text: &str) -> HayCode {
        let mut counts = HashMap::new();
        for c in text.chars() {
            *counts.entry(c).or_insert(0) += 1;
        }
        HayCode::from_counts(&counts)
    }

    #[test]
    fn every_length_round_trips() {
        for n in [
            0, 1, 127, 128, 129, 2175, 2176, 2177, 67_711, 67_712, 1_200_000,
        ] {
            let mut out = Vec::new();
            write_number(n, &mut out);
            assert_eq!(read_number(&out), Some((n, out.len())), "number {n}");
        }
    }

    #[test]
    fn frequent_characters_take_one_byte() {
        let code = code_of("的的的的网网信");
        assert_eq!(code.chars()[0], '的');
        assert_eq!(code.encode("的网信"), Some(vec![0, 1, 2]));
        assert_eq!(code.encode("的X"), None, "a character the corpus lacks");
    }

    #[test]
    fn a_coded_phrase_is_found_only_on_character_boundaries() {
        // 3,000 distinct characters: two- and three-byte numbers occur.
        let text: String = (0..3000u32)
            .filter_map(|n| char::from_u32(0x4E00 + n))
            .collect();
        let code = code_of(&text);
        let coded = code.encode(&text).expect("every character has a number");
        assert_eq!(code.decode(&coded).as_deref(), Some(text.as_str()));
        let chars: Vec<char> = text.chars().collect();
        for start in (0..chars.len() - 3).step_by(97) {
            let phrase: String = chars[start..start + 3].iter().collect();
            let needle = code.encode(&phrase).expect("coded");
            let found: Vec<usize> = memchr::memmem::find_iter(&coded, &needle).collect();
            let prefix: String = chars[..start].iter().collect();
            let at = code.encode(&prefix).expect("coded").len();
            assert_eq!(found, [at], "phrase at character {start}");
            let before = (start > 0).then(|| chars[start - 1]);
            assert_eq!(code.char_before(&coded, at), before);
        }
    }

    #[test]
    fn foreign_bytes_do_not_decode() {
        let code = code_of("网信");
        assert_eq!(code.decode(&[0x80]), None);
        assert_eq!(code.decode(&[0xC0]), None);
        assert_eq!(code.decode(&[5]), None, "no such number");
    }
}
