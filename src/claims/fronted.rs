//! "Noting that the bridge was shut, the mayor said …", "Conceding that a deal would come, he
//! warned: …": a participle of a reporting verb opens the sentence; its content runs to the
//! comma, and its source is the subject of the main clause after it.

use super::clauses::{Finder, Found};
use super::content::trim;
use super::lexicon::{Class, CLAUSE, WEAK};
use super::quotes::NONE;
use super::source::np_right;
use crate::segment::{Sentence, TokenKind};

impl Finder<'_> {
    /// The gerund cue at `i` opens sentence `s`; its complement starts at `ce`.
    pub(super) fn fronted_participle(&self, si: usize, s: &Sentence, i: usize, ce: usize, out: &mut Vec<Found>) {
        let (w, q) = (self.w, self.q);
        let e = s.end;
        let Some(cue) = w.verb[i].filter(|c| c.gerund && c.flags & CLAUSE != 0 && c.flags & WEAK == 0) else { return };
        if !w.capitalized(i) || ce + 2 >= e {
            return;
        }
        // An explicit complement: "that", or a quotation.
        if !(w.class[ce] == Class::That || q.opens_at(ce).is_some()) {
            return;
        }
        // The content runs to the comma before the main clause (a comma inside a quotation that
        // closes there counts: "Recalling ‘…,’ the statement urged").
        let Some(comma) = (ce + 2..e.min(ce + 60)).find(|&m| w.punct(m, ",") && (q.inside[m] == NONE || (m + 1 < e && q.inside[m + 1] == q.inside[m] && w.kind(m + 1) == TokenKind::Quote && q.chains[q.inside[m] as usize].last == m + 1))) else { return };
        let after_comma = if q.inside[comma] != NONE { comma + 2 } else { comma + 1 };
        // The main clause's subject: a name, a pronoun or a determiner phrase, then its verb.
        let st = after_comma;
        let opens = st < e && (w.capitalized(st) || matches!(w.class[st], Class::SubjectPronoun | Class::Determiner));
        // (The phrase ends at the main verb: "the mayor said".)
        let se = if st < e && w.class[st] == Class::SubjectPronoun { st + 1 } else { let n = np_right(w, st, e); (st + 1..n).find(|&m| w.verb[m].is_some()).unwrap_or(n) };
        let verb_next = se < e && (matches!(w.class[se], Class::Aux | Class::Be | Class::Adverb) || w.verb[se].is_some() || (w.is_word(se) && w.class[se] == Class::Other && !w.capitalized(se)));
        if !opens || se <= st || !verb_next {
            return;
        }
        let end = if q.inside[comma] != NONE { comma + 2 } else { comma };
        let Some(content) = trim(w, q, (ce, end)) else { return };
        self.push(out, Found { source: Some((st, se)), cue: vec![(i, ce)], content: vec![content], stance: cue.stance, sentence: si });
    }
}
