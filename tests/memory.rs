//! Peak heap memory of `annotate` against the size of its input (issue #7: peak memory at
//! most 10x the input). Memory is deterministic where time is not: this binary's allocator
//! counts the bytes each thread's heap holds, so the bound below is checked exactly, on any
//! machine. (`cargo bench --bench scaling` prints the same count, on the same text, beside the
//! resident set size.)
//!
//! The bound from 100 KB up is 8x of the heap, below the 10x target: the resident set also
//! holds the input itself (1x) and what the system allocator keeps between calls. A text of
//! 10 KB has 10x: its fixed costs (a few allocations sized for an article) weigh more.
//!
//! Both a steady call and a thread's first call on a text are bounded: on the first, the
//! thread's vocabulary takes in every word of the text (its room is made on the first document,
//! with the word lists, as a warm-up call here does).

use sourcemark::{annotate, Options};

// The scaling table's text and counting allocator (`cargo bench --bench scaling`).
#[path = "../benches/common/mod.rs"]
mod common;
#[path = "../benches/common/heap.rs"]
mod heap;

#[global_allocator]
static ALLOCATOR: heap::CountingAllocator = heap::CountingAllocator;

/// The heap peak of annotating `text` once more on this thread, its vocabulary already grown
/// by a first call (a steady state: the vocabulary is bounded and outlives the document).
fn steady_heap_peak(text: &str) -> usize {
    let opts = Options::default();
    drop(annotate(text, &opts));
    heap::heap_peak_of(|| drop(annotate(text, &opts))).1
}

/// The heap peak of annotating `text` on a new thread, after one call on a short text (the
/// word lists' and the vocabulary's making, which every later document shares).
fn first_heap_peak(text: &str) -> usize {
    std::thread::scope(|s| {
        s.spawn(|| {
            let opts = Options::default();
            drop(annotate("Loaded, so the word lists do not count below, he said.", &opts));
            heap::heap_peak_of(|| drop(annotate(text, &opts))).1
        })
        .join()
        .expect("no panic")
    })
}

const BOUNDS: [(usize, f64); 3] = [(1_000_000, 7.0), (100_000, 7.0), (10_000, 10.0)];

fn check(text: &str, peak: usize, bound: f64, call: &str) {
    let ratio = peak as f64 / text.len() as f64;
    assert!(peak > text.len(), "the count saw the call ({peak} bytes)");
    assert!(ratio <= bound, "{} bytes of text, {call} call: heap peak {peak} bytes, {ratio:.2}x (at most {bound}x)", text.len());
}

#[test]
fn a_text_needs_at_most_a_few_times_its_size_of_heap() {
    for (bytes, bound) in BOUNDS {
        let text = common::one_text(bytes);
        check(&text, steady_heap_peak(&text), bound, "a steady");
    }
}

#[test]
fn a_threads_first_text_needs_no_more() {
    for (bytes, bound) in BOUNDS {
        let text = common::one_text(bytes);
        check(&text, first_heap_peak(&text), bound, "the thread's first");
    }
}

#[test]
fn the_count_sees_what_a_call_holds() {
    // The counter itself: a vector of 1 MB held during the call is counted, then let go.
    let peak = heap::heap_peak_of(|| drop(std::hint::black_box(vec![1u8; 1_000_000]))).1;
    assert!((1_000_000..1_100_000).contains(&peak), "{peak}");
}
