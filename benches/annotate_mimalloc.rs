//! Native throughput on one core with the command line's global allocator, mimalloc:
//! `cargo bench --bench annotate_mimalloc`. The same whole-pipeline pass as
//! `benches/annotate.rs`, which runs it with the system allocator.
//!
//! annotate allocates each entity's and span's text and each claim's span lists, tens of
//! thousands of small blocks a megabyte, and frees its working vectors per document: how fast
//! the allocator serves those is part of the figure.

mod common;
#[path = "common/passes.rs"]
mod passes;

use criterion::{criterion_group, criterion_main, Criterion};
use passes::Passes;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench(c: &mut Criterion) {
    passes::bench(c, "mimalloc", Passes::Headline);
}

criterion_group!(benches, bench);
criterion_main!(benches);
