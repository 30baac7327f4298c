//! The corpus's title and description in its pack: a pack file names its
//! own corpus.

use super::{push_varint, read_varint};
use crate::model::CorpusInfo;

pub(super) fn encode_info(info: &CorpusInfo) -> Vec<u8> {
    let mut out = Vec::new();
    for text in [&info.title, &info.description] {
        push_varint(&mut out, u32::try_from(text.len()).unwrap_or(u32::MAX));
        out.extend_from_slice(text.as_bytes());
    }
    out
}

/// Reads what [`encode_info`] wrote; `None` when it is cut short or not UTF-8.
pub(super) fn decode_info(bytes: &[u8]) -> Option<CorpusInfo> {
    let mut rest = bytes;
    let mut text = || {
        let len = read_varint(&mut rest)? as usize;
        let value = std::str::from_utf8(rest.get(..len)?).ok()?.to_owned();
        rest = &rest[len..];
        Some(value)
    };
    let title = text()?;
    let description = text()?;
    Some(CorpusInfo { title, description })
}
