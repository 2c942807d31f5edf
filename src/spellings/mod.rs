//! The distinct spellings of a document's tokens, numbered once for every later stage.
//!
//! A document repeats its words: one small hash table of the document's own token texts gives
//! each distinct spelling a number (in order of first use), and each token holds only that
//! number. The lowercase form of each spelling is written once into one shared buffer. The
//! entity tagger (`entities::forms`) and the claim finder (`claims::words`) keep their per-word
//! facts in arrays indexed by these numbers, so neither hashes a word again.

mod table;
pub(crate) mod vocab;

use crate::segment::Token;
use table::{short_tag_bytes, tag_of, Table};
use vocab::Vocab;

pub struct Spellings<'a> {
    text: &'a str,
    /// Each distinct token text (as written) → its spelling's number.
    table: Table,
    /// Per spelling: where it is written first and where its form is (one vector: one push
    /// per new spelling).
    entries: Vec<Entry>,
    /// Every distinct lowercase form, back to back.
    arena: String,
    /// Per token: its spelling's number.
    of_token: Vec<u32>,
    /// Per spelling: its number in this thread's vocabulary (`vocab`), by which the stages
    /// keep what they work out from its text alone.
    vocab_numbers: Vec<u32>,
    /// The vocabulary's generation and size when the spellings were numbered.
    vocab: (u32, usize),
}

/// What is kept of one spelling.
struct Entry {
    /// The byte range in `text` of its first token (the spelling as written).
    written: (u32, u32),
    /// Its form's byte range in `arena`.
    form: (usize, usize),
    /// It is ASCII as written (its form is then the ASCII lowercase).
    ascii: bool,
    /// Its first token.
    first: u32,
}

impl<'a> Spellings<'a> {
    pub fn new(text: &'a str, tokens: &[Token]) -> Spellings<'a> {
        let n = tokens.len();
        // Sized for a typical article's vocabulary up front (growing it rehashed every key several
        // times). A news article of n tokens has about n / 2 distinct spellings; a long text has
        // fewer per token, and its table grows as it needs (sized for its every token, it
        // outweighed the text's other per-spelling data; sized for 4,096, it was a third of
        // the peak memory of a 100 KB text: issue #7).
        let expected = (n / 2 + 16).min(2048);
        let mut spellings = Spellings {
            text,
            table: Table::with_capacity(expected),
            entries: Vec::with_capacity(expected),
            arena: String::with_capacity(expected * 8),
            of_token: Vec::with_capacity(n),
            vocab_numbers: Vec::with_capacity(expected),
            vocab: (0, 0),
        };
        vocab::with(|vocab| {
            vocab.open();
            spellings.number_tokens(tokens, vocab);
            spellings.vocab = (vocab.generation(), vocab.len());
        });
        spellings
    }

    /// Numbers the spellings of `tokens`, and each new one in the vocabulary.
    fn number_tokens(&mut self, tokens: &[Token], vocab: &mut Vocab) {
        let spellings = self;
        let text = spellings.text;
        // One-byte tokens (punctuation, "a", "I": a fifth of all tokens) skip the hash table.
        let mut one_byte = [u32::MAX; 128];
        let bytes = text.as_bytes();
        for (k, t) in tokens.iter().enumerate() {
            let (start, end) = (t.start as usize, t.end() as usize);
            let byte = match bytes[start..end] {
                [b] if b < 128 => Some(usize::from(b)),
                _ => None,
            };
            if let Some(&id) = byte.and_then(|b| one_byte.get(b)).filter(|&&id| id != u32::MAX) {
                spellings.of_token.push(id);
                continue;
            }
            let tag = tag_of(bytes, start, end);
            let found = spellings.table.find(tag, |id| spellings.written_bytes(id) == &bytes[start..end]);
            let id = match found {
                Ok(id) => id,
                Err(slot) => {
                    // (Tokens are counted in `u32`: `segment::tokenize`.)
                    let id = spellings.add(t, k as u32, tag);
                    spellings.vocab_numbers.push(vocab.number(tag, &bytes[start..end]));
                    spellings.table.insert(slot, tag);
                    id
                }
            };
            if let Some(b) = byte {
                one_byte[b] = id;
            }
            spellings.of_token.push(id);
        }
    }

    /// Numbers the spelling of token `t`, seen for the first time, and writes its form.
    fn add(&mut self, t: &Token, first: u32, tag: u64) -> u32 {
        let s = t.text(self.text);
        let start = self.arena.len();
        let (ascii, capitals) = match short_tag_bytes(tag) {
            // A short text's tag holds its bytes: both read off it at once, without a loop.
            Some(bytes) => (bytes & HIGH_BITS == 0, has_ascii_capital(bytes)),
            None => (is_ascii_long(s.as_bytes()), true),
        };
        push_lower(s, ascii, capitals, &mut self.arena);
        self.entries.push(Entry { written: (t.start, t.end()), form: (start, self.arena.len()), ascii, first });
        // At most one spelling per token, and tokens are counted in `u32` (segment).
        (self.entries.len() - 1) as u32
    }

    /// The bytes of spelling `id` as written.
    #[inline]
    fn written_bytes(&self, id: u32) -> &[u8] {
        let (a, b) = self.entries[id as usize].written;
        &self.text.as_bytes()[a as usize..b as usize]
    }

    /// Number of distinct spellings.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
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
        let (a, b) = self.entries[id].form;
        &self.arena[a..b]
    }

    /// The byte range in the text of spelling `id` as written (that of its first token).
    #[inline]
    pub fn written_range(&self, id: usize) -> (usize, usize) {
        let (a, b) = self.entries[id].written;
        (a as usize, b as usize)
    }

    /// The vocabulary's number of spelling `id` (`vocab::UNNUMBERED` when it was full).
    #[inline]
    pub(crate) fn vocab_number(&self, id: usize) -> u32 {
        self.vocab_numbers[id]
    }

    /// The vocabulary's generation and size when these spellings were numbered (for
    /// `vocab::Remembered::open`).
    pub(crate) fn vocab(&self) -> (u32, usize) {
        self.vocab
    }

    /// The first token of spelling `id`.
    #[inline]
    pub fn first_token(&self, id: usize) -> usize {
        self.entries[id].first as usize
    }

    /// Per token: its spelling's number.
    pub fn of_tokens(&self) -> &[u32] {
        &self.of_token
    }

    /// Spelling `id` is ASCII as written.
    #[inline]
    pub fn is_ascii(&self, id: usize) -> bool {
        self.entries[id].ascii
    }

    /// The spelling number of a token text as written, if some token is written so.
    pub fn id_of(&self, written: &str) -> Option<usize> {
        let bytes = written.as_bytes();
        let tag = tag_of(bytes, 0, bytes.len());
        self.table.find(tag, |id| self.written_bytes(id) == bytes).ok().map(|id| id as usize)
    }
}

/// Appends `s` lowercased, typographic apostrophe as ' (how the word lists are written).
/// `capitals` is false only when `s` is known to hold no ASCII capital (it is then copied as is).
fn push_lower(s: &str, ascii: bool, capitals: bool, out: &mut String) {
    if ascii {
        // Copied whole, then lowercased in place (pushing char by char checked the capacity and
        // encoded each one).
        let start = out.len();
        out.push_str(s);
        if capitals {
            out[start..].make_ascii_lowercase();
        }
    } else if s.chars().any(|c| c.is_uppercase() || c == '’') {
        out.push_str(&s.to_lowercase().replace('’', "'"));
    } else {
        out.push_str(s);
    }
}

use crate::ascii_words::HIGH as HIGH_BITS;


/// `bytes`, a text of 8 bytes or more, is all ASCII. Up to 16 bytes (most long words) are read
/// as two overlapping eight-byte words at once, without the general test's loop.
fn is_ascii_long(bytes: &[u8]) -> bool {
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(&head), Some(&tail)) if bytes.len() <= 16 => (u64::from_le_bytes(head) | u64::from_le_bytes(tail)) & HIGH_BITS == 0,
        _ => bytes.is_ascii(),
    }
}

/// Some byte of `bytes` (all ASCII, eight at once) is a capital A–Z.
fn has_ascii_capital(bytes: u64) -> bool {
    crate::ascii_words::bytes_in(bytes, b'A', b'Z') != 0
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
    fn capitals_are_read_off_short_tags() {
        for b in 0u8..128 {
            for place in 0..7 {
                let mut text = *b"abcdefg";
                text[place] = b;
                let tag = super::tag_of(&text, 0, 7);
                let bytes = super::short_tag_bytes(tag).expect("a short tag");
                assert_eq!(bytes & super::HIGH_BITS, 0);
                assert_eq!(super::has_ascii_capital(bytes), b.is_ascii_uppercase(), "byte {b:#x} at {place}");
            }
        }
        assert_eq!(super::short_tag_bytes(super::tag_of(b"Zelenskyy", 0, 9)), None);
        assert_ne!(super::short_tag_bytes(super::tag_of("Ünal".as_bytes(), 0, 5)).unwrap() & super::HIGH_BITS, 0);
    }

    #[test]
    fn long_texts_are_ascii_when_every_byte_is() {
        for len in 8..40 {
            for place in 0..len {
                let mut text = vec![b'k'; len];
                assert!(super::is_ascii_long(&text));
                text[place] = 0xC3;
                assert!(!super::is_ascii_long(&text), "byte at {place} of {len}");
            }
        }
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
        // More distinct spellings than the table was sized for (it grows), short and long.
        let text: String = (0..6000).map(|i| format!("w{i} longer-word{i} ")).collect();
        let doc = crate::segment::Doc::new(&text);
        let s = &doc.spellings;
        assert_eq!(s.len(), 6000 * 2 + 2); // w{i}, word{i}, "longer", "-"
        for k in 0..doc.tokens.len() {
            assert_eq!(s.id_of(doc.tok(k)), Some(s.of(k)), "{}", doc.tok(k));
        }
        assert_eq!((s.id_of("w6000"), s.id_of("longer"), s.id_of("word6000")), (None, Some(s.of(1)), None));
        assert_eq!(super::tag_of(b"ab\0", 0, 2), super::tag_of(b"ab", 0, 2));
        assert_ne!(super::tag_of(b"ab\0", 0, 3), super::tag_of(b"ab", 0, 2));
        assert_ne!(super::tag_of(b"abcdefgh", 0, 8) >> 56, super::tag_of(b"abcdefgh", 0, 7) >> 56);
    }
}
