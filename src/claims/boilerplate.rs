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
    // ASCII text (most of it) lowercases byte by byte, far faster than the Unicode way.
    let lower = if paragraph.is_ascii() { paragraph.to_ascii_lowercase() } else { paragraph.to_lowercase() };
    NOTICE_TERMS.iter().filter(|t| lower.contains(*t)).count() >= 2
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
}
