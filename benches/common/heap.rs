//! Counting the heap: the system allocator with a count of the bytes each thread holds and the
//! most it held, for the scaling table's heap column and `tests/memory.rs`. Included by path
//! (not from `mod.rs`): each binary that counts installs it itself,
//! `#[global_allocator] static ALLOCATOR: heap::CountingAllocator = heap::CountingAllocator;`,
//! and the other benches keep the plain allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting beside it. Thread-local counters, no atomics: a few
/// instructions per allocation.
pub struct CountingAllocator;

thread_local! {
    static HELD: Cell<usize> = const { Cell::new(0) };
    static MOST_HELD: Cell<usize> = const { Cell::new(0) };
}

fn count_up(bytes: usize) {
    let held = HELD.with(|h| {
        h.set(h.get() + bytes);
        h.get()
    });
    MOST_HELD.with(|m| m.set(m.get().max(held)));
}

fn count_down(bytes: usize) {
    HELD.with(|h| h.set(h.get().saturating_sub(bytes)));
}

// SAFETY: every call goes to `System` unchanged; only counters are updated beside it.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_up(layout.size());
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_up(layout.size());
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count_down(layout.size());
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= layout.size() {
            count_up(new_size - layout.size())
        } else {
            count_down(layout.size() - new_size)
        }
        System.realloc(ptr, layout, new_size)
    }
}

/// `f()`, and the most bytes this thread's heap held at once while it ran over what it held
/// before (with `CountingAllocator` installed; 0 without).
pub fn heap_peak_of<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let before = HELD.with(Cell::get);
    MOST_HELD.with(|m| m.set(before));
    let r = f();
    (r, MOST_HELD.with(Cell::get) - before)
}
