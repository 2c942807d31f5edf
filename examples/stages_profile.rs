//! The ~1 MB benchmark text of `annotate_profile`, one stage at a time, for instruction counts
//! per stage: `valgrind --tool=callgrind target/release/examples/stages_profile`, then
//! `callgrind_annotate --inclusive=yes OUT | grep stages_profile::` (each stage is a function
//! that is never inlined, so its inclusive count is the stage's cost; word lists are unpacked
//! by a warm-up call before).
#[path = "../benches/common/mod.rs"]
mod common;
use sourcemark::segment::{self, Doc};
use std::hint::black_box;

/// `Doc::new`, one part at a time.
#[inline(never)]
fn segmentation(text: &str) -> Doc<'_> {
    let tokens = tokens(text);
    let sentences = sentences(text, &tokens);
    let spellings = spellings(text, &tokens);
    Doc { text, tokens, sentences, spellings }
}

#[inline(never)]
fn tokens(text: &str) -> Vec<segment::Token> {
    segment::tokenize(text)
}

#[inline(never)]
fn sentences(text: &str, tokens: &[segment::Token]) -> Vec<segment::Sentence> {
    segment::split_sentences(text, tokens)
}

#[inline(never)]
fn spellings<'a>(text: &'a str, tokens: &[segment::Token]) -> sourcemark::spellings::Spellings<'a> {
    sourcemark::spellings::Spellings::new(text, tokens)
}

#[inline(never)]
fn entities(doc: &Doc) -> (Vec<sourcemark::Entity>, Vec<sourcemark::EntityGroup>) {
    sourcemark::entities::recognize(doc)
}

#[inline(never)]
fn claims(doc: &Doc, entities: &[sourcemark::Entity], groups: &[sourcemark::EntityGroup]) -> usize {
    let mut claims = sourcemark::claims::extract(doc, entities, groups);
    sourcemark::sources::roll_up(doc, entities, groups, &mut claims).len() + claims.len()
}

fn main() {
    // The benchmark text of benches/: the seed articles in turn, one document each, ~1 MB.
    let texts = common::articles(common::CORPUS_CHARS);
    let chars = common::chars(&texts);
    black_box(sourcemark::annotate("Warm up. He said so.", &sourcemark::Options::default()));
    let mut n = 0;
    for text in &texts {
        let doc = segmentation(black_box(text));
        let (ents, groups) = entities(&doc);
        n += claims(&doc, &ents, &groups);
        black_box((ents, groups));
    }
    println!("{chars} chars ({n})");
}
