//! The hash table of token texts: each text stands for itself or its hash in one `u64` tag.

/// A number standing for a token text, for `Table`. A text of up to 7 bytes is its own tag:
/// its bytes packed with its length (equal tags, equal texts: no text is compared). A longer
/// text's tag is its hash with the top bit set (never a short tag: those hold a length below 8
/// in their top byte), and equal tags still compare the texts. (Always inlined: with
/// `FxHasher`'s one-word tail, left to itself the compiler made it a call per token.)
#[inline(always)]
pub(super) fn tag_of(bytes: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    if len >= 8 {
        return long_text_hash(&bytes[start..end]) | 1 << 63;
    }
    let mut key = (len as u64) << 56;
    if let Some(word) = bytes.get(start..start + 8) {
        // Eight bytes at once, the ones past the text masked off.
        let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
        key |= word & ((1u64 << (8 * len)) - 1);
    } else {
        for (i, &b) in bytes[start..end].iter().enumerate() {
            key |= u64::from(b) << (8 * i);
        }
    }
    key
}

/// The hash in the tag of a text of 8 bytes or more: `FxHasher`'s (eight-byte reads, the last
/// overlapping where the text ends). Kept out of line so that `tag_of` stays small enough to be
/// inlined in the loop over tokens.
#[inline(never)]
fn long_text_hash(text: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::entities::FxHasher::default();
    h.write(text);
    h.finish()
}

/// Tags → spelling numbers: open addressing over one array of slots, at most two thirds full,
/// each slot holding a spelling's tag and number side by side (one load per probe). Short texts
/// (most tokens) are found by their tag alone, with a multiply and mostly one probe: cheaper
/// than hashing the text into a general hash map and comparing it there.
pub(super) struct Table {
    /// A power-of-two number of slots.
    slots: Vec<Slot>,
    /// Spellings in the table.
    count: usize,
}

#[derive(Clone, Copy)]
struct Slot {
    tag: u64,
    /// A spelling number + 1, or 0 for an empty slot.
    id: u32,
}

const EMPTY: Slot = Slot { tag: 0, id: 0 };

impl Table {
    pub(super) fn with_capacity(entries: usize) -> Table {
        Table { slots: vec![EMPTY; (entries * 3 / 2).next_power_of_two().max(16)], count: 0 }
    }

    #[inline]
    fn home(&self, tag: u64) -> usize {
        // The top bits of a multiply: every byte of the tag moves them.
        (tag.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - self.slots.len().trailing_zeros())) as usize
    }

    /// The spelling number under `tag` whose text `same` accepts, or the empty slot to put it in.
    #[inline]
    pub(super) fn find(&self, tag: u64, same: impl Fn(u32) -> bool) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut at = self.home(tag);
        loop {
            let slot = self.slots[at];
            if slot.id == 0 {
                return Err(at);
            }
            // Short tags are the texts themselves; long ones are hashes and may collide.
            if slot.tag == tag && (tag >> 63 == 0 || same(slot.id - 1)) {
                return Ok(slot.id - 1);
            }
            at = (at + 1) & mask;
        }
    }

    /// Puts the next spelling (numbered in order) under `tag` in the empty `slot` that `find` gave.
    pub(super) fn insert(&mut self, slot: usize, tag: u64) {
        self.count += 1;
        // (Spellings are counted in `u32`, as tokens are.)
        self.slots[slot] = Slot { tag, id: self.count as u32 };
        if self.count * 3 > self.slots.len() * 2 {
            let grown = vec![EMPTY; self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, grown);
            let mask = self.slots.len() - 1;
            for s in old.into_iter().filter(|s| s.id != 0) {
                let mut at = self.home(s.tag);
                while self.slots[at].id != 0 {
                    at = (at + 1) & mask;
                }
                self.slots[at] = s;
            }
        }
    }
}

/// The bytes of a text of up to 7 bytes that `tag` stands for (the low bytes, zero above), or
/// `None` for a longer text's tag (a hash).
pub(super) fn short_tag_bytes(tag: u64) -> Option<u64> {
    (tag >> 63 == 0).then_some(tag & 0x00FF_FFFF_FFFF_FFFF)
}
