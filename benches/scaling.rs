//! Scaling table: `cargo bench --bench scaling` prints time and peak memory of one `annotate`
//! call on one document of 10 KB, 100 KB, 1 MB and 10 MB (the seed articles repeated).
//!
//! Each size runs in child processes of its own (this binary again), so each peak resident set
//! size (the kernel's VmHWM, Linux only) belongs to that size alone; the sizes take turns over a
//! few rounds, and each size's round with the lowest median time is shown. Memory is reported as
//! the growth of the peak over the child's footprint before it built the input: the input text
//! itself is counted, the word lists (unpacked once per process, on a short text first) are not,
//! nor the room the thread's vocabulary makes for its first 4,096 spellings then.
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

/// Rounds of children: every size once a round, in turn, so a burst of load on a shared machine
/// falls on one child of a size rather than on all of them (issue #7: compare ratios in one run).
const ROUNDS: usize = 3;

/// What one child printed (see `child`).
#[derive(Clone, Copy)]
struct Run {
    input: f64,
    chars: f64,
    runs: f64,
    median: f64,
    min: f64,
    peak_growth: f64,
    first_growth: f64,
    cpu_median: f64,
    heap: f64,
}

impl Run {
    fn parse(line: &str) -> Option<Run> {
        let f: Vec<f64> = line.split_whitespace().map(|x| x.parse().unwrap_or(f64::NAN)).collect();
        let &[input, chars, runs, median, min, peak_growth, first_growth, cpu_median, heap] = f.as_slice() else { return None };
        Some(Run { input, chars, runs, median, min, peak_growth, first_growth, cpu_median, heap })
    }

    /// The fastest round's times with the largest memory figures of any round (`max` passes a
    /// NaN, "not known", through only when every round has it).
    fn merge(self, other: Run) -> Run {
        let faster = if other.median < self.median { other } else { self };
        Run {
            runs: self.runs + other.runs,
            min: self.min.min(other.min),
            cpu_median: self.cpu_median.min(other.cpu_median),
            peak_growth: self.peak_growth.max(other.peak_growth),
            first_growth: self.first_growth.max(other.first_growth),
            heap: self.heap.max(other.heap),
            ..faster
        }
    }
}

fn main() {
    if let Ok(bytes) = std::env::var(CHILD_ENV) {
        child(bytes.parse().expect("byte count"));
        return;
    }
    let exe = std::env::current_exe().expect("path of this benchmark");
    let mut best: Vec<Option<Run>> = vec![None; SIZES.len()];
    for _ in 0..ROUNDS {
        for (slot, &(bytes, name)) in best.iter_mut().zip(SIZES) {
            let out = Command::new(&exe).env(CHILD_ENV, bytes.to_string()).output().expect("run the child");
            let run = Run::parse(&String::from_utf8_lossy(&out.stdout)).filter(|_| out.status.success());
            let Some(run) = run else {
                eprintln!("{name}: child failed\n{}", String::from_utf8_lossy(&out.stderr));
                std::process::exit(1);
            };
            *slot = Some(slot.map_or(run, |b| b.merge(run)));
        }
    }
    let runs: Vec<(&str, Run)> = SIZES.iter().zip(best).map(|(&(_, name), r)| (name, r.expect("every size ran"))).collect();
    println!("Scaling: one annotate call (default options) per document; {ROUNDS} rounds of one child per size in turn, the round with the lowest median shown");
    println!(
        "{:>7} {:>11} {:>5} {:>11} {:>11} {:>12} {:>11} {:>10} {:>11}",
        "input", "chars", "runs", "median ms", "min ms", "chars/s", "peak (MB)", "peak/input", "heap/input"
    );
    for &(name, r) in &runs {
        let peak = if r.peak_growth.is_nan() { "n/a".to_string() } else { format!("{:.2}", r.peak_growth / 1e6) };
        let ratio = if r.peak_growth.is_nan() { "n/a".to_string() } else { format!("{:.1}x", r.peak_growth / r.input) };
        println!(
            "{name:>7} {:>11.0} {:>5.0} {:>11.3} {:>11.3} {:>12.0} {peak:>11} {ratio:>10} {:>10.1}x",
            r.chars,
            r.runs,
            r.median * 1e3,
            r.min * 1e3,
            r.chars / r.median,
            r.heap / r.input
        );
    }
    let of = |n: &str| runs.iter().find(|(name, _)| *name == n).map(|(_, r)| *r).unwrap();
    println!("time(10 MB) / time(1 MB) = {:.2} (linear: 10; target <= 12)", of("10 MB").median / of("1 MB").median);
    // Wall-clock time also counts the time other processes hold the cores: on a shared machine
    // the ratio swings with their load. The time the benchmark itself ran on a core does not.
    println!("on-CPU time(10 MB) / on-CPU time(1 MB) = {:.2} (lowest medians of the time each call ran on a core, /proc/self/schedstat)", of("10 MB").cpu_median / of("1 MB").cpu_median);
    let first_calls: Vec<String> = runs.iter().map(|(name, r)| format!("{name} {:.1}x", r.first_growth / r.input)).collect();
    println!("peak/input of the first call alone: {}", first_calls.join(", "));
    println!("runs: calls over all rounds; chars/s from the median; peak = peak resident set size (VmHWM) minus the process's size before it built the input, the largest of the rounds (small inputs: allocator noise dominates)");
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
