//! Where the time goes: `cargo bench --bench stages` prints each pipeline stage's share of one
//! pass over the ~1 MB benchmark text (median of repeated passes; one call per article).

mod common;

use sourcemark::{claims, entities, offsets, segment::Doc, sources, Annotations, OffsetEncoding, SCHEMA_VERSION};
use std::hint::black_box;
use std::time::{Duration, Instant};

const STAGES: [&str; 5] = ["segment (tokens, sentences)", "entities::recognize", "claims::extract", "sources::roll_up", "offsets::reencode (UTF-16)"];

fn main() {
    let docs = common::articles(common::CORPUS_CHARS);
    let chars = common::chars(&docs);
    let mut passes: Vec<[f64; 5]> = Vec::new();
    let started = Instant::now();
    while passes.len() < 5 || (started.elapsed() < Duration::from_secs(10) && passes.len() < 100) {
        let mut t = [0.0; 5];
        for text in &docs {
            let t0 = Instant::now();
            let doc = Doc::new(black_box(text));
            let t1 = Instant::now();
            let (entities, groups) = entities::recognize(&doc);
            let t2 = Instant::now();
            let mut claims = claims::extract(&doc, &entities, &groups);
            let t3 = Instant::now();
            let sources = sources::roll_up(&doc, &entities, &groups, &mut claims);
            let t4 = Instant::now();
            let mut ann = Annotations {
                schema_version: SCHEMA_VERSION,
                offsets: OffsetEncoding::Utf8,
                text_length: text.len(),
                entities,
                entity_groups: groups,
                claims,
                sources,
            };
            offsets::reencode(&mut ann, text, OffsetEncoding::Utf16);
            let t5 = Instant::now();
            black_box(ann);
            for (i, (a, b)) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5)].into_iter().enumerate() {
                t[i] += (b - a).as_secs_f64();
            }
        }
        passes.push(t);
    }
    let median = |i: usize| {
        let mut xs: Vec<f64> = passes.iter().map(|p| p[i]).collect();
        xs.sort_by(f64::total_cmp);
        xs[xs.len() / 2]
    };
    let times: Vec<f64> = (0..5).map(median).collect();
    let total: f64 = times.iter().sum();
    println!("Stages over {} documents, {} chars; median of {} passes", docs.len(), chars, passes.len());
    for (name, t) in STAGES.iter().zip(&times) {
        println!("{name:<30} {:>9.2} ms {:>6.1}% {:>14.0} chars/s alone", t * 1e3, 100.0 * t / total, chars as f64 / t);
    }
    println!("{:<30} {:>9.2} ms {:>6.1}% {:>14.0} chars/s", "all", total * 1e3, 100.0, chars as f64 / total);
}
