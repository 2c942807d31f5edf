//! Where a noun-phrase content ends: "endorsed the mayor [on Thursday, another sign of …]",
//! "acknowledged the risk[, which sets her apart]", "praised the plan [and called for …]".
//! A content with no verb of its own (an object, or a small clause such as "a poll shows the
//! senator ahead by three points") is a phrase; what follows it is the writer's: a
//! non-restrictive clause, a participle, a clause with its own subject, the subject's next
//! predicate, a subordinate clause, or the time of the speech act. After a cue that takes a
//! clause, only a determiner phrase is taken for a phrase, and only a tail that runs unbroken
//! to the end is cut. An appositive gloss of a name closes any content ("… with NATO, the
//! alliance that …").

use super::lexicon::{lists, one_of, Class, CLAUSE, NOMINAL};
use super::quotes::{Quotes, NONE};
use super::source::np_right;
use super::words::Words;
use crate::segment::TokenKind;

/// Words that open an adverbial clause or phrase of circumstance after a noun-phrase content.
const SUBORDINATE: &[&str] = &["when", "whereas", "though", "although", "during", "amid", "before", "unless"];

/// Time words that make a prepositional phrase the time of the speech act ("on Thursday").
const TIMES: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend", "month", "year", "morning",
    "afternoon", "evening", "night", "today", "yesterday", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december",
];

/// A time word of `TIMES`, or the month "May" (capitalised: lower-case "may" is the modal).
fn time_word(w: &Words, m: usize) -> bool {
    one_of(w, m, TIMES) || (w.is(m, "may") && w.capitalized(m))
}

/// From `j` to the end `b` (final stops aside), only a bare time phrase: "last week", "this
/// month", "earlier this year", "Tuesday", "Friday night". At most three words. (A bare day
/// name is a time; a bare month seldom is.)
fn bare_time_to_end(w: &Words, j: usize, b: usize) -> bool {
    if j + 5 < b {
        return false;
    }
    let mut e = b;
    while e > j && !w.is_word(e - 1) && matches!(w.text(e - 1), "." | "!" | "?") {
        e -= 1;
    }
    if e <= j || e > j + 3 {
        return false;
    }
    let day = w.listed(j, lists::DAYS) && w.capitalized(j);
    let mut k = j;
    if !day {
        if w.is(k, "earlier") || w.is(k, "later") {
            k += 1;
        }
        if !(k < e && one_of(w, k, &["last", "this", "next"])) {
            return false;
        }
        k += 1;
        if !(k < e && time_word(w, k)) {
            return false;
        }
    }
    (k + 1..e).all(|m| one_of(w, m, &["morning", "afternoon", "evening", "night"]))
}

/// Occasions of a speech act ("at a forum", "during the debate").
const OCCASIONS: &[&str] = &[
    "forum", "debate", "debates", "rally", "rallies", "event", "hearing", "convention", "conference", "meeting", "interview", "summit",
    "speech", "briefing", "ceremony", "luncheon", "dinner", "fundraiser", "roundtable", "session",
];

/// The end (exclusive) of the content `[a, b)` of the cue at `cue`: `b`, or earlier when the
/// content is a phrase followed by material of the writer's.
pub fn end(w: &Words, q: &Quotes, cue: usize, a: usize, b: usize) -> usize {
    // Only a verb cue's object is a phrase ("according to" is followed by a clause).
    let Some(verb) = w.verb[cue] else { return b };
    let clause_cue = verb.flags & CLAUSE != 0;
    let particle = one_of(w, cue + 1, &verb.particles);
    if let Some(cut) = after_quotation(w, q, a, b).or_else(|| after_closed_quotation(w, q, a, b)) {
        return cut;
    }
    if verb.flags & NOMINAL != 0 {
        if let Some(cut) = comparison_tail(w, q, a, b).or_else(|| yet_predicate(w, q, a, b)) {
            return cut;
        }
    }
    // A complementizer, a subject pronoun or a question word opens a clause, not a phrase
    // ("rejected that argument" is a phrase: "that" after a cue that takes no clause).
    if a >= b || w.class[a] == Class::SubjectPronoun || w.class[a] == Class::Clause || (w.class[a] == Class::That && (clause_cue || particle || complementizer(w, a + 1, b))) || q.inside[a] != NONE {
        return b;
    }
    // "described the plan during the debate as a stunt": a split cue's predicate follows "as"
    // (`split_predicate` ends it).
    if verb.split_as && (a + 1..b.min(a + 20)).take_while(|&m| !w.is_break(m)).any(|m| w.is(m, "as")) {
        return b;
    }
    // After a cue that takes a clause, a phrase cannot be told from a clause whose verb is not
    // known ("says the army won").
    let phrase_of_clause_cue = clause_cue && !particle;
    let phrase_end = if phrase_of_clause_cue { determiner_phrase(w, q, a, b) } else { None };
    if phrase_of_clause_cue && phrase_end.is_none() {
        return b;
    }
    // "promised a veto and attempted to …": the determiner phrase ends at a conjunction that
    // opens the subject's next predicate.
    let and_predicate = phrase_end.filter(|&k| k < b && one_of(w, k, &["and", "but"]));
    let mut seen = Seen { participle: participle(w, a), to: w.is(a, "to"), clause_cue: phrase_of_clause_cue, and_predicate, dash: false };
    // "The groups supporting the mayor paid …": a participle cue right after its noun modifies
    // it; the sentence's own verb, after the object, ends the content.
    let reduced_relative = verb.gerund && (!clause_cue || particle) && cue > 0 && w.class[cue - 1] == Class::Other && w.is_word(cue - 1) && w.verb[cue - 1].is_none();
    let mut j = a + 1;
    while j < b {
        if q.inside[j] != NONE {
            // A quotation inside the phrase ("called the deal “a disaster”") is passed whole.
            let c = &q.chains[q.inside[j] as usize];
            if c.first < j || c.last >= b {
                return b;
            }
            j = c.last + 1;
            continue;
        }
        if let Some(cut) = writer_material(w, q, &seen, j, b) {
            return cut;
        }
        // (Only an auxiliary or a form of "be", unbroken by any comma: a past participle may
        // modify the object, "a country dominated by …".)
        if reduced_relative && matches!(w.class[j], Class::Aux | Class::Be) && !w.is(j - 1, "to") && !(a..j).any(|m| w.is_break(m) && !w.punct(m, ".")) {
            return j;
        }
        if clause_like(w, j) {
            return b;
        }
        // ("the fatal shooting of …": after a determiner, an "-ing" word is a noun.)
        let noun = (j > a && w.class[j - 1] == Class::Determiner) || (j >= a + 2 && w.class[j - 2] == Class::Determiner && w.class[j - 1] == Class::Other);
        seen.participle |= participle(w, j) && !noun;
        seen.to |= w.is(j, "to");
        seen.dash |= w.spaced_dash(j);
        j += 1;
    }
    b
}

/// "reported a profit of $1.78 a share, well above the $1.11 analysts expected", "opposed the
/// tax, down from 47 percent in 2009": after a cue that takes a noun phrase, a comparison set
/// off by a comma is the writer's measure of the figure reported. The comma, or `None`.
fn comparison_tail(w: &Words, q: &Quotes, a: usize, b: usize) -> Option<usize> {
    let c = (a + 2..b).find(|&m| w.punct(m, ",") && q.inside[m] == NONE)?;
    let mut n = c + 1;
    if one_of(w, n, &["well", "far", "just", "slightly"]) {
        n += 1;
    }
    let compared = one_of(w, n, &["above", "below"]) || (one_of(w, n, &["up", "down"]) && w.is(n + 1, "from"));
    (compared && n + 2 < b).then_some(c)
}

/// "demands accountability from the president, yet refuses to release his own records": after a
/// cue that takes a noun phrase, ", yet" and a verb with no subject of its own is the subject's
/// next predicate, the writer's remark. The comma, or `None`.
fn yet_predicate(w: &Words, q: &Quotes, a: usize, b: usize) -> Option<usize> {
    let c = (a + 2..b).find(|&m| w.punct(m, ",") && q.inside[m] == NONE && w.is(m + 1, "yet"))?;
    let v = c + 2;
    let present = v + 1 < b && w.class[v] == Class::Other && !w.capitalized(v) && w.text(v).len() > 3 && w.text(v).ends_with('s') && (w.is(v + 1, "to") || w.class[v + 1] == Class::Determiner);
    (present || predicate_at(w, v, b, false)).then_some(c)
}

/// "…, both of whom opposed the deal, are backing the bill", "Ruiz, who announced a plan on
/// Monday, is …": when the cue's subject is a relative pronoun, the first comma of the content
/// that is followed by an auxiliary or a form of "be" closes the relative clause; what follows is
/// the main clause's predicate, not the content. The end (exclusive) of `[a, b)`, or `b`.
pub fn relative_clause_end(w: &Words, q: &Quotes, cue: usize, a: usize, b: usize) -> usize {
    let mut k = cue;
    while k > 0 && matches!(w.class[k - 1], Class::Adverb | Class::Aux | Class::Negation | Class::Be) {
        k -= 1;
    }
    // "which officials said will …", "who he thinks is …": a relative word before a short
    // subject (a pronoun, or up to four words with no punctuation) opens the clause too.
    let relative_before_subject = || {
        let subject_start = (k.saturating_sub(4)..k).rev().take_while(|&m| w.is_word(m) && w.class[m] != Class::Relative && w.verb[m].is_none()).last();
        subject_start.is_some_and(|st| st > 0 && w.class[st - 1] == Class::Relative)
    };
    let relative_cue = k > 0 && w.class[k - 1] == Class::Relative;
    if k == 0 || cue >= a || !(relative_cue || relative_before_subject()) {
        return b;
    }
    // The main clause resumes with an auxiliary or "be", a verb of its own (`main_verb`), or
    // after ", who …" (a non-restrictive clause) any predicate ("The mayor, who called for a
    // bridge, opened the meeting").
    let non_restrictive = relative_cue && k >= 2 && w.punct(k - 2, ",");
    let main_predicate = |m: usize| {
        matches!(w.class[m + 1], Class::Aux | Class::Be)
            || main_verb(w, m + 1, b)
            || (non_restrictive && w.is_word(m + 1) && !w.capitalized(m + 1) && predicate_at(w, m + 1, b, false))
    };
    // A that-clause must have its own verb before the comma: "who said that the plan, in the
    // end, failed" goes on.
    let own_verb = |m: usize| w.class[a] != Class::That || (a + 2..m).any(|x| !w.capitalized(x) && predicate_at(w, x, m, false));
    (a + 1..b.saturating_sub(1)).find(|&m| w.punct(m, ",") && q.inside[m] == NONE && main_predicate(m) && own_verb(m)).unwrap_or(b)
}

/// "Ruiz, who opposes the tax, vetoed the bill", "…, plans to focus on jobs": after the relative
/// clause, the main clause resumes with a verb of its own: a past tense or a cue verb with an
/// object, or a present in "-s" before "to" or a determiner.
fn main_verb(w: &Words, m: usize, b: usize) -> bool {
    if m + 1 >= b || w.capitalized(m) || w.kind(m) != TokenKind::Word {
        return false;
    }
    let t = w.text(m);
    let object_next = matches!(w.class[m + 1], Class::ObjectPronoun | Class::Determiner | Class::Preposition | Class::That) || w.capitalized(m + 1);
    let cue = w.verb[m].is_some_and(|c| !c.gerund && (c.past || t.ends_with('s')));
    let past = w.class[m] == Class::Other && t.len() > 4 && t.ends_with("ed");
    let present = w.class[m] == Class::Other && t.len() > 3 && t.ends_with('s') && !t.ends_with("ss") && (w.is(m + 1, "to") || w.class[m + 1] == Class::Determiner);
    ((cue || past) && object_next) || present
}

/// Longest appositive looked at, in tokens.
const MAX_GLOSS: usize = 40;

/// "… in partnership with NATO, the military alliance that includes …", "… to repeal the Hyde
/// Amendment, a federal provision that …": an appositive that closes the content after a name is
/// the writer's gloss of the name. The end (exclusive) of the content `[a, b)` before it, or
/// `b`. Only a gloss that runs to the end unbroken and unquoted, and is no list ("on Israel, the
/// nuclear deal and the court": an "and" before any relative word).
pub fn appositive_gloss(w: &Words, q: &Quotes, a: usize, b: usize) -> usize {
    let mut e = b;
    while e > a && !w.is_word(e - 1) && q.inside[e - 1] == NONE && matches!(w.text(e - 1), "." | "!" | "?") {
        e -= 1;
    }
    let mut k = e;
    let lo = a.max(e.saturating_sub(MAX_GLOSS)) + 2;
    let comma = loop {
        if k <= lo {
            return b;
        }
        k -= 1;
        if q.inside[k] != NONE || w.kind(k) == TokenKind::Quote {
            return b;
        }
        if w.is_break(k) || (!w.is_word(k) && matches!(w.text(k), "-" | "--")) {
            break k;
        }
    };
    if !w.punct(comma, ",") || !w.capitalized(comma - 1) || comma + 2 >= e {
        return b;
    }
    // "a …" glosses any name; "the …" only an acronym ("NATO, the alliance …"): after another
    // name it is as often a description the source gave ("the town, the centre of the fighting").
    let t = w.text(comma - 1);
    let acronym = t.len() >= 2 && t.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    if !(one_of(w, comma + 1, &["a", "an"]) || (acronym && w.is(comma + 1, "the"))) {
        return b;
    }
    let list = (comma + 2..e).take_while(|&m| !matches!(w.class[m], Class::Relative | Class::That)).any(|m| one_of(w, m, &["and", "or"]));
    if list {
        return b;
    }
    comma
}

/// After a cue that takes a clause, a content that opens with a determiner and holds no second
/// determiner but after a preposition, up to its first break, reads as a phrase ("acknowledged
/// the reality of climate change, which …"), not as a clause with an object ("said the army
/// won the battle"); the loop in `end` still gives up at any verb form it knows. The phrase
/// also ends at an "and" or "but" that opens a predicate ("promised a veto and attempted to
/// make the case"). Where the phrase ends (a break or that conjunction), or `None`.
#[inline(never)]
fn determiner_phrase(w: &Words, q: &Quotes, a: usize, b: usize) -> Option<usize> {
    if w.class[a] != Class::Determiner {
        return None;
    }
    let mut k = a + 1;
    while k < b && !w.is_break(k) {
        // (A short phrase only: a longer one may hide a verb not known as one, "the two met in …".)
        if k > a + 1 && k <= a + 4 && one_of(w, k, &["and", "but"]) && predicate_after_conjunction(w, k + 1, b) {
            return Some(k);
        }
        let det_after_verb = w.class[k] == Class::Determiner && w.class[k - 1] != Class::Preposition;
        if det_after_verb || w.class[k] == Class::ObjectPronoun || q.inside[k] != NONE || !w.is_word(k) && !w.possessive(k) {
            return None;
        }
        k += 1;
    }
    (k > a + 1 && k < b).then_some(k)
}

/// At `m`, after a conjunction, a past tense (not a cue verb: "… and said", handled by
/// `cut_coordinated`) followed by "to", an object or a preposition: a predicate, not a
/// conjoined noun or adjective ("a bold and detailed plan").
fn predicate_after_conjunction(w: &Words, m: usize, b: usize) -> bool {
    m + 1 < b && verb_form(w, m) && w.verb[m].is_none() && (matches!(w.class[m + 1], Class::ObjectPronoun | Class::Determiner | Class::Preposition) || w.capitalized(m + 1))
}

/// "found that in the three counties …", "found that the plan …": after "that", a word that
/// cannot follow a demonstrative ("that argument") makes it a complementizer.
pub(super) fn complementizer(w: &Words, n: usize, b: usize) -> bool {
    n < b && (matches!(w.class[n], Class::Determiner | Class::Preposition | Class::SubjectPronoun) || w.capitalized(n) || w.kind(n) == TokenKind::Number)
}

/// The clause opened at `n` closes with a comma followed by "of" or "as": the rest of a cue's
/// complement ("accused Lee, who …, of lying").
fn second_complement_after(w: &Words, q: &Quotes, n: usize, b: usize) -> bool {
    let Some(c) = (n + 1..b.min(n + 30)).find(|&c| w.is_break(c) && q.inside[c] == NONE) else { return false };
    w.punct(c, ",") && (w.is(c + 1, "of") || w.is(c + 1, "as"))
}

/// What the phrase held before the token looked at: a participle ("accused him of covering
/// up, delaying …": a list follows), a "to" (an infinitive: "to act and consider").
struct Seen {
    participle: bool,
    to: bool,
    /// The cue takes a clause, and the content only looks like a phrase: what follows may yet
    /// be its predicate ("said the talks, which began in May, stalled"; "said both sides and
    /// the mediator were …").
    clause_cue: bool,
    /// After a clause cue, the conjunction that ends a determiner phrase before a predicate.
    and_predicate: Option<usize>,
    /// A spaced dash was passed.
    dash: bool,
}

/// A content that is a quotation, closed with its own punctuation ("“We will win,”", "that
/// “it is over.”"), then more words: those are the writer's ("… when the crowd cheered").
#[inline(never)]
fn after_quotation(w: &Words, q: &Quotes, a: usize, b: usize) -> Option<usize> {
    let s = if a < b && w.class[a] == Class::That { a + 1 } else { a };
    if s >= b {
        return None;
    }
    let c = q.opens_at(s)?;
    let last = c.last;
    if !c.closed || c.segments.len() > 1 || last + 1 >= b || last < s + 2 {
        return None;
    }
    let closed_inside = matches!(w.text(last - 1), "," | "." | "?" | "!");
    let next = last + 1;
    let writer = one_of(w, next, SUBORDINATE) || (one_of(w, next, &["and", "but", "yet"]) && predicate_at(w, next + 1, b, false));
    (closed_inside || writer).then_some(last + 1)
}

/// "… that the claim was “true,” but in the course of their report they …": inside a content, a
/// quotation closed with its own comma, then "but" or "yet" and a clause of its own: what
/// follows is the writer's. One pass over the content's tokens.
#[inline(never)]
fn after_closed_quotation(w: &Words, q: &Quotes, a: usize, b: usize) -> Option<usize> {
    let mut j = a + 1;
    while j + 2 < b {
        let ci = q.inside[j];
        if ci == NONE {
            j += 1;
            continue;
        }
        let c = &q.chains[ci as usize];
        let last = c.last;
        if last >= b || last < j + 1 || !c.closed {
            return None;
        }
        let next = last + 1;
        if w.punct(last - 1, ",") && one_of(w, next, &["but", "yet"]) && next + 1 < b && opens_writers_clause(w, next + 1) {
            return Some(next);
        }
        j = last + 1;
    }
    None
}

/// "but he …", "but the …", "but in the course of …": a subject or a fronted phrase opens a
/// clause of its own ("but also …", "but because …", "but is …" go on with the content).
fn opens_writers_clause(w: &Words, n: usize) -> bool {
    matches!(w.class[n], Class::SubjectPronoun | Class::Determiner | Class::Preposition) || w.capitalized(n)
}

/// A finite verb, an auxiliary or a clause word: the content is a clause, not a phrase.
#[inline(never)]
fn clause_like(w: &Words, m: usize) -> bool {
    match w.class[m] {
        Class::Aux | Class::Be | Class::Negation | Class::SubjectPronoun | Class::That | Class::Relative => true,
        Class::Clause => !one_of(w, m, &["and", "or", "about", "against", "than", "as"]),
        _ => verb_form(w, m),
    }
}

/// A past tense ("-ed", or an irregular past cue such as "said"), unless a determiner,
/// possessive or preposition before it makes it an adjective ("the revised plan").
#[inline(never)]
fn verb_form(w: &Words, m: usize) -> bool {
    let t = w.text(m);
    let past = w.verb[m].is_some_and(|c| c.past && !c.gerund) || (t.len() > 4 && t.ends_with("ed") && w.class[m] == Class::Other);
    past && w.kind(m) == TokenKind::Word && !w.capitalized(m) && m > 0 && !matches!(w.class[m - 1], Class::Determiner | Class::Preposition | Class::Adverb) && !w.possessive(m - 1)
}

/// A finite verb at `m`, perhaps after adverbs: an auxiliary, a cue verb, or a past tense
/// followed by an object, a preposition or a clause (unlike an adjective: "a bold and detailed
/// plan"). A cue verb's base form after a to-infinitive is the infinitive's ("to act and consider").
#[inline(never)]
pub(super) fn predicate_at(w: &Words, mut m: usize, b: usize, infinitive: bool) -> bool {
    while m < b && w.class[m] == Class::Adverb {
        m += 1;
    }
    if m >= b {
        return false;
    }
    let object_next = m + 1 < b
        && (matches!(w.class[m + 1], Class::ObjectPronoun | Class::Determiner | Class::Preposition | Class::That) || w.capitalized(m + 1) || w.kind(m + 1) == TokenKind::Quote);
    let cue = w.verb[m].is_some_and(|c| !c.gerund && (c.past || w.text(m).ends_with('s') || !infinitive));
    matches!(w.class[m], Class::Aux | Class::Be | Class::Negation) || cue || (verb_form(w, m) && object_next)
}

/// "… and despised them", "… but also had to …": at `j` a conjunction opens the subject's next
/// predicate.
pub fn next_predicate(w: &Words, j: usize, b: usize) -> bool {
    one_of(w, j, &["and", "but", "yet"]) && predicate_at(w, j + 1, b, false)
}

/// A lower-case "-ing" word: a participle ("…, raising doubts").
#[inline(never)]
fn participle(w: &Words, m: usize) -> bool {
    let t = w.text(m);
    w.kind(m) == TokenKind::Word && !w.capitalized(m) && t.len() > 4 && t.ends_with("ing") && w.class[m] == Class::Other
}

/// From `m` to `b`, a noun phrase's rest, perhaps closed by a relative clause ("… chapter in a
/// rivalry that has …"): no break, quotation, list or verb before any relative word.
fn gloss_to_end(w: &Words, q: &Quotes, m: usize, b: usize) -> bool {
    for k in m..b {
        if matches!(w.class[k], Class::That | Class::Relative) {
            return k > m + 1;
        }
        if w.is_break(k) || q.inside[k] != NONE || one_of(w, k, &["and", "or"]) || clause_like(w, k) || w.verb[k].is_some() {
            return false;
        }
    }
    b > m + 1
}

/// At `j`, after a phrase, the writer's own material begins: the cut, or `None`.
#[inline(never)]
fn writer_material(w: &Words, q: &Quotes, seen: &Seen, j: usize, b: usize) -> Option<usize> {
    if j + 1 >= b {
        return None;
    }
    // (A spaced hyphen counts too, unless it closes an aside a dash opened: "a town hall - one
    // of his biggest events - where …".)
    let comma = !w.is_word(j) && (one_of(w, j, &[",", "—", "–", "--"]) || (w.spaced_dash(j) && !seen.dash));
    let cut_before = |k: usize| if !w.is_word(k - 1) && one_of(w, k - 1, &[",", "—"]) { k - 1 } else { k };
    if comma {
        let n = j + 1;
        if n >= b || q.inside[n] != NONE {
            return None;
        }
        let mut v = n;
        while v < b && w.class[v] == Class::Adverb {
            v += 1;
        }
        // ", which …", ", who …", ", where …": a non-restrictive clause.
        // (Not when the cue's second complement follows the clause: "accused Lee, who …, of
        // lying", "praised Lee, whose …, as …".)
        let relative = (w.class[n] == Class::Relative || one_of(w, n, &["where", "whose"])) && !second_complement_after(w, q, n, b);
        // ", raising doubts", ", especially given …": a participle, perhaps after adverbs.
        // Not a list of participles ("of covering up, delaying and …"), nor "including", which
        // carries examples of what was said.
        let listed = seen.participle || (v + 1 < b && (w.is_break(v + 1) || one_of(w, v + 1, &["and", "or"])));
        let adjunct = v < b && !listed && ((participle(w, v) && !w.is(v, "including")) || (v > n && (w.class[v] == Class::Clause || w.is(v, "given"))));
        // ", he is ready …", ", the union said …": a clause with its own subject.
        let se = if w.capitalized(n) || w.class[n] == Class::Determiner { np_right(w, n, b) } else { n };
        let clause = w.class[n] == Class::SubjectPronoun || (se > n && predicate_at(w, se, b, false));
        // After a clause cue, only a tail that runs to the content's end unbroken, and quotes
        // nothing (a quotation in it is likely the source's words), nor reports a saying of its
        // own ("the funding system, which critics say hurts poor schools": the source's point).
        // ", the latest chapter in …": after an object, a determiner phrase that runs to the end
        // with no verb, break or list is the writer's gloss of the whole.
        let gloss = !seen.clause_cue && one_of(w, n, &["the", "a", "an"]) && gloss_to_end(w, q, n + 1, b);
        // "opposed the pact — one of the biggest goals of his term", "endorsed Lee - the first
        // time it has …": after a dash, a quantity of something or a definite phrase that runs to
        // the end, quoting nothing and with no second dash, is the writer's aside.
        let dash_gloss = w.spaced_dash(j) && (one_of(w, n, &["the"]) || (one_of(w, n, &["one", "all", "half", "most", "some", "many", "none", "each", "both"]) && w.is(n + 1, "of"))) && (n..b).all(|m| q.inside[m] == NONE && !w.spaced_dash(m));
        let clause = clause || gloss || dash_gloss;
        let saying = relative && (n + 1..b.min(n + 5)).any(|m| w.verb[m].is_some_and(|c| c.flags & CLAUSE != 0));
        let tail_whole = !seen.clause_cue || ((n..b - 1).all(|m| !w.is_break(m) && q.inside[m] == NONE) && !saying);
        if (relative || adjunct || clause) && tail_whole {
            return Some(j);
        }
        return None;
    }
    // "… and called for …", "… but also had to …": the subject's next predicate.
    if seen.and_predicate == Some(j) {
        return Some(cut_before(j));
    }
    if one_of(w, j, &["and", "but", "yet"]) && !seen.clause_cue {
        let se = if w.capitalized(j + 1) || w.class[j + 1] == Class::Determiner { np_right(w, j + 1, b) } else { j + 1 };
        if predicate_at(w, se, b, seen.to) {
            return Some(cut_before(j));
        }
        return None;
    }
    // "… when he ran", "… before the vote", "… during his time on the show".
    // Not after a clause cue: "expects a deal before 2017" dates what is expected.
    if !seen.clause_cue && one_of(w, j, SUBORDINATE) {
        return Some(cut_before(j));
    }
    // "endorsed the mayor last week", "… Tuesday night": a bare time phrase that closes a
    // phrase is the time of the speech act too. (Not after an infinitive or a participle: "to
    // cut 300 jobs this year" dates what is done.)
    if !seen.to && !seen.participle && bare_time_to_end(w, j, b) {
        return Some(cut_before(j));
    }
    // "… on Thursday", "… in a ruling released in July": the time of the speech act.
    if one_of(w, j, &["on", "in", "at"]) {
        let stop = (j + 1..b.min(j + 8)).find(|&m| w.is_break(m) || q.inside[m] != NONE).unwrap_or(b.min(j + 8));
        // "called the remarks on Saturday “a wake-up call”": a quotation after the time phrase
        // is the rest of the content.
        let more = stop < b && q.inside[stop] != NONE;
        if stop <= j + 6 && !more && (j + 1..stop).any(|m| time_word(w, m)) {
            return Some(cut_before(j));
        }
    }
    // "… at last week's forum viewed by …", "… during a televised debate": the occasion of the
    // speech act, a few words on, whatever follows it.
    // Not inside a clause, a participle's object or an infinitive ("accused him of grabbing her
    // at a rally"), nor before a complement that follows ("urged voters at a rally to …").
    // (The preposition is asked first: the look-ahead runs only at an "at" or "during".)
    let occasion_prep = one_of(w, j, &["at", "during"]) && w.is_word(j + 1) && !one_of(w, j + 1, &["least", "most", "all", "odds"]);
    if occasion_prep && !seen.clause_cue && !seen.participle && !seen.to && !(j + 1..b.min(j + 30)).any(|m| w.is(m, "to")) {
        let mut near = (j + 1..b.min(j + 11)).take_while(|&m| !w.is_break(m) && q.inside[m] == NONE && !matches!(w.class[m], Class::That | Class::Relative));
        if near.any(|m| one_of(w, m, OCCASIONS)) {
            return Some(cut_before(j));
        }
    }
    None
}
