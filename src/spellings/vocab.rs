//! The spellings met by earlier documents on this thread, numbered for good, and what each
//! stage keeps by those numbers.
//!
//! What a stage works out from a spelling's text alone (its word-list classes, its cue entries,
//! its shape) does not change from one document to the next, and news articles share most of
//! their words: of a thousand-word article's few hundred distinct spellings, most were met by
//! the articles before it. Worked out afresh per document, those facts were a sixth of the
//! work and more of the branch mispredictions (lookups at cold places of large word lists). So
//! each distinct spelling gets a number in a vocabulary that outlives the document (as a
//! tagger's vocabulary does), and each stage keeps its facts by that number (`Remembered`).
//!
//! Bounded: at most `MAX_SPELLINGS` spellings. A document that starts with the vocabulary full
//! clears it first, under a new `generation` (each stage drops what it kept under the old
//! numbers when it sees the new one); a document that fills it numbers its further spellings
//! `UNNUMBERED`, and the stages work those out each time. Results never depend on what was
//! kept: the facts are the same, worked out or remembered.

use std::cell::RefCell;

use super::table::Table;

/// Most spellings kept. A news article of 1,000 words has about 450 distinct spellings; a
/// thread that has seen a few hundred articles keeps its most frequent words. At most a few
/// megabytes with every stage's facts.
#[cfg(not(test))]
const MAX_SPELLINGS: usize = 1 << 15;
/// (Small in tests, so that they fill and clear it.)
#[cfg(test)]
const MAX_SPELLINGS: usize = 64;

/// Spellings the vocabulary and each stage's `Remembered` facts have room for when they are
/// made, with the word lists, on a thread's first document (a few hundred KB in all): a few
/// articles' words. Grown from nothing instead, a document's new words cost it their room
/// twice over while each vector doubled: at 10 KB of text that growth was as large as the
/// text's own working memory (issue #7).
pub(crate) const ROOM: usize = if MAX_SPELLINGS < 1 << 12 { MAX_SPELLINGS } else { 1 << 12 };

/// The number of a spelling met when the vocabulary was full.
pub(crate) const UNNUMBERED: u32 = u32::MAX;

pub(crate) struct Vocab {
    /// Tags (`table::tag_of`) → numbers.
    table: Table,
    /// Per number: the end of its text in `texts` (each starts where the one before ends).
    ends: Vec<u32>,
    /// The texts as written, back to back (compared only for long tags: a short one is its text).
    texts: Vec<u8>,
    generation: u32,
}

thread_local! {
    static VOCAB: RefCell<Vocab> = RefCell::new(Vocab::new());
}

/// `f` with this thread's vocabulary.
pub(crate) fn with<R>(f: impl FnOnce(&mut Vocab) -> R) -> R {
    VOCAB.with(|v| f(&mut v.borrow_mut()))
}

impl Vocab {
    fn new() -> Vocab {
        // (Eight bytes a text: most words are shorter.)
        Vocab { table: Table::with_capacity(ROOM), ends: Vec::with_capacity(ROOM), texts: Vec::with_capacity(ROOM * 8), generation: 0 }
    }

    /// Ready to number a new document's spellings: cleared, under a new generation, when full.
    pub(crate) fn open(&mut self) {
        if self.ends.len() >= MAX_SPELLINGS {
            *self = Vocab { generation: self.generation.wrapping_add(1), ..Vocab::new() };
        }
    }

    /// The number of the text `bytes`, whose tag is `tag`: its old number, a new one, or
    /// `UNNUMBERED` when the vocabulary is full.
    pub(crate) fn number(&mut self, tag: u64, bytes: &[u8]) -> u32 {
        let found = self.table.find(tag, |id| self.text(id) == bytes);
        match found {
            Ok(id) => id,
            Err(_) if self.ends.len() >= MAX_SPELLINGS => UNNUMBERED,
            Err(slot) => {
                self.texts.extend_from_slice(bytes);
                // (Texts are shorter than 4 GiB, and at most `MAX_SPELLINGS` of them are kept.)
                self.ends.push(u32::try_from(self.texts.len()).unwrap_or(u32::MAX));
                self.table.insert(slot, tag);
                (self.ends.len() - 1) as u32
            }
        }
    }

    fn text(&self, id: u32) -> &[u8] {
        let id = id as usize;
        let start = if id == 0 { 0 } else { self.ends[id - 1] as usize };
        self.texts.get(start..self.ends[id] as usize).unwrap_or_default()
    }

    pub(crate) fn generation(&self) -> u32 {
        self.generation
    }

    /// How many spellings are numbered.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }
}

/// Reserves room for `entries` in a store kept by vocabulary number, the first time only (see
/// `ROOM`: later growth is by doubling, as for any vector).
pub(crate) fn make_room<T>(store: &mut Vec<T>, entries: usize) {
    if store.capacity() == 0 {
        store.reserve_exact(entries);
    }
}

/// One stage's facts of each numbered spelling (`T`), for the vocabulary of one generation.
pub(crate) struct Remembered<T> {
    generation: Option<u32>,
    facts: Vec<T>,
    /// One bit per number: its `facts` are kept (a bit, where an `Option` took eight bytes).
    kept: Vec<u64>,
}

impl<T: Copy + Default> Remembered<T> {
    pub(crate) const fn new() -> Self {
        Remembered { generation: None, facts: Vec::new(), kept: Vec::new() }
    }

    /// Ready for a document numbered under `generation`, with `numbered` spellings in the
    /// vocabulary: what was kept under another generation is dropped.
    pub(crate) fn open(&mut self, generation: u32, numbered: usize) {
        if self.generation != Some(generation) {
            self.facts.clear();
            self.kept.clear();
            self.generation = Some(generation);
        }
        make_room(&mut self.facts, ROOM);
        make_room(&mut self.kept, ROOM.div_ceil(64));
        if self.facts.len() < numbered {
            self.facts.resize(numbered, T::default());
            self.kept.resize(numbered.div_ceil(64), 0);
        }
    }

    /// The facts kept for number `number` (none for `UNNUMBERED`).
    #[inline]
    pub(crate) fn get(&self, number: u32) -> Option<T> {
        let n = number as usize;
        let kept = self.kept.get(n / 64).is_some_and(|bits| bits >> (n % 64) & 1 != 0);
        if kept { self.facts.get(n).copied() } else { None }
    }

    /// Keeps the facts of number `number` (nothing for `UNNUMBERED`).
    #[inline]
    pub(crate) fn keep(&mut self, number: u32, facts: T) {
        let n = number as usize;
        if let (Some(slot), Some(bits)) = (self.facts.get_mut(n), self.kept.get_mut(n / 64)) {
            *slot = facts;
            *bits |= 1 << (n % 64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spellings::table::tag_of;

    fn number(v: &mut Vocab, text: &str) -> u32 {
        v.number(tag_of(text.as_bytes(), 0, text.len()), text.as_bytes())
    }

    #[test]
    fn numbers_last_until_the_vocabulary_fills_and_clears() {
        let mut v = Vocab::new();
        v.open();
        let words: Vec<String> = (0..MAX_SPELLINGS).map(|i| if i % 2 == 0 { format!("w{i}") } else { format!("a-longer-word-{i}") }).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(number(&mut v, w), i as u32);
        }
        // Old numbers are kept, full or not; a new text is unnumbered when full.
        assert_eq!(number(&mut v, &words[7]), 7);
        assert_eq!(number(&mut v, "new"), UNNUMBERED);
        assert_eq!((v.len(), v.generation()), (MAX_SPELLINGS, 0));
        v.open();
        assert_eq!((v.len(), v.generation()), (0, 1));
        assert_eq!(number(&mut v, "new"), 0);
        assert_eq!(number(&mut v, &words[7]), 1);
    }

    #[test]
    fn remembered_facts_belong_to_one_generation() {
        let mut r: Remembered<u8> = Remembered::new();
        r.open(0, 3);
        assert_eq!(r.get(1), None);
        r.keep(1, 42);
        r.keep(UNNUMBERED, 9);
        assert_eq!((r.get(1), r.get(UNNUMBERED)), (Some(42), None));
        r.open(0, 5);
        assert_eq!(r.get(1), Some(42));
        r.open(1, 5);
        assert_eq!(r.get(1), None);
    }

    /// Here the vocabulary holds 64 spellings: the seed articles fill it within their first
    /// lines (their later words go unnumbered) and clear it at every next article.
    #[test]
    fn full_and_cleared_vocabularies_change_no_result() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
        let mut texts: Vec<String> = (0..4).map(|i| std::fs::read_to_string(format!("{dir}/seed-00{i}.txt")).expect("seed fixture")).collect();
        texts.push("He said so. The MoD said so too.".to_string());
        let options = crate::Options::default();
        let on_own_thread = |t: &String| std::thread::scope(|s| s.spawn(|| crate::annotate(t, &options)).join().expect("no panic"));
        let expected: Vec<_> = texts.iter().map(on_own_thread).collect();
        std::thread::scope(|s| {
            s.spawn(|| {
                let generation = || with(|v| v.generation());
                let first = generation();
                for (i, t) in texts.iter().enumerate().chain(texts.iter().enumerate().rev()) {
                    assert_eq!(crate::annotate(t, &options), expected[i], "text {i}");
                }
                assert!(generation() > first, "the vocabulary was cleared");
            });
        });
    }
}
