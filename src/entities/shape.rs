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
    let rest = doc.tokens.last().map_or(0, |t| t.end as usize);
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
        while i < s.end && doc.tokens[i].kind != TokenKind::Word && doc.tokens[i].kind != TokenKind::Number {
            i += 1;
        }
        if i < s.end {
            uncertain[i] = true;
        }
        for (pair, k) in doc.tokens[s.first..s.end].windows(2).zip(s.first + 1..) {
            let (prev, tok) = (&pair[0], &pair[1]);
            if tok.kind == TokenKind::Word
                // After an opening quote: a quote mark with space before it and none after.
                && (prev.kind == TokenKind::Quote && (prev.space_before || prev.newline_before || k == 1) && !tok.space_before
                    // (these marks are one-symbol tokens)
                    || prev.kind == TokenKind::Punct && matches!(doc.tok(k - 1), ":" | "—" | "–" | "•" | "|" | "(" ) && forms.bits(k) & CAPITALISED_WORD != 0)
            {
                uncertain[k] = true;
            }
        }
    }
    // Title-case lines: most words of four or more start with a capital. Each line's words are
    // counted as the walk passes them (one walk over the tokens, not one more per line).
    let mut line_start = 0;
    let (mut words, mut caps, mut shouted, mut all_words) = (0, 0, 0, 0);
    for i in 0..=n {
        if i == n || (i > line_start && doc.tokens[i].newline_before) {
            // A shouted line ("WHO WANTS TO HELP") says as little as a title-case one.
            let shouting = all_words >= 3 && shouted * 10 >= all_words * 8;
            // A sentence full of names ends with a full stop; a headline does not.
            let full_stop = i > line_start && matches!(doc.tok(i - 1), "." | "!" | "?" | ":" | ";");
            if words >= 3 && caps * 10 >= words * 8 && !full_stop || shouting {
                headline[line_start..i].fill(true);
                uncertain[line_start..i].fill(true);
            }
            line_start = i;
            (words, caps, shouted, all_words) = (0, 0, 0, 0);
        }
        // (A word token's shape, from its class bits: `classes::WORD_TOKEN`…; none past the end.)
        let bits = forms.bits(i);
        if bits & WORD_TOKEN != 0 {
            all_words += 1;
            shouted += usize::from(bits & SHOUTED_WORD != 0);
            if bits & LONG_WORD != 0 {
                words += 1;
                caps += usize::from(bits & CAPITALISED_WORD != 0);
            }
        }
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
}
