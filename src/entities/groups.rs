//! Document-level entities: which mentions name the same thing.

use crate::model::{Entity, EntityGroup, Label};

/// Assigns `Entity::group` and returns the groups. A mention joins an earlier group of the
/// same label whose canonical name ends with it ("Zelensky" → "Volodymyr Zelensky").
pub fn group(entities: &mut [Entity]) -> Vec<EntityGroup> {
    let mut groups: Vec<EntityGroup> = Vec::new();
    let mut by_text: std::collections::HashMap<(String, Label), usize> = std::collections::HashMap::new();
    for (i, e) in entities.iter_mut().enumerate() {
        let found = by_text.get(&(e.text.clone(), e.label)).copied().or_else(|| groups.iter().position(|g| {
            g.label == e.label
                && (g.canonical == e.text
                    || (e.label == Label::PERSON || e.label == Label::ORG)
                        && g.canonical.ends_with(&format!(" {}", e.text)))
        }));
        by_text.entry((e.text.clone(), e.label)).or_insert_with(|| found.unwrap_or(groups.len()));
        let gi = match found {
            Some(gi) => gi,
            None => {
                groups.push(EntityGroup { id: groups.len(), canonical: e.text.clone(), label: e.label, mentions: vec![] });
                groups.len() - 1
            }
        };
        groups[gi].mentions.push(i);
        e.group = gi;
    }
    groups
}
