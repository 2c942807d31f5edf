//! The sources roll-up: each distinct source with its claims, and the role and affiliation the
//! text gives it ("Kremlin spokesman Dmitry Peskov" → role "spokesman", affiliation "Kremlin";
//! "Hanna Malyar, the deputy minister of defense for Ukraine" → "deputy minister of defense",
//! "Ukraine").


use crate::model::{Claim, Entity, EntityGroup, Label, Source};
use crate::entities::{FastMap, Mention};
use crate::segment::Doc;

/// Longest role phrase kept, in words: longer phrases are descriptions, not roles.
const MAX_ROLE_WORDS: usize = 7;

/// Groups claims by their resolved source (or, for unnamed sources, the phrase itself) and
/// fills `Claim::source_index`. Linear in claims plus entities.
pub fn roll_up(doc: &Doc, entities: &[Entity], groups: &[EntityGroup], claims: &mut [Claim]) -> Vec<Source> {
    let mentions: Vec<Mention> = entities.iter().map(Mention::from).collect();
    roll_up_mentions(doc, &mentions, groups, claims)
}

/// `roll_up` on the mentions `annotate` works with (entities without their texts).
pub(crate) fn roll_up_mentions(doc: &Doc, entities: &[Mention], groups: &[EntityGroup], claims: &mut [Claim]) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::new();
    // The map types the entity stage uses, so WebAssembly carries no more hash-table code.
    let mut by_name: FastMap<String, usize> = FastMap::default();
    let by_canonical: FastMap<&str, u32> = groups.iter().enumerate().map(|(i, g)| (g.canonical.as_str(), i as u32)).collect();
    // Entities sorted by start, to find those inside a source span by binary search.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    // (`entities::mentions` lists them in text order already: sorted only when they are not.)
    if !entities.windows(2).all(|w| w[0].start <= w[1].start) {
        crate::sort::sort_by_key(&mut order, |&e| entities[e].start);
    }
    for (ci, claim) in claims.iter_mut().enumerate() {
        let Some(span) = claim.source.first() else { continue };
        // Read from the document: the spans' own texts are filled in last (`texts`).
        let phrase = &doc.text[span.start..span.end];
        let named = claim.source_entity.is_some();
        let name = claim.source_entity.clone().unwrap_or_else(|| phrase.to_string());
        let key = if named { name.clone() } else { name.to_lowercase() };
        let idx = *by_name.entry(key).or_insert_with(|| {
            let group = by_canonical.get(name.as_str()).filter(|_| named).map(|&i| &groups[i as usize]);
            sources.push(Source {
                name: name.clone(),
                entity_group: group.map(|g| g.id),
                label: group.map(|g| g.label),
                role: None,
                affiliation: None,
                anonymous: claim.anonymous,
                claims: Vec::new(),
            });
            sources.len() - 1
        });
        let src = &mut sources[idx];
        if src.role.is_none() {
            let (role, affiliation) = role_and_affiliation(phrase, span.start, entities, &order, claim.source_entity.as_deref());
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

/// Reads a role and an affiliation off a source phrase starting at byte `start`.
fn role_and_affiliation(
    text: &str,
    start: usize,
    entities: &[Mention],
    order: &[usize],
    head: Option<&str>,
) -> (Option<String>, Option<String>) {
    let end = start + text.len();
    let from = order.partition_point(|&e| entities[e].start < start);
    let inside: Vec<&Mention> = order[from..].iter().map(|&e| &entities[e]).take_while(|e| e.start < end).filter(|e| e.end <= end).collect();
    // An entity's text, read from the phrase it lies in (entities' own texts are filled in last).
    let text_of = |e: &Mention| &text[e.start - start..e.end - start];
    let is_head = |e: &Mention| e.label == Label::PERSON || head.is_some_and(|h| h == text_of(e) || h.ends_with(text_of(e)));
    let affiliation = inside
        .iter()
        .find(|e| matches!(e.label, Label::ORG | Label::LOC | Label::NORP) && !is_head(e))
        .map(|e| text_of(e).to_string());
    // The phrase without the head name and the affiliation, piece by comma-separated piece.
    let mut rest = String::with_capacity(text.len());
    let mut pos = start;
    for e in &inside {
        if e.start < pos {
            continue;
        }
        rest.push_str(&text[pos - start..e.start - start]);
        rest.push('|');
        pos = e.end;
    }
    rest.push_str(&text[pos - start..]);
    let role = rest
        .split([',', '|', '(', ')', '–', '—'])
        .map(clean_role)
        .filter(|r| !r.is_empty() && r.split_whitespace().count() <= MAX_ROLE_WORDS)
        .filter(|r| r.chars().any(|c| c.is_lowercase()))
        .max_by_key(|r| r.len());
    (role, affiliation)
}

/// Drops determiners, possessives and dangling prepositions around a role phrase.
fn clean_role(piece: &str) -> String {
    const EDGE: &[&str] = &["the", "a", "an", "of", "for", "at", "in", "to", "and", "'s", "’s", "s", "his", "her", "its", "their", "who", "which", "by"];
    let words: Vec<&str> = piece.split_whitespace().collect();
    let mut a = 0;
    let mut b = words.len();
    while a < b && EDGE.contains(&words[a].to_lowercase().as_str()) {
        a += 1;
    }
    while b > a && EDGE.contains(&words[b - 1].to_lowercase().as_str()) {
        b -= 1;
    }
    let role = words[a..b].join(" ");
    // A role is made of common words: a capitalised run is a name the tagger missed.
    if role.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        return String::new();
    }
    role
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ent(text: &str, whole: &str, label: Label) -> Mention {
        let start = whole.find(text).unwrap();
        Mention { start, end: start + text.len(), label, group: 0 }
    }

    #[test]
    fn role_before_a_name() {
        let s = "Kremlin spokesman Dmitry Peskov";
        let ents = vec![ent("Kremlin", s, Label::ORG), ent("Dmitry Peskov", s, Label::PERSON)];
        let (role, aff) = role_and_affiliation(s, 0, &ents, &[0, 1], Some("Dmitry Peskov"));
        assert_eq!(role.as_deref(), Some("spokesman"));
        assert_eq!(aff.as_deref(), Some("Kremlin"));
    }

    #[test]
    fn role_in_an_appositive() {
        let s = "Hanna Malyar, the deputy minister of defense for Ukraine";
        let ents = vec![ent("Hanna Malyar", s, Label::PERSON), ent("Ukraine", s, Label::LOC)];
        let (role, aff) = role_and_affiliation(s, 0, &ents, &[0, 1], Some("Hanna Malyar"));
        assert_eq!(role.as_deref(), Some("deputy minister of defense"));
        assert_eq!(aff.as_deref(), Some("Ukraine"));
    }
}
