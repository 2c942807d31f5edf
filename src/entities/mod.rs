//! Named entities: mentions tagged with one of seven labels, grouped into real-world things.
//!
//! One pass per kind of evidence, each over the token list, in order of reliability:
//! 1. `quantities`: DATE and NUMBER spans (closed word classes and digits);
//! 2. `names`: capitalised runs, split and labelled from lists, head words and context;
//! 3. `resolve`: names still unknown take the label the document gives them elsewhere
//!    (a surname after a full name, a word seen as a place), or their context's guess;
//! 4. `designations`: organisations written in lower case ("the ministry of defence");
//! 5. `groups`: mentions → document-level entities with canonical names.
//! A token belongs to at most one mention (`Ctx::taken`), so spans never overlap.

mod designations;
mod groups;
mod heads;
pub mod lexicon;
mod names;
mod quantities;
pub mod shape;
pub mod variants;
mod words;

use crate::model::{Entity, EntityGroup, Label};
use crate::segment::{Doc, TokenKind};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (as in rustc): much faster than SipHash on short words; no untrusted-key DoS concern
/// here since a document only hurts its own annotation time, and stays linear on average.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut v = [0u8; 8];
            v[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(v)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FastSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Tags mentions and groups them.
pub fn recognize(doc: &Doc) -> (Vec<Entity>, Vec<EntityGroup>) {
    let mut ctx = Ctx::new(doc);
    quantities::find(&mut ctx);
    names::find(&mut ctx);
    resolve(&mut ctx);
    designations::find(&mut ctx);
    lowercase_places(&mut ctx);
    adjectival_places(&mut ctx);
    let mut found = std::mem::take(&mut ctx.found);
    found.sort_by_key(|f| f.first);
    let mut entities: Vec<Entity> = found
        .iter()
        .map(|f| {
            let start = doc.tokens[f.first].start;
            let end = doc.tokens[f.end - 1].end;
            Entity { start, end, text: doc.text[start..end].to_string(), label: f.label, group: 0 }
        })
        .collect();
    let groups = groups::group(&mut entities, doc.text);
    (entities, groups)
}

/// A labelled mention: tokens `first..end`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub first: usize,
    pub end: usize,
    pub label: Label,
    /// Backed by a list, a head word or a context rule (not a guess).
    pub sure: bool,
}

/// A name whose label waits for the rest of the document.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Pending {
    pub first: usize,
    pub end: usize,
    /// What the context suggests when the document says nothing more.
    pub hint: Option<Label>,
    /// Capitalised only by position (sentence start, headline).
    pub uncertain: bool,
}

/// Working state shared by the passes.
pub(crate) struct Ctx<'d, 'a> {
    pub doc: &'d Doc<'a>,
    lower: Vec<Cow<'a, str>>,
    pub casing: shape::Casing,
    pub taken: Vec<bool>,
    /// Index into `found` of the mention covering each token.
    owner: Vec<u32>,
    pub found: Vec<Found>,
    pub pending: Vec<Pending>,
    /// Lowercase words seen capitalised where a capital means a name (mid-sentence).
    capitalised: FastSet<String>,
    /// Words seen in lower case: ordinary words of this text.
    lowercase: FastSet<&'a str>,
}

impl<'d, 'a> Ctx<'d, 'a> {
    fn new(doc: &'d Doc<'a>) -> Self {
        let lower: Vec<Cow<'a, str>> = doc
            .tokens
            .iter()
            .map(|t| {
                let s = t.text(doc.text);
                if s.chars().any(|c| c.is_uppercase() || c == '’') {
                    Cow::Owned(s.to_lowercase().replace('’', "'"))
                } else {
                    Cow::Borrowed(s)
                }
            })
            .collect();
        let casing = shape::casing(doc);
        let mut capitalised = FastSet::default();
        let mut lowercase = FastSet::default();
        if !casing.caseless {
            for (i, t) in doc.tokens.iter().enumerate() {
                if t.kind != TokenKind::Word {
                    continue;
                }
                let s = t.text(doc.text);
                if !casing.uncertain[i] && shape::first_upper(s) && !capitalised.contains(lower[i].as_ref()) {
                    capitalised.insert(lower[i].to_string());
                } else if s.chars().next().is_some_and(char::is_lowercase) {
                    lowercase.insert(s);
                }
            }
        }
        let n = doc.tokens.len();
        Ctx { doc, lower, casing, taken: vec![false; n], owner: vec![u32::MAX; n], found: Vec::new(), pending: Vec::new(), capitalised, lowercase }
    }

    /// Token text as written ("" past the end).
    pub fn t(&self, k: usize) -> &'a str {
        if k < self.doc.tokens.len() { self.doc.tok(k) } else { "" }
    }

    /// Token text lowercased, typographic apostrophe as ' ("" past the end).
    pub fn w(&self, k: usize) -> &str {
        self.lower.get(k).map_or("", |c| c.as_ref())
    }

    /// The word at `k` appears capitalised mid-sentence somewhere in the document.
    pub fn seen_capitalised(&self, k: usize) -> bool {
        self.capitalised.contains(self.w(k))
    }

    /// The word at `k` appears in lower case somewhere in the document.
    pub fn seen_lowercase(&self, k: usize) -> bool {
        self.lowercase.contains(self.w(k))
    }

    pub fn found_label_at(&self, k: usize) -> Option<Label> {
        let o = *self.owner.get(k)?;
        self.found.get(o as usize).map(|f| f.label)
    }

    /// Records a mention unless it overlaps one already made.
    pub fn add(&mut self, first: usize, end: usize, label: Label, sure: bool) {
        if first >= end || end > self.taken.len() || self.taken[first..end].iter().any(|&t| t) {
            return;
        }
        let idx = self.found.len() as u32;
        for k in first..end {
            self.taken[k] = true;
            self.owner[k] = idx;
        }
        self.found.push(Found { first, end, label, sure });
    }

    fn key(&self, first: usize, end: usize) -> String {
        let mut s = String::new();
        for k in first..end {
            if k > first {
                s.push(' ');
            }
            s.push_str(self.t(k));
        }
        variants::name_key(&s)
    }
}

/// Labels the pending names from what the rest of the document says about them: the label of
/// the same name elsewhere, a surname of a full name, or the majority of the contexts the name
/// appears in ("in X", "the village of X", "X said"), then the context of this mention.
fn resolve(ctx: &mut Ctx) {
    let mut known: FastMap<String, Label> = FastMap::default();
    let mut surnames: FastSet<String> = FastSet::default();
    for f in &ctx.found {
        if !f.sure || matches!(f.label, Label::DATE | Label::NUMBER) {
            continue;
        }
        known.entry(ctx.key(f.first, f.end)).or_insert(f.label);
        if f.label == Label::PERSON && f.end - f.first >= 2 {
            surnames.insert(ctx.key(f.end - 1, f.end));
        }
    }
    let pending = std::mem::take(&mut ctx.pending);
    // Multi-word names the document has not seen are people (the usual case in news); their
    // surnames then count too.
    // Only with some sign of a person around them: "Mozilla Firefox" must not make "Firefox" a surname.
    for p in &pending {
        if p.end - p.first >= 2
            && p.hint == Some(Label::PERSON)
            && !(p.first..p.end).any(|k| ctx.t(k) == "-")
            && person_context(ctx, p.first, p.end)
            && !known.contains_key(&ctx.key(p.first, p.end))
        {
            surnames.insert(ctx.key(p.end - 1, p.end));
        }
    }
    // Votes of the contexts, per one-word name.
    let mut votes: FastMap<String, (u32, u32)> = FastMap::default(); // (place, person)
    for p in pending.iter().filter(|p| p.end == p.first + 1) {
        let v = votes.entry(ctx.key(p.first, p.end)).or_default();
        match context_vote(ctx, p.first, p.end) {
            Some(Label::LOC) => v.0 += 1,
            Some(Label::PERSON) => v.1 += 1,
            _ => {}
        }
    }
    for p in pending {
        let k = ctx.key(p.first, p.end);
        let single = p.end - p.first == 1;
        let (place, person) = votes.get(&k).copied().unwrap_or_default();
        let label = if let Some(&l) = known.get(&k) {
            Some(l)
        } else if !single && listed_with_person(ctx, p.first, p.end) {
            Some(Label::PERSON)
        } else if single && surnames.contains(&k) {
            Some(Label::PERSON)
        } else if place > person {
            Some(Label::LOC)
        } else if person > place {
            Some(Label::PERSON)
        } else if p.uncertain && single {
            None
        } else {
            p.hint
        };
        if let Some(l) = label {
            ctx.add(p.first, p.end, l, false);
        }
    }
}

/// An item of a comma list whose neighbour is a person: "Ryan Hinze, Sheetal Patel, …".
fn listed_with_person(ctx: &Ctx, first: usize, end: usize) -> bool {
    let before_is = first > 1 && matches!(ctx.t(first - 1), "," | "and") && ctx.found_label_at(first - 2) == Some(Label::PERSON);
    let after_is = matches!(ctx.t(end), "," | "and") && ctx.found_label_at(end + 1) == Some(Label::PERSON);
    before_is || after_is
}

/// A person's name by its surroundings: "X said", "said X", "X, the governor", "X, 48,".
fn person_context(ctx: &Ctx, first: usize, end: usize) -> bool {
    let after = ctx.w(end);
    let before = if first > 0 { ctx.w(first - 1) } else { "" };
    if words::is_speech_verb(after) || words::is_speech_verb(before) || matches!(after, "'s" | "who") {
        return true;
    }
    // "the capital's mayor, Sergei Sobyanin"
    if before == "," && first > 1 && lexicon::is_title(ctx.w(first - 2)) {
        return true;
    }
    after == "," && (end + 1..(end + 5).min(ctx.doc.tokens.len())).any(|k| lexicon::is_title(ctx.w(k)) || ctx.doc.tokens[k].kind == TokenKind::Number)
}

/// What the words around one mention say it is.
fn context_vote(ctx: &Ctx, first: usize, end: usize) -> Option<Label> {
    let toks = &ctx.doc.tokens;
    // Context stops at line breaks.
    let line_start = toks[first].newline_before;
    let before = if first > 0 && !line_start { ctx.w(first - 1) } else { "" };
    let before2 = if first > 1 && !line_start && !toks[first - 1].newline_before { ctx.w(first - 2) } else { "" };
    let after = if end < toks.len() && !toks[end].newline_before { ctx.w(end) } else { "" };
    let ordinary = lexicon::is_common_word(ctx.w(first));
    if words::is_locative_preposition(before) && !matches!(before, "to" | "via" | "through" | "at") && !ordinary
        || before == "of" && words::is_settlement_noun(before2)
    {
        return Some(Label::LOC);
    }
    // Coordinated with a place: "Bakhmut and Soledar", "Kreminna, Lyman".
    if matches!(before, "and" | "or" | ",") && first > 1 {
        // Back over ", and" to the previous list item.
        let prev = if first > 2 && matches!(before, "and" | "or") && ctx.t(first - 2) == "," { first - 3 } else { first - 2 };
        if ctx.found_label_at(prev) == Some(Label::LOC) {
            return Some(Label::LOC);
        }
    }
    if matches!(after, "and" | "or") && ctx.found_label_at(end + 1) == Some(Label::LOC) {
        return Some(Label::LOC);
    }
    // "Lawrence, KS", "Saginaw, Michigan": a town before its state or country.
    if after == "," && (words::is_us_state_code(ctx.t(end + 1)) || ctx.found_label_at(end + 1) == Some(Label::LOC) && !matches!(ctx.w(end + 2), "'s")) {
        return Some(Label::LOC);
    }
    // Apposition: "Siversk, a town farther north".
    if after == "," && matches!(ctx.w(end + 1), "a" | "the") && words::is_settlement_noun(ctx.w(end + 2)) {
        return Some(Label::LOC);
    }
    if words::is_speech_verb(after) {
        return Some(Label::PERSON);
    }
    None
}

/// Place names written in lower case ("from chicago", "kyiv regime"): only names that are not
/// ordinary words, and only in texts that otherwise use capitals.
fn lowercase_places(ctx: &mut Ctx) {
    if ctx.casing.caseless {
        return;
    }
    let n = ctx.doc.tokens.len();
    let places: FastSet<String> = ctx.found.iter().filter(|f| f.label == Label::LOC).map(|f| ctx.key(f.first, f.end)).collect();
    let mut key = String::new();
    let mut skel = String::new();
    let mut i = 0;
    while i < n {
        let t = ctx.t(i);
        if ctx.taken[i] || ctx.doc.tokens[i].kind != TokenKind::Word || !t.chars().next().is_some_and(char::is_lowercase) || t.len() < 3 {
            i += 1;
            continue;
        }
        // The context is required anyway: check it before any lookup (most words fail it).
        let before = if i > 0 { ctx.w(i - 1) } else { "" };
        let near_place = i > 0 && ctx.found_label_at(i - 1) == Some(Label::LOC) || (i + 1..(i + 4).min(n)).any(|k| ctx.found_label_at(k) == Some(Label::LOC));
        let supported = words::is_locative_preposition(before) && !matches!(before, "via" | "through") || near_place || {
            variants::name_key_into(ctx.w(i), &mut skel);
            places.contains(&skel)
        };
        let mut matched = 0;
        for len in (1..=3usize).rev() {
            if !supported || i + len > n || (i..i + len).any(|k| ctx.taken[k] || ctx.doc.tokens[k].kind != TokenKind::Word || ctx.doc.tokens[k].newline_before && k > i) {
                continue;
            }
            key.clear();
            for k in i..i + len {
                if k > i {
                    key.push(' ');
                }
                key.push_str(ctx.w(k));
            }
            let short = len == 1 && key.len() < 4;
            if !short && lexicon::is_place(&key) && !(len == 1 && (lexicon::is_common_word(&key) || words::is_function_word(&key))) && lowercase_place_context(ctx, i, i + len, &key, &places) {
                matched = len;
                // "tampa bay", "hudson river": a geographic head right after belongs to the name.
                let next = i + len;
                if next < n && !ctx.taken[next] && matches!(ctx.w(next), "bay" | "river" | "lake" | "island" | "islands" | "valley" | "county" | "beach" | "mountains" | "sea") {
                    matched += 1;
                }
                break;
            }
        }
        if matched > 0 {
            ctx.add(i, i + matched, Label::LOC, false);
            i += matched;
        } else {
            i += 1;
        }
    }
}

/// A lower-case place name needs support: a preposition of place before it, a place next to it
/// ("miramar florida"), or the same name capitalised and tagged as a place elsewhere.
fn lowercase_place_context(ctx: &Ctx, first: usize, end: usize, key: &str, places: &FastSet<String>) -> bool {
    let before = if first > 0 { ctx.w(first - 1) } else { "" };
    if words::is_locative_preposition(before) && !matches!(before, "via" | "through") {
        return true;
    }
    if first > 0 && ctx.found_label_at(first - 1) == Some(Label::LOC) || ctx.found_label_at(end) == Some(Label::LOC) {
        return true;
    }
    places.contains(&variants::name_key(key))
}

/// "the annexed Crimean peninsula": an adjectival place name keeps its head noun (LOC).
fn adjectival_places(ctx: &mut Ctx) {
    for f in ctx.found.iter_mut() {
        let adjective = ctx.lower[f.first].as_ref();
        let regional = f.end == f.first + 1 && adjective.strip_suffix('n').is_some_and(lexicon::is_place);
        if regional && f.label == Label::NORP && f.end < ctx.doc.tokens.len() && !ctx.taken[f.end] && matches!(ctx.lower[f.end].as_ref(), "peninsula" | "coast" | "steppe") {
            f.end += 1;
            f.label = Label::LOC;
            ctx.taken[f.end - 1] = true;
        }
    }
}
