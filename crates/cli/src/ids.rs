//! Stable document ids and content fingerprints.

/// 64-bit FNV-1a: tiny, fast, and fixed forever (ids must not change between
/// builds or versions, which `std`'s hashers do not promise).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes
        .iter()
        .fold(OFFSET, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(PRIME))
}

/// The id of the document read from `key` (its path relative to the input
/// directory): 12 hex digits, the same in every build.
pub fn document_id(key: &str) -> String {
    format!("{:012x}", fnv1a64(key.as_bytes()) >> 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn ids_are_twelve_hex_digits_and_stable() {
        let id = document_id("2024-07-03_7eaef9afe4.md");
        assert_eq!(id.len(), 12);
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(id, document_id("2024-07-03_7eaef9afe4.md"));
        assert_ne!(id, document_id("2024-07-03_7eaef9afe5.md"));
    }
}
