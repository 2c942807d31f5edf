//! Nominal attributions (GUIDELINES §3–4): noun cues with a clause or noun-phrase content, their
//! possessive sources, and where a noun-phrase content ends. Every sentence is invented.

mod common;

use common::claims::{by_cue, run, texts};

#[test]
fn reports_of_a_list_run_over_its_commas() {
    let ann = run("There have been reports of shelling near the dam, the rail depot and the power station.");
    let c = by_cue(&ann, "reports");
    assert!(c.source.is_empty());
    assert_eq!(texts(&c.content), ["shelling near the dam, the rail depot and the power station"]);
    // Inside a quotation the list ends with the quotation's sentence.
    let ann = run("The ministry wrote: “There were reports of fires at fuel depots, rail yards and command posts in the north.”");
    assert_eq!(texts(&by_cue(&ann, "reports").content), ["fires at fuel depots, rail yards and command posts in the north"]);
}

#[test]
fn a_fronted_noun_phrase_content_ends_at_the_main_clause() {
    let ann = run("Amid reports of flooding in the valley, and a shortage of boats, volunteers have been driving to the coast.");
    assert_eq!(texts(&by_cue(&ann, "reports").content), ["flooding in the valley, and a shortage of boats"]);
}

#[test]
fn a_noun_phrase_content_ends_before_the_sentence_verb() {
    let ann = run("The senator's sudden acknowledgement of failures surprises the committee.");
    let c = by_cue(&ann, "acknowledgement");
    assert_eq!(texts(&c.source), ["The senator"]);
    assert_eq!(texts(&c.content), ["failures"]);
}

#[test]
fn a_possessive_source_starts_after_a_preposition() {
    let ann = run("The union backed its leader's claim that the factory would close and said the talks were over.");
    let c = by_cue(&ann, "claim");
    assert_eq!(texts(&c.source), ["its leader"]);
    assert_eq!(texts(&c.content), ["that the factory would close"]);
    let ann = run("The paper ran a fact-check on the mayor's claim that crime had fallen by half.");
    assert_eq!(texts(&by_cue(&ann, "claim").source), ["the mayor"]);
}

#[test]
fn a_cue_word_the_verb_reading_leaves_is_a_noun() {
    let ann = run("Trade fell sharply, despite claims that the tariffs had been lifted.");
    let c = by_cue(&ann, "claims");
    assert!(c.source.is_empty());
    assert_eq!(texts(&c.content), ["that the tariffs had been lifted"]);
    let ann = run("There have been reports of looting in the old town.");
    assert_eq!(texts(&by_cue(&ann, "reports").content), ["looting in the old town"]);
}

#[test]
fn an_event_noun_before_the_cue_is_its_content() {
    let ann = run("Arrests rose after the governor's partial evacuation announcement, the group said.");
    let c = by_cue(&ann, "announcement");
    assert_eq!(texts(&c.source), ["the governor"]);
    assert_eq!(texts(&c.content), ["partial evacuation"]);
    // An adjective or a document word is no content: "his latest report".
    let ann = run("Critics read the governor's latest report with care.");
    assert!(ann.claims.iter().all(|c| c.cue[0].text != "report"), "{:#?}", ann.claims);
}

#[test]
fn relative_clauses_and_media_are_no_noun_contents() {
    let ann = run("The claims that were filed last year are still pending.");
    assert!(ann.claims.iter().all(|c| c.cue[0].text != "claims"), "{:#?}", ann.claims);
    let ann = run("The harbour master said in a statement that the port was closed.");
    assert_eq!(ann.claims.len(), 1, "{:#?}", ann.claims);
    assert_eq!(texts(&by_cue(&ann, "said").content), ["that the port was closed"]);
}

#[test]
fn an_accusation_keeps_its_object_with_the_charge() {
    // GUIDELINES §3: "blamed it on …"; the accused is no addressee but part of what is said.
    let ann = run("The union has repeatedly accused the company of hiding the losses.");
    let c = by_cue(&ann, "accused");
    assert_eq!(texts(&c.source), ["The union"]);
    assert_eq!(texts(&c.content), ["the company of hiding the losses"]);
}

#[test]
fn an_abbreviation_dot_does_not_end_a_noun_content() {
    let ann = run("The council repeated its claim that Mr. Lee had resigned in March.");
    assert_eq!(texts(&by_cue(&ann, "claim").content), ["that Mr. Lee had resigned in March"]);
}

#[test]
fn a_cue_word_after_a_verb_in_ing_is_its_object() {
    let ann = run("The senator is propounding claims that the vote was rigged.");
    let c = by_cue(&ann, "claims");
    assert!(c.source.is_empty(), "{:#?}", c.source);
    assert_eq!(texts(&c.content), ["that the vote was rigged"]);
}

#[test]
fn a_relative_clause_source_is_not_the_verb_before_its_antecedent() {
    // GUIDELINES §4: a relative-pronoun subject becomes its antecedent.
    let ann = run("They turned to the city police, which reported 40 arrests.");
    assert_eq!(texts(&by_cue(&ann, "reported").source), ["the city police"]);
    // A passive participle stays in its phrase.
    let ann = run("The head of the district who is backed by the council said the road would close.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["The head of the district who is backed by the council"]);
}

#[test]
fn names_coordinated_before_a_source_belong_to_it() {
    // GUIDELINES §4: the full noun phrase; "A and B said" is not B alone.
    let ann = run("The Harbour Board and its lawyers say that the fee is fair.");
    assert_eq!(texts(&by_cue(&ann, "say").source), ["The Harbour Board and its lawyers"]);
    let ann = run("Norway, Chile and Peru support the treaty.");
    assert_eq!(texts(&by_cue(&ann, "support").source), ["Norway, Chile and Peru"]);
    // Mid-sentence, a conjunction joins clauses, not sources.
    let ann = run("Rebels shelled the port and the navy said the strikes were over.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["the navy"]);
}

#[test]
fn a_coordinated_subject_before_a_by_agent_is_all_content() {
    let ann = run("Loans of grain and other supplies pledged last week by two neighbours will not end the shortage, the mayor said.");
    let c = by_cue(&ann, "pledged");
    assert_eq!(texts(&c.source), ["two neighbours"]);
    assert_eq!(texts(&c.content), ["Loans of grain and other supplies"]);
}

#[test]
fn a_nested_source_stops_at_the_outer_reporting_verb() {
    let ann = run("Many voters say Mayor Lee promised to build a bridge.");
    assert_eq!(texts(&by_cue(&ann, "promised").source), ["Mayor Lee"]);
    assert_eq!(texts(&by_cue(&ann, "say").source), ["Many voters"]);
}

#[test]
fn a_circumstance_between_commas_is_no_appositive_of_the_source() {
    // GUIDELINES §3–4: circumstances of the speech act are excluded; appositives stay.
    let ann = run("The mayor, speaking to farmers in the valley, said the dam would hold.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["The mayor"]);
    let ann = run("Norway, for its part, said the treaty was fair.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["Norway"]);
    let ann = run("Several unions, including the dockers, said the strike would go on.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["Several unions, including the dockers"]);
}
