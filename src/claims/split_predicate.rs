//! Where the predicate of a split cue ends: "blasted the senator as a “disgrace” [on Wednesday
//! on a radio show]", "dismissed the plan as a stunt [during the debate]". The content is the
//! object and the predicate; what follows the predicate is a circumstance of the speech act or
//! the writer's own comment.

use super::quotes::{Quotes, NONE};
use super::words::Words;

/// Words that open a circumstance after the predicate.
const CIRCUMSTANCE: &[&str] = &["during", "while", "amid", "after", "before", "when", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"];

/// End (exclusive) of the predicate that starts at `start`, inside `[start, end)`.
///
/// A predicate that is a quotation ends with it ("as a “terrible situation,” but …"), unless
/// more quoted words are listed after it ("as “weak,” “tired” and “sad”"). A plain predicate
/// ends at a dash, a semicolon, a comma before a clause or participle, or a circumstance word.
pub fn predicate_end(w: &Words, q: &Quotes, start: usize, end: usize) -> usize {
    let opens_quote_soon = |k: usize| (k..end.min(k + 3)).any(|m| q.opens_at(m).is_some());
    let mut k = start;
    while k < end {
        let ci = q.inside[k];
        if ci != NONE {
            let c = &q.chains[ci as usize];
            // Only a quotation that opens inside the predicate; jump to its end.
            if c.first < start || !c.closed || c.last >= end {
                return end;
            }
            let after = c.last + 1;
            // "“weak,” “tired” and “sad”", "a “nasty guy,” an “anchor baby”": more quoted words.
            let listed = after < end && (q.opens_at(after).is_some() || ((w.punct(after, ",") || w.is(after, "and") || w.is(after, "or") || w.is(after, "a") || w.is(after, "an")) && opens_quote_soon(after + 1)));
            if !listed {
                return after;
            }
            k = after;
            continue;
        }
        if k > start {
            if matches!(w.text(k), "—" | "–" | "--" | ";") || CIRCUMSTANCE.iter().any(|x| w.is(k, x)) {
                return k;
            }
            let next_clause = k + 1 < end
                && (matches!(w.class[k + 1], super::lexicon::Class::Clause | super::lexicon::Class::Relative | super::lexicon::Class::SubjectPronoun)
                    || w.is(k + 1, "with")
                    || (w.is_word(k + 1) && w.text(k + 1).ends_with("ing")));
            if w.punct(k, ",") && next_clause && !w.is(k + 1, "and") && !w.is(k + 1, "or") {
                return k;
            }
        }
        k += 1;
    }
    end
}
