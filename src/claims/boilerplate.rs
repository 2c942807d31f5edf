//! Site furniture pasted along with an article: cookie and consent notices. Their
//! "you agree that we may process your data" is nobody's claim (GUIDELINES §0: consent text
//! has no attributions), so no attribution is taken from such a paragraph.

use std::sync::OnceLock;

use super::words::Words;
use crate::segment::Doc;

/// Phrases of consent notices; a paragraph with two or more different ones is a notice.
const NOTICE_TERMS: &[&str] = &[
    "cookie",
    "consent",
    "privacy policy",
    "privacy settings",
    "manage settings",
    "manage preferences",
    "accept all",
    "reject all",
    "your choices",
    "your data",
    "our partners",
    "personalised ads",
    "personalized ads",
    "opt out",
    "terms of service",
    "terms of use",
];

/// Per term of `NOTICE_TERMS`, one of its words: a paragraph holds the term only if one of its
/// tokens holds that word (a word of letters lies inside one token), so a paragraph whose tokens
/// hold fewer than two terms' words needs no search (`term_words`). The least common word of
/// each term, so that news paragraphs rarely pass.
const TERM_WORDS: [&str; 16] = [
    "cookie",
    "consent",
    "privacy",
    "privacy",
    "settings",
    "preferences",
    "accept",
    "reject",
    "choices",
    "data",
    "partners",
    "personalised",
    "personalized",
    "opt",
    "service",
    "terms",
];

/// The terms (bits by their place in `NOTICE_TERMS`) whose word of `TERM_WORDS` the token text
/// `token` holds, ASCII case ignored. A text with one of the two letters whose lowercase is
/// ASCII (see `is_notice`) may hold any.
pub(crate) fn term_words(token: &[u8]) -> u16 {
    if !token.is_ascii() && std::str::from_utf8(token).is_ok_and(|t| t.contains(['\u{130}', '\u{212A}'])) {
        return u16::MAX;
    }
    let mut terms = 0;
    for (i, word) in TERM_WORDS.iter().enumerate() {
        if token.windows(word.len()).any(|w| w.eq_ignore_ascii_case(word.as_bytes())) {
            terms |= 1 << i;
        }
    }
    terms
}

/// Which paragraphs are consent notices, worked out only for the paragraphs asked about (most
/// paragraphs hold no claim, so most are never scanned) and remembered.
pub struct Notices<'d> {
    doc: &'d Doc<'d>,
    words: &'d Words<'d>,
    /// Per paragraph: 0 not yet known, 1 a notice, 2 not a notice.
    known: Vec<u8>,
}

impl<'d> Notices<'d> {
    pub fn new(doc: &'d Doc<'d>, words: &'d Words<'d>) -> Self {
        // The search tables (64 KB) are built on the first document, as the word lists are, not
        // by whichever later one first holds a paragraph to search: a one-off build inside a
        // call counted in that call's peak memory (issue #7).
        tables();
        let paragraphs = doc.sentences.last().map_or(0, |s| s.paragraph + 1);
        Notices { doc, words, known: vec![0; paragraphs] }
    }

    /// Is paragraph `p` a consent notice?
    pub fn is_notice(&mut self, p: usize) -> bool {
        let Some(&state) = self.known.get(p) else { return false };
        if state == 0 {
            self.known[p] = if paragraph_is_notice(self.doc, self.words, p) { 1 } else { 2 };
        }
        self.known[p] == 1
    }
}

/// Paragraph `p` (its sentences are consecutive: the paragraph numbers of `doc.sentences` never
/// go down) is a consent notice.
fn paragraph_is_notice(doc: &Doc, words: &Words, p: usize) -> bool {
    let i = doc.sentences.partition_point(|s| s.paragraph < p);
    let j = doc.sentences.partition_point(|s| s.paragraph <= p);
    if i >= j {
        return false;
    }
    let tokens = doc.sentences[i].first..doc.sentences[j - 1].end;
    if tokens.fold(0u16, |terms, k| terms | words.notice_terms(k)).count_ones() < 2 {
        return false;
    }
    let start = doc.tokens[doc.sentences[i].first].start as usize;
    let end = doc.tokens[doc.sentences[j - 1].end - 1].end() as usize;
    is_notice(&doc.text[start..end])
}

/// For each paragraph index, whether it is a consent notice.
#[cfg(test)]
fn notice_paragraphs(doc: &Doc) -> Vec<bool> {
    let words = Words::new(doc);
    let mut notices = Notices::new(doc, &words);
    (0..notices.known.len()).map(|p| notices.is_notice(p)).collect()
}

fn is_notice(paragraph: &str) -> bool {
    // Notices are short; a long paragraph that mentions cookies is an article about them.
    if paragraph.len() > 2_000 {
        return false;
    }
    // The search below ignores ASCII case, so text needs no lowercase copy unless lower-casing
    // makes ASCII letters of non-ASCII ones: only 'İ' (to "i̇") and the Kelvin sign (to "k") do
    // (`only_two_letters_lower_to_ascii`); every other non-ASCII letter stays non-ASCII.
    // (Searched for as strings, not as a set of characters: a set decodes every character of
    // the paragraph, a string is found by a fast byte search.)
    if paragraph.is_ascii() || !(paragraph.contains("\u{130}") || paragraph.contains("\u{212A}")) {
        terms_found(paragraph.as_bytes()) >= 2
    } else {
        terms_found(paragraph.to_lowercase().as_bytes()) >= 2
    }
}

/// The search tables of `NOTICE_TERMS`, built once.
struct Terms {
    /// The terms that can occur in a lowercase text (no capitals), at most 64.
    terms: Vec<&'static [u8]>,
    /// Per first byte, the terms that start with it (one bit each): most bytes start none.
    starting: [u64; 256],
    /// Per byte, the terms whose second byte it is (every term one byte long too): with
    /// `starting`, only the terms whose first two bytes are there are compared (in news text
    /// the first byte alone, a common letter, left several terms to compare at most windows).
    second: [u64; 256],
    /// Each term's first four bytes (spaces in the padding of a shorter one), as a
    /// little-endian number: a quick test before the full comparison.
    heads: Vec<u32>,
    /// How many terms are empty (an empty term is in every text).
    empty: usize,
    /// The shortest term's length: no term starts in the last `shortest - 1` bytes.
    shortest: usize,
    /// Per lowercase byte at the end of a window of `shortest` bytes: how far the window can
    /// move on without passing the start of any term (Horspool's shift, for a set of words).
    shift: [u8; 256],
    /// The same per pair of lowercase bytes ending the window (Wu and Manber's blocks): a pair
    /// tells more than a byte, so windows move on about twice as far in news text. Empty when
    /// the shortest term has fewer than two bytes.
    pair_shift: Vec<u8>,
}

fn tables() -> &'static Terms {
    static TERMS: OnceLock<Terms> = OnceLock::new();
    TERMS.get_or_init(|| {
        // A term with a capital never occurs in a lowercase copy: it is left out here too.
        let searchable = |t: &str| !t.is_empty() && !t.bytes().any(|b| b.is_ascii_uppercase());
        let terms: Vec<&'static [u8]> = NOTICE_TERMS.iter().filter(|t| searchable(t)).map(|t| t.as_bytes()).collect();
        let mut starting = [0u64; 256];
        for (k, t) in terms.iter().enumerate().take(64) {
            starting[usize::from(t[0])] |= 1 << k;
        }
        let mut second = [0u64; 256];
        for (k, t) in terms.iter().enumerate().take(64) {
            match t.get(1) {
                Some(&b) => second[usize::from(b)] |= 1 << k,
                None => second.iter_mut().for_each(|s| *s |= 1 << k),
            }
        }
        let heads = terms.iter().map(|t| if t.len() >= 4 { head(t) } else { 0 }).collect();
        let shortest = terms.iter().map(|t| t.len()).min().unwrap_or(1).clamp(1, 255);
        let mut shift = [shortest as u8; 256];
        for t in terms.iter().take(64) {
            for (j, &b) in t[..shortest - 1].iter().enumerate() {
                let s = &mut shift[usize::from(b)];
                *s = (*s).min((shortest - 1 - j) as u8);
            }
        }
        let pair_shift = if shortest >= 2 { pair_shifts(&terms, shortest) } else { Vec::new() };
        Terms { terms, starting, second, heads, empty: NOTICE_TERMS.iter().filter(|t| t.is_empty()).count(), shortest, shift, pair_shift }
    })
}

/// Per pair of bytes `(a, b)` (index `a * 256 + b`) ending a window of `shortest` bytes: how
/// far the window can move on without passing the start of a term (of the first 64 terms,
/// which are the ones searched). A term starting `d` bytes after the window (0 < d < shortest)
/// would hold the pair at its bytes `shortest - 2 - d` and `shortest - 1 - d`, or (for
/// `d = shortest - 1`) begin with `b`.
fn pair_shifts(terms: &[&[u8]], shortest: usize) -> Vec<u8> {
    let mut shift = vec![shortest as u8; 256 * 256];
    for t in terms.iter().take(64) {
        for a in 0..256 {
            let s = &mut shift[a * 256 + usize::from(t[0])];
            *s = (*s).min((shortest - 1) as u8);
        }
        // The pair at bytes q - 1 and q of the term, for q below the window's last byte.
        for q in 1..shortest - 1 {
            let s = &mut shift[usize::from(t[q - 1]) * 256 + usize::from(t[q])];
            *s = (*s).min((shortest - 1 - q) as u8);
        }
    }
    shift
}

/// Four bytes from `b` with ASCII capitals (and some other bytes) folded by setting bit 5:
/// equal heads are necessary, not sufficient, for a case-insensitive match.
fn head(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]]) | 0x2020_2020
}

/// How many `NOTICE_TERMS` occur in `text` (UTF-8) ignoring ASCII case: the same count as a
/// substring search for each term in the text's lowercase copy (the terms are lowercase), in
/// one pass over the bytes that compares terms only where one can start (a substring search
/// per term cost 5% of all the time in wasm).
fn terms_found(text: &[u8]) -> usize {
    let Terms { terms, starting, second, heads, empty, shortest, shift, pair_shift } = tables();
    if terms.len() > 64 {
        let lower = String::from_utf8_lossy(text).to_ascii_lowercase();
        return terms.iter().filter(|t| lower.as_bytes().windows(t.len()).any(|w| w == **t)).count() + empty;
    }
    let mut found = 0u64;
    // Windows of `shortest` bytes, each moved on by the shift of its last byte: a term starting
    // inside the window would put that byte at an offset the shift allows for, so no start is
    // passed over; only where a window starts are terms compared.
    let mut i = 0;
    while i + shortest <= text.len() {
        let start = i;
        let last = usize::from(text[i + shortest - 1].to_ascii_lowercase());
        i += usize::from(if pair_shift.is_empty() {
            shift[last]
        } else {
            pair_shift[usize::from(text[i + shortest - 2].to_ascii_lowercase()) * 256 + last]
        });
        let mut candidates = starting[usize::from(text[start].to_ascii_lowercase())] & !found;
        if candidates == 0 {
            continue;
        }
        // (With no second byte, a one-byte term may still be there.)
        candidates &= text.get(start + 1).map_or(u64::MAX, |b| second[usize::from(b.to_ascii_lowercase())]);
        if candidates == 0 {
            continue;
        }
        let i = start;
        let rest = &text[i..];
        let here = if rest.len() >= 4 { head(rest) } else { 0 };
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            let t = terms[k];
            let maybe = t.len() < 4 || heads[k] == here;
            if maybe && rest.len() >= t.len() && rest[..t.len()].eq_ignore_ascii_case(t) {
                found |= 1 << k;
            }
        }
    }
    found.count_ones() as usize + empty
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_notice_is_found_and_news_is_not() {
        let text = "We use cookies to store information on your device. By clicking 'Accept all' you agree that we may process your data.\nThe minister said that cookie sales rose.";
        let doc = Doc::new(text);
        assert_eq!(notice_paragraphs(&doc), vec![true, false]);
    }

    #[test]
    fn only_two_letters_lower_to_ascii() {
        let to_ascii: Vec<char> =
            (0x80..=0x10_FFFF).filter_map(char::from_u32).filter(|c| c.to_lowercase().any(|l| l.is_ascii())).collect();
        assert_eq!(to_ascii, ['\u{130}', '\u{212A}']);
    }

    #[test]
    fn notices_with_letters_that_lower_to_ascii() {
        // "\u{212A}" lowers to "k": "coo\u{212A}ie" is "cookie" in the lowercase copy.
        assert!(is_notice("coo\u{212A}ie – “your data”"));
        assert!(!is_notice("coo\u{130}e – “your data”"));
        assert!(is_notice("“cookie” – your data"));
        assert!(!is_notice("“cookie” – yours"));
    }

    /// `count` texts, each of fewer than `most` of `pieces` drawn by a fixed pseudo-random
    /// sequence from `seed` (the same texts on every run).
    fn texts_of_pieces(pieces: &[&str], mut seed: u64, most: u64, count: usize) -> Vec<String> {
        (0..count)
            .map(|_| {
                let mut text = String::new();
                for _ in 0..(seed % most) {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                }
                seed = seed.wrapping_add(1);
                text
            })
            .collect()
    }

    #[test]
    fn skipping_windows_misses_no_term() {
        // Texts made of pieces of the terms, overlapping and cut, in every casing: the skipping
        // search must count what a plain substring search of the lowercase copy counts.
        let pieces = ["coo", "kie", "cookie", "con", "sent", "privacy ", "policy", "your ", "data", "opt out", "ou", "r partners", "accept all", "tt", " ", "x", "Co", "OKIE", "terms of use", "rms of service"];
        let mut with_terms = 0;
        for text in texts_of_pieces(&pieces, 7, 9, 3000) {
            let lower = text.to_lowercase();
            let searched = NOTICE_TERMS.iter().filter(|t| lower.contains(*t)).count();
            assert_eq!(terms_found(text.as_bytes()), searched, "{text}");
            with_terms += usize::from(searched >= 2);
        }
        assert!(with_terms > 100, "only {with_terms} texts hold two terms");
    }

    #[test]
    fn count_matches_a_search_of_the_lowercase_text() {
        for text in ["COOKIES and Your Data", "cookie cookie", "We value your privacy. Privacy Settings, Opt Out.", "", "c", "terms of us", "“Your data” – the COOKIE’s"] {
            let lower = text.to_lowercase();
            let searched = NOTICE_TERMS.iter().filter(|t| lower.contains(*t)).count();
            assert_eq!(terms_found(text.as_bytes()), searched, "{text}");
            assert_eq!(terms_found(lower.as_bytes()), searched, "{text}");
        }
    }

    #[test]
    fn each_term_word_is_a_word_of_its_term() {
        assert_eq!(TERM_WORDS.len(), NOTICE_TERMS.len());
        for (term, word) in NOTICE_TERMS.iter().zip(TERM_WORDS) {
            assert!(term.split(' ').any(|w| w == word), "{word} in {term}");
        }
    }

    #[test]
    fn paragraphs_are_searched_only_with_two_terms_words() {
        for (text, notice) in [
            ("Manage settings. Accept all cookies.", true),
            ("We and our PARTNERS process your data.", true),
            ("Cookies: Opt out.", true),
            ("Our partners said cookie prices rose.", true),
            ("The cookie jar was empty, he said.", false),
            ("Officials said the data was incomplete and asked for consent.", false),
            ("coo\u{212A}ie – “your data”", true),
        ] {
            let doc = Doc::new(text);
            assert_eq!(notice_paragraphs(&doc), vec![is_notice(text)], "{text}");
            assert_eq!(is_notice(text), notice, "{text}");
        }
        assert_eq!(term_words(b"COOKIES"), 1);
        assert_eq!(term_words(b"Zelenskyy"), 0);
        assert_eq!(term_words("Coo\u{212A}ie".as_bytes()), u16::MAX);
    }

    #[test]
    fn the_token_filter_turns_away_no_notice() {
        // One-paragraph texts of term pieces, words, marks and spaces in every casing: with the
        // filter by tokens, a paragraph is a notice exactly when the search alone says so.
        let pieces = ["cookie", "COOKIES", "con", "sent", "privacy", " policy", "your ", "data", "opt", " out", "our", " partners", "accept all", "-", "’s", "'", "“", "”", ",", " ", "x", "Co", "OKIE", "terms of use", "ser", "vice", "2", "coo\u{212A}ie", "İ", "é"];
        let mut notices = 0;
        for text in texts_of_pieces(&pieces, 11, 12, 4000) {
            let doc = Doc::new(&text);
            let expected = if doc.tokens.is_empty() { vec![] } else { vec![is_notice(text.trim())] };
            assert_eq!(notice_paragraphs(&doc), expected, "{text}");
            notices += usize::from(expected == [true]);
        }
        assert!(notices > 100, "only {notices} notices");
    }
}
