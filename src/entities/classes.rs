//! Every word list of the tagger in one hash table: word → the bit of each list holding it.
//!
//! The rules ask many questions of one word ("a month? a weekday? a number word? a place?"),
//! and ask them again at every token they look at. One lookup answers them all: `of(word)`
//! hashes the word once and returns its bits; `Ctx` does that once per token of a document, so
//! the rules read bits instead of hashing, lowercasing or binary-searching strings.
//! The lists themselves stay beside the functions that name them (`words`, `heads`,
//! `designations`, `lexicon`); the table is built on first use from all of them.

use super::{designations, heads, lexicon, words, FastMap};
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

// Derived per token form by `of_form` (not table entries).
/// `lexicon::is_title` of the word: a title, with any dots at its end trimmed ("gen.").
pub(crate) const TITLE_WORD: Bits = 1 << 40;

/// First words of `words::approximator_len`'s patterns (kept beside it: a word added there
/// must be added here).
pub(crate) const APPROXIMATOR_START_LIST: &[&str] = &[
    "about", "above", "almost", "an", "approx", "approximately", "around", "as", "at", "barely", "below", "circa",
    "close", "estimated", "exactly", "fewer", "fully", "greater", "higher", "just", "less", "lower", "more",
    "nearly", "only", "over", "precisely", "roughly", "some", "under", "up", "upwards", "well",
];

fn table() -> &'static FastMap<&'static str, Bits> {
    static TABLE: OnceLock<FastMap<&'static str, Bits>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: FastMap<&'static str, Bits> = FastMap::default();
        let mut add = |word: &'static str, bit: Bits| *t.entry(word).or_insert(0) |= bit;
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
        t
    })
}

/// The classes of `word` (0 for a word on no list, and for "").
#[inline]
pub(crate) fn of(word: &str) -> Bits {
    table().get(word).copied().unwrap_or(0)
}

/// The classes of a token's lowercase form, with the derived ones (`TITLE_WORD`).
pub(crate) fn of_form(form: &str) -> Bits {
    let bits = of(form);
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
        for w in APPROXIMATOR_START_LIST {
            // Each listed first word opens some approximator, with some second and third word.
            let seconds = ["than", "to", "of", "least", "many", "over", "estimated", "x"];
            assert!(seconds.iter().any(|s| words::approximator_len(&[w, s, "as"]) > 0), "{w}");
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
