//! "Noting that the bridge was shut, the mayor said …", "Conceding that a deal would come, he
//! warned: …": a participle of a reporting verb opens the sentence; its content runs to the
//! comma, and its source is the subject of the main clause after it.

use super::clauses::{Finder, Found};
use super::content::{skip_connectives, trim};
use super::lexicon::{lists, one_of, Class, CLAUSE, NOMINAL, WEAK};
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
        let Some(subject) = self.main_subject_after(comma, e) else { return };
        let end = if q.inside[comma] != NONE { comma + 2 } else { comma };
        let Some(content) = trim(w, q, (ce, end)) else { return };
        self.push(out, Found { source: Some(subject), cue: vec![(i, ce)], content: vec![content], stance: cue.stance, sentence: si });
    }

    /// "After saying her car was stolen, the mayor …", "Since announcing in May that he would
    /// retire, Lee has …": a gerund cue at `i` after a preposition or subordinator that opens the
    /// sentence. The content runs from the complement (past a circumstance before "that") to the
    /// comma before the main clause, and the source is that clause's subject.
    pub(super) fn gerund_after_fronted_preposition(&self, si: usize, s: &Sentence, i: usize, ce: usize, out: &mut Vec<Found>) -> bool {
        let (w, q) = (self.w, self.q);
        let e = s.end;
        let Some(cue) = w.verb[i].filter(|c| c.gerund && c.flags & (CLAUSE | NOMINAL) != 0 && c.flags & WEAK == 0) else { return false };
        if i == s.first || skip_connectives(w, s.first, i - 1) != i - 1 || !w.capitalized(i - 1) || !one_of(w, i - 1, FRONTING_PREPOSITIONS) || ce + 1 >= e {
            return false;
        }
        // "Since announcing in October that …": the circumstance of the speech act is left out.
        let mut a = ce;
        if w.listed(a, lists::CIRCUMSTANCE) || w.listed(a, lists::DAYS) {
            let Some(t) = (a + 1..e.min(a + 8)).take_while(|&m| !w.is_break(m) && q.inside[m] == NONE).find(|&m| w.class[m] == Class::That) else { return false };
            a = t;
        }
        // The phrase ends at the first comma that a main clause (subject, then verb) follows; a
        // comma inside a quotation that closes there counts.
        let comma_at = |m: usize| w.punct(m, ",") && (q.inside[m] == NONE || (m + 1 < e && q.inside[m + 1] == q.inside[m] && w.kind(m + 1) == TokenKind::Quote && q.chains[q.inside[m] as usize].last == m + 1));
        let Some((comma, subject)) = (a + 1..e.min(a + 40)).filter(|&m| comma_at(m)).find_map(|m| self.main_subject_after(m, e).map(|sj| (m, sj))) else { return false };
        let end = if q.inside[comma] != NONE { comma + 2 } else { comma };
        let Some(content) = trim(w, q, (a, end)) else { return false };
        // ("In saying so, he …": a pointer back is no content.)
        if content.1 <= content.0 + 1 {
            return false;
        }
        let before = out.len();
        self.push(out, Found { source: Some(subject), cue: vec![(i, ce)], content: vec![content], stance: cue.stance, sentence: si });
        out.len() > before
    }

    /// The subject of the main clause after the comma at `comma` (or after the closing
    /// quotation mark that follows it): a name, a pronoun or a determiner phrase, then its verb.
    fn main_subject_after(&self, comma: usize, e: usize) -> Option<(usize, usize)> {
        let (w, q) = (self.w, self.q);
        let st = if q.inside[comma] != NONE { comma + 2 } else { comma + 1 };
        let opens = st < e && (w.capitalized(st) || matches!(w.class[st], Class::SubjectPronoun | Class::Determiner));
        // (The phrase ends at the main verb: "the mayor said".)
        // ("the mayor closed it": after a determiner and its noun, a past tense is the verb.)
        let past = |m: usize| w.class[st] == Class::Determiner && m > st + 1 && !w.capitalized(m) && w.text(m).len() > 3 && w.text(m).ends_with("ed");
        let se = if st < e && w.class[st] == Class::SubjectPronoun { st + 1 } else { let n = np_right(w, st, e); (st + 1..n).find(|&m| w.verb[m].is_some() || past(m)).unwrap_or(n) };
        let verb_next = se < e && (matches!(w.class[se], Class::Aux | Class::Be | Class::Adverb) || w.verb[se].is_some() || (w.is_word(se) && w.class[se] == Class::Other && !w.capitalized(se)));
        (opens && se > st && verb_next).then_some((st, se))
    }
}

/// Words that open a fronted phrase around a gerund cue ("After saying …, she …").
const FRONTING_PREPOSITIONS: &[&str] = &["after", "before", "while", "since", "upon", "in", "by", "despite", "without", "besides", "when"];
