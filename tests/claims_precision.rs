//! Precision of the claims: contents that must not stop short (a relative clause inside a
//! reported clause, …) and words that must not make a claim at all (a cue word in another
//! sense, a label before a colon, …). Invented sentences, one rule each.

mod common;

use common::claims::{by_cue, run, texts};

fn content<'a>(ann: &'a sourcemark::Annotations, cue: &str) -> Vec<&'a str> {
    texts(&by_cue(ann, cue).content)
}

#[test]
fn a_which_clause_inside_a_that_clause_stays_in_the_content() {
    let ann = run("The audit found that in the two biggest towns, which include Easton and Weston, fees have doubled.");
    assert_eq!(content(&ann, "found"), ["that in the two biggest towns, which include Easton and Weston, fees have doubled"]);
}
