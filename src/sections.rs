//! A long text, read a section at a time (issue #7: time and memory in proportion to the text).
//!
//! The stages' working state (tokens, per-token facts, tables of spellings, the claim finder's
//! findings) is several times the size of the text. Past a few megabytes it no longer fits in
//! the processor's caches, and every pass over it waits on memory: a 10 MB text took 12–14x the
//! time of 1 MB. So a text longer than `SECTION_BYTES` is cut at paragraph breaks into sections
//! no longer than that, and each section is tokenised, tagged and searched for claims as a
//! document of its own; only what it finds is kept. The entity groups are then formed once over
//! the mentions of the whole text, so a name given in full in one section and by its surname in
//! another is one entity there, and in the claims' sources and the sources roll-up.
//!
//! What a section does not see of the others: the evidence one part of a text gives for the
//! label of a name in another, and a claim's context (a pronoun in a section's first paragraph
//! finds no person before it). A section is about 1 MB, a few hundred articles: an article, or
//! a report of book length, is read whole.

use std::ops::Range;

use crate::claims;
use crate::entities::{self, FastMap, Mention, NameKeys};
use crate::model::{Claim, Entity, EntityGroup, Source};
use crate::segment::{self, Doc};
use crate::sources;
use crate::texts;
use crate::{Options, Texts};

/// What the stages find in a text: the entities, their groups, the claims and the sources.
pub(crate) struct StageOutput {
    pub entities: Vec<Entity>,
    pub groups: Vec<EntityGroup>,
    pub claims: Vec<Claim>,
    pub sources: Vec<Source>,
}

/// The longest text read as one document, in bytes, and the most a section holds.
pub(crate) const SECTION_BYTES: usize = 1 << 20;

/// The stages over `text`, filling the `texts` asked for: as one document when it is no longer
/// than `max` bytes, else a section of at most `max` bytes at a time (`cut`), with the groups,
/// the claims' named sources and the sources roll-up of the whole text.
pub(crate) fn find(text: &str, options: &Options, texts: Texts, max: usize) -> StageOutput {
    let ranges = cut(text, max);
    if let [whole] = ranges.as_slice() {
        let mut entities = Vec::new();
        let SectionOutput { groups, claims, sources, .. } = run_stages(&text[whole.clone()], options, texts, None, &mut entities);
        return StageOutput { entities, groups, claims, sources };
    }
    find_in_sections(text, options, texts, ranges)
}

/// `find` over a text cut into more than one section (`ranges`).
#[inline(never)]
fn find_in_sections(text: &str, options: &Options, texts: Texts, ranges: Vec<Range<usize>>) -> StageOutput {
    // The whole text's mentions and their name keys, for the groups and the roll-up, and its
    // entities (made while each section is at hand, their groups set at the end).
    let mut mentions: Vec<Mention> = Vec::new();
    let mut keys = NameKeys::with_capacity(0);
    let mut entities: Vec<Entity> = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    // Per claim with a named source: a mention (index into `mentions`) of that source, whose
    // group over the whole text names the source in the end.
    let mut named_by: Vec<Option<u32>> = Vec::new();
    for range in ranges {
        let mut section = run_stages(&text[range.clone()], options, texts, Some((&mut keys, range.start)), &mut entities);
        let first = mentions.len() as u32;
        // Each name's first group in the section (inserted last, so it stays), by its first
        // mention. (A map of the type of the entity stage's, so WebAssembly carries no more
        // hash table code.)
        let mention_of: FastMap<&str, u32> =
            section.groups.iter().rev().filter_map(|g| Some((g.canonical.as_str(), first + *g.mentions.first()? as u32))).collect();
        named_by.extend(section.claims.iter().map(|c| c.source_entity.as_deref().and_then(|name| mention_of.get(name).copied())));
        drop(mention_of);
        // Moved in place to the whole text's offsets, then appended whole.
        let before = claims.len();
        section.claims.iter_mut().for_each(|claim| shift(claim, range.start, before));
        claims.append(&mut section.claims);
        // (Every offset fits: the text is cut below 4 GiB, `segment::annotated_len`.)
        let base = range.start as u32;
        for m in &mut section.mentions {
            (m.start, m.end) = (m.start + base, m.end + base);
        }
        mentions.append(&mut section.mentions);
        // Room for the rest of the text at the rate so far: growing by doubling copied the
        // whole lists each time (258 against 233 ms for a 10 MB text in one alternating run).
        let share = text.len() as f64 / range.end as f64;
        mentions.reserve_exact(for_the_rest(mentions.len(), mentions.capacity(), share));
        entities.reserve_exact(for_the_rest(entities.len(), entities.capacity(), share));
        claims.reserve_exact(for_the_rest(claims.len(), claims.capacity(), share));
        named_by.reserve_exact(for_the_rest(named_by.len(), named_by.capacity(), share));
        keys.reserve_with(|len, capacity| for_the_rest(len, capacity, share));
    }
    let groups = entities::group(&mut mentions, text, &keys);
    drop(keys);
    for (entity, mention) in entities.iter_mut().zip(&mentions) {
        entity.group = mention.group();
    }
    for (claim, mention) in claims.iter_mut().zip(named_by) {
        if let Some(m) = mention {
            claim.source_entity = Some(groups[mentions[m as usize].group()].canonical.clone());
        }
    }
    let sources = if options.claims { sources::roll_up_mentions(text, &mentions, &groups, &mut claims) } else { Vec::new() };
    StageOutput { entities, groups, claims, sources }
}

/// What the stages find in one section (or a whole text), at the section's own offsets.
struct SectionOutput {
    /// Its mentions (empty for a whole text, once its entities are made).
    mentions: Vec<Mention>,
    /// The section's own groups, which its claim stage resolved sources with.
    groups: Vec<EntityGroup>,
    claims: Vec<Claim>,
    /// Empty but for a whole text: a long text's are rolled up over all its sections.
    sources: Vec<Source>,
}

/// The stages over `section` as a document. `all_keys`: where its mentions' name keys go, to be
/// grouped with the other sections', and the section's byte offset in the text; `None` for a
/// whole text (its sources are rolled up here). Its entities are appended to `entities`, at the
/// text's offsets.
fn run_stages(section: &str, options: &Options, texts: Texts, all_keys: Option<(&mut NameKeys, usize)>, entities: &mut Vec<Entity>) -> SectionOutput {
    let whole = all_keys.is_none();
    let mut doc = Doc::new(section);
    let (mut mentions, keys) = entities::mentions_and_keys(&doc);
    // The claim stage's facts of each spelling next: then the spellings' texts go, before the
    // grouping and the claim stage add their working memory (issue #7: peak memory).
    let facts = options.claims.then(|| claims::SpellingFacts::of(&doc));
    doc.forget_spelling_texts();
    let groups = entities::group(&mut mentions, section, &keys);
    let mut by = 0;
    if let Some((all, at)) = all_keys {
        all.append(&keys);
        by = at;
    }
    drop(keys);
    let (mut claims, sources) = if let Some(facts) = facts {
        let mut claims = claims::extract_without_texts(&doc, facts, &mentions, &groups, options.nested);
        let sources = if whole { sources::roll_up_mentions(section, &mentions, &groups, &mut claims) } else { Vec::new() };
        (claims, sources)
    } else {
        (Vec::new(), Vec::new())
    };
    // The entities and every text are made last, once the tokens and the stages' working state
    // are freed (issue #7: peak memory).
    drop(doc);
    texts::push_entities(entities, section, &mentions, texts != Texts::None, by);
    if whole {
        mentions = Vec::new();
    }
    if texts == Texts::All {
        texts::fill_claims(section, &mut claims);
    }
    SectionOutput { mentions, groups, claims, sources }
}

/// How many more items a list of `len` (room for `capacity`), filled from the first part of a
/// text, `share` times as long as that part in all, needs room for: the rest of the text at the
/// same rate, and an eighth more; none when it has that room already.
fn for_the_rest(len: usize, capacity: usize, share: f64) -> usize {
    let expected = (len as f64 * share * 1.125) as usize;
    if expected > capacity { expected - len } else { 0 }
}

/// A claim found in a section starting at byte `by`, moved to the whole text's offsets; its
/// parent's index moves past the `claims_before` of earlier sections.
fn shift(claim: &mut Claim, by: usize, claims_before: usize) {
    for list in [&mut claim.source[..], &mut claim.cue[..], &mut claim.content[..], &mut claim.figures[..]] {
        list.iter_mut().for_each(|span| (span.start, span.end) = (span.start + by, span.end + by));
    }
    if let Some(span) = &mut claim.unverified_by {
        (span.start, span.end) = (span.start + by, span.end + by);
    }
    if let Some(parent) = &mut claim.parent {
        *parent += claims_before;
    }
}

/// The byte ranges of `text`'s sections in order, each at most `max` bytes (but for a single
/// character longer than that), together all of `text` that is annotated
/// (`segment::annotated_len`). A text no longer than `max` is one section.
pub(crate) fn cut(text: &str, max: usize) -> Vec<Range<usize>> {
    let len = segment::annotated_len(text);
    let max = max.max(1);
    let mut ranges = Vec::with_capacity(len / max + 1);
    let mut start = 0;
    while len - start > max {
        let end = section_end(text, start, start + max);
        ranges.push(start..end);
        start = end;
    }
    if start < len || ranges.is_empty() {
        ranges.push(start..len);
    }
    ranges
}

/// Where a section that starts at `start` ends, at `limit` at the latest: after the last blank
/// line in its second half (a paragraph break: news paragraphs stand alone far more than
/// lines do), or else after its last line break there, or else after its last space, or else
/// at the last character boundary (past `start`).
fn section_end(text: &str, start: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let floor = start + (limit - start) / 2;
    let window = &bytes[floor..limit];
    // The last line break with nothing but spaces since the one before it (which may lie before
    // the window), else the last line break. (Each look back stops at the first character that
    // is not a space: one pass over the window in all.)
    let mut last_line = None;
    let mut before = window.len();
    while let Some(at) = window[..before].iter().rposition(|&b| b == b'\n') {
        let previous = bytes[start..floor + at].iter().rposition(|b| !matches!(b, b' ' | b'\t' | b'\r'));
        if previous.is_some_and(|j| bytes[start + j] == b'\n') {
            return floor + at + 1;
        }
        last_line = last_line.or(Some(at));
        before = at;
    }
    if let Some(at) = last_line.or_else(|| window.iter().rposition(|&b| b == b' ' || b == b'\t')) {
        return floor + at + 1;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if end == start {
        // A character longer than a section: it ends the section.
        end = limit;
        while !text.is_char_boundary(end) {
            end += 1;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Label, Span};

    fn pieces<'a>(text: &'a str, max: usize) -> Vec<&'a str> {
        cut(text, max).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_short_text_is_one_section() {
        assert_eq!(pieces("He said so.", 100), ["He said so."]);
        assert_eq!(pieces("", 100), [""]);
    }

    #[test]
    fn sections_end_after_a_blank_line_before_a_line_break_or_a_space() {
        assert_eq!(pieces("Aaaa aaaa.\n\nBbbb.\nCccc dddd eeee.", 22), ["Aaaa aaaa.\n\n", "Bbbb.\nCccc dddd eeee."]);
        assert_eq!(pieces("Aaaa aaaa.\r\n \r\nBbbb.", 16), ["Aaaa aaaa.\r\n \r\n", "Bbbb."]);
        assert_eq!(pieces("Aaaa aaaa.\nBbbb bbbb cccc.", 20), ["Aaaa aaaa.\n", "Bbbb bbbb cccc."]);
        assert_eq!(pieces("aaaa bbbb cccc dddd", 12), ["aaaa bbbb ", "cccc dddd"]);
    }

    #[test]
    fn sections_never_split_a_character() {
        for text in ["日本語のテキストです", "🙂🙂🙂🙂🙂", "éééééééé", "a🙂b🙂c"] {
            for max in 1..10 {
                let parts = pieces(text, max);
                assert_eq!(parts.concat(), text, "max {max}");
                // Each part is a whole number of characters (else slicing above would panic), and
                // no longer than `max` unless it is one character.
                assert!(parts.iter().all(|p| p.len() <= max || p.chars().count() == 1), "{parts:?} for max {max}");
                assert!(parts.iter().all(|p| !p.is_empty()), "{parts:?}");
            }
        }
    }

    /// A paragraph of filler: no names, no claims.
    const FILLER: &str = "The weather stayed mild and the roads were open for most of the week.\n\n";

    #[test]
    fn a_name_is_one_entity_and_one_source_across_sections() {
        let mut text = String::from("Volodymyr Zelenskyy said the army would hold the line.\n\n");
        text.push_str(&FILLER.repeat(3));
        text.push_str("Zelenskyy said the talks had failed.\n");
        let ranges = cut(&text, 120);
        assert!(ranges.len() >= 3, "{ranges:?}");
        let found = find(&text, &Options::default(), Texts::All, 120);
        let zelenskyy: Vec<&Entity> = found.entities.iter().filter(|e| e.text.contains("Zelenskyy")).collect();
        assert_eq!(zelenskyy.len(), 2, "{:?}", found.entities);
        assert_eq!(&text[zelenskyy[1].start..zelenskyy[1].end], "Zelenskyy");
        assert_eq!(zelenskyy[0].group, zelenskyy[1].group);
        let group = &found.groups[zelenskyy[0].group];
        assert_eq!((group.canonical.as_str(), group.label), ("Volodymyr Zelenskyy", Label::PERSON));
        // Both claims, the second in the last section, are his, and he is one source of both.
        assert_eq!(found.claims.len(), 2, "{:?}", found.claims);
        for claim in &found.claims {
            assert_eq!(claim.source_entity.as_deref(), Some("Volodymyr Zelenskyy"));
        }
        assert_eq!(found.sources.len(), 1, "{:?}", found.sources);
        assert_eq!(found.sources[0].claims, [0, 1]);
    }

    #[test]
    fn a_later_section_s_offsets_texts_and_parents_are_the_whole_text_s() {
        let para = "“The bridge is closed,” Mayor Anna Berg said, adding that officials claimed it was safe.\n\n";
        let text = para.repeat(4);
        let whole = find(para, &Options::default(), Texts::All, para.len());
        let found = find(&text, &Options::default(), Texts::All, para.len() + 10);
        assert_eq!(cut(&text, para.len() + 10).len(), 4);
        // Each section finds what the paragraph alone has, moved to where it stands.
        let (claims, entities) = (whole.claims.len(), whole.entities.len());
        assert!(claims > 0 && entities > 0);
        assert_eq!((found.claims.len(), found.entities.len()), (4 * claims, 4 * entities));
        let at = |spans: &[Span], by: usize| spans.iter().map(|s| (s.start - by, s.end - by, s.text.clone())).collect::<Vec<_>>();
        for (k, claim) in found.claims.iter().enumerate() {
            let (section, alone) = (k / claims, &whole.claims[k % claims]);
            let by = section * para.len();
            assert_eq!(at(&claim.content, by), at(&alone.content, 0));
            assert_eq!(at(&claim.cue, by), at(&alone.cue, 0));
            assert_eq!(at(&claim.source, by), at(&alone.source, 0));
            assert_eq!(claim.parent, alone.parent.map(|p| p + section * claims));
        }
        for (k, e) in found.entities.iter().enumerate() {
            let alone = &whole.entities[k % entities];
            assert_eq!((e.start - k / entities * para.len(), &e.text, e.label), (alone.start, &alone.text, alone.label));
            assert_eq!(e.text, text[e.start..e.end]);
            // The same name in every section is one entity.
            assert_eq!(found.groups[e.group].canonical, whole.groups[alone.group].canonical);
        }
        assert_eq!(found.groups.len(), whole.groups.len());
        // Without their texts (the wasm build's results), spans and entities move all the same.
        let bare = find(&text, &Options::default(), Texts::None, para.len() + 10);
        let offsets = |c: &Claim| [&c.source[..], &c.cue[..], &c.content[..], &c.figures[..]].map(|l| l.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>());
        assert_eq!(bare.claims.iter().map(offsets).collect::<Vec<_>>(), found.claims.iter().map(offsets).collect::<Vec<_>>());
        assert_eq!(bare.claims.iter().map(|c| c.parent).collect::<Vec<_>>(), found.claims.iter().map(|c| c.parent).collect::<Vec<_>>());
        let places = |e: &Entity| (e.start, e.end, e.label);
        assert_eq!(bare.entities.iter().map(places).collect::<Vec<_>>(), found.entities.iter().map(places).collect::<Vec<_>>());
    }
}
