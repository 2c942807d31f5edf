//! Properties that hold for any input text: no panic, spans on character boundaries that equal
//! their slice in every offset encoding, deterministic output, no overlapping entities.

mod common;

use common::assert_spans_match;
use proptest::prelude::*;
use sourcemark::{annotate, OffsetEncoding, Options};

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
