//! "She called the plan “reckless” and called for a new vote", "He claimed vast wealth and said
//! it ensured …", "Sanders defended his record, pointing to …": a second reporting verb joined
//! to the first, with the same subject, opens its own claim. The first claim's content stops
//! before the joint instead of swallowing the second claim's cue.

use super::clauses::Found;
use super::lexicon::{one_of, Class};
use super::words::Words;
use crate::segment::TokenKind;

/// How many later claims are looked at for a coordinated cue.
const WINDOW: usize = 4;
const GERUND: u8 = 2;

/// Cuts each claim's content before a later cue of the same source phrase that it holds, when
/// a coordinator ("and", "but", or a comma) joins the two verbs.
pub fn cut_at_coordinated_cues(w: &Words, found: &mut [Found]) {
    for i in 0..found.len() {
        let (Some(src), Some(&(cue, _))) = (found[i].source, found[i].cue.first()) else { continue };
        let later = found[i + 1..]
            .iter()
            .take(WINDOW)
            .filter(|g| g.source == Some(src))
            .filter_map(|g| g.cue.first().map(|c| c.0))
            .filter(|&c| c > cue && found[i].content.iter().any(|&(a, b)| a < c && c < b))
            .min();
        let Some(at) = later.and_then(|c| joint_before(w, c, form(w, cue))) else { continue };
        if embedded_predicate(w, &found[i].content, at) {
            continue;
        }
        let mut content = found[i].content.clone();
        content.retain(|&(a, _)| a < at);
        if let Some(last) = content.last_mut() {
            last.1 = last.1.min(at);
        }
        content.retain(|&(a, b)| a < b);
        // Nothing before the joint ("… add and add a …"): the verbs share one content, which
        // the first claim keeps, as it did before this rule; a claim is never left without one.
        if !content.is_empty() {
            found[i].content = content;
        }
    }
}

/// Where the joint before the verb at `verb` starts: "and" or "but" before a verb of the first
/// cue's form (coordinated verbs share it: "claimed … and said"; "said the firms choose to
/// muddle the figures and consider …" joins verbs of the content), or a comma before a verb
/// of that form or an -ing form ("…, pointing to"). Adverbs ("also", "later") or "has" may
/// stand between; a modal ("…, but would add") belongs to a verb of the content's own clause.
fn joint_before(w: &Words, verb: usize, first: Option<u8>) -> Option<usize> {
    let mut k = verb;
    while k > 0 && (w.class[k - 1] == Class::Adverb || one_of(w, k - 1, &["has", "have", "had"])) {
        k -= 1;
    }
    let second = form(w, verb);
    if k > 0 && one_of(w, k - 1, &["and", "but"]) && second.is_some() && second == first {
        k -= 1;
        if k > 0 && w.punct(k - 1, ",") {
            k -= 1;
        }
        return Some(k);
    }
    let comma = k > 0 && w.punct(k - 1, ",");
    // "… by Cleveland,” referring to …": the comma closes a quotation, which stays whole.
    let quoted_comma = k > 1 && w.kind(k - 1) == TokenKind::Quote && w.punct(k - 2, ",");
    let joins = second.is_some() && (second == first || second == Some(GERUND));
    if quoted_comma && joins {
        return Some(k);
    }
    (comma && joins).then_some(k - 1)
}

/// The form of a verb cue: past, -ing, third person -s, or bare.
fn form(w: &Words, k: usize) -> Option<u8> {
    let v = w.verb[k]?;
    Some(if v.past { 1 } else if v.gerund { GERUND } else if w.text(k).ends_with('s') { 3 } else { 0 })
}

/// "They said he rated the contestants and talked about …": the content is a clause whose own
/// subject pronoun has a past tense of its own, and the verb after the joint at `at` is past
/// too: it is that subject's next predicate, inside the content, not the source's.
fn embedded_predicate(w: &Words, content: &[(usize, usize)], at: usize) -> bool {
    let Some(&(a, b)) = content.first() else { return false };
    let s = if w.class.get(a) == Some(&Class::That) { a + 1 } else { a };
    if s >= b || s >= at || w.class[s] != Class::SubjectPronoun {
        return false;
    }
    let mut v = s + 1;
    while v < at && w.class[v] == Class::Adverb {
        v += 1;
    }
    let past = |k: usize| {
        let t = w.text(k);
        w.verb[k].is_some_and(|c| c.past && !c.gerund) || (t.len() > 4 && t.ends_with("ed") && w.class[k] == Class::Other)
    };
    let mut n = at;
    while n < w.class.len() && (one_of(w, n, &[",", "and", "but", "has", "have", "had"]) || w.class[n] == Class::Adverb) {
        n += 1;
    }
    v < at && past(v) && n < w.class.len() && past(n)
}
