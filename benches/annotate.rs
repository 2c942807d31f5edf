//! Native throughput on one core: `cargo bench --bench annotate`.
//!
//! The ~1 MB benchmark text (copies of the seed articles, one `annotate` call per article, as
//! a user would make them). Throughput is in chars (Unicode code points): criterion prints it
//! as "elem/s". Three stages show where the time goes: tokens and sentences alone, the whole
//! pipeline without claims, and the whole pipeline. Two more runs join the same articles into
//! longer documents (four articles a document, then all of them as one), to show what a
//! document's repeated words save: each stage works once per distinct spelling of a document.

mod common;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use sourcemark::{annotate, segment::Doc, Options};
use std::hint::black_box;
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let docs = common::articles(common::CORPUS_CHARS);
    let chars = common::chars(&docs);
    let mut group = c.benchmark_group(format!("seeds x{} docs, {} chars", docs.len(), chars));
    group.throughput(Throughput::Elements(chars as u64));
    // Flat sampling: each iteration is a whole ~1 MB pass (tens of ms), too long for criterion's
    // default linear ramp of iteration counts.
    group.sampling_mode(SamplingMode::Flat).sample_size(20);
    group.measurement_time(Duration::from_secs(6)).warm_up_time(Duration::from_secs(2));

    group.bench_function("annotate", |b| {
        let opts = Options::default();
        b.iter(|| {
            for d in &docs {
                black_box(annotate(black_box(d), &opts));
            }
        })
    });
    group.bench_function("annotate without claims", |b| {
        let opts = Options { claims: false, ..Options::default() };
        b.iter(|| {
            for d in &docs {
                black_box(annotate(black_box(d), &opts));
            }
        })
    });
    for (per_doc, name) in [(4, "annotate, 4 articles a document"), (docs.len(), "annotate, one document")] {
        let joined: Vec<String> = docs.chunks(per_doc).map(|c| c.join("\n\n")).collect();
        group.bench_function(name, |b| {
            let opts = Options::default();
            b.iter(|| {
                for d in &joined {
                    black_box(annotate(black_box(d), &opts));
                }
            })
        });
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

criterion_group!(benches, bench);
criterion_main!(benches);
