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

#[cfg(test)]
use super::variants::name_key;
use super::FastMap;
use crate::model::{Entity, EntityGroup, Label};

/// The name key (`variants::name_key`) of each mention's text, back to back in one string: no
/// string of its own per mention.
pub(crate) struct NameKeys {
    text: String,
    /// Per mention: the end of its key in `text` (each key starts where the one before ends).
    ends: Vec<usize>,
}

impl NameKeys {
    pub(crate) fn with_capacity(mentions: usize) -> Self {
        NameKeys { text: String::with_capacity(mentions * 12), ends: Vec::with_capacity(mentions) }
    }

    /// The string to append the next mention's key to (then `close`).
    pub(crate) fn open(&mut self) -> &mut String {
        &mut self.text
    }

    /// Ends the key of the next mention where the string ends now; returns its number.
    pub(crate) fn close(&mut self) -> usize {
        self.ends.push(self.text.len());
        self.ends.len() - 1
    }

    /// Number of keys.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The key of mention `i`.
    pub(crate) fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }
}

/// Assigns `Entity::group` and returns the groups. `text` is the document the entities index;
/// `keys` holds each entity's name key. Hash lookups only: linear in the number of mentions
/// (plus a log for the nearest full name).
pub fn group(entities: &mut [Entity], text: &str, keys: &NameKeys) -> Vec<EntityGroup> {
    let n = entities.len();
    let mut assign: Vec<usize> = vec![usize::MAX; n];
    let mut groups: Vec<Draft> = Vec::new();
    // (Maps of `&str` to `u32` here, the type of `forms`' table: one copy of the hash table code
    // in WebAssembly.)
    let key = |i: usize| keys.get(i);
    // Filed keys carry their label (see `labelled`), so one string map serves every label and a
    // probe borrows its key instead of building a (label, key) pair. Sized for a few keys per
    // mention up front (growing rehashed every key several times).
    let mut index: FastMap<String, usize> = FastMap::with_capacity_and_hasher(2 * n, Default::default());
    let mut probes: Vec<String> = Vec::new();
    // The first mention of each text in the loop below: a repeat with the same label joins its
    // group, as its probes would (the first probe, the name key itself, was filed under that
    // group) and files nothing new (every key it would file already is).
    let mut first_of: FastMap<&str, u32> = FastMap::with_capacity_and_hasher(n, Default::default());
    // Full names and everything that is not a lone person word.
    for i in 0..n {
        let e = &entities[i];
        if e.label == Label::PERSON && !key(i).contains(' ') {
            continue;
        }
        let first = *first_of.entry(e.text.as_str()).or_insert(i as u32) as usize;
        if first != i && entities[first].label == e.label {
            let gi = assign[first];
            groups[gi].members.push(i);
            assign[i] = gi;
            continue;
        }
        keys_for(e.label, key(i), &e.text, true, &mut probes);
        let found = probes.iter().find_map(|k| index.get(k.as_str()).copied());
        let gi = found.unwrap_or_else(|| {
            groups.push(Draft { label: e.label, members: vec![] });
            groups.len() - 1
        });
        groups[gi].members.push(i);
        assign[i] = gi;
        // The filed keys are the probes with their kind swapped (`swap_kind`): same bytes otherwise.
        for mut k in probes.drain(..) {
            swap_kind(&mut k);
            index.entry(k).or_insert(gi);
        }
    }
    // Lone person words: the nearest full name ending (or, failing that, starting) with them.
    let mut by_last: FastMap<&str, Vec<(usize, usize)>> = FastMap::default(); // word → (mention, group)
    let mut by_first: FastMap<&str, Vec<(usize, usize)>> = FastMap::default();
    for i in 0..n {
        if entities[i].label == Label::PERSON && key(i).contains(' ') {
            let k = key(i);
            let (first, last) = (k.split(' ').next().unwrap_or(""), k.rsplit(' ').next().unwrap_or(""));
            by_last.entry(last).or_default().push((i, assign[i]));
            by_first.entry(first).or_default().push((i, assign[i]));
        }
    }
    let mut probe = String::new();
    for i in 0..n {
        if assign[i] != usize::MAX {
            continue;
        }
        let k = key(i);
        labelled(entities[i].label, k, &mut probe);
        let gi = nearest(by_last.get(k), i)
            .or_else(|| nearest(by_first.get(k), i))
            .or_else(|| index.get(probe.as_str()).copied())
            .unwrap_or_else(|| {
                groups.push(Draft { label: entities[i].label, members: vec![] });
                groups.len() - 1
            });
        groups[gi].members.push(i);
        assign[i] = gi;
        if !index.contains_key(probe.as_str()) {
            index.insert(probe.clone(), gi);
        }
    }
    // Order groups by first mention and pick canonical names.
    for g in &mut groups {
        // Most groups are filled in order already.
        if !g.members.windows(2).all(|w| w[0] <= w[1]) {
            crate::sort::sort(&mut g.members);
        }
    }
    let mut order: Vec<usize> = (0..groups.len()).collect();
    crate::sort::sort_by_key(&mut order, |&g| groups[g].members.first().copied().unwrap_or(usize::MAX));
    let mut new_id = vec![0; groups.len()];
    for (new, &old) in order.iter().enumerate() {
        new_id[old] = new;
    }
    let mut out: Vec<EntityGroup> = order
        .iter()
        .enumerate()
        .map(|(id, &g)| {
            let mentions = Vec::with_capacity(groups[g].members.len());
            EntityGroup { id, canonical: canonical(&groups[g], entities, text), label: groups[g].label, mentions }
        })
        .collect();
    for (i, e) in entities.iter_mut().enumerate() {
        let g = new_id[assign[i]];
        e.group = g;
        out[g].mentions.push(i);
    }
    out
}

/// The group of the full-name mention closest before `i`, else the first one after it.
fn nearest(list: Option<&Vec<(usize, usize)>>, i: usize) -> Option<usize> {
    let list = list?;
    let pos = list.partition_point(|&(m, _)| m < i);
    if pos > 0 { Some(list[pos - 1].1) } else { list.first().map(|&(_, g)| g) }
}

struct Draft {
    label: Label,
    /// Mention indices (sorted once all are in).
    members: Vec<usize>,
}

/// `key` filed under `label`: the label's name, a tab (never inside a key), the key.
fn labelled(label: Label, key: &str, out: &mut String) {
    out.clear();
    out.push_str(label.as_str());
    out.push('\t');
    out.push_str(key);
}

/// Keys under which a mention is filed (`probe == false`), so that later variants find it, or
/// looked up (`probe == true`): the counterpart of each filed key. Initial forms and acronyms
/// are filed apart from full forms, so two full names with the same initials stay apart.
/// Written to `out` (cleared first), each key `labelled`.
fn keys_for(label: Label, key: &str, text: &str, probe: bool, out: &mut Vec<String>) {
    out.clear();
    /// A new key, its label written, to be completed in place.
    fn new<'o>(out: &'o mut Vec<String>, label: Label, capacity: usize) -> &'o mut String {
        let mut s = String::with_capacity(label.as_str().len() + capacity + 16);
        labelled(label, "", &mut s);
        out.push(s);
        out.last_mut().expect("just pushed")
    }
    new(out, label, key.len()).push_str(key);
    match label {
        Label::PERSON => {
            let initial_form = key.split(' ').next().is_some_and(|f| f.chars().count() == 1);
            let kind = if initial_form != probe { "init" } else { "full" };
            let s = new(out, label, key.len());
            s.push_str("person");
            s.push_str(kind);
            s.push(':');
            person_key(key, s);
        }
        Label::ORG | Label::LOC | Label::MISC => {
            words_key(key, new(out, label, key.len()));
            if let Some(i) = initials(text) {
                let s = new(out, label, key.len());
                s.push_str(if probe { "acro:" } else { "init:" });
                s.push_str(&i);
            }
            if let Some(c) = acronym_caps(text) {
                let s = new(out, label, key.len());
                s.push_str(if probe { "init:" } else { "acro:" });
                s.push_str(&c);
            }
        }
        Label::NORP => new(out, label, key.len()).push_str(key.trim_end_matches('s')),
        Label::DATE | Label::NUMBER => {}
    }
}

/// A probe key made into the key filed for the same mention, in place: "init:" and "acro:", and
/// "personinit:" and "personfull:", change places (same length). A name key itself never holds
/// a ':' (skeletons keep letters and digits only), so only these kinds carry one.
fn swap_kind(k: &mut String) {
    let Some(tab) = k.find('\t') else { return };
    let rest = &k[tab + 1..];
    let swapped = if rest.starts_with("init:") {
        "acro"
    } else if rest.starts_with("acro:") {
        "init"
    } else if rest.starts_with("personinit:") {
        "personfull"
    } else if rest.starts_with("personfull:") {
        "personinit"
    } else {
        return;
    };
    k.replace_range(tab + 1..tab + 1 + swapped.len(), swapped);
}

/// "volodimir zelenski" → "v zelenski": full names that agree on surname and initial.
fn person_key(key: &str, out: &mut String) {
    out.push(key.chars().next().unwrap_or(' '));
    out.push(' ');
    out.push_str(key.rsplit(' ').next().unwrap_or(""));
}

/// Content words in order: "defense ministry" = "ministry of defense".
fn words_key(key: &str, out: &mut String) {
    let mut w: Vec<&str> = key.split(' ').filter(|w| !FILLERS.contains(w)).collect();
    if w.len() < 2 {
        out.push_str(key);
        return;
    }
    crate::sort::sort(&mut w);
    out.push_str("words:");
    for (i, x) in w.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(x);
    }
}

/// Initials of a multi-word name's content words: "Ministry of Defence" → "md".
fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().filter(|w| !FILLERS.iter().any(|f| w.eq_ignore_ascii_case(f))).collect();
    if words.len() < 2 {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).flat_map(char::to_lowercase).collect())
}

/// The capitals of a one-word acronym: "MoD" → "md", "UK" → "uk".
fn acronym_caps(name: &str) -> Option<String> {
    if name.contains(' ') || name.chars().count() > 8 || !name.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let caps: String = name.chars().filter(|c| c.is_uppercase()).flat_map(char::to_lowercase).collect();
    (caps.chars().count() >= 2).then_some(caps)
}

const FILLERS: &[&str] = &["of", "the", "and", "for", "on", "&"];

/// The name to show for a group.
fn canonical(g: &Draft, entities: &[Entity], text: &str) -> String {
    let first = || entities[g.members[0]].text.clone();
    if g.label == Label::PERSON {
        return g.members.iter().map(|&m| &entities[m].text).find(|t| t.split_whitespace().count() > 1).cloned().unwrap_or_else(first);
    }
    if matches!(g.label, Label::ORG | Label::LOC) {
        // More words, then more capitalised words ("Ministry of Defence" over "ministry of defence").
        let weight = |s: &str| {
            let (mut words, mut capitalised) = (0, 0);
            for w in s.split_whitespace() {
                words += 1;
                capitalised += usize::from(w.chars().next().is_some_and(char::is_uppercase));
            }
            (words, capitalised)
        };
        // The best mention so far, with the mention written right before it when that is kept.
        let mut best: Option<(usize, Option<usize>, (usize, usize))> = None;
        for &m in &g.members {
            let e = &entities[m];
            let mut lead = None;
            // A country or nationality mention right before: "UK’s Ministry of Defence".
            if m > 0 {
                let p = &entities[m - 1];
                if matches!(p.label, Label::LOC | Label::NORP) && e.label == Label::ORG {
                    let between = text.get(p.end..e.start).unwrap_or("x");
                    let between = between.trim().trim_start_matches("'s").trim_start_matches("’s").trim();
                    if between.is_empty() {
                        lead = Some(m - 1);
                    }
                }
            }
            // The weight of "lead name" is the sum of both (words are split at spaces).
            let (w, c) = weight(&e.text);
            let (lw, lc) = lead.map_or((0, 0), |p| weight(&entities[p].text));
            let wt = (w + lw, c + lc);
            if best.is_none_or(|b| wt > b.2) {
                best = Some((m, lead, wt));
            }
        }
        return match best {
            Some((m, Some(p), _)) => format!("{} {}", entities[p].text, entities[m].text),
            Some((m, None, _)) => entities[m].text.clone(),
            None => first(),
        };
    }
    first()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_and_word_order() {
        assert_eq!(acronym_caps("MoD"), initials("Ministry of Defence"));
        assert_eq!(acronym_caps("UK"), initials("United Kingdom"));
        assert_ne!(acronym_caps("UN"), initials("United Kingdom"));
        let words = |s: &str| {
            let mut out = String::new();
            words_key(&name_key(s), &mut out);
            out
        };
        assert_eq!(words("Defence Ministry"), words("ministry of defense"));
        assert_ne!(words("Defence Ministry"), words("Foreign Ministry"));
    }
}
