//! The Bloom filter of the CJK pairs left out of the index (see
//! [`super::RARE_PAIR_DOCS`]): a query's pair that is in no document is known
//! absent without reading any text.

/// Bloom filter bits per rare pair (about 1 % false positives with 7 probes).
const BLOOM_BITS_PER_KEY: usize = 10;
const BLOOM_PROBES: u64 = 7;

/// The probe positions of a key in a filter of `bits` bits (double hashing
/// of a 64-bit FNV-1a hash).
fn probes(key: &str, bits: u64) -> impl Iterator<Item = u64> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in key.bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    let (h1, h2) = (hash & 0xFFFF_FFFF, (hash >> 32) | 1);
    (0..BLOOM_PROBES).map(move |i| h1.wrapping_add(i.wrapping_mul(h2)) % bits.max(1))
}

/// The filter of `keys`.
pub(super) fn build(keys: &[String]) -> Vec<u8> {
    let bits = (keys.len() * BLOOM_BITS_PER_KEY)
        .max(64)
        .next_multiple_of(8);
    let mut filter = vec![0u8; bits / 8];
    for key in keys {
        for bit in probes(key, bits as u64) {
            filter[(bit / 8) as usize] |= 1 << (bit % 8);
        }
    }
    filter
}

/// Whether `key` may be in `filter` (`false`: it is not).
pub(super) fn may_contain(filter: &[u8], key: &str) -> bool {
    let bits = filter.len() as u64 * 8;
    bits > 0
        && probes(key, bits).all(|bit| {
            filter
                .get((bit / 8) as usize)
                .is_some_and(|byte| byte & (1 << (bit % 8)) != 0)
        })
}
