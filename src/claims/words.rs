//! Per-token facts the clause finder asks again and again, computed once in one pass:
//! closed word class, verb and noun cue entries, capitalisation.

use super::lexicon::{ascii_lower, classify, lexicon, Class, NounCue, VerbCue};
use crate::segment::{Doc, TokenKind};

pub struct Words<'d> {
    pub class: Vec<Class>,
    pub verb: Vec<Option<&'static VerbCue>>,
    pub noun: Vec<Option<&'static NounCue>>,
    doc: &'d Doc<'d>,
}

impl<'d> Words<'d> {
    pub fn new(doc: &'d Doc<'d>) -> Words<'d> {
        let lex = lexicon();
        let n = doc.tokens.len();
        let mut class = Vec::with_capacity(n);
        let mut verb = Vec::with_capacity(n);
        let mut noun = Vec::with_capacity(n);
        let mut buf = [0u8; 24];
        for (i, t) in doc.tokens.iter().enumerate() {
            let raw = doc.tok(i);
            // "shouldn’t" is "shouldn't": the curly apostrophe is the only non-ASCII a cue word has.
            let straight;
            let word = if raw.contains('’') {
                straight = raw.replace('’', "'");
                straight.as_str()
            } else {
                raw
            };
            let lower = if t.kind == TokenKind::Word { ascii_lower(word, &mut buf) } else { None };
            match lower {
                Some(w) => {
                    class.push(classify(w));
                    verb.push(lex.verb(w));
                    noun.push(lex.noun(w));
                }
                None => {
                    class.push(Class::Other);
                    verb.push(None);
                    noun.push(None);
                }
            }
        }
        Words { class, verb, noun, doc }
    }

    pub fn text(&self, i: usize) -> &'d str {
        self.doc.tok(i)
    }

    pub fn is(&self, i: usize, word: &str) -> bool {
        i < self.class.len() && self.doc.tok(i).eq_ignore_ascii_case(word)
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.doc.tokens[i].kind
    }

    pub fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), TokenKind::Word | TokenKind::Number)
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
