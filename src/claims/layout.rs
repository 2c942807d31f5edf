//! Attributions marked by the page's layout rather than by a reporting verb: a headline
//! "Name: “quote”", a transcript line "SPEAKER: …", a quotation signed "― Name", a fronted
//! "In the poll, …", and a free-standing quotation whose speaker the next sentence names.
//! Each is a bounded look-around inside one sentence or paragraph.

use super::clauses::{Finder, Found};
use super::content::{self, after, chain_spans, skip_connectives, trim};
use super::lexicon::{lists, one_of, Class, WEAK};
use super::quotes::NONE;
use super::source::{np_left, np_right};
use super::words::Words;
use crate::model::Stance;
use crate::segment::{Sentence, TokenKind};

impl Finder<'_> {
    /// "“Everything is ruined.” Ana Ruiz, the mayor, described …": a sentence that is only a
    /// quotation, claimed by no cue, right before a sentence whose claim names its source: that
    /// source said it, with no cue. One pass over the findings, which come in sentence order.
    pub(super) fn free_standing_quotes(&self, out: &mut Vec<Found>) {
        let (w, q) = (self.w, self.q);
        let mut extra = Vec::new();
        let mut next = 0;
        for (si, s) in self.sentences.iter().enumerate() {
            while next < out.len() && out[next].sentence <= si {
                next += 1;
            }
            let Some(chain) = q.opens_at(s.first) else { continue };
            // The quotation is the whole sentence (or the rest of its paragraph when unclosed).
            let last = chain.segment_opening_at(s.first).map_or(chain.last, |g| g.1);
            let last = if chain.closed { last } else { last.min(s.end - 1) };
            if chain.closed && last + 2 < s.end {
                continue;
            }
            let own = out[..next].iter().rev().take_while(|f| f.sentence + 2 >= si).any(|f| {
                f.content.iter().any(|&(a, b)| a <= s.first && s.first < b) || f.sentence == si
            });
            let Some(n) = out.get(next).filter(|f| f.sentence == si + 1) else { continue };
            let outside = |a: usize| q.chain_at(a).map_or(true, |c| !c.closed);
            let named = n.source.is_some_and(|(a, b)| w.capitalized(a) && w.class[a] != Class::SubjectPronoun && b > a + 1 && outside(a));
            // The next claim may already hold the quotation ("“A? B,” she said").
            let held = n.content.iter().any(|&(a, b)| a <= last && s.first < b);
            if own || held || !named || n.cue.is_empty() {
                continue;
            }
            let end = if chain.closed { last + 1 } else { s.end };
            if let Some(span) = trim(w, q, (s.first, end)) {
                extra.push(Found { source: n.source, cue: Vec::new(), content: vec![span], stance: Stance::Neutral, sentence: si });
            }
        }
        out.extend(extra);
    }

    /// "Putin ally: “Not Kyiv …”": a short name phrase, a colon, a quotation.
    pub(super) fn headline_colon(&self, si: usize, s: &Sentence, out: &mut Vec<Found>) {
        let w = self.w;
        let limit = (s.first + 7).min(s.end);
        let Some(c) = (s.first + 1..limit).find(|&k| w.punct(k, ":")) else { return };
        if c + 1 >= s.end {
            return;
        }
        let ci = self.q.inside[c + 1];
        let quoted = w.kind(c + 1) == TokenKind::Quote && ci != NONE && self.q.chains[ci as usize].first == c + 1;
        // A headline line "Paper: Attacks Highlight Threat" also attributes without quotation marks.
        // A longer head ("Former Mayor Ann Dale at City Hall:", "A word from Ann Dale:") names its
        // source: a capitalised word after its first ("The mayor's next step:" names none).
        let doc = self.doc;
        let names = |c: usize| c - s.first <= 4 || (s.first + 1..c).any(|k| w.capitalized(k) && w.is_word(k));
        let own_line = doc.tokens[s.first].newline_before()
            && doc.tokens.get(s.end).map_or(true, |t| t.newline_before())
            && c - s.first <= 6
            && names(c);
        if !quoted && !own_line {
            return;
        }
        let start = np_left(w, s.first, c);
        let has_verb = (s.first..c).any(|k| w.verb[k].is_some() && !w.capitalized(k));
        if label_before_colon(w, s.first, c) {
            return;
        }
        if start != s.first || !w.capitalized(s.first) || has_verb {
            return;
        }
        let content = if quoted {
            chain_spans(self.q, ci as usize).into_iter().filter_map(|sp| trim(w, self.q, sp)).collect()
        } else {
            trim(w, self.q, (c + 1, s.end)).into_iter().collect()
        };
        self.push(out, Found { source: Some((s.first, c)), cue: vec![(c, c + 1)], content, stance: Stance::Neutral, sentence: si });
    }

    /// "“…” ― Ana Ruiz": a quotation signed with a dash and the speaker's name.
    pub(super) fn dash_byline(&self, si: usize, s: &Sentence, i: usize, out: &mut Vec<Found>) {
        let w = self.w;
        let ne = np_right(w, i + 1, s.end);
        let ends = ne == s.end || w.is_break(ne) || self.doc.tokens[ne].newline_before();
        if ne <= i + 1 || !w.capitalized(i + 1) || !ends {
            return;
        }
        let ci = self.q.inside[i - 1] as usize;
        let content = chain_spans(self.q, ci).into_iter().filter_map(|sp| trim(w, self.q, sp)).collect();
        self.push(out, Found { source: Some((i + 1, ne)), cue: vec![(i, i + 1)], content, stance: Stance::Neutral, sentence: si });
    }

    /// "In the latest poll, the senator leads by four points": a finding reported by the poll,
    /// survey or study named in a fronted "In …," phrase.
    pub(super) fn in_document(&self, si: usize, s: &Sentence, out: &mut Vec<Found>) {
        let w = self.w;
        let st = skip_connectives(w, s.first, s.end);
        if st + 2 >= s.end || !w.is(st, "in") {
            return;
        }
        let se = np_right(w, st + 1, s.end);
        if se <= st + 1 || se >= s.end || !w.punct(se, ",") || !w.listed(se - 1, lists::DOCUMENTS) {
            return;
        }
        // "In the wake of the report, …": the phrase's head, before "of", must be the document.
        if let Some(of) = (st + 2..se).find(|&k| w.is(k, "of")) {
            if !w.listed(of - 1, lists::DOCUMENTS) {
                return;
            }
        }
        // "In a memo, the agency suggested …": the memo is the agency's medium, and the agency's
        // own cue carries the claim.
        // A cue word after a determiner, possessive or preposition is a noun ("the mayor's support").
        let noun_use = |k: usize| matches!(w.class[k - 1], Class::Determiner | Class::Preposition) || w.possessive(k - 1);
        let own_cue = (se + 1..(se + 8).min(s.end)).take_while(|&k| !w.is_break(k)).any(|k| w.verb[k].is_some_and(|c| !c.gerund && c.flags & WEAK == 0) && !noun_use(k));
        if own_cue {
            return;
        }
        let mut a = se + 1;
        // ", conducted in early September, …": a participle phrase on the poll.
        if a < s.end && w.text(a).ends_with("ed") && !w.capitalized(a) {
            match (a + 1..(a + 15).min(s.end)).find(|&c| w.punct(c, ",")) {
                Some(c) => a = c + 1,
                None => return,
            }
        }
        let content: Vec<(usize, usize)> = after(w, self.q, st, a, s.end);
        if content.is_empty() {
            return;
        }
        self.push(out, Found { source: Some((st + 1, se)), cue: vec![(st, st + 1)], content, stance: Stance::Neutral, sentence: si });
    }

    /// A transcript line "SMITH: We will …": a speaker's name in capitals opening a paragraph
    /// (after an optional quotation mark), a colon, and the rest of the paragraph.
    pub(super) fn transcript_colon(&self, si: usize, s: &Sentence, out: &mut Vec<Found>) {
        let (w, doc) = (self.w, self.doc);
        if !doc.tokens[s.first].newline_before() {
            return;
        }
        let mut a = s.first;
        if w.kind(a) == TokenKind::Quote {
            a += 1;
        }
        let caps = |k: usize| w.kind(k) == TokenKind::Word && w.text(k).len() >= 2 && w.text(k).chars().all(|c| c.is_uppercase() || c == '.');
        let mut c = a;
        while c < s.end && c < a + 3 && caps(c) {
            c += 1;
        }
        if c == a || c + 1 >= s.end || !w.punct(c, ":") || label_before_colon(w, a, c) {
            return;
        }
        // The content runs to the paragraph's end (bounded like any content).
        let mut end = s.end;
        let mut sj = si + 1;
        while let Some(n) = self.sentences.get(sj) {
            if n.paragraph != s.paragraph || end - c > content::MAX_CONTENT {
                break;
            }
            end = n.end;
            sj += 1;
        }
        let Some(span) = trim(w, self.q, (c + 1, end)) else { return };
        self.push(out, Found { source: Some((a, c)), cue: vec![(c, c + 1)], content: vec![span], stance: Stance::Neutral, sentence: si });
    }
}

/// "The Latest:", "Correction:", "Source: …": editorial labels before a colon, not speakers.
fn label_before_colon(w: &Words, a: usize, c: usize) -> bool {
    const LABELS: &[&str] = &[
        "latest", "correction", "corrections", "clarification", "update", "updated", "source", "sources", "note", "editor",
        "watch", "read", "video", "photo", "photos", "related", "breaking", "exclusive", "analysis", "opinion", "transcript",
        "advertisement", "caption", "credit", "listen", "see", "more", "also", "live", "explainer", "fact", "factbox",
    ];
    c > a && (a..c).filter(|&k| w.is_word(k)).all(|k| one_of(w, k, LABELS) || w.class[k] == Class::Determiner || w.possessive(k))
}
