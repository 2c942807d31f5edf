//! "Said the mayor, “We will rebuild.”", "Continued Lee: “…”": a reporting verb that opens its
//! sentence, its source right after it, then a comma or colon and the quotation (or, after a
//! colon, the rest of the sentence). A bounded look-around at each sentence's first word.

use super::clauses::{Finder, Found};
use super::content::{chain_spans, trim};
use super::lexicon::{one_of, Class};
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
}
