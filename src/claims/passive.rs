//! Passive cues whose content is their subject, with no agent or with a "by" agent right after
//! the cue (GUIDELINES §3, agentless attributions): "the region has been called annexed", "the
//! attack was described as a provocation", "the mayor was accused of taking bribes", "two
//! deaths were reported on Monday", "the strike was announced by the union".

use super::clauses::{Finder, NOT_PREDICATE_AS, SPLIT_AS};
use super::content::trim;
use super::lexicon::{lists, one_of, Class, VerbCue};
use super::quotes::NONE;
use super::source::{left_source, np_right};
use super::words::Words;
use crate::segment::{Sentence, TokenKind};

/// Cues whose passive takes a predicate after the verb: "was called a fortress", "is
/// considered the safest", "was declared invalid".
const SMALL_CLAUSE: &[&str] = &["call", "consider", "declare", "label", "brand"];

/// Cues whose passive takes the charge after a particle: "was accused of", "was blamed for".
const CHARGE: &[&str] = &["accuse", "blame"];

/// Cues whose passive subject is what was reported: "two deaths were reported".
const REPORTED_SUBJECT: &[&str] = &["report", "announce", "reveal", "confirm", "predict", "declare", "claim", "allege", "disclose", "acknowledge", "admit"];

/// Words that end a predicate: a circumstance of the act, not part of what was said ("called
/// annexed since 2014").
const PREDICATE_END: &[&str] = &["since", "until", "after", "before", "during", "when", "while", "because", "by"];

/// Frequency words without "-ly" that may stand before a passive's auxiliary or participle.
const FREQUENCY: &[&str] = &["sometimes", "often", "once", "also", "long", "still", "now", "since", "twice"];

/// Particles of phrasal verbs: "called up to fight" is no predicate.
const PARTICLES: &[&str] = &["up", "off", "out", "back", "away", "down", "in", "over"];

/// Days and time words: "by the union on Monday".
const TIMES: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "night", "morning", "afternoon", "evening"];

/// A circumstance of the act opens at `k`: a preposition of time or place, a day, a time word.
fn circumstance(w: &Words, k: usize) -> bool {
    w.listed(k, lists::CIRCUMSTANCE) || one_of(w, k, TIMES)
}

/// An attribution read from a passive cue: (source, cue spans, content spans).
pub(super) type Passive = (Option<(usize, usize)>, Vec<(usize, usize)>, Vec<(usize, usize)>);

impl Finder<'_> {
    /// The passive cue at `i` (auxiliaries from `k`; the cue and its particle end at `ce`) with
    /// its subject as content. None when the shape is none of the four above.
    pub(super) fn passive_subject(&self, s: &Sentence, i: usize, k: usize, ce: usize, with_particle: bool, cue: &VerbCue) -> Option<Passive> {
        let (w, q) = (self.w, self.q);
        let e = s.end;
        // Inside a quotation the speaker's words are not split further.
        if q.inside[i] != NONE {
            return None;
        }
        // "has the chance to be considered …": an infinitive's subject is out of reach.
        if k > s.first && w.is(k - 1, "to") {
            return None;
        }
        // "peacekeepers have sometimes been accused": frequency words stand between subject and verb.
        let mut k = k;
        while k > s.first && one_of(w, k - 1, FREQUENCY) {
            k -= 1;
            while k > s.first && matches!(w.class[k - 1], Class::Aux | Class::Be | Class::Negation | Class::Adverb) {
                k -= 1;
            }
        }
        let subject = left_source(w, s.first, k)?;
        let single = subject.1 == subject.0 + 1;
        if single && w.class[subject.0] == Class::Determiner && !w.is(subject.0, "this") {
            return None;
        }
        let pronoun = single && matches!(w.class[subject.0], Class::SubjectPronoun | Class::Determiner);
        // "was announced by the union": the agent right after the cue is the source.
        let mut r = ce;
        let mut source = None;
        if r + 1 < e && w.is(r, "by") {
            let mut se = np_right(w, r + 1, e);
            // "by the union on Monday": the time is no part of the agent.
            if let Some(m) = (r + 2..se).find(|&m| w.class[m] == Class::Preposition && m + 1 < e && (one_of(w, m + 1, TIMES) || w.kind(m + 1) == TokenKind::Number)) {
                se = m;
            }
            if se == r + 1 {
                return None;
            }
            source = Some((r + 1, se));
            r = se;
        }
        let lemma = cue.lemma;
        // "was described as a provocation", "is seen as a warning".
        if SPLIT_AS.contains(&lemma) && !with_particle || lemma == "refer" && with_particle {
            if r + 1 < e && w.is(r, "as") && !one_of(w, r + 1, NOT_PREDICATE_AS) {
                let pred = self.predicate(r + 1, e)?;
                return Some((source, vec![(i, ce), (r, r + 1)], vec![subject, pred]));
            }
            return None;
        }
        // "was accused of taking bribes", "were blamed for the blast".
        if CHARGE.contains(&lemma) && with_particle && source.is_none() {
            let pred = self.predicate(ce, e)?;
            return Some((None, vec![(i, ce)], vec![subject, pred]));
        }
        // "has been called annexed", "is considered the safest in the country".
        let opens_predicate = |p: usize| {
            p < e && !w.is_break(p) && w.is_word(p) && !one_of(w, p, PARTICLES) && !matches!(w.class[p], Class::Preposition | Class::That | Class::Clause | Class::Relative) && !w.is(p, "to")
                && !circumstance(w, p)
        };
        if SMALL_CLAUSE.contains(&lemma) && !with_particle && opens_predicate(r) {
            let pred = self.predicate(r, e)?;
            return Some((source, vec![(i, ce)], vec![subject, pred]));
        }
        // "Two deaths were reported on Monday.": nothing but a circumstance follows.
        let circumstance_only = r >= e || w.is_break(r) || circumstance(w, r);
        if REPORTED_SUBJECT.contains(&lemma) && !with_particle && circumstance_only && !pronoun {
            return Some((source, vec![(i, ce)], vec![subject]));
        }
        None
    }

    /// A predicate from `p` to the next clause break, less a closing circumstance.
    fn predicate(&self, p: usize, e: usize) -> Option<(usize, usize)> {
        let (w, q) = (self.w, self.q);
        let mut b = p;
        while b < e && !(w.is_break(b) && q.inside[b] == NONE) {
            if b > p && q.inside[b] == NONE && (one_of(w, b, PREDICATE_END) || (w.is(b, "in") && w.kind(b + 1) == TokenKind::Number)) {
                break;
            }
            b += 1;
        }
        trim(w, q, (p, b))
    }
}
