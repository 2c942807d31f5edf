//! `annotate` on one document of BYTES bytes (the scaling bench's text), RUNS times (default 1),
//! for heap profiles and instruction counts at a given size:
//! `valgrind --tool=massif target/release/examples/annotate_once 10000000`
//! (or `--tool=callgrind`; compare 1 MB and 10 MB to tell a superlinear stage from cache effects).
//! Prints the growth of the peak resident set size after each run (Linux), input text included,
//! in MB of 10^6 bytes as in the scaling bench: the first run's is the engine's own peak; later
//! runs add what the allocator keeps, fragmented, between calls.
#[path = "../benches/common/mod.rs"]
mod common;

use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let bytes: usize = args.next().map_or(1_000_000, |a| a.parse().expect("BYTES is a number"));
    let runs: usize = args.next().map_or(1, |a| a.parse().expect("RUNS is a number"));
    // The word lists are unpacked on first use, once per process: not part of a document's cost.
    black_box(sourcemark::annotate("Warm up, he said.", &sourcemark::Options::default()));
    let before = peak_kb();
    let text = common::one_text(bytes);
    let opts = sourcemark::Options::default();
    for run in 1..=runs {
        let ann = sourcemark::annotate(black_box(&text), &opts);
        let growth = peak_kb().zip(before).map_or("n/a".to_string(), |(a, b)| format!("{:.1} MB", (a - b) as f64 * 1024.0 / 1e6));
        println!("run {run}: {} bytes, {} entities, {} claims; peak growth {growth}", text.len(), ann.entities.len(), ann.claims.len());
    }
}

/// VmHWM of /proc/self/status in kB (None where there is no procfs).
fn peak_kb() -> Option<i64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line["VmHWM:".len()..].trim().trim_end_matches("kB").trim().parse().ok()
}

