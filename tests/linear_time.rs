//! Cost grows linearly with the input: for generated adversarial documents (quotes that never
//! close, cue after cue, capitalised runs, one endless line, no punctuation, many distinct
//! names, one name repeated), annotating a text 16 times longer costs far less than 256 times
//! more, which is what a quadratic rule would cost.
//!
//! How cost is measured, and why this is not a timed test:
//! - Bytes allocated (a counting global allocator in this test binary): deterministic for a
//!   given input, so it cannot flake. A rule that builds something per pair of tokens, quotes
//!   or names shows up here. Bound: 16x input → at most 32x bytes.
//! - CPU time of the calling thread (not wall-clock: other processes on the machine do not
//!   count), the minimum of several runs, compared between the two sizes in the same run;
//!   no absolute limit. A rule that scans back or ahead per token without allocating shows up
//!   only here. Bound: 16x input → under 64x time, four times the linear 16x and a quarter of
//!   the quadratic 256x, so cache effects and scheduling noise stay far from the bound.
//!
//! Both ratios are compared, never a duration, so slow or busy machines do not fail it.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sourcemark::{annotate, Annotations, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Counts bytes handed out, per thread: tests run in parallel threads and each must see only
/// its own allocations. A const-initialised `Cell` has no destructor, so touching it never
/// allocates (which would recurse into the allocator).
struct Counting;

thread_local! {
    static ALLOCATED: Cell<u64> = const { Cell::new(0) };
}

fn count(bytes: usize) {
    let _ = ALLOCATED.try_with(|a| a.set(a.get() + bytes as u64));
}

fn allocated() -> u64 {
    ALLOCATED.with(Cell::get)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// CPU time consumed by this thread, in nanoseconds.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu_ns() -> u128 {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec (two 64-bit fields on 64-bit Linux) into `ts`.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

/// Elsewhere, wall-clock time since the first call (the min of several runs still removes most noise).
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu_ns() -> u128 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_nanos()
}

/// One piece of a document template; `Fresh*` pieces differ at every repetition, so repeated
/// templates still hold many distinct names (grouping that compares every pair would blow up).
#[derive(Clone, Debug)]
enum Piece {
    Fixed(&'static str),
    FreshName,
    FreshOrg,
}

fn piece() -> impl Strategy<Value = Piece> {
    prop_oneof![
        // quotes, balanced or not, of several styles
        Just(Piece::Fixed("“")),
        Just(Piece::Fixed("”")),
        Just(Piece::Fixed("\"")),
        Just(Piece::Fixed("'")),
        Just(Piece::Fixed("«")),
        Just(Piece::Fixed("„")),
        Just(Piece::Fixed("「")),
        // cues and attribution phrases
        Just(Piece::Fixed(" said ")),
        Just(Piece::Fixed(" told Reuters ")),
        Just(Piece::Fixed(" according to ")),
        Just(Piece::Fixed(" claimed, without evidence, that ")),
        Just(Piece::Fixed(" a spokesman for the ")),
        // capitalised runs, a repeated name, pronouns, numbers
        Just(Piece::Fixed(" The Ministry Of Defence Of The Russian Federation ")),
        Just(Piece::Fixed("Vladimir Putin")),
        Just(Piece::Fixed(" he ")),
        Just(Piece::Fixed(" 3,000 troops on Monday ")),
        // words without punctuation, and punctuation
        Just(Piece::Fixed(" the war went on and on ")),
        Just(Piece::Fixed("word")),
        Just(Piece::Fixed(". ")),
        Just(Piece::Fixed(", ")),
        Just(Piece::Fixed(": ")),
        Just(Piece::Fixed("\n")),
        Just(Piece::Fixed("U.S.")),
        Just(Piece::Fixed("👨‍👩‍👧")),
        Just(Piece::Fixed("東京")),
        Just(Piece::FreshName),
        Just(Piece::FreshOrg),
    ]
}

/// A capitalised word no earlier repetition used: base-26 digits of `i`.
fn fresh_word(mut i: usize) -> String {
    let mut w = String::from("Q");
    loop {
        w.push((b'a' + (i % 26) as u8) as char);
        i /= 26;
        if i == 0 {
            return w + "ov";
        }
    }
}

/// The template repeated until the document reaches `bytes`.
fn build(template: &[Piece], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 256);
    let mut fresh = 0;
    while out.len() < bytes {
        for p in template {
            match p {
                Piece::Fixed(s) => out.push_str(s),
                Piece::FreshName => {
                    fresh += 1;
                    out.push_str(&format!(" {} {} ", fresh_word(fresh), fresh_word(fresh * 7 + 3)));
                }
                Piece::FreshOrg => {
                    fresh += 1;
                    out.push_str(&format!(" the {} Institute ", fresh_word(fresh)));
                }
            }
        }
    }
    out
}

/// (bytes allocated, least CPU nanoseconds) of annotating `text`, over `runs` runs.
fn cost(text: &str, runs: usize) -> (u64, u128) {
    let mut bytes = u64::MAX;
    let mut nanos = u128::MAX;
    for _ in 0..runs {
        let a0 = allocated();
        let t0 = thread_cpu_ns();
        let ann: Annotations = annotate(std::hint::black_box(text), &Options::default());
        let t1 = thread_cpu_ns();
        let a1 = allocated();
        drop(std::hint::black_box(ann));
        bytes = bytes.min(a1 - a0);
        nanos = nanos.min(t1 - t0);
    }
    (bytes, nanos)
}

const SMALL: usize = 8_000;
const FACTOR: usize = 16;

proptest! {
    // Each case annotates ~140 KB three times in a debug build: a few dozen cases keep the
    // file to seconds while still covering every piece many times over.
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn cost_grows_linearly(template in prop::collection::vec(piece(), 1..8)) {
        let small = build(&template, SMALL);
        let large = build(&template, SMALL * FACTOR);
        let input_ratio = large.len() as f64 / small.len() as f64;
        annotate(&small, &Options::default()); // warm-up: lazily built tables are not the text's cost
        // A time ratio over the bound is measured again (up to three times) before it counts:
        // a burst of load on the machine can slow one measurement, a quadratic rule slows all.
        let mut worst = String::new();
        let mut ok = false;
        for _ in 0..3 {
            let (small_bytes, small_ns) = cost(&small, 3);
            let (large_bytes, large_ns) = cost(&large, 3);
            let bytes_ratio = large_bytes as f64 / small_bytes.max(1) as f64;
            let time_ratio = large_ns as f64 / small_ns.max(1) as f64;
            prop_assert!(
                bytes_ratio <= 2.0 * input_ratio,
                "allocation grew {bytes_ratio:.1}x for {input_ratio:.1}x input ({small_bytes} → {large_bytes} bytes): {template:?}"
            );
            if time_ratio < 4.0 * input_ratio {
                ok = true;
                break;
            }
            worst = format!("CPU time grew {time_ratio:.1}x for {input_ratio:.1}x input ({small_ns} → {large_ns} ns)");
        }
        prop_assert!(ok, "{worst}: {template:?}");
    }
}

/// Guards the measure itself: a deliberately quadratic stand-in must fail both bounds, or the
/// property above would prove nothing.
#[test]
fn the_measure_sees_a_quadratic_rule() {
    fn quadratic(text: &str) -> usize {
        // For every word, a fresh copy of all text before it (allocates and scans n²/2).
        let mut total = 0;
        for (i, _) in text.match_indices(' ') {
            let before = text[..i].to_string();
            total += before.bytes().filter(|&b| b == b'o').count();
        }
        total
    }
    let measure = |text: &str| {
        let a0 = allocated();
        let t0 = thread_cpu_ns();
        std::hint::black_box(quadratic(std::hint::black_box(text)));
        (allocated() - a0, thread_cpu_ns() - t0)
    };
    let template = [Piece::Fixed(" the war went on and on ")];
    let (small, large) = (build(&template, SMALL / 4), build(&template, SMALL / 4 * FACTOR));
    let (sb, st) = measure(&small);
    let (lb, lt) = measure(&large);
    let input_ratio = large.len() as f64 / small.len() as f64;
    assert!(lb as f64 / sb as f64 > 2.0 * input_ratio, "bytes {sb} → {lb}");
    assert!(lt as f64 / st as f64 > 4.0 * input_ratio, "time {st} → {lt}");
}
