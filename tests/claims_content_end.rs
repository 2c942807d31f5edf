//! Where a content ends when what follows it is the writer's: after a noun-phrase content
//! ("praised the plan, which …", "endorsed the mayor on Thursday"), after a quotation closed with
//! its own punctuation, after a split cue's predicate. Invented sentences, one rule each.

mod common;

use common::claims::{content, run, texts};

#[test]
fn a_non_restrictive_relative_clause_ends_a_noun_phrase_content() {
    let ann = run("The nurses' union endorsed Lee, who thanked its members for their trust.");
    assert_eq!(content(&ann, "endorsed"), ["Lee"]);
}

#[test]
fn a_participle_after_a_comma_ends_a_noun_phrase_content() {
    let ann = run("The union endorsed the governor, ending months of speculation about its plans.");
    assert_eq!(content(&ann, "endorsed"), ["the governor"]);
}

#[test]
fn a_list_of_participles_stays_in_the_content() {
    let ann = run("The committee supported raising taxes, cutting fees and closing loopholes.");
    assert_eq!(content(&ann, "supported"), ["raising taxes, cutting fees and closing loopholes"]);
}

#[test]
fn a_clause_with_its_own_subject_after_a_comma_ends_a_noun_phrase_content() {
    let ann = run("The minister praised the report, Lee was far less enthusiastic about it.");
    assert_eq!(content(&ann, "praised"), ["the report"]);
}

#[test]
fn the_subjects_next_predicate_ends_a_noun_phrase_content() {
    let ann = run("The senator criticized the merger and called for an inquiry into the deal.");
    assert_eq!(content(&ann, "criticized"), ["the merger"]);
    // An adjective after "and" is no predicate.
    let ann = run("The mayor praised a bold and detailed plan for the harbour.");
    assert_eq!(content(&ann, "praised"), ["a bold and detailed plan for the harbour"]);
}

#[test]
fn a_circumstance_clause_ends_a_noun_phrase_content() {
    let ann = run("The coach criticized the referee when the match ended in a draw.");
    assert_eq!(content(&ann, "criticized"), ["the referee"]);
    let ann = run("The governor praised the volunteers during a visit to the flooded town.");
    assert_eq!(content(&ann, "praised"), ["the volunteers"]);
}

#[test]
fn the_time_of_the_speech_act_ends_a_noun_phrase_content() {
    let ann = run("The nurses' union endorsed the governor on Thursday, another boost for her campaign.");
    assert_eq!(content(&ann, "endorsed"), ["the governor"]);
}

#[test]
fn a_quotation_closed_with_its_own_punctuation_ends_the_content() {
    let ann = run("The mayor said “we will rebuild every house,” as the crowd cheered.");
    assert_eq!(content(&ann, "said"), ["“we will rebuild every house,”"]);
    let ann = run("The coach said “the season is over” when reporters asked about the injury.");
    assert_eq!(content(&ann, "said"), ["“the season is over”"]);
}

#[test]
fn the_subjects_next_predicate_ends_a_split_cues_predicate() {
    let ann = run("The mayor viewed the protesters as troublemakers and ignored their demands.");
    assert_eq!(content(&ann, "viewed"), ["the protesters", "troublemakers"]);
}

#[test]
fn a_clause_content_keeps_its_relative_clause_and_participle() {
    // After a cue that takes a clause, what looks like a phrase may be a clause ("the army won").
    let ann = run("Officials said the army won the battle, which lasted three days, causing heavy losses.");
    assert_eq!(content(&ann, "said"), ["the army won the battle, which lasted three days, causing heavy losses"]);
}

#[test]
fn a_relative_clause_ends_a_determiner_phrase_after_a_clause_cue() {
    // "show" takes a clause, but "a close race in the county" holds no verb: a phrase.
    let ann = run("Polls show a close race in the county, where nine seats are up for grabs.");
    assert_eq!(content(&ann, "show"), ["a close race in the county"]);
    // A relative clause that reports a saying of its own is the source's point: it stays.
    let ann = run("Polls show a close race in the county, which analysts say favours the mayor.");
    assert_eq!(content(&ann, "show"), ["a close race in the county, which analysts say favours the mayor"]);
    // A relative clause inside the subject of a clause stays: the predicate follows it.
    let ann = run("Officials said the talks, which began in May, stalled again last week.");
    assert_eq!(content(&ann, "said"), ["the talks, which began in May, stalled again last week"]);
    // A second determiner after a word that is no preposition marks an object: a clause.
    let ann = run("Officials said the army won the battle, which lasted three days.");
    assert_eq!(content(&ann, "said"), ["the army won the battle, which lasted three days"]);
}

#[test]
fn an_appositive_gloss_of_a_name_ends_the_content() {
    let ann = run("Critics say the money would be better spent on the WHO, the agency that leads the fight against malaria.");
    assert_eq!(content(&ann, "say"), ["the money would be better spent on the WHO"]);
    let ann = run("The senator vowed to repeal the Walsh Act, a law that caps rents in the city.");
    assert_eq!(content(&ann, "vowed"), ["to repeal the Walsh Act"]);
    // A list after the name stays: "and" before any relative word.
    let ann = run("Lee said they differ on NATO, the budget and the choice of a new judge.");
    assert_eq!(content(&ann, "said"), ["they differ on NATO, the budget and the choice of a new judge"]);
    // "the …" after a name that is no acronym may be the source's own description.
    let ann = run("The rebels claimed to hold a village near Lamont, the centre of the fighting.");
    assert_eq!(content(&ann, "claimed"), ["to hold a village near Lamont, the centre of the fighting"]);
    // A gloss with a quotation in it may be the source's words.
    let ann = run("Lee said she would vote for Ortiz, a “true reformer” in her eyes.");
    assert_eq!(content(&ann, "said"), ["she would vote for Ortiz, a “true reformer” in her eyes"]);
}

#[test]
fn a_coordinated_subject_does_not_end_a_clause_content() {
    // "four of his children and his wife will speak": the words before "and" hold no verb, so
    // they are half of the next verb's subject, not a clause of their own.
    let ann = run("The spokesman said four of his children and his wife will also speak at the dinner.");
    assert_eq!(content(&ann, "said"), ["four of his children and his wife will also speak at the dinner"]);
    let ann = run("The engineers argue that imports from Spain and Italy grew quickly after the tariff was cut.");
    assert_eq!(content(&ann, "argue"), ["that imports from Spain and Italy grew quickly after the tariff was cut"]);
    // A clause before "and" still ends there.
    let ann = run("The minister said the army won the battle and France announced new aid.");
    assert_eq!(content(&ann, "said"), ["the army won the battle"]);
    // Nor is a subject with a relative clause of its own the second half of one.
    let ann = run("There are those who consider the harbour closed and those who insist that the ferries will sail.");
    assert_eq!(content(&ann, "consider"), ["the harbour closed"]);
}

#[test]
fn a_coordinated_subject_after_but_opens_the_writers_clause_at_but() {
    let ann = run("The ministers expect to see the two leaders together much more, but the party's donors and local allies expect the governor to stay home.");
    assert_eq!(content(&ann, "expect"), ["to see the two leaders together much more"]);
}

#[test]
fn a_gloss_of_the_whole_after_an_object_ends_the_content() {
    // ", the latest chapter in …": a determiner phrase that runs to the end (perhaps with a
    // relative clause of its own) glosses the report, not what was endorsed.
    let ann = run("The dockers' union is endorsing the mayor's campaign, the latest turn in a long feud between the two sides that has lasted for years.");
    assert_eq!(content(&ann, "endorsing"), ["the mayor's campaign"]);
    // A list after the comma stays: it is more of the object.
    let ann = run("The mayor praised the harbour plan, the school budget and the new ferry timetable.");
    assert_eq!(content(&ann, "praised"), ["the harbour plan, the school budget and the new ferry timetable"]);
}

#[test]
fn the_occasion_of_the_speech_act_ends_a_noun_phrase_content() {
    // "at last week's forum …": where it was said, whatever follows the occasion word.
    let ann = run("Both mayors cited the figure at last week's harbour forum watched by thousands of residents.");
    assert_eq!(content(&ann, "cited"), ["the figure"]);
    let ann = run("The senator endorsed the governor during a televised debate in Lima, a city she rarely visits.");
    assert_eq!(content(&ann, "endorsed"), ["the governor"]);
    // Not when a complement follows it: "urged … at a rally to …" (the infinitive is content).
    let ann = run("The senator urged her supporters at a rally on Friday to register before the deadline.");
    assert!(content(&ann, "urged").concat().contains("to register"), "{:#?}", ann.claims);
}

#[test]
fn a_quotation_closed_with_its_comma_then_but_and_a_new_clause_ends_the_content() {
    // "… is “safe,” but in their report they …": the writer's clause after the quoted words.
    let ann = run("The inspectors ruled that the old bridge is “safe,” but in their report they noted rust on every beam.");
    assert_eq!(content(&ann, "ruled"), ["that the old bridge is “safe,”"]);
    // "but only …", "but because …" go on with what was said.
    let ann = run("The mayor says the toll is “negotiable,” but only for small details of the bridge.");
    assert_eq!(content(&ann, "says"), ["the toll is “negotiable,” but only for small details of the bridge"]);
    let ann = run("The mayor said he acted not out of “some personal feud,” but because the plan is a “bad deal.”");
    assert_eq!(content(&ann, "said"), ["he acted not out of “some personal feud,” but because the plan is a “bad deal.”"]);
}

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

#[test]
fn an_inverted_source_after_a_comma_ends_the_content_of_a_cue_before_it() {
    let ann = run("The union promised to end the strike within a week, said Ann Lee, a spokeswoman for the workers.");
    assert_eq!(content(&ann, "promised"), ["to end the strike within a week"]);
    // So does the verb of a subject that the content ran into.
    let ann = run("Ann Lee, the author of a survey showing the mayor ahead by nine points, told the Herald that the race was over.");
    assert_eq!(content(&ann, "showing"), ["the mayor ahead by nine points"]);
    // A verb after an aside that follows a subject pronoun is the content's own.
    let ann = run("The senator pledged to cut taxes, fix the roads and he, once again, pledged a “new deal” for farmers.");
    assert_eq!(content(&ann, "pledged"), ["to cut taxes, fix the roads and he, once again, pledged a “new deal” for farmers"]);
}

#[test]
fn a_verbless_appositive_of_an_inverted_source_is_no_content() {
    let ann = run("The race will be close, said Dan Smith, director of the Civic Project and an analyst at the University of Ohio.");
    assert_eq!(content(&ann, "said"), ["The race will be close"]);
    // A predicate after the source's comma resumes the content.
    let ann = run("The plan, said Ann Lee, is dead.");
    assert_eq!(content(&ann, "said"), ["The plan", "is dead"]);
}

#[test]
fn a_clause_before_a_cue_under_a_modal_is_not_its_content() {
    // "he should have insisted" is no parenthetical report of the clause before its comma.
    let ann = run("Ann Lee said the deal was costly but that if the mayor chose to sign it, he should have insisted on getting every worker paid.");
    assert!(ann.claims.iter().all(|c| texts(&c.content).iter().all(|t| !t.starts_with("Ann Lee"))), "{:#?}", ann.claims);
    assert_eq!(content(&ann, "said"), ["the deal was costly but that if the mayor chose to sign it, he should have insisted on getting every worker paid"]);
    // A quotation before the cue is still what will be said.
    let ann = run("“You cannot know what it is like until you sit at that desk,” he will say.");
    assert_eq!(content(&ann, "say"), ["“You cannot know what it is like until you sit at that desk,”"]);
}
