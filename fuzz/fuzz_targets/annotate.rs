//! Coverage-guided fuzzing of `annotate`: for any UTF-8 input, in UTF-8 and UTF-16 offsets,
//! every span lies inside the text on character boundaries and equals its slice, the two
//! results agree apart from offsets, entities and cues never overlap, the parts of one claim
//! never overlap, and indices between parts of the result are in range. Any crash is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sourcemark::{annotate, Annotations, OffsetEncoding, Options, Span};

fn all_spans(ann: &Annotations) -> Vec<&Span> {
    let mut out = Vec::new();
    for c in &ann.claims {
        out.extend(c.source.iter().chain(&c.cue).chain(&c.content).chain(&c.figures).chain(c.unverified_by.iter()));
    }
    out
}

fn assert_disjoint(mut spans: Vec<(usize, usize)>, what: &str) {
    spans.sort_unstable();
    for w in spans.windows(2) {
        assert!(w[0].1 <= w[1].0, "{what} overlap: {:?}", w);
    }
}

fn check_layers(ann: &Annotations) {
    assert_disjoint(ann.entities.iter().map(|e| (e.start, e.end)).collect(), "entities");
    assert_disjoint(ann.claims.iter().flat_map(|c| &c.cue).map(|s| (s.start, s.end)).collect(), "cues");
    for c in &ann.claims {
        assert!(!c.content.is_empty());
        let parts = c.source.iter().chain(&c.cue).chain(&c.content);
        assert_disjoint(parts.map(|s| (s.start, s.end)).collect(), "parts of a claim");
        assert!(c.source_index.map_or(true, |s| s < ann.sources.len()));
        assert!(c.parent.map_or(true, |p| p < ann.claims.len()));
    }
    for e in &ann.entities {
        assert!(e.group < ann.entity_groups.len());
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ann = annotate(text, &Options::default());
    assert_eq!(ann.text_length, text.len());
    let check = |start: usize, end: usize, got: &str| {
        assert!(start < end && end <= text.len(), "span {start}..{end} outside the text");
        assert_eq!(text.get(start..end), Some(got), "span {start}..{end} is not its slice");
    };
    for e in &ann.entities {
        check(e.start, e.end, &e.text);
    }
    for s in all_spans(&ann) {
        check(s.start, s.end, &s.text);
    }
    check_layers(&ann);

    // UTF-16 offsets slice the UTF-16 form of the text to the same spans.
    let units: Vec<u16> = text.encode_utf16().collect();
    let utf16 = annotate(text, &Options { offsets: Some(OffsetEncoding::Utf16), ..Options::default() });
    assert_eq!(utf16.text_length, units.len());
    let check16 = |start: usize, end: usize, got: &str| {
        assert!(start < end && end <= units.len(), "UTF-16 span {start}..{end} outside the text");
        assert_eq!(String::from_utf16(&units[start..end]).ok().as_deref(), Some(got), "UTF-16 span {start}..{end}");
    };
    for e in &utf16.entities {
        check16(e.start, e.end, &e.text);
    }
    for s in all_spans(&utf16) {
        check16(s.start, s.end, &s.text);
    }
    // The encoding changes offsets and nothing else.
    assert_eq!(utf16.entities.len(), ann.entities.len());
    assert!(utf16.entities.iter().zip(&ann.entities).all(|(a, b)| a.text == b.text && a.label == b.label && a.group == b.group));
    assert_eq!(utf16.claims.len(), ann.claims.len());
    let texts = |a: &Annotations| all_spans(a).into_iter().map(|s| s.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&utf16), texts(&ann));
    assert_eq!(utf16.sources, ann.sources);
});
