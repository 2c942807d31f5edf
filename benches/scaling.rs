//! Scaling table: `cargo bench --bench scaling` prints time and peak memory of one `annotate`
//! call on one document of 10 KB, 100 KB, 1 MB and 10 MB (the seed articles repeated).
//!
//! Each size runs in a child process of its own (this binary again), so each peak resident
//! set size (the kernel's VmHWM, Linux only) belongs to that size alone. Memory is reported as
//! the growth of the peak over the child's footprint before it built the input: the input text
//! itself is counted, the word lists (unpacked once per process, on a short text first) are not.
//! The table's peak covers every call; a line below gives the first call's alone (with glibc,
//! later calls add the heap it keeps, fragmented, between calls). The last column is the
//! engine's own demand, free of the allocator and the kernel: the most bytes the heap held at
//! once during a call, over what it held before the call (counted by this binary's allocator,
//! the highest over all calls; the same on every machine).

mod common;

use heap::heap_peak_of;
use sourcemark::{annotate, Options};
use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "common/heap.rs"]
mod heap;

#[global_allocator]
static ALLOCATOR: heap::CountingAllocator = heap::CountingAllocator;

const CHILD_ENV: &str = "SOURCEMARK_SCALING_BYTES";
const SIZES: &[(usize, &str)] = &[(10_000, "10 KB"), (100_000, "100 KB"), (1_000_000, "1 MB"), (10_000_000, "10 MB")];

fn main() {
    if let Ok(bytes) = std::env::var(CHILD_ENV) {
        child(bytes.parse().expect("byte count"));
        return;
    }
    let exe = std::env::current_exe().expect("path of this benchmark");
    println!("Scaling: one annotate call (default options) per document, median of repeated runs");
    println!(
        "{:>7} {:>11} {:>5} {:>11} {:>11} {:>12} {:>11} {:>10} {:>11}",
        "input", "chars", "runs", "median ms", "min ms", "chars/s", "peak (MB)", "peak/input", "heap/input"
    );
    let mut times = Vec::new();
    let mut first_calls = Vec::new();
    let mut cpu_times = Vec::new();
    for &(bytes, name) in SIZES {
        let out = Command::new(&exe).env(CHILD_ENV, bytes.to_string()).output().expect("run the child");
        if !out.status.success() {
            eprintln!("{name}: child failed\n{}", String::from_utf8_lossy(&out.stderr));
            std::process::exit(1);
        }
        let line = String::from_utf8_lossy(&out.stdout);
        let f: Vec<f64> = line.split_whitespace().map(|x| x.parse().unwrap_or(f64::NAN)).collect();
        let (input, chars, runs, secs, min, peak_growth, first_growth, cpu, heap) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
        cpu_times.push((name, cpu));
        times.push((name, secs));
        first_calls.push(format!("{name} {:.1}x", first_growth / input));
        let peak = if peak_growth.is_nan() { "n/a".to_string() } else { format!("{:.2}", peak_growth / 1e6) };
        let ratio = if peak_growth.is_nan() { "n/a".to_string() } else { format!("{:.1}x", peak_growth / input) };
        println!(
            "{name:>7} {chars:>11.0} {runs:>5.0} {:>11.3} {:>11.3} {:>12.0} {peak:>11} {ratio:>10} {:>10.1}x",
            secs * 1e3,
            min * 1e3,
            chars / secs,
            heap / input
        );
    }
    let t = |n: &str| times.iter().find(|(name, _)| *name == n).map(|(_, s)| *s).unwrap();
    println!("time(10 MB) / time(1 MB) = {:.2} (linear: 10; target <= 12)", t("10 MB") / t("1 MB"));
    // Wall-clock time also counts the time other processes hold the cores: on a shared machine
    // the ratio swings with their load. The time the benchmark itself ran on a core does not.
    let cpu = |n: &str| cpu_times.iter().find(|(name, _)| *name == n).map(|(_, s)| *s).unwrap();
    println!("on-CPU time(10 MB) / on-CPU time(1 MB) = {:.2} (medians of the time each call ran on a core, /proc/self/schedstat)", cpu("10 MB") / cpu("1 MB"));
    println!("peak/input of the first call alone: {}", first_calls.join(", "));
    println!("chars/s from the median; peak = peak resident set size (VmHWM) minus the process's size before it built the input (small inputs: allocator noise dominates)");
    println!("heap = the most bytes the heap held at once during a call over what it held before (the highest call; the input text, held before, not counted)");
}

/// Prints "input_bytes chars runs median_seconds min_seconds peak_growth_bytes first_call_peak_growth_bytes
/// median_on_cpu_seconds heap_peak_bytes" (NaN where not known).
fn child(bytes: usize) {
    // The word lists are unpacked on first use, once per process: done first, so neither their
    // time nor their memory counts below (as in bench/node.mjs, which warms the wasm module up
    // on a short text too).
    black_box(annotate("Loaded, so the word lists do not count below, he said.", &Options::default()));
    let before = status_kb("VmHWM:");
    let text = common::one_text(bytes);
    let opts = Options::default();
    let mut heap = heap_peak_of(|| black_box(annotate(&text, &opts))).1; // warm-up
    let first = status_kb("VmHWM:");
    let mut samples = Vec::new();
    let mut on_cpu = Vec::new();
    let started = Instant::now();
    while samples.len() < 3 || (started.elapsed() < Duration::from_secs(2) && samples.len() < 200) {
        let (t, cpu) = (Instant::now(), on_cpu_ns());
        let (result, call_heap) = heap_peak_of(|| annotate(black_box(&text), &opts));
        black_box(result);
        samples.push(t.elapsed().as_secs_f64());
        heap = heap.max(call_heap);
        on_cpu.push(on_cpu_ns().zip(cpu).map_or(f64::NAN, |(b, a)| (b - a) as f64 / 1e9));
    }
    samples.sort_by(f64::total_cmp);
    let median = samples[samples.len() / 2];
    on_cpu.sort_by(f64::total_cmp);
    let growth = |after: Option<u64>| match (before, after) {
        (Some(b), Some(a)) => ((a - b) * 1024) as f64,
        _ => f64::NAN,
    };
    let (all, first) = (growth(status_kb("VmHWM:")), growth(first));
    let cpu_median = on_cpu[on_cpu.len() / 2];
    println!("{} {} {} {} {} {} {} {} {}", text.len(), text.chars().count(), samples.len(), median, samples[0], all, first, cpu_median, heap);
}

/// A "kB" line of /proc/self/status (None where there is no procfs).
fn status_kb(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line[key.len()..].trim().trim_end_matches("kB").trim().parse().ok()
}

/// Nanoseconds this process's main thread has run on a core (the first field of
/// /proc/self/schedstat; None where there is no procfs).
fn on_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}
