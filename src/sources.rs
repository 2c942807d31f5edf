//! The sources roll-up: each distinct source with its claims, and the role and affiliation the
//! text gives it ("Kremlin spokesman Dmitry Peskov" → role "spokesman", affiliation "Kremlin";
//! "Hanna Malyar, the deputy minister of defense for Ukraine" → "deputy minister of defense",
//! "Ukraine").


use std::borrow::Cow;

use crate::model::{Claim, Entity, EntityGroup, Label, Source, Text};
use crate::entities::{FastMap, Mention};
use crate::segment::Doc;

/// Longest role phrase kept, in words: longer phrases are descriptions, not roles.
const MAX_ROLE_WORDS: usize = 7;

/// Groups claims by their resolved source (or, for unnamed sources, the phrase itself) and
/// fills `Claim::source_index`. Linear in claims plus entities.
pub fn roll_up(doc: &Doc, entities: &[Entity], groups: &[EntityGroup], claims: &mut [Claim]) -> Vec<Source> {
    let mentions: Vec<Mention> = entities.iter().map(Mention::from).collect();
    roll_up_mentions(doc.text, &mentions, groups, claims)
}

/// `roll_up` on the mentions `annotate` works with (entities without their texts), in `text`.
pub(crate) fn roll_up_mentions(text: &str, entities: &[Mention], groups: &[EntityGroup], claims: &mut [Claim]) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::new();
    // The map types the entity stage uses, so WebAssembly carries no more hash-table code; keys
    // are `Text`, inline natively (most names are short).
    let mut by_name: FastMap<Text, usize> = FastMap::with_capacity_and_hasher(claims.len(), Default::default());
    let by_canonical: FastMap<&str, u32> = groups.iter().enumerate().map(|(i, g)| (g.canonical.as_str(), i as u32)).collect();
    // Entities sorted by start, to find those inside a source span by search. (`annotate`'s
    // mentions are in text order already: copied and sorted only when they are not.)
    let sorted: Cow<[Mention]> = if entities.windows(2).all(|w| w[0].start <= w[1].start) {
        Cow::Borrowed(entities)
    } else {
        let mut copy = entities.to_vec();
        crate::sort::sort_by_key(&mut copy, |e| e.start);
        Cow::Owned(copy)
    };
    let mut last_search = LastSearch::default();
    // The lowercase key of an unnamed source, made in one buffer reused per claim.
    let mut lowered = String::new();
    for (ci, claim) in claims.iter_mut().enumerate() {
        let Some(span) = claim.source.first() else { continue };
        // Read from the document: the spans' own texts are filled in last (`texts`).
        let phrase = &text[span.start..span.end];
        // Named sources are keyed by their canonical name, unnamed ones by the phrase in lower
        // case; a string is made only for a source not seen before (most claims repeat one).
        let key: &str = match claim.source_entity.as_deref() {
            Some(name) => name,
            None if phrase.is_ascii() => {
                lowered.clear();
                lowered.push_str(phrase);
                lowered.make_ascii_lowercase();
                &lowered
            }
            None => {
                // (`to_lowercase` of the whole phrase: a Greek final sigma depends on its neighbours.)
                lowered = phrase.to_lowercase();
                &lowered
            }
        };
        let idx = match by_name.get(key) {
            Some(&idx) => idx,
            None => {
                let named = claim.source_entity.is_some();
                let name = claim.source_entity.clone().unwrap_or_else(|| Text::from(phrase));
                let group = by_canonical.get(name.as_str()).filter(|_| named).map(|&i| &groups[i as usize]);
                by_name.insert(Text::from(key), sources.len());
                sources.push(Source {
                    name,
                    entity_group: group.map(|g| g.id),
                    label: group.map(|g| g.label),
                    role: None,
                    affiliation: None,
                    anonymous: claim.anonymous,
                    claims: Vec::new(),
                });
                sources.len() - 1
            }
        };
        let src = &mut sources[idx];
        if src.role.is_none() {
            let (role, affiliation) = role_and_affiliation(phrase, span.start, &sorted, &mut last_search, claim.source_entity.as_deref());
            src.role = role;
            if src.affiliation.is_none() {
                src.affiliation = affiliation;
            }
        }
        src.claims.push(ci);
        claim.source_index = Some(idx);
    }
    sources
}

/// Where the last search in a list of mentions sorted by start ended: claims come mostly in
/// text order, so the next one's mentions are mostly a little further on (on a long text a
/// binary search of all of them waited on memory at every step).
#[derive(Default)]
struct LastSearch(usize);

impl LastSearch {
    /// How many of the `sorted` mentions start before `start` (what `partition_point` gives),
    /// found by galloping from where the last search ended.
    fn count_before(&mut self, sorted: &[Mention], start: usize) -> usize {
        let starts_before = |e: &Mention| (e.start as usize) < start;
        let at = self.0.min(sorted.len());
        let count = if at > 0 && !starts_before(&sorted[at - 1]) {
            // Behind the last search: a search of all that lies before it.
            sorted[..at].partition_point(starts_before)
        } else {
            // At or past it: steps of 1, 2, 4 … until a mention starts at `start` or later, then
            // a search of the last step.
            let (mut low, mut step) = (at, 1);
            while low + step <= sorted.len() && starts_before(&sorted[low + step - 1]) {
                low += step;
                step *= 2;
            }
            let high = (low + step).min(sorted.len());
            low + sorted[low..high].partition_point(starts_before)
        };
        self.0 = count;
        count
    }
}

/// Reads a role and an affiliation off a source phrase starting at byte `start`, given the
/// text's mentions `sorted` by start.
fn role_and_affiliation<'a>(
    text: &'a str,
    start: usize,
    sorted: &[Mention],
    last_search: &mut LastSearch,
    head: Option<&str>,
) -> (Option<Text>, Option<Text>) {
    let end = start + text.len();
    let from = last_search.count_before(sorted, start);
    // (Walked twice rather than collected: a vector per source phrase was one of the stage's
    // larger counts of allocations.)
    let inside = || sorted[from..].iter().take_while(move |e| e.range().start < end).filter(move |e| e.range().end <= end);
    // An entity's text, read from the phrase it lies in (entities' own texts are filled in last).
    let text_of = |e: &Mention| &text[e.range().start - start..e.range().end - start];
    let is_head = |e: &Mention| e.label == Label::PERSON || head.is_some_and(|h| h == text_of(e) || h.ends_with(text_of(e)));
    let affiliation = inside()
        .find(|e| matches!(e.label, Label::ORG | Label::LOC | Label::NORP) && !is_head(e))
        .map(|e| Text::from(text_of(e)));
    // The phrase without the head name and the affiliation, piece by comma-separated piece:
    // the longest piece (the last of equally long ones) that `clean_role` leaves as a role of
    // common words. Pieces are measured in place; only the chosen one becomes a string.
    let mut best: Option<(usize, &str, (usize, usize))> = None;
    let mut consider = |segment: &'a str| {
        for piece in segment.split([',', '|', '(', ')', '–', '—']) {
            let Some((len, words)) = role_words(piece) else { continue };
            if best.map_or(true, |(l, _, _)| len >= l) {
                best = Some((len, piece, words));
            }
        }
    };
    let mut pos = start;
    for e in inside() {
        if e.range().start < pos {
            continue;
        }
        consider(&text[pos - start..e.range().start - start]);
        pos = e.range().end;
    }
    consider(&text[pos - start..]);
    let role = best.map(|(len, piece, (a, b))| {
        let mut role = Text::with_capacity(len);
        for w in piece.split_whitespace().skip(a).take(b - a) {
            if !role.is_empty() {
                role.push(' ');
            }
            role.push_str(w);
        }
        role
    });
    (role, affiliation)
}

/// The words of a role phrase, without determiners, possessives and dangling prepositions
/// around it: the range of word numbers (in `split_whitespace` order) left and their length
/// joined by single spaces; `None` when no word is left, when every word left is capitalised (a
/// name the tagger missed) or has no small letter, or when more than `MAX_ROLE_WORDS` are left.
///
/// One pass over the words: running totals (bytes, words not capitalised, words with a small
/// letter) taken before the first kept word and after the last give the range's totals.
fn role_words(piece: &str) -> Option<(usize, (usize, usize))> {
    const EDGE: &[&str] = &["the", "a", "an", "of", "for", "at", "in", "to", "and", "'s", "’s", "s", "his", "her", "its", "their", "who", "which", "by"];
    // No character outside ASCII lowercases into these words (nor into "’s" but its own
    // capital S): comparing ignoring ASCII case is comparing the lowercase forms. None is
    // longer than 5 bytes.
    let edge = |w: &str| w.len() <= 5 && EDGE.iter().any(|e| w.eq_ignore_ascii_case(e));
    let mut totals = (0, 0, 0);
    let mut first = None;
    let mut last = (0, totals);
    for (i, w) in piece.split_whitespace().enumerate() {
        let before = totals;
        totals.0 += w.len();
        totals.1 += usize::from(!w.chars().next().is_some_and(char::is_uppercase));
        totals.2 += usize::from(w.chars().any(char::is_lowercase));
        if !edge(w) {
            first.get_or_insert((i, before));
            last = (i + 1, totals);
        }
    }
    let (a, before) = first?;
    let (b, through) = last;
    // A role is made of common words: a capitalised run is a name the tagger missed.
    let not_capitalised = through.1 - before.1;
    let with_small_letters = through.2 - before.2;
    if not_capitalised == 0 || with_small_letters == 0 || b - a > MAX_ROLE_WORDS {
        return None;
    }
    Some((through.0 - before.0 + (b - a - 1), (a, b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ent(text: &str, whole: &str, label: Label) -> Mention {
        let start = whole.find(text).unwrap();
        Mention { start: start as u32, end: (start + text.len()) as u32, label, group: 0 }
    }

    #[test]
    fn the_search_from_the_last_position_finds_what_a_search_of_all_finds() {
        // Starts with repeats, in any order of queries: forward, backward, far and near.
        let starts = [0, 3, 3, 3, 8, 9, 9, 20, 21, 40, 41, 41, 90];
        let sorted: Vec<Mention> = starts.iter().map(|&s| Mention { start: s, end: s + 1, label: Label::ORG, group: 0 }).collect();
        let mut last_search = LastSearch::default();
        for query in [0, 1, 3, 4, 9, 9, 10, 50, 2, 95, 41, 40, 0, 21, 22, 91, 90, 5] {
            let all = sorted.partition_point(|e| (e.start as usize) < query);
            assert_eq!(last_search.count_before(&sorted, query), all, "query {query}");
        }
        assert_eq!(LastSearch::default().count_before(&[], 7), 0);
    }

    #[test]
    fn role_before_a_name() {
        let s = "Kremlin spokesman Dmitry Peskov";
        let ents = vec![ent("Kremlin", s, Label::ORG), ent("Dmitry Peskov", s, Label::PERSON)];
        let (role, aff) = role_and_affiliation(s, 0, &ents, &mut LastSearch::default(), Some("Dmitry Peskov"));
        assert_eq!(role.as_deref(), Some("spokesman"));
        assert_eq!(aff.as_deref(), Some("Kremlin"));
    }

    #[test]
    fn role_words_trim_edges_and_refuse_names_and_long_phrases() {
        let words = |piece| role_words(piece).map(|(len, (a, b))| (len, piece.split_whitespace().skip(a).take(b - a).collect::<Vec<_>>().join(" ")));
        let role = words(" the deputy  minister of defense for ").expect("a role");
        assert_eq!(role, ("deputy minister of defense".len(), "deputy minister of defense".to_string()));
        assert_eq!(words("Kremlin spokesman").map(|r| r.1).as_deref(), Some("Kremlin spokesman"));
        // Capitalised words only: a name the tagger missed.
        assert_eq!(words("the Foreign Minister"), None);
        assert_eq!(words("of the"), None);
        assert_eq!(words(""), None);
        // Seven words are a role, eight a description.
        assert!(words("one two three four five six seven").is_some());
        assert_eq!(words("one two three four five six seven eight"), None);
    }

    #[test]
    fn role_in_an_appositive() {
        let s = "Hanna Malyar, the deputy minister of defense for Ukraine";
        let ents = vec![ent("Hanna Malyar", s, Label::PERSON), ent("Ukraine", s, Label::LOC)];
        let (role, aff) = role_and_affiliation(s, 0, &ents, &mut LastSearch::default(), Some("Hanna Malyar"));
        assert_eq!(role.as_deref(), Some("deputy minister of defense"));
        assert_eq!(aff.as_deref(), Some("Ukraine"));
    }
}
