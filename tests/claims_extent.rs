//! How far a claim's content, source and cue reach when a sentence holds more than one report
//! of the same speaker, a quotation split around its cue, or a source phrase with a middle
//! initial, a hometown or a fronted phrase: invented sentences in general news English.

mod common;

use common::claims::{by_cue, run, texts};

#[test]
fn a_second_reporting_verb_of_the_same_subject_ends_the_first_content() {
    let ann = run("The governor called the budget \"reckless\" and called for a new vote in the spring.");
    assert_eq!(texts(&by_cue(&ann, "called").content), ["the budget \"reckless\""]);
    assert_eq!(texts(&by_cue(&ann, "called for").content), ["a new vote in the spring"]);
    let ann = run("The chairman claimed broad support and said the merger would save jobs.");
    assert_eq!(texts(&by_cue(&ann, "claimed").content), ["broad support"]);
    assert_eq!(texts(&by_cue(&ann, "said").source), ["The chairman"]);
    let ann = run("The coach praised the trade, pointing to the young players on the roster.");
    assert_eq!(texts(&by_cue(&ann, "praised").content), ["the trade"]);
}

#[test]
fn a_verb_of_the_contents_own_clause_does_not_end_it() {
    // "consider" has the form of "choose", not of "notes": it belongs to the content.
    let ann = run("The report notes that the fines are so light that firms choose to hide losses and consider the fines a cost of business.");
    assert_eq!(
        texts(&by_cue(&ann, "notes").content),
        ["that the fines are so light that firms choose to hide losses and consider the fines a cost of business"]
    );
    let ann = run("The agency says the rule would cut revenue at first, but would eventually add $8 billion.");
    assert_eq!(texts(&by_cue(&ann, "says").content), ["the rule would cut revenue at first, but would eventually add $8 billion"]);
}

#[test]
fn a_split_quotation_continues_after_a_participle_or_relative_clause_of_the_speaker() {
    let ann = run("\"We came close to a deal,\" the senator said in Denver, recalling a bill that failed when she was new. \"Both parties voted for it.\"");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["\"We came close to a deal,\"", "\"Both parties voted for it.\""]);
    let ann = run("\"Sales are up a little,\" said Mark Olsen, who noted that prices had fallen. \"Things are moving in the right direction.\"");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["\"Sales are up a little,\"", "\"Things are moving in the right direction.\""]);
}

#[test]
fn a_source_keeps_its_middle_initial_hometown_and_the_name_may() {
    let ann = run("\"It was common ground,\" said John K. Baxter, a former aide.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["John K. Baxter, a former aide"]);
    let ann = run("Prime Minister Anna May suggested that the country would leave the customs union.");
    assert_eq!(texts(&by_cue(&ann, "suggested").source), ["Prime Minister Anna May"]);
    let ann = run("Carl Jensen, of Dayton, Ohio, said he had served in the navy.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["Carl Jensen, of Dayton, Ohio"]);
}

#[test]
fn a_subject_stands_after_a_fronted_phrase_or_before_an_appositive() {
    let ann = run("Speaking at a rally in Dover, Delaware, Harris went after her rival, calling him \"a total bore.\"");
    assert_eq!(texts(&by_cue(&ann, "calling").source), ["Harris"]);
    let ann = run("This year, he came to the defense of the league, saying its chief should be given a medal.");
    assert_eq!(texts(&by_cue(&ann, "saying").source), ["he"]);
    let ann = run("Likewise, Mayor Ortiz went after the council over its delay and called for a vote this week.");
    assert_eq!(texts(&by_cue(&ann, "called for").source), ["Mayor Ortiz"]);
    let ann = run("Dunn, whose views have upset members of her party, last year proposed a ban on rentals.");
    assert_eq!(texts(&by_cue(&ann, "proposed").source), ["Dunn"]);
    let ann = run("Mr. Lowe, whose appeal rests on toughness, seldom speaks of his brother.");
    assert_eq!(texts(&by_cue(&ann, "speaks of").source), ["Mr. Lowe"]);
}

#[test]
fn a_gerund_after_another_cues_circumstance_shares_its_subject() {
    let ann = run("\"We will get there,\" she said at a news conference announcing that her office was suing the state.");
    assert_eq!(texts(&by_cue(&ann, "announcing").source), ["she"]);
}

#[test]
fn an_agent_of_another_verb_in_the_content_is_no_source() {
    // "by" after "released", inside the content, names that verb's agent, not the speaker's.
    let ann = run("The envoy said the prisoners released by the rebels were close to the end of their terms.");
    let said = by_cue(&ann, "said");
    assert_eq!(texts(&said.source), ["The envoy"]);
    assert_eq!(texts(&said.content), ["the prisoners released by the rebels were close to the end of their terms"]);
}

#[test]
fn an_inverted_source_keeps_its_title_in_apposition() {
    let ann = run("The senator also lacks allies in the chamber, whom she angered with her votes, said Lena Ortiz, director of the state's polling institute.");
    let said = by_cue(&ann, "said");
    assert_eq!(texts(&said.source), ["Lena Ortiz, director of the state's polling institute"]);
    assert_eq!(texts(&said.content), ["The senator also lacks allies in the chamber, whom she angered with her votes"]);
}

#[test]
fn a_source_keeps_a_list_of_names_in_its_prepositional_phrase() {
    let ann = run("Officials in Paris, London and Berlin said the talks would resume.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["Officials in Paris, London and Berlin"]);
    // A fronted time phrase is no part of the list.
    let ann = run("In May, Smith and Jones said they were worried.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["Smith and Jones"]);
}
