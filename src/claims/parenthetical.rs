//! A cue set off inside its own content: "The plan, the agency said in a June report, was
//! dead." The source and cue interrupt the sentence, and the content is the text on both sides.
//!
//! The plain case ("The plan, she said, is dead") is a comma right after the cue; these rules
//! cover what may stand between the cue and that comma, and what may open the sentence.

use super::lexicon::{one_of, Class};
use super::quotes::{Quotes, NONE};
use super::words::Words;

/// Words that open a circumstance of the speech act ("said in a June report", "explained
/// earlier in the hearing", "said on Tuesday").
const OPENERS: &[&str] = &["in", "on", "at", "during", "via", "through", "earlier", "later", "last", "this", "again", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Longest circumstance between the cue and the comma that resumes the content, in tokens.
const MAX_CIRCUMSTANCE: usize = 10;

/// After a cue at `after_cue` (the first token past the cue and its source), a short
/// circumstance that ends at a comma with the sentence going on: the first token after that
/// comma, where the rest of the content starts. `e` is the sentence end.
///
/// The circumstance holds plain words only (no verb cue, subject, clause word or quotation), so
/// "said in a statement that …" and "said on Tuesday he would …" are left to the usual rules.
pub fn resumes_after_circumstance(w: &Words, q: &Quotes, after_cue: usize, e: usize) -> Option<usize> {
    if after_cue >= e || !one_of(w, after_cue, OPENERS) || q.inside[after_cue] != NONE {
        return None;
    }
    let limit = e.min(after_cue + MAX_CIRCUMSTANCE + 1);
    let mut m = after_cue + 1;
    while m < limit {
        if w.punct(m, ",") {
            // At least two words must follow for a content to resume.
            return (m + 2 < e).then_some(m + 1);
        }
        // A cue word after a determiner or modifier is a noun ("in a June report", "in the hearing").
        let noun = w.verb[m].is_none() || matches!(w.class[m - 1], Class::Determiner | Class::Other);
        let plain = w.is_word(m) && noun && q.inside[m] == NONE && !matches!(w.class[m], Class::That | Class::Relative | Class::SubjectPronoun | Class::Aux | Class::Be | Class::Clause);
        if !plain {
            return None;
        }
        m += 1;
    }
    None
}

/// A fronted subordinate clause before a parenthetical cue ("When the deal fell through, Mr. Lee
/// said, the workers were floored") belongs to the content that resumes after the cue: it is
/// kept when it is more than a word or two (not the "As" of "As the minister said, …").
pub fn keeps_fronted_clause(pre: &[(usize, usize)], resumes: bool) -> bool {
    resumes && pre.first().is_some_and(|&(a, b)| b >= a + 4)
}
