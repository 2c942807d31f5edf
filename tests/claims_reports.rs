//! Plain reporting cues (say, tell, according to, write, add, claim, note, explain): the shapes
//! of source and content around them that the general rules first missed. Every sentence is
//! invented.

mod common;

use common::claims::{by_cue, run, texts};

#[test]
fn typewriter_quote_closing_with_an_inner_quote() {
    // ''…'a special case,''' : the inner single quotation closes, then the double one.
    let ann = run("''We hear it every week, 'this town is a special case,''' Mr. Dale said. ''It never is.''");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Mr. Dale"]);
    assert_eq!(texts(&c.content), ["''We hear it every week, 'this town is a special case,'''", "''It never is.''"]);
}

#[test]
fn long_appositive_subject_with_a_party_label() {
    let ann = run("Sen. Ann Dale (R-Ga.), one of the last founders still in office, said she remembers the vote.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Sen. Ann Dale (R-Ga.), one of the last founders still in office"]);
    assert_eq!(texts(&c.content), ["she remembers the vote"]);
}

#[test]
fn long_appositive_subject_opened_by_an_age() {
    let ann = run("72-year-old Ann Dale, a retired nurse who voted for both parties, said that the choice is hard.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["72-year-old Ann Dale, a retired nurse who voted for both parties"]);
    assert_eq!(texts(&c.content), ["that the choice is hard"]);
}

#[test]
fn long_appositive_subject_holding_a_quoted_title() {
    let ann = run("Ann Dale, a judge on the cooking show, “Bake Off,” who later opened a bakery, said her rival was kind.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Ann Dale, a judge on the cooking show, “Bake Off,” who later opened a bakery"]);
    assert_eq!(texts(&c.content), ["her rival was kind"]);
}

#[test]
fn circumstance_naming_a_paper_whose_name_holds_a_cue_word() {
    // "Post" is a cue verb ("posted that …"); inside a name it is no verb.
    let ann = run("The mayor said in an interview with the Springfield Post that the bridge will reopen.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["The mayor"]);
    assert_eq!(texts(&c.content), ["that the bridge will reopen"]);
}

#[test]
fn inverted_source_with_a_title_and_the_writers_relative_clause() {
    let ann = run("It is the first time a mayor has done this, said Ann Dale, director of the Harbour Trust, whose members met on Monday.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Ann Dale, director of the Harbour Trust"]);
    assert_eq!(texts(&c.content), ["It is the first time a mayor has done this"]);
}

#[test]
fn free_relative_what_before_the_source() {
    let ann = run("The gap between what the mayor says the new tax would raise and how the council counts it has grown.");
    let c = by_cue(&ann, "says");
    assert_eq!(texts(&c.source), ["the mayor"]);
    assert_eq!(texts(&c.content), ["what", "the new tax would raise"]);
}

#[test]
fn quotation_set_off_by_a_dash_before_the_cue() {
    let ann = run("Neither farmer liked the new bridge - ''It blocks the whole view,'' Mr. Dale said.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Mr. Dale"]);
    assert_eq!(texts(&c.content), ["''It blocks the whole view,''"]);
}

#[test]
fn comparison_after_a_share_of_respondents_is_the_writers() {
    let ann = run("In the survey, 54 percent of parents said the school was safe, compared with 40 percent last spring.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["54 percent of parents"]);
    assert_eq!(texts(&c.content), ["the school was safe"]);
    let ann = run("About half of the anglers say the lake is cleaner, while 3 in 10 see no change.");
    assert_eq!(texts(&by_cue(&ann, "say").content), ["the lake is cleaner"]);
}

#[test]
fn quotation_resumes_after_a_participle_of_the_speaker() {
    let ann = run("“The harbour is safe again,” said Ann Dale, summing up talks that ran past midnight. “Boats can sail on Monday.”");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Ann Dale"]);
    assert_eq!(texts(&c.content), ["“The harbour is safe again,”", "“Boats can sail on Monday.”"]);
}

#[test]
fn surname_that_is_a_preposition() {
    let ann = run("“We won the vote,” said Ann From, who helped found the club. “It was close.”");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Ann From"]);
    assert_eq!(texts(&c.content), ["“We won the vote,”", "“It was close.”"]);
    let ann = run("Ann From said the club had changed.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["Ann From"]);
}

#[test]
fn programme_name_with_a_determiner_before_the_source() {
    let ann = run("“That was the first time,” WXYZ This Evening co-host Ann Dale said.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["WXYZ This Evening co-host Ann Dale"]);
    assert_eq!(texts(&c.content), ["“That was the first time,”"]);
}

#[test]
fn demonstrative_before_according_to() {
    let ann = run("Turnout fell by a third. That’s according to early figures from the county clerk.");
    let c = by_cue(&ann, "according to");
    assert_eq!(texts(&c.source), ["early figures from the county clerk"]);
    assert_eq!(texts(&c.content), ["That"]);
}

#[test]
fn fronted_condition_then_a_bare_plural_subject() {
    let ann = run("If the county cuts the grant, schools probably would close early, Ms. Dale said.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Ms. Dale"]);
    assert_eq!(texts(&c.content), ["If the county cuts the grant, schools probably would close early"]);
}

#[test]
fn quotation_closing_the_previous_paragraph_is_not_the_next_speakers() {
    let ann = run("“Is that all there is?” Mr. Dale said. “We need a new mayor!”\n\nAnn Lee said the council failed to act.");
    let c = by_cue(&ann, "said");
    let c = if texts(&c.source) == ["Mr. Dale"] { ann.claims.iter().find(|k| texts(&k.source) == ["Ann Lee"]).expect("Ann Lee's claim") } else { c };
    assert_eq!(texts(&c.source), ["Ann Lee"]);
    assert_eq!(texts(&c.content), ["the council failed to act"]);
}

#[test]
fn clause_after_the_cue_is_no_inverted_source() {
    let ann = run("Sen. Ann Lee, D-Fla., speaking on the radio after the vote, said Dale failed to act.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Sen. Ann Lee, D-Fla., speaking on the radio after the vote"]);
    assert_eq!(texts(&c.content), ["Dale failed to act"]);
}

#[test]
fn next_quotation_with_another_named_speaker_is_no_continuation() {
    let ann = run("“That was the best night of the year,” Ann Dale said to the crowd.\n\n“Who would have believed it a year ago?” Tom Reed said, smiling.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Ann Dale"]);
    assert_eq!(texts(&c.content), ["“That was the best night of the year,”"]);
}

#[test]
fn question_quotation_then_a_cue_with_only_its_circumstance() {
    let text = "Turnout was low, according to the clerk.\n\n\"Why in the world would anyone vote for a new stadium downtown?\" Dale said about the council's plan to borrow heavily for the new arena next spring.";
    let ann = run(text);
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Dale"]);
    assert_eq!(texts(&c.content), ["\"Why in the world would anyone vote for a new stadium downtown?\""]);
}

#[test]
fn quotation_after_a_longer_circumstance_of_the_cue() {
    let ann = run("The mayor said in the spring, when the bridge first cracked, “Nobody will cross it until it is safe.”");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["The mayor"]);
    assert_eq!(texts(&c.content), ["“Nobody will cross it until it is safe.”"]);
    let ann = run("The coach said, and I quote, “We will win the cup.”");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["“We will win the cup.”"]);
}

#[test]
fn relative_clause_right_before_according_to_is_the_content() {
    let ann = run("The mayor did poorly among farmers, who make up a third of the county, according to a 2015 survey.");
    let c = by_cue(&ann, "according to");
    assert_eq!(texts(&c.source), ["a 2015 survey"]);
    assert_eq!(texts(&c.content), ["who make up a third of the county"]);
}

#[test]
fn clause_opened_by_nor_before_an_inverted_source() {
    let ann = run("Nor are new tariffs likely to bring the mill jobs back, said Ann Dale, a professor of economics.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Ann Dale, a professor of economics"]);
    assert_eq!(texts(&c.content), ["Nor are new tariffs likely to bring the mill jobs back"]);
}

#[test]
fn relative_clause_after_a_dash_before_according_to() {
    let ann = run("Each question gets a long answer about why the council is wrong - which it often is, according to Ms. Dale.");
    let c = by_cue(&ann, "according to");
    assert_eq!(texts(&c.content), ["which it often is"]);
}

#[test]
fn relative_word_before_a_parenthetical_source() {
    let ann = run("The park is near the stadium, which, Dale said, is usually full of families on game days.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Dale"]);
    assert_eq!(texts(&c.content), ["which", "is usually full of families on game days"]);
}

#[test]
fn appositive_of_an_according_to_source_before_a_relative_clause() {
    let ann = run("Most renters would pay more under the plan, according to an analysis by Ann Dale, a former tax aide now teaching at the college, whose figures were checked by others.");
    let c = by_cue(&ann, "according to");
    assert_eq!(texts(&c.source), ["an analysis by Ann Dale, a former tax aide now teaching at the college"]);
    assert_eq!(texts(&c.content), ["Most renters would pay more under the plan"]);
}

#[test]
fn quotation_resumes_after_a_conjunction_and_an_adverb() {
    let ann = run("Lee \"got a full pardon,\" Dale said, and still \"kept his seat on the council.\"");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Dale"]);
    assert_eq!(texts(&c.content), ["Lee \"got a full pardon,\"", "\"kept his seat on the council.\""]);
}

#[test]
fn noun_verb_word_after_a_quotation_and_its_speaker_is_the_verb() {
    // "notes" before a full stop reads as a plural noun elsewhere ("her notes."); after the
    // quotation and its speaker it is the reporting verb.
    let ann = run("“The bridge will not open before spring,” Ann Dale notes. “Nobody wants to hear it.”");
    let c = by_cue(&ann, "notes");
    assert_eq!(texts(&c.source), ["Ann Dale"]);
    assert_eq!(texts(&c.content), ["“The bridge will not open before spring,”", "“Nobody wants to hear it.”"]);
}

#[test]
fn noun_verb_word_after_a_third_person_pronoun_is_the_verb() {
    let ann = run("The council has never finished a road on time, she notes.");
    let c = by_cue(&ann, "notes");
    assert_eq!(texts(&c.source), ["she"]);
    assert_eq!(texts(&c.content), ["The council has never finished a road on time"]);
}

#[test]
fn gerund_cue_after_a_fronted_preposition_takes_the_main_subject() {
    let ann = run("After saying that the bridge was safe, the mayor closed it for a week.");
    let c = by_cue(&ann, "saying");
    assert_eq!(texts(&c.source), ["the mayor"]);
    assert_eq!(texts(&c.content), ["that the bridge was safe"]);
    // A circumstance before "that" is left out; an adverb-like "Since" opens the phrase too.
    let ann = run("Since announcing in March that she would retire, Ann Dale has skipped every vote.");
    let c = by_cue(&ann, "announcing");
    assert_eq!(texts(&c.source), ["Ann Dale"]);
    assert_eq!(texts(&c.content), ["that she would retire"]);
}

#[test]
fn source_name_with_mojibake_stays_whole() {
    // "Ferrán" encoded as UTF-8 and decoded twice as Latin-1, in decomposed form.
    let ann = run("\"We will build the road,\" Mayor Ann FerrA\u{303}\u{83}A\u{302}\u{a1}n said Friday as she left.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Mayor Ann FerrA\u{303}\u{83}A\u{302}\u{a1}n"]);
    assert_eq!(texts(&c.content), ["\"We will build the road,\""]);
}

#[test]
fn fronted_phrase_ending_in_a_quotation_is_not_the_content_of_a_clause_cue() {
    let ann = run("Citing “family reasons,” the aide told reporters that Ann Dale will miss the vote.");
    let c = by_cue(&ann, "told");
    assert_eq!(texts(&c.source), ["the aide"]);
    assert_eq!(texts(&c.content), ["that Ann Dale will miss the vote"]);
    let ann = run("Sunday on the radio show “Morning Talk,” Rep. Ann Dale said the mayor’s “judgment” is in question.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Rep. Ann Dale"]);
    assert_eq!(texts(&c.content), ["the mayor’s “judgment” is in question"]);
}

#[test]
fn clause_before_the_source_of_a_weak_cue_that_ends_the_sentence() {
    // "maintain" is a cue only with an explicit complement: the clause set off before its
    // source is one, as a quotation would be.
    let ann = run("The new bridge will never carry trucks, the former city engineer maintains.");
    let c = by_cue(&ann, "maintains");
    assert_eq!(texts(&c.source), ["the former city engineer"]);
    assert_eq!(texts(&c.content), ["The new bridge will never carry trucks"]);
    // With anything after the cue it stays no cue ("whispers in the hall").
    let ann = run("The plan drew loud cheers, long speeches and private whispers in the hall.");
    assert!(ann.claims.iter().all(|c| c.cue.iter().all(|s| s.text != "whispers")));
}

#[test]
fn as_source_with_an_appositive_before_the_cue() {
    let ann = run("As Ann Dale, a historian at the city college, once put it, ''Who pays for the bridge?''");
    let c = by_cue(&ann, "put it");
    assert_eq!(texts(&c.source), ["Ann Dale, a historian at the city college"]);
    assert_eq!(texts(&c.content), ["''Who pays for the bridge?''"]);
}

#[test]
fn quotation_opened_by_a_closing_mark_at_paragraph_start() {
    // A mistyped opening mark (” for “) with a space after it still opens the quotation.
    let ann = run("The mayor spoke at length.\n\n” … what I learned from the families is that the plan works,” he said.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["he"]);
    assert_eq!(texts(&c.content), ["” … what I learned from the families is that the plan works,”"]);
}

#[test]
fn case_name_with_v_does_not_end_the_sentence() {
    let ann = run("Ann Dale argues that the ruling in Dale v. Lee was wrong from the start.");
    let c = by_cue(&ann, "argues");
    assert_eq!(texts(&c.content), ["that the ruling in Dale v. Lee was wrong from the start"]);
}

#[test]
fn gerund_cue_after_a_fronted_time_phrase_without_a_comma() {
    for (text, source) in [
        ("On September 27 they closed the review by announcing that the plan was sound.", "they"),
        ("Last week the council ended the debate by announcing that the plan was sound.", "the council"),
        ("On Monday the mayor ended the session by announcing that the plan was sound.", "the mayor"),
    ] {
        let ann = run(text);
        let c = by_cue(&ann, "announcing");
        assert_eq!(texts(&c.source), [source], "{text}");
        assert_eq!(texts(&c.content), ["that the plan was sound"], "{text}");
    }
}

#[test]
fn longer_headline_head_with_a_name_before_the_colon() {
    let ann = run("Former Mayor Dale at City Hall: The bridge plan wastes money\nThe former mayor spoke for an hour.");
    let c = by_cue(&ann, ":");
    assert_eq!(texts(&c.source), ["Former Mayor Dale at City Hall"]);
    assert_eq!(texts(&c.content), ["The bridge plan wastes money"]);
    // A long head with no name after its first word names no source.
    let ann = run("The mayor's next big step: a new bridge for the town\nThe former mayor spoke for an hour.");
    assert!(ann.claims.iter().all(|c| c.cue.iter().all(|s| s.text != ":")));
}

#[test]
fn opening_mark_typed_for_the_closing_mark_of_a_quotation() {
    let ann = run("“The road is closed until May,“ said Ann Dale, a spokeswoman for the county. “Nobody can drive it.”");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Ann Dale, a spokeswoman for the county"]);
    assert_eq!(texts(&c.content), ["“The road is closed until May,“", "“Nobody can drive it.”"]);
}

#[test]
fn quotation_after_the_colon_of_a_noun_of_speech() {
    let ann = run("Later that week, Ann Dale issued the following statement: “The county will rebuild the road by May.”");
    let c = by_cue(&ann, "statement");
    assert_eq!(texts(&c.source), ["Ann Dale"]);
    assert_eq!(texts(&c.content), ["“The county will rebuild the road by May.”"]);
}
