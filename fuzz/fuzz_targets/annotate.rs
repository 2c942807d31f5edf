//! Coverage-guided fuzzing of `annotate`: any UTF-8 input must give, in every offset encoding,
//! spans that lie on character boundaries and equal their slice; any crash is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sourcemark::{annotate, OffsetEncoding, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ann = annotate(text, &Options::default());
    let check = |start: usize, end: usize, got: &str| {
        assert!(start < end && end <= text.len(), "span {start}..{end} outside the text");
        assert_eq!(&text[start..end], got);
    };
    for e in &ann.entities {
        check(e.start, e.end, &e.text);
    }
    for c in &ann.claims {
        assert!(!c.content.is_empty());
        for s in c.source.iter().chain(&c.cue).chain(&c.content).chain(&c.figures) {
            check(s.start, s.end, &s.text);
        }
    }
    // The UTF-16 result must be the UTF-8 one with offsets converted.
    let utf16 = annotate(text, &Options { offsets: Some(OffsetEncoding::Utf16), ..Options::default() });
    assert_eq!(utf16.entities.len(), ann.entities.len());
    assert_eq!(utf16.claims.len(), ann.claims.len());
});
