//! Attributions whose cue is not a finite reporting verb: a noun that carries a content ("the
//! claim that …", "reports of explosions …", "Putin's acknowledgement of problems") and an adverb
//! that attributes without a source ("allegedly made in …"). Bounded look-arounds, like the
//! clause finder they belong to.

use super::clauses::{Finder, Found};
use super::content::{self, trim};
use super::lexicon::Class;
use super::quotes::NONE;
use super::source::{left_source, np_left};
use crate::model::Stance;
use crate::segment::{Sentence, TokenKind};

/// Adverbs that attribute what follows to an unnamed source.
pub(super) const AGENTLESS_ADVERBS: &[&str] = &["allegedly", "reportedly", "purportedly", "supposedly", "reputedly"];

/// Verbs whose subject holds the position named by their object noun ("voiced concerns that").
const LIGHT_VERBS: &[&str] = &[
    "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", "raise", "raised", "raises", "raising",
    "share", "shared", "shares", "sharing", "air", "aired", "airs", "repeat", "repeated", "repeats", "reiterated", "reiterates",
    "make", "made", "makes", "making", "offer", "offered", "offers", "offering", "have", "has", "had", "hold", "holds", "held",
    "harbor", "harbors", "harbored", "harbour", "harbours", "harboured", "give", "gave", "gives", "given", "level", "levelled", "leveled",
];

impl Finder<'_> {
    /// "the claim that …", "its defense ministry's claim that …", "reports of explosions".
    pub(super) fn noun(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
        let (w, q) = (self.w, self.q);
        let cue = w.noun[i].expect("noun cue");
        let e = s.end;
        let n = i + 1;
        if n >= e {
            return;
        }
        // "said in a statement that": a circumstance of another cue.
        if (i.saturating_sub(3)..i).any(|k| k >= s.first && ["in", "on", "via", "through", "by", "over"].iter().any(|p| w.is(k, p))) {
            return;
        }
        // "claim – without evidence – that …": a parenthetical between noun and content.
        let mut n = n;
        if w.punct(n, "–") || w.punct(n, "—") {
            if let Some(close) = (n + 1..(n + 8).min(e)).find(|&k| w.punct(k, w.text(n))) {
                n = close + 1;
            }
        }
        if n >= e {
            return;
        }
        let link = cue.links.iter().find(|l| w.is(n, l));
        let Some(&link) = link else { return };
        // "a threat to NATO" names a target, "a threat to leave" a content: an infinitive's "to"
        // comes before a lower-case word that opens no noun phrase.
        if link == "to" && n + 1 < e && (w.capitalized(n + 1) || !matches!(w.class[n + 1], Class::Other) || w.kind(n + 1) != TokenKind::Word) {
            return;
        }
        let a = if link == "that" || link == "to" { n } else { n + 1 };
        if a >= e || w.is_break(a) {
            return;
        }
        // Content: to the next clause break outside quotations.
        let mut b = a;
        let own_chain = q.inside[i];
        while b < e && b < a + content::MAX_CONTENT && !(w.is_break(b) && q.inside[b] == NONE) {
            // A noun inside a quotation keeps its content inside it.
            if own_chain != NONE && q.inside[b] != own_chain {
                break;
            }
            if own_chain != NONE && q.chains[own_chain as usize].last == b {
                break;
            }
            b += 1;
        }
        let Some(span) = trim(w, q, (a, b)) else { return };
        // Source: a possessive before the noun ("Putin's claim", "its defense ministry's claim").
        let mut source = None;
        let mut j = i;
        while j > s.first && i - j < 4 && !w.possessive(j - 1) && w.class[j - 1] == Class::Other && !w.capitalized(j - 1) {
            j -= 1;
        }
        if j > s.first && w.possessive(j - 1) {
            let st = np_left(w, s.first, j - 1);
            if st < j - 1 {
                source = Some((st, j - 1));
            }
        } else if j > s.first && matches!(w.text(j - 1).to_ascii_lowercase().as_str(), "his" | "her" | "their" | "its") {
            source = Some((j - 1, j));
        }
        // "Critics voiced concerns that …", "she expressed the hope that …": the subject of a
        // light verb whose object is the noun holds the position.
        if source.is_none() {
            let mut v = i;
            while v > s.first && i - v < 5 && (w.class[v - 1] == Class::Determiner || (w.class[v - 1] == Class::Other && w.is_word(v - 1) && !w.capitalized(v - 1) && v < i && !LIGHT_VERBS.iter().any(|l| w.text(v - 1).eq_ignore_ascii_case(l)))) {
                v -= 1;
            }
            if v > s.first && LIGHT_VERBS.iter().any(|l| w.text(v - 1).eq_ignore_ascii_case(l)) {
                let mut k = v - 1;
                while k > s.first && matches!(w.class[k - 1], Class::Aux | Class::Be | Class::Negation | Class::Adverb) {
                    k -= 1;
                }
                source = left_source(w, s.first, k);
            }
        }
        self.push(out, Found { source, cue: vec![(i, i + 1)], content: vec![span], stance: cue.stance, sentence: si });
    }

    /// "allegedly made in Klishchivka": an attribution with no source.
    pub(super) fn adverb(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
        let (w, q) = (self.w, self.q);
        let a = i + 1;
        let mut b = a;
        while b < s.end && !(w.is_break(b) && q.inside[b] == NONE) {
            b += 1;
        }
        if let Some(span) = trim(w, q, (a, b)) {
            let stance = if w.is(i, "allegedly") || w.is(i, "purportedly") { Stance::Doubtful } else { Stance::Neutral };
            self.push(out, Found { source: None, cue: vec![(i, i + 1)], content: vec![span], stance, sentence: si });
        }
    }
}
