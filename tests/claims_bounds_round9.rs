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
