//! Quotation structure of a document: which tokens are inside which quotation.
//!
//! One pass over the tokens pairs double quotation marks into chains. A chain is one quotation,
//! possibly over several paragraphs: British style re-opens each paragraph with “ and closes only
//! at the end, and a short junk line ("Advertisement") may interrupt it; each paragraph is one
//! segment. An opening mark with no closing mark ends at its paragraph's end, so an unbalanced
//! mark never swallows the rest of the article. Single quotation marks are recorded for `kind`
//! only (an apostrophe ’ closes only when a ‘ is open).

use std::borrow::Cow;

use crate::segment::{Doc, Sentence, Token, TokenKind};

pub const NONE: u32 = u32::MAX;

/// One quotation: tokens `first..=last`, split into paragraph segments.
#[derive(Clone, Debug)]
pub struct Chain {
    pub first: usize,
    pub last: usize,
    /// Token ranges `(first, last)` inclusive, one per paragraph.
    pub segments: Vec<(usize, usize)>,
    /// A closing mark was found.
    pub closed: bool,
}

impl Chain {
    /// The segment that opens at token `tok`. Segments are in text order, and a quotation left
    /// open can run over thousands of paragraphs: a binary search keeps the look-up logarithmic.
    pub fn segment_opening_at(&self, tok: usize) -> Option<(usize, usize)> {
        self.segments.binary_search_by_key(&tok, |s| s.0).ok().map(|i| self.segments[i])
    }
}

pub struct Quotes {
    /// For each token, the chain it belongs to (marks included), or `NONE`.
    pub inside: Vec<u32>,
    pub chains: Vec<Chain>,
    /// Byte ranges `[open mark start, close mark end)` of every quotation segment, double and
    /// single, sorted by start: what `kind` counts as quoted.
    pub marks: Vec<(usize, usize)>,
}

/// A chain being built: first token, start of the current segment, finished segments.
type OpenChain = (usize, usize, Vec<(usize, usize)>);

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Open,
    Close,
    /// A straight mark: its role depends on what is open.
    Either,
}

fn double_mark(t: &str) -> Option<Mark> {
    match t {
        "“" | "„" | "«" | "‟" => Some(Mark::Open),
        "”" | "»" => Some(Mark::Close),
        "\"" => Some(Mark::Either),
        _ => None,
    }
}

fn single_mark(t: &str) -> Option<Mark> {
    match t {
        "‘" | "‹" | "‚" | "‛" => Some(Mark::Open),
        "’" | "›" => Some(Mark::Close),
        "'" => Some(Mark::Either),
        _ => None,
    }
}

impl Quotes {
    pub fn find(doc: &Doc) -> Quotes {
        let toks = &doc.tokens;
        let mut chains: Vec<Chain> = Vec::new();
        let mut marks = Vec::new();
        // The open chain: (first token, current segment start, segments so far).
        let mut open: Option<OpenChain> = None;
        let mut single_open: Option<usize> = None;
        let mut i = 0;
        while i < toks.len() {
            // Most tokens open no line and are no quotation mark or apostrophe: passed in one
            // tight scan.
            let plain = |t: &Token| !t.newline_before() && t.kind() != TokenKind::Quote && t.end() != t.start + 1;
            i += toks[i..].iter().position(|t| !plain(t)).unwrap_or(toks.len() - i);
            let Some(t) = toks.get(i) else { break };
            if t.newline_before() && i > 0 {
                single_open = None;
                if let Some((first, seg, mut segs)) = open.take() {
                    segs.push((seg, i - 1));
                    match continuation(doc, i) {
                        Some(reopen) => {
                            open = Some((first, reopen, segs));
                            i = reopen + 1;
                            continue;
                        }
                        None => chains.push(Chain { first, last: i - 1, segments: segs, closed: false }),
                    }
                }
            }
            // Two glued apostrophes ('') are one straight double mark (typewriter style of some
            // news archives); `i` is its first token and `last` its last.
            // (Most tokens are no apostrophe: one byte tells.)
            let mut pair = t.end() == t.start + 1 && doc.text.as_bytes()[t.start as usize] == b'\'' && double_apostrophe(doc, i);
            // "''… 'a special case,''' he said": three glued apostrophes in an open quotation
            // close the inner single quotation first, then the double one (the last two).
            if pair && open.is_some() && double_apostrophe(doc, i + 1) {
                pair = false;
            }
            if t.kind() != TokenKind::Quote && !pair {
                i += 1;
                continue;
            }
            let text = if pair { "\"" } else { doc.tok(i) };
            let last = if pair { i + 1 } else { i };
            if let Some(mark) = double_mark(text) {
                let opens = match mark {
                    // An opening mark typed for the closing one: glued to the end of the quoted
                    // words and followed by a space or line end (",“ said Lee").
                    Mark::Open => !(open.is_some() && closes_like(doc, i, last)),
                    // A closing mark typed at the start of a paragraph ("”Fear. I am afraid …”
                    // ― A reader", "” … what we learned is …,” he said") opens the quotation:
                    // nothing is open there for it to close. Only a mark alone on its line
                    // stays stray.
                    Mark::Close => open.is_none() && (i == 0 || t.newline_before()) && same_line_after(doc, last),
                    Mark::Either => open.is_none() && looks_opening(doc, i, last),
                };
                match (&mut open, opens) {
                    (None, true) => open = Some((i, i, Vec::new())),
                    (Some(_), false) => {
                        let (first, seg, mut segs) = open.take().expect("open chain");
                        segs.push((seg, last));
                        chains.push(Chain { first, last, segments: segs, closed: true });
                    }
                    (Some(_), true) => {
                        // A second opening mark in the same paragraph: the first was stray.
                        let (first, seg, mut segs) = open.take().expect("open chain");
                        segs.push((seg, i - 1));
                        chains.push(Chain { first, last: i - 1, segments: segs, closed: false });
                        open = Some((i, i, Vec::new()));
                    }
                    (None, false) => {} // a stray closing mark
                }
                i = last + 1;
                continue;
            } else if let Some(mark) = single_mark(text) {
                match (single_open, mark) {
                    (None, Mark::Open) => single_open = Some(i),
                    (None, Mark::Either) if looks_opening(doc, i, i) => single_open = Some(i),
                    (Some(o), Mark::Close | Mark::Either) => {
                        marks.push((toks[o].start as usize, t.end() as usize));
                        single_open = None;
                    }
                    _ => {}
                }
            }
            i += 1;
        }
        if let Some((first, seg, mut segs)) = open.take() {
            segs.push((seg, toks.len() - 1));
            chains.push(Chain { first, last: toks.len() - 1, segments: segs, closed: false });
        }
        let mut inside = vec![NONE; toks.len()];
        for (ci, c) in chains.iter().enumerate() {
            for &(a, b) in &c.segments {
                for slot in &mut inside[a..=b] {
                    *slot = ci as u32;
                }
                marks.push((toks[a].start as usize, toks[b].end() as usize));
            }
        }
        crate::sort::sort(&mut marks);
        Quotes { inside, chains, marks }
    }

    pub fn chain_at(&self, tok: usize) -> Option<&Chain> {
        match self.inside.get(tok) {
            Some(&c) if c != NONE => self.chains.get(c as usize),
            _ => None,
        }
    }

    /// Is token `tok` inside a quotation, with words of it before `tok` in its paragraph
    /// ("“… and I think …”", not "“I think …”")?
    pub fn inside_after_words(&self, tok: usize) -> bool {
        let Some(chain) = self.chain_at(tok) else { return false };
        // The segment holding `tok`: the last that opens at or before it.
        let i = chain.segments.partition_point(|s| s.0 <= tok);
        i > 0 && chain.segments[i - 1].1 >= tok && chain.segments[i - 1].0 + 1 < tok
    }

    /// Does a quotation open at token `tok`?
    pub fn opens_at(&self, tok: usize) -> Option<&Chain> {
        self.chain_at(tok).filter(|c| c.segment_opening_at(tok).is_some())
    }
}

/// The document's sentences, split again where a sentence end mark is followed by a quotation
/// that the tokenizer's sentence splitter did not see as one ("… group. ''It's …''": typewriter
/// marks are not quotation tokens to it). One pass; the document's own list is borrowed when
/// nothing splits (most texts), and copied otherwise.
pub fn resplit_sentences<'d>(doc: &'d Doc, q: &Quotes) -> Cow<'d, [Sentence]> {
    // A sentence whose own part so far starts at `first` splits before token `k`.
    let splits_at = |first: usize, k: usize| {
        let opens = q.inside[k] != NONE && q.chains[q.inside[k] as usize].first == k && doc.tokens[k].space_before();
        opens && k > first + 1 && matches!(doc.tok(k - 1), "." | "?" | "!")
    };
    // A split is only ever at a chain's first token: the chains are asked, each in the sentence
    // that holds it, rather than every token of every sentence. Chains and sentences both run
    // in text order, so one walk along the sentences finds each chain's (a binary search per
    // chain read a long text's sentences far out of the caches, issue #7).
    let sentences = &doc.sentences;
    let mut at = 0;
    let mut sentence_of = |k: usize| {
        if at > 0 && sentences[at - 1].end > k {
            // (Out of order: searched for.)
            at = sentences.partition_point(|s| s.end <= k);
        }
        while at < sentences.len() && sentences[at].end <= k {
            at += 1;
        }
        sentences.get(at).filter(|s| s.first <= k)
    };
    if !q.chains.iter().any(|c| sentence_of(c.first).is_some_and(|s| c.first > s.first && splits_at(s.first, c.first))) {
        return Cow::Borrowed(&doc.sentences);
    }
    let mut out = Vec::with_capacity(doc.sentences.len());
    for s in &doc.sentences {
        let mut first = s.first;
        for k in s.first + 1..s.end {
            if splits_at(first, k) {
                out.push(Sentence { first, end: k, paragraph: s.paragraph });
                first = k;
            }
        }
        out.push(Sentence { first, end: s.end, paragraph: s.paragraph });
    }
    Cow::Owned(out)
}

/// Two apostrophes with nothing between them, standing for a double quotation mark.
pub fn double_apostrophe(doc: &Doc, i: usize) -> bool {
    // Byte checks: this runs at every token.
    let apostrophe = |t: &Token| t.end() == t.start + 1 && doc.text.as_bytes()[t.start as usize] == b'\'';
    match (doc.tokens.get(i), doc.tokens.get(i + 1)) {
        (Some(a), Some(b)) => apostrophe(a) && apostrophe(b) && b.start == a.end(),
        _ => false,
    }
}

/// A straight mark (tokens `i..=last`) opens when it is glued to the word after it, not to the
/// word before.
/// The mark at `i..=last` is glued to the word or punctuation before it and followed by a
/// space, a line break or the end of the text: the shape of a closing mark.
fn closes_like(doc: &Doc, i: usize, last: usize) -> bool {
    let t = &doc.tokens[i];
    let glued_before = i > 0 && !t.space_before() && !t.newline_before() && doc.tokens[i - 1].kind() != TokenKind::Quote;
    // (`map_or(true, …)`: `Option::is_none_or` is newer than the crate's declared Rust 1.81.)
    glued_before && doc.tokens.get(last + 1).map_or(true, |n| n.space_before() || n.newline_before())
}

fn looks_opening(doc: &Doc, i: usize, last: usize) -> bool {
    let t = &doc.tokens[i];
    let glued_after = doc.tokens.get(last + 1).is_some_and(|n| !n.space_before() && !n.newline_before());
    let after_word = i > 0 && !t.space_before() && !t.newline_before() && matches!(doc.tokens[i - 1].kind(), TokenKind::Word | TokenKind::Number);
    !after_word && glued_after
}

/// Some token follows token `last` on its line.
fn same_line_after(doc: &Doc, last: usize) -> bool {
    doc.tokens.get(last + 1).is_some_and(|n| !n.newline_before())
}

/// The paragraph starting at `i` continues an open quotation if it opens with a double mark,
/// possibly after one short junk line. Returns the reopening mark's token.
fn continuation(doc: &Doc, i: usize) -> Option<usize> {
    let is_opener = |k: usize| matches!(double_mark(doc.tok(k)), Some(Mark::Open | Mark::Either)) || double_apostrophe(doc, k);
    if is_opener(i) {
        return Some(i);
    }
    // A junk line of at most three tokens, then a reopening mark.
    let mut k = i + 1;
    while k < doc.tokens.len() && k - i <= 3 {
        if doc.tokens[k].newline_before() {
            return is_opener(k).then_some(k);
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        let q = Quotes::find(&doc);
        q.chains.iter().map(|c| text[doc.tokens[c.first].start as usize..doc.tokens[c.last].end() as usize].to_string()).collect()
    }

    /// A closing mark that starts a paragraph opens a quotation, spaced from its word or not;
    /// alone on its line it is stray.
    #[test]
    fn closing_mark_at_paragraph_start_opens() {
        assert_eq!(quoted("Intro.\n\n” … what we saw is that it works,” he said."), ["” … what we saw is that it works,”"]);
        assert_eq!(quoted("Intro.\n\n”Fear,” she wrote."), ["”Fear,”"]);
        assert!(quoted("Intro.\n”\nNo quotation here.").is_empty());
    }

    #[test]
    fn pairs_curly_and_straight_marks() {
        assert_eq!(quoted("He said “yes.” She said \"no\"."), ["“yes.”", "\"no\""]);
    }

    /// The sentences split again before a typewriter quotation after an end mark, and only there.
    #[test]
    fn sentences_split_before_typewriter_quotations() {
        let sentences = |text: &str| {
            let doc = Doc::new(text);
            let q = Quotes::find(&doc);
            let split = matches!(resplit_sentences(&doc, &q), Cow::Owned(_));
            let texts: Vec<String> = resplit_sentences(&doc, &q)
                .iter()
                .map(|s| text[doc.tokens[s.first].start as usize..doc.tokens[s.end - 1].end() as usize].to_string())
                .collect();
            (split, texts)
        };
        let (split, texts) = sentences("The group met. ''It is over,'' he said. Then they left.");
        assert!(split);
        assert!(texts.contains(&"''It is over,'' he said.".to_string()), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("The group met.") && !t.contains("It is")), "{texts:?}");
        let (split, _) = sentences("He said ''no'' twice. “Fine,” she said.");
        assert!(!split);
        // Found among many sentences and earlier quotations that split nothing (each chain is
        // looked for in its own sentence, in one walk along them).
        let (split, texts) = sentences("“Yes,” A said. B met. C said ''no'' then. D left. E came. F went. ''It is over,'' he said. G.");
        assert!(split);
        assert!(texts.contains(&"''It is over,'' he said.".to_string()), "{texts:?}");
    }

    #[test]
    fn two_apostrophes_make_a_double_mark() {
        assert_eq!(quoted("''It works,'' she said. It's ''fine.''"), ["''It works,''", "''fine.''"]);
    }

    #[test]
    fn unbalanced_mark_ends_at_paragraph() {
        assert_eq!(quoted("He said “yes and went.\nNext para \"ok\"."), ["“yes and went.", "\"ok\""]);
    }

    #[test]
    fn british_paragraphs_form_one_chain() {
        let text = "He said: “First part.\n“Second part.”\nAfter.";
        let doc = Doc::new(text);
        let q = Quotes::find(&doc);
        assert_eq!(q.chains.len(), 1);
        assert_eq!(q.chains[0].segments.len(), 2);
        assert!(q.chains[0].closed);
    }

    #[test]
    fn junk_line_inside_a_quote_is_skipped() {
        let text = "“First part.\nAdvertisement\n“Second part.”";
        let doc = Doc::new(text);
        let q = Quotes::find(&doc);
        assert_eq!(q.chains.len(), 1);
        assert_eq!(q.chains[0].segments.len(), 2);
        let junk = doc.tokens.iter().position(|t| t.text(text) == "Advertisement").unwrap();
        assert_eq!(q.inside[junk], NONE);
    }

    #[test]
    fn opening_mark_typed_for_the_closing_one() {
        assert_eq!(quoted("“Not today,“ said Lee. “Maybe tomorrow.”"), ["“Not today,“", "“Maybe tomorrow.”"]);
    }

    #[test]
    fn apostrophe_is_not_a_closing_mark() {
        let text = "all Ukrainianess’ to be ‘burnt out’";
        let doc = Doc::new(text);
        let q = Quotes::find(&doc);
        assert_eq!(q.marks.len(), 1);
        assert_eq!(&text[q.marks[0].0..q.marks[0].1], "‘burnt out’");
    }
}
