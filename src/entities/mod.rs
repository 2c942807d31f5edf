//! Named entities: mentions tagged with one of seven labels, grouped into real-world things.
//!
//! One pass per kind of evidence, each over the token list, in order of reliability:
//! 1. `quantities`: DATE and NUMBER spans (closed word classes and digits);
//! 2. `names`: capitalised runs, split and labelled from lists, head words and context
//!    (`caseless` instead when the text has no case information);
//! 3. `resolve`: names still unknown take the label the document gives them elsewhere
//!    (a surname after a full name, a word seen as a place), or their context's guess;
//! 4. `designations`: organisations written in lower case ("the ministry of defence"), and
//!    `lowercase`: place names written in lower case ("from chicago");
//! 5. `groups`: mentions → document-level entities with canonical names.
//!
//! A token belongs to at most one mention (`Ctx::taken`), so spans never overlap.

mod caseless;
mod classes;
mod designations;
mod fold;
mod forms;
mod groups;
mod heads;
mod lowercase;
mod resolve;
pub mod lexicon;
mod names;
mod quantities;
pub mod shape;
pub mod variants;
mod words;
// Month names, also for the claims: a fronted date before a subject.
pub(crate) use groups::{group, NameKeys};
pub(crate) use words::MONTH_LIST;

use crate::model::{Entity, EntityGroup, Label};
use crate::segment::Doc;
use crate::spellings::vocab::{self, UNNUMBERED};
use std::cell::{OnceCell, RefCell};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (as in rustc): much faster than SipHash on short words; no untrusted-key DoS concern
/// here since a document only hurts its own annotation time, and stays linear on average.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    /// Eight bytes at a time, the last eight read where the text ends (overlapping the eight
    /// before), or a shorter text in one word: no copy into a buffer per chunk (a `memcpy` call
    /// of a variable length each), which made hashing a short word cost more than its lookup, no
    /// multiply per byte of a tail, and no branch on the length of a tail.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let Some(&last) = bytes.last_chunk::<8>() else {
            self.add(short_word(bytes));
            return;
        };
        let mut rest = bytes;
        while let (Some((head, tail)), true) = (rest.split_first_chunk::<8>(), rest.len() > 8) {
            self.add(u64::from_le_bytes(*head));
            rest = tail;
        }
        self.add(u64::from_le_bytes(last));
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// One word of a text of up to seven bytes: two overlapping four-byte reads, or the first,
/// middle and last byte (together they cover every byte; none for ""), with the length in the
/// top bits (so that "aaaa" and "aaaaa" differ).
#[inline]
fn short_word(text: &[u8]) -> u64 {
    let n = text.len();
    let byte = |at: usize| text.get(at).map_or(0, |&b| u64::from(b));
    let word = match (text.first_chunk::<4>(), text.last_chunk::<4>()) {
        (Some(&head), Some(&last)) => u64::from(u32::from_le_bytes(head)) | u64::from(u32::from_le_bytes(last)) << 32,
        _ => byte(0) | byte(n / 2) << 8 | byte(n.wrapping_sub(1)) << 16,
    };
    word ^ (n as u64) << 61
}

pub(crate) type FastSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Tags mentions and groups them.
pub fn recognize(doc: &Doc) -> (Vec<Entity>, Vec<EntityGroup>) {
    let (mentions, groups) = mentions(doc);
    (crate::texts::entities(doc.text, &mentions, true), groups)
}

/// An entity as the later stages read it: its offsets, label and group, without its text.
/// `annotate` makes the `Entity` list (56 bytes a mention on 64-bit, with an empty string
/// still 24 of them) only at the end, from these (32 bytes), once the tokens and the claim
/// stage's working state are freed (issue #7). Code reads a mention's text from the document
/// by its offsets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mention {
    /// Byte offsets in the document (below 4 GiB, as the tokens': `segment::tokenize`). Kept
    /// in `u32`, as the tokens' are: the mentions live through the claim stage, and with
    /// `usize` offsets they were 32 bytes each, twice as much, at the top of the peak memory.
    pub start: u32,
    pub end: u32,
    /// Index into the groups.
    pub group: u32,
    pub label: Label,
}

impl Mention {
    /// The byte range of its text in the document.
    #[inline]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Its group's index.
    #[inline]
    pub fn group(&self) -> usize {
        self.group as usize
    }
}

impl From<&Entity> for Mention {
    fn from(e: &Entity) -> Mention {
        Mention { start: e.start as u32, end: e.end as u32, label: e.label, group: e.group as u32 }
    }
}

/// The mentions, in text order, and their groups: `recognize` without the texts.
pub fn mentions(doc: &Doc) -> (Vec<Mention>, Vec<EntityGroup>) {
    let (mut entities, keys) = mentions_and_keys(doc);
    let groups = group(&mut entities, doc.text, &keys);
    (entities, groups)
}

/// The mentions, in text order, not yet grouped (each in group 0), and each one's name key,
/// which `group` forms the groups from. (Apart for a long text, whose sections' mentions are
/// grouped together: `crate::sections`.)
pub(crate) fn mentions_and_keys(doc: &Doc) -> (Vec<Mention>, NameKeys) {
    let mut ctx = Ctx::new(doc);
    quantities::find(&mut ctx);
    names::find(&mut ctx);
    ctx.forget_casing();
    resolve::resolve(&mut ctx);
    designations::find(&mut ctx);
    lowercase::places(&mut ctx);
    adjectival_places(&mut ctx);
    // Mentions in text order: each one's first token names it (`owner`), and mentions never
    // overlap, so one walk over the tokens orders them (no sort).
    let mut entities: Vec<Mention> = Vec::with_capacity(ctx.found.len());
    // Each mention's name key, back to back (`NameKeys`), made here from the cached pieces.
    let mut keys = groups::NameKeys::with_capacity(ctx.found.len());
    for (k, &o) in ctx.owner.iter().enumerate() {
        let Some(f) = ctx.found.get(o as usize) else { continue };
        let (first, last) = (f.first as usize, f.end as usize - 1);
        if first != k {
            continue;
        }
        let (start, end) = (doc.tokens[first].start, doc.tokens[last].end());
        entities.push(Mention { start, end, label: f.label, group: 0 });
        ctx.push_text_key(first, last + 1, keys.open());
        keys.close();
    }
    // The working state (per-token arrays, per-spelling facts) is not needed for grouping: freed
    // first, so the two do not add up at the peak of a long text.
    drop(ctx);
    (entities, keys)
}

/// A labelled mention: tokens `first..end` (token numbers fit in `u32`: `segment::tokenize`;
/// with `usize` ones this list was near the top of a short text's peak memory, issue #7).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub first: u32,
    pub end: u32,
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
    /// Per token: its lowercase form and the word lists that form is on.
    forms: forms::Forms<'d>,
    pub casing: shape::Casing,
    pub taken: Vec<bool>,
    /// Index into `found` of the mention covering each token.
    owner: Vec<u32>,
    pub found: Vec<Found>,
    pub pending: Vec<Pending>,
    /// Lowercase words seen capitalised where a capital means a name (mid-sentence). Built on
    /// the first question (`seen_capitalised`): many documents never ask. The forms are borrowed
    /// from the document's spellings (no copy each); a map of the type of the spellings' own
    /// table (values unused), so WebAssembly keeps one copy of the hash table code.
    capitalised: OnceCell<FastMap<&'d str, u32>>,
    /// The `key` pieces of the spellings the vocabulary has no number for, made on first use.
    key_pieces: RefCell<KeyPieces>,
}

/// Per spelling, the skeletons its text adds to a name key (`variants::push_pieces`), made on
/// first use, by a number: the spelling's in the vocabulary (`spellings::vocab`: kept for later
/// documents in `KEPT_PIECES`), or its number in the document when the vocabulary has none.
struct KeyPieces {
    /// Per number: its range in `pieces`, or `NOT_YET`.
    of_number: Vec<(u32, u32)>,
    /// Byte ranges in `arena`.
    pieces: Vec<(u32, u32)>,
    arena: String,
    /// The vocabulary generation the numbers are of (`None`: the document's spelling numbers).
    generation: Option<u32>,
}

thread_local! {
    /// The key pieces of the vocabulary's spellings, made by earlier documents.
    static KEPT_PIECES: RefCell<KeyPieces> = const { RefCell::new(KeyPieces::new()) };
}

impl KeyPieces {
    const NOT_YET: (u32, u32) = (u32::MAX, u32::MAX);

    const fn new() -> Self {
        KeyPieces { of_number: Vec::new(), pieces: Vec::new(), arena: String::new(), generation: None }
    }

    /// Ready for numbers below `numbers`, of `generation`: what was made for another is dropped.
    fn open(&mut self, generation: Option<u32>, numbers: usize) {
        if self.generation != generation {
            self.of_number.clear();
            self.pieces.clear();
            self.arena.clear();
            self.generation = generation;
        }
        if self.of_number.len() < numbers {
            self.of_number.resize(numbers, Self::NOT_YET);
        }
    }

    /// Appends to `out` the pieces of number `number`, whose text `text` gives when first asked,
    /// each after a space unless `out` is no longer than `start`.
    fn push<'t>(&mut self, number: usize, text: impl FnOnce() -> &'t str, out: &mut String, start: usize) {
        if self.of_number[number] == Self::NOT_YET {
            let first = self.pieces.len() as u32;
            variants::push_pieces(text(), &mut self.arena, &mut self.pieces);
            self.of_number[number] = (first, self.pieces.len() as u32);
        }
        let (a, b) = self.of_number[number];
        for &(s, e) in &self.pieces[a as usize..b as usize] {
            if out.len() > start {
                out.push(' ');
            }
            out.push_str(&self.arena[s as usize..e as usize]);
        }
    }
}

impl<'d, 'a> Ctx<'d, 'a> {
    fn new(doc: &'d Doc<'a>) -> Self {
        let forms = forms::Forms::new(doc);
        let casing = shape::casing_with(doc, &forms);
        let n = doc.tokens.len();
        // The kept pieces' room is made on the first document, whether or not it has a name.
        KEPT_PIECES.with(|kept| vocab::make_room(&mut kept.borrow_mut().of_number, vocab::ROOM));
        Ctx {
            doc,
            forms,
            casing,
            taken: vec![false; n],
            owner: vec![u32::MAX; n],
            found: Vec::new(),
            pending: Vec::new(),
            capitalised: OnceCell::new(),
            key_pieces: RefCell::new(KeyPieces::new()),
        }
    }

    /// Token text as written ("" past the end).
    pub fn t(&self, k: usize) -> &'d str {
        self.forms.text(k)
    }

    /// Token text lowercased, typographic apostrophe as ' ("" past the end).
    pub fn w(&self, k: usize) -> &'d str {
        self.forms.form(k)
    }

    /// Is the word at `k` (lowercased) on any of the lists `mask` (`classes`)? False past the end,
    /// like asking about `w(k)`, which is "" there.
    #[inline]
    pub fn is(&self, k: usize, mask: classes::Bits) -> bool {
        self.forms.bits(k) & mask != 0
    }

    /// The classes of the word at `k` (`is`; none past the end).
    #[inline]
    pub(crate) fn bits(&self, k: usize) -> classes::Bits {
        self.forms.bits(k)
    }

    /// The first token in `from..end` on any of the lists `mask` (`is`), else `end`.
    #[inline]
    pub fn next_with(&self, from: usize, end: usize, mask: classes::Bits) -> usize {
        self.forms.next_with(from, end, mask)
    }

    /// Is the word at `k` on all of the lists `mask` (`is`)?
    #[inline]
    pub fn is_all(&self, k: usize, mask: classes::Bits) -> bool {
        self.forms.bits(k) & mask == mask
    }

    /// Shape of the token at `k` as written (that of "" past the end).
    #[inline]
    pub(crate) fn shape(&self, k: usize) -> forms::Shape {
        self.forms.shape(k)
    }

    /// Frees what only the name passes ask (which tokens are capitalised by position, and the
    /// words seen capitalised): the passes after them hold the top of a short document's peak
    /// memory (issue #7). Whether the document is caseless stays.
    fn forget_casing(&mut self) {
        self.casing.uncertain = Vec::new();
        self.casing.headline = Vec::new();
        self.capitalised = OnceCell::new();
    }

    /// The word at `k` appears capitalised mid-sentence somewhere in the document.
    pub fn seen_capitalised(&self, k: usize) -> bool {
        debug_assert_eq!(self.casing.uncertain.len(), self.doc.tokens.len(), "asked after `forget_casing`");
        let set = self.capitalised.get_or_init(|| {
            if self.casing.caseless {
                return FastMap::default();
            }
            // Which spellings qualify somewhere (a flag per token, no hashing), then their forms,
            // into a map sized for them (growing it rehashed every form several times).
            let mut flagged = vec![false; self.forms.spellings()];
            let mut count = 0;
            for (i, &uncertain) in self.casing.uncertain.iter().enumerate() {
                // (A capitalised word token, from its class bits.)
                if self.is(i, classes::CAPITALISED_WORD) && !uncertain {
                    let id = self.forms.spelling(i);
                    if !flagged[id] {
                        flagged[id] = true;
                        count += 1;
                    }
                }
            }
            let mut set = FastMap::with_capacity_and_hasher(count, Default::default());
            for (id, _) in flagged.iter().enumerate().filter(|(_, &f)| f) {
                set.entry(self.forms.form_of(id)).or_insert(0);
            }
            set
        });
        set.get(self.w(k)).is_some()
    }

    /// The word at `k` appears in lower case somewhere in the document: some word token is
    /// written exactly as `w(k)` (found when the spellings were numbered).
    pub fn seen_lowercase(&self, k: usize) -> bool {
        // (A token's kind follows from its text, so it is a fact of its spelling: `Forms`.)
        !self.casing.caseless
            && self.forms.lowercase_twin(self.forms.spelling(k)).is_some_and(|id| self.forms.is_word(id) && self.forms.shape_of(id).first_lower())
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
        // (Within the token list, whose length fits in `u32`.)
        self.found.push(Found { first: first as u32, end: end as u32, label, sure });
    }

    /// `variants::name_key` of tokens `first..end` joined by spaces (the passes append keys to
    /// strings they reuse: `push_key`).
    #[cfg(test)]
    pub(crate) fn key(&self, first: usize, end: usize) -> String {
        let mut out = String::new();
        self.push_key(first, end, &mut out, 0);
        out
    }

    /// `key` appended to `out`, whose key began at byte `start`. Joins the pieces each token's
    /// spelling makes, made once per spelling (`name_key_push` puts a space before every piece
    /// but the first).
    fn push_key(&self, first: usize, end: usize, out: &mut String, start: usize) {
        let spellings = &self.doc.spellings;
        KEPT_PIECES.with(|kept| {
            let mut kept = kept.borrow_mut();
            let (generation, numbered) = spellings.vocab();
            kept.open(Some(generation), numbered);
            for k in first..end.min(self.doc.tokens.len()) {
                let id = self.forms.spelling(k);
                let text = || self.doc.tok(k);
                match spellings.vocab_number(id) {
                    UNNUMBERED => {
                        let mut own = self.key_pieces.borrow_mut();
                        own.open(None, spellings.len());
                        own.push(id, text, out, start);
                    }
                    number => kept.push(number as usize, text, out, start),
                }
            }
        });
    }

    /// `variants::name_key` of the text of tokens `first..end` as written (spaces and all),
    /// appended to `out`. Made from the cached pieces of each token (as `key`) when that gives
    /// the same key: where the tokens are apart, or glued at a hyphen or a possessive (the text
    /// splits into the same pieces there). Other glued tokens ("St.Petersburg" is one piece of
    /// the text but three tokens) take the text itself.
    pub(crate) fn push_text_key(&self, first: usize, end: usize, out: &mut String) {
        let start = out.len();
        let toks = &self.doc.tokens;
        let end = end.min(toks.len());
        if first >= end {
            return;
        }
        let apart = |k: usize| {
            if toks[k].space_before() {
                return true;
            }
            let (left, right) = (self.t(k - 1), self.t(k));
            if left.ends_with('-') || right.starts_with('-') {
                return true;
            }
            // "Kremlin’s": the text strips the possessive off its piece; the tokens drop the
            // possessive's piece. The same unless more is glued after it, or the left token
            // ends with a possessive of its own (stripped from the text only once).
            let possessive = |t: &str| t.ends_with("'s") || t.ends_with("’s");
            matches!(right, "'s" | "’s")
                && !possessive(left)
                && (k + 1 == end || toks[k + 1].space_before() || self.t(k + 1).starts_with('-'))
        };
        if (first + 1..end).all(apart) {
            self.push_key(first, end, out, start);
        } else {
            let text = &self.doc.text[toks[first].start as usize..toks[end - 1].end() as usize];
            variants::name_key_append(text, out, start);
        }
    }
}

/// "the annexed Crimean peninsula": an adjectival place name keeps its head noun (LOC).
fn adjectival_places(ctx: &mut Ctx) {
    for f in ctx.found.iter_mut() {
        // (The label and length first: the word and a place-list look-up only for a one-word
        // NORP, not for every mention of a long text.)
        if f.label != Label::NORP || f.end != f.first + 1 {
            continue;
        }
        let (first, end) = (f.first as usize, f.end as usize);
        let regional = ctx.forms.form(first).strip_suffix('n').is_some_and(lexicon::is_place);
        if regional && end < ctx.doc.tokens.len() && !ctx.taken[end] && matches!(ctx.forms.form(end), "peninsula" | "coast" | "steppe") {
            f.end += 1;
            f.label = Label::LOC;
            ctx.taken[end] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A regional adjective with "peninsula", "coast" or "steppe" is the place; a nationality
    /// before another noun stays NORP.
    #[test]
    fn regional_adjective_with_its_landform_is_a_place() {
        let doc = Doc::new("Troops crossed into the Crimean peninsula on Monday, while Ukrainian forces held the line.");
        let (entities, _) = recognize(&doc);
        let found: Vec<(&str, Label)> = entities.iter().map(|e| (e.text.as_str(), e.label)).collect();
        assert!(found.contains(&("Crimean peninsula", Label::LOC)), "{found:?}");
        assert!(found.contains(&("Ukrainian", Label::NORP)), "{found:?}");
    }

    #[test]
    fn cached_keys_equal_keys_made_from_the_token_texts() {
        let text = "The Kremlin’s U.S.-led Russia-Ukraine talks, the  THE kh'S Zelenskyy's - ’s . Kharkiv Kyiv Kiev St.Petersburg";
        let doc = Doc::new(text);
        let ctx = Ctx::new(&doc);
        let n = doc.tokens.len();
        for first in 0..=n + 1 {
            for end in first..=n + 2 {
                let direct = variants::name_key_of((first..end).map(|k| ctx.t(k)));
                assert_eq!(ctx.key(first, end), direct, "{first}..{end}");
            }
        }
    }

    #[test]
    fn text_keys_equal_keys_made_from_the_text() {
        let text = "The Kremlin’s U.S.-led Russia-Ukraine talks, the  THE kh'S Zelenskyy's - ’s . Kharkiv Kyiv’s’s \
            Kiev St.Petersburg al-Sadr’s-led Jones’s. x- -y a-’s b’s-c d’sx the-the -’s- ’s’s";
        let doc = Doc::new(text);
        let ctx = Ctx::new(&doc);
        let toks = &doc.tokens;
        for first in 0..toks.len() {
            for end in first + 1..=toks.len() {
                let mut out = String::from("prefix");
                ctx.push_text_key(first, end, &mut out);
                let written = &text[toks[first].start as usize..toks[end - 1].end() as usize];
                assert_eq!(&out["prefix".len()..], variants::name_key(written), "{written:?}");
            }
        }
    }
}
