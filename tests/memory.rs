//! Peak heap memory of `annotate` against the size of its input (issue #7: peak memory at
//! most 10x the input). Memory is deterministic where time is not: this binary's allocator
//! counts the bytes each thread's heap holds, so the bound below is checked exactly, on any
//! machine. (`cargo bench --bench scaling` prints the same count, on the same text, beside the
//! resident set size.)
//!
//! The bound for a long text is 8x of the heap, below the 10x target: the resident set also
//! holds the input itself (1x) and what the system allocator keeps between calls. A shorter
//! text has 10x: its fixed costs (tables sized for an article) weigh more.

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

#[test]
fn a_text_needs_at_most_a_few_times_its_size_of_heap() {
    for (bytes, bound) in [(1_000_000, 8.0), (100_000, 10.0)] {
        let text = common::one_text(bytes);
        let peak = steady_heap_peak(&text);
        let ratio = peak as f64 / text.len() as f64;
        assert!(peak > text.len(), "the count saw the call ({peak} bytes)");
        assert!(ratio <= bound, "{} bytes of text: heap peak {peak} bytes, {ratio:.2}x (at most {bound}x)", text.len());
    }
}

#[test]
fn the_count_sees_what_a_call_holds() {
    // The counter itself: a vector of 1 MB held during the call is counted, then let go.
    let peak = heap::heap_peak_of(|| drop(std::hint::black_box(vec![1u8; 1_000_000]))).1;
    assert!((1_000_000..1_100_000).contains(&peak), "{peak}");
}
