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
}

/// How many leading bytes are checked for NUL bytes.
const BINARY_SNIFF_BYTES: usize = 8192;

/// Decodes a file's bytes, trying UTF-8 first and GB18030 (a superset of GBK)
/// second, as Chinese sites that are not UTF-8 use GBK.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if !had_errors {
            return Ok(Decoded {
                text: normalize_line_ends(&text),
                encoding: encoding.name(),
            });
        }
    }
    let head = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    if head.contains(&0) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: normalize_line_ends(text),
            encoding: "UTF-8",
        });
    }
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| Decoded {
            text: normalize_line_ends(&text),
            encoding: "GB18030",
        })
        .ok_or(DecodeError::UnknownEncoding)
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
    fn binary_and_garbage_are_errors() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0"), Err(DecodeError::Binary));
        assert_eq!(
            decode(b"\xff\xff\xff\xfe\x80"),
            Err(DecodeError::UnknownEncoding)
        );
    }
}
