//! In-scope attributions on cue words other than the plain reporting verbs: predicates of
//! appearance ("seems ready"), small clauses of "call", requests and questions, expressed
//! attitudes. Every sentence is invented.

mod common;

use common::claims::{by_cue, run, texts};

/// No claim of the text has a cue starting with `cue`.
fn no_cue(text: &str, cue: &str) {
    let ann = run(text);
    assert!(ann.claims.iter().all(|c| !c.cue.iter().any(|s| s.text.starts_with(cue))), "{text}: {:#?}", ann.claims);
}

#[test]
fn a_raising_verb_with_a_predicate_is_an_agentless_evidential() {
    let ann = run("The harbour seems ready for the storm.");
    let c = by_cue(&ann, "seems");
    assert!(c.source.is_empty());
    assert_eq!(texts(&c.content), ["The harbour", "ready for the storm"]);
    let ann = run("The old mill appeared deserted by noon.");
    assert_eq!(texts(&by_cue(&ann, "appeared").content), ["The old mill", "deserted by noon"]);
    let ann = run("The second offer seemed like a gamble.");
    assert_eq!(texts(&by_cue(&ann, "seemed").content), ["The second offer", "like a gamble"]);
    // A colon opens the writer's evidence, not more of the appearance.
    let ann = run("The coach seemed irritated: the bus was late again.");
    assert_eq!(texts(&by_cue(&ann, "seemed").content), ["The coach", "irritated"]);
    // A relative subject belongs to another clause; a physical appearance is no predicate.
    no_cue("Fans who feel trapped in a league that seems rigged against them stay home.", "seem");
    no_cue("The two bakers appeared together on the morning show.", "appear");
}

#[test]
fn an_expressed_attitude_joins_the_cue() {
    let ann = run("The farmers expressed concern about the new water rules.");
    let c = by_cue(&ann, "expressed concern about");
    assert_eq!(texts(&c.source), ["The farmers"]);
    assert_eq!(texts(&c.content), ["the new water rules"]);
    let ann = run("The coach expressed confidence that the team would recover.");
    assert_eq!(texts(&by_cue(&ann, "expressed confidence").content), ["that the team would recover"]);
    // The guidelines' "expressed his conviction": after a possessive the noun joins the cue.
    let ann = run("The judge expressed her conviction that the ruling was fair.");
    let c = by_cue(&ann, "expressed her conviction");
    assert_eq!(texts(&c.source), ["The judge"]);
    assert_eq!(texts(&c.content), ["that the ruling was fair"]);
    // A longer object is the content itself.
    let ann = run("The mayor expressed her thanks to the volunteers of the flood relief effort.");
    assert_eq!(texts(&by_cue(&ann, "expressed").content), ["her thanks to the volunteers of the flood relief effort"]);
}

#[test]
fn an_infinitive_of_call_for_is_a_verb_with_its_particle() {
    let ann = run("The families continued to call for an inquiry into the crash.");
    let c = by_cue(&ann, "call for");
    assert_eq!(texts(&c.source), ["The families"]);
    assert_eq!(texts(&c.content), ["an inquiry into the crash"]);
}

#[test]
fn an_ing_noun_after_a_determiner_is_no_participle_of_a_list() {
    // "the sudden closing" is a noun: the participle after the comma is the writer's.
    let ann = run("The parents called for a review of the sudden closing of the school, marching through the town.");
    assert_eq!(texts(&by_cue(&ann, "called for").content), ["a review of the sudden closing of the school"]);
}

#[test]
fn a_possessive_after_the_object_of_call_opens_the_predicate() {
    let ann = run("The coach called her assistant her right hand.");
    assert_eq!(texts(&by_cue(&ann, "called").content), ["her assistant her right hand"]);
    let ann = run("The pilot called it their “lucky charm”.");
    assert_eq!(texts(&by_cue(&ann, "called").content), ["it their “lucky charm”"]);
    // A prepositional phrase is no predicate: the call was a telephone call.
    no_cue("The tenant called the landlord on his mobile phone.", "called");
}

#[test]
fn which_and_whom_open_an_indirect_question() {
    let ann = run("Asked which route was safest, the guide shrugged.");
    let c = by_cue(&ann, "Asked");
    assert!(c.source.is_empty());
    assert_eq!(texts(&c.content), ["which route was safest"]);
    let ann = run("The reporter asked the minister which schools would close.");
    let c = by_cue(&ann, "asked");
    assert_eq!(texts(&c.source), ["The reporter"]);
    assert_eq!(texts(&c.content), ["which schools would close"]);
    let ann = run("When asked whom she would back, the senator smiled.");
    assert_eq!(texts(&by_cue(&ann, "asked").content), ["whom she would back"]);
}

#[test]
fn the_topic_of_a_question_is_its_content() {
    let ann = run("The minister was asked about the delays at the border crossing.");
    let c = by_cue(&ann, "asked about");
    assert!(c.source.is_empty());
    assert_eq!(texts(&c.content), ["the delays at the border crossing"]);
    let ann = run("The host asked the chef about the closing of her restaurant.");
    let c = by_cue(&ann, "asked");
    assert_eq!(texts(&c.source), ["The host"]);
    assert_eq!(texts(&c.content), ["the closing of her restaurant"]);
}

#[test]
fn calls_with_an_object_and_a_predicate_is_the_verb() {
    let ann = run("The union, which represents nurses, calls the offer “an insult” to its members.");
    let c = by_cue(&ann, "calls");
    assert_eq!(texts(&c.source), ["The union"]);
    assert_eq!(texts(&c.content), ["the offer “an insult” to its members"]);
    let ann = run("Ann Lee, a city planner, calls the tram line a lifeline for the suburbs.");
    let c = by_cue(&ann, "calls");
    assert_eq!(texts(&c.source), ["Ann Lee, a city planner"]);
    assert_eq!(texts(&c.content), ["the tram line a lifeline for the suburbs"]);
}

#[test]
fn a_short_quotation_after_a_long_object_of_call_is_the_predicate() {
    let ann = run("The coach called the foul that ended the match \"a disgrace,\" but he accepted the result.");
    assert_eq!(texts(&by_cue(&ann, "called").content), ["the foul that ended the match \"a disgrace,\""]);
    let ann = run("The judge called what she had heard ''troubling.''");
    assert_eq!(texts(&by_cue(&ann, "called").content), ["what she had heard ''troubling.''"]);
    // A report inside the stretch makes the quotation its own.
    no_cue("The mayor called the fire chief and said \"we are ready.\"", "called");
}

#[test]
fn a_content_in_a_non_restrictive_relative_clause_ends_before_the_main_predicate() {
    let ann = run("The mayor, who called for a new bridge, opened the meeting early.");
    let c = by_cue(&ann, "called for");
    assert_eq!(texts(&c.source), ["The mayor"]);
    assert_eq!(texts(&c.content), ["a new bridge"]);
    let ann = run("The senator, who argued that the tax was unfair, voted for the repeal.");
    assert_eq!(texts(&by_cue(&ann, "argued").content), ["that the tax was unfair"]);
    // A that-clause whose subject is interrupted by commas goes on to its verb.
    let ann = run("The senator, who said that the tax, in the end, was unfair, voted for the repeal.");
    assert!(texts(&by_cue(&ann, "said").content)[0].ends_with("was unfair"));
}

#[test]
fn an_evidential_predicate_ends_before_a_clause_of_the_writer() {
    let ann = run("The council is expected to approve the budget, and residents have already planned a protest.");
    let c = by_cue(&ann, "expected");
    assert!(c.source.is_empty());
    assert_eq!(texts(&c.content), ["The council", "to approve the budget"]);
    let ann = run("The goalkeeper seemed to lose his nerve late in the game when the crowd turned on him.");
    assert_eq!(texts(&by_cue(&ann, "seemed").content), ["The goalkeeper", "to lose his nerve late in the game"]);
    // An embedded that-clause keeps its own commas.
    let ann = run("The letter appears to show that the mayor, a careful man, had known for weeks.");
    assert!(texts(&by_cue(&ann, "appears").content)[1].ends_with("had known for weeks"));
}

#[test]
fn a_bare_clause_may_open_with_an_indefinite_subject() {
    let ann = run("The farmer knew a storm would ruin the harvest.");
    let c = by_cue(&ann, "knew");
    assert_eq!(texts(&c.source), ["The farmer"]);
    assert_eq!(texts(&c.content), ["a storm would ruin the harvest"]);
}
