//! The distinct spellings of a document's tokens, numbered once for every later stage.
//!
//! A document repeats its words: one small hash table of the document's own token texts gives
//! each distinct spelling a number (in order of first use), and each token holds only that
//! number. The lowercase form of each spelling is written once into one shared buffer. The
//! entity tagger (`entities::forms`) and the claim finder (`claims::words`) keep their per-word
//! facts in arrays indexed by these numbers, so neither hashes a word again.
//!
//! The hash table lives only while the tokens are numbered: what the stages asked it later (is
//! a word also written in lower case?) is answered then, per spelling (`lowercase_twin`). Once
//! the claim finder has its facts, the texts and forms go too (`forget_texts`), and only each
//! token's number is left.

mod table;
pub(crate) mod vocab;

use crate::segment::Token;
use table::{short_tag_bytes, tag_of, Table};
use vocab::Vocab;

pub struct Spellings<'a> {
    text: &'a str,
    /// Per spelling: where it is written first and where its form starts (one vector: one
    /// push per new spelling).
    entries: Vec<Entry<'a>>,
    /// Every distinct lowercase form, back to back, in the order of the spellings (a form ends
    /// where the next one starts).
    arena: String,
    /// Per token: its spelling's number.
    of_token: Vec<u32>,
    /// Per spelling: its number in this thread's vocabulary (`vocab`), by which the stages
    /// keep what they work out from its text alone.
    vocab_numbers: Vec<u32>,
    /// The spellings whose lowercase form is not their text, in order, each with the spelling
    /// written as that form (`NO_TWIN`: none; every other spelling is its own form), found
    /// while the hash table of the texts was at hand. That table (16 bytes a slot, the largest
    /// part of a short document) is dropped once the tokens are numbered: this was all the
    /// later stages looked up in it (issue #7: peak memory).
    twins: Vec<(u32, u32)>,
    /// The vocabulary's generation and size when the spellings were numbered.
    vocab: (u32, usize),
    /// How many spellings there are (kept when the rest goes: `forget_texts`).
    count: usize,
}

/// In `Spellings::twins`: no token is written as the spelling's lowercase form.
const NO_TWIN: u32 = u32::MAX;

/// What is kept of one spelling (24 bytes: a short document holds hundreds).
struct Entry<'a> {
    /// Its first token's text (the spelling as written): the entity stage asks for token texts
    /// at nearly every token it looks at, and reads them here.
    written: &'a str,
    /// Where its form starts in `arena`.
    form: u32,
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
            entries: Vec::with_capacity(expected),
            arena: String::with_capacity(expected * 8),
            of_token: Vec::with_capacity(n),
            vocab_numbers: Vec::with_capacity(expected),
            twins: Vec::new(),
            vocab: (0, 0),
            count: 0,
        };
        let mut table = Table::with_capacity(expected);
        let mut changed = Vec::new();
        vocab::with(|vocab| {
            vocab.open();
            changed = spellings.number_tokens(tokens, &mut table, vocab);
            spellings.vocab = (vocab.generation(), vocab.len());
        });
        spellings.count = spellings.entries.len();
        spellings.twins = spellings.find_twins(&table, &changed);
        // What was reserved for a typical article and not used goes (shrunk in place) before the
        // later stages allocate theirs.
        spellings.entries.shrink_to_fit();
        spellings.arena.shrink_to_fit();
        spellings.vocab_numbers.shrink_to_fit();
        spellings
    }

    /// The `twins` of the spellings whose form is not their text (`changed`, in order).
    fn find_twins(&self, table: &Table, changed: &[u32]) -> Vec<(u32, u32)> {
        let arena = self.arena.as_bytes();
        let twin = |id: u32| {
            let (a, b) = self.form_range(id as usize);
            // (The tag read off the forms in place: most have eight bytes after their start.)
            let tag = tag_of(arena, a, b);
            table.find(tag, |other| self.written_bytes(other) == &arena[a..b]).unwrap_or(NO_TWIN)
        };
        changed.iter().map(|&id| (id, twin(id))).collect()
    }

    /// Numbers the spellings of `tokens`, and each new one in the vocabulary. Returns the
    /// spellings whose lowercase form differs from their text.
    fn number_tokens(&mut self, tokens: &[Token], table: &mut Table, vocab: &mut Vocab) -> Vec<u32> {
        let mut changed = Vec::new();
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
            let found = table.find(tag, |id| spellings.written_bytes(id) == &bytes[start..end]);
            let id = match found {
                Ok(id) => id,
                Err(slot) => {
                    // (Tokens are counted in `u32`: `segment::tokenize`.)
                    let (id, lowered) = spellings.add(t, k as u32, tag);
                    if lowered {
                        changed.push(id);
                    }
                    spellings.vocab_numbers.push(vocab.number(tag, &bytes[start..end]));
                    table.insert(slot, tag);
                    id
                }
            };
            if let Some(b) = byte {
                one_byte[b] = id;
            }
            spellings.of_token.push(id);
        }
        changed
    }

    /// Numbers the spelling of token `t`, seen for the first time, and writes its form. Returns
    /// its number, and whether its form differs from its text.
    fn add(&mut self, t: &Token, first: u32, tag: u64) -> (u32, bool) {
        let s = t.text(self.text);
        let start = self.arena.len();
        let (ascii, capitals) = match short_tag_bytes(tag) {
            // A short text's tag holds its bytes: both read off it at once, without a loop.
            Some(bytes) => (bytes & HIGH_BITS == 0, has_ascii_capital(bytes)),
            None => (is_ascii_long(s.as_bytes()), true),
        };
        let lowered = push_lower(s, ascii, capitals, &mut self.arena);
        // (The forms hold at most the text's bytes, as many as `u32` counts: `segment::tokenize`.)
        self.entries.push(Entry { written: s, form: start as u32, first });
        // At most one spelling per token, and tokens are counted in `u32` (segment).
        ((self.entries.len() - 1) as u32, lowered)
    }

    /// The bytes of spelling `id` as written.
    #[inline]
    fn written_bytes(&self, id: u32) -> &[u8] {
        self.entries[id as usize].written.as_bytes()
    }

    /// Spelling `id` as written (the text of each of its tokens).
    #[inline]
    pub fn written(&self, id: usize) -> &'a str {
        self.entries[id].written
    }

    /// Number of distinct spellings.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Frees all but the spelling number of each token (which `of`, `get` and `of_tokens` go on
    /// giving); nothing else may be asked after this. The claim stage needs no more once it has
    /// its facts of each spelling, and its working memory is the top of a short document's
    /// peak: the texts and forms kept here were a fifth of it (issue #7).
    pub fn forget_texts(&mut self) {
        self.entries = Vec::new();
        self.arena = String::new();
        self.vocab_numbers = Vec::new();
        self.twins = Vec::new();
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
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
        let (a, b) = self.form_range(id);
        &self.arena[a..b]
    }

    /// The byte range in `arena` of spelling `id`'s form (it ends where the next one starts).
    #[inline]
    fn form_range(&self, id: usize) -> (usize, usize) {
        let a = self.entries[id].form as usize;
        (a, self.entries.get(id + 1).map_or(self.arena.len(), |next| next.form as usize))
    }

    /// The byte range in the text of spelling `id` as written (that of its first token).
    #[inline]
    pub fn written_range(&self, id: usize) -> (usize, usize) {
        let written = self.entries[id].written;
        // (A slice of `text`: its offset is the distance between their starts.)
        let start = written.as_ptr() as usize - self.text.as_ptr() as usize;
        (start, start + written.len())
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
        self.written_bytes(id as u32).is_ascii()
    }

    /// The spelling written as spelling `id`'s lowercase form, if some token is written so
    /// (`id` itself when it is its own form).
    pub fn lowercase_twin(&self, id: usize) -> Option<usize> {
        let twin = match self.twins.binary_search_by_key(&id, |&(changed, _)| changed as usize) {
            Ok(at) => self.twins[at].1,
            Err(_) => id as u32,
        };
        (twin != NO_TWIN).then_some(twin as usize)
    }
}

/// Appends `s` lowercased, typographic apostrophe as ' (how the word lists are written), and
/// tells whether that changed it. `capitals` is false only when `s` is known to hold no ASCII
/// capital (it is then copied as is).
fn push_lower(s: &str, ascii: bool, capitals: bool, out: &mut String) -> bool {
    if ascii {
        // Copied whole, then lowercased in place (pushing char by char checked the capacity and
        // encoded each one).
        let start = out.len();
        out.push_str(s);
        if !capitals {
            return false;
        }
        let changed = out[start..].bytes().any(|b| b.is_ascii_uppercase());
        out[start..].make_ascii_lowercase();
        changed
    } else if s.chars().any(|c| c.is_uppercase() || c == '’') {
        let lower = s.to_lowercase().replace('’', "'");
        out.push_str(&lower);
        lower != s
    } else {
        out.push_str(s);
        false
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
        // "Putin" and "PUTIN" have a lowercase twin, "putin"; "’s" (form "'s") and the rest none.
        let twins: Vec<Option<usize>> = (0..s.len()).map(|id| s.lowercase_twin(id)).collect();
        assert_eq!(twins, [Some(3), None, Some(3), Some(3), None, None, None]);
        assert!(s.is_ascii(0) && !s.is_ascii(1));
        assert_eq!(s.get(99), None);
    }

    #[test]
    fn forgetting_the_texts_keeps_the_numbers() {
        let mut doc = Doc::new("Putin’s PUTIN putin Kyiv’s don’t Ünal");
        let numbers: Vec<u32> = doc.spellings.of_tokens().to_vec();
        let count = doc.spellings.len();
        doc.forget_spelling_texts();
        let s = &doc.spellings;
        assert_eq!((s.of_tokens(), s.len(), s.is_empty()), (numbers.as_slice(), count, false));
        assert_eq!((s.of(2), s.get(7), s.get(8)), (numbers[2] as usize, Some(numbers[7] as usize), None));
        assert!(s.entries.is_empty() && s.arena.is_empty() && s.vocab_numbers.is_empty() && s.twins.is_empty());
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
        // More distinct spellings than the table was sized for (it grows), short and long, some
        // capitalised: each one's lowercase twin is the spelling written as its form, if any.
        let text: String = (0..6000).map(|i| if i % 3 == 0 { format!("W{i} Longer-Word{i} ") } else { format!("w{i} longer-word{i} ") }).collect();
        let doc = crate::segment::Doc::new(&text);
        let s = &doc.spellings;
        assert_eq!(s.len(), 6000 * 2 + 3); // w{i} or W{i}, word{i} or Word{i}, "longer", "Longer", "-"
        let mut written: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for k in 0..doc.tokens.len() {
            written.entry(doc.tok(k)).or_insert(s.of(k));
        }
        for k in 0..doc.tokens.len() {
            let form = s.form_of(s.of(k));
            assert_eq!(s.lowercase_twin(s.of(k)), written.get(form).copied(), "{}", doc.tok(k));
        }
        let twin_of = |t: &str| s.lowercase_twin(written[t]);
        assert_eq!((twin_of("W0"), twin_of("Longer"), twin_of("Word3"), twin_of("w1")), (None, Some(written["longer"]), None, Some(written["w1"])));
        assert_eq!(super::tag_of(b"ab\0", 0, 2), super::tag_of(b"ab", 0, 2));
        assert_ne!(super::tag_of(b"ab\0", 0, 3), super::tag_of(b"ab", 0, 2));
        assert_ne!(super::tag_of(b"abcdefgh", 0, 8) >> 56, super::tag_of(b"abcdefgh", 0, 7) >> 56);
    }
}
