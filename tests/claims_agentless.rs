//! Agentless and passive attributions (GUIDELINES §3): a passive cue whose subject is the content,
//! with no source or a "by" agent. Every sentence is invented.

mod common;

use common::claims::{by_cue, run, texts};

#[test]
fn a_passive_small_clause_keeps_subject_and_predicate() {
    let ann = run("The harbour, which has been called a fortress since 1990, is quiet.");
    let c = by_cue(&ann, "called");
    assert!(c.source.is_empty());
    assert_eq!(texts(&c.content), ["The harbour", "a fortress"]);
    let ann = run("The old bridge is considered the safest crossing in the valley.");
    assert_eq!(texts(&by_cue(&ann, "considered").content), ["The old bridge", "the safest crossing in the valley"]);
}

#[test]
fn a_passive_split_cue_around_as() {
    let ann = run("The flood was described as a disaster.");
    let c = by_cue(&ann, "described");
    assert!(c.source.is_empty());
    assert_eq!(texts(&c.cue), ["described", "as"]);
    assert_eq!(texts(&c.content), ["The flood", "a disaster"]);
}

#[test]
fn a_passive_charge_after_its_particle() {
    let ann = run("The coach has often been accused of fixing matches.");
    let c = by_cue(&ann, "accused of");
    assert!(c.source.is_empty());
    assert_eq!(texts(&c.content), ["The coach", "fixing matches"]);
}

#[test]
fn a_reported_subject_with_or_without_an_agent() {
    let ann = run("Three arrests were reported on Sunday.");
    let c = by_cue(&ann, "reported");
    assert!(c.source.is_empty());
    assert_eq!(texts(&c.content), ["Three arrests"]);
    let ann = run("The strike was announced by the port workers union on Monday.");
    let c = by_cue(&ann, "announced");
    assert_eq!(texts(&c.source), ["the port workers union"]);
    assert_eq!(texts(&c.content), ["The strike"]);
}

#[test]
fn passives_that_are_no_attributions() {
    for text in ["Reservists were called up to fight.", "The request was denied.", "She has the chance to be considered a hero.", "It was announced on Monday."] {
        let ann = run(text);
        assert!(ann.claims.is_empty(), "{text}: {:#?}", ann.claims);
    }
}
