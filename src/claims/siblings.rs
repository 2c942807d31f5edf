//! "Conservative groups reported spending $6 million, while liberal groups reported spending
//! $1 million": a second reporting clause with its own subject, joined by a contrast word, a
//! comparison or a "which he said" relative, is a sibling of the first claim, not part of what
//! the first source said. The first content stops before the joint, and the second claim is
//! no longer taken for a claim nested inside it. The same holds for a claim in an opening
//! phrase ("In a statement announcing the pick, the union called …"): its content ends at the
//! comma where the sentence's main clause, with its own source and cue, begins.

use super::clauses::Found;
use super::lexicon::{one_of, Class};
use super::words::Words;
use crate::segment::Sentence;

/// How many later claims are looked at for a sibling inside a content.
const WINDOW: usize = 6;

/// Contrast and comparison words that open a clause of its own beside the reported one.
const CONTRAST: &[&str] = &["while", "whereas", "though", "although"];
/// Words that open a sentence with a phrase before its main clause ("In a statement …,",
/// "After …,"), besides participles ("Asked about …,", "Speaking on …,").
const OPENERS: &[&str] = &[
    "in", "at", "on", "after", "before", "with", "while", "when", "as", "alongside", "following", "during", "amid",
    "despite", "since", "upon", "without", "unlike", "once", "until",
];

/// "Joe Lee, a radio host considered one of the most influential in the city, recalled …": a
/// claim whose source and cue stand in an appositive inside another claim's source phrase ends
/// with that phrase; the other claim's cue is the sentence's main verb, not part of what the
/// inner cue holds.
pub fn end_inside_source_phrases(w: &Words, found: &mut [Found]) {
    for i in 0..found.len() {
        let Some(&(cue, _)) = found[i].cue.first() else { continue };
        // The inner claim's own source is an appositive inside the phrase: after a comma.
        let Some((ia, ib)) = found[i].source else { continue };
        if ia == 0 || !w.punct(ia - 1, ",") {
            continue;
        }
        let lo = i.saturating_sub(WINDOW);
        let hi = (i + WINDOW + 1).min(found.len());
        let Some(end) = (lo..hi)
            .filter(|&j| j != i)
            .filter_map(|j| found[j].source)
            .filter(|&(sa, sb)| sa < ia && ib <= sb && sa <= cue && cue < sb)
            .map(|(_, sb)| sb)
            .min()
        else {
            continue;
        };
        if found[i].content.iter().any(|&(a, b)| (a < end && end < b) || (a >= end && a > cue)) {
            clip(&mut found[i].content, end);
        }
    }
}

/// "Lamenting their luck, farmers often say, “…”": a piece of a content that holds an earlier
/// cue of the same source (here the opening participle's, a claim of its own) is that claim's,
/// and leaves this content, which keeps its other pieces.
pub fn leave_earlier_cues_of_the_source(found: &mut [Found]) {
    for i in 1..found.len() {
        let Some(src) = found[i].source else { continue };
        if found[i].content.len() < 2 {
            continue;
        }
        for j in i.saturating_sub(WINDOW)..i {
            let Some(&(jc, _)) = found[j].cue.first() else { continue };
            if found[j].source == Some(src) && found[i].content.len() > 1 {
                found[i].content.retain(|&(a, b)| !(a <= jc && jc < b));
            }
        }
    }
}

/// Ends a content at token `at`; a content that would be left empty stays as it was.
fn clip(content: &mut Vec<(usize, usize)>, at: usize) {
    let mut kept = content.clone();
    kept.retain(|&(a, _)| a < at);
    if let Some(last) = kept.last_mut() {
        last.1 = last.1.min(at);
    }
    kept.retain(|&(a, b)| a < b);
    if !kept.is_empty() {
        *content = kept;
    }
}

/// Cuts each claim's content before the joint that opens a later claim's own clause.
pub fn cut_before_sibling_clauses(w: &Words, sents: &[Sentence], found: &mut [Found]) {
    for i in 0..found.len() {
        let Some(&(cue, _)) = found[i].cue.first() else { continue };
        let inside = |t: usize| found[i].content.iter().any(|&(a, b)| a < t && t < b);
        let mut siblings = found[i + 1..]
            .iter()
            .take(WINDOW)
            .filter(|g| g.source.is_some() && g.source != found[i].source)
            .filter_map(|g| {
                let (sa, _) = g.source?;
                let &(gc, _) = g.cue.first()?;
                (cue < sa && sa < gc && inside(sa) && inside(gc) && !first_or_second_person(w, g.source?)).then_some(g.source?)
            })
            .peekable();
        // Most claims hold no sibling: the sentence's opening is looked at only for those that do.
        if siblings.peek().is_none() {
            continue;
        }
        let opening = opening_phrase(w, sents.get(found[i].sentence), cue);
        if let Some(at) = siblings.filter_map(|src| joint_before(w, src, cue, opening)).min() {
            clip(&mut found[i].content, at);
        }
    }
}

/// Where the joint before the sibling source `(sa, sb)` starts, if there is one:
/// "…, while liberal groups", "…, compared with 23 percent who", "…, even as he", "…, not that
/// he", "…, where she", "…, which he said"; or, when the first cue stands in an opening phrase,
/// the comma that ends that phrase ("…, the union called").
fn joint_before(w: &Words, (sa, sb): (usize, usize), cue: usize, opening: bool) -> Option<usize> {
    let mut k = sa;
    let comma_before = |k: usize| k > cue + 1 && w.is_break(k - 1) && !w.punct(k - 1, "(");
    if k > 0 && w.class[k - 1] == Class::Relative && w.is(k - 1, "which") {
        // "…, which he said were …": the relative's own subject is a pronoun.
        let pronoun = sb == sa + 1 && one_of(w, sa, &["he", "she", "it", "they"]);
        return (pronoun && comma_before(k - 1)).then(|| k - 2);
    }
    if k > 0 && one_of(w, k - 1, CONTRAST) {
        k -= 1;
    } else if k > 1 && ((w.is(k - 2, "compared") && w.is(k - 1, "with")) || (w.is(k - 2, "not") && w.is(k - 1, "that"))
        || (w.is(k - 2, "even") && one_of(w, k - 1, &["as", "though"])))
    {
        k -= 2;
        if !comma_before(k) {
            return None;
        }
    } else if k > 0 && one_of(w, k - 1, &["where", "even"]) {
        k -= 1;
        if !comma_before(k) {
            return None;
        }
    } else if opening && w.punct(k - 1, ",") && comma_before(k) && !(cue..k - 1).any(|t| w.punct(t, ",")) {
        return Some(k - 1);
    } else {
        return None;
    }
    if comma_before(k) {
        k -= 1;
    }
    (k > cue + 1).then_some(k)
}

/// The cue at `cue` stands in a phrase that opens its sentence before the main clause: the
/// sentence's first word is a preposition or conjunction of time or circumstance, or a
/// participle, and no comma stands between that word and the cue.
fn opening_phrase(w: &Words, sent: Option<&Sentence>, cue: usize) -> bool {
    let Some(s) = sent else { return false };
    let Some(first) = (s.first..cue).find(|&k| w.is_word(k)) else { return false };
    if !w.capitalized(first) || (first..cue).any(|k| w.punct(k, ",")) {
        return false;
    }
    let t = w.lower(first);
    one_of(w, first, OPENERS) || (t.len() > 4 && (t.ends_with("ing") || t.ends_with("ed")))
}

/// "I think", "we know", "you said": a speaker's words about themselves, inside a quotation
/// more often than not, where the clause belongs to the quoted content.
fn first_or_second_person(w: &Words, (sa, sb): (usize, usize)) -> bool {
    sb == sa + 1 && one_of(w, sa, &["i", "we", "you"])
}
