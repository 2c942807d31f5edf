//! The criterion passes over the benchmark text (`common`), shared by `benches/annotate.rs` (the system
//! allocator) and `benches/annotate_mimalloc.rs` (the command line's).

// Each bench binary compiles this module and names one of the `Passes`.
#![allow(dead_code)]

use criterion::{Criterion, SamplingMode, Throughput};
use sourcemark::{annotate, segment::Doc, Options};
use std::hint::black_box;
use std::time::Duration;

/// Which passes a bench binary runs.
pub enum Passes {
    /// The whole pipeline, then without claims, over longer documents, and tokens alone.
    All,
    /// The whole pipeline only.
    Headline,
}

/// The passes over the ~1 MB benchmark text (one `annotate` call per article), in a group
/// named for the text and `allocator`.
pub fn bench(c: &mut Criterion, allocator: &str, passes: Passes) {
    let docs = crate::common::articles(crate::common::CORPUS_CHARS);
    let chars = crate::common::chars(&docs);
    let mut group = c.benchmark_group(format!("seeds x{} docs, {} chars, {allocator}", docs.len(), chars));
    group.throughput(Throughput::Elements(chars as u64));
    // Flat sampling: each iteration is a whole ~1 MB pass (tens of ms), too long for criterion's
    // default linear ramp of iteration counts.
    group.sampling_mode(SamplingMode::Flat).sample_size(20);
    group.measurement_time(Duration::from_secs(6)).warm_up_time(Duration::from_secs(2));

    let run = |docs: &[String], opts: &Options| {
        for d in docs {
            black_box(annotate(black_box(d), opts));
        }
    };
    group.bench_function("annotate", |b| b.iter(|| run(&docs, &Options::default())));
    if let Passes::Headline = passes {
        group.finish();
        return;
    }
    group.bench_function("annotate without claims", |b| {
        let opts = Options { claims: false, ..Options::default() };
        b.iter(|| run(&docs, &opts))
    });
    for (per_doc, name) in [(4, "annotate, 4 articles a document"), (docs.len(), "annotate, one document")] {
        let joined: Vec<String> = docs.chunks(per_doc).map(|c| c.join("\n\n")).collect();
        group.bench_function(name, |b| b.iter(|| run(&joined, &Options::default())));
    }
    group.bench_function("segment only", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(Doc::new(black_box(d)));
            }
        })
    });
    group.finish();
}
