//! Packs the big generated word lists (data/*.txt, sorted, one key per line) for the binary.
//!
//! Front coding: each key is written as the number of leading bytes it shares with the key
//! before it (one byte, below 32), then the rest of the key. Keys hold no control characters, so
//! the count byte also ends the key before it: no newline is needed. Sorted keys share long
//! prefixes ("san antonio", "san diego"), so the packed lists are about a third smaller than
//! the text and ~22 KB smaller after gzip, which is what a browser downloads (the newline after
//! each key, dropped, was ~4.4 KB of that gzip).
//! `src/entities/lexicon.rs` unpacks a list on its first lookup. The small hand-written lists
//! are copied without their comment lines, which the engine skips anyway.
use std::{collections::HashSet, env, fs, path::Path};

#[path = "src/entities/fold.rs"]
#[allow(dead_code)]
mod fold;

const PACKED: [&str; 4] = ["places", "countries", "given_names", "common_words"];
/// Hand-written lists and cue tables (paths under data/): shipped without their comment lines
/// (source, licence, column formats), ~1.5 KB of the wasm's gzip for the cue tables alone.
const STRIPPED: [&str; 5] = ["demonyms.txt", "orgs.txt", "titles.txt", "cues/verbs.tsv", "cues/nouns.tsv"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in PACKED {
        let src = format!("data/{name}.txt");
        println!("cargo:rerun-if-changed={src}");
        let mut text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        if name == "places" {
            text = without_folded_twins(&text);
        }
        fs::write(Path::new(&out).join(format!("{name}.fc")), front_code(&text)).expect("write packed list");
    }
    for name in STRIPPED {
        let src = format!("data/{name}");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let kept: String = text.lines().filter(|l| !l.trim_start().starts_with('#')).flat_map(|l| [l, "\n"]).collect();
        // One flat folder in OUT_DIR: "cues/verbs.tsv" is written as "cues_verbs.tsv".
        fs::write(Path::new(&out).join(name.replace('/', "_")), kept).expect("write list");
    }
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/entities/fold.rs");
}

/// Count bytes are below this (`src/entities/lexicon.rs` reads a byte below it as the start of
/// the next key); key bytes are at or above it.
const MAX_SHARED: usize = 31;

fn front_code(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut prev: &[u8] = b"";
    for line in text.lines().filter(|l| !l.is_empty()) {
        let key = line.as_bytes();
        assert!(key.iter().all(|&b| usize::from(b) > MAX_SHARED), "a control character in the key {line:?}");
        let shared = key.iter().zip(prev).take(MAX_SHARED).take_while(|(a, b)| a == b).count();
        out.push(shared as u8);
        out.extend_from_slice(&key[shared..]);
        prev = key;
    }
    out
}

/// Leaves out every key that `fold` makes from another key and marks that other key with
/// `fold::HAS_TWIN`; `src/entities/lexicon.rs` makes the left-out keys again (about 1,700
/// places, ~5 KB of the gzipped download).
fn without_folded_twins(text: &str) -> String {
    let keys: HashSet<&str> = text.lines().collect();
    let has_twin = |key: &str| {
        let folded = fold::fold(key);
        folded != key && keys.contains(folded.as_str())
    };
    let left_out: HashSet<String> = text.lines().filter(|k| has_twin(k)).map(fold::fold).collect();
    let mut out = String::with_capacity(text.len());
    for key in text.lines().filter(|k| !left_out.contains(*k)) {
        out.push_str(key);
        if has_twin(key) {
            out.push(fold::HAS_TWIN);
        }
        out.push('\n');
    }
    out
}
