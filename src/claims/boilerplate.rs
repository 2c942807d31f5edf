//! Site furniture pasted along with an article: cookie and consent notices. Their
//! "you agree that we may process your data" is nobody's claim (GUIDELINES §0: consent text
//! has no attributions), so no attribution is taken from such a paragraph.

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

/// For each paragraph index, whether it is a consent notice.
pub fn notice_paragraphs(doc: &Doc) -> Vec<bool> {
    let paragraphs = doc.sentences.last().map_or(0, |s| s.paragraph + 1);
    let mut flags = vec![false; paragraphs];
    let mut i = 0;
    while i < doc.sentences.len() {
        let p = doc.sentences[i].paragraph;
        let mut j = i;
        while j < doc.sentences.len() && doc.sentences[j].paragraph == p {
            j += 1;
        }
        let start = doc.tokens[doc.sentences[i].first].start as usize;
        let end = doc.tokens[doc.sentences[j - 1].end - 1].end as usize;
        flags[p] = is_notice(&doc.text[start..end]);
        i = j;
    }
    flags
}

fn is_notice(paragraph: &str) -> bool {
    // Notices are short; a long paragraph that mentions cookies is an article about them.
    if paragraph.len() > 2_000 {
        return false;
    }
    // ASCII text needs no lowercase copy: the search below ignores ASCII case.
    if paragraph.is_ascii() {
        terms_found(paragraph.as_bytes()) >= 2
    } else {
        terms_found(paragraph.to_lowercase().as_bytes()) >= 2
    }
}

/// How many `NOTICE_TERMS` occur in `text` (UTF-8) ignoring ASCII case: the same count as a
/// substring search for each term in the text's lowercase copy (the terms are lowercase), in
/// one pass over the bytes that compares terms only where one can start (a substring search
/// per term cost 5% of all the time in wasm).
fn terms_found(text: &[u8]) -> usize {
    // A term with a capital never occurs in a lowercase copy: it is left out here too.
    let searchable = |t: &str| !t.is_empty() && !t.bytes().any(|b| b.is_ascii_uppercase());
    let terms: Vec<&[u8]> = NOTICE_TERMS.iter().filter(|t| searchable(t)).map(|t| t.as_bytes()).collect();
    // An empty term is in every text.
    let empty = NOTICE_TERMS.iter().filter(|t| t.is_empty()).count();
    if terms.len() > 64 {
        let lower = String::from_utf8_lossy(text).to_ascii_lowercase();
        return terms.iter().filter(|t| lower.as_bytes().windows(t.len()).any(|w| w == **t)).count() + empty;
    }
    // Per first byte, the terms that start with it (one bit each): most bytes start none.
    let mut starting = [0u64; 256];
    for (k, t) in terms.iter().enumerate() {
        starting[usize::from(t[0])] |= 1 << k;
    }
    let mut found = 0u64;
    for i in 0..text.len() {
        let mut candidates = starting[usize::from(text[i].to_ascii_lowercase())] & !found;
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            let t = terms[k];
            if text.len() - i >= t.len() && text[i..i + t.len()].eq_ignore_ascii_case(t) {
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
    fn count_matches_a_search_of_the_lowercase_text() {
        for text in ["COOKIES and Your Data", "cookie cookie", "We value your privacy. Privacy Settings, Opt Out.", "", "c", "terms of us", "“Your data” – the COOKIE’s"] {
            let lower = text.to_lowercase();
            let searched = NOTICE_TERMS.iter().filter(|t| lower.contains(*t)).count();
            assert_eq!(terms_found(text.as_bytes()), searched, "{text}");
            assert_eq!(terms_found(lower.as_bytes()), searched, "{text}");
        }
    }
}
