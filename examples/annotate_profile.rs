//! One pass of `annotate` (and the JSON the wasm build hands to JavaScript) over the ~1 MB
//! benchmark text, for instruction counts: `valgrind --tool=callgrind target/release/examples/annotate_profile [ROUNDS] [json]`.
#[path = "../benches/common/mod.rs"]
mod common;
use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().map_or(1, |a| a.parse().expect("ROUNDS is a number"));
    let json = args.next().is_some_and(|a| a == "json");
    // The benchmark text of benches/: the seed articles in turn, one document each, ~1 MB.
    let texts = common::articles(common::CORPUS_CHARS);
    let chars = common::chars(&texts);
    // Word lists are unpacked on first use: not part of a document's cost.
    black_box(sourcemark::annotate("Warm up. He said so.", &sourcemark::Options::default()));
    let opts = sourcemark::Options::default();
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for text in &texts {
            let ann = sourcemark::annotate(black_box(text), &opts);
            if json {
                n += serde_json::to_string(&ann).map_or(0, |s| s.len());
            }
            n += ann.claims.len();
            black_box(ann);
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!("{} chars x {rounds}: {:.2} M chars/s ({n})", chars, chars as f64 * rounds as f64 / secs / 1e6);
}
