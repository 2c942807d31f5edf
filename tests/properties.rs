//! Properties that hold for any input text: no panic, spans on character boundaries that equal
//! their slice in every offset encoding, the same result whatever the encoding, deterministic
//! output, no overlap within a layer (entities; cues; the parts of one claim), indices in range.
//! Linear time is checked in tests/linear_time.rs; the same properties from JavaScript (UTF-16,
//! lone surrogates) in tests/npm/properties.test.mjs.

mod common;

use common::assert_spans_match;
use proptest::prelude::*;
use sourcemark::{annotate, Annotations, OffsetEncoding, Options, Span};

/// Text made of news-like pieces and hostile ones, so generated inputs reach the rules
/// (names, cues, quotes) and not just random noise.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Vladimir Putin".to_string()),
        Just(" said ".to_string()),
        Just(" told Reuters ".to_string()),
        Just("according to the Ministry of Defence, ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("’s".to_string()),
        Just("«".to_string()),
        Just("」".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just(" he ".to_string()),
        Just("10 1/2 months ago".to_string()),
        Just("£1,615".to_string()),
        Just("U.S.".to_string()),
        Just("👨‍👩‍👧".to_string()),
        Just("🇺🇦".to_string()),
        Just("e\u{301}".to_string()),
        Just("東京".to_string()),
        Just("\u{0}\u{7}".to_string()),
        Just("\u{202E}".to_string()),
        Just("-".to_string()),
        "[A-Z][a-z]{1,8}",
        "[a-z]{1,8}",
        "[0-9]{1,5}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// The result with every offset zeroed: what must not depend on the offset encoding.
fn without_offsets(mut ann: Annotations) -> Annotations {
    ann.offsets = OffsetEncoding::Utf8;
    ann.text_length = 0;
    let zero = |s: &mut Span| {
        s.start = 0;
        s.end = 0;
    };
    for e in &mut ann.entities {
        e.start = 0;
        e.end = 0;
    }
    for c in &mut ann.claims {
        c.source.iter_mut().chain(&mut c.cue).chain(&mut c.content).chain(&mut c.figures).chain(c.unverified_by.as_mut()).for_each(zero);
    }
    ann
}

fn overlap(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_equal_their_slices(text in newsish()) {
        for enc in [OffsetEncoding::Utf8, OffsetEncoding::Utf16, OffsetEncoding::Codepoint] {
            let ann = annotate(&text, &Options { offsets: Some(enc), ..Default::default() });
            assert_spans_match(&text, &ann);
        }
    }

    #[test]
    fn output_is_deterministic(text in newsish()) {
        let a = annotate(&text, &Options::default());
        let b = annotate(&text, &Options::default());
        prop_assert_eq!(a, b);
    }

    #[test]
    fn entities_do_not_overlap(text in newsish()) {
        let ann = annotate(&text, &Options::default());
        for w in ann.entities.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "{:?} overlaps {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn the_encoding_moves_offsets_and_nothing_else(text in newsish()) {
        let utf8 = without_offsets(annotate(&text, &Options { offsets: Some(OffsetEncoding::Utf8), ..Default::default() }));
        for enc in [OffsetEncoding::Utf16, OffsetEncoding::Codepoint] {
            let other = without_offsets(annotate(&text, &Options { offsets: Some(enc), ..Default::default() }));
            prop_assert_eq!(&other, &utf8, "{:?}", enc);
        }
    }

    #[test]
    fn claim_layers_do_not_overlap(text in newsish()) {
        let ann = annotate(&text, &Options::default());
        // Contents of different claims may nest (a claim inside a quoted claim), so only these hold:
        // the parts of one claim are ordered and apart, and each cue word marks one claim.
        for c in &ann.claims {
            for part in [&c.source[..], &c.cue[..], &c.content[..], &c.figures[..]] {
                for w in part.windows(2) {
                    prop_assert!(w[0].end <= w[1].start, "spans of one part overlap or are unordered: {:?}", part);
                }
            }
            for f in &c.figures {
                prop_assert!(c.content.iter().any(|s| s.start <= f.start && f.end <= s.end), "figure {:?} lies outside its claim's content {:?}", f, c.content);
            }
            let pairs: [(&[Span], &[Span]); 3] = [(&c.source, &c.cue), (&c.source, &c.content), (&c.cue, &c.content)];
            for (a, b) in pairs {
                for x in a {
                    prop_assert!(!b.iter().any(|y| overlap(x, y)), "{:?} overlaps another part of its claim {:?}", x, c);
                }
            }
        }
        let mut cues: Vec<&Span> = ann.claims.iter().flat_map(|c| &c.cue).collect();
        cues.sort_by_key(|s| (s.start, s.end));
        for w in cues.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "two claims share cue words: {:?} {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn indices_point_inside_the_result(text in newsish()) {
        let ann = annotate(&text, &Options::default());
        for e in &ann.entities {
            prop_assert!(e.group < ann.entity_groups.len());
        }
        for (i, g) in ann.entity_groups.iter().enumerate() {
            prop_assert_eq!(g.id, i);
            for &m in &g.mentions {
                prop_assert_eq!(ann.entities[m].group, i);
            }
        }
        for c in &ann.claims {
            prop_assert!(!c.content.is_empty());
            if let Some(s) = c.source_index { prop_assert!(s < ann.sources.len()); }
            if let Some(p) = c.parent { prop_assert!(p < ann.claims.len()); }
        }
    }
}
