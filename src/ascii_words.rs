//! Tests on eight bytes of text at once, read as one little-endian `u64` (the first byte in the
//! low byte). The tokenizer, the spelling table, the entity forms and the offset conversion
//! each pass over text this way, where a loop of a byte per step cost a branch per byte.

/// A one in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// Every byte's top bit: the bytes outside ASCII, in a word of text.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The bytes of `x` in `lo..=hi`, each such byte's top bit set and every other bit clear.
/// `x` must hold 7-bit bytes only (mask with `!HIGH` first): then `x + (0x80 - n)` has a byte's
/// top bit set exactly when that byte is `n` or above, and no sum carries into the next byte.
#[inline]
pub(crate) fn bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    let at_least = |n: u64| x + (0x80 - n) * ONES;
    at_least(u64::from(lo)) & !at_least(u64::from(hi) + 1) & HIGH
}

/// How many bytes of `x` (7-bit bytes only) are in `lo..=hi`.
#[inline]
pub(crate) fn count_in(x: u64, lo: u8, hi: u8) -> u32 {
    // The flags moved to each byte's low bit, then summed into the top byte by a multiply.
    ((bytes_in(x, lo, hi) >> 7).wrapping_mul(ONES) >> 56) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_byte_is_tested_alone() {
        for (lo, hi) in [(b'A', b'Z'), (b'a', b'z'), (b'0', b'9'), (0, 0x7F), (0x41, 0x41)] {
            for b in 0..0x80u8 {
                for place in 0..8 {
                    // The byte among neighbours at both ends of the range, so a carry would show.
                    let mut bytes = [lo, hi, 0x7F, 0, lo, hi, 0x7F, 0];
                    bytes[place] = b;
                    let x = u64::from_le_bytes(bytes);
                    let expect = bytes.iter().filter(|&&c| (lo..=hi).contains(&c)).count() as u32;
                    assert_eq!(count_in(x, lo, hi), expect, "{b:#x} at {place} in {lo:#x}..={hi:#x}");
                    let flagged = bytes_in(x, lo, hi).to_le_bytes()[place] == 0x80;
                    assert_eq!(flagged, (lo..=hi).contains(&b), "{b:#x} at {place}");
                }
            }
        }
    }
}
