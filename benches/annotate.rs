//! Native throughput on one core: `cargo bench --bench annotate`.
//!
//! The ~1 MB benchmark text (copies of the seed articles, one `annotate` call per article, as
//! a user would make them). Throughput is in chars (Unicode code points): criterion prints it
//! as "elem/s". Three stages show where the time goes: tokens and sentences alone, the whole
//! pipeline without claims, and the whole pipeline. Two more runs join the same articles into
//! longer documents (four articles a document, then all of them as one), to show what a
//! document's repeated words save: each stage works once per distinct spelling of a document.
//!
//! With the system allocator (glibc's malloc on Linux), as a program embedding the library gets
//! by default; `benches/annotate_mimalloc.rs` runs the whole pipeline with the command line's.

mod common;
#[path = "common/passes.rs"]
mod passes;

use criterion::{criterion_group, criterion_main, Criterion};
use passes::Passes;

fn bench(c: &mut Criterion) {
    passes::bench(c, "system allocator", Passes::All);
}

criterion_group!(benches, bench);
criterion_main!(benches);
