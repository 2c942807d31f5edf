//! Where the predicate of a split cue ends: "blasted the senator as a “disgrace” [on Wednesday
//! on a radio show]", "dismissed the plan as a stunt [during the debate]". The content is the
//! object and the predicate; what follows the predicate is a circumstance of the speech act or
//! the writer's own comment.

use super::lexicon::{one_of, Class};
use super::quotes::{Quotes, NONE};
use super::words::Words;

/// Marks and words that end a plain predicate: a dash, a semicolon, or a circumstance.
const STOPS: &[&str] = &["—", "–", "--", ";", "during", "while", "amid", "after", "before", "when", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"];

/// End (exclusive) of the predicate that starts at `start`, inside `[start, end)`.
///
/// A predicate that is a quotation ends with it ("as a “terrible situation,” but …"), unless
/// more quoted words follow within two tokens ("as “weak,” “tired” and “sad”", "a “nasty
/// guy,” an “anchor baby”"). A plain predicate ends at a dash, a semicolon, a circumstance
/// word, or a comma before a clause, a subject pronoun or a participle.
pub fn predicate_end(w: &Words, q: &Quotes, start: usize, end: usize) -> usize {
    let mut k = start;
    while k < end {
        let ci = q.inside[k];
        if ci != NONE {
            let c = &q.chains[ci as usize];
            // Only a quotation that opens inside the predicate; jump to its end.
            if c.first < start || !c.closed || c.last >= end {
                return end;
            }
            k = c.last + 1;
            if !(k..end.min(k + 3)).any(|m| q.opens_at(m).is_some()) {
                return k;
            }
            continue;
        }
        let clause_next = k + 1 < end
            && (matches!(w.class[k + 1], Class::Clause | Class::Relative | Class::SubjectPronoun) || w.text(k + 1).ends_with("ing"))
            && !one_of(w, k + 1, &["and", "or"]);
        if k > start && (one_of(w, k, STOPS) || (w.punct(k, ",") && clause_next) || (super::content_end::next_predicate(w, k, end) && !(start..k).any(|m| matches!(w.class[m], Class::Relative | Class::That)))) {
            return k;
        }
        k += 1;
    }
    end
}
