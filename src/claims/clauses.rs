//! Finding attributions sentence by sentence: each cue (a reporting verb, "according to", a
//! noun such as "claim", an adverb such as "allegedly", a headline colon) with its source and
//! content spans. One pass over the tokens; every look-around is bounded.

use super::content::{after, before, chain_spans, closes_quote, skip_connectives, skip_to_content, trim};
use super::lexicon::{self, lists, one_of, Class, ADDRESSEE, ADJECTIVE, WEAK};
use super::colon_block;
use super::parenthetical;
use super::small_clause::{self, predicate_adjective};
use super::split_predicate;
use super::quotes::{Quotes, NONE};
use super::source::{left_source, np_left, np_right, title_dot};
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
}

/// Prepositions that open a circumstance of the speech act right after the cue.
pub(super) const CIRCUMSTANCE: &[&str] = &["during", "in", "on", "at", "after", "before", "from", "via", "through", "while", "when", "with", "last", "this", "earlier", "later", "late", "early", "today", "yesterday"];
pub(super) const TIME_WORDS: &[&str] = &["week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "today", "yesterday", "tonight"];
pub(super) const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Documents whose findings are reported: the sources that "show" something.
pub(super) const DOCUMENTS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "records", "record", "data", "figures", "study", "studies", "report", "reports",
    "documents", "document", "emails", "results", "numbers", "statistics", "analysis", "research", "filings", "estimates",
    "average", "averages", "analyses", "tally", "audit", "review", "count", "chart", "charts", "slide", "slides", "transcript",
    "transcripts", "findings", "projections", "returns", "surveys", "census", "model", "models", "tracker", "index",
    "polling", "ledger", "ledgers", "evidence", "tests", "test", "investigation", "inquiry", "probe", "memo", "memos",
    "letter", "letters", "filing", "papers", "projection", "assessment", "assessments", "indicators", "trends", "calculations",
    "logs", "receipts", "minutes", "testimony", "forecast", "forecasts", "database", "databases",
];

/// A fronted time phrase ("This year,") or participle phrase ("Speaking at …,", "Chastened by …,")
/// opens the sentence at `st`, before its subject.
fn fronted_phrase(w: &Words, st: usize, k: usize) -> bool {
    let time = (st + 1..(st + 3).min(k)).any(|c| w.punct(c, ",") && super::source::is_time_phrase(w, st, c));
    time || (w.capitalized(st) && w.class[st] == Class::Other && w.text(st).len() > 5 && (w.text(st).ends_with("ing") || w.text(st).ends_with("ed")))
}

/// Words that open a fronted subordinate clause.
pub(super) const SUBORDINATORS: &[&str] = &["while", "as", "although", "though", "because", "if", "when", "since", "after", "before", "whereas", "once", "until", "unless"];

/// Modal auxiliaries: obligation, possibility, the future.
const MODALS: &[&str] = &["should", "would", "could", "might", "must", "may", "can", "will", "shall", "'d", "'ll"];

/// Cues split around their object by "as" ("described X as Y").
pub(super) const SPLIT_AS: &[&str] = &[
    "describe", "refer", "portray", "characterize", "characterise", "depict", "label", "brand",
    // Cognition and evaluation: "sees the deal as a win", "dismissed the charges as politics".
    "see", "view", "regard", "dismiss", "deride", "hail", "tout", "cast", "paint", "frame", "identify", "praise", "criticize", "criticise", "denounce", "reject",
    "blast", "condemn", "attack", "slam", "lambaste", "mock", "ridicule", "admire",
];

/// Words after "as" that make it no predicate of a split cue ("as soon as", "as well").
pub(super) const NOT_PREDICATE_AS: &[&str] = &["soon", "well", "long", "much", "many", "far", "if", "though", "usual", "part", "such", "recently", "early", "late"];

/// Words after which a gerund cue shares the sentence's subject ("responded by saying").
const GERUND_LINKS: &[&str] = &["by", "after", "before", "for", "from", "while", "when", "without", "and", "in", "despite", "but", "upon"];

/// Determiners that stand alone as a subject ("many say", "several said").
pub(super) const QUANTIFIERS: &[&str] = &["some", "many", "several", "most", "few", "both", "another"];

/// Cues of asking: their content is an indirect question ("asked whether …").
const QUESTION_CUES: &[&str] = &["ask", "wonder", "question", "inquire"];

/// Words that open an indirect question after a cue of asking.
const QUESTION_WORDS: &[&str] = &["if", "whether", "how", "what", "why", "when", "where", "who", "whom", "which", "whose"];

fn question_word(w: &Words, k: usize) -> bool {
    one_of(w, k, QUESTION_WORDS)
}

/// A clause opens at `a` with no complementizer: a personal subject pronoun then a verb-like
/// word, "it"/"there" then an auxiliary, or a short determiner phrase then an auxiliary.
fn bare_clause(w: &Words, a: usize, e: usize) -> bool {
    if a + 2 >= e {
        return false;
    }
    let finite = |k: usize| matches!(w.class[k], Class::Aux | Class::Be);
    let lower = w.lower(a);
    // "they're", "I'm", "you've": a pronoun with its auxiliary in one token.
    let clitic = |t: &str| {
        let t = t.replace('’', "'");
        matches!(t.split_once('\''), Some(("he" | "she" | "they" | "we" | "i" | "you" | "it" | "there", "re" | "m" | "s" | "ve" | "ll" | "d")))
    };
    match lower.as_str() {
        // "you" is an object as often ("finds you attractive"): only before a finite verb.
        "you" => finite(a + 1) || w.class[a + 1] == Class::Negation,
        "he" | "she" | "they" | "we" | "i" => {
            finite(a + 1) || matches!(w.class[a + 1], Class::Negation | Class::Adverb) || (w.class[a + 1] == Class::Other && w.is_word(a + 1) && !w.capitalized(a + 1))
        }
        "it" | "there" => finite(a + 1),
        t if t.contains('\'') || t.contains('’') => clitic(t) && w.is_word(a + 1),
        // "knows Sanders will run", "I know Americans are impatient": a name, then an auxiliary.
        _ if w.capitalized(a) && w.class[a] == Class::Other => {
            (a + 1..(a + 4).min(e)).find(|&m| !w.capitalized(m)).is_some_and(|m| finite(m) && w.is_word(m + 1))
        }
        _ if w.class[a] == Class::Determiner && !matches!(lower.as_str(), "no" | "any" | "every" | "each") => {
            // ("I knew this hatred and foul talk were wrong": a coordination inside the phrase.)
            let in_phrase = |m: usize| w.is_word(m) && (w.class[m] == Class::Other || (m > a + 1 && w.is(m, "and")));
            (a + 1..(a + 7).min(e)).find(|&m| !in_phrase(m)).is_some_and(|m| m > a + 1 && !w.is(m - 1, "and") && finite(m))
        }
        _ => false,
    }
}

/// Words that open an embedded question after any clause-taking cue ("did not say why …",
/// "knows what …"); "when", "where" and "if" also open circumstances ("said when asked"), so
/// they count only after a negated cue ("has not said when …").
const WH_CLAUSE: &[&str] = &["whether", "how", "what", "why"];
const WH_NEGATED: &[&str] = &["when", "where", "who", "whom", "if"];

/// Verbs of knowing, after which those words open the question known ("knows when …") too.
fn knowing(lemma: &str) -> bool {
    matches!(lemma, "know" | "understand" | "realize" | "realise")
}


impl<'a> Finder<'a> {
    pub fn new(doc: &'a Doc<'a>, w: &'a Words<'a>, q: &'a Quotes, sentences: &'a [Sentence]) -> Self {
        Finder { doc, w, q, sentences }
    }

    /// Sentence `si` holds a strong cue: a quotation in it is not a bare continuation. Asked
    /// only next to a quotation, so worked out then (a pass over every sentence up front reads
    /// a long text's flags once more, from memory rather than the caches).
    fn has_cue(&self, si: usize) -> bool {
        let (w, q, s) = (self.w, self.q, &self.sentences[si]);
        std::iter::successors(w.next_may_cue(s.first, s.end), |&i| w.next_may_cue(i + 1, s.end))
            // ("according" has no cue entry, a test holds it: the token is read only for a
            // word without one.)
            .any(|i| q.inside[i] == NONE && (w.verb[i].is_some_and(|c| c.flags & WEAK == 0) || (w.verb[i].is_none() && w.noun[i].is_none() && w.is(i, "according"))))
    }

    pub fn find(&self) -> Vec<Found> {
        let mut out = Vec::new();
        for (si, s) in self.sentences.iter().enumerate() {
            let before_len = out.len();
            // "Said the mayor, “…”": the sentence's first word is its cue (no headline colon then).
            let fronted = self.fronted_cue(si, s, &mut out) || self.fronted_participle_phrase(si, s, &mut out);
            if !fronted {
                self.headline_colon(si, s, &mut out);
                self.transcript_colon(si, s, &mut out);
            }
            self.in_document(si, s, &mut out);
            let w = self.w;
            // Most tokens start nothing here: one flag of their spelling says so, and the tokens
            // without it are passed in one tight scan (`Words::next_may_cue`).
            let mut next = s.first;
            while let Some(i) = w.next_may_cue(next, s.end) {
                next = i + 1;
                if fronted && i == s.first {
                    continue;
                }
                if i > s.first && matches!(w.text(i), "―" | "—" | "–") && closes_quote(w, self.q, i - 1) {
                    self.dash_byline(si, s, i, &mut out);
                } else if w.is(i, "as") && self.q.inside[i] == NONE && self.as_source(si, s, i, &mut out) {
                    // "…, as the minister noted.", "As one analyst put it, …"
                } else if w.is(i, "according") && i + 1 < s.end && w.is(i + 1, "to") {
                    self.according(si, s, i, &mut out);
                } else if w.verb[i].is_some() {
                    let found = out.len();
                    self.verb(si, s, i, &mut out);
                    // "There have been reports of …", "despite claims that …": a word the verb
                    // reading leaves unused may still be a noun cue.
                    if out.len() == found && w.noun[i].is_some() {
                        self.noun_after_verb(si, s, i, &mut out);
                    }
                } else if w.noun[i].is_some() {
                    self.noun(si, s, i, &mut out);
                } else if w.kind(i) == TokenKind::Word && w.agentless_adverb(i) {
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
        f.content.retain(|&(a, b)| (a..b).any(|k| doc.tokens[k].kind() != TokenKind::Punct && doc.tokens[k].kind() != TokenKind::Quote));
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
        // "according to her “clawback” plan,", "according to a newly uncovered email previously
        // kept secret.", "according to the the report": a phrase the noun-phrase reading stops
        // inside (a quoted title, an adverb, a participle, a typo) runs to the comma or the
        // sentence's end, when no clause (a finite auxiliary, "that", a relative) opens in it.
        if se < s.end && !w.is_break(se) && !w.punct(se, ".") {
            let run_end = (i + 2..s.end.min(i + 27)).find(|&m| w.is_break(m) || (w.punct(m, ".") && !title_dot(w, m, s.end))).unwrap_or(s.end);
            let stops_inside = w.kind(se) == TokenKind::Quote || matches!(w.class[se], Class::Adverb | Class::Determiner) || (w.is_word(se) && w.text(se).ends_with("ed"));
            let clause = (se..run_end).any(|m| matches!(w.class[m], Class::Aux | Class::Be | Class::That | Class::Relative | Class::Clause) && self.q.inside[m] == NONE);
            let at_break = run_end == s.end || w.punct(run_end, ",") || w.punct(run_end, ".");
            if stops_inside && !clause && at_break && run_end > se {
                se = run_end;
            }
        }
        let initial = skip_connectives(w, s.first, i) == i;
        // "According to the newly released handbook, …": an adverb the phrase reader stops at
        // is left to the sentence-initial reading below.
        if se == i + 2 && !initial {
            return;
        }
        let mut source_end = se;
        // "According to journalists who watch state TV, …": the relative clause runs to the comma.
        // A restrictive "that" clause is part of the source ("According to records that were
        // released in May, …").
        let that_clause = se > i + 2 && se < s.end && w.class[se] == Class::That;
        if se < s.end && (w.class[se] == Class::Relative || that_clause) {
            if let Some(c) = (se..s.end.min(se + 25)).find(|&c| w.punct(c, ",")) {
                se = c;
                if that_clause {
                    source_end = c;
                }
            }
        }
        // "According to early results of exit polls conducted for the networks by Edison, …": a
        // sentence-initial source phrase with participles runs to the comma, when no clause
        // (a finite cue, "that", a quotation) starts inside it.
        if se < s.end && !w.punct(se, ",") && initial {
            // "that night" stays inside the phrase.
            let stops = |c: usize| w.is_break(c) || w.kind(c) == TokenKind::Quote || (matches!(w.class[c], Class::That | Class::Aux | Class::Be | Class::Relative) && !w.listed(c + 1, lists::TIME_WORDS));
            if let Some(c) = (se..s.end.min(se + 30)).find(|&c| stops(c)) {
                if w.punct(c, ",") && !(se..c).any(|m| w.verb[m].is_some_and(|v| !v.past)) {
                    se = c;
                    source_end = c;
                }
            }
        }
        if source_end == i + 2 {
            return;
        }
        let mut content = Vec::new();
        let lead = skip_connectives(w, s.first, i);
        let mut pre = if lead < i { before(w, self.q, s.first, i) } else { Vec::new() };
        // "indicated that, according to X, …": the content is what follows.
        if pre.last().is_some_and(|&(_, b)| matches!(w.class[b - 1], Class::That | Class::Clause)) {
            pre.clear();
        }
        // "… 46 percent to 39 percent according to a new poll.": no comma, and the source
        // ends the sentence.
        if pre.is_empty() && lead + 3 < i && (se == s.end || w.punct(se, ".")) && w.class[i - 1] != Class::That {
            pre.extend(trim(w, self.q, (lead, i)));
        }
        // "…, the party's Mormon voters, who make up a third of the state, according to a
        // survey": a non-restrictive relative clause that ends right before the cue is what the
        // source reports, not the sentence it hangs on.
        if let [(p0, p1)] = pre[..] {
            // ("… must be wrong - which it often is, according to Ann Dale": a dash too.)
            let last_comma = (p0 + 2..p1.saturating_sub(2)).rev().find(|&m| (w.punct(m, ",") || w.spaced_dash(m)) && self.q.inside[m] == NONE);
            if let Some(m) = last_comma.filter(|&m| w.class[m + 1] == Class::Relative || w.is(m + 1, "whose")) {
                pre[0].0 = m + 1;
            }
        }
        // "That’s according to exit polls.": the demonstrative stands for what was reported.
        if pre.is_empty() && lead + 2 == i && one_of(w, lead, &["that", "this"]) && (w.possessive(lead + 1) || matches!(w.lower(lead + 1).as_str(), "is" | "was")) {
            pre.push((lead, lead + 1));
        }
        // "…, according to an analysis by Ann Lee, a former tax aide, whose figures …": after a
        // content before the cue, an appositive of the source that meets the writer's relative
        // clause belongs to the source, and neither is content.
        if !pre.is_empty() && se == source_end && se + 2 < s.end && w.punct(se, ",") {
            let opens = w.class[se + 1] == Class::Determiner || (w.is_word(se + 1) && w.class[se + 1] == Class::Other && !w.capitalized(se + 1) && w.verb[se + 1].is_none());
            // (The appositive may hold a participle: "a former aide now teaching at Yale".)
            let plain = |m: usize| w.is_word(m) && !matches!(w.class[m], Class::Aux | Class::Be | Class::That | Class::SubjectPronoun | Class::Relative) && self.q.inside[m] == NONE;
            let ne = (se + 2..s.end.min(se + 22)).find(|&m| !plain(m)).unwrap_or(s.end);
            if opens && ne > se + 1 && relative_after_comma(w, ne, s.end) {
                source_end = ne;
                se = s.end;
            }
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
        if cue.flags & lexicon::RAISING != 0 {
            self.raising(si, s, i, out);
            return;
        }
        let (f, e) = (s.first, s.end);
        // A determiner or possessive before it makes it a noun ("the claims", "Putin's words"),
        // and so does a preposition ("said via email that …", "in claims that …").
        // ("Al From said": a surname that is a preposition.)
        let after_preposition = i > f && !cue.gerund && ((w.class[i - 1] == Class::Preposition && !w.is(i - 1, "to") && !super::source::name_preposition(w, f, i - 1, i)) || w.is(i - 1, "via"));
        // "Several said …", "some say …": a quantifier standing alone is the subject.
        // A plural quantifier takes no third-person -s verb: in "many reasons that …" the -s word is a noun.
        let third_person = !cue.past && !cue.gerund && w.text(i).len() > cue.lemma.len() && w.text(i).ends_with('s');
        let quantifier_subject = i > f
            && !cue.gerund
            && (cue.past || w.noun[i].is_none())
            && w.listed(i - 1, lists::QUANTIFIERS)
            && (!third_person || w.is(i - 1, "another"));
        // "The first attack was …": an ordinal or adverb between an article or possessive and
        // the word (not a pronoun-like determiner: "some also said", "this also explains").
        let ordinal_after_determiner = i > f + 1 && w.class[i - 1] == Class::Adverb && one_of(w, i - 2, &["the", "a", "an", "his", "her", "its", "their", "our", "my", "your"]);
        if i > f && (after_preposition || (w.class[i - 1] == Class::Determiner && !quantifier_subject) || ordinal_after_determiner || (w.possessive(i - 1) && !matches!(w.class[i - 1], Class::Aux | Class::Be))) {
            if w.noun[i].is_some() {
                self.noun(si, s, i, out);
            }
            return;
        }
        if w.capitalized(i) && i > f && !w.punct(i - 1, ",") && w.kind(i - 1) != TokenKind::Quote {
            // Inside a name. In a title-case headline a noun reading is tried ("Backs Claim of
            // …"), and a reporting verb after a name stays a verb ("Council Says Mayor Should Resign").
            let title = self.title_case_line(s);
            // "Mayor Vows To Fix Roads", "Senator Calls For Inquiry", "Mayor Calls Rival ‘A
            // Liar’": a noun-verb word in -s after a name, with the complement of the verb.
            let verb_complement = i + 1 < e
                && (one_of(w, i + 1, &cue.particles)
                    || (cue.flags & lexicon::INFINITIVE != 0 && w.is(i + 1, "to") && w.capitalized(i + 2))
                    || (cue.lemma == "call" && small_clause::predicate_start(w, self.q, i + 1, e).is_some()));
            let headline_noun_verb = title && !cue.gerund && !cue.past && w.capitalized(i - 1) && w.text(i).ends_with('s') && verb_complement;
            if title && w.noun[i].is_some() && i + 1 < e && !w.capitalized(i + 1) && !headline_noun_verb {
                self.noun(si, s, i, out);
                return;
            }
            let headline_verb = title && !cue.gerund && w.capitalized(i - 1) && ((cue.flags & WEAK == 0 && w.noun[i].is_none()) || headline_noun_verb);
            if !headline_verb {
                return;
            }
        }
        // "is propounding views that …", ", fueling worries that …": after a verb's -ing form
        // the cue word is that verb's object, a noun.
        let after_gerund = !cue.past && !cue.gerund && i > f + 1 && w.class[i - 1] == Class::Other && w.verb[i - 1].is_none() && !w.capitalized(i - 1) && w.text(i - 1).ends_with("ing");
        if after_gerund && (matches!(w.class[i - 2], Class::Be | Class::Aux) || w.punct(i - 2, ",")) {
            if w.noun[i].is_some() {
                self.noun(si, s, i, out);
            }
            return;
        }
        // Noun-verb words ("state", "reports"): a noun before "of", "who" or a break, or with no
        // pronoun, plural or auxiliary before its base form.
        if lexicon::noun_verb_ambiguous(cue.lemma) && !cue.past && !cue.gerund {
            // "calls for …", "call on X to …" after a subject: the verb with its particle.
            // ("to call for …": the infinitive's "to" is no preposition of a noun.)
            let infinitive_to = w.is(i - 1, "to") && w.text(i).eq_ignore_ascii_case(cue.lemma);
            let particle_next = i > f && i + 1 < e && !w.is_break(i - 1) && (w.class[i - 1] != Class::Preposition || infinitive_to) && one_of(w, i + 1, &cue.particles);
            // "The Times reports: “…”": a colon after a subject opens the content, not a noun.
            // "“…,” he notes.", "“…,” Ann Lee reports.": after a third-person pronoun, or after a
            // quotation and its speaker, an -s word before a break is the reporting verb.
            let after_speaker = !cue.past && !cue.gerund && i > f && {
                let pronoun = w.class[i - 1] == Class::SubjectPronoun && one_of(w, i - 1, &["he", "she", "it"]);
                let st = np_left(w, f, i);
                let quoted = st < i && st > f && (closes_quote(w, q, st - 1) || (st > f + 1 && w.punct(st - 1, ",") && closes_quote(w, q, st - 2)));
                pronoun || quoted
            };
            let next_noun = (i + 1 >= e && !after_speaker)
                || (w.is_break(i + 1) && !(w.punct(i + 1, ":") && i > f && cue.flags & WEAK == 0) && !after_speaker)
                || !particle_next && matches!(w.lower(i + 1).as_str(), "of" | "by" | "for" | "who" | "which" | "on" | "in" | "at" | "and" | "or");
            let base = w.text(i).eq_ignore_ascii_case(cue.lemma);
            // "-s" form ("claims", "states"): after a name or pronoun, or with an explicit complement.
            let explicit_next = particle_next || i + 1 < e && (w.class[i + 1] == Class::That || w.kind(i + 1) == TokenKind::Quote || w.punct(i + 1, ":"));
            // "Ann Lee, a senior aide, calls the plan “a blueprint”": the object and predicate
            // of "call" make it the verb.
            let explicit_next = explicit_next || (cue.lemma == "call" && small_clause::predicate_start(w, self.q, i + 1, e).is_some());
            let named_before = i > f && (w.capitalized(i - 1) || matches!(w.class[i - 1], Class::SubjectPronoun | Class::Adverb | Class::Relative));
            if !base && !explicit_next && !named_before {
                return;
            }
            let subject_before = i > f
                && (matches!(w.class[i - 1], Class::SubjectPronoun | Class::Aux | Class::Adverb | Class::Negation)
                    || w.is(i - 1, "to")
                    || (w.text(i - 1).ends_with('s') && !w.possessive(i - 1))
                    // "Britain and France support the rebels": a plural of coordinated names.
                    || (i > f + 2 && w.capitalized(i - 1) && w.is(i - 2, "and") && w.capitalized(i - 3)));
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
        let mut with_particle = ce < e && one_of(w, ce, &cue.particles);
        if with_particle {
            ce += 1;
        }
        // "spoke emotionally of …", "called again for …": an adverb between verb and particle;
        // the cue is split around it.
        let particle_after_adverb = !with_particle && ce + 1 < e && w.class[ce] == Class::Adverb && one_of(w, ce + 1, &cue.particles);
        if particle_after_adverb {
            with_particle = true;
            ce += 2;
        }
        // Auxiliaries, negation and adverbs between subject and cue.
        let mut k = i;
        let mut nearest_aux = None;
        while k > f && matches!(w.class[k - 1], Class::Aux | Class::Be | Class::Negation | Class::Adverb) {
            // "weren't sure": a negated be-form is the copula too.
            let negated_be = w.class[k - 1] == Class::Negation && matches!(w.lower(k - 1).get(..3), Some("isn" | "are" | "was" | "wer"));
            if nearest_aux.is_none() && (matches!(w.class[k - 1], Class::Aux | Class::Be) || negated_be) {
                nearest_aux = Some(if negated_be { Class::Be } else { w.class[k - 1] });
            }
            k -= 1;
        }
        // "Denis Pushilin, though, told": a parenthetical connective between commas.
        if k > f + 3 && w.punct(k - 1, ",") && w.punct(k - 3, ",") && matches!(w.class[k - 2], Class::Adverb | Class::Clause) {
            k -= 3;
        }
        let adjective = cue.flags & ADJECTIVE != 0;
        // "I’m convinced", "they’re saying": the copula inside the pronoun’s token.
        if (adjective || cue.gerund) && nearest_aux.is_none() && k > f && matches!(w.pronoun_clitic(k - 1), Some("m" | "re" | "s")) {
            nearest_aux = Some(Class::Be);
        }
        if adjective && nearest_aux != Some(Class::Be) {
            return;
        }
        let passive = !adjective && cue.past && !cue.gerund && nearest_aux == Some(Class::Be);
        // "After saying her car was stolen, the mayor …": the subject comes after the phrase.
        if cue.gerund && self.gerund_after_fronted_preposition(si, s, i, ce, out) {
            return;
        }
        // "…, adding that": the gerund shares the sentence's subject.
        // "…, adding that", "responded by saying", "and saying": the same, after a preposition
        // or a conjunction.
        let gerund_after_comma = cue.gerund
            && k > f
            && (w.punct(k - 1, ",") || one_of(w, k - 1, GERUND_LINKS))
            && q.inside[k - 1] == NONE;
        // "…, the “Golden Week,” saying …", "changed his mind – saying …": a comma inside a
        // closing quotation, or a dash, sets the gerund off from its clause just the same.
        let gerund_after_comma = gerund_after_comma
            || cue.gerund
                && k > f + 1
                && ((closes_quote(w, q, k - 1) && w.punct(k - 2, ",") && q.inside[k - 2] == q.inside[k - 1])
                    || (matches!(w.text(k - 1), "–" | "—") && q.inside[k - 1] == NONE));
        // "with Warsaw announcing it plans …": an absolute construction with its own subject.
        let with_subject = cue.gerund && !gerund_after_comma && {
            let st = np_left(w, f, k);
            st < k && st > f && w.is(st - 1, "with")
        };
        // "footage of the senator saying …", "one post saying …": a noun phrase right before the
        // gerund is its subject (strong cues only: "a man feeling …" is no report).
        // "she said at a news conference announcing …": after a circumstance of another cue,
        // the gerund shares that cue's subject.
        let after_circumstance = cue.gerund && !gerund_after_comma && k == i && k > f && {
            let st = np_left(w, f, k);
            (st..k).any(|m| w.verb[m].is_some_and(|c| c.past) && w.listed(m + 1, lists::CIRCUMSTANCE))
        };
        let gerund_after_comma = gerund_after_comma || after_circumstance;
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
            && (w.is(k - 1, "and") || w.is(k - 1, "but") || (w.punct(k - 1, ",") && (k..i).any(|j| w.is(j, "then"))))
            && (q.inside[k - 2] == NONE || closes_quote(w, q, k - 2));
        // "is calling for": a progressive is a finite verb.
        let progressive = cue.gerund && nearest_aux == Some(Class::Be);
        if cue.gerund && !gerund_after_comma && !progressive && !with_subject {
            // "Noting that the bridge was shut, the mayor said …": a fronted participle of the
            // main clause's subject.
            if k == i && skip_connectives(w, f, k) == k {
                self.fronted_participle(si, s, i, ce, out);
            }
            return;
        }
        // "went on to say that …": the subject of "went on", and a full report.
        if k > f + 3 && w.is(k - 1, "to") && w.is(k - 2, "on") && one_of(w, k - 3, &["went", "goes", "go", "gone"]) {
            k -= 3;
            while k > f && matches!(w.class[k - 1], Class::Aux | Class::Be | Class::Negation | Class::Adverb) {
                k -= 1;
            }
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
            // Only a circumstance between cue and agent ("announced last week by"): "said the
            // prisoners released by Iran", "said they felt betrayed by" hold another verb's agent.
            // ("said that statements made by …", "echoed statements by …": a clause or an object
            // before the "by", whose agent it is.)
            let circumstance = |m: usize| w.listed(m, lists::CIRCUMSTANCE | lists::DAYS | lists::TIME_WORDS) || w.class[m] == Class::Adverb || w.kind(m) == TokenKind::Number;
            let agent = |j: usize| w.is(j, "by") && !one_of(w, j + 1, MEDIA) && (ce..j).all(&circumstance) && !(ce..j).any(|m| one_of(w, m, &["the", "a", "an"]) || w.class[m] == Class::SubjectPronoun || w.text(m).ends_with("ed"));
            if let Some(by) = (ce..(ce + 4).min(e)).find(|&j| agent(j)) {
                let se = np_right(w, by + 1, e);
                let mut cs = np_left(w, f, k);
                // "Shipments of armored infantry and other weapons announced by …": a coordinated
                // subject that opens the sentence is all content.
                let st = skip_connectives(w, f, cs);
                if cs > st + 2 && w.is(cs - 1, "and") && (st..cs).all(|m| w.is_word(m) && !matches!(w.class[m], Class::Aux | Class::Be | Class::Negation | Class::Relative | Class::That | Class::SubjectPronoun) && w.verb[m].is_none()) {
                    cs = st;
                }
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
                // "Likewise, Ortega …": an adverb set off by a comma.
                if st + 2 < k && w.class[st] == Class::Adverb && w.punct(st + 1, ",") {
                    st += 2;
                }
                // "During a visit to Lyon, Ortega …": after a fronted adverbial, the subject.
                // "At a rally in Ames, Iowa, on Sunday, Clinton …": the comma before the subject
                // when a name or pronoun and a lower-case verb follow one, else the first.
                let subject_at = |c: usize| {
                    let mut x = c + 1;
                    while x < k && (w.capitalized(x) || w.punct(x, ".") || (x == c + 1 && w.class[x] == Class::SubjectPronoun)) {
                        x += 1;
                    }
                    x > c + 1 && x < k && w.is_word(x) && !w.capitalized(x)
                };
                let fronted_at = w.is(st, "at") && !one_of(w, st + 1, &["least", "most"]);
                if w.class[st] == Class::Clause || (w.class[st] == Class::Preposition && (!w.is(st, "at") || fronted_at)) {
                    let first = (st + 1..k.min(st + 15)).find(|&c| w.punct(c, ","));
                    let subject = (st + 1..k.min(st + 25)).find(|&c| w.punct(c, ",") && subject_at(c));
                    if let Some(c) = if fronted_at { subject } else { first } {
                        st = c + 1;
                    }
                    // "On Thursday, however, Trump …": a connective after the adverbial.
                    if st + 2 < k && w.class[st] == Class::Adverb && w.punct(st + 1, ",") {
                        st += 2;
                    }
                } else if fronted_phrase(w, st, k) {
                    // "This year, he …", "Speaking in Salem, New Hampshire, Ortega went …": the
                    // subject after the comma whose name or pronoun a lower-case word follows.
                    let subject_at = |c: usize| {
                        let mut x = c + 1;
                        while x < k && (w.capitalized(x) || w.punct(x, ".") || (x == c + 1 && w.class[x] == Class::SubjectPronoun)) {
                            x += 1;
                        }
                        x > c + 1 && x < k && w.is_word(x) && !w.capitalized(x)
                    };
                    if let Some(c) = (st + 1..k.min(st + 25)).find(|&c| w.punct(c, ",") && subject_at(c)) {
                        st = c + 1;
                    }
                }
                if let Some(c) = fronted_time_end(w, st, k) {
                    st = c;
                }
                let mut se = np_right(w, st, k);
                // A name ends with its capitalised words ("Ortega attacked …").
                // A title before the name runs to the name's end ("Green party nominee
                // Ana Ruiz chimed in").
                // "The senator attacked …": a past tense ends a described subject.
                if w.class[st] == Class::SubjectPronoun {
                    se = st + 1;
                } else if w.class[st] == Class::Determiner {
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
                // "…, said Ann Lee, director of the center.": the name may carry an appositive.
                let ends = |x: usize| x == e || w.punct(x, ".");
                let appositive = re < e && w.punct(re, ",") && { let r2 = np_right(w, re + 1, e); r2 > re + 1 && ends(r2) };
                starts && re > ce && timeless && (ends(re) || appositive) && q.inside[ce] == NONE && !clause_after_cue(w, ce, re)
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
                } else if re > ce && re + 1 < e && w.punct(re, ",") && w.class[re + 1] == Class::Other && w.is_word(re + 1) && !w.capitalized(re + 1) && w.verb[re + 1].is_none() && !w.text(re + 1).ends_with("ing") {
                    // "…, said Ann Lee, director of the center.": a title in apposition.
                    let ne = np_right(w, re + 1, e);
                    // ("…, said Ann Lee, director of the center, which …": the writer's relative
                    // clause after the title is neither source nor content.)
                    if ne > re + 1 && (ne == e || w.punct(ne, ".") || relative_after_comma(w, ne, e)) {
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
                // "said Mr. Lee (a view shared by many)": the phrase reader took the bracket
                // that opens the aside.
                if re > ce + 1 && w.punct(re - 1, "(") {
                    re -= 1;
                }
                // The phrase may end at a relative clause: "said the separatists from which …".
                let ends = re == e
                    || w.is_break(re)
                    || w.kind(re) == TokenKind::Quote
                    || matches!(w.class[re], Class::Relative | Class::That)
                    || (w.class[re] == Class::Preposition && re + 1 < e && w.class[re + 1] == Class::Relative);
                if re > ce && ends && !clause_after_cue(w, ce, re) {
                    source = Some((ce, re));
                    inverted_end = Some(re);
                    // "…,'' said Mr. Lee (a view shared by many).": a bracketed aside of the
                    // writer's after the source is passed over.
                    if re < e && w.punct(re, "(") {
                        if let Some(close) = (re + 1..e.min(re + 25)).find(|&m| w.punct(m, ")")) {
                            inverted_end = Some(close + 1);
                        }
                    }
                }
            }
            // "“…,” Ortega, the favourite … after winning the first round, said": a long
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
            if source.is_none() && cue.lemma == "show" && !cue.gerund && k == i {
                source = self.document_subject(f, k);
            }
            if source.is_none() {
                self.fronted_question(si, s, i, k, ce, out);
                return;
            }
        }

        // "show" reports only when records speak: "polls show", "records show that …"; footage
        // that shows something is perception, not attribution.
        if cue.lemma == "show" {
            // "The latest poll released Friday shows", "documents from his tax return show".
            if !source.is_some_and(|(a, b)| (a..b).any(|m| w.listed(m, lists::DOCUMENTS))) {
                source = if cue.gerund { None } else { self.document_subject(f, k) };
                if source.is_none() {
                    return;
                }
                // (Not the inverted source a phrase after the cue was taken for.)
                inverted_end = None;
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
                    && !w.listed(n1 + 1, lists::TIME_WORDS))
                // Objects with adverbs, coordinations or appositives, and pronoun objects
                // ("called her handling of highly sensitive information “careless”").
                || small_clause::predicate_start(w, q, ce, e).is_some()
                || small_clause::quoted_predicate_start(w, q, ce, e).is_some()
        };
        // After a particle ("called for …") the content starts at once; so does the infinitive of
        // a cue that takes one ("pledged to push for a law that …" is no "that"-clause).
        // ("promised to the voters that …" names the addressee).
        // In a title-case headline every word is capitalised ("Vows To Fix Roads").
        let headline_case = w.capitalized(i) && a + 1 < e && w.text(a) == "To";
        let to_infinitive = cue.flags & lexicon::INFINITIVE != 0 && a + 1 < e && w.is(a, "to") && (!w.capitalized(a + 1) || headline_case) && !matches!(w.class[a + 1], Class::Determiner | Class::ObjectPronoun);
        if inverted_end.is_none() && !with_particle && !small_clause && !to_infinitive {
            a = skip_to_content(w, a, e, cue.flags & ADDRESSEE != 0);
        }
        // "asked reporters whether …", "asked him if …": the addressee stands before the question.
        let question_cue = QUESTION_CUES.contains(&cue.lemma);
        // "asked the senator about the vote", "was asked about the deal": the topic of a
        // question is its content, as in the fronted "Asked about …" (`fronted_question`).
        let question_word = |w: &Words, m: usize| question_word(w, m) || (cue.lemma == "ask" && w.is(m, "about") && m + 1 < e && w.is_word(m + 1));
        if question_cue && !with_particle && a < e && !question_word(w, a) {
            if let Some(qw) = (a + 1..(a + 6).min(e)).find(|&m| question_word(w, m)) {
                let addressee = (a..qw).all(|m| w.is_word(m) && matches!(w.class[m], Class::Determiner | Class::Other | Class::ObjectPronoun) && w.verb[m].is_none());
                if addressee {
                    a = qw;
                }
            }
        }
        // The topic after "about" is the content; "about" right after the cue joins it.
        let ask_about = question_cue && a + 1 < e && w.is(a, "about") && question_word(w, a);
        let about_joins_cue = ask_about && a == ce;
        if ask_about {
            a += 1;
        }
        // "scolded him: “…”", "tells reporters: “…”": the addressee ends at a colon that opens
        // the content.
        if cue.flags & ADDRESSEE != 0 && !with_particle && a < e {
            let colon = if w.punct(a, ":") {
                Some(a)
            } else {
                (a + 1..(a + 6).min(e)).find(|&m| w.punct(m, ":")).filter(|&c| (a..c).all(|m| w.is_word(m) && matches!(w.class[m], Class::Determiner | Class::Other | Class::ObjectPronoun) && w.verb[m].is_none()))
            };
            if let Some(c) = colon.filter(|&c| c + 1 < e) {
                a = c + 1;
            }
        }
        // "tells voters she is with them", "tells the crowd he was first": an addressee, then a
        // clause with no "that" (the present of "tell" reports only with a clause).
        let mut tell_clause = false;
        if cue.lemma == "tell" && !with_particle && !passive && a > after_cue && a < e && bare_clause(w, a, e) && (after_cue..a).all(|m| w.is_word(m)) {
            tell_clause = true;
        } else if cue.lemma == "tell" && !with_particle && !passive && a == after_cue && a < e && !matches!(w.class[a], Class::That | Class::Clause | Class::Relative) && w.kind(a) != TokenKind::Quote {
            let n = np_right(w, a, e).max(a + 1);
            if let Some(m) = (a + 1..=n.min(a + 6)).find(|&m| m < e && bare_clause(w, m, e)) {
                a = m;
                tell_clause = true;
            }
        }
        // "called on them to …"; and "expects them to win", "did not expect him to …": a cue
        // that takes an infinitive, with the infinitive's subject as its object.
        let ecm = cue.flags & lexicon::INFINITIVE != 0 && a == after_cue && a + 2 < e && w.is_word(a + 2) && !w.capitalized(a + 2) && w.class[a + 2] == Class::Other;
        let pronoun_then_infinitive = (with_particle || ecm) && a + 1 < e && w.is(a + 1, "to");
        if a < e && w.class[a] == Class::ObjectPronoun && cue.flags & lexicon::NOMINAL == 0 && !passive && !small_clause && !pronoun_then_infinitive && !tell_clause {
            return; // "he had said them last week": no content here
        }
        // Circumstances, not content: "said Tuesday his …" skips the day; "said during the
        // interview." has no content after the cue.
        if a < e && a == after_cue {
            let mut c = a;
            let time_word = |k: usize| k < e && (w.listed(k, lists::DAYS) || w.listed(k, lists::TIME_WORDS));
            // "this" and "last" open a circumstance only before a time word ("said this week");
            // "said this term would be different" is a content.
            // "said last year's deal was dead": a possessive time word opens a noun phrase.
            let determiner_only = (w.is(c, "this") || w.is(c, "last")) && (!time_word(c + 1) || (c + 2 < e && w.possessive(c + 2)));
            // "have not said when they would vote": after a negated cue, an embedded question.
            // ("knows when the rain will come": after a verb of knowing too.)
            let determiner_only = determiner_only || ((w.is(c, "when") || w.is(c, "where")) && (knowing(cue.lemma) || (k..i).any(|m| w.class[m] == Class::Negation)));
            if w.listed(c, lists::CIRCUMSTANCE) && !determiner_only {
                c += 1;
            }
            if time_word(c) {
                while time_word(c) {
                    c += 1;
                }
                a = if c < e && !w.is_break(c) { c } else { e };
                // "said Sunday on Fox News Channel’s “Hannity,” that …": the place follows the day.
                if a < e && w.listed(a, lists::CIRCUMSTANCE) && cue.flags & lexicon::CLAUSE != 0 {
                    if let Some(t) = that_after_circumstance(w, q, a + 1, e) {
                        a = t;
                    }
                }
            } else if let Some(t) = (c > a && cue.flags & lexicon::CLAUSE != 0).then(|| that_after_circumstance(w, q, c, e)).flatten() {
                // "said on Fox News Channel’s “Hannity,” that …", "said during a taping in
                // Buffalo, New York, that …": the clause after a longer circumstance.
                a = t;
            } else if c > a {
                // "said after the meeting he would …", "said on the other hand, “…”", "adding
                // later, “…”": a short circumstance, then a clause opened by a subject pronoun
                // (after a word of circumstance at least) or a quotation.
                a = e;
                for m in c..e.min(c + 7) {
                    // "said in a statement: “…”" too.
                    if (w.punct(m, ",") || w.punct(m, ":")) && m + 1 < e && w.kind(m + 1) == TokenKind::Quote && cue.flags & lexicon::CLAUSE != 0 {
                        a = m + 1;
                        break;
                    }
                    if w.is_break(m) || w.verb[m].is_some() || w.class[m] == Class::Relative || w.kind(m) == TokenKind::Quote {
                        break;
                    }
                    let personal = matches!(w.lower(m).as_str(), "he" | "she" | "they" | "we" | "i" | "it");
                    if personal && m > c && w.class[m] == Class::SubjectPronoun && w.class[m - 1] != Class::Preposition {
                        a = m;
                        break;
                    }
                }
            }
        }
        // "said in the spring, when the story broke, “…”", "said, and I quote, “…”": a longer
        // circumstance set off by commas (with a clause of time or place in it), then a quotation
        // after a comma or colon; no "that" or other report comes first.
        let report = matches!(cue.lemma, "say" | "tell" | "write" | "add" | "claim" | "note" | "explain");
        if report && inverted_end.is_none() && !with_particle {
            let st = if a == e || a == after_cue + 1 { after_cue + usize::from(after_cue < e && w.punct(after_cue, ",")) } else { a };
            let opener = st < e && q.inside[st] == NONE && (w.listed(st, lists::CIRCUMSTANCE | lists::DAYS | lists::TIME_WORDS) || (w.is(st, "and") && w.is(st + 1, "I") && w.is(st + 2, "quote")));
            if opener && (a == e || a == st) {
                let quote_at = (st + 1..e.min(st + 25)).find(|&m| w.kind(m) == TokenKind::Quote || q.inside[m] != NONE || w.class[m] == Class::That || w.punct(m, ";") || w.verb[m].is_some_and(|c| c.flags & WEAK == 0 && !c.past && !c.gerund));
                if let Some(o) = quote_at.filter(|&o| q.opens_at(o).is_some() && (w.punct(o - 1, ",") || w.punct(o - 1, ":")) && (st..o).any(|m| w.punct(m, ","))) {
                    a = o;
                }
            }
        }
        // A cue inside a quotation that is no passive of its own ends at the quotation check below
        // with nothing found: known here, before the content is worked out for nothing.
        let passive_found_here = passive && !(a < e && w.is(a, "to")) && !(a < e && (w.class[a] == Class::That || (question_cue && question_word(w, a)) || ask_about));
        if !passive_found_here && self.speakers_own_words(i, f, source, a, e) {
            return;
        }
        let explicit_after = tell_clause || a < e && (w.class[a] == Class::That || w.is(a, "how") || w.kind(a) == TokenKind::Quote || (a > 0 && w.punct(a - 1, ":")));
        let mut post = if a < e { after(w, q, i, a, e) } else { Vec::new() };
        // "X responded:" at the end of a line or sentence: the quotation that follows.
        if post.is_empty() && after_cue < e && w.punct(after_cue, ":") && after_cue + 1 == e && e < w.class.len() {
            if let Some(c) = q.opens_at(e) {
                let ci = q.inside[e] as usize;
                let _ = c;
                post = chain_spans(q, ci).into_iter().filter_map(|sp| trim(w, q, sp)).collect();
            } else if let Some(block) = colon_block::block_after(w, q, self.sentences, si) {
                // "The governor added:" then an unquoted paragraph.
                post = vec![block];
            }
        }
        let explicit_after = explicit_after || (post.first().is_some_and(|&(p0, _)| p0 >= e) && w.punct(after_cue, ":"));
        // Passive: "Russians are said [to be …]" keeps its subject as content.
        if passive {
            let subj = left_source(w, f, k);
            if a < e && w.is(a, "to") {
                if let Some(sj) = subj {
                    if !matches!(w.class[sj.0], Class::SubjectPronoun) {
                        // "is expected to sign the bill, she has not …": the infinitive's phrase
                        // ends before a clause of the writer's.
                        if let Some(last) = post.last_mut().filter(|p| p.0 == a) {
                            last.1 = super::raising::predicate_end(w, q, last.0, last.1);
                        }
                        post.insert(0, sj);
                    }
                }
            } else if !(a < e && (w.class[a] == Class::That || (question_cue && question_word(w, a)) || ask_about)) {
                // "was called annexed", "was accused of …", "were reported on Monday": the subject
                // is the content (passive.rs); "was told" is not an attribution we can place.
                if let Some((source, spans, content)) = self.passive_subject(s, i, k, ce, with_particle, cue) {
                    self.push(out, Found { source, cue: spans, content, stance: cue.stance, sentence: si });
                }
                return;
            }
        }

        let source_start = source.map(|s| s.0).unwrap_or(k);
        let pre_end = if inverted_end.is_some() { k } else { source_start };
        let mut pre = if passive || gerund_after_comma || coordinated || with_subject || comma_verb { Vec::new() } else { before(w, q, f, pre_end) };
        // "…, but if the mayor signs it, he should have insisted on …": a cue under a modal of
        // obligation or possibility is no parenthetical report of the clause before it; only a
        // quotation ("“…,” he will say") is.
        if !pre.is_empty() && inverted_end.is_none() && source.is_some_and(|(_, s1)| (s1..i).any(|m| one_of(w, m, MODALS))) && !pre.first().is_some_and(|&(p0, _)| q.inside[p0] != NONE) {
            pre.clear();
        }
        // "Asked about the deal, the minister said …": the fronted question is a claim of its
        // own (`fronted_question`), not part of what the minister said.
        if let Some(c) = fronted_asked_end(w, q, f, pre_end) {
            pre.retain_mut(|p| {
                p.0 = p.0.max(c + 1);
                p.0 < p.1
            });
        }
        // "The plan, the agency said in a June report, was dead.": the content resumes after a
        // circumstance of the cue.
        let mut comma_after = comma_after;
        if post.is_empty() && !pre.is_empty() && !passive && inverted_end.is_none() {
            if let Some(r) = parenthetical::resumes_after_circumstance(w, q, after_cue, e) {
                post = after(w, q, i, r, e);
                comma_after = !post.is_empty();
            }
        }
        // "While the MoD revealed …, he said": an adverbial clause, not what was said.
        // But "If states got block grants, they might cut schools, he said.": with nothing after
        // the cue, a fronted clause followed by its main clause is all content.
        let main_clause_follows = post.is_empty()
            && pre.len() == 1
            && pre.first().is_some_and(|&(p0, p1)| {
                (p0 + 2..p1.saturating_sub(2)).any(|m| {
                    // ("As the inquiry ends, agents are likely to …": a bare plural subject,
                    // then its finite verb.)
                    let finite = |x: usize| matches!(w.class[x], Class::Aux | Class::Be);
                    let bare_subject = w.is_word(m + 1) && w.class[m + 1] == Class::Other && (finite(m + 2) || (w.class[m + 2] == Class::Adverb && m + 3 < p1 && finite(m + 3)));
                    // (A cue word before a finite verb is a noun: "states would …".)
                    w.punct(m, ",") && q.inside[m] == NONE && (w.verb[m + 1].is_none() || bare_subject) && (w.capitalized(m + 1) || matches!(w.class[m + 1], Class::SubjectPronoun | Class::Determiner) || bare_subject)
                })
            });
        let resumes = comma_after && !post.is_empty();
        let mut pre_is_quote = pre_end > f && (closes_quote(w, q, pre_end - 1) || (pre_end > f + 1 && w.punct(pre_end - 1, ",") && closes_quote(w, q, pre_end - 2)));
        // "About 270 people …": "about" before a number is an approximation, no subordinator.
        let approximation = |p0: usize| w.is(p0, "about") && w.kind(p0 + 1) == TokenKind::Number;
        // ("Nor are tariffs likely to …, he said": a coordinator opens a main clause.)
        let coordinator = |p0: usize| one_of(w, p0, &["nor", "yet", "and", "but", "or"]);
        if pre.first().is_some_and(|&(p0, _)| w.class[p0] == Class::Clause && w.kind(p0) == TokenKind::Word && !approximation(p0) && !coordinator(p0)) && !main_clause_follows && !parenthetical::keeps_fronted_clause(&pre, resumes) {
            // "If the bill passes, “it will …,” she said.": a condition before a quotation that
            // closes at the source is part of what was said; "While X denied it, “…,” she
            // said" keeps the quotation alone.
            let condition = pre.first().is_some_and(|&(p0, _)| one_of(w, p0, &["if", "unless", "once"]));
            let close = if closes_quote(w, q, pre_end - 1) { pre_end - 1 } else { pre_end - 2 };
            if !pre_is_quote {
                pre.clear();
            } else if !condition {
                pre = chain_spans(q, q.inside[close] as usize).into_iter().filter_map(|sp| trim(w, q, sp)).collect();
            }
        }
        // "In an interview on the show “Today,” the senator said …": a fronted circumstance that
        // ends in a title is no quotation of the source's.
        if pre_is_quote && pre.first().is_some_and(|&(p0, _)| w.class[p0] == Class::Preposition && q.opens_at(p0).is_none()) && self.title_before(pre_end) {
            pre_is_quote = false;
        }
        // "Arriving to shouts of “Four more years!,” the governor said the race …", "Citing
        // “family reasons,” the aide told reporters that …": a fronted phrase (a preposition,
        // a participle, a day, "even as …") that ends in a quotation is no quotation of the
        // source's when the cue has a clause of its own, with no comma between.
        let fronted_opener = |p0: usize| {
            let participle = w.capitalized(p0) && w.class[p0] == Class::Other && w.text(p0).len() > 5 && (w.text(p0).ends_with("ing") || w.text(p0).ends_with("ed"));
            matches!(w.class[p0], Class::Preposition | Class::Adverb) || w.listed(p0, lists::DAYS) || participle
        };
        if pre_is_quote && !comma_after && !post.is_empty() && (cue.flags & WEAK == 0 || explicit_after) && pre.first().is_some_and(|&(p0, _)| q.opens_at(p0).is_none() && fronted_opener(p0)) {
            pre_is_quote = false;
            pre.clear();
        }
        // "“Who pays for it?” she asked.": a question or exclamation closes the quotation and
        // the sentence, so the cue's sentence opens right after the quotation.
        // So does a full stop typed for the comma ("“… missing.” Trump said."), when nothing
        // but the source and the cue follows.
        // (Not across a paragraph break: "“… FAST!”¶ Sen. Ann Dale said the plan …".)
        // ("…?’” she said": a nested quotation may close first.)
        let ends_question = |m: usize| matches!(w.text(m), "?" | "!") || (m > 0 && matches!(w.text(m), "’" | "'") && matches!(w.text(m - 1), "?" | "!"));
        if pre.is_empty() && pre_end == f && f > 0 && closes_quote(w, q, f - 1) && f >= 2 && !w.line_start(f) && (ends_question(f - 2) || (w.punct(f - 2, ".") && post.is_empty() && e <= f + 6)) && !passive {
            // "“Why …?” Lee said about the effort to …", "“…?” Lee told reporters during a
            // call": what follows the cue is only its circumstance or addressee, no clause.
            let circumstance_after = post.first().is_some_and(|&(p0, p1)| {
                let opener = w.class[p0] == Class::Preposition || w.is(p0, "about") || w.listed(p0, lists::CIRCUMSTANCE | lists::DAYS | lists::TIME_WORDS);
                (opener || (cue.flags & ADDRESSEE != 0 && w.is_word(p0)))
                    && (p0..p1).all(|m| !matches!(w.class[m], Class::That | Class::SubjectPronoun) && w.kind(m) != TokenKind::Quote)
            });
            let short = e <= f + 12 || (f..e).any(|m| w.punct(m, ",")) || circumstance_after;
            if short {
                pre = chain_spans(q, q.inside[f - 1] as usize).into_iter().filter_map(|sp| trim(w, q, sp)).collect();
                pre_is_quote = !pre.is_empty();
            }
        }

        // Inside a quotation the speaker's own words are not split into further attributions,
        // except a first-person cue with a that-clause ("“I am firmly convinced that …”").
        // An unclosed quotation mark is taken to end with its own sentence: a cue in a later
        // sentence of the paragraph is outside it.
        if self.speakers_own_words(i, f, source, a, e) {
            return;
        }
        // "His ex-wife agreed, but also contended that …": after a comma, a clause opened by a
        // conjunction is another report, not this cue's content.
        // "…, he said on Tuesday in Paris.": after a clause content before the source, a bare
        // circumstance after the cue is the time or place of saying, not a second content.
        if !pre.is_empty() && !pre_is_quote && !comma_after && post.len() == 1 && inverted_end.is_none() && bare_circumstance(w, q, post[0]) {
            post.clear();
        }
        let no_post = post.is_empty();
        let post_conjunction = post.first().is_some_and(|&(p0, _)| matches!(w.lower(p0).as_str(), "but" | "and" | "or" | "yet"));
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
            if comma_after && !pre.is_empty() && !source_gloss(w, q, &post) {
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
        // ("With leaders worried about X, the president …": an absolute phrase, the same.)
        let absolute = w.is(st, "with") && (st..k).all(|m| !w.punct(m, ","));
        let fronted = st < k && (w.listed(st, lists::SUBORDINATORS) || absolute) && !pre_is_quote;
        if fronted && content.len() == 1 && content[0].0 >= ce {
            let (c0, c1) = content[0];
            if let Some(m) = (c0 + 2..c1).find(|&m| w.punct(m, ",") && q.inside[m] == NONE) {
                content[0].1 = m;
            }
        }
        // "The mayor, who called for a bridge, opened …": in a relative clause the content ends
        // where the main clause resumes.
        if !pre_is_quote && content.len() == 1 && content[0].0 >= ce {
            content[0].1 = super::content_end::relative_clause_end(w, q, i, content[0].0, content[0].1);
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
        // Embedded questions after other clause-taking cues: "did not say why …", "knows what …".
        let negated = (k..i).any(|m| w.class[m] == Class::Negation);
        let embedded = a + 1 < e
            && a >= ce
            && cue.flags & lexicon::CLAUSE != 0
            && !w.is_break(a + 1)
            // "know when it pays", "understand who gains": after a verb of knowing, "when",
            // "where", "who" and "if" open the question known, not a circumstance.
            && (one_of(w, a, WH_CLAUSE) || ((negated || knowing(cue.lemma)) && one_of(w, a, WH_NEGATED)));
        let question = (question_cue && a < e && question_word(w, a)) || embedded || ask_about;
        // "described the town as ruined", "referred to the strikes as persistent": a split cue
        // around the object; the content is the object and the predicate.
        let split_as = if cue.split_as && content.len() == 1 && !pre_is_quote {
            let (c0, c1) = content[0];
            (c0 + 1..c1.min(c0 + 20)).find(|&m| w.is(m, "as") && q.inside[m] == q.inside[c0]).filter(|&m| m + 1 < c1 && !(c0..m).any(|x| w.is_break(x)) && !one_of(w, m + 1, NOT_PREDICATE_AS))
        } else {
            None
        };
        // "asked the crowd to welcome …": a to-infinitive after a cue that takes one.
        let infinitive = cue.flags & lexicon::INFINITIVE != 0 && content.first().is_some_and(|&(c0, _)| w.is(c0, "to") && c0 >= a);
        // "one study found …": a document's findings, like "polls show".
        // "A study by the watchdog group Media Matters found", "a poll released Wednesday found":
        // the head noun stands before a prepositional phrase or a participle.
        let findings = cue.lemma == "find" && source.is_some_and(|(sa, b)| {
            let head = (sa + 1..b).find(|&m| w.class[m] == Class::Preposition || (w.class[m] == Class::Other && !w.capitalized(m) && w.text(m).ends_with("ed"))).unwrap_or(b) - 1;
            let phrase = w.class[sa] == Class::Determiner || w.capitalized(sa) || w.listed(sa, lists::DOCUMENTS);
            [b - 1, if phrase { head } else { b - 1 }].iter().any(|&h| w.listed(h, lists::DOCUMENTS) || w.is(h, "researchers") || w.is(h, "authors") || w.is(h, "panel"))
        });
        // "I know your plans are failing", "she feels they were wronged": a clause with no
        // complementizer after a cue that takes one.
        let bare = cue.flags & lexicon::BARE != 0 && a >= ce && a == after_cue && bare_clause(w, a, e);
        // "to accuse the campaign of lying", "to blame the council for …": the particle after the
        // object marks the complement.
        let particle_later = cue.flags & lexicon::NOMINAL != 0
            && a < e
            && (a + 1..e.min(a + 8)).find(|&m| one_of(w, m, &cue.particles)).is_some_and(|m| np_right(w, a, m) == m);
        // "The plan will fail, the former mayor maintains.": a clause before the comma that sets
        // off the source of a cue that ends the sentence is its content, as a quotation would be.
        let trailing_clause = cue.flags & lexicon::CLAUSE != 0
            && !cue.gerund
            && no_post
            && (ce..e).all(|m| matches!(w.text(m), "." | "!"))
            && inverted_end.is_none()
            && content == pre
            && source.is_some_and(|(s0, _)| s0 > f + 3 && s0 == source_start && w.punct(s0 - 1, ",") && q.inside[s0 - 1] == NONE)
            && pre.first().is_some_and(|&(p0, p1)| p1 >= p0 + 4 && !matches!(w.class[p0], Class::Preposition | Class::Clause | Class::That | Class::Relative));
        let explicit = explicit_after || particle_later || bare || pre_is_quote || with_particle || question || small_clause || split_as.is_some() || infinitive || findings || trailing_clause;
        // "would tell an American story", "tells so many lies": the present of "tell" reports
        // only with a clause marker ("tells reporters that …").
        let weak_tell = cue.lemma == "tell" && !cue.past && !cue.gerund;
        if (cue.flags & WEAK != 0 || controlled || weak_tell) && !explicit {
            return;
        }
        // "reads “War and Peace”" names a title; a text "reads" a quotation only after it
        // ("“…,” the letter reads") or after a colon ("The sign read: “…”").
        let colon_or_that = (a > 0 && w.punct(a - 1, ":")) || (a < e && w.class[a] == Class::That);
        if cue.lemma == "read" && !pre_is_quote && !colon_or_that {
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
        // ("said Ann Lee, using a phrase the mayor had coined, …": any participle of the speaker's.)
        let participle = |k: usize| w.verb[k].is_some_and(|c| c.gerund) || (w.is_word(k) && !w.capitalized(k) && w.class[k] == Class::Other && w.text(k).len() > 5 && w.text(k).ends_with("ing"));
        let circumstance = tail < e && (w.listed(tail, lists::CIRCUMSTANCE | lists::SUBORDINATORS | lists::DAYS | lists::TIME_WORDS)
            || (w.punct(tail, ",") && tail + 1 < e && participle(tail + 1)));
        // A participle or a relative clause of the speaker ("said, recalling that …", "said Ann
        // Lee, who noted that …") may hold a that-clause of its own.
        // ("said Ann Lee, 34, a native who broke into reporting …": a restrictive one too.)
        let speaker_clause = circumstance || (appositive && (tail + 1..e).any(|k| w.class[k] == Class::Relative));
        // "told NBC’s “Today” on Monday.", "said on ABC's ''This Week.''": a short quoted title
        // in the tail is a name, not a quotation of the speaker's.
        let title = |k: usize| {
            let ci = q.inside[k];
            ci != NONE && { let c = &q.chains[ci as usize]; c.closed && c.first >= tail && c.last < e && c.last <= c.first + 6 && w.capitalized(c.first + 1) }
        };
        let ends_sentence = (tail + 30 >= e || appositive || (speaker_clause && tail + 50 >= e))
            && (tail..e).all(|k| (speaker_clause || (!strong_cue(k) && (w.kind(k) != TokenKind::Quote || title(k)))) && (speaker_clause || w.class[k] != Class::That));
        // "‘I admire the mechanics’ of the plan, she said.": a content that opens with a quotation.
        let pre_opens_quote = pre.first().is_some_and(|&(p0, _)| q.opens_at(p0).is_some());
        if (pre_is_quote || pre_opens_quote) && ends_sentence && content.len() == pre.len() {
            if let Some(cont) = self.continuation(si, source) {
                content.extend(cont);
            }
        }
        // "said it was safe when asked about the bridge": the question put to the speaker is a
        // claim of its own (`fronted_question`), not the end of what was said.
        if let Some(last) = content.last_mut() {
            if let Some(m) = (last.0 + 2..last.1).find(|&m| w.is(m, "when") && q.inside[m] == NONE && w.verb[m + 1].is_some_and(|c| c.lemma == "ask" && c.past && !c.gerund) && !w.is(m + 2, "to")) {
                let cut = if w.punct(m - 1, ",") { m - 1 } else { m };
                last.1 = cut;
            }
        }
        // "the gap between what Trump says his plan would do and how it works": after a free
        // relative "what", "what" is part of the content, and the clause after a reporting cue
        // ends where another question word is coordinated with it.
        if let Some((s0, _)) = source.filter(|&(s0, _)| report && s0 > f && w.is(s0 - 1, "what") && q.inside[s0 - 1] == NONE) {
            if let [(c0, c1)] = content[..] {
                if c0 >= ce && c0 < c1 {
                    let joins = |m: usize| w.punct(m, ",") || matches!(w.lower(m).as_str(), "and" | "or" | "but");
                    let wh = |m: usize| m < c1 && question_word(w, m);
                    let end = (c0 + 1..c1).find(|&m| q.inside[m] == NONE && joins(m) && (wh(m + 1) || (joins(m + 1) && wh(m + 2)))).unwrap_or(c1);
                    content = vec![(s0 - 1, s0), (c0, end)];
                }
            }
        }
        // "52 percent said Lee would be better, compared with 41 percent for Ann Dale": after a
        // share of respondents, the comparison that follows is the writer's.
        if report && source.is_some_and(|(s0, s1)| share_of_respondents(w, s0, s1)) {
            if let Some(last) = content.last_mut().filter(|l| l.0 >= ce) {
                if let Some(m) = (last.0 + 2..last.1).find(|&m| w.punct(m, ",") && q.inside[m] == NONE && comparison_tail(w, m + 1, last.1)) {
                    last.1 = m;
                }
            }
        }
        let mut cue_spans = vec![(i, ce)];
        if particle_after_adverb {
            cue_spans = vec![(i, i + 1), (ce - 1, ce)];
        }
        if about_joins_cue {
            cue_spans = vec![(i, ce + 1)];
        }
        if adjective {
            cue_spans = vec![(i, i + 1)];
        }
        if let Some(m) = split_as {
            let (c0, c1) = content[0];
            content = vec![(c0, m), (m + 1, split_predicate::predicate_end(w, q, m + 1, c1))];
            cue_spans.push((m, m + 1));
        }
        // "expressed concern about the cost": the attitude joins the cue.
        if cue.lemma == "express" && content.len() == 1 && content[0].0 == ce && !passive {
            if let Some((cue_end, c0)) = super::attitude::attitude_split(w, ce, content[0].1) {
                cue_spans = vec![(i, cue_end)];
                content[0].0 = c0;
            }
        }
        self.push(out, Found { source, cue: cue_spans, content, stance: cue.stance, sentence: si });
    }

    /// Inside a quotation the speaker's own words are not split into further attributions,
    /// except a first-person cue with a that-clause ("“I am firmly convinced that …”"). An
    /// unclosed quotation mark is taken to end with its own sentence: a cue (at `i`, content
    /// from `a`, sentence `f..e`) in a later sentence of the paragraph is outside it.
    fn speakers_own_words(&self, i: usize, f: usize, source: Option<(usize, usize)>, a: usize, e: usize) -> bool {
        let (w, q) = (self.w, self.q);
        let stray_open = q.chain_at(i).is_some_and(|c| !c.closed && c.first < f);
        if q.inside[i] == NONE || stray_open {
            return false;
        }
        let first_person = source.is_some_and(|(sa, sb)| sb == sa + 1 && matches!(w.lower(sa).as_str(), "i" | "we"));
        !(first_person && a < e && w.class[a] == Class::That)
    }

    /// "The economy is weak, as the minister noted.", "As one analyst put it, the market is
    /// nervous.", "The plan, as its critics say, will fail.": a subordinate clause of comment
    /// whose content is the main clause. Returns whether it found one.
    fn as_source(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) -> bool {
        let w = self.w;
        let (f, e) = (s.first, s.end);
        let lead = skip_connectives(w, f, i) == i;
        let after_comma = i > f + 1 && w.punct(i - 1, ",");
        if !lead && !after_comma {
            return false;
        }
        // "As reported by the Journal, …", "as stated in the report": a passive with its agent.
        if i + 3 < e && w.verb[i + 1].is_some_and(|c| c.past && !c.gerund && c.flags & WEAK == 0) && one_of(w, i + 2, &["by", "in"]) {
            let se = np_right(w, i + 3, e);
            return se > i + 3 && self.as_source_found(si, s, i, (i + 3, se), (i + 1, i + 2), Stance::Neutral, lead, out);
        }
        // The first cue word (or "put it") after the as, with a noun phrase before it.
        let is_cue = |m: usize| w.verb[m].is_some() || (w.is(m, "put") && w.is(m + 1, "it"));
        let Some(v) = (i + 2..e.min(i + 14)).take_while(|&m| (!w.is_break(m) || title_dot(w, m, e)) && w.kind(m) != TokenKind::Quote).find(|&m| is_cue(m)).or_else(|| self.as_appositive_cue(i, e)) else { return false };
        let mut se = v;
        while se > i + 1 && matches!(w.class[se - 1], Class::Aux | Class::Be | Class::Adverb) {
            se -= 1;
        }
        // ("As Ann Lee, a historian, put it": the appositive belongs to the source.)
        let appositive = w.punct(se - 1, ",") && se > i + 3;
        if appositive {
            se -= 1;
        }
        if se == i + 1 || (np_right(w, i + 1, se) != se && !appositive) {
            return false;
        }
        let put_it = w.is(v, "put") && w.is(v + 1, "it");
        let Some(cue) = w.verb[v].filter(|c| !c.gerund && c.flags & ADJECTIVE == 0).or(None) else {
            if !put_it {
                return false;
            }
            return self.as_source_found(si, s, i, (i + 1, se), (v, v + 2), Stance::Neutral, lead, out);
        };
        // A passive ("as was reported") has no source phrase here.
        if (se..v).any(|m| w.class[m] == Class::Be) && cue.past {
            return false;
        }
        // "as the report pointed out, …": the cue with its particle.
        let end = if v + 1 < e && one_of(w, v + 1, &cue.particles) { v + 2 } else { v + 1 };
        self.as_source_found(si, s, i, (i + 1, se), (v, end), cue.stance, lead, out)
    }

    /// "As Ann Lee, a historian at the college, once put it, …": the cue after a name and its
    /// appositive set off by commas (no quotation, clause or other cue inside). The cue's token.
    fn as_appositive_cue(&self, i: usize, e: usize) -> Option<usize> {
        let w = self.w;
        let c1 = np_right(w, i + 1, e);
        if c1 == i + 1 || c1 >= e || !w.punct(c1, ",") || !w.capitalized(i + 1) {
            return None;
        }
        let plain = |m: usize| (w.is_word(m) || w.possessive(m) || w.punct(m, "-") || title_dot(w, m, e)) && w.verb[m].is_none() && !matches!(w.class[m], Class::That | Class::Relative | Class::SubjectPronoun | Class::Aux | Class::Be);
        let c2 = (c1 + 1..e.min(c1 + 25)).find(|&m| !plain(m))?;
        if c2 < c1 + 3 || !w.punct(c2, ",") {
            return None;
        }
        let mut v = c2 + 1;
        while v < e && w.class[v] == Class::Adverb {
            v += 1;
        }
        let cue = v + 1 < e && (w.verb[v].is_some_and(|c| !c.gerund && c.flags & WEAK == 0) || (w.is(v, "put") && w.is(v + 1, "it")));
        cue.then_some(v)
    }

    #[allow(clippy::too_many_arguments)]
    fn as_source_found(&self, si: usize, s: &Sentence, i: usize, source: (usize, usize), cue: (usize, usize), stance: Stance, lead: bool, out: &mut Vec<Found>) -> bool {
        let (w, q) = (self.w, self.q);
        let (f, e) = (s.first, s.end);
        // The clause ends at the cue, give or take a short circumstance ("as he noted on Tuesday").
        let Some(end) = (cue.1..(cue.1 + 14).min(e + 1)).find(|&m| m == e || w.punct(m, ",") || (w.punct(m, ".") && !title_dot(w, m, e)) || w.punct(m, ";") || w.punct(m, ":")) else { return false };
        if (cue.1..end).any(|m| w.verb[m].is_some() || w.kind(m) == TokenKind::Quote || matches!(w.class[m], Class::That | Class::Clause | Class::Relative)) {
            return false;
        }
        // Only a circumstance may follow the cue: "as he noted on Tuesday", not an object ("as
        // Ruiz talked about the rise of …" is a time clause).
        let circumstance = |m: usize| w.class[m] == Class::Preposition || w.class[m] == Class::Adverb || TIME_WORDS.iter().chain(DAYS).any(|t| w.is(m, t)) || w.is(m, "last") || w.is(m, "this");
        // ("as the paper reported a few days later": a span of time counted back or on.)
        let time_ago = end > cue.1 + 1 && one_of(w, end - 1, &["later", "ago", "earlier"]) && (cue.1..end).all(|m| w.is_word(m));
        if end > cue.1 && !circumstance(cue.1) && !time_ago {
            return false;
        }
        let mut content = Vec::new();
        if !lead {
            if let Some(sp) = trim(w, q, (skip_connectives(w, f, i), i - 1)) {
                content.push(sp);
            }
        }
        if end < e && (w.punct(end, ",") || w.punct(end, ":")) {
            if let Some(sp) = trim(w, q, (end + 1, e)) {
                content.push(sp);
            }
        }
        if content.is_empty() || content.iter().map(|(a, b)| b - a).sum::<usize>() < 3 {
            return false;
        }
        self.push(out, Found { source: Some(source), cue: vec![cue], content, stance, sentence: si });
        true
    }

    /// "Asked whether he would run, the senator laughed", "When asked if …, she said": a fronted
    /// participle of asking with an indirect question; the asker is unnamed, and the question
    /// runs to the comma before the main clause.
    fn fronted_question(&self, si: usize, s: &Sentence, i: usize, k: usize, ce: usize, out: &mut Vec<Found>) {
        let (w, q) = (self.w, self.q);
        let Some(cue) = w.verb[i] else { return };
        let fronted = k == s.first || (k == s.first + 1 && (w.is(s.first, "when") || w.is(s.first, "if"))) || (k > s.first && w.punct(k - 1, ",")) || (k > s.first + 1 && w.is(k - 1, "when"));
        if !QUESTION_CUES.contains(&cue.lemma) || !cue.past || k != i || !fronted || ce >= s.end {
            return;
        }
        // "Asked on television whether …", "Asked by a reporter if …": a short circumstance
        // before the question.
        let circumstance = |m: usize| w.is_word(m) && w.verb[m].is_none() && !matches!(w.class[m], Class::Clause | Class::Relative | Class::That);
        // "Asked about the merger, …", "Asked to name a rival, …": the topic or the request of
        // a question is its content too (GUIDELINES §3, speech acts with content).
        let topic = |m: usize| cue.lemma == "ask" && (w.is(m, "about") || (w.is(m, "to") && m + 1 < s.end && w.is_word(m + 1) && !w.capitalized(m + 1) && w.class[m + 1] == Class::Other));
        let opens = if w.class[ce] == Class::Preposition && !topic(ce) { (ce + 1..s.end.min(ce + 7)).find(|&m| !circumstance(m) || topic(m)) } else { Some(ce) };
        let Some(qw) = opens.filter(|&m| m < s.end && (question_word(w, m) || topic(m))) else { return };
        // After the main clause ("…, she said when asked whether …") the question runs to the
        // sentence's end; before it, to the comma.
        let late = k > s.first + 1 && w.is(k - 1, "when");
        let comma = (qw + 2..s.end.min(qw + 80)).find(|&m| w.punct(m, ",") && q.inside[m] == NONE);
        let Some(end) = comma.or(late.then_some(s.end)) else { return };
        // "Asked by a reporter whether …": the asker, when named, is the source.
        // ("Asked by a reporter on Monday whether …": the asker ends before a circumstance.)
        let asker_end = (ce + 2..qw).find(|&m| w.class[m] == Class::Preposition).unwrap_or(qw);
        let asker = (w.is(ce, "by") && ce + 1 < qw).then(|| (ce + 1, np_right(w, ce + 1, asker_end))).filter(|&(a, b)| b > a);
        // "Asked about the deal": the preposition joins the cue ("asked about", as "called for").
        let (cue_end, start) = if qw == ce && w.is(qw, "about") { (qw + 1, qw + 1) } else { (i + 1, qw) };
        if let Some(span) = trim(w, q, (start, end)) {
            self.push(out, Found { source: asker, cue: vec![(i, cue_end)], content: vec![span], stance: cue.stance, sentence: si });
        }
    }

    /// "Erin Lee, a former aide who joined the campaign in 2011, said": the sentence opens with
    /// a name, then a comma and a long appositive (relative clauses, coordination) that ends in
    /// the comma before the cue at `k`. The appositive holds no other cue, quotation or sentence
    /// end. Returns the name with its appositive.
    fn long_appositive_subject(&self, f: usize, k: usize) -> Option<(usize, usize)> {
        let (w, q) = (self.w, self.q);
        // "Ann Lee, the author of “Going Viral,” said": the appositive ends in a quoted title
        // that holds its comma (a title: short, in title case); the source keeps the marks.
        let title_end = k > f + 5 && closes_quote(w, q, k - 1) && w.punct(k - 2, ",") && self.title_before(k);
        if k < f + 4 || !(w.punct(k - 1, ",") || title_end) {
            return None;
        }
        let title = if title_end { q.inside[k - 1] } else { NONE };
        let st = skip_connectives(w, f, k);
        // ("Sen. Ann Lee (R-Ga.), one of …": a title and a party label before the comma.)
        let c = (st + 1..(st + 14).min(k - 1)).find(|&c| w.punct(c, ","))?;
        // ("81-year-old Ann Lee, a retired nurse, said": an age opens the phrase.)
        let named = w.capitalized(st) || w.class[st] == Class::Determiner || w.kind(st) == TokenKind::Number;
        // "United States Citizenship and Immigration Services, the agency that …": a name may
        // hold "and", "of", "for" between its capitalised words, and a party label in brackets.
        let label = |m: usize| w.punct(m, "(") || w.punct(m, ")") || w.punct(m, "-") || (w.punct(m, ".") && m > st && w.capitalized(m - 1));
        let name = (st..c).all(|m| w.capitalized(m) || w.is(m, "and") || w.is(m, "of") || w.is(m, "for") || w.is(m, "&") || label(m))
            && (w.capitalized(c - 1) || w.punct(c - 1, ")"))
            && w.capitalized(st);
        // ("81-year-old Ann Lee", "The owner of nearly four shops": plain words of a phrase.)
        let plain_phrase = !matches!(w.class[st], Class::Preposition | Class::Clause)
            && (st..c).all(|m| (w.is_word(m) && !matches!(w.class[m], Class::Aux | Class::Be | Class::That | Class::Relative | Class::SubjectPronoun | Class::Negation | Class::Clause) && (w.verb[m].is_none() || w.capitalized(m))) || w.punct(m, "-") || w.possessive(m));
        if !named || (np_right(w, st, c) != c && !name && !plain_phrase) || k - c > 45 {
            return None;
        }
        let clean = (c + 1..k - 1).all(|m| {
            // "a former state legislator": a cue word inside a compound noun is no verb.
            let compound = w.is_word(m - 1) && w.class[m - 1] == Class::Other && !w.capitalized(m) && w.is_word(m + 1) && w.class[m + 1] == Class::Other;
            // "a contestant on the show": after a determiner a cue word is a noun.
            let compound = compound || w.class[m - 1] == Class::Determiner;
            // "a contestant on the reality TV show, “…,”": a base form after a singular noun
            // ends a compound noun (a verb there would agree: "shows").
            let compound = compound
                || (w.is_word(m - 1) && w.class[m - 1] == Class::Other && !w.text(m - 1).ends_with('s') && w.verb[m - 1].is_none() && w.verb[m].is_some_and(|v| w.text(m) == v.lemma));
            // ("Sam Lee, a judge on the show “Bake Off,” who …, said": a quoted title inside.)
            let quoted_title = q.inside[m] != NONE && (q.inside[m] == title || self.title_chain(&q.chains[q.inside[m] as usize]));
            // ("Sen. Ann Dale, R-Fla., speaking …, said": the dot of a state's abbreviation.)
            let abbreviation = w.capitalized(m - 1) && w.text(m - 1).len() <= 4 && w.punct(m + 1, ",");
            (q.inside[m] == NONE || quoted_title) && (!w.punct(m, ".") || title_dot(w, m, k) || abbreviation) && !w.punct(m, ";") && (compound || !w.verb[m].is_some_and(|v| v.flags & WEAK == 0 && !v.past))
        });
        // "The governor, asked about the bridge, said": a question put to the speaker is a
        // circumstance (and a claim of its own), not part of the source.
        let asked = w.verb[c + 1].is_some_and(|v| v.lemma == "ask" && v.past && !v.gerund) && !w.capitalized(c + 1);
        clean.then_some((st, if asked { c } else if title_end { k } else { k - 1 }))
    }

    /// "A slide from a presentation that his aides carry with them shows …", "A new analysis of
    /// groups that have raised $1 million or more since 2015, shows …": a document that opens
    /// the sentence and is the subject of "show" at `k`, however long its modifiers (relative
    /// clauses, participles, commas), as long as no quotation, other report or clause break
    /// stands between. The phrase, without a last comma.
    fn document_subject(&self, f: usize, k: usize) -> Option<(usize, usize)> {
        let (w, q) = (self.w, self.q);
        let st = skip_connectives(w, f, k);
        if k > st + 40 || k < st + 3 || !(w.class[st] == Class::Determiner || w.capitalized(st)) {
            return None;
        }
        // The head noun comes early, after plain words of the phrase.
        let plain = |m: usize| w.is_word(m) && !matches!(w.class[m], Class::Aux | Class::Be | Class::That | Class::Relative | Class::Clause | Class::SubjectPronoun) && w.verb[m].is_none();
        let head = (st..(st + 8).min(k)).take_while(|&m| plain(m) || w.possessive(m) || w.punct(m, "-") || w.punct(m, "/") || w.class[m] == Class::Preposition).find(|&m| w.listed(m, lists::DOCUMENTS))?;
        let clean = (head + 1..k).all(|m| {
            q.inside[m] == NONE
                && w.kind(m) != TokenKind::Quote
                && !w.punct(m, ";")
                && !w.punct(m, ":")
                && (!w.punct(m, ".") || title_dot(w, m, k) || w.kind(m - 1) == TokenKind::Number || w.kind(m + 1) == TokenKind::Number)
                && !w.verb[m].is_some_and(|c| c.flags & WEAK == 0 && !c.past)
        });
        // A finite verb before any relative word is the phrase's own predicate ("The critic will
        // be interviewed about the TV show …"): no subject of "show".
        let own_verb = (head + 1..k).take_while(|&m| !matches!(w.class[m], Class::That | Class::Relative)).any(|m| matches!(w.class[m], Class::Aux | Class::Be));
        let end = if w.punct(k - 1, ",") { k - 1 } else { k };
        (clean && !own_verb && end > head).then_some((st, end))
    }

    /// The quotation closing just before `end` (or before its comma) is a short title in title
    /// case ("“Face the Nation,”"), not a quotation of words said.
    fn title_before(&self, end: usize) -> bool {
        let (w, q) = (self.w, self.q);
        let close = if end > 1 && w.punct(end - 1, ",") { end - 2 } else { end - 1 };
        q.chain_at(close).is_some_and(|c| self.title_chain(c))
    }

    /// The quotation is a short title in title case ("“The Apprentice,”").
    fn title_chain(&self, c: &super::quotes::Chain) -> bool {
        let w = self.w;
        let small = |k: usize| matches!(w.text(k), "of" | "the" | "and" | "a" | "an" | "to" | "in" | "on" | "for" | "with" | "at" | "by" | "or");
        // (Counted without collecting: a long quotation stops at its ninth word.)
        let mut words = 0;
        for k in (c.first..=c.last).filter(|&k| w.kind(k) == TokenKind::Word) {
            words += 1;
            if words > 8 || !(w.capitalized(k) || small(k)) {
                return false;
            }
        }
        words > 0
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
            // ("“A,” he said, and still “B.”": an adverb after the conjunction.)
            let conj_before = conj_before || (k > from + 2 && w.class[k - 1] == Class::Adverb && (w.is(k - 2, "but") || w.is(k - 2, "and")) && w.punct(k - 3, ","));
            if (comma_before || conj_before) && q.opens_at(k).is_some() {
                return Some(k);
            }
        }
        None
    }

    /// A headline line in title case ("Moscow Backs Claim of Russian Attack").
    fn title_case_line(&self, s: &Sentence) -> bool {
        let doc = self.doc;
        let own_line = doc.tokens[s.first].newline_before() && doc.tokens.get(s.end).map_or(true, |t| t.newline_before());
        let words = (s.first..s.end).filter(|&k| self.w.kind(k) == TokenKind::Word).count();
        let caps = (s.first..s.end).filter(|&k| self.w.capitalized(k)).count();
        own_line && words >= 4 && caps * 10 >= words * 6
    }

    /// The quotation that opens the sentence after `si` in the same paragraph, when no cue of
    /// its own claims it.
    fn continuation(&self, si: usize, source: Option<(usize, usize)>) -> Option<Vec<(usize, usize)>> {
        let next = self.sentences.get(si + 1)?;
        let cur = &self.sentences[si];
        // The next paragraph may continue too, when it opens with the quotation.
        if next.paragraph > cur.paragraph + 1 || self.has_cue(si + 1) {
            return None;
        }
        let chain = self.q.opens_at(next.first)?;
        // Every sentence the quotation covers must be free of cues.
        let mut sj = si + 1;
        while let Some(s) = self.sentences.get(sj) {
            if s.first > chain.last {
                break;
            }
            if self.has_cue(sj) || sj > si + 40 {
                return None;
            }
            sj += 1;
        }
        // "“… 14 million votes?” Trump said.": a question or exclamation ends the quotation's
        // sentence, and the next one, right after the closing mark, names another speaker (a
        // name that is no word of this claim's source; "he said" may be the same speaker).
        let w = self.w;
        let other_speaker = |k: usize| w.capitalized(k) && w.class[k] == Class::Other && !source.is_some_and(|(a, b)| (a..b).any(|m| w.text(m) == w.text(k)));
        if self.sentences.get(sj).is_some_and(|s| s.first == chain.last + 1 && self.has_cue(sj) && !w.line_start(s.first) && other_speaker(s.first)) {
            return None;
        }
        let ci = self.q.inside[next.first] as usize;
        Some(chain_spans(self.q, ci).into_iter().filter_map(|sp| trim(self.w, self.q, sp)).collect())
    }
}

/// The phrase `[a, b)` names a share of people polled: "52 percent of voters", "Six in 10",
/// "nearly half", "a third of Democrats", "1,409 teachers".
fn share_of_respondents(w: &Words, a: usize, b: usize) -> bool {
    (a..b).any(|m| w.kind(m) == TokenKind::Number || one_of(w, m, &["percent", "half", "third", "quarter", "majority", "plurality", "%"]))
}

/// A comparison of the writer's opens at `k` (before `e`): "compared with 41 percent", "up
/// from 40 percent", "double the number who …", "while 95 favored …", "a bit more than …".
fn comparison_tail(w: &Words, k: usize, e: usize) -> bool {
    if k + 1 >= e {
        return false;
    }
    let quantity = |m: usize| m < e && (w.kind(m) == TokenKind::Number || one_of(w, m, &["half", "most", "many", "few", "about", "nearly", "roughly", "almost", "only", "just", "one", "two", "three", "four", "five"]));
    one_of(w, k, &["compared", "comparing", "versus", "vs", "double", "twice", "triple", "putting", "however"])
        || (one_of(w, k, &["up", "down"]) && w.is(k + 1, "from"))
        || (one_of(w, k, &["while", "whereas", "and", "with"]) && quantity(k + 1))
        || (one_of(w, k, &["about", "roughly", "nearly", "almost"]) && w.is(k + 1, "the") && w.is(k + 2, "same"))
        || (w.is(k, "the") && w.is(k + 1, "same"))
        || (w.is(k, "a") && one_of(w, k + 1, &["bit", "little", "slight"]))
        || (one_of(w, k, &["more", "less", "fewer", "slightly", "far", "well", "somewhat"]) && (w.is(k + 1, "than") || one_of(w, k + 1, &["more", "less", "fewer", "higher", "lower", "above", "below"])))
        || (w.is(k, "a") && one_of(w, k + 1, &["higher", "lower", "larger", "smaller"]))
}

/// "…, said Obama failed to act.": the phrase `[a, b)` after a cue holds a past tense right
/// after a word of its own, so it is a clause (the content), not an inverted source.
fn clause_after_cue(w: &Words, a: usize, b: usize) -> bool {
    // (A participle that modifies a name is followed by its agent or place: "a group called
    // Citizens for Peace", "the governor challenged by Lee"; a verb after a name takes "to",
    // an object or a clause.)
    (a + 1..b).any(|m| {
        let t = w.text(m);
        let complement = m + 1 < b && (w.is(m + 1, "to") || matches!(w.class[m + 1], Class::Determiner | Class::ObjectPronoun | Class::That));
        t.len() > 4 && t.ends_with("ed") && !w.capitalized(m) && w.class[m] == Class::Other && w.capitalized(m - 1) && complement
    })
}

/// "…, said Ann Lee, director of the center at the University of Ohio, Dayton.": what follows an
/// inverted source's comma is a noun phrase with no verb (a title or a description, perhaps
/// with commas or "and" in it): the source's appositive, not a content that resumes ("The plan,
/// said Ann Lee, is dead.").
fn source_gloss(w: &Words, q: &Quotes, post: &[(usize, usize)]) -> bool {
    let [(a, b)] = post[..] else { return false };
    let opens = w.class[a] == Class::Determiner || (w.class[a] == Class::Other && w.is_word(a) && !w.capitalized(a) && w.verb[a].is_none());
    let verbless = |m: usize| {
        let t = w.text(m);
        let past = t.len() > 4 && t.ends_with("ed") && !w.capitalized(m);
        q.inside[m] == NONE && w.kind(m) != TokenKind::Quote && w.verb[m].is_none() && !past
            && !matches!(w.class[m], Class::Aux | Class::Be | Class::Negation | Class::That | Class::Relative | Class::SubjectPronoun | Class::ObjectPronoun)
    };
    opens && (a..b).all(verbless)
}

/// A comma at `c` and a relative word after it (", who …", ", whose …", ", which …").
fn relative_after_comma(w: &Words, c: usize, e: usize) -> bool {
    c + 1 < e && w.punct(c, ",") && (w.class[c + 1] == Class::Relative || w.is(c + 1, "whose"))
}

/// `[a, b)` is only a circumstance: it opens with a preposition of time or place or a time
/// word ("on MSNBC’s “Morning Joe.”", "in Paris during a visit") and holds no clause (no verb
/// cue, auxiliary, "that", pronoun subject, relative or colon outside quoted titles).
fn bare_circumstance(w: &Words, q: &Quotes, (a, b): (usize, usize)) -> bool {
    let opens = w.listed(a, lists::CIRCUMSTANCE | lists::DAYS | lists::TIME_WORDS);
    // (A quotation in it is a short title at most: "tweeted this: “…”" is no circumstance.)
    let title = |m: usize| q.chains[q.inside[m] as usize].last <= q.chains[q.inside[m] as usize].first + 6;
    opens && (a..b).all(|m| if q.inside[m] != NONE { title(m) } else { !w.punct(m, ":") && !(w.verb[m].is_some() || matches!(w.class[m], Class::Aux | Class::Be | Class::That | Class::SubjectPronoun | Class::Relative | Class::Negation)) })
}

/// Longest circumstance passed over before a "that" clause, in tokens.
const MAX_CIRCUMSTANCE: usize = 16;

/// "… on Fox News Channel’s “Hannity,” that …": from `c`, a circumstance of plain words, commas
/// and closed quotations (a programme's name) up to a complementizer "that": where the "that"
/// stands, or `None` when a verb, a clause word or the sentence's end comes first.
fn that_after_circumstance(w: &Words, q: &Quotes, c: usize, e: usize) -> Option<usize> {
    let mut m = c;
    while m < e && m < c + MAX_CIRCUMSTANCE {
        if w.class[m] == Class::That {
            // "that" right after a comma or a closing quotation opens the content; elsewhere it
            // is a demonstrative or a relative inside the phrase.
            let after_break = m > c && (w.punct(m - 1, ",") || w.kind(m - 1) == TokenKind::Quote || w.is_word(m - 1));
            return (after_break && super::content_end::complementizer(w, m + 1, e)).then_some(m);
        }
        if q.inside[m] != NONE {
            let chain = &q.chains[q.inside[m] as usize];
            if !chain.closed || chain.last >= e || chain.last >= c + MAX_CIRCUMSTANCE {
                return None;
            }
            m = chain.last + 1;
            continue;
        }
        let plain = w.punct(m, ",") || w.possessive(m) || (w.is_word(m) && w.verb[m].is_none() && matches!(w.class[m], Class::Other | Class::Determiner | Class::Preposition));
        if !plain {
            return None;
        }
        m += 1;
    }
    None
}

/// The comma that ends a fronted question put to the speaker ("Asked about the deal, …", "When
/// asked whether …, …"), when the sentence `[first, end)` opens with one.
fn fronted_asked_end(w: &Words, q: &Quotes, first: usize, end: usize) -> Option<usize> {
    let mut a = skip_connectives(w, first, end);
    if a < end && one_of(w, a, &["when", "if", "once"]) {
        a += 1;
    }
    let asked = a + 2 < end && w.verb[a].is_some_and(|c| c.lemma == "ask" && c.past && !c.gerund);
    if !asked {
        return None;
    }
    (a + 2..end.min(a + 80)).find(|&m| w.punct(m, ",") && q.inside[m] == NONE)
}

/// "On Monday the council …", "On Sept. 27 they …", "Last week the mayor …": a fronted time
/// phrase with no comma after it. Returns the subject's first token (a pronoun, a determiner or
/// a capitalised word must follow the phrase), or None.
fn fronted_time_end(w: &Words, st: usize, k: usize) -> Option<usize> {
    let month = |m: usize| w.capitalized(m) && one_of(w, m, crate::entities::MONTH_LIST);
    let x = st + usize::from(one_of(w, st, &["on", "in"]));
    let end = if let Some(e) = [x + 2, x + 1].into_iter().find(|&e| e < k && super::source::is_time_phrase(w, x, e)) {
        e
    } else if month(x) {
        let day = x + 1 + usize::from(w.punct(x + 1, "."));
        day + usize::from(w.kind(day) == TokenKind::Number)
    } else if x > st && w.kind(x) == TokenKind::Number && w.text(x).len() == 4 {
        x + 1
    } else {
        return None;
    };
    let subject = end + 1 < k && (matches!(w.class[end], Class::SubjectPronoun | Class::Determiner) || w.capitalized(end));
    subject.then_some(end)
}
