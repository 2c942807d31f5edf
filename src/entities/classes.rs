//! Every word list of the tagger in one hash table: word → the bit of each list holding it.
//!
//! The rules ask many questions of one word ("a month? a weekday? a number word? a place?"),
//! and ask them again at every token they look at. One lookup answers them all: `of(word)`
//! hashes the word once and returns its bits; `Ctx` does that once per token of a document, so
//! the rules read bits instead of hashing, lowercasing or binary-searching strings.
//! The lists themselves stay beside the functions that name them (`words`, `heads`,
//! `designations`, `lexicon`); the table is built on first use from all of them.

use super::{designations, heads, lexicon, words};
use std::sync::OnceLock;

/// A set of classes, one bit each.
pub(crate) type Bits = u64;

// Closed word classes (`words`, `heads`, `designations`).
pub(crate) const MONTH: Bits = 1 << 0;
pub(crate) const WEEKDAY: Bits = 1 << 1;
pub(crate) const TIME_UNIT: Bits = 1 << 2;
pub(crate) const BARE_DURATION: Bits = 1 << 3;
pub(crate) const DATE_WORD: Bits = 1 << 4;
pub(crate) const DATE_MODIFIER: Bits = 1 << 5;
pub(crate) const DATE_SUFFIX: Bits = 1 << 6;
pub(crate) const SPELLED_NUMBERS: Bits = 1 << 7;
pub(crate) const NUMBER_UNIT: Bits = 1 << 8;
pub(crate) const CURRENCY_SIGN: Bits = 1 << 9;
pub(crate) const LOCATIVE_PREPOSITION: Bits = 1 << 10;
pub(crate) const PLACE_DESIGNATOR: Bits = 1 << 11;
pub(crate) const SETTLEMENT_NOUN: Bits = 1 << 12;
pub(crate) const SPEECH_VERB: Bits = 1 << 13;
pub(crate) const FUNCTION_WORD: Bits = 1 << 14;
pub(crate) const NAME_CONNECTOR: Bits = 1 << 15;
pub(crate) const PLAIN_ABBREVIATION: Bits = 1 << 16;
pub(crate) const US_STATE_CODE: Bits = 1 << 17;
pub(crate) const ORG_HEAD: Bits = 1 << 18;
pub(crate) const LOC_HEAD: Bits = 1 << 19;
pub(crate) const MISC_HEAD: Bits = 1 << 20;
pub(crate) const PORTFOLIO: Bits = 1 << 21;
pub(crate) const BODY_MODIFIER: Bits = 1 << 22;
/// First word of an approximator ("more" of "more than", "about"): `words::approximator_len`
/// can match only when its first word has this bit.
pub(crate) const APPROXIMATOR_START: Bits = 1 << 23;

// The big lists (`lexicon`).
pub(crate) const PLACE: Bits = 1 << 32;
/// A place, or the first word of a multi-word place.
pub(crate) const PLACE_START: Bits = 1 << 33;
pub(crate) const COUNTRY: Bits = 1 << 34;
pub(crate) const GIVEN_NAME: Bits = 1 << 35;
pub(crate) const COMMON_WORD: Bits = 1 << 36;
/// Exactly a line of the demonym list (`lexicon::is_demonym` also takes plurals).
pub(crate) const DEMONYM: Bits = 1 << 37;
/// Exactly a line of the title list (`lexicon::is_title` also trims a dot).
pub(crate) const TITLE: Bits = 1 << 38;
/// Exactly a key of the hand-written organisation list (`lexicon::hand().orgs`): the rules look
/// a word up there only when it has this bit (most words have not, and are not hashed again).
pub(crate) const HAND_ORG: Bits = 1 << 39;

// Derived per token form by `of_form` (not table entries).
/// `lexicon::is_title` of the word: a title, with any dots at its end trimmed ("gen.").
pub(crate) const TITLE_WORD: Bits = 1 << 40;

// Derived per token by `forms::Forms` from its kind and its spelling's shape (not word lists):
// the passes' scans over every token ask these first, one load with the classes.
/// A word token (`TokenKind::Word`).
pub(crate) const WORD_TOKEN: Bits = 1 << 41;
/// A number token (`TokenKind::Number`).
pub(crate) const NUMBER_TOKEN: Bits = 1 << 42;
/// A word token starting with a capital (`shape::first_upper`).
pub(crate) const CAPITALISED_WORD: Bits = 1 << 43;
/// A word token of more than three chars.
pub(crate) const LONG_WORD: Bits = 1 << 44;
/// A word token of two chars or more, all capitals (`shape::all_caps`).
pub(crate) const SHOUTED_WORD: Bits = 1 << 45;
/// A word token starting with a lowercase letter (`Shape::first_lower`).
pub(crate) const LOWER_WORD: Bits = 1 << 46;

/// First words of `words::approximator_len`'s patterns (kept beside it: a word added there
/// must be added here).
pub(crate) const APPROXIMATOR_START_LIST: &[&str] = &[
    "about", "above", "almost", "an", "approx", "approximately", "around", "as", "at", "barely", "below", "circa",
    "close", "estimated", "exactly", "fewer", "fully", "greater", "higher", "just", "less", "lower", "more",
    "nearly", "only", "over", "precisely", "roughly", "some", "under", "up", "upwards", "well",
];

/// The word lists' words and their classes: an open-addressing hash table of 32-bit slots over
/// two arrays. A `HashMap<&str, Bits>` of the ~29K words took 65,536 buckets of 24 bytes (1.6 MB,
/// more than the caches near the CPU hold); this takes about half, and a probe reads one slot
/// (whose tag bits mostly rule a word out) before any word.
struct Table {
    /// Per slot: 0 when empty, else the entry's number + 1 in the low `index_bits` bits and the
    /// word's hash's top bits above them (the tag). Power-of-two length, at most half full.
    slots: Vec<u32>,
    index_bits: u32,
    /// Fixed once the slots are made (`find` runs once per spelling of every document):
    /// the low `index_bits` bits, and the shift that takes a hash's top bits to a slot.
    index_mask: u32,
    shift: u32,
    words: Vec<&'static str>,
    /// Per entry: its classes, packed (`pack`).
    classes: Vec<u32>,
}

/// The table's classes use bits 0–23 and 32–39 of `Bits`: packed into 32 bits.
fn pack(bits: Bits) -> u32 {
    (bits & 0xFF_FFFF) as u32 | ((bits >> 32) as u32 & 0xFF) << 24
}

fn unpack(packed: u32) -> Bits {
    Bits::from(packed & 0xFF_FFFF) | Bits::from(packed >> 24) << 32
}

/// The table's own hash of a word: eight bytes at a time, and the last one to seven bytes read
/// at once (overlapping reads that together cover every byte), with the length mixed in. The
/// table asks once per spelling of every document; `FxHasher` took a multiply per byte of
/// the tail.
fn hash(word: &str) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let bytes = word.as_bytes();
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, read_u64(c, 0));
    }
    let rest = chunks.remainder();
    let n = rest.len();
    if n >= 4 {
        h = mix(h, u64::from(read_u32(rest, 0)) | u64::from(read_u32(rest, n - 4)) << 32);
    } else if n > 0 {
        h = mix(h, u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16);
    }
    // The low bits of the multiply mix poorly: the slot comes from the top bits, after a last multiply.
    h.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[inline]
fn read_u64(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or_default())
}

#[inline]
fn read_u32(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap_or_default())
}

/// `a == b` for the short words of the lists without a call to `memcmp`: two overlapping
/// reads cover a word of 4 to 16 bytes.
#[inline]
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    match n {
        0..=3 => a.iter().zip(b).all(|(x, y)| x == y),
        4..=7 => read_u32(a, 0) == read_u32(b, 0) && read_u32(a, n - 4) == read_u32(b, n - 4),
        8..=16 => read_u64(a, 0) == read_u64(b, 0) && read_u64(a, n - 8) == read_u64(b, n - 8),
        _ => a == b,
    }
}

impl Table {
    fn new(pairs: &[(&'static str, Bits)]) -> Table {
        let slots = (pairs.len() * 2).next_power_of_two().max(16);
        let index_bits = u32::BITS - (pairs.len() as u32 + 1).leading_zeros();
        let index_mask = if index_bits >= 32 { u32::MAX } else { (1 << index_bits) - 1 };
        let shift = 64 - slots.trailing_zeros();
        let mut t = Table { slots: vec![0; slots], index_bits, index_mask, shift, words: Vec::new(), classes: Vec::new() };
        for &(word, bits) in pairs {
            debug_assert_eq!(unpack(pack(bits)), bits, "a class bit the table cannot hold");
            match t.find(word) {
                Ok(e) => t.classes[e] |= pack(bits),
                Err(slot) => {
                    t.words.push(word);
                    t.classes.push(pack(bits));
                    t.slots[slot] = t.words.len() as u32 | t.tag(hash(word));
                }
            }
        }
        t
    }

    /// The tag of a hash: its top bits, above the index bits (0 when no bit is left for it).
    fn tag(&self, h: u64) -> u32 {
        if self.index_bits >= 32 { 0 } else { ((h >> 32) as u32) << self.index_bits }
    }

    /// The entry of `word`, or the empty slot where it would go.
    fn find(&self, word: &str) -> Result<usize, usize> {
        self.find_hashed(word, hash(word))
    }

    /// `find` with the word's `hash` already worked out.
    fn find_hashed(&self, word: &str, h: u64) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let tag = self.tag(h);
        let index_mask = self.index_mask;
        let mut slot = (h >> self.shift) as usize & mask;
        loop {
            let s = self.slots[slot];
            if s == 0 {
                return Err(slot);
            }
            if s & !index_mask == tag {
                let e = (s & index_mask) as usize - 1;
                if same(self.words[e].as_bytes(), word.as_bytes()) {
                    return Ok(e);
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    fn get(&self, word: &str) -> Bits {
        self.find(word).map_or(0, |e| unpack(self.classes[e]))
    }

    /// Asks the memory for the slot of a word of hash `h` (a hint: nothing is read).
    #[cfg(target_arch = "x86_64")]
    fn prefetch_slot(&self, h: u64) {
        prefetch(&self.slots[(h >> self.shift) as usize & (self.slots.len() - 1)]);
    }

    /// Asks the memory for what `find` reads after the slot of a word of hash `h` when its tag
    /// matches: the entry's word and classes (the slot itself is read, so it should be in cache).
    #[cfg(target_arch = "x86_64")]
    fn prefetch_entry(&self, h: u64) {
        let s = self.slots[(h >> self.shift) as usize & (self.slots.len() - 1)];
        if s != 0 && s & !self.index_mask == self.tag(h) {
            let e = (s & self.index_mask) as usize - 1;
            prefetch(self.words[e].as_ptr());
            prefetch(&self.classes[e]);
        }
    }
}

/// A hint to the processor to load the cache line at `p`: it never faults and changes no result.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn prefetch<T>(p: *const T) {
    // SAFETY: a prefetch only hints at an address; it reads nothing and cannot fault.
    unsafe {
        core::arch::x86_64::_mm_prefetch(p.cast::<i8>(), core::arch::x86_64::_MM_HINT_T0);
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut pairs: Vec<(&'static str, Bits)> = Vec::with_capacity(64 * 1024);
        let mut add = |word: &'static str, bit: Bits| pairs.push((word, bit));
        let small: [(&[&'static str], Bits); 24] = [
            (words::MONTH_LIST, MONTH),
            (words::WEEKDAY_LIST, WEEKDAY),
            (words::TIME_UNIT_LIST, TIME_UNIT),
            (words::BARE_DURATION_LIST, BARE_DURATION),
            (words::DATE_WORD_LIST, DATE_WORD),
            (words::DATE_MODIFIER_LIST, DATE_MODIFIER),
            (words::DATE_SUFFIX_LIST, DATE_SUFFIX),
            (words::SPELLED_NUMBERS_LIST, SPELLED_NUMBERS),
            (words::NUMBER_UNIT_LIST, NUMBER_UNIT),
            (words::CURRENCY_SIGN_LIST, CURRENCY_SIGN),
            (words::LOCATIVE_PREPOSITION_LIST, LOCATIVE_PREPOSITION),
            (words::PLACE_DESIGNATOR_LIST, PLACE_DESIGNATOR),
            (words::SETTLEMENT_NOUN_LIST, SETTLEMENT_NOUN),
            (words::SPEECH_VERB_LIST, SPEECH_VERB),
            (words::FUNCTION_WORD_LIST, FUNCTION_WORD),
            (words::NAME_CONNECTOR_LIST, NAME_CONNECTOR),
            (words::PLAIN_ABBREVIATION_LIST, PLAIN_ABBREVIATION),
            (words::US_STATE_CODE_LIST, US_STATE_CODE),
            (heads::ORG_HEAD_LIST, ORG_HEAD),
            (heads::LOC_HEAD_LIST, LOC_HEAD),
            (heads::MISC_HEAD_LIST, MISC_HEAD),
            (designations::PORTFOLIO_LIST, PORTFOLIO),
            (designations::BODY_MODIFIER_LIST, BODY_MODIFIER),
            (APPROXIMATOR_START_LIST, APPROXIMATOR_START),
        ];
        for (list, bit) in small {
            for &w in list {
                add(w, bit);
            }
        }
        lexicon::each_entry(&mut add);
        Table::new(&pairs)
    })
}

/// The classes of `word` (0 for a word on no list, and for "").
#[inline]
pub(crate) fn of(word: &str) -> Bits {
    table().get(word)
}

/// `of_form` of each form, in order. A document's distinct words meet the table once each,
/// at cold places of a table larger than the caches near the CPU: asked one by one, each word
/// waited for up to three loads from memory in turn (slot, entry, word). Here the slots of the
/// words some way ahead are fetched early, and their entries once the slot is there, so the
/// loads overlap (native x86-64 builds: elsewhere, as in WebAssembly, one by one).
#[cfg(target_arch = "x86_64")]
pub(crate) fn of_forms(forms: &[&str]) -> Vec<Bits> {
    /// How many words ahead a slot is fetched; its entry is fetched half as many ahead.
    const AHEAD: usize = 16;
    let t = table();
    let hashes: Vec<u64> = forms.iter().map(|f| hash(f)).collect();
    let mut out = Vec::with_capacity(forms.len());
    for (i, (&form, &h)) in forms.iter().zip(&hashes).enumerate() {
        if let Some(&ahead) = hashes.get(i + AHEAD) {
            t.prefetch_slot(ahead);
        }
        if let Some(&ahead) = hashes.get(i + AHEAD / 2) {
            t.prefetch_entry(ahead);
        }
        let bits = t.find_hashed(form, h).map_or(0, |e| unpack(t.classes[e]));
        out.push(with_title_word(form, bits));
    }
    out
}

/// The classes of a token's lowercase form, with the derived ones (`TITLE_WORD`).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
pub(crate) fn of_form(form: &str) -> Bits {
    with_title_word(form, of(form))
}

/// `bits`, the classes of `form`, with `TITLE_WORD` when the form is a title.
fn with_title_word(form: &str, bits: Bits) -> Bits {
    let title = if form.ends_with('.') { has(form.trim_end_matches('.'), TITLE) } else { bits & TITLE != 0 };
    if title { bits | TITLE_WORD } else { bits }
}

/// Is `word` in any of the classes `mask`?
#[inline]
pub(crate) fn has(word: &str, mask: Bits) -> bool {
    of(word) & mask != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_word_has_its_bit() {
        assert!(has("january", MONTH) && has("may", MONTH) && has("may", FUNCTION_WORD));
        assert!(!has("january", WEEKDAY) && !has("", MONTH) && of("zzzz-not-a-word") == 0);
        assert!(has("moscow", PLACE) && has("new", PLACE_START) && !has("new", PLACE));
        // `designations::starts_designation` compares the form with "ministry" only for head words.
        assert!(has("ministry", ORG_HEAD));
        for w in APPROXIMATOR_START_LIST {
            // Each listed first word opens some approximator, with some second and third word.
            let seconds = ["than", "to", "of", "least", "many", "over", "estimated", "x"];
            assert!(seconds.iter().any(|s| words::approximator_len(&[w, s, "as"]) > 0), "{w}");
        }
    }

    #[test]
    fn the_table_holds_every_word_with_all_its_classes() {
        let small = [(words::MONTH_LIST, MONTH), (heads::ORG_HEAD_LIST, ORG_HEAD), (APPROXIMATOR_START_LIST, APPROXIMATOR_START)];
        let mut expected: std::collections::HashMap<&str, Bits> = std::collections::HashMap::new();
        for (list, bit) in small {
            for &w in list {
                *expected.entry(w).or_default() |= bit;
            }
        }
        lexicon::each_entry(&mut |w, bit| *expected.entry(w).or_default() |= bit);
        for (w, bits) in &expected {
            // Every class found for the word, plus at most those of the small lists not rebuilt here.
            assert_eq!(of(w) & bits, *bits, "{w}");
            assert_eq!(of(w) >> 32, bits >> 32, "{w}");
        }
        for w in ["", "zzzz", "moscow ", " moscow", "qmoscow", "moscowqq", "new yorkk"] {
            assert_eq!(of(w) >> 32, 0, "{w:?}");
        }
        // Packing keeps every bit the lists use.
        for bit in (0..24).chain(32..40) {
            assert_eq!(unpack(pack(1 << bit)), 1 << bit);
        }
    }

    #[test]
    #[cfg(target_arch = "x86_64")]
    fn batched_lookups_agree_with_single_ones() {
        // More words than the prefetch distance, listed and not, titles with and without dots.
        let words = ["january", "moscow", "zzzz", "", "gen.", "gen", "sen.", "new", "the", "kyiv", "dr.", "x.", "said", "about", "ministry", "monday"];
        let forms: Vec<&str> = words.iter().cycle().take(words.len() * 3 + 1).copied().collect();
        let single: Vec<Bits> = forms.iter().map(|f| of_form(f)).collect();
        assert_eq!(of_forms(&forms), single);
        assert!(single.iter().any(|b| b & TITLE_WORD != 0) && single.contains(&0));
        assert!(of_forms(&[]).is_empty());
    }

    #[test]
    fn same_agrees_with_equality_at_every_length() {
        let long = "abcdefghijklmnopqrstuvwxyz";
        for n in 0..=long.len() {
            let a = &long[..n];
            assert!(same(a.as_bytes(), a.to_string().as_bytes()), "{a}");
            for i in 0..n {
                // One byte changed anywhere, and one byte more or less.
                let mut b = a.as_bytes().to_vec();
                b[i] = b'_';
                assert!(!same(a.as_bytes(), &b), "{a} {i}");
            }
            assert!(!same(a.as_bytes(), long[..n + 1.min(long.len() - n)].as_bytes()) || n == long.len());
        }
    }

    #[test]
    fn approximators_start_only_with_listed_words() {
        // Every approximator pattern's first word carries the bit (the filter must not drop one).
        for first in ["more", "less", "fewer", "greater", "higher", "lower", "up", "close", "upwards", "at", "as", "just", "only", "well", "an", "around", "about", "nearly", "almost", "approximately", "roughly", "some", "over", "under", "approx", "circa", "exactly", "precisely", "barely", "fully", "estimated", "above", "below"] {
            assert!(has(first, APPROXIMATOR_START), "{first}");
        }
    }
}
