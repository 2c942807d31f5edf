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
/// `unverified_marker`). Asked once per spelling (`Words::marker_lead`), of its bytes (the
/// spelling is not made a string for it; E2 80 99 is the curly apostrophe ’).
pub fn lead(lower: &[u8]) -> Option<Lead> {
    match lower {
        // "alleged" and "allegedly" mark only the phrase they modify: see `marks_itself`.
        b"unverified" | b"unconfirmed" | b"unsubstantiated" | b"uncorroborated" | b"baseless" | b"unfounded" | b"disputed" | b"falsely" | b"unproven" => Some(Lead::Itself),
        b"without" | b"no" | b"any" => Some(Lead::Evidence),
        b"unable" | b"cannot" | b"couldn't" | b"can't" | b"couldn\xE2\x80\x99t" | b"can\xE2\x80\x99t" => Some(Lead::Verify),
        _ => None,
    }
}

/// The first token range in sentence tokens `[f, e)` that marks something as unverified,
/// unevidenced or disputed.
pub fn unverified_marker(w: &Words, f: usize, e: usize) -> Option<(usize, usize)> {
    let is = |k: usize, words: &[&str]| w.kind(k) == TokenKind::Word && words.iter().any(|x| w.is(k, x));
    let within = |i: usize, reach: usize, words: &[&str]| (i + 1..(i + 1 + reach).min(e)).find(|&k| is(k, words));
    // How each spelling opens a marker is worked out once (`Words::marker_lead`): comparing
    // each word with each list (ignoring case) cost a tenth of all the claim finder's time.
    // (The lead and the class are asked first, in one scan: most tokens open nothing.)
    let opens = |i: &usize| w.marker_lead(*i).is_some() || w.class[*i] == super::lexicon::Class::Negation;
    for i in (f..e).filter(opens) {
        let lead = w.marker_lead(i);
        if w.kind(i) != TokenKind::Word {
            continue;
        }
        let hit = match lead {
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

/// `count_alnum(&doc.text[s..e])` for a range inside tokens `lo..hi`, told from per-token counts:
/// a claim's content and its quotations are counted without reading their bytes again (reading
/// them was 6% of the claim finder's instructions). Only whitespace lies between tokens, and
/// whitespace is neither letter nor digit, so each whole token inside the range counts its
/// spelling's letters and digits (`Words::alnum`), and only a token cut by an edge of the range
/// is read. (Summed over the range: a per-token array of running sums was 4 bytes a token at
/// the top of the peak memory, issue #7, for sums over the claims' contents only.)
pub fn count_alnum_within(doc: &Doc, w: &Words, (lo, hi): (usize, usize), s: usize, e: usize) -> usize {
    let toks = &doc.tokens;
    // Tokens `i..j` end after `s` and start before `e`.
    let mut i = lo + toks[lo..hi].partition_point(|t| (t.end() as usize) <= s);
    let mut j = lo + toks[lo..hi].partition_point(|t| (t.start as usize) < e);
    let mut count = 0;
    if i < j && (toks[i].start as usize) < s {
        count += count_alnum(&doc.text[s..e.min(toks[i].end() as usize)]);
        i += 1;
    }
    if i < j && (toks[j - 1].end() as usize) > e {
        count += count_alnum(&doc.text[s.max(toks[j - 1].start as usize)..e]);
        j -= 1;
    }
    count + (i..j).map(|k| w.alnum(k) as usize).sum::<usize>()
}

/// `kind` from the quotation marks (byte ranges) that open inside the content spans (token
/// ranges): direct when every letter and digit is quoted, indirect when none is, mixed
/// otherwise. A leading complementizer "that" is not counted.
/// `content`: the non-empty pieces, each as its token range and byte range.
pub fn kind(doc: &Doc, w: &Words, marks: &[(usize, usize)], content: impl Iterator<Item = ((usize, usize), (usize, usize))>) -> Kind {
    let text = doc.text;
    let (mut total, mut quoted) = (0usize, 0usize);
    for (n, (tokens, (mut s, e))) in content.enumerate() {
        // The piece's letters and digits: its whole tokens' (`s` and `e` are their bounds), so
        // summed without the binary searches of `count_alnum_within`, which read tokens that a
        // long text's last passes find far out of the caches (issue #7).
        let mut letters: usize = (tokens.0..tokens.1).map(|k| w.alnum(k) as usize).sum();
        if n == 0 {
            let head = &text[s..e];
            let starts_that = head.get(..4).is_some_and(|h| h.eq_ignore_ascii_case("that"));
            if starts_that && head[4..].starts_with(char::is_whitespace) {
                // The four letters of "that" (the first token's other characters, if any,
                // are counted from its own count as before).
                s += 4;
                letters -= 4;
            }
        }
        total += letters;
        // Quotations opening inside this span; nested ones are not counted twice.
        let from = marks.partition_point(|m| m.0 < s);
        let mut covered = s;
        for &(ms, me) in marks[from..].iter().take_while(|m| m.0 < e) {
            let (a, b) = (ms.max(covered), me.min(e));
            if b > a {
                quoted += count_alnum_within(doc, w, tokens, a, b);
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

pub fn count_alnum(s: &str) -> usize {
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
        unverified_marker(&w, 0, doc.tokens.len()).map(|(a, b)| text[doc.tokens[a].start as usize..doc.tokens[b - 1].end() as usize].to_string())
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

    /// Counting from the per-token sums agrees with reading the bytes, for every range between
    /// character boundaries (cut tokens, whitespace and non-ASCII letters at the edges).
    #[test]
    fn alnum_from_tokens_matches_counting_bytes() {
        let text = "“Yes,” she said – 2 ‘cafés’ …  in KYIV\nthat’s 10km.";
        let doc = Doc::new(text);
        let w = Words::new(&doc);
        let cuts: Vec<usize> = (0..=text.len()).filter(|&k| text.is_char_boundary(k)).collect();
        for &s in &cuts {
            for &e in cuts.iter().filter(|&&e| e >= s) {
                assert_eq!(count_alnum_within(&doc, &w, (0, doc.tokens.len()), s, e), count_alnum(&text[s..e]), "{:?}", &text[s..e]);
            }
        }
    }

    #[test]
    fn kind_follows_quotation_marks() {
        let text = "that “We must prepare,” and Russia has sent “a big number” of units";
        let doc = Doc::new(text);
        let w = Words::new(&doc);
        let marks = vec![(5, 24), (44, 58)];
        // Tokens: 0 "that", 1-6 "“We must prepare,”", 8 "Russia" … 17 "units".
        // (Each piece with its byte range, as `SpanBytes` gives them; empty pieces left out.)
        let kind_of = |pieces: &[(usize, usize)]| {
            let with_bytes = pieces.iter().filter(|(a, b)| a < b).map(|&(a, b)| ((a, b), (doc.tokens[a].start as usize, doc.tokens[b - 1].end() as usize)));
            kind(&doc, &w, &marks, with_bytes)
        };
        assert_eq!(kind_of(&[(0, 7)]), Kind::Direct);
        assert_eq!(kind_of(&[(8, 18)]), Kind::Mixed);
        assert_eq!(kind_of(&[(8, 10)]), Kind::Indirect);
        assert_eq!(kind_of(&[(7, 7), (1, 4)]), Kind::Direct);
    }
}
