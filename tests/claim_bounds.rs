//! Where a claim's content, source and cue begin and end: invented sentences in general news
//! English, one boundary rule each.

mod common;

use common::claims::{by_cue, run, texts};

#[test]
fn a_parenthetical_attribution_ends_the_content_before_it() {
    let ann = run("Most residents said they prefer a mayor with experience, a new survey shows.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["they prefer a mayor with experience"]);
    assert_eq!(texts(&by_cue(&ann, "shows").source), ["a new survey"]);
    let ann = run("The ferry operator insisted the crossing was safe, the harbour master told reporters.");
    assert_eq!(texts(&by_cue(&ann, "insisted").content), ["the crossing was safe"]);
}

#[test]
fn a_coordinated_clause_with_its_own_subject_ends_the_content() {
    let ann = run("The fund announced that it is lowering its forecast for growth, and the downgrade is casting a shadow on the region.");
    assert_eq!(texts(&by_cue(&ann, "announced").content), ["that it is lowering its forecast for growth"]);
    // The new subject may be a name with an appositive before its reporting verb.
    let ann = run("The agency contends that it is still on track to meet those targets, and Dan Ruiz, the agency's climate adviser, said his staff were preparing new models.");
    assert_eq!(texts(&by_cue(&ann, "contends").content), ["that it is still on track to meet those targets"]);
}

#[test]
fn a_noun_after_a_determiner_does_not_open_a_new_report() {
    // "state" and "report" are cue verbs, but after "a" they are nouns inside the content.
    let ann = run("Supporters say the levy will reduce poverty and help families in a state with high rents.");
    assert_eq!(texts(&by_cue(&ann, "say").content), ["the levy will reduce poverty and help families in a state with high rents"]);
}

#[test]
fn a_comma_and_a_phrase_at_the_very_end_of_the_text_do_not_panic() {
    // The parenthetical test looks past the subject phrase: it must stop at the text's end.
    for text in ["The mayor said the plan works, the city", "The mayor said the plan works, the", "The mayor said it, A"] {
        let ann = run(text);
        assert!(ann.claims.iter().all(|c| c.content.iter().all(|s| !s.text.is_empty())), "{text}: {:#?}", ann.claims);
    }
}

#[test]
fn a_conjunction_as_the_last_word_does_not_panic() {
    for text in ["The mayor said the bridge is open and", "The mayor said the bridge is open, and", "Officials said it works but"] {
        let ann = run(text);
        assert!(ann.claims.iter().all(|c| !c.content.is_empty()), "{text}: {:#?}", ann.claims);
    }
}

#[test]
fn a_quotation_continues_after_a_circumstance_of_the_cue() {
    // A clause with its own verbs after the cue.
    let ann = run("\"Permits are not optional,\" the chairman said after the engineer failed to show up at the hearing he was called to. \"He is a crucial witness.\"");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["\"Permits are not optional,\"", "\"He is a crucial witness.\""]);
    // A participle of the same speaker.
    let ann = run("“You can’t talk about change if you don’t know the past,” Ms. Ray said, emphasizing why history matters. “What we need to change is our thinking.”");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["“You can’t talk about change if you don’t know the past,”", "“What we need to change is our thinking.”"]);
    // A time and a programme title in quotation marks.
    let ann = run("“He's absolutely right,” Mr. Fenn said Thursday morning on the radio show “Farm Hour.” “I mean, there's a lot of frustration.”");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["“He's absolutely right,”", "“I mean, there's a lot of frustration.”"]);
}

#[test]
fn a_content_opening_with_a_quotation_continues_in_the_next_quotation() {
    let ann = run("''I admire the mechanics'' of the tax plan, Mr. Holt said. ''They're more detailed than the old one. But I have concerns.''");
    assert_eq!(
        texts(&by_cue(&ann, "said").content),
        ["''I admire the mechanics'' of the tax plan", "''They're more detailed than the old one. But I have concerns.''"]
    );
}

#[test]
fn a_noun_phrase_closing_the_sentence_after_a_comma_and_said_is_the_source() {
    let ann = run("The refusal did not go over well with the members, and the meeting went badly from there, said one source in the room.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["one source in the room"]);
    assert_eq!(texts(&c.content), ["The refusal did not go over well with the members, and the meeting went badly from there"]);
    // A cue that takes a noun phrase keeps it as its content.
    let ann = run("Ana Ruiz, a delegate from the north, criticized the new budget.");
    assert_eq!(texts(&by_cue(&ann, "criticized").content), ["the new budget"]);
}

#[test]
fn a_fronted_circumstance_ending_in_a_title_is_not_the_content() {
    let ann = run("In an interview on the network's \"Morning Show,\" the senator said the recent protests demand more dialogue.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the recent protests demand more dialogue"]);
    // A fronted phrase before a quotation of words said stays in the content.
    let ann = run("At private clubs, members may pay more \"because they expect good service,\" Mr. Hale said.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["At private clubs, members may pay more \"because they expect good service,\""]);
}

#[test]
fn a_comma_and_a_cue_closing_the_text_do_not_panic() {
    for text in ["The talks failed, said", "The talks failed, he said", "In the show \"Today,\" said", "\"Today,\" said"] {
        let ann = run(text);
        assert!(ann.claims.iter().all(|c| !c.content.is_empty()), "{text}: {:#?}", ann.claims);
    }
}

#[test]
fn a_second_verb_of_the_subject_ends_the_content() {
    let ann = run("The governor warned that the army is depleted and says he will expand the reserve.");
    assert_eq!(texts(&by_cue(&ann, "warned").content), ["that the army is depleted"]);
    let ann = run("The minister claimed the tanker had been seized, but offered no proof of the seizure.");
    assert_eq!(texts(&by_cue(&ann, "claimed").content), ["the tanker had been seized"]);
    // A coordinated verb inside the reported clause stays: "raise" is no report, "rose" no -ed form.
    let ann = run("The union said wages would rise and prices fell.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["wages would rise and prices fell"]);
}

#[test]
fn an_inverted_source_keeps_its_descriptive_appositive() {
    let ann = run("Its first television ad could start this week, said Brian Baker, a longtime adviser to the family who oversees the campaign.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Brian Baker, a longtime adviser to the family who oversees the campaign"]);
    assert_eq!(texts(&c.content), ["Its first television ad could start this week"]);
}

#[test]
fn a_content_before_its_cue_starts_at_its_own_clause() {
    // After a colon.
    let ann = run("The senator made one point clear: the plant will close in June, she said.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the plant will close in June"]);
    // After an unclosed bracket.
    let ann = run("Several states backed the measure (the turnout in the north was low, according to the agency).");
    assert_eq!(texts(&by_cue(&ann, "according to").content), ["the turnout in the north was low"]);
    // After a fronted concession.
    let ann = run("Though he trails in the polls, the senator leads in the south, according to a new survey.");
    assert_eq!(texts(&by_cue(&ann, "according to").content), ["the senator leads in the south"]);
    // A bracket closed before the cue stays in the content.
    let ann = run("The senator (a former judge) leads in the south, according to a new survey.");
    assert_eq!(texts(&by_cue(&ann, "according to").content), ["The senator (a former judge) leads in the south"]);
}

#[test]
fn a_comma_and_a_pronoun_clause_end_the_content() {
    let ann = run("The mayor said the bridge would reopen soon, but he gave no date for the works.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the bridge would reopen soon"]);
}

#[test]
fn a_plural_noun_before_a_verb_is_no_second_report() {
    let ann = run("The speaker said the recent spate of shootings and protests demand that everyone listen more.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the recent spate of shootings and protests demand that everyone listen more"]);
}

#[test]
fn a_short_content_drops_the_medium_after_it() {
    let ann = run("The campaign manager said as much in an interview with a radio station.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["as much"]);
}

#[test]
fn a_gerund_shares_a_subject_with_its_title() {
    let ann = run("Green party nominee Ana Ruiz chimed in on the radio, saying that the officials should release the videos.");
    assert_eq!(texts(&by_cue(&ann, "saying").source), ["Green party nominee Ana Ruiz"]);
}

#[test]
fn the_medium_of_a_statement_is_no_cue_and_no_agent() {
    for text in [
        "The spokeswoman said in an email that the event was cancelled.",
        "The spokeswoman said via email that the event was cancelled.",
        "The spokeswoman said by email that the event was cancelled.",
    ] {
        let ann = run(text);
        assert_eq!(ann.claims.len(), 1, "{text}: {:#?}", ann.claims);
        let c = by_cue(&ann, "said");
        assert_eq!(texts(&c.source), ["The spokeswoman"], "{text}");
        assert_eq!(texts(&c.content), ["that the event was cancelled"], "{text}");
    }
}

#[test]
fn a_conjunction_after_the_comma_opens_another_report() {
    let ann = run("His former wife agreed, but also contended that the house was hers.");
    assert!(ann.claims.iter().all(|c| c.cue.first().map_or(true, |s| s.text != "agreed")), "{:#?}", ann.claims);
}

#[test]
fn a_relative_clause_inside_the_subject_of_the_content_stays() {
    let ann = run("The envoy predicted that the new mayor, who took office in May, would unite the city.");
    assert_eq!(texts(&by_cue(&ann, "predicted").content), ["that the new mayor, who took office in May, would unite the city"]);
    // A relative clause closing the content still ends it.
    let ann = run("The envoy criticized the new mayor, who took office in May.");
    assert_eq!(texts(&by_cue(&ann, "criticized").content), ["the new mayor"]);
}

#[test]
fn a_dateline_is_neither_source_nor_content() {
    let ann = run("WASHINGTON — The senator attacked the plan on Monday, saying it would fail.");
    assert_eq!(texts(&by_cue(&ann, "saying").source), ["The senator"]);
    let ann = run("BERLIN, May 3 (AP) - Young voters are moving toward the Greens, a new poll indicates.");
    assert_eq!(texts(&by_cue(&ann, "indicates").content), ["Young voters are moving toward the Greens"]);
}

#[test]
fn addressee_time_and_a_trailing_report_stay_out_of_the_content() {
    let ann = run("The candidate told investigators in July she was advised to use a private account, the Daily Post reported late Thursday.");
    assert_eq!(texts(&by_cue(&ann, "told").content), ["she was advised to use a private account"]);
    let c = by_cue(&ann, "reported");
    assert_eq!(texts(&c.source), ["the Daily Post"]);
    assert_eq!(texts(&c.content), ["The candidate told investigators in July she was advised to use a private account"]);
}

#[test]
fn a_contrast_with_while_stays_in_the_content() {
    let ann = run("The ministry revealed that half of the losses could have been prevented, while poor field treatment is causing many amputations.");
    assert_eq!(
        texts(&by_cue(&ann, "revealed").content),
        ["that half of the losses could have been prevented, while poor field treatment is causing many amputations"]
    );
}

#[test]
fn a_parenthetical_cue_with_a_circumstance_keeps_the_content_on_both_sides() {
    let ann = run("The new bridge, the council said in its annual report, will open next spring.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["The new bridge", "will open next spring"]);
    let ann = run("Most ferries, the harbour master explained earlier on Tuesday, were running late.");
    assert_eq!(texts(&by_cue(&ann, "explained").content), ["Most ferries", "were running late"]);
}

#[test]
fn a_fronted_clause_before_a_parenthetical_cue_belongs_to_the_content() {
    let ann = run("When the bank cut its rates, the economist said, the savers were caught off guard.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["When the bank cut its rates", "the savers were caught off guard"]);
    // A bare subordinator is no content of its own.
    let ann = run("As the mayor said, the roads will close at noon.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the roads will close at noon"]);
}

#[test]
fn the_infinitive_of_a_promise_is_the_content_even_before_a_relative_that() {
    let ann = run("The governor pledged to push for a law that would cap rents in the capital.");
    assert_eq!(texts(&by_cue(&ann, "pledged").content), ["to push for a law that would cap rents in the capital"]);
    // "to" before a noun phrase names the addressee; the that-clause is the content.
    let ann = run("The minister promised to the farmers that subsidies would rise.");
    assert_eq!(texts(&by_cue(&ann, "promised").content), ["that subsidies would rise"]);
}

#[test]
fn the_predicate_of_a_split_cue_ends_before_a_circumstance_or_comment() {
    let ann = run("The governor blasted the senator as a “disgrace” on Wednesday on a radio show.");
    assert_eq!(texts(&by_cue(&ann, "blasted").content), ["the senator", "a “disgrace”"]);
    let ann = run("The senator dismissed the plan as a stunt during the debate in Ohio.");
    assert_eq!(texts(&by_cue(&ann, "dismissed").content), ["the plan", "a stunt"]);
    let ann = run("She described the talks as “productive,” but declined to give details.");
    assert_eq!(texts(&by_cue(&ann, "described").content), ["the talks", "“productive,”"]);
    // A list of quoted words is one predicate.
    let ann = run("He described his rivals as “tired,” “confused” and “sad” in a post.");
    assert_eq!(texts(&by_cue(&ann, "described").content), ["his rivals", "“tired,” “confused” and “sad”"]);
}

#[test]
fn the_predicate_of_a_split_cue_ends_before_a_comma_and_a_new_subject() {
    let ann = run("My uncle referred to the judge as a crook, I knew this was wrong.");
    assert_eq!(texts(&by_cue(&ann, "referred to").content), ["the judge", "a crook"]);
    // Quoted items after "a" or "an" are one list.
    let ann = run("He described the senator as a “nasty guy,” an “old hand” and “sick” in a post.");
    assert_eq!(texts(&by_cue(&ann, "described").content), ["the senator", "a “nasty guy,” an “old hand” and “sick”"]);
}

#[test]
fn a_cue_word_before_a_finite_verb_is_a_noun_and_keeps_the_coordination() {
    let ann = run("The general said the army respects the troops and his harsh comment was a sign of frustration.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the army respects the troops and his harsh comment was a sign of frustration"]);
    // A verb cue with its own subject still ends the content.
    let ann = run("The mayor said the bridge is safe and the minister announced it would reopen.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the bridge is safe"]);
}

#[test]
fn a_second_report_of_the_subject_with_an_auxiliary_ends_the_content() {
    let ann = run("The mayor said the port will close and has repeatedly insisted it is safe.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the port will close"]);
    // A passive after the auxiliary continues the content.
    let ann = run("The mayor said the old port will close and has been sold.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the old port will close and has been sold"]);
}

#[test]
fn a_quotation_after_a_one_word_circumstance_and_a_comma_is_the_content() {
    let ann = run("“We cannot pay for this,” the mayor said, adding later, “the port is costing us a fortune.”");
    assert_eq!(texts(&by_cue(&ann, "adding").content), ["“the port is costing us a fortune.”"]);
    // A subject pronoun right after "when" opens the circumstance's own clause, not a content.
    let ann = run("That was what the anchor said when she resigned from the network.");
    assert!(ann.claims.iter().all(|c| c.content.iter().all(|s| !s.text.starts_with("she resigned"))), "{:#?}", ann.claims);
}

/// The claim whose cue is `cue` has no parent: it is not nested inside another claim's content.
fn outermost(ann: &sourcemark::Annotations, cue: &str) -> bool {
    by_cue(ann, cue).parent.is_none()
}

#[test]
fn a_contrasting_report_with_its_own_subject_is_a_sibling_claim() {
    let ann = run("Conservative groups reported raising $4 million for the ads, while the unions announced raising less than half of that.");
    assert_eq!(texts(&by_cue(&ann, "reported").content), ["raising $4 million for the ads"]);
    assert!(outermost(&ann, "announced"), "{:#?}", ann.claims);
    let ann = run("The mayor believes the council will approve the budget, even as she admits the vote will be close.");
    assert_eq!(texts(&by_cue(&ann, "believes").content), ["the council will approve the budget"]);
    assert!(outermost(&ann, "admits"), "{:#?}", ann.claims);
}

#[test]
fn a_compared_group_with_its_own_report_is_a_sibling_claim() {
    let ann = run("Most residents said they trust the council, compared with a third who said they trust the mayor.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["they trust the council"]);
    assert_eq!(ann.claims.iter().filter(|c| c.parent.is_none()).count(), 2, "{:#?}", ann.claims);
}

#[test]
fn a_which_clause_with_the_speakers_own_report_is_a_sibling_claim() {
    let ann = run("The coach said he was proud of the defence, which he said was the best in the league.");
    assert_eq!(texts(&ann.claims[0].content), ["he was proud of the defence"]);
    assert!(ann.claims.iter().all(|c| c.parent.is_none()), "{:#?}", ann.claims);
    // Another source's report in the relative clause stays inside the content.
    let ann = run("The mayor said the levy would pay for the plan, which critics say is far too costly.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the levy would pay for the plan, which critics say is far too costly"]);
}

#[test]
fn a_report_in_an_opening_phrase_ends_at_the_main_clause() {
    let ann = run("In a letter announcing the merger, the bank said the deal would close in June.");
    assert_eq!(texts(&by_cue(&ann, "announcing").content), ["the merger"]);
    assert!(outermost(&ann, "said"), "{:#?}", ann.claims);
}

#[test]
fn an_opening_according_to_source_runs_over_an_adverb_to_its_comma() {
    let ann = run("According to the newly printed staff handbook, its salespeople must smile at every customer.");
    assert_eq!(texts(&by_cue(&ann, "According to").source), ["the newly printed staff handbook"]);
    assert_eq!(texts(&by_cue(&ann, "According to").content), ["its salespeople must smile at every customer"]);
}

#[test]
fn an_according_to_source_keeps_its_restrictive_that_clause() {
    let ann = run("According to city records that were released by the council, the mayor met the developer twice.");
    assert_eq!(texts(&by_cue(&ann, "According to").source), ["city records that were released by the council"]);
    assert_eq!(texts(&by_cue(&ann, "According to").content), ["the mayor met the developer twice"]);
}

#[test]
fn a_sentence_opening_reporting_verb_takes_the_source_after_it() {
    let ann = run("The crowd fell silent. Said the mayor, “We will rebuild every house.”");
    assert_eq!(texts(&by_cue(&ann, "Said").source), ["the mayor"]);
    assert_eq!(texts(&by_cue(&ann, "Said").content), ["“We will rebuild every house.”"]);
    // The name, not its relative clause, is the source (as with any non-restrictive clause).
    let ann = run("Continued Ana Ruiz, who runs the shelter: “We need more beds before winter.”");
    assert_eq!(texts(&by_cue(&ann, "Continued").source), ["Ana Ruiz"]);
    // An opening participle is no report of its own.
    let ann = run("Asked about the budget, the mayor said “it is balanced.”");
    assert!(ann.claims.iter().all(|c| texts(&c.cue) != ["Asked"]), "{:#?}", ann.claims);
}

#[test]
fn a_bracketed_aside_after_an_inverted_source_is_passed_over() {
    let ann = run("Raising the fee now ''would be a costly mistake,'' said Ms. Okafor (a view shared by most of the council).");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["Ms. Okafor"]);
    assert_eq!(texts(&by_cue(&ann, "said").content), ["Raising the fee now ''would be a costly mistake,''"]);
}

#[test]
fn a_claim_inside_a_source_appositive_ends_with_the_source_phrase() {
    let ann = run("Joe Lee, a radio host considered one of the most trusted voices in the city, recalled that the mayor once called his show.");
    assert_eq!(texts(&by_cue(&ann, "considered").content), ["one of the most trusted voices in the city"]);
    assert!(outermost(&ann, "recalled"), "{:#?}", ann.claims);
}

#[test]
fn an_inverted_source_at_the_very_end_of_the_text_does_not_panic() {
    // The bracketed-aside test looks at the token after the source: there may be none.
    let ann = run("The plan works, said Mr. Lee");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["Mr. Lee"]);
}

#[test]
fn a_participle_cue_after_a_quotation_closed_by_its_comma_ends_the_first_content() {
    let ann = run("The mayor said the work “should be finished by June,” referring to the new bridge, which opens in July.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the work “should be finished by June,”"]);
    assert!(outermost(&ann, "referring to"), "{:#?}", ann.claims);
}

#[test]
fn a_longer_circumstance_before_a_that_clause_stays_out_of_the_content() {
    let ann = run("Senator Ann Lee said Sunday on the network’s “Morning Report,” that the plan is in trouble.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["that the plan is in trouble"]);
    let ann = run("The governor said on the station’s “Evening Hour,” that the budget would pass.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["that the budget would pass"]);
}

#[test]
fn the_month_of_may_is_the_time_of_the_speech_act() {
    let ann = run("The farmers' group supported the new biofuel rules in May.");
    assert_eq!(texts(&by_cue(&ann, "supported").content), ["the new biofuel rules"]);
    // The modal "may" opens no time phrase.
    let ann = run("The group supported the rules in case they may help farmers.");
    assert_eq!(texts(&by_cue(&ann, "supported").content), ["the rules in case they may help farmers"]);
}

#[test]
fn a_sentence_opening_reporting_participle_takes_the_main_clauses_subject() {
    let ann = run("Citing a new audit, the mayor said the plan would save money.");
    assert_eq!(texts(&by_cue(&ann, "Citing").source), ["the mayor"]);
    assert_eq!(texts(&by_cue(&ann, "Citing").content), ["a new audit"]);
    // "Speaking to reporters": a preposition after the participle names no content.
    let ann = run("Speaking to reporters, the mayor said the plan would save money.");
    assert!(ann.claims.iter().all(|c| texts(&c.cue) != ["Speaking"]), "{:#?}", ann.claims);
}

#[test]
fn an_opening_participle_claim_stays_out_of_the_main_claims_content() {
    let ann = run("Lamenting their luck, farmers in the valley often say, “The rain never comes when we need it.”");
    assert_eq!(texts(&by_cue(&ann, "say").content), ["“The rain never comes when we need it.”"]);
    assert!(outermost(&ann, "Lamenting"), "{:#?}", ann.claims);
}
