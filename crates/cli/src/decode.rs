//! Raw bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

use std::fmt;

/// Why bytes could not become text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// NUL bytes: an image, an archive, a database …
    Binary,
    /// Neither UTF-8 nor GB18030.
    UnknownEncoding,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Binary => write!(f, "binary file (contains NUL bytes)"),
            Self::UnknownEncoding => write!(f, "text is neither UTF-8 nor GB18030/GBK"),
        }
    }
}

/// Text decoded from a file, and the encoding it was in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, line ends normalized to `\n`.
    pub text: String,
    /// `UTF-8`, `UTF-16LE`, `UTF-16BE` or `GB18030`.
    pub encoding: &'static str,
    /// Damaged UTF-8 sequences replaced by U+FFFD (0 for intact text).
    pub replaced: usize,
}

/// A file with at least this many intact non-ASCII characters per damaged
/// sequence is UTF-8 with a few broken bytes (a cut-off download, a bad
/// copy), not GBK: GBK text breaks UTF-8 at nearly every character.
const INTACT_CHARS_PER_DAMAGED_SEQUENCE: usize = 20;

/// How many leading bytes are checked for NUL bytes.
const BINARY_SNIFF_BYTES: usize = 8192;

/// Decodes a file's bytes, trying UTF-8 first and GB18030 (a superset of GBK)
/// second, as Chinese sites that are not UTF-8 use GBK. UTF-8 with a few
/// damaged sequences is read as UTF-8, each damaged sequence becoming U+FFFD
/// (counted in [`Decoded::replaced`]), rather than lost or misread as GBK.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if !had_errors {
            return Ok(decoded(&text, encoding.name(), 0));
        }
    }
    let head = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    if head.contains(&0) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(decoded(text, "UTF-8", 0));
    }
    if let Some(damaged) = mostly_utf8(bytes) {
        return Ok(decoded(&String::from_utf8_lossy(bytes), "UTF-8", damaged));
    }
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| decoded(&text, "GB18030", 0))
        .ok_or(DecodeError::UnknownEncoding)
}

fn decoded(text: &str, encoding: &'static str, replaced: usize) -> Decoded {
    Decoded {
        text: normalize_line_ends(text),
        encoding,
        replaced,
    }
}

/// The number of damaged sequences, when the bytes are UTF-8 apart from a
/// few of them (see [`INTACT_CHARS_PER_DAMAGED_SEQUENCE`]).
fn mostly_utf8(bytes: &[u8]) -> Option<usize> {
    let (mut intact, mut damaged) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        intact += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        damaged += usize::from(!chunk.invalid().is_empty());
    }
    (damaged > 0 && intact >= damaged * INTACT_CHARS_PER_DAMAGED_SEQUENCE).then_some(damaged)
}

fn normalize_line_ends(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_and_crlf() {
        let d = decode(b"\xef\xbb\xbftitle\r\nline").expect("utf-8");
        assert_eq!(d.text, "title\nline");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn gbk_text_is_decoded() {
        let (bytes, _, _) = encoding_rs::GBK.encode("网信办发布通知");
        let d = decode(&bytes).expect("gbk");
        assert_eq!(d.text, "网信办发布通知");
        assert_eq!(d.encoding, "GB18030");
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "通知".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).expect("utf-16").text, "通知");
    }

    #[test]
    fn utf8_with_a_few_damaged_bytes_stays_utf8() {
        let text = "工业和信息化部发布通知，要求电信企业加强个人信息保护。".repeat(10);
        let mut bytes = text.as_bytes().to_vec();
        bytes.insert(12, 0xff);
        bytes.truncate(bytes.len() - 1); // cut the last character short
        let d = decode(&bytes).expect("damaged utf-8");
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.replaced, 2);
        assert!(d.text.starts_with("工业和信\u{fffd}息化部"), "{}", d.text);
        assert!(d.text.ends_with("保护\u{fffd}"), "{}", d.text);
    }

    #[test]
    fn gbk_is_not_mistaken_for_damaged_utf8() {
        let text = "工业和信息化部发布通知。".repeat(50);
        let (bytes, _, _) = encoding_rs::GBK.encode(&text);
        let d = decode(&bytes).expect("gbk");
        assert_eq!((d.encoding, d.replaced), ("GB18030", 0));
    }

    #[test]
    fn binary_and_garbage_are_errors() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0"), Err(DecodeError::Binary));
        assert_eq!(
            decode(b"\xff\xff\xff\xfe\x80"),
            Err(DecodeError::UnknownEncoding)
        );
    }
}
