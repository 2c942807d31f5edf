//! Attributions whose cue is not a finite reporting verb: a noun that carries a content ("the
//! claim that …", "reports of explosions …", "Putin's acknowledgement of problems") and an adverb
//! that attributes without a source ("allegedly made in …"). Bounded look-arounds, like the
//! clause finder they belong to.

use super::clauses::{Finder, Found};
use super::content::{self, trim};
use super::lexicon::{lists, noun_verb_ambiguous, one_of, Class, WEAK};
use super::quotes::NONE;
use super::source::{left_source, np_left};
use super::words::Words;
use crate::model::Stance;
use crate::segment::{Sentence, TokenKind};

/// Nouns of speech whose content may follow a colon ("issued this statement: “…”").
const SPEECH_NOUNS: &[&str] = &["statement", "statements", "comment", "comments", "remark", "remarks", "message", "words", "announcement", "warning"];

/// Adverbs that attribute what follows to an unnamed source.
pub(super) const AGENTLESS_ADVERBS: &[&str] = &["allegedly", "reportedly", "purportedly", "supposedly", "reputedly"];

/// Verbs whose subject holds the position named by their object noun ("voiced concerns that").
const LIGHT_VERBS: &[&str] = &[
    "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", "raise", "raised", "raises", "raising",
    "share", "shared", "shares", "sharing", "air", "aired", "airs", "repeat", "repeated", "repeats", "reiterated", "reiterates",
    "make", "made", "makes", "making", "offer", "offered", "offers", "offering", "have", "has", "had", "hold", "holds", "held",
    "harbor", "harbors", "harbored", "harbour", "harbours", "harboured", "give", "gave", "gives", "given", "level", "levelled", "leveled",
];

fn light_verb(w: &Words, k: usize) -> bool {
    one_of(w, k, LIGHT_VERBS)
}

/// Token `k` reads as a finite verb with no subject before it: a reporting verb that is no
/// noun ("said", "characterizes"), or a lower-case word in -s or -ed followed by an object or
/// an infinitive ("fails to", "precedes the"), which a plural noun subject is not.
fn verb_shaped(w: &Words, k: usize, e: usize) -> bool {
    if w.capitalized(k) || w.kind(k) != TokenKind::Word {
        return false;
    }
    let cue_verb = w.verb[k].is_some_and(|c| !c.gerund && (c.past || !noun_verb_ambiguous(c.lemma)));
    let t = w.text(k);
    let shaped = w.class[k] == Class::Other && t.len() > 3 && (t.ends_with('s') || t.ends_with("ed"));
    let object_next = k + 1 < e && (matches!(w.class[k + 1], Class::Determiner | Class::ObjectPronoun) || w.is(k + 1, "to")) && !w.is(k + 1, "that");
    cue_verb || (shaped && object_next)
}

/// An event noun ("mobilisation", "annexation", "withdrawal" is left out: "-al" is adjectival
/// too often).
fn event_noun(w: &Words, k: usize) -> bool {
    let t = w.text(k).to_ascii_lowercase();
    w.kind(k) == TokenKind::Word && !w.capitalized(k) && (t.ends_with("tion") || t.ends_with("sion"))
}

impl Finder<'_> {
    /// "the claim that …", "its defense ministry's claim that …", "reports of explosions",
    /// "Putin's partial mobilisation announcement".
    pub(super) fn noun(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
        let w = self.w;
        let cue = w.noun[i].expect("noun cue");
        let e = s.end;
        if i + 1 >= e || self.medium_of_another_cue(s, i) {
            return;
        }
        // "claim – without evidence – that …": a parenthetical between noun and content.
        let mut n = i + 1;
        if w.punct(n, "–") || w.punct(n, "—") {
            if let Some(close) = (n + 1..(n + 8).min(e)).find(|&k| w.punct(k, w.text(n))) {
                n = close + 1;
            }
        }
        if n >= e {
            return;
        }
        let (modifiers, source) = self.noun_source(s, i);
        // "Ann Lee made the following comment: “…”": the quotation that opens right after the
        // colon of a noun of speech whose speaker is known.
        if w.punct(n, ":") && one_of(w, i, SPEECH_NOUNS) && n + 1 < w.class.len() && self.q.opens_at(n + 1).is_some() {
            // ("made the following comment", "issued this statement": the verb's subject.)
            let speaker = source.or_else(|| {
                let v = (s.first.max(i.saturating_sub(4))..i).rev().find(|&k| light_verb(w, k) || one_of(w, k, &["issued", "released", "posted", "sent"]))?;
                let between = (v + 1..i).all(|k| w.is_word(k) && !w.capitalized(k) && matches!(w.class[k], Class::Determiner | Class::Other));
                between.then(|| left_source(w, s.first, v)).flatten()
            });
            if speaker.is_some() {
                let ci = self.q.inside[n + 1] as usize;
                let content: Vec<_> = content::chain_spans(self.q, ci).into_iter().filter_map(|sp| trim(w, self.q, sp)).collect();
                self.push(out, Found { source: speaker, cue: vec![(i, i + 1)], content, stance: cue.stance, sentence: si });
                return;
            }
        }
        let content = match cue.links.iter().find(|l| w.is(n, l)) {
            Some(&link) => self.linked_content(s, i, n, link),
            // "Putin's partial mobilisation announcement": an event noun before the cue names
            // what was announced or claimed.
            None => modifiers.filter(|&(_, m)| source.is_some() && !w.possessive(i + 1) && event_noun(w, m - 1)),
        };
        let Some(span) = content else { return };
        self.push(out, Found { source, cue: vec![(i, i + 1)], content: vec![span], stance: cue.stance, sentence: si });
    }

    /// "said in a statement that …", "told reporters on a call that …": the noun names the
    /// medium of a verb cue just before it, whose claim this is.
    fn medium_of_another_cue(&self, s: &Sentence, i: usize) -> bool {
        let w = self.w;
        let lo = i.saturating_sub(3).max(s.first);
        let Some(p) = (lo..i).find(|&k| one_of(w, k, &["in", "on", "via", "through", "by", "over"])) else { return false };
        (p.saturating_sub(6).max(s.first)..p).any(|k| w.verb[k].is_some_and(|c| c.flags & WEAK == 0))
    }

    /// Content after a linking word at `n`: a clause after "that", an infinitive after "to", a
    /// noun phrase after a preposition ("reports of …", "claims about …").
    fn linked_content(&self, s: &Sentence, i: usize, n: usize, link: &str) -> Option<(usize, usize)> {
        let w = self.w;
        let e = s.end;
        // "a threat to NATO" names a target, "a threat to leave" a content: an infinitive's "to"
        // comes before a lower-case word that opens no noun phrase.
        if link == "to" && n + 1 < e && (w.capitalized(n + 1) || !matches!(w.class[n + 1], Class::Other) || w.kind(n + 1) != TokenKind::Word) {
            return None;
        }
        // "the claims that were made", "a message that said …", "a message that fails to …": a
        // relative clause, not a content.
        if link == "that" && n + 1 < e && (matches!(w.class[n + 1], Class::Aux | Class::Be | Class::Negation) || verb_shaped(w, n + 1, e)) {
            return None;
        }
        if link == "that" || link == "to" {
            return self.clause_content(s, i, n);
        }
        let a = n + 1;
        if a >= e || w.is_break(a) {
            return None;
        }
        trim(w, self.q, (a, self.phrase_end(s, i, a)))
    }

    /// A clause content from `a`: to the next clause break outside quotations (a noun inside a
    /// quotation keeps it inside), less a coordinated report of the sentence's subject ("… and
    /// said …").
    fn clause_content(&self, s: &Sentence, i: usize, a: usize) -> Option<(usize, usize)> {
        let (w, q) = (self.w, self.q);
        let e = s.end;
        if a >= e || w.is_break(a) {
            return None;
        }
        let mut b = a;
        let own_chain = q.inside[i];
        while b < e && b < a + content::MAX_CONTENT && !(self.clause_break(b, e) && q.inside[b] == NONE) {
            if own_chain != NONE && (q.inside[b] != own_chain || q.chains[own_chain as usize].last == b) {
                break;
            }
            b += 1;
        }
        trim(w, q, (a, content::cut_coordinated(w, q, a, b)))
    }

    /// End of a noun-phrase content that starts at `a`: before the sentence's own verb
    /// ("acknowledgement of problems | highlights …"), at a clause break, but over the commas of
    /// a list ("explosions at depots, air bases and command posts"). A relative clause of the
    /// phrase belongs to it ("reports of an attack that killed …").
    fn phrase_end(&self, s: &Sentence, i: usize, a: usize) -> usize {
        let (w, q) = (self.w, self.q);
        let e = s.end;
        let own_chain = q.inside[i];
        let mut relative = false;
        let mut b = a;
        while b < e && b < a + content::MAX_CONTENT {
            if own_chain != NONE && (q.inside[b] != own_chain || q.chains[own_chain as usize].last == b) {
                break;
            }
            if q.inside[b] != own_chain {
                b += 1;
                continue;
            }
            if self.clause_break(b, e) {
                if w.punct(b, ",") && !relative && self.list_goes_on(b + 1, e, own_chain) {
                    b += 1;
                    continue;
                }
                break;
            }
            if !relative && b > a {
                if matches!(w.class[b], Class::Relative | Class::That) {
                    relative = true;
                } else if self.finite_verb(a, b, e) {
                    break;
                }
            }
            b += 1;
        }
        b
    }

    /// A clause break at `b` in a sentence ending at `e`; a dot followed by a word inside the
    /// sentence is an abbreviation's ("Mr. Lee"), since sentences end at their own dots.
    fn clause_break(&self, b: usize, e: usize) -> bool {
        let w = self.w;
        w.is_break(b) && !(w.punct(b, ".") && b + 1 < e && w.is_word(b + 1))
    }

    /// A cue word the verb reading left unused is read as a noun where a noun can stand: after
    /// a determiner, adjective, preposition or copula ("There have been reports of …", "despite
    /// claims that …"), not after a subject or an auxiliary ("he claims", "they have reported").
    pub(super) fn noun_after_verb(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
        let w = self.w;
        let verb_context = i > s.first
            && (matches!(w.class[i - 1], Class::SubjectPronoun | Class::Aux | Class::Negation | Class::Adverb | Class::Relative | Class::That)
                || w.kind(i - 1) == TokenKind::Quote
                || (w.capitalized(i - 1) && i - 1 > s.first));
        if !verb_context && !w.verb[i].is_some_and(|c| c.past) {
            self.noun(si, s, i, out);
        }
    }

    /// Token `b` inside a noun phrase that began at `a` looks like a finite verb: an auxiliary,
    /// a reporting verb that is no noun here, or an "-s"/"-ed" word before its object ("problems
    /// highlights the dysfunction").
    fn finite_verb(&self, a: usize, b: usize, e: usize) -> bool {
        let w = self.w;
        if matches!(w.class[b], Class::Aux | Class::Be | Class::Negation | Class::SubjectPronoun) {
            return true;
        }
        let after_noun_marker = matches!(w.class[b - 1], Class::Determiner | Class::Preposition) || w.possessive(b - 1);
        if w.verb[b].is_some_and(|c| !c.gerund && (c.past || !noun_verb_ambiguous(c.lemma))) && !after_noun_marker && !w.capitalized(b) {
            return true;
        }
        let t = w.text(b);
        let shaped = w.kind(b) == TokenKind::Word && w.class[b] == Class::Other && !w.capitalized(b) && t.len() > 3 && (t.ends_with('s') || t.ends_with("ed"));
        let object_next = b + 1 < e && matches!(w.class[b + 1], Class::Determiner | Class::ObjectPronoun) && !w.is(b + 1, "that");
        let time_next = b + 2 < e && w.listed(b + 2, lists::TIME_WORDS);
        shaped && object_next && !time_next && b > a && !after_noun_marker
    }

    /// After a comma at `c - 1`: the rest of the sentence is a list of plain phrases (no verb,
    /// clause word or quotation), or the next item is one opened by "and"/"or".
    fn list_goes_on(&self, c: usize, e: usize, own_chain: u32) -> bool {
        let (w, q) = (self.w, self.q);
        let plain = |k: usize| {
            q.inside[k] == own_chain
                && !matches!(w.class[k], Class::Aux | Class::Be | Class::Negation | Class::Relative | Class::That | Class::SubjectPronoun)
                // "command posts": a noun-verb word that is no past tense reads as a noun.
                && !w.verb[k].is_some_and(|v| !v.gerund && !w.capitalized(k) && (v.past || !noun_verb_ambiguous(v.lemma)))
        };
        let mut k = c;
        let mut items = 0;
        let conj = c < e && (w.is(c, "and") || w.is(c, "or"));
        while k < e {
            if self.clause_break(k, e) && q.inside[k] == own_chain {
                if !w.punct(k, ",") {
                    // The list runs to the sentence's end (a dot inside "Mr. Lee" is no end).
                    return items > 0 && (w.punct(k, ".") || w.punct(k, ";")) && (k + 1 >= e || w.kind(k + 1) == TokenKind::Quote);
                }
                if conj {
                    return true;
                }
                items = 0;
            } else if !plain(k) || items > 15 {
                return false;
            } else {
                items += 1;
            }
            if own_chain != NONE && q.chains[own_chain as usize].last == k {
                return true;
            }
            k += 1;
        }
        items > 0
    }

    /// The source of a noun cue, with the modifiers between a possessive and the noun:
    /// "its defense ministry's claim" → its defense ministry; "his claim"; "Critics voiced
    /// concerns that …" → Critics (the subject of a light verb).
    fn noun_source(&self, s: &Sentence, i: usize) -> (Option<(usize, usize)>, Option<(usize, usize)>) {
        let w = self.w;
        let mut j = i;
        while j > s.first && i - j < 4 && !w.possessive(j - 1) && w.class[j - 1] == Class::Other && !w.capitalized(j - 1) {
            j -= 1;
        }
        let modifiers = (j < i).then_some((j, i));
        if j > s.first && w.possessive(j - 1) {
            let mut st = np_left(w, s.first, j - 1);
            // "a fact-check on Trump's claim", "contradicting the police's claim": the owner is
            // the phrase after the last preposition other than "of", and no verb before it.
            if let Some(p) = (st..j - 1).rev().find(|&k| w.class[k] == Class::Preposition && !w.is(k, "of")) {
                st = p + 1;
            }
            if st + 1 < j - 1 && !w.capitalized(st) && w.text(st).ends_with("ing") && w.class[st] == Class::Other {
                st += 1;
            }
            return (modifiers, (st < j - 1).then_some((st, j - 1)));
        }
        if j > s.first && matches!(w.lower(j - 1).as_str(), "his" | "her" | "their" | "its") {
            return (modifiers, Some((j - 1, j)));
        }
        // "Critics voiced concerns that …", "she expressed the hope that …": the subject of a
        // light verb whose object is the noun holds the position.
        let mut v = i;
        while v > s.first && i - v < 5 && (w.class[v - 1] == Class::Determiner || (w.class[v - 1] == Class::Other && w.is_word(v - 1) && !w.capitalized(v - 1) && v < i && !light_verb(w, v - 1))) {
            v -= 1;
        }
        if v > s.first && light_verb(w, v - 1) {
            let mut k = v - 1;
            while k > s.first && matches!(w.class[k - 1], Class::Aux | Class::Be | Class::Negation | Class::Adverb) {
                k -= 1;
            }
            return (None, left_source(w, s.first, k));
        }
        (None, None)
    }

    /// "allegedly made in Klishchivka": an attribution with no source.
    pub(super) fn adverb(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
        let (w, q) = (self.w, self.q);
        let a = i + 1;
        let mut b = a;
        while b < s.end && !(self.clause_break(b, s.end) && q.inside[b] == NONE) {
            b += 1;
        }
        if let Some(span) = trim(w, q, (a, b)) {
            let stance = if w.is(i, "allegedly") || w.is(i, "purportedly") { Stance::Doubtful } else { Stance::Neutral };
            self.push(out, Found { source: None, cue: vec![(i, i + 1)], content: vec![span], stance, sentence: si });
        }
    }
}
