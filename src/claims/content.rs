//! Content spans: what a cue attributes, before it ("“…,” he said"), after it ("said that …"),
//! or both (a quote split around its cue). Spans are token ranges `[start, end)`.

use super::lexicon::{lists, one_of, Class};
use super::quotes::{Quotes, NONE};
use super::words::Words;

/// Longest content followed through a quotation, in tokens: keeps a 5 MB quote linear.
pub const MAX_CONTENT: usize = 1500;

/// Discourse connectives that open a sentence but are not part of the content.
pub(super) const CONNECTIVES: &[&str] = &[
    "but", "and", "however", "meanwhile", "still", "so", "also", "yet", "moreover", "nevertheless",
    "instead", "furthermore", "additionally", "separately", "similarly", "indeed", "now", "then",
];

/// Token `i` is one of `CONNECTIVES` (a bit of its spelling's lexicon facts: this is asked at
/// the start of nearly every sentence).
fn connective(w: &Words, i: usize) -> bool {
    w.listed(i, lists::CONNECTIVES)
}

/// First token of a sentence's content, after connectives ("But", "Meanwhile,").
pub fn skip_connectives(w: &Words, mut a: usize, end: usize) -> usize {
    a = skip_dateline(w, a, end);
    while a < end && connective(w, a) {
        a += 1;
        if a < end && w.punct(a, ",") {
            a += 1;
        }
    }
    a
}

/// A dateline opening a line ("WASHINGTON —", "PARIS, Dec. 11 (AP) -"): a place in capitals,
/// then a dash within a few tokens. Returns the first token after it, or `a`.
fn skip_dateline(w: &Words, a: usize, end: usize) -> usize {
    // (The line start first: the token's text is read only for a sentence that opens a line.)
    let caps = a < end && w.line_start(a) && w.bytes(a).is_some_and(|t| t.len() >= 3 && t.iter().all(u8::is_ascii_uppercase));
    if !caps {
        return a;
    }
    (a + 1..end.min(a + 12)).find(|&d| matches!(w.text(d), "—" | "–" | "-" | "--") && w.kind(d) != crate::segment::TokenKind::Word).map_or(a, |d| d + 1)
}

/// Drops punctuation at the edges of a span, keeping marks inside a quotation.
pub fn trim(w: &Words, q: &Quotes, (mut a, mut b): (usize, usize)) -> Option<(usize, usize)> {
    let edge = |i: usize| matches!(w.text(i), "," | ";" | ":" | "." | "!" | "?" | "—" | "–" | "-" | "(" | ")");
    while a < b && edge(a) && q.inside[a] == NONE {
        a += 1;
    }
    while b > a && edge(b - 1) && q.inside[b - 1] == NONE {
        b -= 1;
    }
    (b > a).then_some((a, b))
}

/// The spans of a quotation chain (one per paragraph segment).
pub fn chain_spans(q: &Quotes, chain: usize) -> Vec<(usize, usize)> {
    let c = &q.chains[chain];
    let mut out = Vec::new();
    let mut total = 0;
    for &(s, e) in &c.segments {
        if total >= MAX_CONTENT {
            break;
        }
        let e = e.min(s + MAX_CONTENT - total);
        total += e + 1 - s;
        out.push((s, e + 1));
    }
    out
}

/// Content after a cue: tokens from `a` to the sentence end `e`, cut at a following attribution
/// (", according to …", ", adding …"), ended early when the cue stands inside a quotation that
/// closes first, extended when a quotation opened inside it runs past the sentence.
pub fn after(w: &Words, q: &Quotes, cue: usize, a: usize, e: usize) -> Vec<(usize, usize)> {
    // ", adding that …", ", who assured …": a new attribution or a relative clause, not content.
    if a > 0 && a < e && w.punct(a - 1, ",") && (w.class[a] == Class::Relative || w.is(a, "whose") || starts_attribution(w, a)) {
        return Vec::new();
    }
    // A non-restrictive ", which …" belongs to a clause content ("said the plant closed, which
    // …") but not to a noun-phrase content ("hinting at the seizure, which …").
    let nominal = w.verb[cue].map_or(true, |c| c.flags & super::lexicon::CLAUSE == 0 || one_of(w, cue + 1, &c.particles));
    // "found that in the three counties, which …": a content that opens as a clause keeps its
    // which-clause whatever the cue.
    let clause_content = a + 1 < e && w.class[a] == Class::That && super::content_end::complementizer(w, a + 1, e);
    let mut b = e;
    let mut j = a;
    // Only break marks matter here (one flag tells; most tokens are words): the others are
    // passed in one scan.
    while let Some(next) = w.next_break(j, b.saturating_sub(1)) {
        j = next;
        // A semicolon outside quotations opens another clause.
        if w.punct(j, ";") && q.inside[j] == NONE && j > a + 2 {
            b = j;
            break;
        }
        if w.punct(j, ",") || w.punct(j, "—") || w.punct(j, "–") {
            let mut n = j + 1;
            // ", even suggesting …": adverbs before a following cue.
            while n + 1 < b && w.class[n] == Class::Adverb {
                n += 1;
            }
            // ", although …", ", even though …": a concession of the writer's, not the source's.
            let concession = matches!(w.lower(j + 1).as_str(), "although" | "though" | "whereas")
                || (w.is(j + 1, "even") && w.is(j + 2, "though"));
            let relative = w.class[j + 1] == Class::Relative && j > a + 2 && ((nominal && !clause_content) || !w.is(j + 1, "which")) && !embedded_relative(w, q, j + 1, b);
            let next_attrib = starts_attribution(w, n) || next_subjects_cue(w, q, a, j, n) || concession || parenthetical_attribution(w, q, j + 1, b) || relative;
            // Keep at least a few words: "indicated that, according to …" attributes what follows.
            if next_attrib && j > a + 1 {
                b = j;
                break;
            }
        }
        j += 1;
    }
    b = cut_coordinated(w, q, a, b);
    b = cut_trailing_circumstance(w, q, a, b);
    b = cut_as_attribution(w, q, a, b);
    b = super::content_end::end(w, q, cue, a, b);
    b = super::content_end::appositive_gloss(w, q, a, b);
    // A cue inside a quotation ("“I think the war …,” he said"): the content stays inside.
    let cue_chain = q.inside[cue];
    if cue_chain != NONE {
        let c = &q.chains[cue_chain as usize];
        if c.last < b && c.last >= a {
            b = c.last;
        }
    }
    // A quotation opened inside the content that runs past the sentence.
    let mut k = a;
    while k < b {
        let ci = q.inside[k];
        if ci != NONE && ci != cue_chain && q.chains[ci as usize].first == k {
            let c = &q.chains[ci as usize];
            if c.last >= b {
                let mut spans = chain_spans(q, ci as usize);
                if let Some(first) = spans.first_mut() {
                    first.0 = a;
                }
                return spans.into_iter().filter_map(|s| trim(w, q, s)).collect();
            }
            k = c.last + 1;
            continue;
        }
        k += 1;
    }
    trim(w, q, (a, b)).into_iter().collect()
}

/// Content before a cue whose source (or cue) starts at `end`: a quotation closing there (whole,
/// even when it began sentences or paragraphs earlier), or the sentence's text up to a comma.
pub fn before(w: &Words, q: &Quotes, first: usize, end: usize) -> Vec<(usize, usize)> {
    let mut pe = end;
    if pe > first && (w.punct(pe - 1, ",") || w.punct(pe - 1, "—") || w.punct(pe - 1, "–")) {
        pe -= 1;
    } else if !(pe > first && closes_quote(w, q, pe - 1)) {
        return Vec::new();
    }
    if pe > first && closes_quote(w, q, pe - 1) {
        let ci = q.inside[pe - 1] as usize;
        let c = &q.chains[ci];
        let start = skip_connectives(w, first, end);
        // "He praised his brother's faith - “faith that shows,” he said": a quotation set off by
        // a dash is what was said; the writer's clause before the dash is not.
        let after_dash = c.first > start && w.spaced_dash(c.first - 1);
        if c.first <= start || c.first < first || after_dash {
            return chain_spans(q, ci).into_iter().filter_map(|s| trim(w, q, s)).collect();
        }
    }
    let start = skip_connectives(w, first, pe);
    let start = last_clause_start(w, q, start, pe);
    // "…, near the stadium, which, Ann Dale said, is full on game days": a relative word right
    // before a parenthetical source is all the content there is before it.
    let relative = pe > start + 1 && pe < end && (w.class[pe - 1] == super::lexicon::Class::Relative || w.is(pe - 1, "whose"));
    let start = if relative { pe - 1 } else { start };
    trim(w, q, (start, pe)).into_iter().collect()
}

/// Where the last clause before a cue begins, inside `[start, pe)`: after a colon ("… had a
/// point: prices rose, she said"), after an unclosed bracket, or after a fronted concession
/// ("Though he trails, the senator leads in the south, according to …").
fn last_clause_start(w: &Words, q: &Quotes, start: usize, pe: usize) -> usize {
    let mut s = start;
    let concession = s < pe && (matches!(w.lower(s).as_str(), "though" | "although" | "despite") || (w.is(s, "even") && w.is(s + 1, "though")));
    if concession {
        if let Some(c) = (s + 2..pe.min(s + 30)).find(|&c| w.punct(c, ",") && q.inside[c] == NONE) {
            if c + 3 < pe {
                s = c + 1;
            }
        }
    }
    // Backwards over the last clause; a bracket closed before the cue is skipped whole.
    let mut k = pe;
    let mut closed_brackets = 0usize;
    while k > s + 1 {
        k -= 1;
        if q.inside[k] != NONE || w.kind(k) == crate::segment::TokenKind::Word {
            continue;
        }
        match w.text(k) {
            ")" => closed_brackets += 1,
            "(" if closed_brackets > 0 => closed_brackets -= 1,
            // At least three tokens must remain: "…: yes, she said" is too little to split off.
            ":" | "(" if pe - k > 3 && closed_brackets == 0 => return k + 1,
            _ => {}
        }
    }
    s
}

/// Token `i` is the closing mark of a quotation.
pub fn closes_quote(w: &Words, q: &Quotes, i: usize) -> bool {
    let ci = q.inside[i];
    ci != NONE && q.chains[ci as usize].last == i && q.chains[ci as usize].closed && w.kind(i) == crate::segment::TokenKind::Quote
}

/// Skips an addressee or circumstance between a cue and its content: returns the content start.
/// "told reporters that …" → at "that"; "said on Tuesday that …" → at "that"; "told him the …".
pub fn skip_to_content(w: &Words, a: usize, e: usize, addressee: bool) -> usize {
    // A complementizer "that" a few words on, with no clause break before it; after an
    // addressee, or a circumstance ("said on Tuesday", "says at a stop in Toledo, Ohio, that");
    // otherwise a "that" after words is a relative ("called for dresses that showed …").
    let circumstance = a < e
        && (matches!(w.class[a], Class::Preposition | Class::Adverb | Class::Clause) || w.capitalized(a) || w.is(a, "this") || w.is(a, "last") || w.is(a, "via") || w.is(a, "through"));
    if !addressee && !circumstance {
        return a;
    }
    let mut j = a;
    while j < e && j < a + 16 {
        if w.class[j] == Class::That {
            if j == a || !w.is_break(j - 1) || (circumstance && w.punct(j - 1, ",")) {
                return j;
            }
            break;
        }
        if circumstance && w.punct(j, ",") && j > a {
            j += 1;
            continue;
        }
        let joins = matches!(w.text(j), "and" | "but" | "or" | "because" | "if" | "as" | "while" | "when");
        // A finite verb or a subject means the content has already begun.
        let clause = matches!(w.class[j], Class::Aux | Class::Be | Class::SubjectPronoun | Class::Relative | Class::Negation);
        // "said in an email that": after a determiner or preposition a cue word is a noun.
        let noun = j > a && (matches!(w.class[j - 1], Class::Determiner | Class::Preposition) || w.is(j - 1, "via"));
        // "said in an interview with the Boston Post that": a capitalised cue word after a
        // capitalised word ends a name (not "the Islamic State group that", where the "that"
        // after a common noun is a relative).
        let common_next = j + 1 < e && w.is_word(j + 1) && !w.capitalized(j + 1) && w.class[j + 1] == Class::Other;
        let noun = noun || (j > a && w.capitalized(j) && w.capitalized(j - 1) && !common_next);
        // "warned Pyongyang to refrain from actions that would …": after an addressee, an
        // infinitive is the content, and a "that" after it a relative.
        let infinitive = addressee && j > a && w.is(j, "to");
        if w.is_break(j) || w.kind(j) == crate::segment::TokenKind::Quote || (w.verb[j].is_some() && !noun) || joins || clause || infinitive {
            break;
        }
        j += 1;
    }
    if addressee && a < e {
        if w.class[a] == Class::ObjectPronoun {
            return a + 1;
        }
        if w.capitalized(a) || w.is(a, "reporters") || w.is(a, "journalists") || w.class[a] == Class::Determiner || w.class[a] == Class::Other {
            // "asked the delegates to approve …": the addressee ends at the infinitive's "to".
            if let Some(t) = (a + 1..(a + 6).min(e)).find(|&t| w.is(t, "to")) {
                if (a..t).all(|m| matches!(w.class[m], Class::Determiner | Class::Other) && w.is_word(m)) {
                    return t;
                }
            }
            // "told investigators in July she was …": an addressee, perhaps a circumstance, then
            // the content's own subject pronoun.
            // ("told reporters she’d …": the pronoun may carry its auxiliary.)
            let pronoun = (a + 1..(a + 7).min(e)).find(|&p| (w.class[p] == Class::SubjectPronoun && !w.is(p, "it") && !w.is(p, "you")) || w.pronoun_clitic(p).is_some());
            if let Some(p) = pronoun.filter(|&p| (a..p).all(|m| w.is_word(m) && w.verb[m].is_none() && matches!(w.class[m], Class::Other | Class::Preposition | Class::Determiner))) {
                return p;
            }
            if !(w.capitalized(a) || w.is(a, "reporters") || w.is(a, "journalists") || w.class[a] == Class::Determiner) {
                return a;
            }
            let n = super::source::np_right(w, a, e);
            // "told a news conference.": the addressee is all there is; so it is in "told
            // POLITICO earlier this week.", where only the time of the telling follows.
            const WHEN: &[&str] = &["earlier", "later", "last", "this", "on", "late", "early", "week", "month", "year", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "."];
            if n > a && (n >= e || w.punct(n, ".") || (n..e).all(|m| one_of(w, m, WHEN))) {
                return e;
            }
            // Only when something clause-like follows the addressee.
            if n > a && n < e && matches!(w.class[n], Class::Determiner | Class::SubjectPronoun | Class::That | Class::Preposition) {
                return n;
            }
            if n > a && n < e && (w.punct(n, ":") || w.kind(n) == crate::segment::TokenKind::Quote || w.punct(n, ",")) {
                return n;
            }
        }
    }
    a
}

/// ", according to …" or ", adding …" starts at `n`.
fn starts_attribution(w: &Words, n: usize) -> bool {
    (w.is(n, "according") && w.is(n + 1, "to"))
        || w.verb[n].is_some_and(|c| c.gerund && c.flags & super::lexicon::WEAK == 0)
        // ", explained that …": a second verb of the same subject.
        || (w.verb[n].is_some_and(|c| c.past && c.flags & super::lexicon::WEAK == 0) && w.class.get(n + 1) == Some(&Class::That))
}

/// "…, the race will be tight, said Ann Lee, …", "…, a group of party leaders, supported the
/// bill": after the comma at `j`, a past-tense reporting verb with its own object or name is
/// another clause's verb (an inverted source, or the predicate of a subject the content ran
/// into). Not when the comma closes an aside after a subject pronoun ("and he, once again,
/// pledged a …": the content's own clause goes on).
fn next_subjects_cue(w: &Words, q: &Quotes, a: usize, j: usize, n: usize) -> bool {
    let cue = w.verb[n].is_some_and(|c| c.past && !c.gerund && c.flags & super::lexicon::WEAK == 0) && !w.capitalized(n);
    if !cue || n + 1 >= w.class.len() || !(w.capitalized(n + 1) || w.class[n + 1] == Class::Determiner) {
        return false;
    }
    let aside_after_pronoun = (a + 1..j).rev().find(|&p| w.is_break(p) && q.inside[p] == NONE).is_some_and(|p| w.class[p - 1] == Class::SubjectPronoun);
    !aside_after_pronoun
}

/// "said A and France announced B", "admitted A, but the anchor insisted B": a coordinated
/// clause with its own subject and cue ends the content before the conjunction.
pub(super) fn cut_coordinated(w: &Words, q: &Quotes, a: usize, b: usize) -> usize {
    let mut j = a + 1;
    while j < b {
        // (The class first: the four words are clause words, and most tokens are not.)
        let joins = (w.class[j] == Class::Clause && matches!(w.lower(j).as_str(), "and" | "but" | "while" | "whereas"))
            || (w.is_break(j) && w.punct(j, ";"));
        if joins && j > a + 2 && q.inside[j] == NONE {
            // "… and criticized the plan": a second report of the same subject.
            let mut v = j + 1;
            while v < b && w.class[v] == Class::Adverb {
                v += 1;
            }
            // "… but has said …", "… and has repeatedly insisted …": the same with an auxiliary.
            let mut x = v;
            while x < b && x < v + 3 && matches!(w.class[x], Class::Aux | Class::Adverb | Class::Negation) {
                x += 1;
            }
            let perfect = x > v && w.class[v] == Class::Aux && x < b && w.verb[x].is_some_and(|c| c.past && !c.gerund && c.flags & super::lexicon::WEAK == 0);
            if perfect || v < b && w.verb[v].is_some_and(|c| c.past && !c.gerund && c.flags & super::lexicon::WEAK == 0) {
                return if w.punct(j - 1, ",") { j - 1 } else { j };
            }
            // "… and says he will …", "…, but offered no proof": a second verb of the same subject,
            // a present-tense report, or after a comma a past tense.
            let andbut = matches!(w.lower(j).as_str(), "and" | "but");
            if andbut && v < b && q.inside[v] == NONE {
                let past = w.kind(v) == crate::segment::TokenKind::Word && !w.capitalized(v) && w.text(v).len() > 4 && w.text(v).ends_with("ed") && w.class[v] == Class::Other;
                // "… and protests demand …": a plural noun, when a verb follows it.
                let verb_next = v + 1 < b && (w.verb[v + 1].is_some() || matches!(w.class[v + 1], Class::Aux | Class::Be));
                let reports = !verb_next && w.verb[v].is_some_and(|c| !c.gerund && !c.past && w.text(v).ends_with('s') && c.flags & super::lexicon::WEAK == 0);
                // ", but he gave no date": a new clause of the writer's about the source.
                let pronoun = w.punct(j - 1, ",") && w.class[v] == Class::SubjectPronoun && !w.is(v, "you");
                if reports || (past && w.punct(j - 1, ",")) || pronoun {
                    return if w.punct(j - 1, ",") { j - 1 } else { j };
                }
            }
            // ", and Ana Ruiz is …", ", but they will …", ", and the downgrade is …": a new clause
            // with its own subject.
            // (", while crude treatment is …" keeps going: a contrast inside what was reported.)
            let np_start = andbut && j + 1 < b && matches!(w.class[j + 1], Class::Determiner | Class::Other) && w.is_word(j + 1);
            if j > a && w.punct(j - 1, ",") && j + 1 < b && (w.capitalized(j + 1) || w.class[j + 1] == Class::SubjectPronoun || np_start) {
                let se = super::source::np_right(w, j + 1, b);
                if se > j + 1 && se < b && matches!(w.class[se], Class::Aux | Class::Be) {
                    return j - 1;
                }
            }
            // ", and Dan Ruiz, the agency's adviser, said …": a name, its appositive, then a cue.
            if w.punct(j - 1, ",") && named_subject_with_appositive(w, q, j + 1, b) {
                return j - 1;
            }
            // A subject phrase then a strong verb cue within a few words.
            let mut k = j + 1;
            while k < b && k < j + 8 {
                // "… and help families in a state …": after a determiner the word is a noun.
                // "… and his campaign comment was …": a cue word before a finite verb is its subject.
                let noun_reading = (k > j + 1 && (w.class[k - 1] == Class::Determiner || w.possessive(k - 1)))
                    || (k + 1 < b && matches!(w.class[k + 1], Class::Be | Class::Aux));
                if let Some(c) = w.verb[k].filter(|c| !c.gerund && !noun_reading) {
                    let mut s = k;
                    while s > j + 1 && matches!(w.class[s - 1], Class::Aux | Class::Be | Class::Adverb | Class::Negation) {
                        s -= 1;
                    }
                    let subject = super::source::left_source(w, j + 1, s)
                        .filter(|&(st, _)| st == j + 1 || (st == j + 2 && w.class[j + 1] == Class::Adverb));
                    // "… and he feels …" keeps going: a weak cue of a pronoun continues the content.
                    let pronoun_weak = subject.is_some_and(|(st, en)| en == st + 1 && w.class[st] == Class::SubjectPronoun)
                        && c.flags & super::lexicon::WEAK != 0;
                    if subject.is_some() && !pronoun_weak {
                        // "… but many firms and banks have found …": the new clause opens at "but".
                        let j = match coordinated_subject(w, a, j, s) {
                            Some(but) if w.is(but, "but") => but,
                            Some(_) => break,
                            None => j,
                        };
                        let cut = if j > a && w.punct(j - 1, ",") { j - 1 } else { j };
                        return cut;
                    }
                    break;
                }
                if w.is_break(k) || w.class[k] == Class::That {
                    break;
                }
                k += 1;
            }
        }
        j += 1;
    }
    b
}

/// At `n`, a capitalised name, a comma, an appositive of plain words (no verb, quotation or
/// break) and a comma, then a finite reporting verb that is not weak ("Dan Ruiz, the agency's
/// climate adviser, said …"): a clause with its own source.
fn named_subject_with_appositive(w: &Words, q: &Quotes, n: usize, b: usize) -> bool {
    if n >= b || !w.capitalized(n) || q.inside[n] != NONE {
        return false;
    }
    let name_end = super::source::np_right(w, n, b);
    if name_end <= n || name_end >= b || !w.punct(name_end, ",") || !(n..name_end).all(|m| w.capitalized(m) || !w.is_word(m)) {
        return false;
    }
    let Some(c) = (name_end + 2..w.class.len().min(name_end + 16)).find(|&m| w.is_break(m) || q.inside[m] != NONE || w.verb[m].is_some()) else { return false };
    let plain = (name_end + 1..c).all(|m| !matches!(w.class[m], Class::Aux | Class::Be | Class::SubjectPronoun | Class::That | Class::Relative | Class::Negation));
    // (The content may already end at that comma: the verb is looked for past it.)
    let end = w.class.len();
    let mut v = c + 1;
    while v < end && w.class[v] == Class::Adverb {
        v += 1;
    }
    plain && w.punct(c, ",") && q.inside[c] == NONE && v < end && w.verb[v].is_some_and(|cue| !cue.gerund && (cue.past || w.text(v).ends_with('s')) && cue.flags & super::lexicon::WEAK == 0) && !w.capitalized(v)
}

/// Longest left conjunct looked at, in tokens.
const MAX_CONJUNCT: usize = 12;

/// "… that four of his children and his wife will speak", "… but many firms and the richest
/// families have found …": the words before the "and" at `j`, back to the content's start, a
/// "that" or a "but", hold no verb: they are the first half of the next verb's subject, not a
/// clause of their own. The token the subject follows (the content's first token, "that" or
/// "but"), or `None`. A verb shows as an auxiliary, a cue, an "-ed" form or an object after a
/// plain word ("won the battle"); past the look-back limit the conjunct is taken for a clause.
/// `verb` is where the next verb's auxiliaries or cue begin.
fn coordinated_subject(w: &Words, a: usize, j: usize, verb: usize) -> Option<usize> {
    if !w.is(j, "and") || j + 1 >= w.class.len() || w.class[j + 1] == Class::Adverb {
        return None;
    }
    // "… the town lost and those who insist …": a subject with a clause of its own.
    if (j + 1..verb).any(|m| matches!(w.class[m], Class::Relative | Class::That)) {
        return None;
    }
    let lo = a.max(j.saturating_sub(MAX_CONJUNCT));
    let mut m = j;
    while m > lo {
        m -= 1;
        if w.kind(m) == crate::segment::TokenKind::Quote {
            return None;
        }
        if w.is_break(m) || matches!(w.class[m], Class::Clause | Class::That | Class::Relative) {
            let opener = w.class[m] == Class::That || w.is(m, "but");
            return (opener && opens_subject(w, m + 1, j)).then_some(m);
        }
        let object = m > lo && matches!(w.class[m], Class::Determiner | Class::ObjectPronoun) && w.class[m - 1] == Class::Other && w.is_word(m - 1);
        let verb = object
            || matches!(w.class[m], Class::Aux | Class::Be | Class::Negation)
            || w.verb[m].is_some_and(|c| !c.gerund)
            || (w.class[m] == Class::Other && w.text(m).len() > 4 && w.text(m).ends_with("ed") && !w.capitalized(m));
        if verb {
            return None;
        }
    }
    (m == a && opens_subject(w, a, j)).then_some(a)
}

/// The words `[s, j)` may open a subject: some, and not a preposition ("with both A and B").
fn opens_subject(w: &Words, s: usize, j: usize) -> bool {
    s < j && w.class[s] != Class::Preposition
}

/// Media and occasions of a speech act ("in a statement", "on Twitter").
pub(super) const MEDIA: &[&str] = &["statement", "interview", "tweet", "post", "speech", "email", "letter", "release", "conference", "briefing", "call", "op-ed", "television", "radio", "twitter", "facebook", "instagram", "telegram", "podcast", "memo", "hearing", "rally", "event"];

/// Drops a circumstance of the speech act that closes the content: "… more investment in a
/// statement on Thursday", "… the plan, in an interview", "… on Twitter".
fn cut_trailing_circumstance(w: &Words, q: &Quotes, a: usize, b: usize) -> usize {
    // Two words may stay: "said as much in an interview".
    let lo = a + 2;
    let mut k = b.saturating_sub(10).max(lo);
    while k < b {
        let prep = matches!(w.lower(k).as_str(), "in" | "on" | "at" | "during" | "via" | "through");
        if prep && q.inside[k] == NONE {
            // The phrase holds a medium or occasion word and nothing clause-like.
            let medium = (k + 1..b).any(|m| w.listed(m, lists::MEDIA));
            let plain = (k + 1..b).all(|m| w.verb[m].is_none() && !matches!(w.class[m], Class::That | Class::Relative | Class::SubjectPronoun) && q.inside[m] == NONE);
            if medium && plain {
                let cut = if w.punct(k - 1, ",") { k - 1 } else { k };
                return cut;
            }
        }
        k += 1;
    }
    b
}

/// ", a new poll shows", ", he said": a parenthetical attribution of its own after a comma at
/// `n`: a short subject phrase, a reporting verb, then the end or a break.
fn parenthetical_attribution(w: &Words, q: &Quotes, n: usize, b: usize) -> bool {
    if n >= b || q.inside[n] != NONE {
        return false;
    }
    let subject = w.capitalized(n) || matches!(w.class[n], Class::Determiner | Class::SubjectPronoun);
    if !subject {
        return false;
    }
    // The subject phrase runs to the first reporting verb, over plain words only.
    let mut m = n + 1;
    // A capitalised cue word is part of a name ("the Daily Post reported").
    while m < b && m < n + 8 && (w.verb[m].is_none() || w.capitalized(m)) {
        if !(w.is_word(m) || w.possessive(m)) || matches!(w.class[m], Class::Relative | Class::That | Class::Clause) {
            return false;
        }
        m += 1;
    }
    if m >= b {
        return false;
    }
    let Some(cue) = w.verb[m].filter(|c| !c.gerund && (c.past || w.text(m).ends_with('s'))) else { return false };
    let mut r = m + 1;
    // ", the harbour master told reporters.": an addressee may follow.
    if cue.flags & super::lexicon::ADDRESSEE != 0 {
        while r < b && r < m + 5 && (matches!(w.class[r], Class::ObjectPronoun | Class::Determiner) || w.capitalized(r) || w.is(r, "reporters") || w.is(r, "journalists")) {
            r += 1;
        }
    }
    // ", the paper reported late Thursday.": a time may close it.
    const TIME: &[&str] = &["late", "early", "earlier", "last", "this", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "afternoon", "evening", "week", "today", "yesterday"];
    let t0 = r;
    while r < b && r < t0 + 4 && one_of(w, r, TIME) {
        r += 1;
    }
    r >= b || w.is_break(r)
}

/// Longest "as"-attribution looked at, in tokens.
const MAX_AS_ATTRIBUTION: usize = 14;

/// "… whether the man had a gun, as police have said", "… a lawful source of income,” as a memo
/// put it": an "as" clause whose subject reports, closing the content, is another claim's
/// attribution, not part of this content. Where the content ends, or `b`.
fn cut_as_attribution(w: &Words, q: &Quotes, a: usize, b: usize) -> usize {
    let lo = (a + 2).max(b.saturating_sub(MAX_AS_ATTRIBUTION));
    let Some(m) = (lo..b).find(|&m| w.is(m, "as") && q.inside[m] == NONE && (w.punct(m - 1, ",") || closes_quote(w, q, m - 1))) else { return b };
    // A short subject of plain words, perhaps auxiliaries, then a reporting verb that is not
    // weak; then nothing but plain words to the end ("as the paper reported a day later").
    let Some(v) = (m + 2..b.min(m + 8)).find(|&v| w.verb[v].is_some()) else { return b };
    let subject = (m + 1..v).all(|x| w.is_word(x) && !matches!(w.class[x], Class::That | Class::Relative | Class::Clause | Class::Preposition));
    let cue = w.verb[v].is_some_and(|c| !c.gerund && c.flags & super::lexicon::WEAK == 0 && (c.past || w.text(v).ends_with('s') || w.is(v + 1, "it")));
    let tail = (v + 1..b).all(|x| (x + 1 == b && matches!(w.text(x), "." | "!")) || w.is_word(x) && q.inside[x] == NONE && w.verb[x].is_none() && !matches!(w.class[x], Class::That | Class::SubjectPronoun));
    if subject && cue && tail && m - 1 > a {
        if w.punct(m - 1, ",") { m - 1 } else { m }
    } else {
        b
    }
}

/// "… that the billionaire, who is now the nominee, would unite …": a relative clause set off by
/// commas inside the subject of the content, when the main clause's verb follows the second comma.
fn embedded_relative(w: &Words, q: &Quotes, r: usize, b: usize) -> bool {
    let Some(c) = (r + 1..b.min(r + 25)).find(|&c| w.is_break(c) && q.inside[c] == NONE) else { return false };
    c + 1 < b && w.punct(c, ",") && matches!(w.class[c + 1], Class::Aux | Class::Be | Class::Negation) && !w.is(c + 1, "having")
}
