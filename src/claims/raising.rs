//! Raising verbs of appearance: "the deal appears to have collapsed", "voters seem to agree",
//! "it seems that …". The writer presents a content as apparent without naming whose
//! impression it is: an agentless attribution (GUIDELINES §3, like "are said to …"), whose
//! content is the subject with the infinitive, or the that-clause after "it".

use super::clauses::{Finder, Found};
use super::content::after;
use super::lexicon::{Class, ADJECTIVE, RAISING, WEAK};
use super::quotes::NONE;
use super::source::left_source;
use crate::segment::Sentence;

impl Finder<'_> {
    /// The raising verb at `i` (`RAISING` in the lexicon), in sentence `s`.
    pub(super) fn raising(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
        let (w, q) = (self.w, self.q);
        let (f, e) = (s.first, s.end);
        let Some(cue) = w.verb[i].filter(|c| c.flags & RAISING != 0 && !c.gerund) else { return };
        // Inside a quotation the words are the speaker's own, not the writer's.
        if q.inside[i] != NONE || i + 2 >= e {
            return;
        }
        let mut k = i;
        while k > f && matches!(w.class[k - 1], Class::Aux | Class::Be | Class::Negation | Class::Adverb) {
            k -= 1;
        }
        // "does not appear to have pushed …": a denial of appearance presents no content.
        if (k..i).any(|m| w.class[m] == Class::Negation) {
            return;
        }
        let mut content = Vec::new();
        if w.is(i + 1, "to") {
            // "to" then a verb: not "appeared to the crowd", "seems to me".
            let verb = w.is_word(i + 2) && !w.capitalized(i + 2) && matches!(w.class[i + 2], Class::Other | Class::Be | Class::Aux | Class::Adverb);
            let Some(subject) = left_source(w, f, k).filter(|_| verb) else { return };
            content.push(subject);
            content.extend(after(w, q, i, i + 1, e));
        } else if k > f && w.is(k - 1, "it") && w.class[i + 1] == Class::That {
            content.extend(after(w, q, i, i + 1, e));
        } else if predicate_after(w, cue.lemma, i + 1, e) {
            // "the race seems close", "Democrats appeared pleased", "the plan seemed like a
            // gamble": the subject with the predicate said of it (a small clause, as in "are
            // said to"). A relative or "what" subject belongs to another clause's content.
            let relative = k > f + 1 && matches!(w.class[k - 1], Class::Relative | Class::Clause | Class::That);
            let Some(subject) = left_source(w, f, k).filter(|&(a, _)| !relative && w.class[a] != Class::Clause) else { return };
            content.push(subject);
            content.extend(after(w, q, i, i + 1, e));
        }
        if content.len() < 2 && !(content.len() == 1 && w.class[content[0].0] == Class::That) {
            return;
        }
        // The appearance ends its clause: at a comma before another report ("…, Mr. Lee warned
        // that …", which would otherwise sit inside it), or before a participle of the writer's
        // (", sending him to …").
        let subject_and_predicate = content.len() == 2;
        if let Some(last) = content.last_mut() {
            if subject_and_predicate {
                last.1 = predicate_end(w, q, last.0, last.1);
            }
            let strong = |m: usize| q.inside[m] == NONE && w.verb[m].is_some_and(|c| c.flags & (WEAK | ADJECTIVE) == 0);
            let participle = |m: usize| w.text(m).ends_with("ing") && w.class[m] == Class::Other && !w.capitalized(m);
            let comma = |m: usize| w.punct(m, ",") && q.inside[m] == NONE;
            let mut cut = None;
            for m in last.0 + 1..last.1 {
                // "seemed irritated: “…”": a colon opens the writer's evidence, not more of it.
                if (comma(m) && m + 1 < last.1 && participle(m + 1)) || (w.punct(m, ":") && q.inside[m] == NONE) {
                    cut = cut.or(Some(m));
                }
                // (A cue of the infinitive itself, "appears to acknowledge that …", stays.)
                if strong(m) {
                    if let Some(c) = (last.0 + 1..m).rev().find(|&c| comma(c)) {
                        cut = cut.or(Some(c));
                        break;
                    }
                }
            }
            if let Some(c) = cut.filter(|&c| c > last.0 + 1 || (c > last.0 && w.punct(c, ":"))) {
                last.1 = c;
            }
            // "Both objections, which seemed to carry little weight, had forced …".
            last.1 = super::content_end::relative_clause_end(w, q, i, last.0, last.1);
        }
        self.push(out, Found { source: None, cue: vec![(i, i + 1)], content, stance: cue.stance, sentence: si });
    }
}

/// Degree words that may open a predicate ("seems more likely", "appeared so stark").
const DEGREE: &[&str] = &["more", "most", "less", "least", "so", "very", "too", "quite", "rather", "pretty", "all", "somewhat", "increasingly", "almost"];

/// Adjectives of likelihood and readiness that predicates of appearance often are, and that
/// have no adjective ending ("seems likely", "appeared ready").
const PREDICATE_WORDS: &[&str] = &["likely", "unlikely", "certain", "uncertain", "ready", "poised", "set", "sure", "unsure", "close", "closer", "keen", "intent", "eager", "willing", "unwilling", "able", "unable", "happy", "unhappy", "content", "open", "wrong", "right", "clear", "unclear", "true", "false", "strong", "stronger", "weak", "weaker", "safe", "secure", "inevitable", "possible", "impossible"];

/// A predicate other than an infinitive follows a raising verb at `a`: after degree words,
/// an adjective or participle ("seems stable", "appeared rattled"), "like" or "a"/"an" with a
/// noun phrase after "seem" ("seemed like a gamble", "seemed a distant memory"), or "as if".
fn predicate_after(w: &super::words::Words, lemma: &str, a: usize, e: usize) -> bool {
    let mut p = a;
    while p < e && (w.class[p] == Class::Adverb || super::lexicon::one_of(w, p, DEGREE)) {
        p += 1;
    }
    if p + 1 >= e || !w.is_word(p) || w.capitalized(p) {
        return false;
    }
    let seem = lemma == "seem";
    let adjective = super::small_clause::predicate_adjective(w, p) || super::lexicon::one_of(w, p, PREDICATE_WORDS);
    let as_if = w.is(p, "as") && (w.is(p + 1, "if") || w.is(p + 1, "though"));
    let noun_phrase = seem && (w.is(p, "like") || ((w.is(p, "a") || w.is(p, "an")) && w.is_word(p + 1)));
    adjective || as_if || noun_phrase
}

/// Words that open a clause of the writer's after an evidential's predicate, with no comma
/// before them ("seemed torn Tuesday night when he spoke").
const SUBORDINATE: &[&str] = &["when", "while", "because", "although", "though", "whereas"];

/// The end of the predicate `[a, b)` of an agentless evidential ("seemed [to be torn, and
/// voters …]", "is expected [to sign the bill, she has not …]"): a verb phrase with no subject of
/// its own, so a clause that has one, the main clause's predicate after a comma, a participle
/// after a comma, or a subordinate clause is the writer's. Quotations are passed whole.
pub(super) fn predicate_end(w: &super::words::Words, q: &super::quotes::Quotes, a: usize, b: usize) -> usize {
    use super::content_end::predicate_at;
    use super::source::np_right;
    let subject_then_predicate = |n: usize| {
        if n >= b {
            return false;
        }
        if w.class[n] == Class::SubjectPronoun {
            return true;
        }
        let named = w.capitalized(n) || w.class[n] == Class::Determiner;
        let se = if named { np_right(w, n, b) } else { n };
        se > n && se < b && predicate_at(w, se, b, false)
    };
    let mut j = a + 2;
    while j < b {
        if q.inside[j] != NONE {
            j = q.chains[q.inside[j] as usize].last.max(j) + 1;
            continue;
        }
        // An embedded clause ("to show that Cruz, who …, did …") keeps its own commas.
        if w.class[j] == Class::That {
            return b;
        }
        if w.punct(j, ",") {
            let mut n = j + 1;
            while n < b && w.class[n] == Class::Adverb {
                n += 1;
            }
            let participle = n < b && w.is_word(n) && !w.capitalized(n) && w.class[n] == Class::Other && w.text(n).ends_with("ing") && w.text(n).len() > 4 && !w.is(n, "including");
            let conj = n < b && super::lexicon::one_of(w, n, &["and", "but", "yet"]);
            let main_predicate = n < b && w.is_word(n) && !w.capitalized(n) && !conj && w.class[n] != Class::Negation && predicate_at(w, n, b, false);
            if participle || main_predicate || subject_then_predicate(n) || (conj && subject_then_predicate(n + 1)) {
                return j;
            }
        } else if j > a + 3 && super::lexicon::one_of(w, j, SUBORDINATE) && j + 1 < b && (w.class[j + 1] == Class::SubjectPronoun || w.class[j + 1] == Class::Determiner || w.capitalized(j + 1)) {
            return j;
        }
        j += 1;
    }
    b
}