//! Attributions: who (source) says (cue) what (content).
//!
//! The stages, one module each:
//! - [`lexicon`]: cue words (data in `data/cues/`) and closed word classes;
//! - [`words`]: per-token classes and cue entries, computed once;
//! - [`quotes`]: quotation chains (split, nested, unbalanced, multi-paragraph);
//! - [`clauses`]: cues with their source and content spans ([`source`], [`content`]);
//! - [`coordinated`]: a second reporting verb of the same subject ends the first content;
//! - [`siblings`]: so does a reporting clause of another subject after "while", "which he said" …;
//! - [`layout`]: attributions marked by layout (headline and transcript colons, signed and
//!   free-standing quotations, "In the poll, …");
//! - [`resolve`]: source phrases to named entities (pronouns, roles, variants);
//! - [`markers`]: `unverified`, `kind`, figures;
//! - [`boilerplate`]: consent notices, which hold no claims.
//!
//! Everything is a bounded look-around over one pass of tokens, so time is linear.

mod attitude;
mod bags;
mod boilerplate;
mod clauses;
mod colon_block;
mod content;
mod content_end;
mod coordinated;
mod fronted;
mod inverted;
mod layout;
pub mod lexicon;
mod markers;
mod nominal;
mod parenthetical;
mod passive;
mod quotes;
mod raising;
mod resolve;
mod siblings;
mod small_clause;
mod source;
mod span_bytes;
mod split_predicate;
mod spurious;
mod words;

use crate::entities::{FastMap, Mention};
use crate::model::{Claim, Entity, EntityGroup, Kind, Label, Span, Spans, Stance, Text};
use crate::segment::{Doc, Sentence, TokenKind};
use clauses::{Finder, Found};
use resolve::{Resolver, TokenIndex, NO_ENTITY};
use span_bytes::SpanBytes;
pub(crate) use words::SpellingFacts;

/// How many claims around a claim are searched for the one whose content contains it.
const PARENT_WINDOW: usize = 12;
/// How many claims marked unverified are compared with every other claim for repeats.
const MAX_REPEAT_SEEDS: usize = 32;

pub fn extract(doc: &Doc, entities: &[Entity], groups: &[EntityGroup]) -> Vec<Claim> {
    let mentions: Vec<Mention> = entities.iter().map(Mention::from).collect();
    let mut claims = extract_without_texts(doc, SpellingFacts::of(doc), &mentions, groups, true);
    crate::texts::fill_claims(doc.text, &mut claims);
    claims
}

/// The claims with every span's `text` left empty, for `annotate` to fill in last
/// (`crate::texts`): code here reads a span's text from `doc.text` by its offsets.
///
/// `nested: false` keeps only the outermost claims, as corpora annotated at one level are:
/// claims inside another claim's content go, and so do first-person claims inside a
/// quotation (see `quoted_first_person`). `facts`: those of `doc`'s spellings (made before
/// `doc` forgot their texts).
pub(crate) fn extract_without_texts(doc: &Doc, facts: SpellingFacts, entities: &[Mention], groups: &[EntityGroup], nested: bool) -> Vec<Claim> {
    let w = words::Words::with_facts(doc, facts);
    let mut q = quotes::Quotes::find(doc);
    let sents = quotes::resplit_sentences(doc, &q);
    let mut found = Finder::new(doc, &w, &q, &sents).find();
    // The findings' unused capacity (up to half of it, grown by doubling) goes before the
    // passes below allocate: it was at the top of the peak memory (issue #7).
    found.shrink_to_fit();
    let mut notices = boilerplate::Notices::new(doc, &w);
    found.retain(|f| !notices.is_notice(sents[f.sentence].paragraph));
    // A quotation chain can run over its own speaker in broken text ("“D said: …"): the parts of
    // a claim stay apart, so such content pieces go, and a claim left without content goes too.
    for f in &mut found {
        let (source, cue) = (f.source, &f.cue);
        f.content.retain(|&(a, b)| !source.into_iter().chain(cue.iter().copied()).any(|(x, y)| a < y && x < b));
        merge_overlapping(&mut f.content);
    }
    found.retain(|f| !f.content.is_empty() && !spurious::is_spurious(doc, &w, f));
    crate::sort::sort_by_key(&mut found, |f| f.cue.first().map(|c| c.0).unwrap_or(0));
    // A cue word belongs to one claim: the second part of a split cue ("dismissed … as") can be
    // reached from several verbs in broken text, and the first claim to hold it keeps it.
    // (A bit a token: a byte a token was near the top of the peak memory, issue #7.)
    {
        let n = doc.tokens.len();
        let mut cue_taken = vec![0u64; n.div_ceil(64)];
        let taken = |bits: &[u64], t: usize| bits[t / 64] >> (t % 64) & 1 != 0;
        found.retain(|f| {
            if f.cue.iter().any(|&(a, b)| (a..b.min(n)).any(|t| taken(&cue_taken, t))) {
                return false;
            }
            // (Marked in place: a list of the tokens first cost an allocation per finding.)
            for &(a, b) in &f.cue {
                (a..b.min(n)).for_each(|t| cue_taken[t / 64] |= 1 << (t % 64));
            }
            true
        });
    } // freed here: the largest memory use comes later, with the claims
    coordinated::cut_at_coordinated_cues(&w, &mut found);
    siblings::cut_before_sibling_clauses(&w, &sents, &mut found);
    siblings::end_inside_source_phrases(&w, &mut found);
    siblings::leave_earlier_cues_of_the_source(&mut found);
    // Freed before the claims are built too: the findings' capacity left by the passes that
    // dropped some, and the quotation structure but for the quoted byte ranges (a chain number
    // per token, 4 bytes a token).
    found.shrink_to_fit();
    let quoted_speaker: Vec<bool> = if nested { Vec::new() } else { found.iter().map(|f| quoted_first_person(&w, &q, f)).collect() };
    let marks = std::mem::take(&mut q.marks);
    drop(q);
    // The findings are final here: their spans' byte ranges, once for the passes below.
    let bytes = SpanBytes::new(doc, &found);
    let idx = TokenIndex::new(doc, &sents, entities);
    let mut resolver = Resolver::new(doc, &w, entities, groups, &idx);

    let mut claims: Vec<Pending> = Vec::with_capacity(found.len());
    // Unnamed allies ("an ally of Putin") whose name a later claim may give: told here, while
    // each source's tokens are at hand, and followed up below (`name_the_unnamed_ally`).
    let mut allies: Vec<(usize, u32)> = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let group = resolver.resolve(f.source, f.sentence);
        if group.is_none() {
            allies.extend(unnamed_ally_of(&w, entities, &idx, f).map(|person| (i, person)));
        }
        let kind = markers::kind(doc, &w, &marks, bytes.content_pieces(f, i));
        claims.push(Pending {
            anonymous: f.source.is_some() && group.is_none(),
            source_entity: group.map(|g| groups[g].canonical.clone()),
            kind,
            stance: f.stance,
            unverified: false,
            unverified_by: None,
            parent: None,
            figures: figures(doc, entities, &idx, bytes.content_pieces(f, i)),
        });
    }
    drop(marks);
    set_parents(&found, &mut claims);
    name_the_unnamed_ally(&w, entities, &idx, &found, &allies, &mut claims);
    // The entity per token is not needed any more: freed before the last pass.
    drop(resolver);
    drop(idx);
    first_person_from_parent(doc, &w, &found, &mut claims);
    mark_unverified(doc, &sents, &w, &found, &bytes, &mut claims);
    // The per-token word facts go before the spans are made: on a long text the spans' small
    // vectors (three a claim) were the top of the peak memory with them (issue #7).
    drop(w);
    drop(sents);
    let mut claims = with_spans(doc, &bytes, claims);
    if !nested {
        // Outermost claims have no parent, so no index left needs renumbering.
        let mut i = 0;
        claims.retain(|c| {
            i += 1;
            c.parent.is_none() && !quoted_speaker[i - 1]
        });
    }
    claims
}

/// "“… They're way beyond that, and I think that will bring them around,” she said": a
/// first-person cue inside a quotation, after words of it, is the quotation's speaker talking,
/// an attribution nested in theirs even when the speaker's own claim is not found. (A
/// quotation that opens on the pronoun, "“I think …”", may be the claim itself.)
fn quoted_first_person(w: &words::Words, q: &quotes::Quotes, f: &Found) -> bool {
    let Some((a, b)) = f.source else { return false };
    b == a + 1 && matches!(w.lower(a).as_str(), "i" | "we") && q.inside_after_words(a)
}

/// A claim while the stage holds its per-token state: a `Claim` but for its source, cue and
/// content, made last (`with_spans`). Natively each of those lists keeps a span inline
/// (`model::Spans`, 48 bytes), and held through the stage's working memory they were the top
/// of the peak memory of a long article (issue #7).
struct Pending {
    anonymous: bool,
    source_entity: Option<Text>,
    kind: Kind,
    stance: Stance,
    unverified: bool,
    unverified_by: Option<Span>,
    parent: Option<usize>,
    figures: Vec<Span>,
}

/// The claims, each with its source, cue and content spans from its finding's byte ranges
/// (`claims[i]` is `found[i]`'s).
fn with_spans(doc: &Doc, bytes: &SpanBytes, claims: Vec<Pending>) -> Vec<Claim> {
    // (Ranges read off a slice: a list of more than one span is allocated at its exact length.)
    fn spans(doc: &Doc, ranges: impl Iterator<Item = (usize, usize)>) -> Spans {
        ranges.map(|(s, e)| span(doc, s, e)).collect()
    }
    claims
        .into_iter()
        .enumerate()
        .map(|(i, c)| Claim {
            source: spans(doc, bytes.source(i).into_iter()),
            cue: spans(doc, bytes.cues(i)),
            content: spans(doc, bytes.contents(i)),
            source_entity: c.source_entity,
            source_index: None,
            kind: c.kind,
            stance: c.stance,
            unverified: c.unverified,
            unverified_by: c.unverified_by,
            anonymous: c.anonymous,
            parent: c.parent,
            figures: c.figures,
        })
        .collect()
}

/// A span without its text (see `extract_without_texts`).
fn span(doc: &Doc, s: usize, e: usize) -> Span {
    debug_assert!(doc.text.is_char_boundary(s) && doc.text.is_char_boundary(e));
    Span { start: s, end: e, text: Text::default() }
}

fn span_tok(doc: &Doc, a: usize, b: usize) -> Span {
    span(doc, doc.tokens[a].start as usize, doc.tokens[b.max(a + 1) - 1].end() as usize)
}

/// Two rules can both reach the same quotation (a continued quote and a resumed one): pieces
/// of one content that overlap become one piece, so a claim never lists a span twice.
fn merge_overlapping(pieces: &mut Vec<(usize, usize)>) {
    // (One piece overlaps nothing: most contents are one piece.)
    if pieces.len() < 2 {
        return;
    }
    let mut kept: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for &(a, b) in pieces.iter() {
        match kept.iter_mut().find(|k| a < k.1 && k.0 < b) {
            Some(k) => *k = (k.0.min(a), k.1.max(b)),
            None => kept.push((a, b)),
        }
    }
    *pieces = kept;
}

/// Numbers inside the content: NUMBER entities, or bare number tokens the tagger left out.
/// `content`: the non-empty pieces, each as its token range and byte range (`SpanBytes`).
fn figures(doc: &Doc, entities: &[Mention], idx: &TokenIndex, content: impl Iterator<Item = ((usize, usize), (usize, usize))>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    // A figure is checkable only when all of it was said: a number entity that straddles the
    // content's edge is left out rather than reported beyond the content.
    for ((a, b), (from, to)) in content {
        // The tokens of no entity, between the runs of entity tokens, are read one by one; a
        // run is asked about once (all its tokens have its entity).
        let mut k = a;
        for (first, end, e) in idx.entity.runs_within(a, b) {
            bare_numbers(doc, k, first, &mut out);
            let ent = &entities[e as usize];
            if ent.label == Label::NUMBER {
                let inside = from <= ent.range().start && ent.range().end <= to;
                if inside && out.last().map_or(true, |l| l.start != ent.range().start) {
                    out.push(span(doc, ent.range().start, ent.range().end));
                }
            }
            k = end;
        }
        bare_numbers(doc, k, b, &mut out);
    }
    // Pushes leave room for four: most contents hold one figure, and a long text's claims all
    // live until the end.
    out.shrink_to_fit();
    out
}

/// The number tokens of `a..b` (tokens of no entity), as spans.
fn bare_numbers(doc: &Doc, a: usize, b: usize, out: &mut Vec<Span>) {
    for t in &doc.tokens[a..b] {
        if t.kind() == TokenKind::Number {
            out.push(span(doc, t.start as usize, t.end() as usize));
        }
    }
}

fn contains(f: &Found, tok: usize) -> bool {
    f.content.iter().any(|&(a, b)| a <= tok && tok < b)
}

fn content_len(f: &Found) -> usize {
    f.content.iter().map(|(a, b)| b - a).sum()
}

/// A nested attribution's parent: the nearby claim with the smallest content holding its cue.
fn set_parents(found: &[Found], claims: &mut [Pending]) {
    // Each content's length, summed once rather than at every comparison.
    let len: Vec<usize> = found.iter().map(content_len).collect();
    for i in 0..found.len() {
        let Some(&(cue, _)) = found[i].cue.first() else { continue };
        let lo = i.saturating_sub(PARENT_WINDOW);
        let hi = (i + PARENT_WINDOW + 1).min(found.len());
        // (The lengths first: a look-up, where `contains` walks the content's pieces.)
        claims[i].parent = (lo..hi).filter(|&j| j != i && len[j] > len[i] && contains(&found[j], cue)).min_by_key(|&j| len[j]);
    }
}

/// "One of Putin's closest associates said …" (or a headline "Putin ally: …") and, a sentence
/// or two later, "…, Nikolai Patrushev, stated": an unnamed associate of a named person is the
/// next person the text names as a source.
fn name_the_unnamed_ally(w: &words::Words, entities: &[Mention], idx: &TokenIndex, found: &[Found], allies: &[(usize, u32)], claims: &mut [Pending]) {
    const REACH: usize = 4;
    for &(i, modifier) in allies {
        let later = (i + 1..found.len())
            .take_while(|&j| found[j].sentence <= found[i].sentence + REACH)
            .find(|&j| {
                let named = found[j].source.is_some_and(|(sa, sb)| sb > sa + 1 || w.capitalized(sa));
                named && claims[j].source_entity.is_some() && !claims[j].anonymous
                    && found[j].source.is_some_and(|(sa, sb)| (sa..sb).any(|k| {
                        let e = idx.entity[k];
                        e != NO_ENTITY && entities[e as usize].label == Label::PERSON && entities[e as usize].group != modifier
                    }))
            });
        if let Some(j) = later {
            claims[i].source_entity = claims[j].source_entity.clone();
            claims[i].anonymous = false;
        }
    }
}

/// The group of the person an unnamed source is an associate of ("an ally of Putin", "one of
/// the Kremlin's aides, Peskov": `name_the_unnamed_ally`), for a finding whose source named no
/// one: a short source phrase (or "one of …") with an associate word and a person in it.
fn unnamed_ally_of(w: &words::Words, entities: &[Mention], idx: &TokenIndex, f: &Found) -> Option<u32> {
    let (a, b) = f.source?;
    if b - a < 2 {
        return None;
    }
    let associate = (a..b).any(|k| {
        let t = w.lower(k);
        matches!(t.as_str(), "ally" | "allies" | "associate" | "associates" | "aide" | "aides" | "confidant" | "loyalist")
    });
    if !associate || !(b - a <= 3 || (w.is(a, "one") && w.is(a + 1, "of"))) {
        return None;
    }
    (a..b).find_map(|k| {
        let e = idx.entity[k];
        (e != NO_ENTITY && entities[e as usize].label == Label::PERSON).then(|| entities[e as usize].group)
    })
}

/// "“I am firmly convinced …,” he said": a first-person source inside a quotation is the
/// quotation's speaker.
fn first_person_from_parent(doc: &Doc, w: &words::Words, found: &[Found], claims: &mut [Pending]) {
    for i in 0..claims.len() {
        let Some((a, b)) = found[i].source else { continue };
        let first_person = b == a + 1 && matches!(w.lower(a).as_str(), "i" | "we" | "my" | "our");
        if !first_person || claims[i].source_entity.is_some() {
            continue;
        }
        let _ = doc;
        if let Some(p) = claims[i].parent {
            claims[i].source_entity = claims[p].source_entity.clone();
            claims[i].anonymous = claims[p].anonymous;
        }
    }
}

/// Sets `unverified`: a marker in the claim's own clause ("said – without evidence – that",
/// "…, despite there being no evidence"), or in the next sentence when that one points back
/// ("AFP was unable to verify these claims"); then repeats of a marked claim.
fn mark_unverified(doc: &Doc, sents: &[Sentence], w: &words::Words, found: &[Found], bytes: &SpanBytes, claims: &mut [Pending]) {
    // Each sentence's marker, found once: 8 bytes a sentence (token numbers fit in 32 bits:
    // `segment::tokenize` stops below 4 GiB of text), `UNKNOWN` until looked for.
    const UNKNOWN: (u32, u32) = (u32::MAX, 0);
    const NO_MARKER: (u32, u32) = (u32::MAX, 1);
    let mut cache: Vec<(u32, u32)> = vec![UNKNOWN; sents.len()];
    let mut marker_of = |si: usize| -> Option<(usize, usize)> {
        if cache[si] == UNKNOWN {
            let s = &sents[si];
            cache[si] = markers::unverified_marker(w, s.first, s.end).map_or(NO_MARKER, |(a, b)| (a as u32, b as u32));
        }
        let (a, b) = cache[si];
        (a != u32::MAX).then_some((a as usize, b as usize))
    };
    let mut pointed: Vec<usize> = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let si = f.sentence;
        if let Some(&(a, b)) = f.cue.first().filter(|&&(a, b)| b == a + 1 && may_mark_itself(w, a) && markers::marks_itself(w.text(a))) {
            claims[i].unverified = true;
            claims[i].unverified_by = Some(span_tok(doc, a, b));
            continue;
        }
        let mut hit = marker_of(si).filter(|&m| marker_in_scope(sents, f, m));
        // (The next sentence's marker, worked out once per sentence, is asked before the
        // claims around are searched: most sentences hold none.)
        if hit.is_none() && si + 1 < sents.len() {
            let next = &sents[si + 1];
            if let Some(m) = marker_of(si + 1).filter(|_| !nested_in_source(found, i)) {
                if markers::points_back(w, next.first, next.end) && !found.get(i + 1).is_some_and(|g| g.sentence == si + 1) {
                    hit = Some(m);
                    pointed.push(i);
                }
            }
        }
        if let Some((a, b)) = hit {
            claims[i].unverified = true;
            claims[i].unverified_by = Some(span_tok(doc, a, b));
        }
    }
    // "these claims" also covers the same source's earlier claims ("separatists claimed …").
    for &p in pointed.iter().take(MAX_REPEAT_SEEDS) {
        let Some(head) = source_head(w, &found[p]) else { continue };
        for j in p.saturating_sub(30)..p {
            if !claims[j].unverified && source_head(w, &found[j]).is_some_and(|h| h.eq_ignore_ascii_case(head)) {
                claims[j].unverified = true;
                claims[j].unverified_by = claims[p].unverified_by.clone();
            }
        }
    }
    // The same claim repeated (headline, lead, body) is unverified everywhere.
    let seeds: Vec<usize> = (0..claims.len()).filter(|&i| claims[i].unverified).take(MAX_REPEAT_SEEDS).collect();
    if seeds.is_empty() {
        return;
    }
    let seed_bags: Vec<Vec<u64>> = seeds.iter().map(|&s| bags::word_bag(doc.text, bytes.contents(s))).collect();
    // Which seeds hold each word, a bit per seed (a vector per word was one of the stage's
    // larger counts of allocations): a claim then meets only the seeds it shares words with.
    const _: () = assert!(MAX_REPEAT_SEEDS <= 32);
    let mut holders: FastMap<u64, u32> = FastMap::default();
    for (k, bag) in seed_bags.iter().enumerate() {
        for &h in bag {
            *holders.entry(h).or_default() |= 1 << k;
        }
    }
    // A claim meets a seed only with at least half the seed's words (`common` below is at most
    // the claim's word count `n`, and `3 common >= seed + n` asks `2 n >= seed`): a claim too
    // short for the smallest seed is passed without its bag being read.
    let Some(smallest) = seed_bags.iter().map(Vec::len).filter(|&n| n >= 3).min() else { return };
    // Nor can a claim of more than twice the largest seed's words (`common` is at most the seed's
    // count `s`, and `3 common >= s + n` asks `n <= 2 s`): its bag is read only that far.
    let most_distinct = 2 * seed_bags.iter().map(Vec::len).max().unwrap_or(0);
    let mut common = vec![0usize; seeds.len()];
    let mut bag: Vec<u64> = Vec::with_capacity(64);
    for i in 0..claims.len() {
        if claims[i].unverified {
            continue;
        }
        let most = bags::most_words(bytes.contents(i));
        if most < 3 || 2 * most < smallest {
            continue;
        }
        bags::word_bag_into(doc.text, bytes.contents(i), most_distinct, &mut bag);
        if bag.len() < 3 || bag.len() > most_distinct {
            continue;
        }
        common.iter_mut().for_each(|c| *c = 0);
        for h in &bag {
            let mut held = holders.get(h).copied().unwrap_or(0);
            while held != 0 {
                common[held.trailing_zeros() as usize] += 1;
                held &= held - 1;
            }
        }
        let hit = (0..seeds.len()).find(|&k| seed_bags[k].len() >= 3 && common[k] * 2 >= seed_bags[k].len() + bag.len() - common[k]);
        if let Some(k) = hit {
            let s = seeds[k];
            claims[i].unverified = true;
            claims[i].unverified_by = claims[s].unverified_by.clone();
        }
    }
}

/// Token `i` can be a cue that marks itself (`markers::marks_itself`: "allegedly",
/// "purportedly", "alleged"): an agentless adverb, or a form of the verb "allege". Told from
/// per-token facts (a byte and a cue number a token) before the token's text is read: in a long
/// document the token list and the text lie far out of the caches by this last pass, and the
/// text of every claim's cue cost a trip to memory (issue #7).
fn may_mark_itself(w: &words::Words, i: usize) -> bool {
    w.agentless_adverb(i) || w.verb[i].is_some_and(|c| c.lemma == "allege")
}

/// A sentence's marker covers a claim when it sits at the sentence start, between the cue and
/// the content, inside the content, or just after it; not in another clause before the cue.
fn marker_in_scope(sents: &[Sentence], f: &Found, (ms, _): (usize, usize)) -> bool {
    let s = &sents[f.sentence];
    let cs = f.content.iter().map(|c| c.0).min().unwrap_or(0);
    let ce = f.content.iter().map(|c| c.1).max().unwrap_or(0);
    let cue = f.cue.first().map_or(cs, |c| c.0);
    ms <= s.first + 1 || (ms + 4 >= cs.min(cue) && ms <= ce + 4)
}

/// The claim's cue stands inside another claim's source phrase ("the separatists of this region
/// from which Moscow claims the annexation").
fn nested_in_source(found: &[Found], i: usize) -> bool {
    let Some(&(cue, _)) = found[i].cue.first() else { return false };
    let lo = i.saturating_sub(PARENT_WINDOW);
    let hi = (i + PARENT_WINDOW + 1).min(found.len());
    (lo..hi).any(|j| j != i && found[j].source.is_some_and(|(a, b)| a <= cue && cue < b))
}

/// The last word of a claim's source phrase, when it is a content word.
fn source_head<'a>(w: &'a words::Words, f: &Found) -> Option<&'a str> {
    let (a, b) = f.source?;
    let mut k = b;
    // "the separatists of this region": the head comes before a prepositional phrase.
    if let Some(p) = (a..b).find(|&k| w.class[k] == lexicon::Class::Preposition) {
        k = p;
    }
    let head = w.text(k.checked_sub(1)?);
    (k > a && head.len() >= 4 && w.class[k - 1] == lexicon::Class::Other).then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `may_mark_itself` passes every token `markers::marks_itself` accepts (in any case, as a
    /// verb form or an adverb), and spares the text of other cue words.
    #[test]
    fn may_mark_itself_covers_every_self_marking_cue() {
        let doc = Doc::new("He ALLEGEDLY lied, they Alleged, it purportedly ran, she alleged it; he said, they claimed, it alleges.");
        let w = words::Words::new(&doc);
        let mut checked = 0;
        for i in 0..doc.tokens.len() {
            if markers::marks_itself(w.text(i)) {
                assert!(may_mark_itself(&w, i), "{:?}", w.text(i));
                checked += 1;
            }
        }
        assert_eq!(checked, 4, "four self-marking cue words");
        let said = (0..doc.tokens.len()).find(|&i| w.text(i) == "said").expect("said");
        assert!(!may_mark_itself(&w, said));
    }
}
