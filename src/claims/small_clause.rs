//! "called Smith a liar", "calls the plan “a disaster”", "called the charges unfounded": a cue
//! followed by an object and the predicate said of it (a small clause). The content is both,
//! as with "declared X part of Russia" (GUIDELINES §3).

use super::lexicon::{one_of, Class, WEAK};
use super::quotes::{Quotes, NONE};
use super::words::Words;
use crate::segment::TokenKind;

/// Longest object phrase considered, in tokens.
const MAX_OBJECT: usize = 16;

/// Words after "a"/"an" that make it a measure of time or number, not a predicate ("called
/// the police a day later", "called him a second time", "called her a cab").
const NOT_PREDICATE_A: &[&str] = &[
    "day", "week", "month", "year", "minute", "hour", "moment", "few", "second", "third", "couple", "number", "lot", "bit",
    "half", "dozen", "cab", "taxi", "car", "doctor", "lawyer", "ambulance", "short", "total", "while",
];

/// One-word objects: pronouns ("called him a liar", "called it “a disgrace”").
const PRONOUN_OBJECTS: &[&str] = &["him", "her", "them", "it", "us", "me", "you", "himself", "herself", "themselves", "itself", "this", "that"];

/// Possessive determiners.
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our", "my", "your"];

/// A lower-case word shaped like an adjective ("called the charges unfounded").
pub(super) fn predicate_adjective(w: &Words, k: usize) -> bool {
    const ENDINGS: &[&str] = &["ed", "ous", "ful", "ive", "ic", "al", "able", "ible", "less", "ent", "ant", "ish", "ary", "ate"];
    let t = w.text(k);
    w.kind(k) == TokenKind::Word && w.class[k] == Class::Other && !w.capitalized(k) && t.len() > 4 && ENDINGS.iter().any(|x| t.ends_with(x))
}

/// The predicate opens at `p`: a quotation, "a"/"an" before a noun, or an adjective.
fn predicate_opens(w: &Words, q: &Quotes, p: usize, end: usize) -> bool {
    if p >= end {
        return false;
    }
    // An opening mark the quotation finder left unpaired counts too ("‘A Disgrace’" in a headline).
    if q.opens_at(p).is_some() || (w.kind(p) == TokenKind::Quote && p + 1 < end && w.is_word(p + 1) && matches!(w.text(p), "‘" | "“" | "\"" | "'")) {
        return true;
    }
    if (w.is(p, "a") || w.is(p, "an")) && p + 1 < end {
        return w.is_word(p + 1) && !one_of(w, p + 1, NOT_PREDICATE_A);
    }
    // "called it their “crystal ball”", "called her son her hero": a possessive after a
    // complete object opens a second noun phrase, the predicate.
    if one_of(w, p, POSSESSIVES) && p > 0 && p + 1 < end && ((w.is_word(p + 1) && w.class[p + 1] == Class::Other) || q.opens_at(p + 1).is_some()) && (w.class[p - 1] == Class::Other || one_of(w, p - 1, PRONOUN_OBJECTS)) {
        return true;
    }
    predicate_adjective(w, p) && (p + 1 == end || w.is_break(p + 1) || !w.is_word(p + 1) || one_of(w, p + 1, &["and", "but", "for", "because"]))
}

/// Where the predicate starts when the cue's object starts at `start`: after a pronoun, or
/// after a noun phrase that may hold adverbs, prepositional phrases, a coordination ("the
/// citation and the demand for …") and an appositive between commas ("Clinton, his rival,").
pub fn predicate_start(w: &Words, q: &Quotes, start: usize, end: usize) -> Option<usize> {
    if start + 1 >= end || q.inside[start] != NONE {
        return None;
    }
    if one_of(w, start, PRONOUN_OBJECTS) {
        let p = if start + 3 < end && w.punct(start + 1, ",") { parenthetical_end(w, start + 1, end)? } else { start + 1 };
        if predicate_opens(w, q, p, end) {
            return Some(p);
        }
        // "her handling of …", "this plan": a determiner of a longer object.
        if !one_of(w, start, &["her", "this", "that"]) {
            return None;
        }
    }
    // "what he called a “con artist”", "a move called the boneless": with no object before
    // it, the phrase after the cue is a name or a predicate alone.
    let named = w.capitalized(start);
    let determiner = w.class[start] == Class::Determiner;
    if one_of(w, start, &["a", "an"]) || !(named || determiner || (w.is_word(start) && w.class[start] == Class::Other)) {
        return None;
    }
    let mut m = start + 1;
    let mut commas = 0;
    while m < end && m < start + MAX_OBJECT {
        // "the head of a company" is one phrase: after a preposition "a" opens its object; "the
        // “immoral” lie" too: a determiner needs a noun before the predicate; and "LeVell, a
        // county chairman, onto …" opens an appositive after the first comma.
        let appositive = commas == 1 && w.punct(m - 1, ",");
        if predicate_opens(w, q, m, end) && w.class[m - 1] != Class::Preposition && !(determiner && m == start + 1) && !appositive {
            return Some(m);
        }
        // A cue word inside the phrase is a noun ("the demand for …"), not a verb.
        let noun = |m: usize| w.verb[m].is_none() || w.noun[m].is_some() || w.class[m - 1] == Class::Determiner;
        let ok = if w.punct(m, ",") {
            named && commas < 2 && q.inside[m] == NONE
        } else {
            match w.class[m] {
                Class::Other => (w.is_word(m) && noun(m)) || w.possessive(m),
                Class::Determiner | Class::Adverb => true,
                // "called him at home a day later": a circumstance, unless inside an appositive.
                Class::Preposition => !w.is(m, "to") && (commas == 1 || !one_of(w, m, &["on", "in", "at"])),
                Class::Clause => w.is(m, "and"),
                _ => false,
            }
        };
        if !ok || w.kind(m) == TokenKind::Quote {
            return None;
        }
        if w.punct(m, ",") {
            commas += 1;
        }
        m += 1;
    }
    None
}

/// The comma that closes a parenthetical opened by the comma at `c` ("him, among other
/// things, “a failed candidate”"); the token after it.
fn parenthetical_end(w: &Words, c: usize, end: usize) -> Option<usize> {
    let close = (c + 2..end.min(c + 6)).find(|&m| w.punct(m, ","))?;
    let plain = (c + 1..close).all(|m| w.is_word(m) && w.verb[m].is_none() && !matches!(w.class[m], Class::That | Class::Relative | Class::SubjectPronoun));
    (plain && w.class[c + 1] == Class::Preposition).then_some(close + 1)
}

/// Longest object before a quoted predicate, in tokens.
const MAX_QUOTED_OBJECT: usize = 30;

/// "called the assault that killed five officers “an attack on our country”", "called what she
/// saw ''terrible''": a longer object (relative or participle clauses inside) before a short
/// quotation that closes the clause is the predicate. The object starts at `start`; where the
/// quotation opens. No comma, colon, semicolon, full stop, infinitive or other report may stand
/// in the object.
pub fn quoted_predicate_start(w: &Words, q: &Quotes, start: usize, end: usize) -> Option<usize> {
    if start + 2 >= end || q.inside[start] != NONE || one_of(w, start, &["a", "an"]) || !w.is_word(start) {
        return None;
    }
    for m in start + 1..end.min(start + MAX_QUOTED_OBJECT) {
        if let Some(c) = q.opens_at(m) {
            let short = c.closed && c.last <= m + 12 && c.last > m + 1;
            let closes_clause = c.last + 1 >= end || w.is_break(c.last + 1) || one_of(w, c.last + 1, &["and", "but", "because", "for", "since", "as"]);
            return (short && closes_clause && m > start + 1).then_some(m);
        }
        let report = w.verb[m].is_some_and(|v| v.flags & WEAK == 0 && !v.gerund);
        if w.is_break(m) || w.kind(m) == TokenKind::Quote || report || (w.is(m, "to") && w.is_word(m + 1) && !w.capitalized(m + 1) && w.class[m + 1] == Class::Other) {
            return None;
        }
    }
    None
}