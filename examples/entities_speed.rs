//! Prints the entity tagger's throughput on the seed articles repeated to ~20 MB:
//! `cargo run --release --example entities_speed`
use std::time::Instant;

fn main() {
    let mut text = String::new();
    for n in 0..4 {
        text.push_str(&std::fs::read_to_string(format!("tests/fixtures/seeds/seed-00{n}.txt")).expect("seed"));
        text.push('\n');
    }
    let unit = text.clone();
    while text.len() < 20_000_000 {
        text.push_str(&unit);
    }
    let t = Instant::now();
    let doc = sourcemark::segment::Doc::new(&text);
    let seg = t.elapsed();
    let (ents, groups) = sourcemark::entities::recognize(&doc);
    let all = t.elapsed();
    let mb = text.len() as f64 / 1e6;
    println!("{mb:.1} MB: segment {:.1} MB/s, segment+entities {:.1} MB/s ({} mentions, {} groups)",
        mb / seg.as_secs_f64(), mb / all.as_secs_f64(), ents.len(), groups.len());
}
