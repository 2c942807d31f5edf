//! The lowercase form and word-list classes of every token, computed once per distinct spelling.
//!
//! A document repeats its words: the tagger looks up each spelling once (one small hash table
//! of the document's own words), writes its lowercase form once into one shared buffer and asks
//! `classes` once for its lists. Each token then holds only the number of its spelling (4 bytes
//! instead of a string of its own), which keeps the per-token memory small on long texts.
//! The shape of each spelling as written (`Shape`: capitals, length) is worked out once too.

use super::{classes, FastMap};
use crate::segment::Doc;

/// What a spelling looks like as written: the facts the rules ask of token texts again and again.
#[derive(Clone, Copy, Default)]
pub(crate) struct Shape {
    flags: u8,
    /// Length in chars, at most 255.
    chars: u8,
}

impl Shape {
    const FIRST_UPPER: u8 = 1;
    const FIRST_LOWER: u8 = 2;
    const ALL_CAPS: u8 = 4;

    /// The shape of `s`, and its uppercase and lowercase letters: one pass over the text, bytes
    /// for ASCII.
    pub(crate) fn of(s: &str) -> (Shape, (u32, u32)) {
        let (mut upper, mut lower, mut letters, mut chars) = (0u32, 0u32, 0u32, 0usize);
        if s.is_ascii() {
            for &b in s.as_bytes() {
                upper += u32::from(b.is_ascii_uppercase());
                lower += u32::from(b.is_ascii_lowercase());
            }
            letters = upper + lower;
            chars = s.len();
        } else {
            for c in s.chars() {
                chars += 1;
                upper += u32::from(c.is_uppercase());
                lower += u32::from(c.is_lowercase());
                letters += u32::from(c.is_alphabetic());
            }
        }
        let first = s.chars().next();
        let mut flags = 0;
        if first.is_some_and(char::is_uppercase) {
            flags |= Self::FIRST_UPPER;
        }
        if first.is_some_and(char::is_lowercase) {
            flags |= Self::FIRST_LOWER;
        }
        // `shape::all_caps`: two or more letters, none of them lowercase.
        if lower == 0 && letters >= 2 {
            flags |= Self::ALL_CAPS;
        }
        (Shape { flags, chars: chars.min(255) as u8 }, (upper, lower))
    }

    /// `shape::first_upper` of the text.
    pub fn first_upper(self) -> bool {
        self.flags & Self::FIRST_UPPER != 0
    }

    /// The text starts with a lowercase letter.
    pub fn first_lower(self) -> bool {
        self.flags & Self::FIRST_LOWER != 0
    }

    /// `shape::all_caps` of the text.
    pub fn all_caps(self) -> bool {
        self.flags & Self::ALL_CAPS != 0
    }

    /// Length in chars (255 for any longer text).
    pub fn chars(self) -> usize {
        usize::from(self.chars)
    }
}

pub(crate) struct Forms<'a> {
    /// Each distinct token text (as written) → its spelling's number.
    ids: FastMap<&'a str, u32>,
    /// Every distinct lowercase form, back to back.
    arena: String,
    /// Per spelling: its form's byte range in `arena`, and its classes.
    spans: Vec<(usize, usize)>,
    bits: Vec<classes::Bits>,
    shapes: Vec<Shape>,
    /// Per spelling: its uppercase and lowercase letters.
    cases: Vec<(u32, u32)>,
    /// Per token: its spelling's number.
    of_token: Vec<u32>,
}

impl<'a> Forms<'a> {
    pub fn new(doc: &Doc<'a>) -> Forms<'a> {
        let n = doc.tokens.len();
        // Sized for a typical article's vocabulary up front (growing it rehashed every key several times).
        // A news article of n tokens has about n / 2 distinct spellings; capped for long texts.
        let expected = (n / 2 + 16).min(8192);
        let mut ids: FastMap<&'a str, u32> = FastMap::with_capacity_and_hasher(expected, Default::default());
        let mut forms = Forms {
            ids: FastMap::default(),
            arena: String::with_capacity(expected * 8),
            spans: Vec::with_capacity(expected),
            bits: Vec::with_capacity(expected),
            shapes: Vec::with_capacity(expected),
            cases: Vec::with_capacity(expected),
            of_token: Vec::with_capacity(n),
        };
        // One-byte tokens (punctuation, "a", "I": a fifth of all tokens) skip the hash table.
        let mut one_byte = [u32::MAX; 128];
        for t in &doc.tokens {
            let s = t.text(doc.text);
            let byte = match s.as_bytes() {
                &[b] if b < 128 => Some(usize::from(b)),
                _ => None,
            };
            if let Some(&id) = byte.and_then(|b| one_byte.get(b)).filter(|&&id| id != u32::MAX) {
                forms.of_token.push(id);
                continue;
            }
            let id = *ids.entry(s).or_insert_with(|| {
                let start = forms.arena.len();
                push_lower(s, &mut forms.arena);
                let form = &forms.arena[start..];
                forms.bits.push(classes::of_form(form));
                let (shape, cases) = Shape::of(s);
                forms.shapes.push(shape);
                forms.cases.push(cases);
                forms.spans.push((start, forms.arena.len()));
                // At most one spelling per token, and tokens are counted in `u32` (segment).
                (forms.spans.len() - 1) as u32
            });
            if let Some(b) = byte {
                one_byte[b] = id;
            }
            forms.of_token.push(id);
        }
        forms.ids = ids;
        forms
    }

    /// Number of distinct spellings.
    pub fn spellings(&self) -> usize {
        self.spans.len()
    }

    /// Spelling number of token `k` (which must exist).
    #[inline]
    pub fn spelling(&self, k: usize) -> usize {
        self.of_token[k] as usize
    }

    /// The lowercase form of spelling `id`.
    pub fn form_of(&self, id: usize) -> &str {
        let (a, b) = self.spans[id];
        &self.arena[a..b]
    }

    /// The spelling number of a token text as written, if some token is written so.
    pub fn id_of(&self, written: &str) -> Option<usize> {
        self.ids.get(written).map(|&id| id as usize)
    }

    /// Shape of spelling `id` as written.
    pub fn shape_of(&self, id: usize) -> Shape {
        self.shapes[id]
    }

    /// Lowercase form of token `k` ("" past the end).
    #[inline]
    pub fn form(&self, k: usize) -> &str {
        match self.of_token.get(k) {
            Some(&id) => {
                let (a, b) = self.spans[id as usize];
                &self.arena[a..b]
            }
            None => "",
        }
    }

    /// Shape of token `k` as written (that of "" past the end).
    #[inline]
    pub fn shape(&self, k: usize) -> Shape {
        self.of_token.get(k).map_or(Shape::default(), |&id| self.shapes[id as usize])
    }

    /// Uppercase and lowercase letters of token `k` (which must exist).
    #[inline]
    pub fn cases(&self, k: usize) -> (u32, u32) {
        self.cases[self.of_token[k] as usize]
    }

    /// Classes of token `k`'s lowercase form (none past the end).
    #[inline]
    pub fn bits(&self, k: usize) -> classes::Bits {
        self.of_token.get(k).map_or(0, |&id| self.bits[id as usize])
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
    use super::*;

    #[test]
    fn shapes_agree_with_the_shape_functions() {
        for w in ["", "a", "A", "BBC", "U.S.", "MoD", "Ünal", "ÜNAL", "ünal", "1990s", "’s", "ǅ", "ΑΘΗΝΑ", "x2", "İstanbul"] {
            let (shape, cases) = Shape::of(w);
            assert_eq!(shape.first_upper(), super::super::shape::first_upper(w), "{w}");
            assert_eq!(shape.first_lower(), w.chars().next().is_some_and(char::is_lowercase), "{w}");
            assert_eq!(shape.all_caps(), super::super::shape::all_caps(w), "{w}");
            assert_eq!(shape.chars(), w.chars().count(), "{w}");
            let count = |f: fn(char) -> bool| w.chars().filter(|&c| f(c)).count() as u32;
            assert_eq!(cases, (count(char::is_uppercase), count(char::is_lowercase)), "{w}");
        }
    }

    #[test]
    fn forms_are_lowercase_and_shared() {
        let doc = Doc::new("Putin’s PUTIN putin Kyiv’s don’t Ünal");
        let f = Forms::new(&doc);
        let forms: Vec<&str> = (0..doc.tokens.len()).map(|k| f.form(k)).collect();
        assert_eq!(forms, ["putin", "'s", "putin", "putin", "kyiv", "'s", "don't", "ünal"]);
        assert_eq!(f.form(99), "");
        assert_eq!(f.bits(99), 0);
        // One copy per spelling: "Putin", "’s", "PUTIN", "putin", "Kyiv", "don’t", "Ünal".
        assert_eq!(f.spans.len(), 7);
    }
}
