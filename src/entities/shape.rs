//! What capitalisation tells about each token.
//!
//! In running text a capital letter marks a name, except where the writing rules capitalise
//! anyway: the first word of a sentence (or of a quote or a line) and every word of a
//! title-case headline. Those tokens are "uncertain": a name there has to be known from a list
//! or from elsewhere in the document. A text with no lower case at all (or no upper case) is
//! "caseless": capitals say nothing anywhere and only the lists decide.

use super::classes::{CAPITALISED_WORD, LONG_WORD, SHOUTED_WORD, WORD_TOKEN};
use crate::segment::{Doc, TokenKind};

pub fn first_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Two or more letters, all of them capitals ("BBC", "OVD", "U.S.").
pub fn all_caps(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// A capital after the first letter ("MoD", "HuffPost", "NiMo"): a coined name, not a word.
pub fn inner_capital(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.clone().any(char::is_uppercase) && cs.any(char::is_lowercase)
}

/// Per-document casing facts.
pub struct Casing {
    /// Capitals carry no information anywhere in this text.
    pub caseless: bool,
    /// Per token: capitalised by writing convention here, so the capital proves nothing.
    pub uncertain: Vec<bool>,
    /// Per token: the token's line is a title-case headline.
    pub headline: Vec<bool>,
}

#[cfg(test)]
pub fn casing(doc: &Doc) -> Casing {
    casing_with(doc, &super::forms::Forms::new(doc))
}

/// The casing facts of `doc`, whose token shapes `forms` holds.
pub(crate) fn casing_with(doc: &Doc, forms: &super::forms::Forms) -> Casing {
    let n = doc.tokens.len();
    // Letters of the text: those of its tokens (counted once per spelling), and of the text past
    // the last token (whitespace has no case; a text past 4 GiB has an untokenised rest).
    // (Summed by `Forms::new` in its walk over the tokens.)
    let (mut upper, mut lower) = forms.letters();
    let rest = doc.tokens.last().map_or(0, |t| t.end() as usize);
    let (_, (u, l)) = super::forms::Shape::of(&doc.text[rest..]);
    upper += u as usize;
    lower += l as usize;
    // Nearly all capitals (a shouted text with a stray "x") is caseless too.
    let caseless = upper == 0 || lower == 0 || (upper > 20 && lower * 20 < upper);
    let mut uncertain = vec![false; n];
    let mut headline = vec![false; n];
    // Sentence starts, and the first word after an opening quote, colon or dash at a start.
    for s in &doc.sentences {
        let mut i = s.first;
        while i < s.end && doc.tokens[i].kind() != TokenKind::Word && doc.tokens[i].kind() != TokenKind::Number {
            i += 1;
        }
        if i < s.end {
            uncertain[i] = true;
        }
        for (pair, k) in doc.tokens[s.first..s.end].windows(2).zip(s.first + 1..) {
            let (prev, tok) = (&pair[0], &pair[1]);
            // (The mark before first: few tokens follow one, so most pairs stop at this test.)
            if matches!(prev.kind(), TokenKind::Quote | TokenKind::Punct)
                && tok.kind() == TokenKind::Word
                // After an opening quote: a quote mark with space before it and none after.
                && (prev.kind() == TokenKind::Quote && (prev.space_before() || prev.newline_before() || k == 1) && !tok.space_before()
                    // (these marks are one-symbol tokens)
                    || prev.kind() == TokenKind::Punct && matches!(doc.tok(k - 1), ":" | "—" | "–" | "•" | "|" | "(" ) && forms.bits(k) & CAPITALISED_WORD != 0)
            {
                uncertain[k] = true;
            }
        }
    }
    // Title-case lines: most words of four or more start with a capital. A line runs to the next
    // token with a line break before it; its words are counted in a walk of their own (testing
    // for a line's end at every token kept the counts and the test in one loop that did both).
    let mut line_start = 0;
    while line_start < n {
        let end = doc.tokens[line_start + 1..].iter().position(|t| t.newline_before()).map_or(n, |p| line_start + 1 + p);
        let (mut words, mut caps, mut shouted, mut all_words) = (0, 0, 0, 0);
        for k in line_start..end {
            // (A word token's shape, from its class bits: `classes::WORD_TOKEN`…. Only word tokens
            // have the shape bits, so each count adds its bit without a branch: the branches on
            // the bits were missed often.)
            let bits = forms.bits(k);
            let has = |bit| usize::from(bits & bit != 0);
            all_words += has(WORD_TOKEN);
            shouted += has(SHOUTED_WORD);
            words += has(LONG_WORD);
            caps += has(LONG_WORD) & has(CAPITALISED_WORD);
        }
        // A shouted line ("WHO WANTS TO HELP") says as little as a title-case one.
        let shouting = all_words >= 3 && shouted * 10 >= all_words * 8;
        // A sentence full of names ends with a full stop; a headline does not.
        let full_stop = matches!(doc.tok(end - 1), "." | "!" | "?" | ":" | ";");
        if words >= 3 && caps * 10 >= words * 8 && !full_stop || shouting {
            headline[line_start..end].fill(true);
            uncertain[line_start..end].fill(true);
        }
        line_start = end;
    }
    Casing { caseless, uncertain, headline }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(all_caps("BBC") && all_caps("U.S.") && !all_caps("A") && !all_caps("MoD"));
        assert!(inner_capital("MoD") && inner_capital("HuffPost") && !inner_capital("Moscow") && !inner_capital("NATO"));
    }

    #[test]
    fn sentence_starts_and_headlines_are_uncertain() {
        let doc = Doc::new("Putin Ally Says Russia Will Fight On\nThe war goes on. Moscow said “Yes” today.");
        let c = casing(&doc);
        let unc: Vec<&str> = (0..doc.tokens.len()).filter(|&i| c.uncertain[i]).map(|i| doc.tok(i)).collect();
        assert_eq!(unc, ["Putin", "Ally", "Says", "Russia", "Will", "Fight", "On", "The", "Moscow", "Yes"]);
        assert!(!c.caseless);
        assert!(casing(&Doc::new("PUTIN SAYS NO")).caseless);
        assert!(casing(&Doc::new("putin says no")).caseless);
    }

    #[test]
    fn headline_lines_end_at_line_breaks() {
        // A shouted line, a title-case line with a full stop (a sentence of names), a title-case
        // line without one, and a plain last line.
        let doc = Doc::new("WHO WANTS TO HELP\nMaria Lopez Visited Santa Clara County.\nGreat Floods Reach Old Harbour Town\nthe rain fell all day in the valley");
        let c = casing(&doc);
        let lines: Vec<Vec<bool>> = doc.text.lines().scan(0, |k, line| {
            let n = Doc::new(line).tokens.len();
            *k += n;
            Some(c.headline[*k - n..*k].to_vec())
        }).collect();
        assert_eq!(lines.iter().map(|l| l.iter().all(|&h| h)).collect::<Vec<_>>(), [true, false, true, false]);
        assert!(lines.iter().all(|l| l.iter().all(|&h| h == l[0])));
    }
}
