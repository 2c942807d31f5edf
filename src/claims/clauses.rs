//! Finding attributions sentence by sentence: each cue (a reporting verb, "according to", a
//! noun such as "claim", an adverb such as "allegedly", a headline colon) with its source and
//! content spans. One pass over the tokens; every look-around is bounded.

use super::content::{self, after, before, chain_spans, closes_quote, skip_connectives, skip_to_content, trim};
use super::lexicon::{self, Class, ADDRESSEE, ADJECTIVE, WEAK};
use super::quotes::{Quotes, NONE};
use super::source::{left_source, np_left, np_right};
use super::words::Words;
use crate::model::Stance;
use crate::segment::{Doc, Sentence, TokenKind};

/// An attribution in token ranges `[start, end)`.
#[derive(Clone, Debug)]
pub struct Found {
    pub source: Option<(usize, usize)>,
    pub cue: Vec<(usize, usize)>,
    pub content: Vec<(usize, usize)>,
    pub stance: Stance,
    /// Sentence index of the cue.
    pub sentence: usize,
}

pub struct Finder<'a> {
    pub doc: &'a Doc<'a>,
    pub w: &'a Words<'a>,
    pub q: &'a Quotes,
    /// The document's sentences, split again at typewriter quotations (`quotes::resplit_sentences`).
    pub sentences: &'a [Sentence],
    /// Sentences holding a strong cue: a quotation in them is not a bare continuation.
    has_cue: Vec<bool>,
}

/// Prepositions that open a circumstance of the speech act right after the cue.
const CIRCUMSTANCE: &[&str] = &["during", "in", "on", "at", "after", "before", "from", "via", "through", "while", "when", "with", "last", "this", "earlier", "later", "late", "early", "today", "yesterday"];
const TIME_WORDS: &[&str] = &["week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "today", "yesterday", "tonight"];
const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Documents whose findings are reported: the sources that "show" something.
pub(super) const DOCUMENTS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "records", "record", "data", "figures", "study", "studies", "report", "reports",
    "documents", "document", "emails", "results", "numbers", "statistics", "analysis", "research", "filings", "estimates",
    "average", "averages", "analyses", "tally", "audit", "review", "count", "chart", "charts", "slide", "slides", "transcript",
    "transcripts", "findings", "projections", "returns", "surveys", "census", "model", "models", "tracker", "index",
];

/// A lower-case word shaped like an adjective ("called the charges unfounded").
fn predicate_adjective(w: &Words, k: usize) -> bool {
    const ENDINGS: &[&str] = &["ed", "ous", "ful", "ive", "ic", "al", "able", "ible", "less", "ent", "ant", "ish", "ary", "ate"];
    let t = w.text(k);
    w.kind(k) == TokenKind::Word && w.class[k] == Class::Other && !w.capitalized(k) && t.len() > 4 && ENDINGS.iter().any(|x| t.ends_with(x))
}

/// Words that open a fronted subordinate clause.
const SUBORDINATORS: &[&str] = &["while", "as", "although", "though", "because", "if", "when", "since", "after", "before", "whereas", "once", "until", "unless"];

/// Cues split around their object by "as" ("described X as Y").
const SPLIT_AS: &[&str] = &["describe", "refer", "portray", "characterize", "characterise", "depict", "label", "brand"];

/// Words after which a gerund cue shares the sentence's subject ("responded by saying").
const GERUND_LINKS: &[&str] = &["by", "after", "before", "for", "from", "while", "when", "without", "and", "in"];

const AGENTLESS_ADVERBS: &[&str] = &["allegedly", "reportedly", "purportedly", "supposedly", "reputedly"];

impl<'a> Finder<'a> {
    pub fn new(doc: &'a Doc<'a>, w: &'a Words<'a>, q: &'a Quotes, sentences: &'a [Sentence]) -> Self {
        let has_cue = sentences
            .iter()
            .map(|s| {
                (s.first..s.end)
                    .any(|i| q.inside[i] == NONE && (w.verb[i].is_some_and(|c| c.flags & WEAK == 0) || w.is(i, "according")))
            })
            .collect();
        Finder { doc, w, q, sentences, has_cue }
    }

    pub fn find(&self) -> Vec<Found> {
        let mut out = Vec::new();
        for (si, s) in self.sentences.iter().enumerate() {
            let before_len = out.len();
            self.headline_colon(si, s, &mut out);
            self.transcript_colon(si, s, &mut out);
            self.in_document(si, s, &mut out);
            for i in s.first..s.end {
                let w = self.w;
                if i > s.first && matches!(w.text(i), "―" | "—" | "–") && closes_quote(w, self.q, i - 1) {
                    self.dash_byline(si, s, i, &mut out);
                } else if w.is(i, "according") && i + 1 < s.end && w.is(i + 1, "to") {
                    self.according(si, s, i, &mut out);
                } else if w.verb[i].is_some() {
                    self.verb(si, s, i, &mut out);
                } else if w.noun[i].is_some() {
                    self.noun(si, s, i, &mut out);
                } else if w.kind(i) == TokenKind::Word && AGENTLESS_ADVERBS.iter().any(|a| w.is(i, a)) {
                    self.adverb(si, s, i, &mut out);
                }
            }
            let _ = before_len;
        }
        self.free_standing_quotes(&mut out);
        out
    }

    pub(super) fn push(&self, out: &mut Vec<Found>, mut f: Found) {
        // A span of bare punctuation (a lone quotation mark) is no content.
        let doc = self.doc;
        f.content.retain(|&(a, b)| (a..b).any(|k| doc.tokens[k].kind != TokenKind::Punct && doc.tokens[k].kind != TokenKind::Quote));
        // Two layouts may read the same cue ("RR: …" is a headline and a transcript line): a
        // cue word marks one claim, the first found. Only this sentence's findings can share it.
        let taken = out.iter().rev().take_while(|o| o.sentence == f.sentence).any(|o| o.cue == f.cue);
        if !f.content.is_empty() && !taken {
            out.push(f);
        }
    }

    fn according(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
        let w = self.w;
        let mut se = np_right(w, i + 2, s.end);
        if se == i + 2 {
            return;
        }
        let source_end = se;
        // "According to journalists who watch state TV, …": the relative clause runs to the comma.
        if se < s.end && w.class[se] == Class::Relative {
            if let Some(c) = (se..s.end.min(se + 25)).find(|&c| w.punct(c, ",")) {
                se = c;
            }
        }
        let mut content = Vec::new();
        let lead = skip_connectives(w, s.first, i);
        let mut pre = if lead < i { before(w, self.q, s.first, i) } else { Vec::new() };
        // "indicated that, according to X, …": the content is what follows.
        if pre.last().is_some_and(|&(_, b)| matches!(w.class[b - 1], Class::That | Class::Clause)) {
            pre.clear();
        }
        content.extend(pre.iter().copied());
        if se < s.end && w.punct(se, ",") && (pre.is_empty() || se + 1 < s.end) {
            content.extend(after(w, self.q, i, se + 1, s.end));
        }
        self.push(out, Found { source: Some((i + 2, source_end)), cue: vec![(i, i + 2)], content, stance: Stance::Neutral, sentence: si });
    }

    fn verb(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
        let (w, q) = (self.w, self.q);
        let cue = w.verb[i].expect("verb cue");
        let (f, e) = (s.first, s.end);
        // A determiner or possessive before it makes it a noun ("the claims", "Putin's words"),
        // and so does a preposition ("said via email that …", "in claims that …").
        let after_preposition = i > f && !cue.gerund && ((w.class[i - 1] == Class::Preposition && !w.is(i - 1, "to")) || w.is(i - 1, "via"));
        if i > f && (after_preposition || w.class[i - 1] == Class::Determiner || (w.possessive(i - 1) && !matches!(w.class[i - 1], Class::Aux | Class::Be))) {
            if w.noun[i].is_some() {
                self.noun(si, s, i, out);
            }
            return;
        }
        if w.capitalized(i) && i > f && !w.punct(i - 1, ",") && w.kind(i - 1) != TokenKind::Quote {
            // Inside a name. In a title-case headline a noun reading is tried ("Backs Claim of
            // …"), and a reporting verb after a name stays a verb ("County Says Trump Should Win").
            let title = self.title_case_line(s);
            if title && w.noun[i].is_some() && i + 1 < e && !w.capitalized(i + 1) {
                self.noun(si, s, i, out);
                return;
            }
            let headline_verb = title && cue.flags & WEAK == 0 && !cue.gerund && w.capitalized(i - 1) && w.noun[i].is_none();
            if !headline_verb {
                return;
            }
        }
        // Noun-verb words ("state", "reports"): a noun before "of", "who" or a break, or with no
        // pronoun, plural or auxiliary before its base form.
        if lexicon::noun_verb_ambiguous(cue.lemma) && !cue.past && !cue.gerund {
            let next_noun = i + 1 >= e
                || w.is_break(i + 1)
                || matches!(w.text(i + 1).to_ascii_lowercase().as_str(), "of" | "by" | "for" | "who" | "which" | "on" | "in" | "at" | "and" | "or");
            let base = w.text(i).eq_ignore_ascii_case(cue.lemma);
            // "-s" form ("claims", "states"): after a name or pronoun, or with an explicit complement.
            let explicit_next = i + 1 < e && (w.class[i + 1] == Class::That || w.kind(i + 1) == TokenKind::Quote || w.punct(i + 1, ":"));
            let named_before = i > f && (w.capitalized(i - 1) || matches!(w.class[i - 1], Class::SubjectPronoun | Class::Adverb | Class::Relative));
            if !base && !explicit_next && !named_before {
                return;
            }
            let subject_before = i > f
                && (matches!(w.class[i - 1], Class::SubjectPronoun | Class::Aux | Class::Adverb | Class::Negation)
                    || w.is(i - 1, "to")
                    || (w.text(i - 1).ends_with('s') && !w.possessive(i - 1)));
            if next_noun || (base && !subject_before) {
                if w.noun[i].is_some() {
                    self.noun(si, s, i, out);
                }
                return;
            }
        }
        // "a think tank": a compound noun, not the verb.
        if cue.lemma == "think" && i + 1 < e && (w.is(i + 1, "tank") || w.is(i + 1, "tanks")) {
            return;
        }
        let mut ce = i + 1;
        let with_particle = ce < e && cue.particles.iter().any(|p| w.is(ce, p));
        if with_particle {
            ce += 1;
        }
        // Auxiliaries, negation and adverbs between subject and cue.
        let mut k = i;
        let mut nearest_aux = None;
        while k > f && matches!(w.class[k - 1], Class::Aux | Class::Be | Class::Negation | Class::Adverb) {
            if nearest_aux.is_none() && matches!(w.class[k - 1], Class::Aux | Class::Be) {
                nearest_aux = Some(w.class[k - 1]);
            }
            k -= 1;
        }
        // "Denis Pushilin, though, told": a parenthetical connective between commas.
        if k > f + 3 && w.punct(k - 1, ",") && w.punct(k - 3, ",") && matches!(w.class[k - 2], Class::Adverb | Class::Clause) {
            k -= 3;
        }
        let adjective = cue.flags & ADJECTIVE != 0;
        if adjective && nearest_aux != Some(Class::Be) {
            return;
        }
        let passive = !adjective && cue.past && !cue.gerund && nearest_aux == Some(Class::Be);
        // "…, adding that": the gerund shares the sentence's subject.
        // "…, adding that", "responded by saying", "and saying": the same, after a preposition
        // or a conjunction.
        let gerund_after_comma = cue.gerund
            && k > f
            && (w.punct(k - 1, ",") || GERUND_LINKS.iter().any(|l| w.is(k - 1, l)))
            && q.inside[k - 1] == NONE;
        // "with Warsaw announcing it plans …": an absolute construction with its own subject.
        let with_subject = cue.gerund && !gerund_after_comma && {
            let st = np_left(w, f, k);
            st < k && st > f && w.is(st - 1, "with")
        };
        // "footage of the senator saying …", "one post saying …": a noun phrase right before the
        // gerund is its subject (strong cues only: "a man feeling …" is no report).
        let np_subject = cue.gerund && !gerund_after_comma && !with_subject && cue.flags & WEAK == 0 && k == i && k > f && {
            let st = np_left(w, f, k);
            st < k && w.is_word(k - 1) && w.class[k - 1] == Class::Other && w.verb[k - 1].is_none()
        };
        let with_subject = with_subject || np_subject;
        // ", explained that …": a second verb of the subject before the comma.
        let comma_verb = !cue.gerund && cue.past && k > f && w.punct(k - 1, ",") && i + 1 < e && w.class[i + 1] == Class::That;
        // "… and says Obama is flouting …": a second verb of the sentence's subject.
        let coordinated = !cue.gerund
            && k > f + 1
            && (w.is(k - 1, "and") || (w.punct(k - 1, ",") && (k..i).any(|j| w.is(j, "then"))))
            && q.inside[k - 2] == NONE;
        // "is calling for": a progressive is a finite verb.
        let progressive = cue.gerund && nearest_aux == Some(Class::Be);
        if cue.gerund && !gerund_after_comma && !progressive && !with_subject {
            return;
        }
        // "declined to say": the subject of the controlling verb.
        let controlled = k > f + 1 && w.is(k - 1, "to") && w.class[k - 2] == Class::Other && !w.capitalized(k - 2);
        if controlled {
            k -= 2;
            while k > f && matches!(w.class[k - 1], Class::Aux | Class::Be | Class::Negation | Class::Adverb) {
                k -= 1;
            }
        }

        // "the progress claimed by Kiev", "weapons announced last week by several countries".
        if cue.past && nearest_aux.is_none() && cue.flags & WEAK == 0 && k == i && k > f && w.class[k - 1] == Class::Other && w.is_word(k - 1) {
            // "said by email that …" names the medium, not an agent.
            const MEDIA: &[&str] = &["email", "e-mail", "phone", "telephone", "text", "letter", "mail", "video", "fax"];
            let agent = |j: usize| w.is(j, "by") && !MEDIA.iter().any(|m| w.is(j + 1, m));
            if let Some(by) = (ce..(ce + 4).min(e)).find(|&j| agent(j)) {
                let se = np_right(w, by + 1, e);
                let cs = np_left(w, f, k);
                if se > by + 1 && cs < k {
                    self.push(out, Found { source: Some((by + 1, se)), cue: vec![(i, ce)], content: vec![(cs, k)], stance: cue.stance, sentence: si });
                }
                return;
            }
        }
        let mut source = None;
        let mut inverted_end = None;
        if gerund_after_comma || coordinated {
            source = out.iter().rev().take_while(|p| p.sentence == si).last().and_then(|p| p.source);
            // "…, as Moscow had tried to … and claiming …": the subject of the clause the gerund
            // belongs to, after its subordinating word.
            if source.is_none() {
                let lo = f.max(k.saturating_sub(30));
                if let Some(c) = (lo..k).rev().find(|&c| w.class[c] == Class::Clause && !matches!(w.text(c), "and" | "or" | "but") && w.kind(c) == TokenKind::Word) {
                    let se = np_right(w, c + 1, k);
                    if se > c + 1 && se < k && (w.capitalized(c + 1) || w.class[c + 1] == Class::SubjectPronoun) && matches!(w.class[se], Class::Aux | Class::Be | Class::Adverb) {
                        source = Some((c + 1, se));
                    }
                }
            }
            if source.is_none() {
                let mut st = skip_connectives(w, f, k);
                // "During a speech in Ohio, Trump …": after a fronted adverbial, the subject.
                if w.class[st] == Class::Clause || (w.class[st] == Class::Preposition && !w.is(st, "at")) {
                    if let Some(c) = (st + 1..k.min(st + 15)).find(|&c| w.punct(c, ",")) {
                        st = c + 1;
                    }
                }
                let mut se = np_right(w, st, k);
                // A name ends with its capitalised words ("Ortega attacked …").
                // A title before the name runs to the name's end ("Democratic presidential nominee
                // Hillary Clinton chimed in").
                // "The senator attacked …": a past tense ends a described subject.
                if w.class[st] == Class::Determiner {
                    if let Some(x) = (st + 2..se).find(|&x| !w.capitalized(x) && w.text(x).len() > 3 && w.text(x).ends_with("ed")) {
                        se = x;
                    }
                } else if w.capitalized(st) {
                    let plain = |x: usize| !w.capitalized(x) && !w.possessive(x) && !matches!(w.text(x), "." | "-");
                    if let Some(x) = (st + 1..se).find(|&x| plain(x)) {
                        let name_start = (x + 1..se.min(x + 4)).find(|&y| w.capitalized(y)).filter(|&y| (x..y).all(|m| plain(m) && w.class[m] == Class::Other));
                        se = name_start.map_or(x, |y| {
                            let mut e2 = y + 1;
                            while e2 < se && !plain(e2) {
                                e2 += 1;
                            }
                            e2
                        });
                    }
                }
                if se > st && (w.capitalized(st) || w.class[st] == Class::SubjectPronoun || w.class[st] == Class::Determiner) {
                    source = Some((st, se));
                }
            }
            if source.is_none() {
                return;
            }
        } else if with_subject {
            source = Some((np_left(w, f, k), k));
        } else if !passive {
            // "…, and the meeting went badly from there, said one source in the room.": a comma, the
            // cue, then a name or noun phrase that ends the sentence is an inverted source, not
            // the object of the cue; the clause before the comma is no appositive.
            let inverted_first = k > f + 2 && k == i && w.punct(k - 1, ",") && cue.flags & (ADDRESSEE | lexicon::NOMINAL) == 0 && cue.flags & lexicon::CLAUSE != 0 && !cue.gerund && {
                let re = np_right(w, ce, e);
                let starts = ce < e && (w.capitalized(ce) || w.class[ce] == Class::Determiner || w.is(ce, "one"));
                let timeless = (ce..re).all(|t| !DAYS.iter().chain(TIME_WORDS).any(|d| w.is(t, d)));
                starts && re > ce && timeless && (re == e || w.punct(re, ".")) && q.inside[ce] == NONE
            };
            source = if inverted_first { None } else { left_source(w, f, k) };
            if source.is_none() && !inverted_first {
                source = self.long_appositive_subject(f, k);
            }
            if source.is_none() && comma_verb {
                source = out.iter().rev().take_while(|p| p.sentence == si).last().and_then(|p| p.source);
            }
            // "told The Associated Press" names the addressee, not an inverted source.
            let inverted_ok = cue.flags & ADDRESSEE == 0 || cue.lemma != "tell";
            if source.is_none() && inverted_ok && (k == f || w.punct(k - 1, ",") || closes_quote(w, q, k - 1)) {
                let mut re = np_right(w, ce, e);
                // "…,” said the capital's mayor, Sergei Sobyanin.": a name in apposition.
                if re > ce && re + 1 < e && w.punct(re, ",") && w.capitalized(re + 1) {
                    let ne = np_right(w, re + 1, e);
                    if ne > re + 1 && (ne == e || w.is_break(ne)) {
                        re = ne;
                    }
                } else if re > ce && re + 2 < e && w.punct(re, ",") && w.class[re + 1] == Class::Determiner && k > f {
                    // "…,” said Ann Lee, a longtime adviser to the family who runs the fund.": a
                    // descriptive appositive belongs to the source, up to the next break.
                    let mut m = re + 1;
                    while m < e && m < re + 30 && !w.is_break(m) && q.inside[m] == NONE && w.kind(m) != TokenKind::Quote {
                        m += 1;
                    }
                    if m > re + 2 && (m == e || w.is_break(m)) {
                        re = m;
                    }
                }
                // The phrase may end at a relative clause: "said the separatists from which …".
                let ends = re == e
                    || w.is_break(re)
                    || w.kind(re) == TokenKind::Quote
                    || matches!(w.class[re], Class::Relative | Class::That)
                    || (w.class[re] == Class::Preposition && re + 1 < e && w.class[re + 1] == Class::Relative);
                if re > ce && ends {
                    source = Some((ce, re));
                    inverted_end = Some(re);
                }
            }
            // "“…,” Trump, the frontrunner … after winning the primaries, said": a long
            // appositive; the source is the phrase right after the quotation.
            if source.is_none() && k > f && w.punct(k - 1, ",") {
                if let Some(c) = (f.max(k.saturating_sub(40))..k - 1).rev().find(|&c| closes_quote(w, q, c)) {
                    let st = if c + 1 < k && w.punct(c + 1, ",") { c + 2 } else { c + 1 };
                    let se = np_right(w, st, k);
                    if se > st && st < k && w.punct(se, ",") && (w.capitalized(st) || w.class[st] == Class::SubjectPronoun) {
                        source = Some((st, se));
                    }
                }
            }
            if source.is_none() {
                return;
            }
        }

        // "show" reports only when records speak: "polls show", "records show that …"; footage
        // that shows something is perception, not attribution.
        if cue.lemma == "show" {
            let head = source.map(|(_, b)| w.text(b - 1).to_ascii_lowercase());
            if !head.is_some_and(|h| DOCUMENTS.contains(&h.as_str())) {
                return;
            }
        }

        // Content after the cue (or after an inverted source).
        let after_cue = inverted_end.unwrap_or(ce);
        let comma_after = after_cue < e && w.punct(after_cue, ",");
        let mut a = after_cue;
        if a < e && (w.punct(a, ":") || w.punct(a, ",")) {
            a += 1;
        }
        // "called Smith a liar", "calls the plan “a disaster”": a small clause, object then
        // predicate; the content is both.
        let small_clause = cue.lemma == "call" && !with_particle && !passive && ce < e && {
            let n1 = np_right(w, ce, e);
            // The noun phrase may have swallowed an adjective predicate ("the charges unfounded").
            let swallowed = n1 >= ce + 3 && predicate_adjective(w, n1 - 1);
            swallowed
                || (n1 > ce
                    && n1 < e
                    && n1 - ce <= 10
                    && (w.kind(n1) == TokenKind::Quote || w.is(n1, "a") || w.is(n1, "an") || w.is(n1, "the") || predicate_adjective(w, n1))
                    && !TIME_WORDS.iter().any(|t| w.is(n1 + 1, t)))
        };
        // After a particle ("called for …") the content starts at once.
        if inverted_end.is_none() && !with_particle && !small_clause {
            a = skip_to_content(w, a, e, cue.flags & ADDRESSEE != 0);
        }
        if a < e && w.class[a] == Class::ObjectPronoun && cue.flags & lexicon::NOMINAL == 0 && !passive && !small_clause {
            return; // "he had said them last week": no content here
        }
        // Circumstances, not content: "said Tuesday his …" skips the day; "said during the
        // interview." has no content after the cue.
        if a < e && a == after_cue {
            let mut c = a;
            if CIRCUMSTANCE.iter().any(|p| w.is(c, p)) {
                c += 1;
            }
            let time_word = |k: usize| k < e && (DAYS.iter().any(|d| w.is(k, d)) || TIME_WORDS.iter().any(|d| w.is(k, d)));
            if time_word(c) {
                while time_word(c) {
                    c += 1;
                }
                a = if c < e && !w.is_break(c) { c } else { e };
            } else if c > a {
                // "said after the meeting he would …", "said on the other hand, “…”": a short
                // circumstance, then a clause opened by a subject pronoun or a quotation.
                a = e;
                for m in c + 1..e.min(c + 7) {
                    if w.punct(m, ",") && m + 1 < e && w.kind(m + 1) == TokenKind::Quote && cue.flags & lexicon::CLAUSE != 0 {
                        a = m + 1;
                        break;
                    }
                    if w.is_break(m) || w.verb[m].is_some() || w.class[m] == Class::Relative || w.kind(m) == TokenKind::Quote {
                        break;
                    }
                    let personal = matches!(w.text(m).to_ascii_lowercase().as_str(), "he" | "she" | "they" | "we" | "i" | "it");
                    if personal && w.class[m] == Class::SubjectPronoun && w.class[m - 1] != Class::Preposition {
                        a = m;
                        break;
                    }
                }
            }
        }
        let explicit_after = a < e && (w.class[a] == Class::That || w.is(a, "how") || w.kind(a) == TokenKind::Quote || (a > 0 && w.punct(a - 1, ":")));
        let mut post = if a < e { after(w, q, i, a, e) } else { Vec::new() };
        // "X responded:" at the end of a line or sentence: the quotation that follows.
        if post.is_empty() && after_cue < e && w.punct(after_cue, ":") && after_cue + 1 == e && e < w.class.len() {
            if let Some(c) = q.opens_at(e) {
                let ci = q.inside[e] as usize;
                let _ = c;
                post = chain_spans(q, ci).into_iter().filter_map(|sp| trim(w, q, sp)).collect();
            }
        }
        // Passive: "Russians are said [to be …]" keeps its subject as content.
        if passive {
            let subj = left_source(w, f, k);
            if a < e && w.is(a, "to") {
                if let Some(sj) = subj {
                    if !matches!(w.class[sj.0], Class::SubjectPronoun) {
                        post.insert(0, sj);
                    }
                }
            } else if !(a < e && w.class[a] == Class::That) {
                return; // "was told", "were reported killed": not an attribution we can place
            }
        }

        let source_start = source.map(|s| s.0).unwrap_or(k);
        let pre_end = if inverted_end.is_some() { k } else { source_start };
        let mut pre = if passive || gerund_after_comma || coordinated || with_subject || comma_verb { Vec::new() } else { before(w, q, f, pre_end) };
        // "While the MoD revealed …, he said": an adverbial clause, not what was said.
        if pre.first().is_some_and(|&(p0, _)| w.class[p0] == Class::Clause && w.kind(p0) == TokenKind::Word) {
            pre.clear();
        }
        let mut pre_is_quote = pre_end > f && (closes_quote(w, q, pre_end - 1) || (pre_end > f + 1 && w.punct(pre_end - 1, ",") && closes_quote(w, q, pre_end - 2)));
        // "In an interview on the show “Today,” the senator said …": a fronted circumstance that
        // ends in a title is no quotation of the source's.
        if pre_is_quote && pre.first().is_some_and(|&(p0, _)| w.class[p0] == Class::Preposition && q.opens_at(p0).is_none()) && self.title_before(pre_end) {
            pre_is_quote = false;
        }
        // "“Who pays for it?” she asked.": a question or exclamation closes the quotation and
        // the sentence, so the cue's sentence opens right after the quotation.
        if pre.is_empty() && pre_end == f && f > 0 && closes_quote(w, q, f - 1) && f >= 2 && matches!(w.text(f - 2), "?" | "!") && !passive {
            let short = e <= f + 12 || (f..e).any(|m| w.punct(m, ","));
            if short {
                pre = chain_spans(q, q.inside[f - 1] as usize).into_iter().filter_map(|sp| trim(w, q, sp)).collect();
                pre_is_quote = !pre.is_empty();
            }
        }

        // Inside a quotation the speaker's own words are not split into further attributions,
        // except a first-person cue with a that-clause ("“I am firmly convinced that …”").
        // An unclosed quotation mark is taken to end with its own sentence: a cue in a later
        // sentence of the paragraph is outside it.
        let stray_open = q.chain_at(i).is_some_and(|c| !c.closed && c.first < f);
        if q.inside[i] != NONE && !stray_open {
            let first_person = source.is_some_and(|(sa, sb)| sb == sa + 1 && matches!(w.text(sa).to_ascii_lowercase().as_str(), "i" | "we"));
            if !(first_person && a < e && w.class[a] == Class::That) {
                return;
            }
        }
        // "His ex-wife agreed, but also contended that …": after a comma, a clause opened by a
        // conjunction is another report, not this cue's content.
        let post_conjunction = post.first().is_some_and(|&(p0, _)| matches!(w.text(p0).to_ascii_lowercase().as_str(), "but" | "and" | "or" | "yet"));
        let mut content = Vec::new();
        if pre_is_quote && !pre.is_empty() {
            // "“…,” he said during …": the quotation is the content; a second quotation after
            // the cue continues it.
            content.extend(pre.iter().copied());
            let post_quote = comma_after && post.first().is_some_and(|&(s0, _)| w.kind(s0) == TokenKind::Quote);
            if post_quote {
                content.extend(post.iter().copied());
            } else if let Some(o) = self.resumed_quote(ce, e) {
                // "“A,” she said, turning to the panel, “B.”": the quotation resumes after an
                // interruption.
                content.extend(chain_spans(q, q.inside[o] as usize).into_iter().filter_map(|sp| trim(w, q, sp)));
            }
        } else if inverted_end.is_some() {
            content.extend(pre.iter().copied());
            if comma_after && !pre.is_empty() {
                content.extend(post.iter().copied());
            }
        } else if !post.is_empty() && (!comma_after || (pre.is_empty() && !post_conjunction)) {
            content = post;
        } else if !pre.is_empty() {
            content.extend(pre.iter().copied());
            if comma_after {
                content.extend(post.iter().copied());
            }
        }
        // "While his advisers suggested X, the president …": in a fronted subordinate clause the
        // content ends at the comma before the main clause.
        let st = skip_connectives(w, f, k);
        let fronted = st < k && SUBORDINATORS.iter().any(|x| w.is(st, x)) && !pre_is_quote;
        if fronted && content.len() == 1 && content[0].0 >= ce {
            let (c0, c1) = content[0];
            if let Some(m) = (c0 + 2..c1).find(|&m| w.punct(m, ",") && q.inside[m] == NONE) {
                content[0].1 = m;
            }
        }
        // "says that.", "said so": a pointer back, not a content.
        let single = content.len() == 1 && content[0].1 == content[0].0 + 1;
        if single && (matches!(w.class[content[0].0], Class::That | Class::SubjectPronoun | Class::Determiner) || w.is(content[0].0, "so")) {
            return;
        }
        if content.is_empty() {
            return;
        }
        // Indirect questions: "asked whether …", "wondered how …".
        let question = matches!(cue.lemma, "ask" | "wonder" | "question")
            && a < e
            && matches!(w.text(a).to_ascii_lowercase().as_str(), "if" | "whether" | "how" | "what" | "why" | "when" | "where" | "who");
        // "described the town as ruined", "referred to the strikes as persistent": a split cue
        // around the object; the content is the object and the predicate.
        let split_as = if SPLIT_AS.contains(&cue.lemma) && content.len() == 1 && !pre_is_quote {
            let (c0, c1) = content[0];
            (c0 + 1..c1.min(c0 + 20)).find(|&m| w.is(m, "as") && q.inside[m] == q.inside[c0]).filter(|&m| m + 1 < c1 && !(c0..m).any(|x| w.is_break(x)))
        } else {
            None
        };
        // "asked the crowd to welcome …": a to-infinitive after a cue that takes one.
        let infinitive = cue.flags & lexicon::INFINITIVE != 0 && content.first().is_some_and(|&(c0, _)| w.is(c0, "to") && c0 >= a);
        // "one study found …": a document's findings, like "polls show".
        let findings = cue.lemma == "find" && source.is_some_and(|(_, b)| DOCUMENTS.iter().any(|d| w.is(b - 1, d)) || w.is(b - 1, "researchers") || w.is(b - 1, "authors") || w.is(b - 1, "panel"));
        let explicit = explicit_after || pre_is_quote || with_particle || question || small_clause || split_as.is_some() || infinitive || findings;
        // "would tell an American story", "tells so many lies": the present of "tell" reports
        // only with a clause marker ("tells reporters that …").
        let weak_tell = cue.lemma == "tell" && !cue.past && !cue.gerund;
        if (cue.flags & WEAK != 0 || controlled || weak_tell) && !explicit {
            return;
        }
        // "“A,” he said. “B.”": the next sentence's bare quotation continues the content.
        // The cue ends its sentence, give or take a short circumstance ("said of waterboarding.").
        let tail = inverted_end.unwrap_or(ce);
        // An appositive after an inverted source ("said Ann Lee, an economist at …") may be long.
        let appositive = inverted_end.is_some() && tail < e && w.punct(tail, ",");
        // A longer circumstance may follow ("said of the election, in which …") as long as no
        // other report (a strong verb cue) or quotation starts in it.
        let strong_cue = |k: usize| w.verb[k].is_some_and(|c| c.flags & (WEAK | ADJECTIVE) == 0);
        // "said after the witness failed to appear", "said, stressing the point", "said on the
        // show “Today”": a circumstance or a participle of the same speaker may hold cues and titles.
        let circumstance = tail < e && ([CIRCUMSTANCE, SUBORDINATORS, DAYS, TIME_WORDS].iter().any(|l| l.iter().any(|c| w.is(tail, c)))
            || (w.punct(tail, ",") && tail + 1 < e && w.verb[tail + 1].is_some_and(|c| c.gerund)));
        let ends_sentence = (tail + 30 >= e || appositive)
            && (tail..e).all(|k| (circumstance || (!strong_cue(k) && w.kind(k) != TokenKind::Quote)) && w.class[k] != Class::That);
        // "‘I admire the mechanics’ of the plan, she said.": a content that opens with a quotation.
        let pre_opens_quote = pre.first().is_some_and(|&(p0, _)| q.opens_at(p0).is_some());
        if (pre_is_quote || pre_opens_quote) && ends_sentence && content.len() == pre.len() {
            if let Some(cont) = self.continuation(si) {
                content.extend(cont);
            }
        }
        let mut cue_spans = vec![(i, ce)];
        if adjective {
            cue_spans = vec![(i, i + 1)];
        }
        if let Some(m) = split_as {
            let (c0, c1) = content[0];
            content = vec![(c0, m), (m + 1, c1)];
            cue_spans.push((m, m + 1));
        }
        self.push(out, Found { source, cue: cue_spans, content, stance: cue.stance, sentence: si });
    }

    /// "Erin Lee, a former aide who joined the campaign in 2011, said": the sentence opens with
    /// a name, then a comma and a long appositive (relative clauses, coordination) that ends in
    /// the comma before the cue at `k`. The appositive holds no other cue, quotation or sentence
    /// end. Returns the name with its appositive.
    fn long_appositive_subject(&self, f: usize, k: usize) -> Option<(usize, usize)> {
        let (w, q) = (self.w, self.q);
        if k < f + 4 || !w.punct(k - 1, ",") {
            return None;
        }
        let st = skip_connectives(w, f, k);
        let c = (st + 1..(st + 10).min(k - 1)).find(|&c| w.punct(c, ","))?;
        let named = w.capitalized(st) || w.class[st] == Class::Determiner;
        if !named || np_right(w, st, c) != c || k - c > 45 {
            return None;
        }
        let clean = (c + 1..k - 1).all(|m| {
            q.inside[m] == NONE && !w.punct(m, ".") && !w.punct(m, ";") && !w.verb[m].is_some_and(|v| v.flags & WEAK == 0 && !v.past)
        });
        clean.then_some((st, k - 1))
    }

    /// The quotation closing just before `end` (or before its comma) is a short title in title
    /// case ("“Face the Nation,”"), not a quotation of words said.
    fn title_before(&self, end: usize) -> bool {
        let (w, q) = (self.w, self.q);
        let close = if end > 1 && w.punct(end - 1, ",") { end - 2 } else { end - 1 };
        let Some(c) = q.chain_at(close) else { return false };
        let words: Vec<usize> = (c.first..=c.last).filter(|&k| w.kind(k) == TokenKind::Word).collect();
        let small = |k: usize| matches!(w.text(k), "of" | "the" | "and" | "a" | "an" | "to" | "in" | "on" | "for" | "with" | "at" | "by" | "or");
        !words.is_empty() && words.len() <= 8 && words.iter().all(|&k| w.capitalized(k) || small(k))
    }

    /// The opening mark of a quotation that resumes after a comma later in the sentence
    /// (`from..end`), with no other strong cue before it.
    fn resumed_quote(&self, from: usize, end: usize) -> Option<usize> {
        let (w, q) = (self.w, self.q);
        for k in from..end.min(from + 30) {
            if w.verb[k].is_some_and(|c| c.flags & WEAK == 0) && q.inside[k] == NONE {
                return None;
            }
            // "“A,” she said, “B.”", and with a conjunction: "“A,” he said, but “B.”"
            let comma_before = k > from && w.punct(k - 1, ",");
            let conj_before = k > from + 1 && w.punct(k - 2, ",") && (w.is(k - 1, "but") || w.is(k - 1, "and"));
            if (comma_before || conj_before) && q.opens_at(k).is_some() {
                return Some(k);
            }
        }
        None
    }

    /// A headline line in title case ("Moscow Backs Claim of Russian Attack").
    fn title_case_line(&self, s: &Sentence) -> bool {
        let doc = self.doc;
        let own_line = doc.tokens[s.first].newline_before && doc.tokens.get(s.end).map_or(true, |t| t.newline_before);
        let words = (s.first..s.end).filter(|&k| self.w.kind(k) == TokenKind::Word).count();
        let caps = (s.first..s.end).filter(|&k| self.w.capitalized(k)).count();
        own_line && words >= 4 && caps * 10 >= words * 6
    }

    /// The quotation that opens the sentence after `si` in the same paragraph, when no cue of
    /// its own claims it.
    fn continuation(&self, si: usize) -> Option<Vec<(usize, usize)>> {
        let next = self.sentences.get(si + 1)?;
        let cur = &self.sentences[si];
        // The next paragraph may continue too, when it opens with the quotation.
        if next.paragraph > cur.paragraph + 1 || self.has_cue[si + 1] {
            return None;
        }
        let chain = self.q.opens_at(next.first)?;
        // Every sentence the quotation covers must be free of cues.
        let mut sj = si + 1;
        while let Some(s) = self.sentences.get(sj) {
            if s.first > chain.last {
                break;
            }
            if self.has_cue[sj] || sj > si + 40 {
                return None;
            }
            sj += 1;
        }
        let ci = self.q.inside[next.first] as usize;
        Some(chain_spans(self.q, ci).into_iter().filter_map(|sp| trim(self.w, self.q, sp)).collect())
    }

    /// "the claim that …", "its defense ministry's claim that …", "reports of explosions".
    fn noun(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
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
        let _ = lexicon::lexicon;
        self.push(out, Found { source, cue: vec![(i, i + 1)], content: vec![span], stance: cue.stance, sentence: si });
    }

    /// "allegedly made in Klishchivka": an attribution with no source.
    fn adverb(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
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
