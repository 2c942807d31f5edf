//! One `annotate` call on one document of BYTES bytes (the scaling bench's text), for heap
//! profiles and instruction counts at a given size:
//! `valgrind --tool=massif target/release/examples/annotate_once 10000000`
//! (or `--tool=callgrind`; compare 1 MB and 10 MB to tell a superlinear stage from cache effects).
#[path = "../benches/common/mod.rs"]
mod common;

use std::hint::black_box;

fn main() {
    let bytes: usize = std::env::args().nth(1).map_or(1_000_000, |a| a.parse().expect("BYTES is a number"));
    let text = common::one_text(bytes);
    let opts = sourcemark::Options::default();
    let ann = sourcemark::annotate(black_box(&text), &opts);
    println!("{} bytes: {} entities, {} claims", text.len(), ann.entities.len(), ann.claims.len());
}
