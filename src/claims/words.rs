//! Per-token facts the clause finder asks again and again, computed once in one pass:
//! closed word class, verb and noun cue entries, capitalisation.

use std::ops::Index;
use std::rc::Rc;

use super::lexicon::{lexicon, Class, Facts, NounCue, VerbCue};
use crate::entities::FastMap;
use crate::segment::{Doc, TokenKind};

/// Per token, the word's closed class and cue entries, read as `w.class[i]`, `w.verb[i]`,
/// `w.noun[i]`. The cue entries share one 2-byte number per token into the document's table of
/// distinct (class, verb cue, noun cue) triples (a few hundred: the lexicon is small); the class,
/// read most often, has a byte of its own. Five bytes a token in three lists, and a fourth of
/// token kinds, made the claim finder's largest intermediate.
pub struct Words<'d> {
    pub class: Vec<Class>,
    pub verb: Column<VerbCue>,
    pub noun: Column<NounCue>,
    doc: &'d Doc<'d>,
}

/// The per-token numbers and the triples they point to.
struct Packed {
    ids: Vec<u16>,
    facts: Vec<Facts>,
}

impl<'d> Words<'d> {
    pub fn new(doc: &'d Doc<'d>) -> Words<'d> {
        let lex = lexicon();
        let n = doc.tokens.len();
        let mut ids: Vec<u16> = Vec::with_capacity(n);
        let mut class: Vec<Class> = Vec::with_capacity(n);
        // Triple 0 is a word with no class and no cue (and every non-word).
        let none: Facts = (Class::Other, 0, 0);
        let mut facts: Vec<Facts> = vec![none];
        let mut numbers: FastMap<Facts, u16> = FastMap::default();
        numbers.insert(none, 0);
        let mut number = |f: Facts| -> u16 {
            *numbers.entry(f).or_insert_with(|| {
                facts.push(f);
                // At most one triple per lexicon entry and class (`lexicon_fits_cue_numbers`).
                u16::try_from(facts.len() - 1).unwrap_or(0)
            })
        };
        // Facts per distinct spelling (the document numbers its spellings): most tokens repeat,
        // so each word is classified once. `None` until a word token of that spelling asks.
        let spellings = &doc.spellings;
        let mut seen: Vec<Option<Facts>> = vec![None; spellings.len()];
        let mut previous = Class::Other;
        for (i, t) in doc.tokens.iter().enumerate() {
            let mut f = if t.kind != TokenKind::Word {
                none
            } else {
                let id = spellings.of(i);
                *seen[id].get_or_insert_with(|| {
                    // "shouldn’t" is "shouldn't": the curly apostrophe is the only non-ASCII a cue
                    // word has (other non-ASCII words are never cues). The spelling's form is the
                    // word ASCII-lowercased with ’ as ' then; longer words are never cues either.
                    let raw = doc.tok(i);
                    let form = spellings.form_of(id);
                    let cue_like = raw.is_ascii() || raw.chars().all(|c| c.is_ascii() || c == '’');
                    if cue_like && form.len() <= 24 { lex.facts(form) } else { none }
                })
            };
            // "He’s claiming", "it's said": after a subject pronoun the clitic is an auxiliary.
            if previous == Class::SubjectPronoun && t.kind == TokenKind::Word {
                let t = doc.tok(i);
                if t == "'s" || t == "’s" {
                    // "he’s claiming" is "he is"; "he’s claimed" is "he has".
                    let progressive = i + 1 < n && doc.tok(i + 1).ends_with("ing");
                    f.0 = if progressive { Class::Be } else { Class::Aux };
                }
            }
            let after_capital = i > 0 && doc.tok(i - 1).starts_with(|c: char| c.is_uppercase());
            // "Carly", "Donnelly": a capitalised word in -ly is a name, not an adverb, unless a
            // comma follows it ("Separately, …"); after a capitalised word it is a surname even
            // then ("said Joe Donnelly, the senator").
            let ly_name = f.0 == Class::Adverb && doc.tok(i).ends_with("ly") && doc.tok(i).starts_with(|c: char| c.is_ascii_uppercase()) && (!(i + 1 < n && doc.tok(i + 1) == ",") || after_capital);
            // "Jock A. Finlayson": a middle initial "A." or "I." between capitalised words is part
            // of the name, not an article or a pronoun.
            let initial = matches!(doc.tok(i), "A" | "I") && after_capital && i + 2 < n && doc.tok(i + 1) == "." && doc.tok(i + 2).starts_with(|c: char| c.is_uppercase());
            // "Theresa May said": after a capitalised word, "May" is a name, not a modal.
            let may_name = f.0 == Class::Aux && doc.tok(i) == "May" && after_capital;
            if ly_name || may_name || initial {
                f.0 = Class::Other;
            }
            previous = f.0;
            class.push(f.0);
            ids.push(if f == none { 0 } else { number(f) });
        }
        let packed = Rc::new(Packed { ids, facts });
        Words {
            class,
            verb: Column { packed: Rc::clone(&packed), table: lex.verb_table() },
            noun: Column { packed, table: lex.noun_table() },
            doc,
        }
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
        self.doc.tokens.get(i).map(|t| &self.doc.text.as_bytes()[t.start as usize..t.end as usize])
    }

    /// Token `i` is `word`, ASCII case ignored. The lengths are compared before any text: this
    /// runs at nearly every token, against words of other lengths.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| {
            (t.end - t.start) as usize == word.len()
                && self.doc.text.as_bytes()[t.start as usize..t.end as usize].eq_ignore_ascii_case(word.as_bytes())
        })
    }

    /// Token `i` with ASCII letters lower-cased, without an allocation: for comparing with short
    /// words (a token with capitals longer than `Lower`'s buffer reads as empty, which equals no
    /// word). Most tokens are lower-case already and are borrowed as they are.
    pub fn lower(&self, i: usize) -> Lower<'d> {
        let t = self.text(i);
        // An ASCII spelling's lowercase form is already in the document's spellings.
        let spellings = &self.doc.spellings;
        let id = spellings.of(i);
        if spellings.is_ascii(id) && t.len() <= 32 {
            return Lower::Borrowed(spellings.form_of(id));
        }
        if !t.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lower::Borrowed(t);
        }
        let mut buf = [0u8; 32];
        if t.len() > buf.len() {
            return Lower::Borrowed("");
        }
        for (d, s) in buf.iter_mut().zip(t.as_bytes()) {
            *d = s.to_ascii_lowercase();
        }
        Lower::Copied(buf, t.len() as u8)
    }

    /// The token's kind, with the two apostrophes of a typewriter double mark ('') made quotes.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn kind(&self, i: usize) -> TokenKind {
        let t = &self.doc.tokens[i];
        // A lone straight apostrophe is a `Punct` token (`segment::is_quote_char` leaves it out).
        if t.kind != TokenKind::Punct {
            return t.kind;
        }
        let apostrophe = t.end == t.start + 1 && self.doc.text.as_bytes()[t.start as usize] == b'\'';
        let paired = || super::quotes::double_apostrophe(self.doc, i) || (i > 0 && super::quotes::double_apostrophe(self.doc, i - 1));
        if apostrophe && paired() {
            TokenKind::Quote
        } else {
            t.kind
        }
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

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn punct(&self, i: usize, p: &str) -> bool {
        let t = &self.doc.tokens[i];
        self.kind(i) != TokenKind::Word && (t.end - t.start) as usize == p.len() && self.text(i) == p
    }

    /// A comma, semicolon, colon, dash or bracket: a clause-level break.
    pub fn is_break(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Punct
            && matches!(self.text(i), "," | ";" | ":" | "—" | "–" | "." | "!" | "?" | "(" | ")" | "[" | "]" | "…")
    }
}

/// A token lower-cased (ASCII letters only), borrowed or on the stack: see `Words::lower`.
pub enum Lower<'d> {
    Borrowed(&'d str),
    Copied([u8; 32], u8),
}

impl Lower<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(t) => t,
            // Lower-casing ASCII bytes keeps UTF-8 valid.
            Lower::Copied(buf, len) => std::str::from_utf8(&buf[..usize::from(*len)]).unwrap_or(""),
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// One of `Words`' per-token columns, indexed like a `Vec`: the class, or the verb or noun cue
/// entry (an index into the lexicon's table of entries, built once and shared by every document).
pub struct Column<T: 'static> {
    packed: Rc<Packed>,
    table: &'static [Option<&'static T>],
}

impl<T: 'static> Column<T> {
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn facts(&self, i: usize) -> &Facts {
        &self.packed.facts[usize::from(self.packed.ids[i])]
    }
}

impl Index<usize> for Column<VerbCue> {
    type Output = Option<&'static VerbCue>;

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn index(&self, i: usize) -> &Self::Output {
        &self.table[usize::from(self.facts(i).1)]
    }
}

impl Index<usize> for Column<NounCue> {
    type Output = Option<&'static NounCue>;

    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    fn index(&self, i: usize) -> &Self::Output {
        &self.table[usize::from(self.facts(i).2)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
