//! The distinct spellings of a document's tokens, numbered once for every later stage.
//!
//! A document repeats its words: one small hash table of the document's own token texts gives
//! each distinct spelling a number (in order of first use), and each token holds only that
//! number. The lowercase form of each spelling is written once into one shared buffer. The
//! entity tagger (`entities::forms`) and the claim finder (`claims::words`) keep their per-word
//! facts in arrays indexed by these numbers, so neither hashes a word again.

use crate::entities::FastMap;
use crate::segment::Token;

pub struct Spellings<'a> {
    /// Each distinct token text (as written) → its spelling's number.
    ids: FastMap<&'a str, u32>,
    /// Every distinct lowercase form, back to back.
    arena: String,
    /// Per spelling: its form's byte range in `arena`.
    spans: Vec<(usize, usize)>,
    /// Per spelling: it is ASCII as written (its form is then the ASCII lowercase).
    ascii: Vec<bool>,
    /// Per token: its spelling's number.
    of_token: Vec<u32>,
}

impl<'a> Spellings<'a> {
    pub fn new(text: &'a str, tokens: &[Token]) -> Spellings<'a> {
        let n = tokens.len();
        // Sized for a typical article's vocabulary up front (growing it rehashed every key several times).
        // A news article of n tokens has about n / 2 distinct spellings; capped for long texts.
        let expected = (n / 2 + 16).min(8192);
        let mut ids: FastMap<&'a str, u32> = FastMap::with_capacity_and_hasher(expected, Default::default());
        let mut arena = String::with_capacity(expected * 8);
        let mut spans = Vec::with_capacity(expected);
        let mut ascii = Vec::with_capacity(expected);
        let mut of_token = Vec::with_capacity(n);
        // One-byte tokens (punctuation, "a", "I": a fifth of all tokens) skip the hash table.
        let mut one_byte = [u32::MAX; 128];
        // Tokens of up to 7 bytes ("the", "said", "Kyiv": most of the rest) are first looked up
        // in a small direct-mapped cache of recent spellings, keyed by their bytes packed into a
        // number (`short_key`): a multiply instead of hashing the text and probing the table.
        let mut recent = vec![(NO_KEY, 0u32); RECENT_SLOTS];
        let bytes = text.as_bytes();
        for t in tokens {
            let s = t.text(text);
            let byte = match s.as_bytes() {
                &[b] if b < 128 => Some(usize::from(b)),
                _ => None,
            };
            if let Some(&id) = byte.and_then(|b| one_byte.get(b)).filter(|&&id| id != u32::MAX) {
                of_token.push(id);
                continue;
            }
            let short = short_key(bytes, t.start as usize, s.len());
            let slot = short.map(recent_slot);
            if let (Some(key), Some(slot)) = (short, slot) {
                let (k, id) = recent[slot];
                if k == key {
                    of_token.push(id);
                    continue;
                }
            }
            let id = *ids.entry(s).or_insert_with(|| {
                let start = arena.len();
                push_lower(s, &mut arena);
                spans.push((start, arena.len()));
                ascii.push(s.is_ascii());
                // At most one spelling per token, and tokens are counted in `u32` (segment).
                (spans.len() - 1) as u32
            });
            if let Some(b) = byte {
                one_byte[b] = id;
            }
            if let (Some(key), Some(slot)) = (short, slot) {
                recent[slot] = (key, id);
            }
            of_token.push(id);
        }
        Spellings { ids, arena, spans, ascii, of_token }
    }

    /// Number of distinct spellings.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Spelling number of token `k` (which must exist).
    #[inline]
    pub fn of(&self, k: usize) -> usize {
        self.of_token[k] as usize
    }

    /// Spelling number of token `k`, if it exists.
    #[inline]
    pub fn get(&self, k: usize) -> Option<usize> {
        self.of_token.get(k).map(|&id| id as usize)
    }

    /// The lowercase form of spelling `id`: lowercased, typographic apostrophe as '.
    #[inline]
    pub fn form_of(&self, id: usize) -> &str {
        let (a, b) = self.spans[id];
        &self.arena[a..b]
    }

    /// Spelling `id` is ASCII as written.
    #[inline]
    pub fn is_ascii(&self, id: usize) -> bool {
        self.ascii[id]
    }

    /// The spelling number of a token text as written, if some token is written so.
    pub fn id_of(&self, written: &str) -> Option<usize> {
        self.ids.get(written).map(|&id| id as usize)
    }
}

/// Slots of the cache of recent short spellings (a power of two).
const RECENT_SLOTS: usize = 1024;
/// An empty slot's key: no `short_key` has all of its top byte set (it holds a length below 8).
const NO_KEY: u64 = u64::MAX;

/// The bytes of a text of 2 to 7 bytes, `len` long from byte `start` of `bytes`, packed with
/// its length into one number: equal numbers, equal texts. None for other lengths.
#[inline]
fn short_key(bytes: &[u8], start: usize, len: usize) -> Option<u64> {
    if !(2..=7).contains(&len) {
        return None;
    }
    let mut key = (len as u64) << 56;
    if let Some(word) = bytes.get(start..start + 8) {
        // Eight bytes at once, the ones past the text masked off.
        let word = u64::from_le_bytes(word.try_into().ok()?);
        key |= word & ((1u64 << (8 * len)) - 1);
    } else {
        for (i, &b) in bytes[start..start + len].iter().enumerate() {
            key |= u64::from(b) << (8 * i);
        }
    }
    Some(key)
}

#[inline]
fn recent_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_SLOTS.trailing_zeros())) as usize
}

/// Appends `s` lowercased, typographic apostrophe as ' (how the word lists are written).
fn push_lower(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.extend(s.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else if s.chars().any(|c| c.is_uppercase() || c == '’') {
        out.push_str(&s.to_lowercase().replace('’', "'"));
    } else {
        out.push_str(s);
    }
}

#[cfg(test)]
mod tests {
    use crate::segment::Doc;

    #[test]
    fn forms_are_lowercase_and_shared() {
        let doc = Doc::new("Putin’s PUTIN putin Kyiv’s don’t Ünal");
        let s = &doc.spellings;
        let forms: Vec<&str> = (0..doc.tokens.len()).map(|k| s.form_of(s.of(k))).collect();
        assert_eq!(forms, ["putin", "'s", "putin", "putin", "kyiv", "'s", "don't", "ünal"]);
        // One number per spelling as written: "Putin", "’s", "PUTIN", "putin", "Kyiv", "don’t", "Ünal".
        assert_eq!(s.len(), 7);
        assert_eq!(s.of(1), s.of(5));
        assert_eq!(s.id_of("PUTIN"), Some(2));
        assert_eq!(s.id_of("Moscow"), None);
        assert!(s.is_ascii(0) && !s.is_ascii(1));
        assert_eq!(s.get(99), None);
    }

    #[test]
    fn spellings_are_numbered_by_their_text_alone() {
        // Short and long, repeated, at the text's end (fewer than eight bytes left), colliding
        // in the cache or not: each token's number is that of its text's first token.
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(&format!("w{} ab the {} ", i % 700, "x".repeat(i % 11)));
        }
        text.push_str("Kyiv ab Kyiv");
        let doc = crate::segment::Doc::new(&text);
        let s = &doc.spellings;
        let mut first: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for k in 0..doc.tokens.len() {
            let id = *first.entry(doc.tok(k)).or_insert(s.of(k));
            assert_eq!(s.of(k), id, "{}", doc.tok(k));
        }
        assert_eq!(s.len(), first.len());
        // Numbered in order of first use.
        let mut next = 0;
        for k in 0..doc.tokens.len() {
            if s.of(k) == next {
                next += 1;
            }
            assert!(s.of(k) < next);
        }
        assert_eq!(next, s.len());
        assert_eq!(super::short_key(b"ab\0", 0, 2), super::short_key(b"ab", 0, 2));
        assert_ne!(super::short_key(b"ab\0", 0, 3), super::short_key(b"ab", 0, 2));
    }
}
