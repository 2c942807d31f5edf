//! Claims that are not claims: a cue word used in another sense ("adding to her lead",
//! "percentage points to", "Rust Belt states"), a credit line ("Additional reporting by …"), a
//! label or a tally before a colon ("BYLINE: …", "Contributing: …", "Clinton: 547"), the
//! writer's aside to the reader ("It is worth noting that …", "Please note that …"), a fronted
//! phrase of circumstance taken for what was said ("In her post, she reminded …"), a lone
//! adverb or question word taken for it ("Mexico said enough", "it knows how"), the time of
//! saying taken for it ("the senator said as he entered the hall"), a yes-no question put to the
//! reader ("Do you support the plan?"), a noun cue heading a subject ("Health worries have …") or
//! a relative clause ("a set of rules that could …"), a written work named as what was written
//! ("wrote the letter on Monday"), an event convened ("called an emergency meeting").
//! Each test looks at a few tokens around the claim's cue.

use super::clauses::Found;
use super::lexicon::{one_of, Class};
use super::words::Words;
use crate::segment::{Doc, TokenKind};

/// The finding is not an attribution and is dropped.
pub fn is_spurious(doc: &Doc, w: &Words, f: &Found) -> bool {
    let Some(&(c, ce)) = f.cue.first() else { return false };
    compound(doc, w, c) || counted(w, c) || idiom(w, f, c) || increase_sense(w, c, ce) || byline(w, c) || noun_sense(w, f, c) || measure_points(w, c) || colon_label(w, f, c) || writers_aside(w, c) || fronted_adverbial(w, f) || lone_adverb(w, f) || circumstance_only(w, f, c) || yes_no_question(w, f) || noun_before_verb(w, f, c) || noun_before_relative(w, f, c) || written_work(w, f, c) || convene_sense(w, f, c)
}

/// "an independent-minded electorate", "establishment-backed", "value-added tax":
/// a cue word glued by a hyphen to the word before it is part of a compound adjective.
fn compound(doc: &Doc, w: &Words, c: usize) -> bool {
    // (A verb prefix keeps the verb: "de-emphasized", "re-stated", "live-tweeted"; so does
    // "self-described", a claim of its own in news usage.)
    const PREFIXES: &[&str] = &["self", "de", "re", "co", "live", "pre", "mis", "over", "under", "counter", "cross"];
    c > 1 && w.punct(c - 1, "-") && !doc.tokens[c].space_before() && !doc.tokens[c - 1].space_before() && !one_of(w, c - 2, PREFIXES)
}

/// "384 pledged delegates", "the nearly 1,600 emails that …": after a number, an "-ed" form
/// before a lower-case noun is an adjective, and a plural noun cue is counted, not a claim.
/// ("43 said the same", "4 in 10 said billionaire Trump …": "said" keeps its subject.)
fn counted(w: &Words, c: usize) -> bool {
    if c == 0 || w.kind(c - 1) != TokenKind::Number {
        return false;
    }
    let t = w.text(c);
    // (Each test asks first whether a token follows: the cue may end the text.)
    let adjective = c + 1 < w.class.len() && t.ends_with("ed") && w.verb[c].is_some_and(|v| v.past) && w.is_word(c + 1) && !w.capitalized(c + 1)
        && w.class.get(c + 1) == Some(&Class::Other) && w.verb[c + 1].is_none();
    let plural_noun = w.noun[c].is_some() && w.verb[c].is_none() && t.ends_with('s');
    adjective || plural_noun
}

/// "easier said than done", "have a say in", "a final say": "say" as a noun or in a set
/// phrase; and a content that opens with another cue ("… according to exit polls reported by
/// CNN": the report is the inner phrase's, not a claim of CNN's about it).
fn idiom(w: &Words, f: &Found, c: usize) -> bool {
    let say = w.verb[c].is_some_and(|v| v.lemma == "say");
    let said_than = say && w.is(c + 1, "than");
    let noun_say = say && w.is(c, "say") && c > 0 && one_of(w, c - 1, &["a", "an", "the", "no", "any", "their", "his", "its", "our", "your", "my", "larger", "greater", "bigger", "final", "more", "little", "real", "equal"]);
    let inner = f.content.first().is_some_and(|&(a, _)| a != c && w.is(a, "according") && w.is(a + 1, "to"));
    said_than || noun_say || inner
}

/// "adding to her delegate lead", "added to the slate": "add to" is "increase".
fn increase_sense(w: &Words, c: usize, ce: usize) -> bool {
    w.verb[c].is_some_and(|v| v.lemma == "add") && ce == c + 1 && w.is(c + 1, "to") && c + 2 < w.class.len()
        && (matches!(w.class.get(c + 2), Some(Class::Determiner)) || w.possessive(c + 2) || one_of(w, c + 2, &["his", "her", "its", "their", "our", "my", "your"]))
}

/// "(Additional reporting by …)", "Reporting by …": a credit line.
fn byline(w: &Words, c: usize) -> bool {
    (w.is(c, "reporting") || w.is(c, "writing") || w.is(c, "editing")) && w.is(c + 1, "by")
}

/// "Rust Belt states", "Coastal states swing …": "states" and "state" are reporting verbs only
/// before what they state (a "that", a colon, a quotation).
fn noun_sense(w: &Words, f: &Found, c: usize) -> bool {
    let is_state = w.verb[c].is_some_and(|v| v.lemma == "state" && !v.past && !v.gerund);
    if !is_state {
        return false;
    }
    let n = c + 1;
    let complement = n < w.class.len() && (w.class[n] == Class::That || w.punct(n, ":") || w.kind(n) == TokenKind::Quote);
    let quoted_before = f.content.first().is_some_and(|&(a, _)| a < c);
    !complement && !quoted_before
}

/// "raised its forecast by 0.1 percentage points to 1.8 percent".
fn measure_points(w: &Words, c: usize) -> bool {
    w.is(c, "points") && c > 0 && (w.is(c - 1, "percentage") || w.kind(c - 1) == TokenKind::Number || w.is(c - 1, "basis"))
}

/// "BYLINE: …", "Contributing: …", "EMAIL: …", "Clinton: 547": a label or a tally line, not a
/// speaker and what they said.
fn colon_label(w: &Words, f: &Found, c: usize) -> bool {
    if !w.punct(c, ":") {
        return false;
    }
    const LABELS: &[&str] = &["byline", "contributing", "email", "e-mail", "contact", "reporting", "editing", "written", "writer", "author", "dateline", "section", "length", "pledged", "total", "look", "boom", "watch"];
    const CHANNELS: &[&str] = &["twitter", "facebook", "instagram", "website", "web", "url", "follow", "subscribe"];
    // "Revealed: …", "Pledged: 781": a lone participle is a headline label, not a speaker.
    let label = f.source.is_some_and(|(a, b)| b == a + 1 && (one_of(w, a, LABELS) || one_of(w, a, CHANNELS) || w.verb[a].is_some_and(|v| v.past && !v.gerund)));
    let tally = f.content.len() == 1 && f.content[0].1 - f.content[0].0 <= 2 && (f.content[0].0..f.content[0].1).any(|k| w.kind(k) == TokenKind::Number);
    // "Twitter: @handle", "View full results: http://…": an address, not a statement.
    let address = f.content.first().is_some_and(|&(a, _)| w.punct(a, "@") || w.is(a, "http") || w.is(a, "https") || w.is(a, "www"));
    label || tally || address
}


/// "It is worth noting that …", "Please remember that …", "It goes without saying that …",
/// "Needless to say, …": the writer speaks to the reader; no one in the story is a source.
fn writers_aside(w: &Words, c: usize) -> bool {
    let gerund = w.verb[c].is_some_and(|v| v.gerund);
    let set_phrase = c > 1 && ((w.is(c, "saying") && w.is(c - 1, "without") && one_of(w, c - 2, &["goes", "go", "went"])) || (w.is(c, "say") && w.is(c - 1, "to") && w.is(c - 2, "needless")));
    set_phrase || (c > 0 && ((gerund && w.is(c - 1, "worth")) || w.is(c - 1, "please")))
}

/// Longest fronted phrase looked at, in tokens.
const MAX_FRONTED: usize = 6;

/// "In her post, she reminded …", "Like the senator, I believe in …": a content before the
/// source that is a short phrase opened by a preposition, with no verb or quotation, is the
/// circumstance of the sentence, not what was said.
fn fronted_adverbial(w: &Words, f: &Found) -> bool {
    let (Some((s, _)), [(a, b)]) = (f.source, f.content.as_slice()) else { return false };
    let (a, b) = (*a, *b);
    let opener = w.class[a] == Class::Preposition || one_of(w, a, &["like", "unlike"]);
    opener && b <= s && b - a <= MAX_FRONTED
        && (a..b).all(|m| w.kind(m) != TokenKind::Quote && w.verb[m].is_none() && !matches!(w.class[m], Class::Aux | Class::Be | Class::That | Class::Relative | Class::SubjectPronoun))
}

/// "Mexico said enough", "it knows how", "according to MSNBC, basically": a content of one word
/// that names nothing (an adverb, a question or clause word, a preposition) is no content.
fn lone_adverb(w: &Words, f: &Found) -> bool {
    let [(a, b)] = f.content.as_slice() else { return false };
    let a = *a;
    *b == a + 1
        && w.is_word(a)
        && (matches!(w.class[a], Class::Adverb | Class::Clause | Class::Preposition | Class::Relative | Class::Be | Class::Aux | Class::Negation)
            || one_of(w, a, &["enough", "here", "there", "more", "much", "less"]))
}

/// "… the senator said as he entered the hall": a content after the cue that is only an "as"
/// or "while" clause of its own subject pronoun, with no quotation or break, is when it was
/// said; what was said lies elsewhere.
fn circumstance_only(w: &Words, f: &Found, c: usize) -> bool {
    let [(a, b)] = f.content.as_slice() else { return false };
    let (a, b) = (*a, *b);
    a > c && a + 2 < b && one_of(w, a, &["as", "while"]) && w.class[a + 1] == Class::SubjectPronoun
        && (a..b).all(|m| w.kind(m) != TokenKind::Quote && !w.is_break(m))
}

/// "Do you support the plan?", "Or would you think she is right?": a yes-no question put to
/// "you" asks whether the addressee holds the content; no one asserts it. (A question word
/// before the auxiliary, "Who do you think will win?", asks for the content's missing part.)
fn yes_no_question(w: &Words, f: &Found) -> bool {
    let (Some((s, e)), Some(&(_, end))) = (f.source, f.content.last()) else { return false };
    if e != s + 1 || s == 0 || !w.is(s, "you") || !matches!(w.class[s - 1], Class::Aux | Class::Be | Class::Negation) {
        return false;
    }
    let aux = s - 1;
    let opens = w.line_start(aux) || [".", "?", "!", ":"].iter().any(|p| w.punct(aux - 1, p)) || w.kind(aux - 1) == TokenKind::Quote || one_of(w, aux - 1, &["or", "and", "but", "so"]);
    // The question mark ends the content, a closing quotation mark perhaps between.
    let mut q = end;
    if q < w.class.len() && w.kind(q) == TokenKind::Quote {
        q += 1;
    }
    opens && q < w.class.len() && w.punct(q, "?")
}

/// "Health worries have dogged her", "the jobs report was released": a cue word that can be a
/// noun, straight after a common word and straight before a finite auxiliary, is the head of
/// the subject; a verb cue takes no auxiliary right after it. ("The ferry, which officials say
/// was late": a pronoun or a name before the cue is its subject, and the cue a verb.)
fn noun_before_verb(w: &Words, f: &Found, c: usize) -> bool {
    const NON_FINITE: &[&str] = &["be", "been", "being", "having"];
    let n = c + 1;
    let finite_next = n < w.class.len() && matches!(w.class[n], Class::Aux | Class::Be) && !one_of(w, n, NON_FINITE);
    let content_next = f.content.first().is_some_and(|&(a, _)| a == n);
    let common_before = c > 0 && w.class[c - 1] == Class::Other && w.is_word(c - 1) && (!w.capitalized(c - 1) || w.line_start(c - 1) || sentence_start(w, c - 1));
    w.noun[c].is_some() && finite_next && content_next && common_before
}

/// Longest run of modifiers looked at between a plural noun cue and its determiner, in tokens.
const MAX_MODIFIERS: usize = 4;

/// "a set of new emissions rules that could close …", "the reports that were filed": a cue
/// word in "-s" (a plural noun or a verb), after a determiner or preposition and modifiers, and before
/// "that" with a finite verb straight after, heads a noun phrase with a relative clause; a verb
/// cue would have a subject between "that" and its verb. ("Ann Dale claims that is false": a
/// name or pronoun before the cue is its subject, and "that" a demonstrative.)
fn noun_before_relative(w: &Words, f: &Found, c: usize) -> bool {
    let (n, v) = (c + 1, c + 2);
    if !w.text(c).ends_with('s') || v >= w.class.len() || w.class[n] != Class::That || !matches!(w.class[v], Class::Aux | Class::Be) {
        return false;
    }
    if !f.content.first().is_some_and(|&(a, _)| a == n) {
        return false;
    }
    let modifiers = (1..=MAX_MODIFIERS.min(c)).map(|d| c - d).take_while(|&m| w.is_word(m) && w.class[m] == Class::Other && w.verb[m].is_none()).count();
    modifiers >= 1 && c > modifiers && matches!(w.class[c - modifiers - 1], Class::Determiner | Class::Preposition)
}

/// Token `i` opens a sentence: after an end mark.
fn sentence_start(w: &Words, i: usize) -> bool {
    i == 0 || [".", "?", "!"].iter().any(|p| w.punct(i - 1, p))
}

/// Longest noun phrase looked at for a written work's head, in tokens.
const MAX_WORK_NP: usize = 5;

/// "She wrote the letter on Monday", "he is writing songs about her": what is written is a
/// work, not what it says; a content of "write" that is only a noun phrase headed by a kind of
/// writing, with no verb or quotation in it, names the product ("wrote a letter urging …"
/// keeps its claim: the letter's message follows).
fn written_work(w: &Words, f: &Found, c: usize) -> bool {
    const WORKS: &[&str] = &[
        "letter", "letters", "book", "books", "article", "articles", "essay", "essays", "column", "columns", "op-ed", "op-eds",
        "memo", "memos", "note", "notes", "profile", "profiles", "guide", "guides", "song", "songs", "poem", "poems", "novel",
        "novels", "script", "scripts", "screenplay", "speech", "speeches", "introduction", "foreword", "chapter", "chapters",
        "editorial", "editorials", "biography", "memoir", "lyrics", "check", "checks", "code", "bill", "bills",
    ];
    let ([(a, b)], Some(v)) = (f.content.as_slice(), w.verb[c]) else { return false };
    let (a, b) = (*a, *b);
    // (The lemma first: the search for a work noun below is the costly part, and most cues are
    // not "write".)
    if v.lemma != "write" || a <= c {
        return false;
    }
    let head = (a..b.min(a + MAX_WORK_NP)).find(|&k| one_of(w, k, WORKS));
    // (The phrase ends at a comma: "wrote letters for them, trying to help" goes on with the
    // writer's own participle.)
    let b = (a..b).find(|&k| w.punct(k, ",")).unwrap_or(b);
    head.is_some_and(|h| h < b)
        && (a..b).all(|k| w.kind(k) != TokenKind::Quote && w.verb[k].is_none() && !matches!(w.class[k], Class::Aux | Class::Be | Class::That | Class::Relative) && !w.text(k).ends_with("ing"))
}

/// "The council called an emergency meeting to discuss the fire", "called a snap election":
/// "call" with an event it convenes, not words it says. ("called the meeting a farce" names
/// the meeting and says something of it: a noun phrase after the event keeps the claim.)
fn convene_sense(w: &Words, f: &Found, c: usize) -> bool {
    const EVENTS: &[&str] = &["meeting", "session", "vote", "election", "strike", "hearing", "conference", "summit", "referendum", "recess", "halt", "timeout"];
    let (Some(v), Some(&(a, b))) = (w.verb[c], f.content.first()) else { return false };
    // ("called for a vote" asks for it: the particle makes another cue.)
    let bare_call = f.cue.first().is_some_and(|&(_, ce)| ce == c + 1);
    if v.lemma != "call" || !bare_call || a <= c || !one_of(w, a, &["a", "an"]) {
        return false;
    }
    // The event noun, after at most two modifiers ("an emergency meeting", "a special news conference").
    let Some(n) = (a + 1..b.min(a + 4)).find(|&k| one_of(w, k, EVENTS)) else { return false };
    n + 1 == b || w.class[n + 1] == Class::Preposition || w.is_break(n + 1)
}
