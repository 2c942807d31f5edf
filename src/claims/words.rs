//! Per-token facts the clause finder asks again and again, computed once in one pass:
//! closed word class, verb and noun cue entries, capitalisation.

use std::cell::RefCell;
use std::ops::Index;
use std::rc::Rc;

use super::lexicon::{lexicon, Class, Facts, NounCue, VerbCue};
use super::markers::{self, Lead};
use crate::segment::{Doc, TokenKind};
use crate::spellings::vocab::Remembered;

/// Per token, the word's closed class and cue entries, read as `w.class[i]`, `w.verb[i]`,
/// `w.noun[i]`. The cue entries share one 2-byte number per token into the document's table of
/// distinct (verb cue, noun cue) pairs (a few hundred: the lexicon is small); the class,
/// read most often, has a byte of its own. Five bytes a token in three lists, and a fourth of
/// token kinds, made the claim finder's largest intermediate.
///
/// What depends on a token's text alone (its lower-case form, its capital, whether it may
/// start a cue) is worked out once per distinct spelling (`Spelled`), not at every question:
/// the rules ask such things tens of times per token.
pub struct Words<'d> {
    pub class: Vec<Class>,
    pub verb: Column<VerbCue>,
    pub noun: Column<NounCue>,
    doc: &'d Doc<'d>,
    /// Per spelling number (`doc.spellings`): its text facts.
    spelled: Vec<Spelled>,
    /// Per token: its spelling's `flags`, a byte a token. The rules ask these of nearly every
    /// token they pass: read here, a question costs one look-up instead of two (the token's
    /// spelling number, then the spelling's facts).
    flags: Vec<u8>,
    /// The lower-case forms of the spellings that have ASCII capitals, back to back.
    lowered: String,
}

/// The facts of one spelling: where its `lower` form is, `flags`, and its lexicon facts.
#[derive(Clone, Copy)]
struct Spelled {
    /// The lower-case form: a byte range of the document's text (a spelling with no ASCII
    /// capital is its own lower-case form) or, with `COPIED`, of `Words::lowered`.
    start: u32,
    end: u32,
    flags: u8,
    /// How many letters and digits the spelling holds (`markers::count_alnum`).
    alnum: u32,
    /// Its closed class in the lexicon (`Class::Other` for a token that is no word).
    class: Class,
    /// Its number in `Packed::cues` (0: no cue).
    cues: u16,
    /// The lexicon's word lists that hold it (`lexicon::lists`).
    lists: u16,
    /// A token of it may take another class than `class` from its neighbours
    /// (`class_in_context`).
    in_context: bool,
    /// The consent-notice terms whose word it holds (`boilerplate::term_words`).
    notice: u16,
}

/// `Spelled::flags`: the lower-case form is in `Words::lowered`.
const COPIED: u8 = 1;
/// `Words::flags` (per token), where `COPIED` would tell nothing: the token is a comma, the
/// mark the rules ask about most (`punct(i, ",")` at some 140 places), told without reading
/// the token or its text, which lie far apart in a long document's memory.
const COMMA: u8 = COPIED;
/// The first character is an upper-case letter.
const CAPITAL: u8 = 2;
/// Longer than one byte and opening with an apostrophe ('s, ’s).
const APOSTROPHE_LED: u8 = 4;
/// One of the marks `Words::is_break` accepts.
const BREAK_MARK: u8 = 8;
/// One of `nominal::AGENTLESS_ADVERBS` ("allegedly", …), ASCII case ignored.
const AGENTLESS: u8 = 16;
/// The clause finder's main loop does something at this token only if its spelling has this
/// flag: a dash, "as", "according", a verb or noun cue, or an agentless adverb (a superset of
/// what it asks, so that the loop can pass the other tokens at once).
const MAY_CUE: u8 = 32;

/// Two bits: how the word opens an `unverified` marker (`markers::lead`): 0 not, else
/// `LEADS[bits - 1]`.
const MARKER_LEAD_SHIFT: u8 = 6;
const LEADS: [Lead; 3] = [Lead::Itself, Lead::Evidence, Lead::Verify];

/// The per-token numbers and the pairs of cue numbers (verb, noun) they point to.
struct Packed {
    ids: Vec<u16>,
    cues: Vec<(u16, u16)>,
}

/// Numbers a document's distinct pairs of cue numbers (verb, noun) from 1 (0 is no cue).
/// Only the cues are numbered, not the class: a token whose class the context changes keeps
/// its spelling's number. Pairs of one cue are found by direct look-up (the lexicon's tables
/// are small); words that are both a verb and a noun cue (a few dozen) are searched for.
struct CueNumbers {
    pairs: Vec<(u16, u16)>,
    by_verb: Vec<u16>,
    by_noun: Vec<u16>,
}

impl CueNumbers {
    fn new(verbs: usize, nouns: usize) -> CueNumbers {
        CueNumbers { pairs: vec![(0, 0)], by_verb: vec![0; verbs], by_noun: vec![0; nouns] }
    }

    fn number(&mut self, verb: u16, noun: u16) -> u16 {
        let (v, n) = (usize::from(verb), usize::from(noun));
        let known = match (verb, noun) {
            (0, 0) => return 0,
            (_, 0) => self.by_verb[v],
            (0, _) => self.by_noun[n],
            _ => self.pairs.iter().position(|&p| p == (verb, noun)).map_or(0, |k| k as u16),
        };
        if known != 0 {
            return known;
        }
        self.pairs.push((verb, noun));
        // At most one pair per lexicon entry (`word_facts_fit_in_16_bits`).
        let k = u16::try_from(self.pairs.len() - 1).unwrap_or(0);
        match (verb, noun) {
            (_, 0) => self.by_verb[v] = k,
            (0, _) => self.by_noun[n] = k,
            _ => {}
        }
        k
    }
}

/// What the claim stage works out per distinct spelling of a document: made while the
/// document's spellings still hold their texts (`Doc::forget_spelling_texts`).
pub(crate) struct SpellingFacts {
    spelled: Vec<Spelled>,
    lowered: String,
    cues: Vec<(u16, u16)>,
}

impl SpellingFacts {
    pub(crate) fn of(doc: &Doc) -> SpellingFacts {
        let lex = lexicon();
        let mut numbers = CueNumbers::new(lex.verb_table().len(), lex.noun_table().len());
        // Facts per distinct spelling (the document numbers its spellings): most tokens repeat,
        // so each spelling is looked at once, at its first token (its lexicon facts only if it
        // is a word: numbers and marks have none; the tokens of one spelling are all words or
        // none, as the tokenizer's kind follows from the text). A token whose class the context
        // changes ("May" after a name) changes only its own class.
        let spellings = &doc.spellings;
        let mut spelled: Vec<Spelled> = Vec::with_capacity(spellings.len());
        let mut lowered = String::new();
        // Each spelling at its first token (spellings are numbered in order of first use, so
        // cue pairs are numbered in that order too).
        REMEMBERED.with(|kept| {
            let kept = &mut kept.borrow_mut();
            let (generation, numbered) = spellings.vocab();
            kept.open(generation, numbered);
            for id in 0..spellings.len() {
                spelled.push(spelling_facts_at(doc, spellings.first_token(id), &mut numbers, &mut lowered, kept));
            }
        });
        SpellingFacts { spelled, lowered, cues: numbers.pairs }
    }
}

impl<'d> Words<'d> {
    pub fn new(doc: &'d Doc<'d>) -> Words<'d> {
        Words::with_facts(doc, SpellingFacts::of(doc))
    }

    /// The per-token lists of `doc` from its spellings' `facts` (which needs no more of the
    /// spellings than their numbers).
    pub(crate) fn with_facts(doc: &'d Doc<'d>, facts: SpellingFacts) -> Words<'d> {
        let lex = lexicon();
        let SpellingFacts { spelled, lowered, cues } = facts;
        let of_tokens = doc.spellings.of_tokens();
        // Then the per-token lists, each in a walk of its own over the spelling numbers (one
        // walk writing all three kept too little in registers: most of its time went to them).
        // (Per spelling first: a comma's form is its text, never `COPIED`.)
        let is_comma = |s: &Spelled| s.flags & COPIED == 0 && doc.text.as_bytes().get(s.start as usize..s.end as usize) == Some(b",");
        let token_flags: Vec<u8> = spelled.iter().map(|s| s.flags & !COPIED | if is_comma(s) { COMMA } else { 0 }).collect();
        let flags: Vec<u8> = of_tokens.iter().map(|&id| token_flags[id as usize]).collect();
        let ids: Vec<u16> = of_tokens.iter().map(|&id| spelled[id as usize].cues).collect();
        let mut previous = None;
        let class: Vec<Class> = of_tokens
            .iter()
            .enumerate()
            .map(|(i, &id)| {
                let s = &spelled[id as usize];
                // (Most spellings keep their class everywhere: one flag says so.)
                let c = if s.in_context { context_class(doc, i, s.class, previous) } else { s.class };
                previous = Some(c);
                c
            })
            .collect();
        let packed = Rc::new(Packed { ids, cues });
        Words {
            class,
            verb: Column { packed: Rc::clone(&packed), table: lex.verb_table() },
            noun: Column { packed, table: lex.noun_table() },
            doc,
            spelled,
            flags,
            lowered,
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn spelled(&self, i: usize) -> Spelled {
        self.spelled[self.doc.spellings.of(i)]
    }

    /// The clause finder's main loop has nothing to do at token `i` unless this holds (a
    /// superset of the tokens it acts on: see `MAY_CUE`).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn may_cue(&self, i: usize) -> bool {
        self.flags[i] & MAY_CUE != 0
    }

    /// The first token of `from..to` that `may_cue`: one scan of the flags, with nothing else
    /// read for the tokens passed.
    pub fn next_may_cue(&self, from: usize, to: usize) -> Option<usize> {
        first_with(&self.flags, from, to, MAY_CUE)
    }

    /// The first token of `from..to` that `is_break`: one scan of the flags.
    pub fn next_break(&self, from: usize, to: usize) -> Option<usize> {
        let to = to.min(self.flags.len());
        let mut k = from;
        while k < to {
            k = first_with(&self.flags, k, to, BREAK_MARK)?;
            // (`kind` makes a `Punct` token a quote only when it is an apostrophe, never a break mark.)
            if self.doc.tokens[k].kind() == TokenKind::Punct {
                return Some(k);
            }
            k += 1;
        }
        None
    }

    /// How token `i` opens an `unverified` marker (`markers::lead` of its lower-case form).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn marker_lead(&self, i: usize) -> Option<Lead> {
        let bits = self.flags[i] >> MARKER_LEAD_SHIFT;
        LEADS.get(usize::from(bits).wrapping_sub(1)).copied()
    }

    /// The consent-notice terms whose word token `i` holds (`boilerplate::term_words`).
    #[inline]
    pub fn notice_terms(&self, i: usize) -> u16 {
        self.spelled(i).notice
    }

    /// How many letters and digits token `i` holds (`markers::count_alnum` of its text).
    #[inline]
    pub fn alnum(&self, i: usize) -> u32 {
        self.spelled(i).alnum
    }

    /// Token `i` is a word of one of the lexicon's `lists` (bits of `lexicon::lists`): `one_of`
    /// with that list, ASCII case ignored, worked out once per spelling.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn listed(&self, i: usize, lists: u16) -> bool {
        self.doc.spellings.get(i).is_some_and(|id| self.spelled[id].lists & lists != 0)
    }

    /// Token `i` is one of `nominal::AGENTLESS_ADVERBS`, ASCII case ignored (as `one_of` asks).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn agentless_adverb(&self, i: usize) -> bool {
        self.flags[i] & AGENTLESS != 0
    }

    // Inlined in native builds only: in WebAssembly the copies at every call cost more size
    // than they save time.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn text(&self, i: usize) -> &'d str {
        self.doc.tok(i)
    }

    /// The bytes of token `i`, if it exists.
    #[inline]
    pub fn bytes(&self, i: usize) -> Option<&'d [u8]> {
        self.doc.tokens.get(i).map(|t| &self.doc.text.as_bytes()[t.start as usize..t.end() as usize])
    }

    /// Token `i` is `word`, ASCII case ignored. The lengths are compared before any text: this
    /// runs at nearly every token, against words of other lengths.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| {
            (t.end() - t.start) as usize == word.len()
                && self.doc.text.as_bytes()[t.start as usize..t.end() as usize].eq_ignore_ascii_case(word.as_bytes())
        })
    }

    /// Token `i` with ASCII letters lower-cased, for comparing with short words (a token with
    /// capitals longer than `MAX_LOWERED` bytes reads as empty, which equals no word). Worked
    /// out once per spelling in `new`: a look-up here.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn lower(&self, i: usize) -> Lower<'_> {
        let s = self.spelled(i);
        let text = if s.flags & COPIED != 0 { self.lowered.as_str() } else { self.doc.text };
        Lower(text.get(s.start as usize..s.end as usize).unwrap_or(""))
    }

    /// The token's kind, with the two apostrophes of a typewriter double mark ('') made quotes.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn kind(&self, i: usize) -> TokenKind {
        let t = &self.doc.tokens[i];
        // A lone straight apostrophe is a `Punct` token (`segment::is_quote_char` leaves it out).
        if t.kind() != TokenKind::Punct {
            return t.kind();
        }
        let apostrophe = t.end() == t.start + 1 && self.doc.text.as_bytes()[t.start as usize] == b'\'';
        let paired = || super::quotes::double_apostrophe(self.doc, i) || (i > 0 && super::quotes::double_apostrophe(self.doc, i - 1));
        if apostrophe && paired() {
            TokenKind::Quote
        } else {
            t.kind()
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    /// A dash that stands between words, not inside one: an em or en dash, or a hyphen or
    /// double hyphen typed with a space before it ("faith - “…”", not "pro-choice").
    pub fn spaced_dash(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        t.kind() == TokenKind::Punct && match self.text(i) {
            "—" | "–" => true,
            "-" | "--" => t.space_before(),
            _ => false,
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn is_word(&self, i: usize) -> bool {
        // (The token's own kind: `kind` differs from it only in making a `Punct` token a quote,
        // and neither is a word.)
        matches!(self.doc.tokens[i].kind(), TokenKind::Word | TokenKind::Number)
    }

    /// Token `i` opens a line (the text's first token included).
    pub fn line_start(&self, i: usize) -> bool {
        i == 0 || self.doc.tokens.get(i).is_some_and(|t| t.newline_before())
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn capitalized(&self, i: usize) -> bool {
        // (`kind` differs from the token's own kind only for a `Punct` token.)
        self.flags.get(i).is_some_and(|&f| f & CAPITAL != 0) && self.doc.tokens[i].kind() == TokenKind::Word
    }

    /// The possessive token `'s` / `’s`.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn possessive(&self, i: usize) -> bool {
        self.flags.get(i).is_some_and(|&f| f & APOSTROPHE_LED != 0)
    }

    /// A personal pronoun with its auxiliary in one token ("she'd", "they’re", "I’m"): the
    /// auxiliary's letters after the apostrophe, when it is one.
    pub fn pronoun_clitic(&self, i: usize) -> Option<&'static str> {
        let t = self.lower(i);
        let t = t.as_str();
        let (p, aux) = t.split_once('\'').or_else(|| t.split_once('\u{2019}'))?;
        let personal = matches!(p, "he" | "she" | "they" | "we" | "i" | "you");
        let aux = ["re", "m", "s", "ve", "ll", "d"].into_iter().find(|&a| a == aux)?;
        personal.then_some(aux)
    }

    /// The apostrophe of a plural possessive ("voters’ support", "the Smiths' house"): an
    /// apostrophe written right after a word in -s and followed by a space and a word.
    pub fn plural_possessive(&self, i: usize) -> bool {
        let toks = &self.doc.tokens;
        let t = &toks[i];
        let mark = matches!(&self.doc.text.as_bytes()[t.start as usize..t.end() as usize], b"'" | [0xE2, 0x80, 0x99]);
        mark && i > 0
            && i + 1 < toks.len()
            && toks[i - 1].end() == t.start
            && toks[i + 1].start > t.end()
            && toks[i - 1].kind() == TokenKind::Word
            && toks[i + 1].kind() == TokenKind::Word
            && self.doc.tok(i - 1).ends_with(['s', 'S'])
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn punct(&self, i: usize, p: &str) -> bool {
        if p == "," {
            return self.flags.get(i).is_some_and(|&f| f & COMMA != 0);
        }
        // A break mark ("," most asked) is ruled out by the token's flag first: a byte a token,
        // where the token and its text lie far apart in a long document's memory.
        if is_break_mark(p.as_bytes()) && self.flags.get(i).map_or(true, |&f| f & BREAK_MARK == 0) {
            return false;
        }
        // The text is compared first: most tokens asked about are of another length.
        let t = &self.doc.tokens[i];
        (t.end() - t.start) as usize == p.len() && &self.doc.text.as_bytes()[t.start as usize..t.end() as usize] == p.as_bytes() && self.kind(i) != TokenKind::Word
    }

    /// A comma, semicolon, colon, dash or bracket: a clause-level break.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn is_break(&self, i: usize) -> bool {
        // (`kind` makes a `Punct` token a quote only when it is an apostrophe, never a break mark.)
        self.flags.get(i).is_some_and(|&f| f & BREAK_MARK != 0) && self.doc.tokens[i].kind() == TokenKind::Punct
    }
}

/// A token written `text`, of lexicon class `class`, may take another class from its
/// neighbours (`context_class`): a clitic 's, a capitalised adverb in -ly, "A" or "I", "May".
/// Asked once per spelling, so that the tokens of all other spellings skip those tests.
fn class_in_context(text: &[u8], class: Class) -> bool {
    let clitic = matches!(text, b"'s" | b"\xE2\x80\x99s");
    let ly_adverb = class == Class::Adverb && text.ends_with(b"ly") && text.first().is_some_and(u8::is_ascii_uppercase);
    clitic || ly_adverb || matches!(text, b"A" | b"I") || (class == Class::Aux && text == b"May")
}

/// The class of token `i`, whose spelling's class is `c`, after the class of the token before
/// (`previous`), where its spelling is `class_in_context`.
fn context_class(doc: &Doc, i: usize, mut c: Class, previous: Option<Class>) -> Class {
    let n = doc.tokens.len();
    let t = &doc.tokens[i];
    // "He’s claiming", "it's said": after a subject pronoun the clitic is an auxiliary.
    if previous == Some(Class::SubjectPronoun) && t.kind() == TokenKind::Word {
        let t = doc.tok(i);
        if t == "'s" || t == "’s" {
            // "he’s claiming" is "he is"; "he’s claimed" is "he has".
            let progressive = i + 1 < n && doc.tok(i + 1).ends_with("ing");
            c = if progressive { Class::Be } else { Class::Aux };
        }
    }
    // Asked only of the few tokens the tests below single out.
    let after_capital = || i > 0 && doc.tok(i - 1).starts_with(|c: char| c.is_uppercase());
    // "Carly", "Donnelly": a capitalised word in -ly is a name, not an adverb, unless a
    // comma follows it ("Separately, …"); after a capitalised word it is a surname even
    // then ("said Joe Donnelly, the senator").
    let ly_name = c == Class::Adverb && doc.tok(i).ends_with("ly") && doc.tok(i).starts_with(|c: char| c.is_ascii_uppercase()) && (!(i + 1 < n && doc.tok(i + 1) == ",") || after_capital());
    // "Jock A. Finlayson": a middle initial "A." or "I." between capitalised words is part
    // of the name, not an article or a pronoun.
    let initial = t.end() - t.start == 1 && matches!(doc.text.as_bytes()[t.start as usize], b'A' | b'I') && i + 2 < n && doc.tok(i + 1) == "." && doc.tok(i + 2).starts_with(|c: char| c.is_uppercase()) && after_capital();
    // "Theresa May said": after a capitalised word, "May" is a name, not a modal.
    let may_name = c == Class::Aux && t.end() - t.start == 3 && doc.tok(i) == "May" && after_capital();
    if ly_name || may_name || initial {
        c = Class::Other;
    }
    c
}

/// The first of `flags[from..to]` with a bit of `mask`, read eight at a time: the scans look
/// for flags that most tokens lack, so most reads pass eight tokens with one test. A read may
/// run past `to` (a hit there is no answer, and none came before it), so that short ranges
/// (a sentence's tokens) need no flag-by-flag loop for their last few.
fn first_with(flags: &[u8], from: usize, to: usize, mask: u8) -> Option<usize> {
    let masks = u64::from_ne_bytes([mask; 8]);
    let to = to.min(flags.len());
    let mut k = from;
    while k < to {
        // (Little-endian: the first flag is the lowest byte, so the lowest bit set is in it.)
        let hits = eight_flags(flags, k) & masks;
        if hits != 0 {
            let hit = k + hits.trailing_zeros() as usize / 8;
            return (hit < to).then_some(hit);
        }
        k += 8;
    }
    None
}

/// `flags[k..k + 8]` as a little-endian number, zeros past the end.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn eight_flags(flags: &[u8], k: usize) -> u64 {
    let mut eight = [0u8; 8];
    match flags.get(k..k + 8) {
        Some(chunk) => eight.copy_from_slice(chunk),
        None => {
            let rest = &flags[k..];
            eight[..rest.len()].copy_from_slice(rest);
        }
    }
    u64::from_le_bytes(eight)
}

/// A token's lower-case form (ASCII letters lower-cased): see `Words::lower`.
pub struct Lower<'w>(&'w str);

impl<'w> Lower<'w> {
    pub fn as_str(&self) -> &'w str {
        self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.0
    }
}

/// Longest spelling with ASCII capitals given a lower-case form (`Words::lower`).
const MAX_LOWERED: usize = 32;

/// What the finder works out from a spelling's text alone (kept by vocabulary number): its
/// `Spelled` facts but the place of its lower-case form and the document's number of its cues.
#[derive(Clone, Copy, Default)]
struct TextFacts {
    /// `Spelled::flags`, without `COPIED`.
    flags: u8,
    alnum: u32,
    class: Class,
    /// Its cue entries' numbers in the lexicon (0: none).
    verb: u16,
    noun: u16,
    lists: u16,
    in_context: bool,
    notice: u16,
    /// It holds an ASCII capital: its lower-case form is a copy.
    upper: bool,
}

thread_local! {
    /// `TextFacts` by vocabulary number (`spellings::vocab`): a spelling met in an earlier
    /// document is not worked out again.
    static REMEMBERED: RefCell<Remembered<TextFacts>> = const { RefCell::new(Remembered::new()) };
}

/// The facts of the spelling of token `i`, seen for the first time: its text facts (remembered
/// in `kept` or worked out by `text_facts` and kept there), its lower-case form (copied into
/// `lowered` when it differs from the text) and its cue pair numbered in `numbers`.
fn spelling_facts_at(doc: &Doc, i: usize, numbers: &mut CueNumbers, lowered: &mut String, kept: &mut Remembered<TextFacts>) -> Spelled {
    let token = &doc.tokens[i];
    let number = doc.spellings.vocab_number(doc.spellings.of(i));
    let f = kept.get(number).unwrap_or_else(|| {
        let f = text_facts(doc, i);
        kept.keep(number, f);
        f
    });
    let (mut start, mut end, mut flags) = (token.start, token.end(), f.flags);
    if f.upper {
        (start, end) = if token.end() - token.start > MAX_LOWERED as u32 {
            (0, 0)
        } else {
            // Lower-casing ASCII letters keeps UTF-8 valid and the length.
            let at = lowered.len();
            lowered.push_str(doc.tok(i));
            lowered[at..].make_ascii_lowercase();
            // (The arena holds at most the text's length: its offsets fit as the text's do.)
            (at as u32, lowered.len() as u32)
        };
        flags |= COPIED;
    }
    let cues = numbers.number(f.verb, f.noun);
    Spelled { start, end, flags, alnum: f.alnum, class: f.class, cues, lists: f.lists, in_context: f.in_context, notice: f.notice }
}

/// The text facts of the spelling of token `i`.
fn text_facts(doc: &Doc, i: usize) -> TextFacts {
    let token = &doc.tokens[i];
    // Read as bytes: slicing the text as a string checks both ends for a character boundary,
    // and only the rare questions of non-ASCII characters need one (`doc.tok` then).
    let t = &doc.text.as_bytes()[token.start as usize..token.end() as usize];
    // One pass over the bytes for its capitals and its letters and digits (counted again, with
    // decoding, only for a spelling with other characters than ASCII).
    let (mut seen, mut alnum) = (0u8, 0u32);
    for &b in t {
        let class = BYTE_CLASS[usize::from(b)];
        seen |= class;
        alnum += u32::from(class & ALNUM_BYTE);
    }
    let upper = seen & UPPER_BYTE != 0;
    if seen & OTHER_BYTE != 0 {
        // (A token is shorter than the text, whose offsets fit in 32 bits.)
        alnum = markers::count_alnum(doc.tok(i)) as u32;
    }
    // The lower-case form (`Words::lower`): none for a long one with capitals.
    let mut buffer = [0u8; MAX_LOWERED];
    let lower = match buffer.get_mut(..t.len()) {
        _ if !upper => t,
        Some(copy) => {
            copy.copy_from_slice(t);
            copy.make_ascii_lowercase();
            copy
        }
        None => b"",
    };
    let mut flags = 0;
    let capital = match t.first() {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => doc.tok(i).chars().next().is_some_and(char::is_uppercase),
        None => false,
    };
    if capital {
        flags |= CAPITAL;
    }
    // (E2 80 99 is ’.)
    if t.len() > 1 && (t[0] == b'\'' || t.starts_with(b"\xE2\x80\x99")) {
        flags |= APOSTROPHE_LED;
    }
    if is_break_mark(t) {
        flags |= BREAK_MARK;
    }
    if let Some(lead) = markers::lead(lower) {
        let bits = LEADS.iter().position(|&x| x == lead).map_or(0, |p| p as u8 + 1);
        flags |= bits << MARKER_LEAD_SHIFT;
    }
    let agentless = super::nominal::AGENTLESS_ADVERBS.iter().any(|x| x.len() == t.len() && t.eq_ignore_ascii_case(x.as_bytes()));
    if agentless {
        flags |= AGENTLESS;
    }
    // What the clause finder's loop looks for besides cue entries (`MAY_CUE`): ― — – (E2 80 95,
    // 94, 93), "as", "according".
    if agentless || matches!(t, b"\xE2\x80\x95" | b"\xE2\x80\x94" | b"\xE2\x80\x93") || t.eq_ignore_ascii_case(b"as") || t.eq_ignore_ascii_case(b"according") {
        flags |= MAY_CUE;
    }
    let (mut class, mut verb, mut noun, mut lists) = (Class::Other, 0, 0, 0);
    if token.kind() == TokenKind::Word {
        let id = doc.spellings.of(i);
        let listed;
        (class, verb, noun, listed) = lexicon_facts(doc, i, id);
        if verb != 0 || noun != 0 {
            flags |= MAY_CUE;
        }
        // The lists are compared with the token as written, ASCII case ignored (`one_of`): a
        // spelling with other characters is in none of them, even when its lexicon form
        // ("don’t" as "don't") is.
        lists = if doc.spellings.is_ascii(id) { listed } else { 0 };
    }
    let in_context = class_in_context(t, class);
    let notice = super::boilerplate::term_words(t);
    TextFacts { flags, alnum, class, verb, noun, lists, in_context, notice, upper }
}

/// The cue facts of the spelling of token `i` (number `id`): its class and cue entries.
fn lexicon_facts(doc: &Doc, i: usize, id: usize) -> Facts {
    // "shouldn’t" is "shouldn't": the curly apostrophe is the only non-ASCII a cue word has
    // (other non-ASCII words are never cues). The spelling's form is the word ASCII-lowercased
    // with ’ as ' then; longer words are never cues either.
    let form = doc.spellings.form_of(id);
    // (The token's own text is read only when it is not ASCII.)
    let cue_like = doc.spellings.is_ascii(id) || doc.tok(i).chars().all(|c| c.is_ascii() || c == '’');
    if cue_like && form.len() <= 24 {
        lexicon().facts(form)
    } else {
        (Class::Other, 0, 0, 0)
    }
}

/// Marks are a character long (at most three bytes), the words longer: , ; : — – . ! ? ( ) [ ] …
/// (`BREAK_MARK`; inlined so that a test of a literal folds away).
#[inline(always)]
fn is_break_mark(t: &[u8]) -> bool {
    t.len() <= 3 && matches!(t, b"," | b";" | b":" | b"\xE2\x80\x94" | b"\xE2\x80\x93" | b"." | b"!" | b"?" | b"(" | b")" | b"[" | b"]" | b"\xE2\x80\xA6")
}

/// `BYTE_CLASS` bits: an ASCII letter or digit, an ASCII capital, a byte of a non-ASCII character.
const ALNUM_BYTE: u8 = 1;
const UPPER_BYTE: u8 = 2;
const OTHER_BYTE: u8 = 4;
const BYTE_CLASS: [u8; 256] = {
    let mut table = [OTHER_BYTE; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_uppercase() { ALNUM_BYTE | UPPER_BYTE } else if c.is_ascii_alphanumeric() { ALNUM_BYTE } else { 0 };
        b += 1;
    }
    table
};

/// One of `Words`' per-token columns, indexed like a `Vec`: the class, or the verb or noun cue
/// entry (an index into the lexicon's table of entries, built once and shared by every document).
pub struct Column<T: 'static> {
    packed: Rc<Packed>,
    table: &'static [Option<&'static T>],
}

impl<T: 'static> Column<T> {
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn cues(&self, i: usize) -> (u16, u16) {
        self.packed.cues[usize::from(self.packed.ids[i])]
    }
}

impl Index<usize> for Column<VerbCue> {
    type Output = Option<&'static VerbCue>;

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn index(&self, i: usize) -> &Self::Output {
        &self.table[usize::from(self.cues(i).0)]
    }
}

impl Index<usize> for Column<NounCue> {
    type Output = Option<&'static NounCue>;

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn index(&self, i: usize) -> &Self::Output {
        &self.table[usize::from(self.cues(i).1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `punct(i, ",")` reads the per-token comma bit; every other mark reads the token. Both
    /// agree with the token's text, next to spellings whose form is copied (capitals, as "A"
    /// and "Z" here, whose copied form's offsets point into another buffer).
    #[test]
    fn punct_tells_commas_by_their_bit() {
        let text = "A, Z ,said B,C . , ,, \"x,\" ‚ ، ， , A";
        let doc = Doc::new(text);
        let w = Words::new(&doc);
        for i in 0..doc.tokens.len() {
            for p in [",", ".", "\""] {
                assert_eq!(w.punct(i, p), doc.tok(i) == p, "{i} {:?} {p}", doc.tok(i));
            }
        }
        assert!((0..doc.tokens.len()).filter(|&i| w.punct(i, ",")).count() >= 6);
    }

    /// "according" opens "according to" and is no verb or noun cue in any case: the clause
    /// finder reads its token only for words without a cue entry (`Finder::has_cue`).
    #[test]
    fn according_has_no_cue_entry() {
        let doc = Doc::new("according According ACCORDING accords accorded");
        let w = Words::new(&doc);
        for i in 0..3 {
            assert!(w.verb[i].is_none() && w.noun[i].is_none(), "{}", w.text(i));
            assert!(w.is(i, "according"));
        }
    }

    /// `Cues` numbers a document's cue entries in 16 bits: the lexicon must stay far below that
    /// (each data line gives a lemma and at most a handful of inflected forms).
    #[test]
    fn lexicon_fits_cue_numbers() {
        let lines = [
            include_str!("../../data/cues/verbs.tsv"),
            include_str!("../../data/cues/nouns.tsv"),
        ]
        .iter()
        .map(|d| d.lines().count())
        .sum::<usize>();
        assert!(lines * 16 < usize::from(u16::MAX), "{lines} cue lines");
    }

    /// The facts read from a spelling's bytes: marker leads (curly apostrophe, capitals), marks,
    /// capitals and the words the clause finder stops at.
    #[test]
    fn spelling_facts_from_bytes() {
        let doc = Doc::new("They COULDN’T verify it — Unverified, can't confirm; ’Allegedly’ as According Éric …");
        let w = Words::new(&doc);
        let at = |word: &str| doc.tokens.iter().position(|t| t.text(doc.text) == word).unwrap();
        assert_eq!(w.marker_lead(at("COULDN’T")), Some(Lead::Verify));
        assert_eq!(w.marker_lead(at("can't")), Some(Lead::Verify));
        assert_eq!(w.marker_lead(at("Unverified")), Some(Lead::Itself));
        assert_eq!(w.marker_lead(at("verify")), None);
        assert!(w.is_break(at("—")) && w.is_break(at(";")) && w.is_break(at("…")) && !w.is_break(at("’")));
        assert!(w.capitalized(at("Éric")) && w.capitalized(at("They")) && !w.capitalized(at("verify")));
        assert!(w.may_cue(at("—")) && w.may_cue(at("as")) && w.may_cue(at("According")) && w.agentless_adverb(at("Allegedly")));
        assert_eq!(w.lower(at("COULDN’T")).as_str(), "couldn’t");
    }

    /// The scans find the first token the per-token tests accept, within the range only.
    #[test]
    fn scans_agree_with_token_tests() {
        let doc = Doc::new("Officials said, as expected — and according to (a) report; it's ''odd'' … he added");
        let w = Words::new(&doc);
        let n = doc.tokens.len();
        for from in 0..n + 2 {
            for to in 0..n + 2 {
                let range = from..to.min(n);
                assert_eq!(w.next_break(from, to), range.clone().find(|&i| w.is_break(i)), "{from} {to}");
                assert_eq!(w.next_may_cue(from, to), range.clone().find(|&i| w.may_cue(i)), "{from} {to}");
            }
        }
    }

    /// Eight at a time, the first flag with a bit of the mask is the one a flag-by-flag scan finds.
    #[test]
    fn first_with_reads_like_one_at_a_time() {
        let flags: Vec<u8> = (0..40u32).map(|k| [0, 1, 4, 0, 0, 32, 0, 2, 0, 0, 0, 36, 0][(k * 7 % 13) as usize]).collect();
        for mask in [1u8, 2, 4, 32, 36, 64] {
            for from in 0..flags.len() + 2 {
                for to in 0..flags.len() + 2 {
                    let scan = (from..to.min(flags.len())).find(|&k| flags[k] & mask != 0);
                    assert_eq!(first_with(&flags, from, to, mask), scan, "{mask} {from} {to}");
                }
            }
        }
    }

    #[test]
    fn cues_index_like_a_list() {
        let doc = Doc::new("Officials said the claim was denied, he added.");
        let w = Words::new(&doc);
        let verbs: Vec<&str> = (0..doc.tokens.len()).filter(|&i| w.verb[i].is_some()).map(|i| doc.tok(i)).collect();
        assert!(verbs.contains(&"said") && verbs.contains(&"added") && !verbs.contains(&"Officials"));
        assert!(w.noun[doc.tokens.iter().position(|t| t.text(doc.text) == "claim").unwrap()].is_some());
        // One table entry per distinct cue, shared by its tokens.
        assert!(std::ptr::eq(w.verb[1].unwrap(), lexicon().verb("said").unwrap()));
    }
}
