//! "expressed concern about the cost", "expressed confidence that the bill would pass": a verb
//! of expressing whose object names an attitude; the attitude joins the cue (as "expressed his
//! conviction", GUIDELINES §4) and what it is about, or the clause after it, is the content.

use super::lexicon::{one_of, Class};
use super::words::Words;

/// Prepositions that link an attitude to what it is about ("concern about", "sympathy for").
const LINKS: &[&str] = &["about", "over", "at", "with", "for", "in", "toward", "towards", "regarding", "on"];

/// For an object of "express" opening at `a` (content `[a, b)`): where the cue then ends and
/// where the content starts, when the object is a short attitude noun phrase ("concern",
/// "deep regret", "his condolences") followed by a linking preposition or a that-clause.
pub fn attitude_split(w: &Words, a: usize, b: usize) -> Option<(usize, usize)> {
    let mut m = a;
    // One determiner at most ("an interest in", "his condolences over").
    if m < b && w.class[m] == Class::Determiner {
        m += 1;
    }
    let head = m;
    while m < b && m < head + 3 && w.is_word(m) && !w.capitalized(m) && matches!(w.class[m], Class::Other | Class::Adverb) {
        m += 1;
    }
    if m == head || m + 1 >= b {
        return None;
    }
    if one_of(w, m, LINKS) {
        return Some((m + 1, m + 1));
    }
    (w.class[m] == Class::That).then_some((m, m))
}
