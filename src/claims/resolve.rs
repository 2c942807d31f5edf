//! Source resolution: which named entity a source phrase stands for.
//!
//! Claims are resolved in document order with a running state (the last person and the last
//! organisation that were sources, the last person mentioned as a sentence subject), so a pronoun
//! costs O(1) and nothing scans back over earlier entities.

use std::cell::Cell;
use std::ops::Index;

use super::lexicon::{is_institution, is_person_role, Class};
use super::words::Words;
use crate::entities::Mention;
use crate::model::{EntityGroup, Label};
use crate::segment::{Doc, Sentence};

pub const NO_ENTITY: u32 = u32::MAX;

/// Which entity each token belongs to, and which sentence.
pub struct TokenIndex {
    pub entity: EntityOfToken,
    /// The first token of each sentence: a token's sentence is found by binary search (a number
    /// per token cost 4 bytes a token for a look-up made once per organisation mention).
    sentence_starts: Vec<usize>,
}

impl TokenIndex {
    pub fn new(doc: &Doc, sentences: &[Sentence], entities: &[Mention]) -> TokenIndex {
        let mut order: Vec<usize> = (0..entities.len()).collect();
        crate::sort::sort_by_key(&mut order, |&e| entities[e].start);
        // Sentences cover the tokens in order, one after another.
        let sentence_starts = sentences.iter().map(|s| s.first).collect();
        TokenIndex { entity: entity_of_tokens(doc, entities, &order), sentence_starts }
    }

    /// The sentence holding token `t`.
    pub fn sentence(&self, t: usize) -> usize {
        self.sentence_starts.partition_point(|&first| first <= t).saturating_sub(1)
    }
}

/// The tokens of each mention (`order`: by start), as runs. Mentions that do not overlap (the
/// usual case) are a run each, made straight from their token ranges; when some overlap, the
/// later mention takes the shared tokens, worked out token by token.
fn entity_of_tokens(doc: &Doc, entities: &[Mention], order: &[usize]) -> EntityOfToken {
    let mut runs: Vec<(u32, u32, u32)> = Vec::with_capacity(order.len());
    for (ei, t, k) in token_ranges(doc, entities, order) {
        if runs.last().is_some_and(|r| r.1 as usize > t) {
            return EntityOfToken::from_tokens(&entity_per_token(doc, entities, order));
        }
        // Token numbers fit in 32 bits: `segment::tokenize` stops below 4 GiB of text.
        runs.push((t as u32, k as u32, ei as u32));
    }
    EntityOfToken { runs, tokens: doc.tokens.len(), last: Cell::new(0) }
}

/// Each mention of `order` (by start) that covers tokens, with the tokens `t..k` that start
/// inside it.
fn token_ranges<'a>(doc: &'a Doc, entities: &'a [Mention], order: &'a [usize]) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    let n = doc.tokens.len();
    let mut t = 0;
    order.iter().filter_map(move |&ei| {
        let e = &entities[ei];
        while t < n && (doc.tokens[t].start as usize) < e.range().start {
            t += 1;
        }
        let mut k = t;
        while k < n && (doc.tokens[k].start as usize) < e.range().end {
            k += 1;
        }
        (k > t).then_some((ei, t, k))
    })
}

/// The entity of each token (`NO_ENTITY` for none), a later mention of `order` taking the tokens
/// it shares with an earlier one.
fn entity_per_token(doc: &Doc, entities: &[Mention], order: &[usize]) -> Vec<u32> {
    let mut entity = vec![NO_ENTITY; doc.tokens.len()];
    for (ei, t, k) in token_ranges(doc, entities, order) {
        entity[t..k].fill(ei as u32);
    }
    entity
}

/// The entity of each token (or `NO_ENTITY`), indexed like a `Vec<u32>`, kept as runs of tokens
/// (first, end, entity): a run per entity mention instead of 4 bytes a token, which was one of
/// the largest lists alive while the claims are built. Look-ups come mostly in token order, so
/// the run found last is tried first, then a binary search.
pub struct EntityOfToken {
    runs: Vec<(u32, u32, u32)>,
    tokens: usize,
    last: Cell<usize>,
}

#[allow(clippy::len_without_is_empty)]
impl EntityOfToken {
    fn from_tokens(entity: &[u32]) -> Self {
        let mut runs: Vec<(u32, u32, u32)> = Vec::new();
        for (k, &e) in entity.iter().enumerate() {
            if e == NO_ENTITY {
                continue;
            }
            // Token numbers fit in 32 bits: `segment::tokenize` stops below 4 GiB of text.
            match runs.last_mut() {
                Some(r) if r.1 as usize == k && r.2 == e => r.1 += 1,
                _ => runs.push((k as u32, k as u32 + 1, e)),
            }
        }
        runs.shrink_to_fit();
        EntityOfToken { runs, tokens: entity.len(), last: Cell::new(0) }
    }

    pub fn len(&self) -> usize {
        self.tokens
    }

    pub fn get(&self, k: usize) -> Option<&u32> {
        (k < self.tokens).then(|| &self[k])
    }

    /// The runs of tokens of one entity inside `a..b`, cut to it, in order: `(first, end,
    /// entity)`. One search for the first run, then a walk along the runs.
    pub fn runs_within(&self, a: usize, b: usize) -> impl Iterator<Item = (usize, usize, u32)> + '_ {
        let b = b.min(self.tokens);
        let from = self.first_run_ending_after(a);
        self.runs[from..].iter().take_while(move |run| (run.0 as usize) < b).map(move |run| ((run.0 as usize).max(a), (run.1 as usize).min(b), run.2))
    }

    /// The first run that ends after token `a` (`runs.len()` if none): a binary search, but
    /// first a look at the runs from the last one found on (`run`'s memory, shared): the claims
    /// ask in text order, and a search from the top read a long text's runs far out of the
    /// caches (issue #7).
    fn first_run_ending_after(&self, a: usize) -> usize {
        let runs = &self.runs;
        let ends_after = |j: usize| j == runs.len() || (runs[j].1 as usize) > a;
        let hint = self.last.get().min(runs.len());
        let from = if (hint == 0 || !ends_after(hint - 1)) && ends_after(hint) {
            hint
        } else if !ends_after(hint) && ends_after((hint + 1).min(runs.len())) {
            hint + 1
        } else {
            runs.partition_point(|run| (run.1 as usize) <= a)
        };
        self.last.set(from);
        from
    }

    /// The run holding token `k`. The last run found is remembered: the next look-up (usually
    /// the same token, the next one, or one in the next gap or run) mostly needs no search.
    fn run(&self, k: usize) -> Option<&(u32, u32, u32)> {
        let runs = &self.runs;
        // Run `j` is the last one starting at or before `k`.
        let last_before = |j: usize| (runs[j].0 as usize) <= k && runs.get(j + 1).map_or(true, |n| k < n.0 as usize);
        let hint = self.last.get();
        let j = if hint < runs.len() && last_before(hint) {
            hint
        } else if hint + 1 < runs.len() && last_before(hint + 1) {
            hint + 1
        } else {
            runs.partition_point(|r| (r.0 as usize) <= k).checked_sub(1)?
        };
        self.last.set(j);
        Some(&runs[j]).filter(|r| k < r.1 as usize)
    }
}

impl Index<usize> for EntityOfToken {
    type Output = u32;

    fn index(&self, k: usize) -> &u32 {
        assert!(k < self.tokens, "token {k} of {}", self.tokens);
        self.run(k).map_or(&NO_ENTITY, |r| &r.2)
    }
}

pub struct Resolver<'a> {
    w: &'a Words<'a>,
    entities: &'a [Mention],
    groups: &'a [EntityGroup],
    idx: &'a TokenIndex,
    /// Next token whose entity has not been seen yet.
    cursor: usize,
    last_person: Option<usize>,
    /// The last person mentioned like a subject (not after a preposition, not possessive), with
    /// the token where the mention starts.
    last_subject_person: Option<(usize, usize)>,
    /// The last organisation mentioned, with its sentence.
    last_org: Option<(usize, usize)>,
    /// The last person and organisation that were sources: (group, sentence, token).
    person_source: Option<(usize, usize, usize)>,
    org_source: Option<(usize, usize, usize)>,
    /// Organisations that were sources, most recent last (bounded).
    org_sources: Vec<usize>,
}

/// How far back (in sentences) a pronoun looks for the last source.
const PRONOUN_REACH: usize = 6;

impl<'a> Resolver<'a> {
    pub fn new(doc: &'a Doc<'a>, w: &'a Words<'a>, entities: &'a [Mention], groups: &'a [EntityGroup], idx: &'a TokenIndex) -> Self {
        let _ = doc;
        Resolver {
            w,
            entities,
            groups,
            idx,
            cursor: 0,
            last_person: None,
            last_subject_person: None,
            last_org: None,
            person_source: None,
            org_source: None,
            org_sources: Vec::new(),
        }
    }

    fn group_of(&self, tok: usize) -> Option<usize> {
        let e = *self.idx.entity.get(tok)?;
        (e != NO_ENTITY).then(|| self.entities[e as usize].group()).filter(|&g| g < self.groups.len())
    }

    fn label(&self, g: usize) -> Label {
        self.groups[g].label
    }

    /// Moves the mention state up to token `upto` (exclusive). A mention starts only where a
    /// run of one entity's tokens starts (inside a run the token before has the same entity),
    /// so only run starts are visited, not every token.
    fn advance(&mut self, upto: usize) {
        let upto = upto.min(self.idx.entity.len());
        if self.cursor >= upto {
            return;
        }
        let idx = self.idx;
        let mut r = idx.entity.runs.partition_point(|run| (run.0 as usize) < self.cursor);
        while idx.entity.runs.get(r).is_some_and(|run| (run.0 as usize) < upto) {
            self.mention_at(r);
            r += 1;
        }
        self.cursor = upto;
    }

    /// The group of entity `e`.
    fn group_of_entity(&self, e: u32) -> Option<usize> {
        (e != NO_ENTITY).then(|| self.entities[e as usize].group()).filter(|&g| g < self.groups.len())
    }

    /// Run `r` of entity tokens starts here: if it starts a mention of its entity's group (runs
    /// of the group's entities right next to each other are one mention), that mention becomes
    /// the last one of its label.
    fn mention_at(&mut self, r: usize) {
        let runs = &self.idx.entity.runs;
        let (t, mut end, e) = (runs[r].0 as usize, runs[r].1 as usize, runs[r].2);
        let Some(g) = self.group_of_entity(e) else { return };
        if r > 0 && runs[r - 1].1 as usize == t && self.group_of_entity(runs[r - 1].2) == Some(g) {
            return; // same mention
        }
        let mut next = r + 1;
        while let Some(run) = runs.get(next).filter(|run| run.0 as usize == end && self.group_of_entity(run.2) == Some(g)) {
            end = run.1 as usize;
            next += 1;
        }
        match self.label(g) {
            Label::PERSON => {
                self.last_person = Some(g);
                let after_preposition = t > 0 && self.w.class[t - 1] == Class::Preposition;
                let possessive = end < self.idx.entity.len() && self.w.possessive(end);
                if !after_preposition && !possessive {
                    self.last_subject_person = Some((g, t));
                }
            }
            Label::ORG => self.last_org = Some((g, self.idx.sentence(t))),
            _ => {}
        }
    }

    /// Resolves a source phrase `[a, b)` in sentence `sentence`; returns the entity group.
    pub fn resolve(&mut self, source: Option<(usize, usize)>, sentence: usize) -> Option<usize> {
        let (a, b) = source?;
        self.advance(a);
        let g = self.resolve_span(a, b, sentence);
        if let Some(g) = g {
            match self.label(g) {
                Label::PERSON => self.person_source = Some((g, sentence, a)),
                Label::ORG | Label::LOC => {
                    self.org_source = Some((g, sentence, a));
                    if self.label(g) == Label::ORG && !self.org_sources.contains(&g) {
                        if self.org_sources.len() == 16 {
                            self.org_sources.remove(0);
                        }
                        self.org_sources.push(g);
                    }
                }
                _ => {}
            }
        }
        g
    }

    fn recent(&self, slot: Option<(usize, usize, usize)>, sentence: usize) -> Option<usize> {
        slot.filter(|&(_, s, _)| s + PRONOUN_REACH >= sentence).map(|(g, _, _)| g)
    }

    /// "he", "she": the later of the last person quoted and the last person mentioned as a subject.
    fn person_pronoun(&self, sentence: usize) -> Option<usize> {
        let source = self.person_source.filter(|&(_, s, _)| s + PRONOUN_REACH >= sentence);
        match (source, self.last_subject_person) {
            (Some((g, _, at)), Some((h, ht))) => Some(if ht > at { h } else { g }),
            (Some((g, _, _)), None) => Some(g),
            (None, Some((h, _))) => Some(h),
            (None, None) => self.last_person,
        }
    }

    /// "it": an organisation mentioned earlier in the same sentence ("The Kremlin said its
    /// ministry was right when it said …"), else the last organisation quoted.
    fn org_pronoun(&self, sentence: usize) -> Option<usize> {
        if let Some((g, s)) = self.last_org {
            let source_here = self.org_source.is_some_and(|(o, os, _)| os == sentence && o == g);
            if s == sentence && !source_here {
                return Some(g);
            }
        }
        self.recent(self.org_source, sentence).or(self.last_org.map(|(g, _)| g))
    }

    fn resolve_span(&self, a: usize, b: usize, sentence: usize) -> Option<usize> {
        let w = self.w;
        if b == a + 1 && w.class[a] == Class::SubjectPronoun {
            let p = w.lower(a);
            return match p.as_str() {
                "he" | "she" => self.person_pronoun(sentence),
                "it" => self.org_pronoun(sentence),
                "they" => self.recent(self.org_source, sentence),
                _ => None, // I, we, you: resolved from the enclosing quotation later
            };
        }
        if b == a + 1 && matches!(w.lower(a).as_str(), "his" | "her") {
            return self.person_pronoun(sentence);
        }
        if b == a + 1 && matches!(w.lower(a).as_str(), "its" | "their") {
            return self.org_pronoun(sentence);
        }
        // Named entities in the phrase that are its head, not a possessive modifier.
        let mut best: Option<(u8, usize)> = None;
        let mut modifier: Option<usize> = None;
        let mut k = a;
        while k < b {
            if let Some(g) = self.group_of(k) {
                let mut end = k + 1;
                while end < b && self.group_of(end) == Some(g) {
                    end += 1;
                }
                // A modifier, not the head: "Putin's minister", "Putin ally", "Kremlin spokesman …",
                // or a name inside a prepositional phrase ("separatists from the Donetsk region").
                let possessive = end < b && (w.possessive(end) || is_person_role(&w.lower(end)));
                let in_phrase = self.after_preposition(a, k);
                let rank = match self.label(g) {
                    Label::PERSON => 0,
                    Label::ORG => 1,
                    Label::LOC => 2,
                    Label::MISC => 3,
                    _ => 9,
                };
                if possessive || rank == 9 || in_phrase {
                    modifier = modifier.or(Some(g));
                } else if best.map_or(true, |(r, _)| rank < r) {
                    best = Some((rank, g));
                }
                k = end;
                continue;
            }
            k += 1;
        }
        let has_role = (a..b).any(|k| is_person_role(&w.lower(k)));
        let has_institution = (a..b).any(|k| is_institution(&w.lower(k)));
        if let Some((rank, g)) = best {
            // "The head of NATO": a person role of an organisation is a person.
            if rank >= 1 && has_role && self.starts_definite(a) && !self.plural_head(b) {
                if let Some(p) = self.recent(self.person_source, sentence) {
                    return Some(p);
                }
            }
            // "UK intelligence", "the UK officials": an organisation already quoted from that country.
            if rank == 2 && has_institution {
                if let Some(o) = self.org_from(&self.groups[g].canonical) {
                    return Some(o);
                }
            }
            return Some(g);
        }
        let definite = self.starts_definite(a);
        if has_role && definite && !self.plural_head(b) && modifier.map_or(true, |m| self.label(m) != Label::PERSON) {
            // "the Norwegian politician", "The former Soviet agent": the person last quoted.
            let qualified = modifier.is_some() || (a..b).any(|k| w.is(k, "former"));
            if qualified {
                return self.recent(self.person_source, sentence);
            }
        }
        if has_institution && definite {
            // "the MoD's latest intelligence update": an organisation's document speaks for it.
            if let Some(m) = modifier.filter(|&m| self.label(m) == Label::ORG) {
                return Some(m);
            }
            if let Some(m) = modifier {
                if let Some(o) = self.org_from(&self.groups[m].canonical) {
                    return Some(o);
                }
            }
        }
        None
    }

    /// A preposition stands between the start of the phrase's comma-separated part and `k`.
    fn after_preposition(&self, a: usize, k: usize) -> bool {
        let w = self.w;
        let mut j = k;
        while j > a {
            j -= 1;
            if w.punct(j, ",") || w.punct(j, "–") || w.punct(j, "—") {
                return false;
            }
            if w.class[j] == Class::Preposition && self.group_of(j).is_none() {
                return true;
            }
        }
        false
    }

    fn starts_definite(&self, a: usize) -> bool {
        self.w.is(a, "the") || self.w.is(a, "this") || self.group_of(a).is_some()
    }

    fn plural_head(&self, b: usize) -> bool {
        let t = self.w.text(b - 1);
        t.ends_with('s') && !t.ends_with("ss") && !t.ends_with("us")
    }

    /// An organisation already quoted whose name shares the country word ("UK" → "UK Ministry of
    /// Defence", "Russian" → "Russian Defense Ministry").
    fn org_from(&self, country: &str) -> Option<usize> {
        let stem = country.trim_end_matches("ns").trim_end_matches('n');
        let names = country_names(country);
        self.org_sources.iter().rev().copied().find(|&o| {
            let name = &self.groups[o].canonical;
            name.split(' ').any(|part| part == country || names.contains(&part) || (stem.len() >= 4 && part.starts_with(stem)))
        })
    }
}

/// Country names for demonyms whose stem is not the country's ("British" → "UK").
fn country_names(demonym: &str) -> &'static [&'static str] {
    match demonym {
        "British" => &["UK", "Britain", "British"],
        "American" => &["US", "U.S.", "America", "American"],
        "French" => &["France", "French"],
        "German" => &["Germany", "German"],
        "Dutch" => &["Netherlands", "Dutch"],
        "Chinese" => &["China", "Chinese"],
        "Japanese" => &["Japan", "Japanese"],
        "Israeli" => &["Israel", "Israeli"],
        "Turkish" => &["Turkey", "Türkiye", "Turkish"],
        "Polish" => &["Poland", "Polish"],
        "Swiss" => &["Switzerland", "Swiss"],
        "Belarusian" => &["Belarus", "Belarusian"],
        "UK" | "Britain" => &["British", "UK", "Britain"],
        "US" | "U.S." => &["American", "US", "U.S."],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Doc;

    /// The runs made from the mentions' token ranges read as the token-by-token assignment
    /// does: apart, touching, empty, nested and overlapping mentions.
    #[test]
    fn runs_read_like_tokens() {
        let doc = Doc::new("Joe Biden met Angela Merkel in Berlin on Monday, the White House said.");
        let at = |word: &str| doc.text.find(word).unwrap() as u32;
        let mention = |start: u32, end: u32| Mention { start, end, label: Label::PERSON, group: 0 };
        let cases: Vec<Vec<Mention>> = vec![
            vec![mention(0, 9), mention(at("Angela"), at(" in")), mention(at("Berlin"), at(" on"))],
            vec![mention(0, 3), mention(4, 9), mention(at("met"), at("met"))],
            vec![mention(0, 9), mention(4, 9), mention(at("the"), at(" said"))],
            vec![mention(0, at(" Merkel")), mention(4, at(" in")), mention(at("White"), at(" House"))],
        ];
        for entities in &cases {
            let mut order: Vec<usize> = (0..entities.len()).collect();
            crate::sort::sort_by_key(&mut order, |&e| entities[e].start);
            let runs = entity_of_tokens(&doc, entities, &order);
            let tokens = entity_per_token(&doc, entities, &order);
            assert_eq!((0..doc.tokens.len()).map(|k| runs[k]).collect::<Vec<_>>(), tokens);
        }
    }

    /// `runs_within` gives the runs the tokens say, whatever run the last look-up left
    /// remembered: asked forwards, backwards and after token look-ups anywhere.
    #[test]
    fn runs_within_read_like_tokens_from_any_remembered_run() {
        let entity: Vec<u32> = [NO_ENTITY, 0, 0, NO_ENTITY, 1, 2, 2, NO_ENTITY, NO_ENTITY, 3, NO_ENTITY, 4, 4, 4].to_vec();
        let runs = EntityOfToken::from_tokens(&entity);
        let expected = |a: usize, b: usize| {
            let mut out: Vec<(usize, usize, u32)> = Vec::new();
            for k in a..b.min(entity.len()) {
                match out.last_mut() {
                    Some(r) if r.1 == k && r.2 == entity[k] => r.1 += 1,
                    _ if entity[k] != NO_ENTITY => out.push((k, k + 1, entity[k])),
                    _ => {}
                }
            }
            out
        };
        let n = entity.len();
        // (Non-empty ranges: the only ones asked.)
        let ranges: Vec<(usize, usize)> = (0..n).flat_map(|a| (a + 1..=n + 1).map(move |b| (a, b))).collect();
        for (before, &(a, b)) in ranges.iter().enumerate() {
            for probe in [ranges[before].0, n - 1, 0, ranges[(before * 7) % ranges.len()].0] {
                let _ = runs.get(probe);
                assert_eq!(runs.runs_within(a, b).collect::<Vec<_>>(), expected(a, b), "{a}..{b} after token {probe}");
            }
            for &(c, d) in ranges.iter().rev().take(5) {
                let _ = runs.runs_within(c, d).count();
                assert_eq!(runs.runs_within(a, b).collect::<Vec<_>>(), expected(a, b), "{a}..{b} after {c}..{d}");
            }
        }
    }
}
