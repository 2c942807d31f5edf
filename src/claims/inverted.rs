//! "Said the mayor, “We will rebuild.”", "Continued Lee: “…”": a reporting verb that opens its
//! sentence, its source right after it, then a comma or colon and the quotation (or, after a
//! colon, the rest of the sentence). And "Citing a new report, the mayor said …": a reporting
//! participle that opens its sentence, whose source is the main clause's subject. A bounded
//! look-around at each sentence's first word.

use super::clauses::{Finder, Found};
use super::content::{chain_spans, trim};
use super::lexicon::{one_of, Class, CLAUSE, NOMINAL, WEAK};
use super::quotes::NONE;
use super::source::np_right;
use crate::segment::{Sentence, TokenKind};

/// Participles that open a phrase before the main clause ("Asked about the plan, she said …").
const OPENING_PARTICIPLES: &[&str] = &["asked", "told", "pressed", "questioned", "reminded", "shown", "informed"];

impl Finder<'_> {
    /// The claim of a sentence-initial reporting verb with its source after it; `true` when one
    /// was found.
    pub(super) fn fronted_cue(&self, si: usize, s: &Sentence, out: &mut Vec<Found>) -> bool {
        let (w, q) = (self.w, self.q);
        let i = s.first;
        let Some(cue) = w.verb[i] else { return false };
        let finite = !cue.gerund && (cue.past || w.text(i).ends_with('s'));
        if !finite || !w.capitalized(i) || q.inside[i] != NONE || one_of(w, i, OPENING_PARTICIPLES) {
            return false;
        }
        let se = np_right(w, i + 1, s.end);
        if se == i + 1 || se + 1 >= s.end || w.class[i + 1] == Class::SubjectPronoun {
            return false;
        }
        // "Said Ana Ruiz, who grew up there, “…”": a relative clause after the name, to its comma
        // or colon.
        let mut mark = se;
        if w.punct(mark, ",") && w.class[mark + 1] == Class::Relative {
            match (mark + 2..s.end.min(mark + 25)).find(|&c| w.punct(c, ",") || w.punct(c, ":")) {
                Some(c) => mark = c,
                None => return false,
            }
        }
        let colon = w.punct(mark, ":");
        if !(colon || w.punct(mark, ",")) || mark + 1 >= s.end {
            return false;
        }
        let opens = mark + 1;
        let chain = q.inside[opens];
        let quoted = w.kind(opens) == TokenKind::Quote && chain != NONE && q.chains[chain as usize].first == opens;
        let content: Vec<(usize, usize)> = if quoted {
            chain_spans(q, chain as usize).into_iter().filter_map(|sp| trim(w, q, sp)).collect()
        } else if colon {
            trim(w, q, (opens, s.end)).into_iter().collect()
        } else {
            return false;
        };
        let before = out.len();
        self.push(out, Found { source: Some((i + 1, se)), cue: vec![(i, i + 1)], content, stance: cue.stance, sentence: si });
        out.len() > before
    }

    /// "Citing a new report, the mayor said …", "Claiming the vote was rigged, Lee …": the
    /// participle's content runs to the comma, and the main clause's subject, followed by its
    /// verb, is the source. `true` when a claim was found.
    pub(super) fn fronted_participle_phrase(&self, si: usize, s: &Sentence, out: &mut Vec<Found>) -> bool {
        let (w, q) = (self.w, self.q);
        let i = s.first;
        let Some(cue) = w.verb[i] else { return false };
        if !cue.gerund || !w.capitalized(i) || q.inside[i] != NONE || cue.flags & WEAK != 0 || cue.flags & (CLAUSE | NOMINAL) == 0 {
            return false;
        }
        let particle = i + 1 < s.end && one_of(w, i + 1, &cue.particles);
        let a = if particle { i + 2 } else { i + 1 };
        // "Speaking to reporters, …": a preposition after the verb names no content. A "that"
        // clause or a quotation is `fronted_participle`'s ("Noting that …, the mayor said").
        if a >= s.end || (w.class[a] == Class::Preposition && !particle) || w.class[a] == Class::That || q.opens_at(a).is_some() {
            return false;
        }
        // The phrase runs, unquoted and unbroken, to its comma.
        let Some(comma) = (a + 1..s.end.min(a + MAX_PHRASE)).find(|&k| w.is_break(k) || w.kind(k) == TokenKind::Quote) else { return false };
        if !w.punct(comma, ",") || comma + 1 >= s.end {
            return false;
        }
        // The main clause: a subject, adverbs perhaps, then its verb.
        // (The phrase reader runs over a plain verb such as "said": the subject ends before it.)
        let np_end = np_right(w, comma + 1, s.end);
        let se = (comma + 2..np_end).find(|&m| w.verb[m].is_some_and(|c| !c.gerund) && !w.capitalized(m)).unwrap_or(np_end);
        let mut v = se;
        while v < s.end && w.class[v] == Class::Adverb {
            v += 1;
        }
        let verb = v < s.end && (matches!(w.class[v], Class::Aux | Class::Be | Class::Negation) || w.verb[v].is_some_and(|c| !c.gerund));
        if se == comma + 1 || !verb {
            return false;
        }
        let Some(content) = trim(w, q, (a, comma)) else { return false };
        let cue_end = if particle { i + 2 } else { i + 1 };
        let before = out.len();
        self.push(out, Found { source: Some((comma + 1, se)), cue: vec![(i, cue_end)], content: vec![content], stance: cue.stance, sentence: si });
        out.len() > before
    }
}

/// Longest opening participle phrase looked at, in tokens.
const MAX_PHRASE: usize = 30;
