//! Document-level entities: which mentions name the same thing, and what to call it.
//!
//! * People: a full name opens a group; a later (or earlier) surname alone joins the group of
//!   the nearest full name with that surname, so two people sharing a surname stay apart.
//! * Organisations and places: same words up to spelling and order ("Defence Ministry" =
//!   "ministry of defence"), or an acronym of the other's initials ("MoD", "UK").
//! * Spelling variants meet through `variants::skeleton` (Kyiv/Kiev, Zelenskyy/Zelensky).
//!
//! Canonical names follow the guidelines: a person's full name as first written; for an
//! organisation or place its most explicit mention, with a country or nationality written
//! right before it included and the possessive dropped ("UK Ministry of Defence").

#[cfg(test)]
use super::variants::name_key;
use super::FastMap;
use super::Mention;
use crate::model::{EntityGroup, Label, Text};

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

    /// Adds `other`'s keys after these, in their order.
    pub(crate) fn append(&mut self, other: &NameKeys) {
        let base = self.text.len();
        self.text.push_str(&other.text);
        self.ends.extend(other.ends.iter().map(|&end| base + end));
    }

    /// Makes room in both buffers for `more(len, capacity)` more (bytes of key text, keys):
    /// a long text's keys, gathered a section at a time, are sized for the rest of the text
    /// rather than copied at every doubling (`sections`).
    pub(crate) fn reserve_with(&mut self, more: impl Fn(usize, usize) -> usize) {
        self.text.reserve_exact(more(self.text.len(), self.text.capacity()));
        self.ends.reserve_exact(more(self.ends.len(), self.ends.capacity()));
    }

    /// Number of keys.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The key of mention `i`. (Inline: a few instructions, asked for every key of every
    /// grouping and resolving map; a call cost more than its work.)
    #[inline]
    pub(crate) fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }
}

/// Assigns `Mention::group` and returns the groups. `text` is the document the entities index;
/// `keys` holds each entity's name key. Hash lookups only: linear in the number of mentions
/// (plus a log for the nearest full name).
pub fn group(entities: &mut [Mention], text: &str, keys: &NameKeys) -> Vec<EntityGroup> {
    let n = entities.len();
    // (Mention and group numbers in `u32`, here and in `plan`: fewer groups than mentions, and
    // mentions than tokens, see `Mention`. On a long text these lists are held beside the whole
    // result, `crate::sections`.)
    let mut assign: Vec<u32> = vec![u32::MAX; n];
    // Each group's label, by the group's number in order of creation (`assign` holds these).
    let mut groups: Vec<Label> = Vec::new();
    // (Maps of `&str` to `u32` here, the type of `forms`' table: one copy of the hash table code
    // in WebAssembly.)
    let key = |i: usize| keys.get(i);
    // Every key the loops below look up or file, made first into one string (no string per key:
    // the keys depend only on each mention, not on the groups made so far).
    // Sized for a few keys per mention of an article: a long text repeats its names, and most
    // of its mentions file no key (`Plan::Repeat`).
    let mut store = NameKeys::with_capacity((2 * n).min(PRESIZED));
    let mut plan: Vec<Plan> = Vec::with_capacity(n);
    // The number in `store` of the key each probe is filed under, probes in order.
    let mut filed: Vec<u32> = Vec::with_capacity((2 * n).min(PRESIZED));
    let mut lone = 0;
    {
        // The first mention of each text in the first loop: a repeat with the same label joins its
        // group, as its probes would (the first probe, the name key itself, was filed under that
        // group) and files nothing new (every key it would file already is).
        let mut first_of: FastMap<&str, u32> = FastMap::with_capacity_and_hasher(n.min(PRESIZED), Default::default());
        let mut swapped = String::new();
        for (i, e) in entities.iter().enumerate() {
            if e.label == Label::PERSON && !key(i).contains(' ') {
                let out = store.open();
                push_labelled(e.label, key(i), out);
                plan.push(Plan::Lone(store.close()));
                lone += 1;
                continue;
            }
            let first = *first_of.entry(&text[e.range()]).or_insert(i as u32) as usize;
            if first != i && entities[first].label == e.label {
                plan.push(Plan::Repeat(first as u32));
                continue;
            }
            let probes = store.len();
            keys_for(e.label, key(i), &text[e.range()], true, &mut store);
            let count = store.len() - probes;
            // The filed keys are the probes with their kind swapped (`kind_to_swap`): same bytes
            // otherwise. A key without a kind is filed as it is probed (`filed` numbers it again).
            for p in probes..probes + count {
                // (Copied only when it has a kind to swap.)
                if let Some((at, kind)) = kind_to_swap(store.get(p), e.label) {
                    swapped.clear();
                    swapped.push_str(store.get(p));
                    swapped.replace_range(at..at + kind.len(), kind);
                    store.open().push_str(&swapped);
                    filed.push(store.close() as u32);
                } else {
                    filed.push(p as u32);
                }
            }
            plan.push(Plan::Keys(probes, count as u32));
        }
    }
    // Filed keys carry their label (see `push_labelled`), so one string map serves every label.
    // Sized for every key filed below, known now: the filed keys and the lone words' probes
    // (growing rehashed every key several times; a size for a few keys per mention overshot,
    // and this map was then the top of the peak memory of a short text: issue #7).
    let mut index: FastMap<&str, u32> = FastMap::with_capacity_and_hasher((filed.len() + lone).min(PRESIZED), Default::default());
    // Full names and everything that is not a lone person word.
    let mut filed_at = 0;
    for i in 0..n {
        let (probes, count) = match plan[i] {
            Plan::Lone(_) => continue,
            Plan::Repeat(first) => {
                assign[i] = assign[first as usize];
                continue;
            }
            Plan::Keys(probes, count) => (probes, count as usize),
        };
        let new_group = || {
            groups.push(entities[i].label);
            (groups.len() - 1) as u32
        };
        let filed_keys = &filed[filed_at..filed_at + count];
        filed_at += count;
        // One key, filed as it is probed (a DATE's or NUMBER's): one look-up finds its group or
        // files it under a new one, as a probe and then a filing would.
        if let [only] = *filed_keys {
            let only = only as usize;
            if only == probes {
                assign[i] = *index.entry(store.get(only)).or_insert_with(new_group);
                continue;
            }
        }
        let found = (probes..probes + count).find_map(|p| index.get(store.get(p)).copied());
        let gi = found.unwrap_or_else(new_group);
        assign[i] = gi;
        for &p in filed_keys {
            index.entry(store.get(p as usize)).or_insert(gi);
        }
    }
    // Lone person words: the nearest full name ending (or, failing that, starting) with them.
    let mut by_last: FastMap<&str, Vec<(u32, u32)>> = FastMap::default(); // word → (mention, group)
    let mut by_first: FastMap<&str, Vec<(u32, u32)>> = FastMap::default();
    for i in 0..n {
        if entities[i].label == Label::PERSON && key(i).contains(' ') {
            let k = key(i);
            let (first, last) = (first_word(k), last_word(k));
            by_last.entry(last).or_default().push((i as u32, assign[i]));
            by_first.entry(first).or_default().push((i as u32, assign[i]));
        }
    }
    for i in 0..n {
        let Plan::Lone(probe) = plan[i] else { continue };
        let k = key(i);
        let probe = store.get(probe);
        let gi = nearest(by_last.get(k), i)
            .or_else(|| nearest(by_first.get(k), i))
            .or_else(|| index.get(probe).copied())
            .unwrap_or_else(|| {
                groups.push(entities[i].label);
                (groups.len() - 1) as u32
            });
        assign[i] = gi;
        index.entry(probe).or_insert(gi);
    }
    // Groups in order of their first mention, numbered in one walk over the mentions (a group's
    // first mention is its smallest), which also lists each group's mentions in order: no sort.
    let mut sizes = vec![0usize; groups.len()];
    for &g in &assign {
        sizes[g as usize] += 1;
    }
    let mut new_id = vec![usize::MAX; groups.len()];
    let mut out: Vec<EntityGroup> = Vec::with_capacity(groups.len());
    for (i, e) in entities.iter_mut().enumerate() {
        let g = assign[i] as usize;
        if new_id[g] == usize::MAX {
            new_id[g] = out.len();
            let mentions = Vec::with_capacity(sizes[g]);
            out.push(EntityGroup { id: out.len(), canonical: Text::default(), label: groups[g], mentions });
        }
        // (Fewer groups than mentions, and mentions than tokens: `u32`, see `Mention`.)
        e.group = new_id[g] as u32;
        out[new_id[g]].mentions.push(i);
    }
    name_groups(&mut out, entities, text);
    out
}

/// The group of the full-name mention closest before `i`, else the first one after it.
fn nearest(list: Option<&Vec<(u32, u32)>>, i: usize) -> Option<u32> {
    let list = list?;
    let pos = list.partition_point(|&(m, _)| (m as usize) < i);
    if pos > 0 { Some(list[pos - 1].1) } else { list.first().map(|&(_, g)| g) }
}

/// Entries a map of name keys is sized for up front, at most: a long text repeats its names,
/// so a map sized for every mention held mostly empty slots (issue #7, peak memory).
pub(crate) const PRESIZED: usize = 1024;

/// What the grouping loops do with a mention.
#[derive(Clone, Copy)]
enum Plan {
    /// A lone person word, probed (and filed) under this key (`NameKeys` number).
    Lone(usize),
    /// A repeat of the text of this earlier mention, with the same label.
    Repeat(u32),
    /// Probed under the keys numbered `start..start + count`, filed under the next `count`
    /// numbers in `filed`.
    Keys(usize, u32),
}

/// `key` filed under `label`, appended to `out`: the label's name, a tab (never inside a key),
/// the key.
fn push_labelled(label: Label, key: &str, out: &mut String) {
    out.push_str(label.as_str());
    out.push('\t');
    out.push_str(key);
}

/// Keys under which a mention is filed (`probe == false`), so that later variants find it, or
/// looked up (`probe == true`): the counterpart of each filed key. Initial forms and acronyms
/// are filed apart from full forms, so two full names with the same initials stay apart.
/// Added to `out`, each key `labelled`.
fn keys_for(label: Label, key: &str, text: &str, probe: bool, out: &mut NameKeys) {
    /// A new key, its label written, to be completed in place (then `close`d).
    fn new(out: &mut NameKeys, label: Label) -> &mut String {
        let s = out.open();
        push_labelled(label, "", s);
        s
    }
    new(out, label).push_str(key);
    out.close();
    match label {
        Label::PERSON => {
            let initial_form = first_word(key).chars().count() == 1;
            let kind = if initial_form != probe { "init" } else { "full" };
            let s = new(out, label);
            s.push_str("person");
            s.push_str(kind);
            s.push(':');
            person_key(key, s);
            out.close();
        }
        Label::ORG | Label::LOC | Label::MISC => {
            words_key(key, new(out, label));
            out.close();
            if has_initials(text) {
                let s = new(out, label);
                s.push_str(if probe { "acro:" } else { "init:" });
                push_initials(text, s);
                out.close();
            }
            if has_acronym_caps(text) {
                let s = new(out, label);
                s.push_str(if probe { "init:" } else { "acro:" });
                push_acronym_caps(text, s);
                out.close();
            }
        }
        Label::NORP => {
            new(out, label).push_str(key.trim_end_matches('s'));
            out.close();
        }
        Label::DATE | Label::NUMBER => {}
    }
}

/// Where a probe key's kind starts and the kind that replaces it in the key filed for the same
/// mention (none when it has no kind to swap, and is filed as it is): "init:" and "acro:", and
/// "personinit:" and "personfull:", change places (same length). A name key itself never holds
/// a ':' (skeletons keep letters and digits only), so only these kinds carry one.
/// `k` is a key of `label` (`push_labelled`), whose tab comes right after the label's name.
fn kind_to_swap(k: &str, label: Label) -> Option<(usize, &'static str)> {
    let tab = label.as_str().len();
    let rest = k.get(tab + 1..)?;
    let swapped = if rest.starts_with("init:") {
        "acro"
    } else if rest.starts_with("acro:") {
        "init"
    } else if rest.starts_with("personinit:") {
        "personfull"
    } else if rest.starts_with("personfull:") {
        "personinit"
    } else {
        return None;
    };
    Some((tab + 1, swapped))
}

/// "volodimir zelenski" → "v zelenski": full names that agree on surname and initial.
fn person_key(key: &str, out: &mut String) {
    out.push(key.chars().next().unwrap_or(' '));
    out.push(' ');
    out.push_str(last_word(key));
}

/// Content words in order: "defense ministry" = "ministry of defense".
fn words_key(key: &str, out: &mut String) {
    // The words on the stack for a name of usual length.
    let mut few = [""; 16];
    let mut many = Vec::new();
    let mut count = 0;
    for w in key.split(' ').filter(|w| !FILLERS.contains(w)) {
        if count < few.len() {
            few[count] = w;
        } else {
            if count == few.len() {
                many.extend_from_slice(&few);
            }
            many.push(w);
        }
        count += 1;
    }
    let w: &mut [&str] = if count <= few.len() { &mut few[..count] } else { &mut many };
    if w.len() < 2 {
        out.push_str(key);
        return;
    }
    crate::sort::sort(w);
    out.push_str("words:");
    for (i, x) in w.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(x);
    }
}

/// The words of a key before its first space and after its last (the whole key without one):
/// `split(' ').next()` and `rsplit(' ').next()`, found with a byte search.
fn first_word(key: &str) -> &str {
    key.find(' ').map_or(key, |at| &key[..at])
}

fn last_word(key: &str) -> &str {
    key.rfind(' ').map_or(key, |at| &key[at + 1..])
}

/// `s.trim_start_matches(prefix)`: the prefix stripped as often as it starts `s` (without the
/// general substring searcher `trim_start_matches` sets up for a string pattern).
fn strip_all<'s>(mut s: &'s str, prefix: &str) -> &'s str {
    while let Some(rest) = s.strip_prefix(prefix) {
        s = rest;
    }
    s
}

/// The content words of a name (for its initials).
fn content_words(name: &str) -> impl Iterator<Item = &str> {
    name.split_whitespace().filter(|w| !FILLERS.iter().any(|f| w.eq_ignore_ascii_case(f)))
}

/// A multi-word name has initials (`push_initials`).
fn has_initials(name: &str) -> bool {
    content_words(name).nth(1).is_some()
}

/// Initials of a multi-word name's content words: "Ministry of Defence" → "md".
fn push_initials(name: &str, out: &mut String) {
    out.extend(content_words(name).filter_map(|w| w.chars().next()).flat_map(char::to_lowercase));
}

/// The capitals of a one-word acronym, lowercased: "MoD" → "md", "UK" → "uk".
fn acronym_caps(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars().filter(|c| c.is_uppercase()).flat_map(char::to_lowercase)
}

/// `name` is a one-word acronym with two or more capitals (`push_acronym_caps`).
fn has_acronym_caps(name: &str) -> bool {
    !name.contains(' ') && name.chars().count() <= 8 && name.chars().next().is_some_and(char::is_uppercase) && acronym_caps(name).nth(1).is_some()
}

fn push_acronym_caps(name: &str, out: &mut String) {
    out.extend(acronym_caps(name));
}

const FILLERS: &[&str] = &["of", "the", "and", "for", "on", "&"];

/// `canonical`'s weight of an ASCII text: its words split at whitespace (as `split_whitespace`:
/// tab to carriage return, and space), and those starting with a capital. Byte by byte: most
/// mention texts are ASCII, and a group weighs every one of its mentions.
fn ascii_weight(s: &[u8]) -> (usize, usize) {
    let (mut words, mut capitalised) = (0, 0);
    let mut in_word = false;
    for &b in s {
        let space = b == b' ' || (b'\t'..=b'\r').contains(&b);
        if !space && !in_word {
            words += 1;
            capitalised += usize::from(b.is_ascii_uppercase());
        }
        in_word = !space;
    }
    (words, capitalised)
}

/// The name to show for each group (`canonical`), in one walk over the mentions in order: a
/// walk per group's mentions jumped about a long document's mentions and text, a cache miss at
/// nearly every mention once they outgrew the caches.
fn name_groups(groups: &mut [EntityGroup], entities: &[Mention], text: &str) {
    let text_of = |m: usize| &text[entities[m].range()];
    let mut best: Vec<Option<Best>> = vec![None; groups.len()];
    for (m, e) in entities.iter().enumerate() {
        let g = e.group();
        let Some(group) = groups.get(g) else { continue };
        match group.label {
            // A person's first mention of more than one word.
            Label::PERSON if best[g].is_none() && text_of(m).split_whitespace().nth(1).is_some() => {
                best[g] = Some(Best { mention: m, lead: None, weight: (0, 0) });
            }
            // The mention of most words, then most capitalised words ("Ministry of Defence"
            // over "ministry of defence"); the first of equals.
            Label::ORG | Label::LOC => {
                let mut lead = None;
                // A country or nationality mention right before: "UK’s Ministry of Defence".
                if m > 0 {
                    let p = &entities[m - 1];
                    if matches!(p.label, Label::LOC | Label::NORP) && e.label == Label::ORG {
                        let between = text.get(p.range().end..e.range().start).unwrap_or("x");
                        let between = strip_all(strip_all(between.trim(), "'s"), "’s").trim();
                        if between.is_empty() {
                            lead = Some(m - 1);
                        }
                    }
                }
                // The same text as the best so far, alone, weighs no more than it: not weighed
                // again (a long text repeats its names; weighing each one was most of this walk).
                if lead.is_none() && best[g].is_some_and(|b| text_of(b.mention) == text_of(m)) {
                    continue;
                }
                // The weight of "lead name" is the sum of both (words are split at spaces).
                let (w, c) = weight(text_of(m));
                let (lw, lc) = lead.map_or((0, 0), |p| weight(text_of(p)));
                let wt = (w + lw, c + lc);
                if best[g].map_or(true, |b| wt > b.weight) {
                    best[g] = Some(Best { mention: m, lead, weight: wt });
                }
            }
            _ => {}
        }
    }
    for (group, best) in groups.iter_mut().zip(best) {
        group.canonical = match best {
            Some(Best { mention, lead: Some(p), .. }) => {
                // (Joined in place: natively `format!` would make a `String`, then a copy.)
                let (lead, name) = (text_of(p), text_of(mention));
                let mut joined = Text::with_capacity(lead.len() + 1 + name.len());
                joined.push_str(lead);
                joined.push(' ');
                joined.push_str(name);
                joined
            }
            Some(Best { mention, lead: None, .. }) => Text::from(text_of(mention)),
            // Otherwise the first mention's text.
            None => group.mentions.first().map_or_else(Text::default, |&m| Text::from(text_of(m))),
        };
    }
}

/// A group's best mention for its name so far (`name_groups`).
#[derive(Clone, Copy)]
struct Best {
    mention: usize,
    /// The mention written right before it, named with it ("UK" of "UK’s Ministry of Defence").
    lead: Option<usize>,
    /// Words and capitalised words of both (`weight`).
    weight: (usize, usize),
}

/// Words and capitalised words of a mention's text, split at whitespace.
fn weight(s: &str) -> (usize, usize) {
    if s.is_ascii() {
        return ascii_weight(s.as_bytes());
    }
    let (mut words, mut capitalised) = (0, 0);
    for w in s.split_whitespace() {
        words += 1;
        capitalised += usize::from(w.chars().next().is_some_and(char::is_uppercase));
    }
    (words, capitalised)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_prefixes_as_the_splits_and_trims() {
        for k in ["", " ", "a", "a b", "ab  cd ", " x", "volodimir zelenski", "’s’s x", "'s'sx"] {
            assert_eq!(first_word(k), k.split(' ').next().unwrap_or(""), "{k:?}");
            assert_eq!(last_word(k), k.rsplit(' ').next().unwrap_or(""), "{k:?}");
            assert_eq!(strip_all(strip_all(k, "'s"), "’s"), k.trim_start_matches("'s").trim_start_matches("’s"), "{k:?}");
        }
    }

    #[test]
    fn ascii_weight_is_the_weight_by_words() {
        for s in ["Ministry of Defence", "  UK  Ministry\tof\nDefence ", "", " ", "a", "A", "U.S. Army", "x\x0bY\x0cZ\rw", "1st Army", "'Kyiv' Post"] {
            let words = s.split_whitespace();
            let expected = (words.clone().count(), words.filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count());
            assert_eq!(ascii_weight(s.as_bytes()), expected, "{s:?}");
        }
    }

    #[test]
    fn acronyms_and_word_order() {
        let initials = |s: &str| {
            let mut out = String::new();
            has_initials(s).then(|| {
                push_initials(s, &mut out);
                out
            })
        };
        let acronym = |s: &str| {
            let mut out = String::new();
            has_acronym_caps(s).then(|| {
                push_acronym_caps(s, &mut out);
                out
            })
        };
        assert_eq!(acronym("MoD"), initials("Ministry of Defence"));
        assert_eq!(acronym("UK"), initials("United Kingdom"));
        assert_ne!(acronym("UN"), initials("United Kingdom"));
        assert_eq!((initials("Ministry"), acronym("NATO Force"), acronym("Nato")), (None, None, None));
        let words = |s: &str| {
            let mut out = String::new();
            words_key(&name_key(s), &mut out);
            out
        };
        assert_eq!(words("Defence Ministry"), words("ministry of defense"));
        assert_ne!(words("Defence Ministry"), words("Foreign Ministry"));
    }
}
