//! Tokens and sentences of pasted news text.
//!
//! One linear pass makes tokens; a second groups them into sentences. Both only look a
//! token or two around, so time stays linear on any input. Byte offsets throughout.
//!
//! Choices that the later stages rely on:
//! - a possessive `'s` / `’s` is its own token (entity spans exclude it);
//! - hyphens are their own tokens, with `space_before == false` on both neighbours, so
//!   "Russia-Ukraine" gives two names and "48-year-old" can be joined again;
//! - initials with dots stay one word ("U.S.", "e.g."); other periods are tokens;
//! - numbers keep their inner separators ("1,615", "2.7", "1/2", "10:30");
//! - every line break starts a sentence: headlines and "Advertisement" lines carry no full stop;
//! - a sentence holds at most `MAX_SENTENCE_TOKENS` tokens, so per-sentence work stays bounded.

use crate::spellings::Spellings;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner apostrophes, initials' dots).
    Word,
    /// Starts with a digit.
    Number,
    /// Any quotation mark, straight or curly, of any language.
    Quote,
    /// Every other symbol, one character per token.
    Punct,
}

/// Byte offsets are `u32` (a token every ~5 bytes of text: with `usize` offsets the token list
/// alone was ~5x the input). Text past 4 GiB is not tokenised (see `tokenize`). Eight bytes a
/// token: the start, and in one more word the length (24 bits: `tokenize` cuts a longer run of
/// letters or digits), the kind and the two flags. The token list is the largest a document
/// has and lives through every stage: at 11 bytes (packed) it held a third of the peak memory,
/// and a long document's passes over it wait on memory (issue #7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    /// `len | kind << KIND_SHIFT | SPACE_BEFORE | NEWLINE_BEFORE`.
    shape: u32,
}

/// A token's length is below this (`Token::shape` keeps it in 24 bits).
pub const MAX_TOKEN_BYTES: usize = (1 << 24) - 1;
const LEN_MASK: u32 = (1 << 24) - 1;
const KIND_SHIFT: u32 = 24;
const SPACE_BEFORE: u32 = 1 << 26; // (`Token::new` shifts the flags by these numbers)
const NEWLINE_BEFORE: u32 = 1 << 27;
/// The kinds by their discriminants (`Token::kind` reads them back from two bits).
const KINDS: [TokenKind; 4] = [TokenKind::Word, TokenKind::Number, TokenKind::Quote, TokenKind::Punct];

impl Token {
    /// The token of bytes `start..end` (shorter than `MAX_TOKEN_BYTES`, below 4 GiB).
    #[inline]
    pub fn new(start: u32, end: u32, kind: TokenKind, space_before: bool, newline_before: bool) -> Token {
        debug_assert!(end >= start && (end - start) as usize <= MAX_TOKEN_BYTES);
        // (`KINDS` lists the kinds in their declared order: the discriminant is the index.)
        let kind_bits = kind as u32;
        let shape = (end - start) & LEN_MASK | kind_bits << KIND_SHIFT | u32::from(space_before) << 26 | u32::from(newline_before) << 27;
        Token { start, shape }
    }

    /// The end of its bytes (exclusive).
    #[inline]
    pub fn end(&self) -> u32 {
        self.start + (self.shape & LEN_MASK)
    }

    #[inline]
    pub fn kind(&self) -> TokenKind {
        KINDS[(self.shape >> KIND_SHIFT) as usize & 3]
    }

    /// Whitespace separates this token from the previous one.
    #[inline]
    pub fn space_before(&self) -> bool {
        self.shape & SPACE_BEFORE != 0
    }

    /// A line break separates this token from the previous one.
    #[inline]
    pub fn newline_before(&self) -> bool {
        self.shape & NEWLINE_BEFORE != 0
    }

    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start as usize..self.end() as usize]
    }
}

/// A sentence: tokens `first..end` (indices into the token list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub first: usize,
    pub end: usize,
    /// Index of the paragraph (line) the sentence starts in.
    pub paragraph: usize,
}

/// A tokenised, sentence-split document.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Each token's spelling number and lowercase form, shared by the entity and claim stages.
    pub spellings: Spellings<'a>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let spellings = Spellings::new(text, &tokens);
        Doc { text, tokens, sentences, spellings }
    }

    /// Frees the spellings' texts and forms, keeping each token's spelling number (see
    /// `Spellings::forget_texts`).
    pub fn forget_spelling_texts(&mut self) {
        self.spellings.forget_texts();
    }

    pub fn tok(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }
}

pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』' | '‘' | '‚' | '‛'
    ) || c == '’' // only when not inside a word: see tokenize
}

fn is_word_char(c: char) -> bool {
    !is_general_punctuation(c) && (c.is_alphanumeric() || is_mark(c))
}

/// Dashes, curly quotes, bullets and the ellipsis (U+2010–U+2027): no letter, digit or space
/// among them. News text is full of them, and this range test spares each one the lookups in
/// the Unicode tables that `is_whitespace`, `is_numeric` and `is_alphanumeric` make.
#[inline]
fn is_general_punctuation(c: char) -> bool {
    ('\u{2010}'..='\u{2027}').contains(&c)
}

/// Combining marks continue the word they follow ("e\u{301}").
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || c == '\u{200D}'
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// What a character is, for the tokenizer: the tests of `tokenize` in the order it asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CharClass {
    /// Whitespace that is no line break.
    Space,
    /// '\n', '\r', U+2028, U+2029.
    LineBreak,
    /// Starts a number (`char::is_numeric`).
    Numeric,
    /// Continues a word: a letter, digit or combining mark (`is_word_char`).
    WordChar,
    /// Anything else: a quote, an apostrophe or another symbol.
    Other,
}

/// The classes of the ASCII characters, by table: news text is mostly ASCII, and a table read
/// spares each character the branches of the Unicode tests (`class_of` agrees, see the tests).
const ASCII_CLASSES: [CharClass; 128] = {
    let mut table = [CharClass::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'\n' | b'\r' => CharClass::LineBreak,
            b'\t' | 0x0B | 0x0C | b' ' => CharClass::Space,
            b'0'..=b'9' => CharClass::Numeric,
            b'a'..=b'z' | b'A'..=b'Z' => CharClass::WordChar,
            _ => CharClass::Other,
        };
        b += 1;
    }
    table
};

/// Per byte: an ASCII letter or digit (one load instead of two range tests per byte).
const ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The class of any character, by the Unicode tests.
fn class_of(c: char) -> CharClass {
    if is_general_punctuation(c) {
        CharClass::Other
    } else if c.is_whitespace() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') { CharClass::LineBreak } else { CharClass::Space }
    } else if c.is_numeric() {
        CharClass::Numeric
    } else if is_word_char(c) {
        CharClass::WordChar
    } else {
        CharClass::Other
    }
}

/// How much of `text` is annotated: all of it up to 4 GiB, then up to its last character that
/// starts below (offsets are `u32`).
pub(crate) fn annotated_len(text: &str) -> usize {
    let mut limit = text.len().min(u32::MAX as usize - 4);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    limit
}

/// Splits text into tokens. Whitespace is dropped; every other character is in exactly one token
/// (up to 4 GiB: offsets are `u32`, so a longer text is tokenised up to its last character
/// that starts below 4 GiB, and the rest is left unannotated).
pub fn tokenize(text: &str) -> Vec<Token> {
    let text = &text[..annotated_len(text)];
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    // A cursor over the bytes (always at a char boundary) instead of a char iterator: ASCII,
    // most of news text, is classified by one table read, and only other characters are
    // decoded (`non_ascii_token`, kept out of this loop so its registers stay its own).
    let len = text.len();
    let mut pos = 0;
    let mut space_before = false;
    let mut newline_before = true;
    while pos < len {
        let start = pos;
        let b = bytes[pos];
        let (kind, end) = if b.is_ascii_alphabetic() {
            // Most tokens start with an ASCII letter: one test before the table's branch to
            // every class (an indirect jump that mispredicts whenever the class changes).
            (TokenKind::Word, word_end(text, start, start + 1))
        } else if b < 0x80 {
            match ASCII_CLASSES[usize::from(b)] {
                CharClass::Space => {
                    space_before = true;
                    pos += 1;
                    continue;
                }
                CharClass::LineBreak => {
                    space_before = true;
                    newline_before = true;
                    pos += 1;
                    continue;
                }
                CharClass::WordChar => (TokenKind::Word, word_end(text, start, start + 1)),
                CharClass::Numeric => (TokenKind::Number, number_end(text, start + 1)),
                CharClass::Other => symbol_token(text, char::from(b), start + 1),
            }
        } else {
            match non_ascii_token(text, start) {
                Some(token) => token,
                None => {
                    // Whitespace: a line break when `non_ascii_token` says so.
                    let (c, width) = char_at(text, start);
                    space_before = true;
                    newline_before |= matches!(c, '\u{2028}' | '\u{2029}');
                    pos += width;
                    continue;
                }
            }
        };
        // A run of letters or digits longer than a token holds goes on in a token of its own
        // (of the kind its first character gives; beyond 16 MB, so never in prose).
        let end = if end - start > MAX_TOKEN_BYTES { last_boundary_before(text, start + MAX_TOKEN_BYTES) } else { end };
        // Both fit: `text` is cut below u32::MAX above.
        tokens.push(Token::new(start as u32, end as u32, kind, space_before, newline_before));
        // A token is most often followed by one space: taken here, not by a round of the loop.
        space_before = bytes.get(end) == Some(&b' ');
        pos = end + usize::from(space_before);
        newline_before = false;
    }
    // The capacity was a guess (a token every ~5 bytes): give back what news text leaves unused.
    tokens.shrink_to_fit();
    tokens
}

/// The last char boundary of `text` at or before `at`.
fn last_boundary_before(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The token that starts with the non-ASCII character at `start` (its kind and end), or `None`
/// for whitespace.
#[inline(never)]
fn non_ascii_token(text: &str, start: usize) -> Option<(TokenKind, usize)> {
    let (c, width) = char_at(text, start);
    let pos = start + width;
    Some(match class_of(c) {
        CharClass::Space | CharClass::LineBreak => return None,
        CharClass::Numeric => (TokenKind::Number, number_end(text, pos)),
        CharClass::WordChar => (TokenKind::Word, word_end(text, start, pos)),
        CharClass::Other => symbol_token(text, c, pos),
    })
}

/// The token of a symbol `c` (neither letter, digit nor space) ending at `pos`: a possessive
/// 's, a quotation mark or one other symbol.
fn symbol_token(text: &str, c: char, pos: usize) -> (TokenKind, usize) {
    if is_apostrophe(c) && is_possessive(text, pos) {
        // The possessive 's as one token.
        (TokenKind::Word, pos + 1)
    } else if is_quote_char(c) {
        (TokenKind::Quote, pos)
    } else {
        (TokenKind::Punct, pos)
    }
}

/// The end of a number whose first character ends at `pos`: digits, with inner , . / : between
/// digits, then any letters glued on ("10km").
#[inline]
fn number_end(text: &str, pos: usize) -> usize {
    // Most numbers end at an ASCII byte that cannot continue them: no decoding.
    let end = skip_ascii_alphanumeric(text, pos);
    match text.as_bytes().get(end) {
        Some(&b) if b < 0x80 && !matches!(b, b',' | b'.' | b'/' | b':') => end,
        None => end,
        Some(_) => number_tail_end(text, end),
    }
}

/// `number_end` past an inner separator or a non-ASCII character.
#[inline(never)]
fn number_tail_end(text: &str, pos: usize) -> usize {
    run_end(text, pos, |d, at, _| (matches!(d, ',' | '.' | '/' | ':') && next_is_digit(text, at + 1)).then_some(at + 1))
}

/// The end of a word that starts at `start` and whose first character ends at `pos`: word
/// chars, inner apostrophes (don't, O'Brien; not a possessive 's) and initials' dots.
#[inline(always)]
fn word_end(text: &str, start: usize, pos: usize) -> usize {
    // Most words end at an ASCII byte that is no apostrophe or dot: no decoding.
    let end = skip_ascii_alphanumeric(text, pos);
    match text.as_bytes().get(end) {
        Some(&b) if b < 0x80 && b != b'\'' && b != b'.' => end,
        None => end,
        // A full stop after a word (most often a sentence's end): the word ends unless it is an
        // initial.
        Some(b'.') if !is_initial_dot(text, start, end, end) => end,
        Some(_) => word_tail_end(text, start, end),
    }
}

/// `word_end` past an apostrophe, a dot or a non-ASCII character.
#[inline(never)]
fn word_tail_end(text: &str, start: usize, pos: usize) -> usize {
    run_end(text, pos, |d, at, width| {
        if is_apostrophe(d) && starts_word_tail(text, at + width) && !is_possessive(text, at + width) {
            Some(at + width)
        } else if d == '.' && is_initial_dot(text, start, at, at) {
            Some(at + 1)
        } else if is_mojibake_tail(text, at, d) {
            Some(at + width)
        } else {
            None
        }
    })
}

/// UTF-8 read as Latin-1 ("FranÃ§ois", twice over "FranÃ\u{83}Â§ois") leaves C1 control
/// characters, which no real text holds, and Latin-1 symbols right after "Ã" or "Â" (a
/// combining tilde or circumflex when decomposed) inside a word: they continue it, so the name
/// stays one token.
fn is_mojibake_tail(text: &str, at: usize, d: char) -> bool {
    match d as u32 {
        0x80..=0x9F => true,
        0xA1..=0xBF => text[..at].chars().next_back().is_some_and(|p| matches!(p, '\u{C2}' | '\u{C3}' | '\u{302}' | '\u{303}')),
        _ => false,
    }
}

/// The end of a run of word chars from `pos`, where `inner(char, at, width)` may carry the run
/// over another char at `at` (returning where it continues) or end it (`None`).
#[inline]
fn run_end(text: &str, mut pos: usize, inner: impl Fn(char, usize, usize) -> Option<usize>) -> usize {
    while pos < text.len() {
        pos = skip_ascii_alphanumeric(text, pos);
        if pos >= text.len() {
            break;
        }
        let (d, width) = char_at(text, pos);
        // ASCII here is no word char: the skip took those.
        if !d.is_ascii() && is_word_char(d) {
            pos += width;
        } else if let Some(next) = inner(d, pos, width) {
            pos = next;
        } else {
            break;
        }
    }
    pos
}

/// Just past the run of ASCII letters and digits at `at` (word chars, taken without decoding).
#[inline]
fn skip_ascii_alphanumeric(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    // Eight bytes at a time: most words end within the first eight.
    while let Some(chunk) = bytes.get(at..at + 8) {
        let stops = not_alphanumeric(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        if stops != 0 {
            return at + (stops.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let rest = &bytes[at..];
    // (An iterator's position: no bounds check per byte.)
    at + rest.iter().position(|&b| !ASCII_ALPHANUMERIC[usize::from(b)]).unwrap_or(rest.len())
}

/// The bytes of `w` (eight bytes of text, the first in the low byte) that are no ASCII letter or
/// digit: each such byte's top bit set, every other bit clear.
#[inline]
fn not_alphanumeric(w: u64) -> u64 {
    use crate::ascii_words::{bytes_in, HIGH, ONES};
    let low = w & !HIGH;
    let digit = bytes_in(low, b'0', b'9');
    // Setting bit 5 folds capitals onto small letters and makes no other byte a letter.
    let folded = low | (0x20 * ONES);
    let letter = bytes_in(folded, b'a', b'z');
    // Bytes outside ASCII (top bit set in `w`) are no letter or digit either.
    !((digit | letter) & !w) & HIGH
}

/// The char starting at byte `at` (a char boundary before the end) and its length in bytes.
#[inline]
fn char_at(text: &str, at: usize) -> (char, usize) {
    let b = text.as_bytes()[at];
    if b < 0x80 {
        return (char::from(b), 1);
    }
    let c = text[at..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

fn next_is_digit(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn starts_word_tail(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(|c| c.is_alphabetic())
}

/// `at` is just after an apostrophe: is it "s" ending a word?
fn is_possessive(text: &str, at: usize) -> bool {
    let mut rest = text[at..].chars();
    matches!(rest.next(), Some('s' | 'S')) && !rest.next().is_some_and(is_word_char)
}

/// A dot at `dot` continues an initialism: the word so far is a single letter or letters
/// separated by dots ("U", "U.S"), and a letter follows the dot or the word already has one.
///
/// Only the segment after the word's last dot is looked at: every earlier segment was checked
/// when its own dot was taken. Rescanning the whole word at each dot made "U.S.U.S.U.S…"
/// quadratic in its length.
#[inline(never)]
fn is_initial_dot(text: &str, start: usize, end: usize, dot: usize) -> bool {
    let word = &text[start..end];
    // One character is at most 4 bytes: the last dot, if any, is among the last 5 bytes, or the
    // segment after it is longer than a character (most words end here, after 5 bytes).
    let window = word.len().saturating_sub(5);
    let last = match word.as_bytes()[window..].iter().rposition(|&b| b == b'.') {
        Some(i) => &word[window + i + 1..],
        None if window == 0 => word,
        None => return false,
    };
    if last.chars().count() != 1 {
        return false;
    }
    let has_dot = word.len() > last.len();
    let after = text[dot + 1..].chars().next();
    after.is_some_and(|c| c.is_alphabetic()) || has_dot
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj",
    "adm", "cmdr", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "inc", "corp", "ltd",
    "co", "vs", "v", "etc", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "approx",
    "est", "fig", "al", "dept", "univ", "mt", "ft", "ave", "blvd", "rd",
];

fn is_abbreviation(word: &str) -> bool {
    // Compared in place: this runs at every full stop after a word, so no lower-cased copy.
    word.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Capitalised words that open a sentence far more often than they continue a name.
const SENTENCE_OPENERS: &[&str] = &[
    "He", "She", "They", "It", "We", "I", "The", "This", "That", "These", "Those", "But", "And", "His", "Her",
    "Their", "Its", "Our", "Meanwhile", "However", "In", "On", "At", "A", "An", "There", "When", "While", "After",
];

fn is_closer(tok: &str) -> bool {
    matches!(tok, "\"" | "”" | "’" | "»" | "›" | "」" | "』" | ")" | "]" | "'")
}

/// Longest sentence, in tokens; a longer run without an end mark is cut into pieces this long.
/// Later stages scan a sentence from each cue or name in it, so an unbounded sentence (a
/// megabyte pasted without full stops or line breaks) made them quadratic. Real news sentences
/// stay far below: the longest in the seed articles and PolNeAR's dev split is under 100 tokens.
pub const MAX_SENTENCE_TOKENS: usize = 200;

/// Groups tokens into sentences.
///
/// One test of each token's kind decides what else is looked at: only words ending in a dot and
/// one-symbol end marks read the text (in functions of their own, out of this loop).
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    // About one sentence every 20 tokens in news text; a guess, not a bound.
    let mut sentences = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut first = 0;
    let mut paragraph = 0;
    let mut start_paragraph = 0;
    let mut i = 0;
    while i < tokens.len() {
        // The tokens before the next line break, the longest sentence's end or the next token
        // that may end a sentence change nothing here: passed in one tight scan.
        i = next_candidate(bytes, tokens, i, tokens.len().min(first + MAX_SENTENCE_TOKENS));
        if i == tokens.len() {
            break;
        }
        let token = tokens[i];
        if token.newline_before() || i >= first + MAX_SENTENCE_TOKENS {
            if !token.newline_before() || i > first {
                sentences.push(Sentence { first, end: i, paragraph: start_paragraph });
                first = i;
            }
            if token.newline_before() && i > 0 {
                paragraph += 1;
            }
            // (A sentence that starts anywhere else starts in the paragraph it is cut in.)
            if i == first {
                start_paragraph = paragraph;
            }
        }
        let (start, end) = (token.start as usize, token.end() as usize);
        // Most tokens cannot end a sentence, and their last byte says so: one table read
        // passes them before the test of their kind (kinds alternate too irregularly for the
        // branch predictor).
        if !MAY_END_SENTENCE[usize::from(bytes[end - 1])] {
            i += 1;
            continue;
        }
        let cut = match token.kind() {
            // "… in the U.S. He said": an initialism's dot ends the sentence when a word that
            // typically opens one follows.
            TokenKind::Word if bytes[end - 1] == b'.' && end - start > 2 => initialism_ends_sentence(text, tokens, i).then_some(i + 1),
            // (End marks are one-symbol tokens.)
            TokenKind::Punct if is_end_mark(&text[start..end]) => {
                // Absorb a run of end marks and closing quotes or brackets.
                let j = end_mark_run(text, tokens, i, first + MAX_SENTENCE_TOKENS);
                let cut = j < tokens.len() && !tokens[j].newline_before() && ends_sentence(text, tokens, i, j);
                if cut {
                    sentences.push(Sentence { first, end: j, paragraph: start_paragraph });
                    first = j;
                    start_paragraph = paragraph;
                }
                i = j;
                continue;
            }
            _ => None,
        };
        if let Some(end) = cut {
            sentences.push(Sentence { first, end, paragraph: start_paragraph });
            first = end;
            start_paragraph = paragraph;
        }
        i += 1;
    }
    if first < tokens.len() {
        sentences.push(Sentence { first, end: tokens.len(), paragraph: start_paragraph });
    }
    sentences
}

/// The first token from `from` (up to `limit`, or `limit` itself) that opens a line or whose last
/// byte may end a sentence (`MAY_END_SENTENCE`).
#[inline]
fn next_candidate(bytes: &[u8], tokens: &[Token], from: usize, limit: usize) -> usize {
    let may_matter = |t: &Token| t.newline_before() || MAY_END_SENTENCE[usize::from(bytes[t.end() as usize - 1])];
    tokens[from..limit].iter().position(may_matter).map_or(limit, |k| from + k)
}

/// The word `tokens[i]`, ending in a dot, is an initialism ("U.S.") that ends its sentence: it
/// has a capital, and a word that typically opens a sentence follows on the same line.
#[inline(never)]
fn initialism_ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens[i].text(text).contains(char::is_uppercase)
        && tokens.get(i + 1).is_some_and(|next| next.space_before() && !next.newline_before() && SENTENCE_OPENERS.contains(&next.text(text)))
}

/// Just past the end mark `tokens[mark]` and the end marks and closing quotes or brackets
/// glued to it, stopping at `limit` (the longest sentence's end).
#[inline(never)]
fn end_mark_run(text: &str, tokens: &[Token], mark: usize, limit: usize) -> usize {
    let mut j = mark + 1;
    while j < tokens.len()
        && j < limit
        && !tokens[j].newline_before()
        && !tokens[j].space_before()
        && (matches!(tokens[j].text(text), "." | "!" | "?") || is_closer(tokens[j].text(text)))
    {
        j += 1;
    }
    j
}

/// Per byte: it is the last byte of a token that may end a sentence (a word ending in a dot, or
/// an end mark: '.', '!', '?', or '…', whose UTF-8 ends in 0xA6).
const MAY_END_SENTENCE: [bool; 256] = {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'!' as usize] = true;
    table[b'?' as usize] = true;
    table[0xA6] = true;
    table
};

/// A symbol that ends a sentence.
fn is_end_mark(symbol: &str) -> bool {
    matches!(symbol, "." | "!" | "?" | "…")
}

/// Does the end mark at `mark` (absorbed up to `next`) close a sentence?
fn ends_sentence(text: &str, tokens: &[Token], mark: usize, next: usize) -> bool {
    let following = &tokens[next];
    if !following.space_before() {
        return false;
    }
    let f = following.text(text);
    let starts_like_sentence = f.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
        || following.kind() == TokenKind::Quote
        || f == "(";
    if !starts_like_sentence {
        return false;
    }
    if tokens[mark].text(text).starts_with('.') && mark > 0 {
        let prev = &tokens[mark - 1];
        if prev.end() == tokens[mark].start && prev.kind() == TokenKind::Word {
            let w = prev.text(text);
            if is_abbreviation(w) {
                return false;
            }
            // A single capital initial ("J. Smith").
            let mut cs = w.chars();
            if cs.next().is_some_and(|c| c.is_uppercase()) && cs.next().is_none() {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_keeps_its_length_kind_and_flags() {
        for kind in KINDS {
            for (space, newline) in [(false, false), (true, false), (false, true), (true, true)] {
                for (start, len) in [(0u32, 0u32), (7, 1), (1 << 31, 12), (u32::MAX - MAX_TOKEN_BYTES as u32, MAX_TOKEN_BYTES as u32)] {
                    let t = Token::new(start, start + len, kind, space, newline);
                    assert_eq!((t.start, t.end(), t.kind(), t.space_before(), t.newline_before()), (start, start + len, kind, space, newline));
                }
            }
        }
    }

    #[test]
    fn a_run_longer_than_a_token_holds_goes_on_in_the_next() {
        // Two-byte letters, so that the most a token holds (an odd number of bytes) falls inside one.
        let run = "é".repeat(MAX_TOKEN_BYTES / 2 + 5);
        let text = format!("{run} b");
        let tokens = tokenize(&text);
        let texts: Vec<&str> = tokens.iter().map(|t| t.text(&text)).collect();
        assert_eq!(texts.len(), 3);
        assert_eq!(texts[0].len(), MAX_TOKEN_BYTES - 1);
        assert_eq!(format!("{}{}", texts[0], texts[1]), run);
        assert_eq!((tokens[1].kind(), tokens[1].space_before(), texts[2]), (TokenKind::Word, false, "b"));
    }

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    fn sents(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        doc.sentences
            .iter()
            .map(|s| &text[doc.tokens[s.first].start as usize..doc.tokens[s.end - 1].end() as usize])
            .collect()
    }

    #[test]
    fn possessives_and_hyphens_split() {
        assert_eq!(toks("Putin’s war"), ["Putin", "’s", "war"]);
        assert_eq!(toks("Putin's"), ["Putin", "'s"]);
        assert_eq!(toks("Russia-Ukraine"), ["Russia", "-", "Ukraine"]);
        assert_eq!(toks("don't O'Brien"), ["don't", "O'Brien"]);
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(toks("£1,615 and 2.7 and 10 1/2"), ["£", "1,615", "and", "2.7", "and", "10", "1/2"]);
        assert_eq!(toks("ends 2023."), ["ends", "2023", "."]);
    }

    #[test]
    fn initials_stay_whole() {
        assert_eq!(toks("the U.S. said"), ["the", "U.S.", "said"]);
        assert_eq!(toks("e.g. this"), ["e.g.", "this"]);
    }

    #[test]
    fn quotes_are_tokens() {
        assert_eq!(toks("“Yes,” he said"), ["“", "Yes", ",", "”", "he", "said"]);
        assert_eq!(toks("‘burnt out’"), ["‘", "burnt", "out", "’"]);
    }

    #[test]
    fn sentences_respect_abbreviations() {
        assert_eq!(
            sents("Mr. Smith went to Washington. He said so. In Sept. 2022 it rained."),
            ["Mr. Smith went to Washington.", "He said so.", "In Sept. 2022 it rained."]
        );
        // The "v." of a case name ("Roe v. Wade").
        assert_eq!(sents("The court will revisit Dale v. Lee. It said so."), ["The court will revisit Dale v. Lee.", "It said so."]);
    }

    #[test]
    fn sentence_ends_after_closing_quote() {
        assert_eq!(sents("He said: “It is over.” Then he left."), ["He said: “It is over.”", "Then he left."]);
    }

    #[test]
    fn lines_are_sentences() {
        assert_eq!(
            sents("Putin ally: \"Not Kyiv\"\nAdvertisement\nThe war goes on"),
            ["Putin ally: \"Not Kyiv\"", "Advertisement", "The war goes on"]
        );
    }

    #[test]
    fn initialism_ends_a_sentence_before_an_opener() {
        assert_eq!(
            sents("Attacks in the U.S. He says more will come. The U.S. Army agreed."),
            ["Attacks in the U.S.", "He says more will come.", "The U.S. Army agreed."]
        );
    }

    #[test]
    fn mojibake_stays_inside_its_word() {
        assert_eq!(toks("Fran\u{C3}\u{A7}ois Hollande"), ["Fran\u{C3}\u{A7}ois", "Hollande"]);
        assert_eq!(toks("FranA\u{303}\u{83}A\u{302}\u{A7}ois said"), ["FranA\u{303}\u{83}A\u{302}\u{A7}ois", "said"]);
        // A Latin-1 symbol after an ordinary letter is still its own token.
        assert_eq!(toks("cost\u{A3}5"), ["cost", "\u{A3}", "5"]);
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(sents("It rose 2.7 times. Then fell."), ["It rose 2.7 times.", "Then fell."]);
    }

    #[test]
    fn general_punctuation_has_no_letters_digits_or_spaces() {
        for c in '\u{2010}'..='\u{2027}' {
            assert!(is_general_punctuation(c));
            assert!(!c.is_whitespace() && !c.is_numeric() && !c.is_alphanumeric() && !is_mark(c), "{c:?}");
        }
        assert!(!is_general_punctuation('\u{2028}') && !is_general_punctuation('\u{200F}'));
    }

    #[test]
    fn ascii_runs_end_at_the_first_byte_no_letter_or_digit() {
        // Every byte value at every place of an eight-byte chunk, and in the bytewise tail.
        for b in 0u8..=255 {
            for place in 0..12 {
                let mut bytes = vec![b'k'; 12];
                bytes[place] = b;
                let want = if ASCII_ALPHANUMERIC[usize::from(b)] { 12 } else { place };
                let chunk = u64::from_le_bytes(bytes[..8].try_into().unwrap());
                let stop = (not_alphanumeric(chunk).trailing_zeros() / 8) as usize;
                assert_eq!(stop.min(8), want.min(8), "byte {b:#x} at {place}");
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    assert_eq!(skip_ascii_alphanumeric(text, 0), want, "byte {b:#x} at {place}");
                }
            }
        }
    }

    #[test]
    fn every_end_mark_ends_in_a_byte_that_may_end_a_sentence() {
        for mark in [".", "!", "?", "…"] {
            assert!(is_end_mark(mark) && MAY_END_SENTENCE[usize::from(*mark.as_bytes().last().unwrap())], "{mark}");
        }
    }

    #[test]
    fn ascii_classes_agree_with_the_unicode_tests() {
        for b in 0u8..128 {
            assert_eq!(ASCII_CLASSES[usize::from(b)], class_of(char::from(b)), "{b:#x}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in ["", " ", "\n\n", "'", "’s", "...", "a.b.c.", "👨‍👩‍👧 ’s", "\u{0}\u{1}", "1,", "1.", "x'"] {
            let doc = Doc::new(t);
            for tok in &doc.tokens {
                assert!(t.is_char_boundary(tok.start as usize) && t.is_char_boundary(tok.end() as usize));
                assert!(tok.start < tok.end());
            }
        }
    }
}
