//! Prints the claim finder's throughput on the seed articles, one document per copy, ~1 MB:
//! `cargo run --release --example claims_speed [ROUNDS]`. With ROUNDS = 0 only the earlier
//! stages run, so `perf stat` of ROUNDS = 0 and ROUNDS = N gives the finder's own instructions.
#[path = "../benches/common/mod.rs"]
mod common;
use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args().nth(1).map_or(10, |a| a.parse().expect("ROUNDS is a number"));
    // The benchmark text of benches/: the seed articles in turn, one document each, ~1 MB.
    let texts = common::articles(common::CORPUS_CHARS);
    let bytes: usize = texts.iter().map(String::len).sum();
    let docs: Vec<_> = texts.iter().map(|t| sourcemark::segment::Doc::new(t)).collect();
    let tagged: Vec<_> = docs.iter().map(sourcemark::entities::recognize).collect();
    // The cue lexicon is parsed on first use: not part of a document's cost.
    sourcemark::claims::lexicon::lexicon();
    let t = Instant::now();
    let mut claims = 0;
    for _ in 0..rounds {
        for (doc, (ents, groups)) in docs.iter().zip(&tagged) {
            claims += std::hint::black_box(sourcemark::claims::extract(doc, ents, groups)).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    if rounds > 0 {
        println!("{:.1} MB x {rounds}: claims::extract {:.1} ms a pass, {:.1} MB/s ({} claims)",
            bytes as f64 / 1e6, secs * 1e3 / rounds as f64, bytes as f64 * rounds as f64 / secs / 1e6, claims / rounds);
    }
}
