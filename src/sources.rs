//! The sources roll-up: each distinct source with its claims.

use crate::model::{Claim, Entity, EntityGroup, Source};
use crate::segment::Doc;

/// Groups claims by their resolved source and fills `Claim::source_index`.
pub fn roll_up(_doc: &Doc, _entities: &[Entity], groups: &[EntityGroup], claims: &mut [Claim]) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::new();
    for (ci, claim) in claims.iter_mut().enumerate() {
        let name = match (&claim.source_entity, claim.source.first()) {
            (Some(n), _) => n.clone(),
            (None, Some(span)) => span.text.clone(),
            (None, None) => continue,
        };
        let idx = match sources.iter().position(|s| s.name == name) {
            Some(i) => i,
            None => {
                let group = groups.iter().find(|g| g.canonical == name);
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
        sources[idx].claims.push(ci);
        claim.source_index = Some(idx);
    }
    sources
}
