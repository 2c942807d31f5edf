//! Claim attributes read off the text around it: `unverified` markers ("without evidence",
//! "could not be independently verified", "allegedly"), `kind` from the quotation marks, and
//! the checkable figures inside the content.

use super::words::Words;
use crate::model::Kind;
use crate::segment::{Doc, TokenKind};

/// How a word opens an `unverified` marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    /// The word is the marker ("unverified", "baseless").
    Itself,
    /// "without", "no", "any": with "evidence" or "proof" a few words on.
    Evidence,
    /// "unable", "cannot": with "verify", "confirm" … a few words on.
    Verify,
}

/// How the lower-case word `lower` opens a marker, if it does (negations aside: see
/// `unverified_marker`). Asked once per spelling (`Words::marker_lead`).
pub fn lead(lower: &str) -> Option<Lead> {
    match lower {
        // "alleged" and "allegedly" mark only the phrase they modify: see `marks_itself`.
        "unverified" | "unconfirmed" | "unsubstantiated" | "uncorroborated" | "baseless" | "unfounded" | "disputed" | "falsely" | "unproven" => Some(Lead::Itself),
        "without" | "no" | "any" => Some(Lead::Evidence),
        "unable" | "cannot" | "couldn't" | "can't" | "couldn’t" | "can’t" => Some(Lead::Verify),
        _ => None,
    }
}

/// The first token range in sentence tokens `[f, e)` that marks something as unverified,
/// unevidenced or disputed.
pub fn unverified_marker(w: &Words, f: usize, e: usize) -> Option<(usize, usize)> {
    let is = |k: usize, words: &[&str]| w.kind(k) == TokenKind::Word && words.iter().any(|x| w.is(k, x));
    let within = |i: usize, reach: usize, words: &[&str]| (i + 1..(i + 1 + reach).min(e)).find(|&k| is(k, words));
    for i in f..e {
        if w.kind(i) != TokenKind::Word {
            continue;
        }
        // How each spelling opens a marker is worked out once (`Words::marker_lead`): comparing
        // each word with each list (ignoring case) cost a tenth of all the claim finder's time.
        let hit = match w.marker_lead(i) {
            Some(Lead::Itself) => Some(i + 1),
            Some(Lead::Evidence) => within(i, 3, &["evidence", "proof"]).map(|k| k + 1),
            Some(Lead::Verify) => within(i, 4, &["verify", "confirm", "corroborate", "substantiate"]).map(|k| k + 1),
            None if w.class[i] == super::lexicon::Class::Negation => {
                within(i, 3, &["verify", "verified", "confirm", "confirmed", "corroborated", "recognize", "recognise", "substantiated"])
                    .map(|k| k + 1)
            }
            None => None,
        };
        if let Some(end) = hit {
            return Some((i, end));
        }
    }
    None
}

/// A cue that itself says the content is unverified ("allegedly made in …").
pub fn marks_itself(cue: &str) -> bool {
    ["allegedly", "purportedly", "alleged"].iter().any(|w| cue.eq_ignore_ascii_case(w))
}

/// A sentence that points back at earlier claims ("was unable to verify these claims").
pub fn points_back(w: &Words, f: usize, e: usize) -> bool {
    const POINTERS: &[&str] = &["these", "this", "those", "it", "them", "claim", "claims", "report", "reports", "allegation", "allegations"];
    (f..e).any(|i| POINTERS.iter().any(|p| w.is(i, p)))
}

/// `kind` from the quotation marks that open inside the content spans (byte ranges): direct
/// when every letter and digit is quoted, indirect when none is, mixed otherwise. A leading
/// complementizer "that" is not counted.
pub fn kind(doc: &Doc, marks: &[(usize, usize)], spans: &[(usize, usize)]) -> Kind {
    let text = doc.text;
    let (mut total, mut quoted) = (0usize, 0usize);
    for (n, &(s, e)) in spans.iter().enumerate() {
        let mut s = s;
        if n == 0 {
            let head = &text[s..e];
            let starts_that = head.get(..4).is_some_and(|h| h.eq_ignore_ascii_case("that"));
            if starts_that && head[4..].starts_with(char::is_whitespace) {
                s += 4;
            }
        }
        total += count_alnum(&text[s..e]);
        // Quotations opening inside this span; nested ones are not counted twice.
        let from = marks.partition_point(|m| m.0 < s);
        let mut covered = s;
        for &(ms, me) in marks[from..].iter().take_while(|m| m.0 < e) {
            let (a, b) = (ms.max(covered), me.min(e));
            if b > a {
                quoted += count_alnum(&text[a..b]);
                covered = b;
            }
        }
    }
    if quoted == 0 {
        Kind::Indirect
    } else if quoted >= total {
        Kind::Direct
    } else {
        Kind::Mixed
    }
}

fn count_alnum(s: &str) -> usize {
    // Runs of ASCII are counted a byte at a time without decoding (a loop that natively
    // compiles to vector instructions); other characters are decoded, and the General Punctuation
    // block (curly quotes, dashes: none is a letter or digit,
    // `general_punctuation_is_not_alphanumeric`) is told without the Unicode tables.
    let mut count = 0;
    let mut rest = s;
    loop {
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        count += rest.as_bytes()[..ascii].iter().filter(|b| b.is_ascii_alphanumeric()).count();
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else { return count };
        count += usize::from(!('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric());
        rest = &rest[c.len_utf8()..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(text: &str) -> Option<String> {
        let doc = Doc::new(text);
        let w = Words::new(&doc);
        unverified_marker(&w, 0, doc.tokens.len()).map(|(a, b)| text[doc.tokens[a].start as usize..doc.tokens[b - 1].end as usize].to_string())
    }

    #[test]
    fn markers_of_unverified_claims() {
        assert_eq!(marker("He said – without evidence – that it was so.").as_deref(), Some("without evidence"));
        assert_eq!(marker("AFP was unable to verify these claims.").as_deref(), Some("unable to verify"));
        assert_eq!(marker("It could not be independently confirmed.").as_deref(), Some("not be independently confirmed"));
        assert_eq!(marker("There is no evidence for this yet.").as_deref(), Some("no evidence"));
        assert_eq!(marker("He claimed it, without offering further details."), None);
        assert_eq!(marker("Despite claims that it fell, it held."), None);
    }

    #[test]
    fn general_punctuation_is_not_alphanumeric() {
        assert!(('\u{2000}'..='\u{206f}').all(|c| !c.is_alphanumeric()));
        assert_eq!(count_alnum("“Yes” – 2 ‘cafés’ …"), 9);
    }

    #[test]
    fn kind_follows_quotation_marks() {
        let text = "that “We must prepare,” and Russia has sent “a big number” of units";
        let doc = Doc::new(text);
        let marks = vec![(5, 24), (44, 58)];
        assert_eq!(kind(&doc, &marks, &[(0, 24)]), Kind::Direct);
        assert_eq!(kind(&doc, &marks, &[(29, text.len())]), Kind::Mixed);
        assert_eq!(kind(&doc, &marks, &[(29, 43)]), Kind::Indirect);
    }
}
