//! Content boundaries, round 9: where a content ends when the writer's material follows it.
//! Invented sentences, one rule each.

mod common;

use common::claims::{content, run};

#[test]
fn a_bare_time_phrase_closing_a_noun_phrase_content_is_the_time_of_the_speech_act() {
    let ann = run("The senator endorsed the governor last week.");
    assert_eq!(content(&ann, "endorsed"), ["the governor"]);
    let ann = run("The nurses' union endorsed Lee Tuesday night.");
    assert_eq!(content(&ann, "endorsed"), ["Lee"]);
    let ann = run("The council praised the volunteers earlier this month.");
    assert_eq!(content(&ann, "praised"), ["the volunteers"]);
    // After an infinitive the time dates what is done, not the saying.
    let ann = run("The mayor promised to open the new bridge this year.");
    assert_eq!(content(&ann, "promised"), ["to open the new bridge this year"]);
}

#[test]
fn the_main_clause_resuming_with_a_verb_ends_a_relative_clause_content() {
    let ann = run("Lee, who believes the tax will hurt farmers, plans to vote against it.");
    assert_eq!(content(&ann, "believes"), ["the tax will hurt farmers"]);
    let ann = run("The mayor, who thinks the bridge is unsafe, wants the road closed.");
    assert_eq!(content(&ann, "thinks"), ["the bridge is unsafe"]);
    // An adjective list after the comma is no verb.
    let ann = run("Ruiz, who described him as a generous, famous host, left early.");
    assert!(content(&ann, "described").iter().any(|c| c.contains("famous")));
}

#[test]
fn a_short_determiner_phrase_ends_before_the_subjects_next_predicate() {
    let ann = run("The council promised a review and attempted to calm the residents of the valley.");
    assert_eq!(content(&ann, "promised"), ["a review"]);
    // A verb before the conjunction makes the content a clause, which keeps its conjunct.
    let ann = run("The minister said the talks stalled and collapsed in May.");
    assert_eq!(content(&ann, "said"), ["the talks stalled and collapsed in May"]);
}

#[test]
fn a_participle_cue_after_its_noun_ends_its_content_at_the_sentences_verb() {
    let ann = run("Farmers supporting the governor have pointed to the new roads.");
    assert_eq!(content(&ann, "supporting"), ["the governor"]);
    let ann = run("Several mayors opposing the levy were absent from the vote.");
    assert_eq!(content(&ann, "opposing"), ["the levy"]);
    // An infinitive's "be" is no finite verb.
    let ann = run("Voters supporting a decision to be announced soon cheered.");
    assert!(content(&ann, "supporting").iter().all(|c| c.contains("to be announced")));
}

#[test]
fn an_aside_after_a_dash_ends_a_noun_phrase_content() {
    let ann = run("The senator opposed the trade pact — one of the biggest goals of his administration.");
    assert_eq!(content(&ann, "opposed"), ["the trade pact"]);
    let ann = run("The union endorsed Lee - the first time it has weighed in on a race.");
    assert_eq!(content(&ann, "endorsed"), ["Lee"]);
    // A spaced hyphen is a dash like any other: a clause of the writer's follows it.
    let ann = run("The mayor praised the council - she was once its harshest critic.");
    assert_eq!(content(&ann, "praised"), ["the council"]);
}

#[test]
fn a_comparison_after_a_comma_ends_a_reported_figure() {
    let ann = run("The bakery reported a profit of $2.10 a share, well above the $1.50 that analysts expected.");
    assert_eq!(content(&ann, "reported"), ["a profit of $2.10 a share"]);
    let ann = run("Only 30 percent of residents opposed the levy, down from 45 percent in 2015.");
    assert_eq!(content(&ann, "opposed"), ["the levy"]);
}

#[test]
fn yet_and_a_verb_of_the_same_subject_ends_a_noun_phrase_content() {
    let ann = run("Lee demands honesty from the council, yet refuses to publish her own calendar.");
    assert_eq!(content(&ann, "demands"), ["honesty from the council"]);
    // "yet" before a clause with a subject of its own is left alone here.
    let ann = run("Lee demands honesty from the council, yet the council meets in secret.");
    assert!(content(&ann, "demands").iter().all(|c| c.starts_with("honesty")));
}
