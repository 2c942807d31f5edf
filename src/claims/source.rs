//! Finding the source noun phrase of a cue: to its left ("the minister said"), behind a
//! relative pronoun ("those who insist"), with an appositive ("Hanna Malyar, the deputy
//! minister …, said"), or to its right ("…,” said the minister).
//!
//! Without a parser, a noun phrase is a bounded run of words that are not closed-class clause
//! words; determiners end it unless a preposition keeps it going ("the head of the ministry").

use super::lexicon::{lists, Class};
use super::words::Words;

/// Longest source phrase considered, in tokens.
const MAX_NP: usize = 14;

/// Start of the noun phrase that ends just before `end` (exclusive); `end` when there is none.
pub fn np_left(w: &Words, first: usize, end: usize) -> usize {
    let mut j = end;
    while j > first && end - j < MAX_NP {
        let k = j - 1;
        // "Mike Pence (R-IN)": a bracketed label of a few plain tokens belongs to the name.
        if w.punct(k, ")") && j == end {
            if let Some(o) = (first.max(k.saturating_sub(6))..k).rev().find(|&o| w.punct(o, "(")) {
                if o > first && o + 1 < k && (o + 1..k).all(|m| w.is_word(m) || matches!(w.text(m), "-" | "." | ",")) && w.capitalized(o - 1) {
                    j = o;
                    continue;
                }
            }
        }
        let ok = match w.class[k] {
            // "many voters say Mrs. Lee's …": a present-tense reporting verb ends the phrase.
            Class::Other => (w.is_word(k) || glue(w, k) || list_comma(w, first, k, j, end)) && !present_cue(w, k),
            Class::Determiner if name_determiner(w, first, k) && j < end && w.capitalized(j) => true,
            Class::Preposition if j == end && name_preposition(w, first, k, end) => true,
            Class::Determiner => {
                // Keep going only through a preposition: "the head of the ministry".
                j = k;
                if k > first && w.class[k - 1] == Class::Preposition && k - 1 > first && (w.class[k - 2] == Class::Other || close_to(w, k - 2)) {
                    j = k - 1;
                    continue;
                }
                break;
            }
            Class::Preposition => {
                (w.is(k, "at") && w.is(k + 1, "least"))
                    || (k > first && j < end && matches!(w.class[k - 1], Class::Other) && (w.is_word(k - 1) || w.text(k - 1) == "%"))
                    || (k > first + 1 && j < end && close_to(w, k - 1) && w.class[k - 2] == Class::Other && w.is_word(k - 2))
            }
            Class::Clause => {
                // "Putin and Medvedev said": a coordination of names; "about half of voters".
                (w.is(k, "and") && k > first && w.capitalized(k - 1) && j < end && w.capitalized(j))
                    || (w.is(k, "about") && j < end && quantity(w, j))
                    || (w.is(k, "than") && k > first && matches!(w.lower(k - 1).as_str(), "more" | "fewer" | "less"))
            }
            // "Bernie Sanders (I-Vt.) said": the party label of a name.
            Class::SubjectPronoun => w.text(k) == "I" && k > first && w.punct(k - 1, "(") && w.punct(k + 1, "-"),
            // "nearly half", "almost 40 percent".
            Class::Adverb => j < end && quantity(w, j) && matches!(w.lower(k).as_str(), "nearly" | "almost" | "roughly" | "approximately"),
            _ => false,
        };
        if !ok {
            break;
        }
        j = k;
    }
    // A phrase never starts with a preposition, a glue symbol or a year ("in 2017 Putin said").
    let at_least = |j: usize| w.is(j, "at") && w.is(j + 1, "least");
    while j < end && ((w.class[j] == Class::Preposition && !at_least(j)) || glue(w, j) || is_year(w, j)) {
        j += 1;
    }
    // "…, turned to the city police, which reported …": a past tense before a preposition or
    // determiner is a verb, not the start of the phrase (a passive's participle, "is supported
    // by", is left to the caller).
    let passive = j > first && matches!(w.class[j - 1], Class::Be | Class::Aux | Class::Adverb);
    if !passive && j + 2 < end && !w.capitalized(j) && w.text(j).len() > 4 && w.text(j).ends_with("ed") && w.class[j] == Class::Other && matches!(w.class[j + 1], Class::Preposition | Class::Determiner) {
        j += 1;
        if w.class[j] == Class::Preposition {
            j += 1;
        }
    }
    j
}

/// "said Al From, who …": a capitalised preposition after a capitalised word, with no
/// capitalised word after it, ends a name (a surname) rather than opening a phrase. (In a
/// title-case headline the next word is capitalised too.)
pub(super) fn name_preposition(w: &Words, first: usize, k: usize, end: usize) -> bool {
    // (The next token, even past `end`, is asked: "Votes To Condemn" is a headline's.)
    let next_plain = k + 1 < w.class.len() && !w.capitalized(k + 1) && !w.punct(k + 1, ":");
    let _ = end;
    k > first && w.capitalized(k) && w.capitalized(k - 1) && !w.line_start(k) && next_plain
}

/// A capitalised determiner inside a name after a capitalised word ("CBS This Morning").
fn name_determiner(w: &Words, first: usize, k: usize) -> bool {
    k > first && w.capitalized(k) && w.capitalized(k - 1) && !w.line_start(k) && !w.punct(k - 1, ".")
}

/// "close to", "familiar with" at `k`: an adjective with its preposition inside a source phrase
/// ("people close to the mayor", "an official familiar with the plan").
fn close_to(w: &Words, k: usize) -> bool {
    (w.is(k, "close") && w.is(k + 1, "to")) || (w.is(k, "familiar") && w.is(k + 1, "with"))
}

/// The comma at `k` joins names in a list inside the phrase's prepositional phrase ("voters in
/// Ohio, Texas and Utah"), the list closed by "and" before `end`.
fn list_comma(w: &Words, first: usize, k: usize, j: usize, end: usize) -> bool {
    if !(w.punct(k, ",") && k > first + 2 && w.capitalized(k - 1) && j < end && w.capitalized(j) && (j..end).any(|m| w.is(m, "and"))) {
        return false;
    }
    let mut m = k - 1;
    while m > first && (w.capitalized(m) || w.punct(m, ",")) {
        m -= 1;
    }
    m > first && w.class[m] == Class::Preposition && w.class[m - 1] == Class::Other && w.is_word(m - 1)
}

/// A lower-case present-tense reporting verb that is no noun ("say", "argues", not "claims").
fn present_cue(w: &Words, k: usize) -> bool {
    use super::lexicon::{noun_verb_ambiguous, CLAUSE, WEAK};
    w.verb[k].is_some_and(|c| !c.past && !c.gerund && c.flags & (WEAK | CLAUSE) == CLAUSE && !noun_verb_ambiguous(c.lemma)) && !w.capitalized(k)
}

fn is_year(w: &Words, k: usize) -> bool {
    let t = w.text(k);
    w.kind(k) == crate::segment::TokenKind::Number && t.len() == 4 && (t.starts_with("19") || t.starts_with("20"))
}

/// A number or a fraction word starts the phrase at `j`.
fn quantity(w: &Words, j: usize) -> bool {
    w.kind(j) == crate::segment::TokenKind::Number
        || matches!(w.lower(j).as_str(), "half" | "a" | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "twice")
}

/// Symbols that can sit inside a name: hyphens, ampersands, brackets, possessives; and the
/// percent sign of a share of respondents ("42% say …", "42% of voters said …").
fn glue(w: &Words, k: usize) -> bool {
    w.possessive(k) || matches!(w.text(k), "-" | "&" | "(" | ")" | "." | "/") || w.plural_possessive(k) || (w.text(k) == "%" && k > 0 && w.kind(k - 1) == crate::segment::TokenKind::Number)
}

/// The dot of a title abbreviation or a middle initial before a name ("Mr. Smith", "Gov.
/// Hale", "John D. Podesta").
pub(super) fn title_dot(w: &Words, j: usize, end: usize) -> bool {
    let initial = w.text(j - 1).len() == 1 && w.capitalized(j - 1) && j >= 2 && w.capitalized(j - 2);
    j + 1 < end
        && w.capitalized(j + 1)
        && (initial || matches!(
            w.text(j - 1),
            "Mr" | "Mrs" | "Ms" | "Dr" | "Gov" | "Sen" | "Rep" | "Gen" | "Lt" | "Col" | "Sgt" | "Capt" | "Prof" | "Rev" | "St" | "Adm" | "Maj" | "Cmdr" | "Supt" | "Det"
        ))
}

/// End (exclusive) of the noun phrase that starts at `start`; `start` when there is none.
pub fn np_right(w: &Words, start: usize, end: usize) -> usize {
    let mut j = start;
    while j < end && j - start < MAX_NP {
        let ok = match w.class[j] {
            Class::Other => w.is_word(j) || (j > start && glue(w, j) && (!w.punct(j, ".") || title_dot(w, j, end))),
            // "the most recent data": a superlative's "most" inside the phrase.
            Class::Determiner => j == start || w.class[j - 1] == Class::Preposition || (w.is(j, "most") && w.is(j - 1, "the")),
            // "a source close to the campaign", "one official familiar with the talks".
            Class::Preposition => {
                (j > start && j + 1 < end && (matches!(w.class[j + 1], Class::Other | Class::Determiner) || (close_to(w, j) && j + 2 < end && w.class[j + 2] != Class::Preposition)))
                    || name_preposition(w, start, j, end)
            }
            // "Argumenti I Fakti": a capital "I" between capitalised words is part of a name.
            Class::SubjectPronoun if j > start && w.text(j) == "I" && w.capitalized(j - 1) && j + 1 < end && w.capitalized(j + 1) => true,
            Class::SubjectPronoun | Class::ObjectPronoun => j == start,
            _ => false,
        };
        if !ok {
            break;
        }
        j += 1;
    }
    while j > start && (w.class[j - 1] == Class::Preposition || w.class[j - 1] == Class::Determiner) && !name_preposition(w, start, j - 1, end) {
        j -= 1;
    }
    j
}

/// The source to the left of a cue whose subject area ends at `end`: `(start, end)` tokens.
pub fn left_source(w: &Words, first: usize, end: usize) -> Option<(usize, usize)> {
    if end <= first {
        return None;
    }
    let k = end - 1;
    // "many of whom say", "those close to him say", "some of them said", "a source close to
    // him said": a partitive or prepositional phrase ending in a pronoun, opened by a determiner.
    if (w.class[k] == Class::ObjectPronoun || w.is(k, "whom")) && k > first + 1 && w.class[k - 1] == Class::Preposition {
        if let Some(d) = (first.max(k.saturating_sub(4))..k - 1).find(|&d| w.class[d] == Class::Determiner) {
            return Some((d, end));
        }
    }
    // "who in 2010 said": a year between a relative pronoun and its verb.
    if k > first + 1 && is_year(w, k) && w.class[k - 1] == Class::Preposition && w.class[k - 2] == Class::Relative {
        return left_source(w, first, k - 1);
    }
    match w.class[k] {
        Class::SubjectPronoun => return Some((k, end)),
        Class::Relative | Class::That => {
            // "those who insist", "the politician, who assured": the antecedent.
            let mut e = k;
            if e > first && w.punct(e - 1, ",") {
                e -= 1;
            }
            let mut s = np_left(w, first, e);
            // "…,” said Ann Lee, who added …": the antecedent is the name, not the cue before it.
            // "…,” said one official familiar with …, who added …" too.
            if s + 1 < e && w.verb[s].is_some() && (w.capitalized(s + 1) || w.class[s + 1] == Class::Determiner || w.is(s + 1, "one")) && !w.capitalized(s) {
                s += 1;
            }
            return (s < e).then_some((s, e));
        }
        _ => {}
    }
    if w.punct(k, ",") || w.punct(k, "–") || w.punct(k, "—") {
        // "The Ministry of Defence, which revealed …, explained": the antecedent of a
        // non-restrictive relative clause.
        let mut r = k;
        while r > first + 1 && k - r < 40 {
            r -= 1;
            let relative = w.class[r] == Class::Relative || w.is(r, "whose");
            if relative && (w.punct(r - 1, ",") || w.punct(r - 1, "–") || w.punct(r - 1, "—")) {
                let s = np_left(w, first, r - 1);
                if s < r - 1 {
                    return Some((s, r - 1));
                }
                break;
            }
            // "Chris Murphy, who campaigned with Mrs. Lee, said": a title's dot ends nothing.
            if (w.punct(r, ".") && !title_dot(w, r, k)) || (w.kind(r) == crate::segment::TokenKind::Quote && !w.plural_possessive(r)) {
                break;
            }
        }
    }
    if w.punct(k, ",") || w.punct(k, "–") || w.punct(k, "—") {
        // "Hanna Malyar, the deputy minister of defence, said": name plus appositive;
        // "Dmitry Rogozhin – Russia's installed senator in … – warned": the same with dashes.
        let dash = !w.punct(k, ",");
        let mut a = np_left(w, first, k);
        // ", for its part,": the phrase may open with a preposition.
        if a < k && a > first + 1 && w.class[a - 1] == Class::Preposition && w.punct(a - 2, ",") {
            a -= 1;
        }
        // A dashed appositive may hold quotation marks and prepositions: find its opening dash.
        if dash {
            if let Some(d) = (first.max(k.saturating_sub(25))..k).rev().find(|&d| w.punct(d, w.text(k))) {
                a = d + 1;
            }
        }
        let opener = |i: usize| if dash { w.punct(i, w.text(k)) } else { w.punct(i, ",") };
        // "Kostnyantyn Vasylkevich, a surgeon and the center's coordinator, told": an appositive
        // with a coordination; find its opening comma over plain words.
        if !dash && (a <= first || !opener(a - 1)) {
            let mut c = k;
            while c > first && k - c < 25 {
                c -= 1;
                if w.punct(c, ",") {
                    break;
                }
                // A cue word with a noun reading may sit in it ("director of state campaigns").
                let nounish = w.verb[c].map_or(true, |v| super::lexicon::noun_verb_ambiguous(v.lemma) && !v.past && !v.gerund);
                // "a talk show host", "the think tank Third Way": a cue word inside a compound noun.
                let compound = |c: usize| c > first && w.is_word(c - 1) && w.class[c - 1] == Class::Other && w.is_word(c + 1) && w.class[c + 1] == Class::Other && !w.capitalized(c);
                let plain = w.is_word(c) && (nounish || w.noun[c].is_some() || compound(c)) && matches!(w.class[c], Class::Other | Class::Determiner | Class::Preposition)
                    || w.is(c, "and")
                    // "the center-left group", "a black-owned station".
                    || (w.punct(c, "-") && c > first && w.is_word(c - 1) && w.is_word(c + 1))
                    || w.possessive(c);
                if !plain {
                    c = k;
                    break;
                }
            }
            if c < k && c > first && w.punct(c, ",") {
                a = c + 1;
            }
        }
        if a < k && a > first && opener(a - 1) {
            let s = np_left(w, first, a - 1);
            // "Russia, for its part, said", "Lee, speaking to reporters, said": a circumstance
            // between commas is no appositive; the source is the phrase before it.
            let circumstance = !dash && !w.is(a, "including") && (w.class[a] == Class::Preposition || (!w.capitalized(a) && w.class[a] == Class::Other && w.text(a).ends_with("ing")));
            // "Johnnie Lee, of Springfield, Va., said": a hometown after the name is part of the
            // phrase, and the name stands before it.
            if !dash && s > first + 1 && s < a - 1 && w.is(s - 1, "of") && w.punct(s - 2, ",") && w.capitalized(s) {
                let name = np_left(w, first, s - 2);
                if name < s - 2 && w.capitalized(name) {
                    return Some((name, k));
                }
            }
            if s < a - 1 {
                return Some((s, if circumstance { a - 1 } else { k }));
            }
        }
        return None;
    }
    let s = np_left(w, first, end);
    // "Wells Fargo this month announced", "The council on Friday voted": a time phrase between
    // subject and verb is no source; the subject stands before it.
    if let Some(t) = (end.saturating_sub(2).max(s)..end).find(|&t| is_time_phrase(w, t, end)) {
        let mut e = t;
        if e > s && w.class[e - 1] == Class::Preposition {
            e -= 1;
        }
        // "Wells Fargo just this month announced": adverbs before the time phrase.
        while e > first && e <= s && w.class[e - 1] == Class::Adverb {
            e -= 1;
        }
        let a = if e > s { s } else { np_left(w, first, e) };
        if a < e {
            return Some((a, e));
        }
        // "Lee, whose views …, last year proposed": the subject stands before the appositive.
        if e > first && e < end && w.punct(e - 1, ",") {
            return left_source(w, first, e);
        }
    }
    // "The head of the territories who is supported by Moscow said": the whole phrase, from the
    // antecedent of the relative clause.
    if s > first + 1 && matches!(w.class[s - 1], Class::Be | Class::Aux) {
        if let Some(r) = (first.max(s.saturating_sub(4))..s - 1).rev().find(|&r| w.class[r] == Class::Relative) {
            let a = np_left(w, first, r);
            if a < r {
                return Some((a, end));
            }
        }
    }
    let s = coordinated_names_before(w, first, s, end);
    (s < end).then_some((s, end))
}

/// "RT and its defenders say", "The United States, Britain and France support": names that open
/// the sentence, coordinated with the phrase starting at `s`, belong to the source (GUIDELINES
/// §4: one source phrase, one attribution per named source in roll-up). Returns the new start.
fn coordinated_names_before(w: &Words, first: usize, s: usize, end: usize) -> usize {
    let st = super::content::skip_connectives(w, first, s);
    // Only at the start of a sentence or clause (callers also probe the middle of a content).
    let opens = st == 0 || w.line_start(st) || w.is_break(st - 1) || w.kind(st - 1) == crate::segment::TokenKind::Quote || (st == first && first > 0 && w.punct(first - 1, "."));
    if s < st + 2 || s >= end || !opens {
        return s;
    }
    let joined = w.is(s - 1, "and") || w.is(s - 1, "or");
    let listed = w.punct(s - 1, ",") && (s..end).any(|k| w.is(k, "and"));
    if !joined && !listed {
        return s;
    }
    // The conjuncts before are names: capitalised words (a leading "the"), dots of titles and
    // commas of a list; no clause word or preposition.
    let name_part = |k: usize| {
        (w.capitalized(k) || w.punct(k, ",") || w.punct(k, ".") || (k == st && w.is(k, "the")))
            && !matches!(w.class[k], Class::Preposition | Class::Clause | Class::Relative | Class::That | Class::SubjectPronoun)
    };
    let left = s - 1;
    if left > st && left - st <= 8 && w.capitalized(left - 1) && (st..left).all(name_part) {
        return st;
    }
    s
}

/// Words that open a time phrase ("this month", "last week").
pub(super) const TIME_OPENERS: &[&str] = &["this", "last", "next", "earlier", "later", "that"];
/// Words that name a time.
pub(super) const TIMES: &[&str] = &[
    "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "today", "yesterday", "tonight", "spring", "summer", "fall", "autumn", "winter",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// "this month", "last week", "Friday", "Tuesday night": a short phrase naming a time.
pub fn is_time_phrase(w: &Words, s: usize, end: usize) -> bool {
    let time = |k: usize| w.listed(k, lists::TIMES);
    match end - s {
        1 => time(s) && w.capitalized(s) || w.is(s, "today") || w.is(s, "yesterday"),
        2 => (w.listed(s, lists::TIME_OPENERS) || time(s)) && time(s + 1),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Doc;

    fn left(text: &str, cue: &str) -> String {
        let doc = Doc::new(text);
        let w = Words::new(&doc);
        let i = doc.tokens.iter().position(|t| t.text(text) == cue).unwrap();
        let mut k = i;
        while k > 0 && matches!(w.class[k - 1], Class::Aux | Class::Be | Class::Adverb | Class::Negation) {
            k -= 1;
        }
        match left_source(&w, 0, k) {
            Some((s, e)) => text[doc.tokens[s].start as usize..doc.tokens[e - 1].end() as usize].to_string(),
            None => String::new(),
        }
    }

    #[test]
    fn subjects_and_pronouns() {
        assert_eq!(left("The Kremlin said it was fine.", "said"), "The Kremlin");
        assert_eq!(left("\"Fine,\" she said.", "said"), "she");
        assert_eq!(left("Kremlin spokesman Dmitry Peskov has also said so.", "said"), "Kremlin spokesman Dmitry Peskov");
    }

    #[test]
    fn prepositions_keep_a_phrase_going() {
        assert_eq!(left("The head of the ministry of defence said so.", "said"), "The head of the ministry of defence");
        assert_eq!(left("In May the minister said so.", "said"), "the minister");
        assert_eq!(left("The harbour authority this month announced it.", "announced"), "The harbour authority");
        assert_eq!(left("The council on Friday voted.", "voted"), "The council");
        assert_eq!(left("The harbour authority just this month announced it.", "announced"), "The harbour authority");
    }

    #[test]
    fn appositives_and_relatives() {
        assert_eq!(
            left("Hanna Malyar, the deputy minister of defense for Ukraine, said so.", "said"),
            "Hanna Malyar, the deputy minister of defense for Ukraine"
        );
        assert_eq!(left("But those who insist are wrong.", "insist"), "those");
        assert_eq!(left("The Norwegian politician, who assured us.", "assured"), "The Norwegian politician");
    }
}
