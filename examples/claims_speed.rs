//! Prints the claim finder's throughput on the seed articles, one document per copy, ~1 MB:
//! `cargo run --release --example claims_speed [ROUNDS]`. With ROUNDS = 0 only the earlier
//! stages run, so `perf stat` of ROUNDS = 0 and ROUNDS = N gives the finder's own instructions.
use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args().nth(1).map_or(10, |a| a.parse().expect("ROUNDS is a number"));
    let seeds: Vec<String> =
        (0..4).map(|n| std::fs::read_to_string(format!("tests/fixtures/seeds/seed-00{n}.txt")).expect("seed")).collect();
    let mut texts = Vec::new();
    let mut bytes = 0;
    for seed in seeds.iter().cycle() {
        if bytes >= 1_000_000 {
            break;
        }
        bytes += seed.len();
        texts.push(seed.as_str());
    }
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
