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
}
