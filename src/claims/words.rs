//! Per-token facts the clause finder asks again and again, computed once in one pass:
//! closed word class, verb and noun cue entries, capitalisation.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::lexicon::{ascii_lower, classify, lexicon, Class, NounCue, VerbCue};
use crate::segment::{Doc, TokenKind};

pub struct Words<'d> {
    pub class: Vec<Class>,
    pub verb: Vec<Option<&'static VerbCue>>,
    pub noun: Vec<Option<&'static NounCue>>,
    /// Token kinds, with the two apostrophes of a typewriter double mark ('') made quotes.
    kinds: Vec<TokenKind>,
    doc: &'d Doc<'d>,
}

impl<'d> Words<'d> {
    pub fn new(doc: &'d Doc<'d>) -> Words<'d> {
        let lex = lexicon();
        let n = doc.tokens.len();
        let mut class = Vec::with_capacity(n);
        let mut verb = Vec::with_capacity(n);
        let mut noun = Vec::with_capacity(n);
        // Facts per distinct spelling: most tokens repeat, so each word is classified once.
        type Facts = (Class, Option<&'static VerbCue>, Option<&'static NounCue>);
        let mut seen: HashMap<&'d str, Facts, BuildHasherDefault<Fnv>> = HashMap::default();
        let mut buf = [0u8; 24];
        for (i, t) in doc.tokens.iter().enumerate() {
            let facts = if t.kind != TokenKind::Word {
                (Class::Other, None, None)
            } else {
                let raw = doc.tok(i);
                *seen.entry(raw).or_insert_with(|| {
                    // "shouldn’t" is "shouldn't": the curly apostrophe is the only non-ASCII a cue word has.
                    let straight;
                    let word = if raw.contains('’') {
                        straight = raw.replace('’', "'");
                        straight.as_str()
                    } else {
                        raw
                    };
                    match ascii_lower(word, &mut buf) {
                        Some(w) => (classify(w), lex.verb(w), lex.noun(w)),
                        None => (Class::Other, None, None),
                    }
                })
            };
            class.push(facts.0);
            verb.push(facts.1);
            noun.push(facts.2);
        }
        // "He’s claiming", "it's said": after a subject pronoun the clitic is an auxiliary.
        for i in 1..n {
            if class[i - 1] == Class::SubjectPronoun && doc.tokens[i].kind == TokenKind::Word {
                let t = doc.tok(i);
                if t == "'s" || t == "’s" {
                    // "he’s claiming" is "he is"; "he’s claimed" is "he has".
                    let progressive = i + 1 < n && doc.tok(i + 1).ends_with("ing");
                    class[i] = if progressive { Class::Be } else { Class::Aux };
                }
            }
        }
        let mut kinds: Vec<TokenKind> = doc.tokens.iter().map(|t| t.kind).collect();
        for i in 0..n {
            if super::quotes::double_apostrophe(doc, i) {
                kinds[i] = TokenKind::Quote;
                kinds[i + 1] = TokenKind::Quote;
            }
        }
        Words { class, verb, noun, kinds, doc }
    }

    pub fn text(&self, i: usize) -> &'d str {
        self.doc.tok(i)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        i < self.class.len() && self.doc.tok(i).eq_ignore_ascii_case(word)
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.kinds[i]
    }

    pub fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), TokenKind::Word | TokenKind::Number)
    }

    /// Token `i` opens a line (the text's first token included).
    pub fn line_start(&self, i: usize) -> bool {
        i == 0 || self.doc.tokens.get(i).is_some_and(|t| t.newline_before)
    }

    pub fn capitalized(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Word && self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The possessive token `'s` / `’s`.
    pub fn possessive(&self, i: usize) -> bool {
        let t = self.text(i);
        t.len() > 1 && (t.starts_with('\'') || t.starts_with('’'))
    }

    pub fn punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) != TokenKind::Word && self.text(i) == p
    }

    /// A comma, semicolon, colon, dash or bracket: a clause-level break.
    pub fn is_break(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Punct
            && matches!(self.text(i), "," | ";" | ":" | "—" | "–" | "." | "!" | "?" | "(" | ")" | "[" | "]" | "…")
    }
}

/// FNV-1a: a fast hash for short words (the default SipHash guards against adversarial keys,
/// which a per-document cache does not need: its size is bounded by the text anyway).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
