//! The word-list classes of every token, computed once per distinct spelling.
//!
//! The document numbers its spellings and writes their lowercase forms once (`Doc::spellings`);
//! the tagger asks `classes` once per spelling for its lists and keeps them in an array by
//! spelling number, with the shape of each spelling as written (`Shape`: capitals, length).

use super::classes;
use crate::ascii_words::{count_in, HIGH};
use crate::segment::{Doc, TokenKind};
use crate::spellings::vocab::Remembered;
use crate::spellings::Spellings;
use std::cell::RefCell;

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
        // ASCII (most words) is counted in the same pass that finds it is ASCII.
        let (mut upper, mut lower);
        let (letters, chars, first_upper, first_lower) = if let Some((u, l)) = ascii_cases(s.as_bytes()) {
            (upper, lower) = (u, l);
            let first = s.as_bytes().first().copied().unwrap_or(0);
            (upper + lower, s.len(), first.is_ascii_uppercase(), first.is_ascii_lowercase())
        } else {
            let (mut letters, mut chars) = (0u32, 0usize);
            (upper, lower) = (0, 0);
            for c in s.chars() {
                chars += 1;
                upper += u32::from(c.is_uppercase());
                lower += u32::from(c.is_lowercase());
                letters += u32::from(c.is_alphabetic());
            }
            let first = s.chars().next();
            (letters, chars, first.is_some_and(char::is_uppercase), first.is_some_and(char::is_lowercase))
        };
        let mut flags = 0;
        if first_upper {
            flags |= Self::FIRST_UPPER;
        }
        if first_lower {
            flags |= Self::FIRST_LOWER;
        }
        // `shape::all_caps`: two or more letters, none of them lowercase.
        if lower == 0 && letters >= 2 {
            flags |= Self::ALL_CAPS;
        }
        (Shape { flags, chars: chars.min(255) as u8 }, (upper, lower))
    }

    /// `of` the text's bytes `start..end` (a token's): a token of up to eight ASCII bytes (most
    /// words) is read from the text in one load, when eight bytes are there to read.
    pub(crate) fn of_in(text: &str, start: usize, end: usize) -> (Shape, (u32, u32)) {
        let len = end - start;
        if let (1..=8, Some(word)) = (len, text.as_bytes().get(start..start + 8)) {
            let x = u64::from_le_bytes(word.try_into().unwrap_or_default()) & (u64::MAX >> (8 * (8 - len)));
            if x & HIGH == 0 {
                let (upper, lower) = (count_in(x, b'A', b'Z'), count_in(x, b'a', b'z'));
                let first = x as u8;
                return (Self::ascii(upper, lower, len, first), (upper, lower));
            }
        }
        Self::of(&text[start..end])
    }

    /// The shape of an ASCII text of `len` bytes, with these letters and this first byte.
    fn ascii(upper: u32, lower: u32, len: usize, first: u8) -> Shape {
        let mut flags = 0;
        if first.is_ascii_uppercase() {
            flags |= Self::FIRST_UPPER;
        }
        if first.is_ascii_lowercase() {
            flags |= Self::FIRST_LOWER;
        }
        if lower == 0 && upper >= 2 {
            flags |= Self::ALL_CAPS;
        }
        Shape { flags, chars: len.min(255) as u8 }
    }

    /// The class bits of a word token of this shape (`classes::WORD_TOKEN`…).
    fn word_bits(self) -> classes::Bits {
        let mut bits = classes::WORD_TOKEN;
        if self.first_upper() {
            bits |= classes::CAPITALISED_WORD;
        }
        if self.first_lower() {
            bits |= classes::LOWER_WORD;
        }
        if self.chars() > 3 {
            bits |= classes::LONG_WORD;
        }
        if self.all_caps() && self.chars() > 1 {
            bits |= classes::SHOUTED_WORD;
        }
        bits
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

/// The uppercase and lowercase letters of an ASCII text, or `None` when a byte is not ASCII.
/// Eight bytes at a time: a byte-per-step loop cost more than a hundred instructions for a
/// word of a few letters, and this runs once per spelling of every document.
fn ascii_cases(bytes: &[u8]) -> Option<(u32, u32)> {
    let count = count_in;
    let (mut upper, mut lower, mut high) = (0u32, 0u32, 0u64);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        high |= x;
        if x & HIGH == 0 {
            upper += count(x, b'A', b'Z');
            lower += count(x, b'a', b'z');
        }
    }
    // The last bytes, zero-padded (a zero byte is no letter).
    let mut x = 0u64;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        x |= u64::from(b) << (8 * i);
    }
    high |= x;
    if high & HIGH != 0 {
        return None;
    }
    upper += count(x, b'A', b'Z');
    lower += count(x, b'a', b'z');
    Some((upper, lower))
}

/// Per `TokenKind` (by its number): the mask kept of a spelling's word bits (`Shape::word_bits`),
/// and the kind's own bit.
const KIND_BITS: [(classes::Bits, classes::Bits); 4] = {
    let mut table = [(0, 0); 4];
    table[TokenKind::Word as usize] = (classes::Bits::MAX, 0);
    table[TokenKind::Number as usize] = (0, classes::NUMBER_TOKEN);
    table
};

/// What the tagger works out from a spelling's text alone: its word lists' classes, its shape,
/// its uppercase and lowercase letters.
#[derive(Clone, Copy, Default)]
struct TextFacts {
    bits: classes::Bits,
    shape: Shape,
    cases: (u32, u32),
}

thread_local! {
    /// `TextFacts` by vocabulary number (`spellings::vocab`): a spelling met in an earlier
    /// document is not looked up again.
    static REMEMBERED: RefCell<Remembered<TextFacts>> = const { RefCell::new(Remembered::new()) };
}

/// The `TextFacts` of each of the document's spellings (`forms`: their lowercase forms):
/// remembered from earlier documents, or worked out and kept.
fn text_facts(doc: &Doc, forms: &[&str]) -> Vec<TextFacts> {
    /// New spellings looked up in one batch (see `of_forms`): in batches of a bounded size, so
    /// that a document whose every word is new (a thread's first) holds no list as long as its
    /// spellings for them (issue #7: peak memory).
    const BATCH: usize = 256;
    let spellings = &doc.spellings;
    REMEMBERED.with(|kept| {
        let kept = &mut kept.borrow_mut();
        let (generation, numbered) = spellings.vocab();
        kept.open(generation, numbered);
        let mut facts = Vec::with_capacity(forms.len());
        let mut new: Vec<usize> = Vec::with_capacity(BATCH.min(forms.len()));
        let mut new_forms: Vec<&str> = Vec::with_capacity(BATCH.min(forms.len()));
        // The word lists' classes of the new spellings, looked up in one batch.
        let look_up = |new: &mut Vec<usize>, new_forms: &mut Vec<&str>, facts: &mut Vec<TextFacts>, kept: &mut Remembered<TextFacts>| {
            #[cfg(target_arch = "x86_64")]
            let bits = classes::of_forms(new_forms);
            #[cfg(not(target_arch = "x86_64"))]
            let bits: Vec<classes::Bits> = new_forms.iter().map(|f| classes::of_form(f)).collect();
            for (&id, bits) in new.iter().zip(bits) {
                let (a, b) = spellings.written_range(id);
                let (shape, cases) = Shape::of_in(doc.text, a, b);
                facts[id] = TextFacts { bits, shape, cases };
                kept.keep(spellings.vocab_number(id), facts[id]);
            }
            new.clear();
            new_forms.clear();
        };
        for (id, &form) in forms.iter().enumerate() {
            match kept.get(spellings.vocab_number(id)) {
                Some(f) => facts.push(f),
                None => {
                    facts.push(TextFacts::default());
                    new.push(id);
                    new_forms.push(form);
                    if new.len() == BATCH {
                        look_up(&mut new, &mut new_forms, &mut facts, kept);
                    }
                }
            }
        }
        if !new.is_empty() {
            look_up(&mut new, &mut new_forms, &mut facts, kept);
        }
        facts
    })
}

pub(crate) struct Forms<'a> {
    /// The document's spellings: numbers per token, lowercase forms.
    spellings: &'a Spellings<'a>,
    /// Per spelling: its lowercase form (borrowed from `spellings`, sliced once here: the
    /// rules ask for forms at nearly every token they look at), classes and shape.
    forms: Vec<&'a str>,
    /// Per spelling: its shape.
    shapes: Vec<Shape>,
    /// Per spelling: its classes, with its kind's and shape's. The rules ask a token's classes
    /// more than anything else, through its spelling number. (A copy per token saved that
    /// look-up, about 1% of the instructions, but was 8 bytes a token at the top of the peak
    /// memory: issue #7.)
    spelling_bits: Vec<classes::Bits>,
    /// Per spelling: its tokens are words (`TokenKind::Word`; the tokenizer gives every token of
    /// one text the same kind, by its first characters).
    word: Vec<bool>,
    /// Uppercase and lowercase letters of all the tokens (each token counts its spelling's).
    letters: (usize, usize),
}

impl<'a> Forms<'a> {
    pub fn new(doc: &'a Doc<'a>) -> Forms<'a> {
        let spellings = &doc.spellings;
        let count = spellings.len();
        // Per spelling first, each array in one tight pass (pushing to six arrays in one loop
        // kept their lengths and pointers in memory, not registers).
        let forms: Vec<&'a str> = (0..count).map(|id| spellings.form_of(id)).collect();
        let facts = text_facts(doc, &forms);
        // Per spelling: the kind of its tokens (every token of a spelling has the kind of its
        // first: the tokenizer's kind follows from the text), and so its classes with the
        // kind's and shape's bits (`KIND_BITS`, `Shape::word_bits`).
        let kinds: Vec<TokenKind> = (0..count).map(|id| doc.tokens[spellings.first_token(id)].kind()).collect();
        let word: Vec<bool> = kinds.iter().map(|&k| k == TokenKind::Word).collect();
        let spelling_bits: Vec<classes::Bits> = facts
            .iter()
            .zip(&kinds)
            .map(|(f, &kind)| {
                let (word_mask, kind_bit) = KIND_BITS[kind as usize];
                f.bits | f.shape.word_bits() & word_mask | kind_bit
            })
            .collect();
        let cases: Vec<(u32, u32)> = facts.iter().map(|f| f.cases).collect();
        let shapes: Vec<Shape> = facts.iter().map(|f| f.shape).collect();
        drop(facts);
        // Letters of all the tokens (each token counts its spelling's).
        let of_token = spellings.of_tokens();
        let (mut upper, mut lower) = (0usize, 0usize);
        for &id in of_token {
            let (u, l) = cases[id as usize];
            upper += u as usize;
            lower += l as usize;
        }
        Forms { spellings, forms, shapes, spelling_bits, word, letters: (upper, lower) }
    }

    /// Uppercase and lowercase letters of all the document's tokens.
    pub fn letters(&self) -> (usize, usize) {
        self.letters
    }

    /// Number of distinct spellings.
    pub fn spellings(&self) -> usize {
        self.shapes.len()
    }

    /// Spelling number of token `k` (which must exist).
    #[inline]
    pub fn spelling(&self, k: usize) -> usize {
        self.spellings.of(k)
    }

    /// The lowercase form of spelling `id`.
    pub fn form_of(&self, id: usize) -> &'a str {
        self.forms[id]
    }

    /// The spelling written as spelling `id`'s lowercase form, if some token is written so.
    pub fn lowercase_twin(&self, id: usize) -> Option<usize> {
        self.spellings.lowercase_twin(id)
    }

    /// The tokens of spelling `id` are words.
    pub fn is_word(&self, id: usize) -> bool {
        self.word[id]
    }

    /// Shape of spelling `id` as written.
    pub fn shape_of(&self, id: usize) -> Shape {
        self.shapes[id]
    }

    /// Lowercase form of token `k` ("" past the end).
    #[inline]
    pub fn form(&self, k: usize) -> &'a str {
        match self.spellings.get(k) {
            Some(id) => self.forms[id],
            None => "",
        }
    }

    /// Text of token `k` as written ("" past the end).
    #[inline]
    pub fn text(&self, k: usize) -> &'a str {
        // (The spellings keep each one's text: a copy per spelling here was 16 bytes a spelling,
        // the largest per-spelling list of a short document: issue #7.)
        self.spellings.get(k).map_or("", |id| self.spellings.written(id))
    }

    /// Shape of token `k` as written (that of "" past the end).
    #[inline]
    pub fn shape(&self, k: usize) -> Shape {
        self.spellings.get(k).map_or(Shape::default(), |id| self.shapes[id])
    }


    /// The first token in `from..end` with any of the classes `mask`, else `end` (`end` is at
    /// most the number of tokens).
    #[inline]
    pub fn next_with(&self, from: usize, end: usize, mask: classes::Bits) -> usize {
        // A tight walk over the spelling numbers: the passes' scans skip most tokens this way.
        let ids = self.spellings.of_tokens().get(from..end).unwrap_or_default();
        ids.iter().position(|&id| self.spelling_bits[id as usize] & mask != 0).map_or(end, |p| from + p)
    }

    /// Classes of token `k`'s lowercase form, with its kind and shape (`classes::WORD_TOKEN`…;
    /// none past the end).
    #[inline]
    pub fn bits(&self, k: usize) -> classes::Bits {
        self.spellings.get(k).map_or(0, |id| self.spelling_bits[id])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_agree_with_the_shape_functions() {
        for w in ["", "a", "A", "BBC", "U.S.", "MoD", "Ünal", "ÜNAL", "ünal", "1990s", "’s", "ǅ", "ΑΘΗΝΑ", "x2", "İstanbul",
            "Zelenskyy", "ZELENSKYY", "zelenskyy", "AbCdEfGh", "aBcDeFgHiJkLmNoPqRsTuVwXyZ@[`{", "Kyiv-Zaporizhzhia1", "Zaporizhzhiä", "Zaporizhzh’s", "ÄBCDEFGHIJ"] {
            let (shape, cases) = Shape::of(w);
            assert_eq!(shape.first_upper(), super::super::shape::first_upper(w), "{w}");
            assert_eq!(shape.first_lower(), w.chars().next().is_some_and(char::is_lowercase), "{w}");
            assert_eq!(shape.all_caps(), super::super::shape::all_caps(w), "{w}");
            assert_eq!(shape.chars(), w.chars().count(), "{w}");
            let count = |f: fn(char) -> bool| w.chars().filter(|&c| f(c)).count() as u32;
            assert_eq!(cases, (count(char::is_uppercase), count(char::is_lowercase)), "{w}");
            // Read in place from a text, with and without eight bytes to read from the start.
            for text in [w.to_string(), format!("{w}xYz ÄBCDEFGH"), format!("ab {w}"), format!("ab {w}Q.rstuvwxyz")] {
                let start = text.find(w).unwrap_or(0);
                let (s2, cases2) = Shape::of_in(&text, start, start + w.len());
                let facts = |s: Shape| (s.first_upper(), s.first_lower(), s.all_caps(), s.chars());
                assert_eq!((facts(s2), cases2), (facts(shape), cases), "{w} in {text:?}");
            }
        }
    }

    #[test]
    fn every_token_of_a_spelling_has_its_kind() {
        let doc = Doc::new("Kyiv’s ’s ' 's 'sx ’ \" 2nd ²2 Kyiv’s x’s’s don't 's U.S. U.S.x 1,5 1, ’’s");
        let f = Forms::new(&doc);
        for (k, t) in doc.tokens.iter().enumerate() {
            assert_eq!(f.is_word(f.spelling(k)), t.kind() == TokenKind::Word, "{}", doc.tok(k));
        }
    }

    #[test]
    fn token_classes_hold_the_kind_and_the_capital() {
        let doc = Doc::new("Kyiv kyiv 2022 , KYIV’s ’s \"x\" Émile UN U.S. ÉMILE Abc émile 's");
        let f = Forms::new(&doc);
        for k in 0..doc.tokens.len() + 2 {
            let t = doc.tokens.get(k);
            let has = |bit| f.bits(k) & bit != 0;
            let word = t.is_some_and(|t| t.kind() == TokenKind::Word);
            assert_eq!(has(classes::WORD_TOKEN), word, "{k}");
            assert_eq!(has(classes::NUMBER_TOKEN), t.is_some_and(|t| t.kind() == TokenKind::Number), "{k}");
            let text = t.map_or("", |t| t.text(doc.text));
            assert_eq!(has(classes::CAPITALISED_WORD), word && super::super::shape::first_upper(text), "{k}");
            assert_eq!(has(classes::LONG_WORD), word && text.chars().count() > 3, "{k}");
            assert_eq!(has(classes::SHOUTED_WORD), word && super::super::shape::all_caps(text) && text.chars().count() > 1, "{k}");
            assert_eq!(has(classes::LOWER_WORD), word && text.chars().next().is_some_and(char::is_lowercase), "{k}");
        }
    }

    #[test]
    fn next_with_finds_the_next_token_with_a_class() {
        let doc = Doc::new("in Kyiv and in May 2022 , they said");
        let f = Forms::new(&doc);
        let n = doc.tokens.len();
        for mask in [classes::CAPITALISED_WORD, classes::NUMBER_TOKEN, classes::MONTH | classes::WORD_TOKEN, classes::US_STATE_CODE] {
            for from in 0..=n {
                for end in from..=n {
                    let expected = (from..end).find(|&k| f.bits(k) & mask != 0).unwrap_or(end);
                    assert_eq!(f.next_with(from, end, mask), expected, "{from}..{end}");
                }
            }
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
        // One entry per spelling: "Putin", "’s", "PUTIN", "putin", "Kyiv", "don’t", "Ünal".
        assert_eq!(f.spellings(), 7);
        assert!(f.shape_of(2).all_caps() && f.shape_of(0).first_upper() && !f.shape_of(0).all_caps());
    }
}
