//! The benchmark text, shared by the criterion bench and the scaling table.
//!
//! Made from the seed articles of tests/fixtures/seeds, so every engine and every figure in
//! scripts/bench.sh reads the same news prose (bench/corpus.mjs builds the same text for Node
//! and Chromium).

// Each bench binary compiles this module and uses part of it.
#![allow(dead_code)]

use std::path::Path;

/// About 1 MB: the size of the benchmark text in chars (code points).
pub const CORPUS_CHARS: usize = 1_000_000;

/// The seed articles, in file-name order.
pub fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no seed articles in {}", dir.display());
    paths.iter().map(|p| std::fs::read_to_string(p).expect("seed article is UTF-8")).collect()
}

/// Copies of the seed articles, one document per copy, in turn until `chars` code points.
pub fn articles(chars: usize) -> Vec<String> {
    let seeds = seeds();
    let mut docs = Vec::new();
    let mut total = 0;
    for seed in seeds.iter().cycle() {
        if total >= chars {
            break;
        }
        total += seed.chars().count();
        docs.push(seed.clone());
    }
    docs
}

/// One document of about `bytes` bytes: the seed articles in turn, separated by blank lines,
/// cut at the paragraph boundary nearest below `bytes` (or at a char boundary inside one).
pub fn one_text(bytes: usize) -> String {
    let seeds = seeds();
    let mut text = String::with_capacity(bytes + 16_384);
    for seed in seeds.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(seed.trim_end());
        text.push_str("\n\n");
    }
    let mut cut = text[..bytes].rfind('\n').map_or(0, |i| i + 1);
    if cut < bytes / 2 {
        cut = bytes;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
    }
    text.truncate(cut);
    text
}

pub fn chars(docs: &[String]) -> usize {
    docs.iter().map(|d| d.chars().count()).sum()
}
