//! Word bags of claim contents, for finding one claim repeated (headline, lead, body).

#[cfg(test)]
use crate::model::Span;

const MAX_WORDS: usize = 64;
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// Per byte: what it is to a word. ASCII letters and digits map to their lower case, other
/// ASCII bytes to `NOT_ALNUM`, the bytes of other characters to `DECODE` (the character is
/// decoded to tell whether it is alphanumeric).
const NOT_ALNUM: u8 = 0;
const DECODE: u8 = 0xFF;
const BYTES: [u8; 256] = {
    let mut table = [DECODE; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { NOT_ALNUM };
        b += 1;
    }
    table
};

fn fnv(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
}

/// Hashes of the content words (four bytes or more, case-folded), sorted and deduplicated,
/// from at most 64 words: FNV over the bytes, no allocation per word. Words are the runs between
/// characters that are not alphanumeric; ASCII bytes are told apart without decoding (one table
/// look-up a byte), and each word is hashed as it is read. `spans` are byte ranges of `text`
/// (the claims' spans get their own texts only at the end: `crate::texts`).
pub fn word_bag(text: &str, spans: impl IntoIterator<Item = (usize, usize)>) -> Vec<u64> {
    let mut bag: Vec<u64> = Vec::with_capacity(MAX_WORDS);
    word_bag_into(text, spans, usize::MAX, &mut bag);
    bag
}

/// At least as many words as `word_bag` of the same spans holds: each word has four bytes or
/// more and a byte between it and the next, so a span of `n` bytes holds at most `(n + 1) / 5`.
/// A claim too short to share enough words with any other is then passed without reading it.
pub fn most_words(spans: impl IntoIterator<Item = (usize, usize)>) -> usize {
    spans.into_iter().map(|(from, to)| (to.saturating_sub(from) + 1) / 5).sum::<usize>().min(MAX_WORDS)
}

/// `word_bag` into `bag` (emptied first), so that one vector serves a whole pass over the claims.
/// Reading stops once the bag holds more than `most_distinct` words: a caller that has no use
/// for a bag that large learns so without the rest being read.
pub fn word_bag_into(text: &str, spans: impl IntoIterator<Item = (usize, usize)>, most_distinct: usize, bag: &mut Vec<u64>) {
    // Kept sorted and free of repeats as it grows (at most 64 words: no sort needed, and none
    // of the standard library's: see `crate::sort`).
    bag.clear();
    let mut words = 0;
    // Ends the word read so far (`len` bytes long); true when the bag has all its words.
    let mut end_word = |bag: &mut Vec<u64>, hash: u64, len: usize| {
        if len >= 4 {
            if let Err(at) = bag.binary_search(&hash) {
                bag.insert(at, hash);
            }
            words += 1;
        }
        words == MAX_WORDS || bag.len() > most_distinct
    };
    'spans: for (from, to) in spans {
        let text = &text[from..to];
        let bytes = text.as_bytes();
        // The word being read: its hash so far and its length in bytes.
        let (mut hash, mut len) = (FNV_START, 0usize);
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let width = match BYTES[usize::from(b)] {
                NOT_ALNUM => 1,
                // U+2000 to U+203F (bytes E2 80 …): spaces, dashes, curly quotes and other
                // punctuation, never alphanumeric, and the most common non-ASCII characters
                // of news text: told without decoding.
                DECODE if b == 0xE2 && bytes.get(i + 1) == Some(&0x80) => 3,
                DECODE => {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    let width = c.len_utf8();
                    if c.is_alphanumeric() {
                        // (ASCII lower-casing leaves the bytes of other characters as they are.)
                        hash = bytes[i..i + width].iter().fold(hash, |h, &b| fnv(h, b));
                        len += width;
                        i += width;
                        continue;
                    }
                    width
                }
                lower => {
                    hash = fnv(hash, lower);
                    len += 1;
                    i += 1;
                    continue;
                }
            };
            if end_word(bag, hash, len) {
                break 'spans;
            }
            (hash, len) = (FNV_START, 0);
            i += width;
        }
        if end_word(bag, hash, len) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `word_bag` as first written: split at every character that is not alphanumeric.
    fn word_bag_by_splitting(spans: &[Span]) -> Vec<u64> {
        let mut bag: Vec<u64> = spans
            .iter()
            .flat_map(|s| s.text.split(|c: char| !c.is_alphanumeric()))
            .filter(|t| t.len() >= 4)
            .take(MAX_WORDS)
            .map(|t| t.bytes().fold(FNV_START, |h, b| fnv(h, b.to_ascii_lowercase())))
            .collect();
        bag.sort_unstable();
        bag.dedup();
        bag
    }

    #[test]
    fn word_bag_matches_splitting() {
        let long = "word ".repeat(40) + &"other ".repeat(40) + "last";
        let texts = [
            "",
            "abc",
            "Café crème, naïve “quotes” – über 2023 data",
            "Putin’s allies SAID said said",
            "x\u{300}yzw éééé",
            long.as_str(),
            "ends with word",
            "U.S.-based well-known don't 10km COVID19 (Reuters)Moscow ΑΘΗΝΑ 東京都 İstanbul \u{212A}elvin",
        ];
        for (i, a) in texts.iter().enumerate() {
            // Two spans of one document, "a|b".
            let b = texts[(i + 1) % texts.len()];
            let whole = format!("{a}|{b}");
            let spans = [(0, a.len()), (a.len() + 1, whole.len())].map(|(s, e)| Span { start: s, end: e, text: whole[s..e].into() });
            assert_eq!(word_bag(&whole, spans.iter().map(|s| (s.start, s.end))), word_bag_by_splitting(&spans), "{a}");
        }
    }

    #[test]
    fn general_punctuation_is_not_alphanumeric() {
        for c in '\u{2000}'..='\u{203F}' {
            assert!(!c.is_alphanumeric() && c.len_utf8() == 3 && c.to_string().as_bytes()[..2] == [0xE2, 0x80], "{c}");
        }
        // "Quoted", "words" and "ends": the marks between them end words.
        let text = "“Quoted” — words’ends";
        assert_eq!(word_bag(text, [(0, text.len())]).len(), 3);
    }

    #[test]
    fn most_words_bounds_the_bag() {
        for text in ["", "abcd", "abcd efgh", "abcd,efgh.ijkl mnop qrst", "ab cd", "abcdefghij", "éééé ÿÿÿÿ"] {
            let spans = [(0, text.len())];
            assert!(word_bag(text, spans).len() <= most_words(spans), "{text}");
        }
        // Tight for four-letter words a byte apart.
        let text = "abcd efgh ijkl";
        assert_eq!((word_bag(text, [(0, text.len())]).len(), most_words([(0, text.len())])), (3, 3));
        let long = "word ".repeat(100);
        assert_eq!(most_words([(0, long.len()), (0, long.len())]), MAX_WORDS);
    }

    #[test]
    fn byte_table_agrees_with_ascii_classes() {
        for b in 0..=255u8 {
            let expected = if !b.is_ascii() { DECODE } else if b.is_ascii_alphanumeric() { b.to_ascii_lowercase() } else { NOT_ALNUM };
            assert_eq!(BYTES[usize::from(b)], expected, "{b}");
        }
    }
}
