//! Word bags of claim contents, for finding one claim repeated (headline, lead, body): the
//! hashes of the content's words of four bytes or more, case-folded, sorted and deduplicated,
//! from at most 64 words. Words are the runs between characters that are not alphanumeric,
//! hashed with FNV over their bytes.
//!
//! A content is read token by token, not byte by byte: a token made only of letters and digits
//! (most are) is hashed once per spelling and remembered. Only other tokens ("U.S.", "don't")
//! and a token glued to an alphanumeric one before it (where a word runs on across the two)
//! are read byte by byte. The bag is the one of the content's text (`text_bag` in the tests).

use crate::segment::Doc;

const MAX_WORDS: usize = 64;
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
}

/// Per spelling, what a whole token of it adds to a word: `Plain(hash, len)` when every
/// character is alphanumeric, `Mixed` otherwise.
#[derive(Clone, Copy)]
enum Spelling {
    Unknown,
    Plain(u64, u32),
    Mixed,
}

pub struct Bags<'d> {
    doc: &'d Doc<'d>,
    spellings: Vec<Spelling>,
}

/// The word being read: its hash so far and its length in bytes (0: between words).
struct Word {
    hash: u64,
    len: usize,
}

impl Word {
    const NONE: Word = Word { hash: FNV_START, len: 0 };

    /// Ends the word (a word of four bytes or more goes into the bag); true when the bag is full.
    fn end(&mut self, bag: &mut Vec<u64>) -> bool {
        if self.len >= 4 {
            bag.push(self.hash);
        }
        *self = Word::NONE;
        bag.len() == MAX_WORDS
    }

    /// Reads `text` on from the word so far; true when the bag is full.
    fn read(&mut self, text: &str, bag: &mut Vec<u64>) -> bool {
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let (alnum, width) = char_at(text, i, b);
            if alnum {
                self.hash = bytes[i..i + width].iter().fold(self.hash, |h, &b| fnv(h, b));
                self.len += width;
            } else if self.end(bag) {
                return true;
            }
            i += width;
        }
        false
    }
}

/// Whether the character at byte `i` of `text` (whose first byte is `b`) is alphanumeric, and
/// its width: ASCII bytes are told without decoding.
#[inline]
fn char_at(text: &str, i: usize, b: u8) -> (bool, usize) {
    if b.is_ascii() {
        (b.is_ascii_alphanumeric(), 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric(), c.len_utf8())
    }
}

impl<'d> Bags<'d> {
    pub fn new(doc: &'d Doc<'d>) -> Self {
        Bags { doc, spellings: vec![Spelling::Unknown; doc.spellings.len()] }
    }

    /// The bag of a content given as token ranges `[a, b)` (empty ranges hold nothing).
    pub fn of(&mut self, content: &[(usize, usize)]) -> Vec<u64> {
        let doc = self.doc;
        let mut bag: Vec<u64> = Vec::with_capacity(MAX_WORDS);
        for &(a, b) in content {
            let mut word = Word::NONE;
            for k in a..b {
                let t = &doc.tokens[k];
                // Whitespace (never alphanumeric) between tokens ends a word.
                if k > a && t.start > doc.tokens[k - 1].end && word.end(&mut bag) {
                    break;
                }
                let full = match self.spelling(k) {
                    // A token of letters and digits alone, with no word running on into it.
                    Spelling::Plain(hash, len) if word.len == 0 => {
                        word = Word { hash, len: len as usize };
                        false
                    }
                    _ => word.read(doc.tok(k), &mut bag),
                };
                if full {
                    break;
                }
            }
            if bag.len() == MAX_WORDS || word.end(&mut bag) {
                break;
            }
        }
        bag.sort_unstable();
        bag.dedup();
        bag
    }

    fn spelling(&mut self, k: usize) -> Spelling {
        let id = self.doc.spellings.of(k);
        if let Spelling::Unknown = self.spellings[id] {
            let text = self.doc.tok(k);
            let bytes = text.as_bytes();
            let mut hash = FNV_START;
            let mut i = 0;
            let mut plain = true;
            while let Some(&b) = bytes.get(i) {
                let (alnum, width) = char_at(text, i, b);
                plain &= alnum;
                hash = bytes[i..i + width].iter().fold(hash, |h, &b| fnv(h, b));
                i += width;
            }
            // A token is shorter than 4 GiB (`segment::tokenize`).
            self.spellings[id] = if plain { Spelling::Plain(hash, text.len() as u32) } else { Spelling::Mixed };
        }
        self.spellings[id]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bag of the contents' texts, as first written: split at every character that is not
    /// alphanumeric.
    fn text_bag(texts: &[&str]) -> Vec<u64> {
        let mut bag: Vec<u64> = texts
            .iter()
            .flat_map(|s| s.split(|c: char| !c.is_alphanumeric()))
            .filter(|t| t.len() >= 4)
            .take(MAX_WORDS)
            .map(|t| t.bytes().fold(FNV_START, fnv))
            .collect();
        bag.sort_unstable();
        bag.dedup();
        bag
    }

    #[test]
    fn token_bags_are_text_bags() {
        let long = "word ".repeat(40) + &"other ".repeat(40) + "last";
        let texts = [
            "",
            "abc",
            "Café crème, naïve “quotes” – über 2023 data",
            "Putin’s allies SAID said said",
            "x\u{300}yzw éééé e\u{301}tude",
            long.as_str(),
            "ends with word",
            "U.S.-based well-known don't 10km 1,615 COVID19 5G-networks (Reuters)Moscow",
            "the “Kremlin’s” line:“Quoted”words—dashes…ellipsis",
            "ΑΘΗΝΑ Κυβέρνηση said 東京都 said İstanbul KELVIN\u{212A}",
        ];
        for (i, a) in texts.iter().enumerate() {
            let b = texts[(i + 3) % texts.len()];
            let text = format!("{a} {b}");
            let doc = Doc::new(&text);
            let n = doc.tokens.len();
            let mut bags = Bags::new(&doc);
            // Contents of one range and of two, cut anywhere.
            for cut in 0..=n {
                let ranges = [(0, cut), (cut, n)];
                let spans: Vec<&str> = ranges
                    .iter()
                    .filter(|(x, y)| x < y)
                    .map(|&(x, y)| &text[doc.tokens[x].start as usize..doc.tokens[y - 1].end as usize])
                    .collect();
                assert_eq!(bags.of(&ranges), text_bag(&spans), "{text} cut at {cut}");
                let rest: Vec<&str> = spans.iter().copied().filter(|_| cut < n).last().into_iter().collect();
                assert_eq!(bags.of(&[(cut, n)]), text_bag(&rest), "{text} from {cut}");
            }
        }
    }
}
