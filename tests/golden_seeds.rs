//! Golden tests on the four seed articles: the engine's scores against the human gold must not
//! fall below the floors measured when they were last raised (see README, "Accuracy").

mod common;

use common::*;
use sourcemark::{annotate, OffsetEncoding, Options};

/// Floors a little under the measured figures, so a regression fails and noise does not.
const ENTITY_F1_FLOOR: f64 = 0.97;
const CONTENT_OVERLAP_F1_FLOOR: f64 = 0.90;

#[test]
fn seed_entity_f1_does_not_regress() {
    let s = score_seeds();
    assert!(s.entity_f1 >= ENTITY_F1_FLOOR, "entity micro F1 {:.3} < floor {ENTITY_F1_FLOOR}", s.entity_f1);
}

#[test]
fn seed_claim_content_overlap_f1_does_not_regress() {
    let s = score_seeds();
    assert!(
        s.content_overlap_f1 >= CONTENT_OVERLAP_F1_FLOOR,
        "content-overlap F1 {:.3} < floor {CONTENT_OVERLAP_F1_FLOOR}",
        s.content_overlap_f1
    );
}

#[test]
fn every_seed_span_equals_its_slice_in_every_encoding() {
    for doc in seeds_gold() {
        for enc in [OffsetEncoding::Utf8, OffsetEncoding::Utf16, OffsetEncoding::Codepoint] {
            let ann = annotate(&doc.text, &Options { offsets: Some(enc), ..Default::default() });
            assert!(!ann.entities.is_empty() && !ann.claims.is_empty(), "{}: nothing found", doc.id);
            assert_spans_match(&doc.text, &ann);
        }
    }
}

#[test]
fn scorer_gives_full_marks_to_the_gold_itself() {
    // Guards the floors above: a scorer bug could otherwise hide a regression.
    for doc in seeds_gold() {
        let ann = gold_as_annotations(&doc);
        let (etp, esys, egold, atp, asys, agold) = score(&doc, &ann);
        assert!(egold > 0 && agold > 0, "{} has gold", doc.id);
        assert_eq!((etp, esys, atp, asys), (egold, egold, agold, agold), "{}", doc.id);
    }
    let toks = score_tokens("Putin’s war, 2.7 times");
    assert_eq!(toks, vec![(0, 5), (5, 6), (6, 7), (8, 11), (11, 12), (13, 14), (14, 15), (15, 16), (17, 22)]);
}
