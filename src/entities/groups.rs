//! Document-level entities: which mentions name the same thing, and what to call it.
//!
//! * People: a full name opens a group; a later (or earlier) surname alone joins the group of
//!   the nearest full name with that surname, so two people sharing a surname stay apart.
//! * Organisations and places: same words up to spelling and order ("Defence Ministry" =
//!   "ministry of defence"), or an acronym of the other's initials ("MoD", "UK").
//! * Spelling variants meet through `variants::skeleton` (Kyiv/Kiev, Zelenskyy/Zelensky).
//! Canonical names follow the guidelines: a person's full name as first written; for an
//! organisation or place its most explicit mention, with a country or nationality written
//! right before it included and the possessive dropped ("UK Ministry of Defence").

use super::variants::name_key;
use crate::model::{Entity, EntityGroup, Label};

/// Assigns `Entity::group` and returns the groups. `text` is the document the entities index.
pub fn group(entities: &mut [Entity], text: &str) -> Vec<EntityGroup> {
    let n = entities.len();
    let mut assign: Vec<Option<usize>> = vec![None; n];
    let mut groups: Vec<Draft> = Vec::new();
    let keys: Vec<String> = entities.iter().map(|e| name_key(&e.text)).collect();
    // Full names and everything that is not a lone person word.
    for i in 0..n {
        let e = &entities[i];
        if e.label == Label::PERSON && !keys[i].contains(' ') {
            continue;
        }
        let found = groups.iter().position(|g| g.label == e.label && g.matches(&keys[i], &e.text, e.label));
        let gi = found.unwrap_or_else(|| {
            groups.push(Draft { label: e.label, keys: vec![], texts: vec![], members: vec![] });
            groups.len() - 1
        });
        groups[gi].add(i, &keys[i], &e.text);
        assign[i] = Some(gi);
    }
    // Lone person words: the nearest full name ending (or, failing that, starting) with them.
    for i in 0..n {
        if assign[i].is_some() {
            continue;
        }
        let e = &entities[i];
        let k = &keys[i];
        let candidate = |by_first: bool| {
            let mut best: Option<(usize, usize)> = None; // (distance, group)
            for (gi, g) in groups.iter().enumerate() {
                if g.label != Label::PERSON {
                    continue;
                }
                for (m, key) in g.members.iter().zip(&g.keys) {
                    let parts: Vec<&str> = key.split(' ').collect();
                    let hit = if by_first { parts.first() == Some(&k.as_str()) && parts.len() > 1 } else { parts.last() == Some(&k.as_str()) };
                    if hit {
                        let d = if *m < i { i - m } else { (m - i) + n };
                        if best.is_none_or(|(bd, _)| d < bd) {
                            best = Some((d, gi));
                        }
                    }
                }
            }
            best.map(|(_, g)| g)
        };
        let gi = candidate(false).or_else(|| candidate(true)).unwrap_or_else(|| {
            groups.push(Draft { label: e.label, keys: vec![], texts: vec![], members: vec![] });
            groups.len() - 1
        });
        groups[gi].add(i, k, &e.text);
        assign[i] = Some(gi);
    }
    // Order groups by first mention and pick canonical names.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| groups[g].members.iter().min().copied().unwrap_or(usize::MAX));
    let mut new_id = vec![0; groups.len()];
    for (new, &old) in order.iter().enumerate() {
        new_id[old] = new;
    }
    let mut out: Vec<EntityGroup> = order
        .iter()
        .enumerate()
        .map(|(id, &g)| EntityGroup { id, canonical: canonical(&groups[g], entities, text), label: groups[g].label, mentions: vec![] })
        .collect();
    for (i, e) in entities.iter_mut().enumerate() {
        let g = new_id[assign[i].expect("every entity assigned")];
        e.group = g;
        out[g].mentions.push(i);
    }
    out
}

struct Draft {
    label: Label,
    keys: Vec<String>,
    texts: Vec<String>,
    members: Vec<usize>,
}

impl Draft {
    fn add(&mut self, i: usize, key: &str, text: &str) {
        self.members.push(i);
        self.keys.push(key.to_string());
        self.texts.push(text.to_string());
    }

    fn matches(&self, key: &str, text: &str, label: Label) -> bool {
        self.keys.iter().zip(&self.texts).any(|(k, t)| match label {
            Label::PERSON => k == key || same_person(k, key),
            Label::ORG | Label::LOC | Label::MISC => {
                k == key || same_words(k, key) || is_acronym_of(text, t) || is_acronym_of(t, text)
            }
            Label::NORP => k == key || k.trim_end_matches('s') == key.trim_end_matches('s'),
            Label::DATE | Label::NUMBER => k == key,
        })
    }
}

/// Two full names of one person: same surname, and first names equal or one an initial.
fn same_person(a: &str, b: &str) -> bool {
    let (pa, pb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    pa.last() == pb.last() && pa.len() > 1 && pb.len() > 1 && {
        let (fa, fb) = (pa[0], pb[0]);
        fa == fb || fa.len() == 1 && fb.starts_with(fa) || fb.len() == 1 && fa.starts_with(fb)
    }
}

const FILLERS: &[&str] = &["of", "the", "and", "for", "on", "&"];

/// Same content words in any order: "defense ministry" = "ministry of defense".
fn same_words(a: &str, b: &str) -> bool {
    let mut wa: Vec<&str> = a.split(' ').filter(|w| !FILLERS.contains(w)).collect();
    let mut wb: Vec<&str> = b.split(' ').filter(|w| !FILLERS.contains(w)).collect();
    wa.sort_unstable();
    wb.sort_unstable();
    wa.len() > 1 && wa == wb
}

/// "MoD" / "Ministry of Defence", "UK" / "United Kingdom": the acronym's capitals are the
/// initials of the other name's content words.
fn is_acronym_of(acronym: &str, name: &str) -> bool {
    if acronym.contains(' ') || acronym.chars().count() > 8 || !acronym.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let caps: String = acronym.chars().filter(|c| c.is_uppercase()).flat_map(char::to_lowercase).collect();
    let initials: String = name
        .split_whitespace()
        .filter(|w| !FILLERS.iter().any(|f| w.eq_ignore_ascii_case(f)))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    caps.len() >= 2 && initials.len() >= 2 && caps == initials
}

/// The name to show for a group.
fn canonical(g: &Draft, entities: &[Entity], text: &str) -> String {
    if g.label == Label::PERSON {
        return g.texts.iter().find(|t| t.split_whitespace().count() > 1).unwrap_or(&g.texts[0]).clone();
    }
    if matches!(g.label, Label::ORG | Label::LOC) {
        let mut best: Option<String> = None;
        for &m in &g.members {
            let e = &entities[m];
            let mut name = e.text.clone();
            // A country or nationality mention right before: "UK’s Ministry of Defence".
            if m > 0 {
                let p = &entities[m - 1];
                let between = text.get(p.end..e.start).unwrap_or("x");
                let between = between.trim().trim_start_matches("'s").trim_start_matches("’s").trim();
                if matches!(p.label, Label::LOC | Label::NORP) && between.is_empty() && e.label == Label::ORG {
                    name = format!("{} {}", p.text, e.text);
                }
            }
            let words = |s: &str| s.split_whitespace().count();
            if best.as_ref().is_none_or(|b| words(&name) > words(b)) {
                best = Some(name);
            }
        }
        return best.unwrap_or_else(|| g.texts[0].clone());
    }
    g.texts[0].clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_and_word_order() {
        assert!(is_acronym_of("MoD", "Ministry of Defence"));
        assert!(is_acronym_of("UK", "United Kingdom"));
        assert!(!is_acronym_of("UN", "United Kingdom"));
        assert!(same_words(&name_key("Defence Ministry"), &name_key("ministry of defense")));
        assert!(!same_words(&name_key("Defence Ministry"), &name_key("Foreign Ministry")));
    }
}
