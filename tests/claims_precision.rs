//! Precision of the claims: contents that must not stop short (a relative clause inside a
//! reported clause, …) and words that must not make a claim at all (a cue word in another
//! sense, a label before a colon, …). Invented sentences, one rule each.

mod common;

use common::claims::{by_cue, content, run, texts};

#[test]
fn a_which_clause_inside_a_that_clause_stays_in_the_content() {
    let ann = run("The audit found that in the two biggest towns, which include Easton and Weston, fees have doubled.");
    assert_eq!(content(&ann, "found"), ["that in the two biggest towns, which include Easton and Weston, fees have doubled"]);
}

#[test]
fn an_infinitive_after_the_addressee_is_the_content_not_a_later_relative() {
    let ann = run("Even Norway, the town's oldest partner, warned Arland to refrain from any steps that would raise the tolls.");
    assert_eq!(content(&ann, "warned"), ["to refrain from any steps that would raise the tolls"]);
}

#[test]
fn a_relative_clause_before_the_second_complement_stays_in_the_content() {
    let ann = run("The mayor accused Ana Ruiz, who was born in Lima, of hiding the budget figures.");
    assert_eq!(content(&ann, "accused"), ["Ana Ruiz, who was born in Lima, of hiding the budget figures"]);
}

#[test]
fn a_time_phrase_followed_by_a_quotation_stays_in_the_content() {
    let ann = run("Lena Ortiz called the mayor's remarks on Tuesday \"a real turning point\" for the district.");
    assert_eq!(content(&ann, "called"), ["the mayor's remarks on Tuesday \"a real turning point\" for the district"]);
}

#[test]
fn the_next_predicate_of_the_contents_own_subject_stays_in_it() {
    let ann = run("The nurses said he mocked the patients by their accents and talked about which ones he disliked.");
    assert_eq!(content(&ann, "said"), ["he mocked the patients by their accents and talked about which ones he disliked"]);
}

fn cues(ann: &sourcemark::Annotations) -> Vec<&str> {
    ann.claims.iter().filter_map(|c| c.cue.first()).map(|s| s.text.as_str()).collect()
}

#[test]
fn add_to_in_the_sense_of_increase_makes_no_claim() {
    let ann = run("The governor won the northern county on Tuesday, adding to her lead in the race.");
    assert!(!cues(&ann).contains(&"adding"), "{:#?}", ann.claims);
}

#[test]
fn a_credit_line_makes_no_claim() {
    let ann = run("The dam will reopen in May.\n\n(Additional reporting by Ana Ruiz in Lima; Editing by Tom Berg.)");
    assert!(!cues(&ann).contains(&"reporting"), "{:#?}", ann.claims);
}

#[test]
fn states_as_a_noun_makes_no_claim() {
    let ann = run("Coastal states shift toward the reformers in the new survey.");
    assert!(!cues(&ann).contains(&"states"), "{:#?}", ann.claims);
    let ann = run("The report states that the bridge is unsafe.");
    assert_eq!(content(&ann, "states"), ["that the bridge is unsafe"]);
}

#[test]
fn percentage_points_to_makes_no_claim() {
    let ann = run("The bank raised its growth forecast by 0.2 percentage points to 2.1 percent.");
    assert!(!cues(&ann).contains(&"points to"), "{:#?}", ann.claims);
}

#[test]
fn a_label_or_a_tally_before_a_colon_makes_no_claim() {
    let ann = run("Contributing: Ana Ruiz and Tom Berg.\n\nLee: 412.\n\nBerg: 388.\n");
    assert!(!cues(&ann).contains(&":"), "{:#?}", ann.claims);
}

#[test]
fn a_cue_word_inside_a_hyphenated_adjective_makes_no_claim() {
    let ann = run("Their oft-stated goal is simple: a value-added tax on imports.");
    assert!(!cues(&ann).contains(&"stated") && !cues(&ann).contains(&"added"), "{:#?}", ann.claims);
}

#[test]
fn a_counted_participle_makes_no_claim() {
    let ann = run("The governor won 212 pledged delegates in the spring primaries.");
    assert!(!cues(&ann).contains(&"pledged"), "{:#?}", ann.claims);
    let ann = run("Asked about the plan, 43 said the same thing.");
    assert!(cues(&ann).contains(&"said"), "{:#?}", ann.claims);
}

#[test]
fn a_quoted_title_after_the_cue_does_not_stop_the_quotation_going_on() {
    let ann = run("“I was sitting in a hotel in Lima,” Ruiz told NBC’s “Morning Talk” on Monday. “I could hardly hear what he said.”");
    assert_eq!(content(&ann, "told"), ["“I was sitting in a hotel in Lima,”", "“I could hardly hear what he said.”"]);
}

#[test]
fn a_channel_label_a_participle_label_or_an_address_before_a_colon_makes_no_claim() {
    for text in ["Twitter: @lena_ortiz\n", "Revealed: The Secret Plan For The Harbor\n", "Full results: https://example.org/results\n"] {
        let ann = run(text);
        assert!(!cues(&ann).contains(&":"), "{text}: {:#?}", ann.claims);
    }
}

#[test]
fn say_as_a_noun_or_in_a_set_phrase_makes_no_claim() {
    for text in ["Fixing the harbor is easier said than done in Lima.", "Voters want a larger say than they have now."] {
        let ann = run(text);
        assert!(!cues(&ann).iter().any(|c| *c == "said" || *c == "say"), "{text}: {:#?}", ann.claims);
    }
}

#[test]
fn a_content_opening_with_according_to_is_not_the_reporters_claim() {
    let ann = run("Turnout rose sharply, according to exit polls reported by the station.");
    assert!(!cues(&ann).contains(&"reported"), "{:#?}", ann.claims);
}

#[test]
fn a_by_after_a_clause_or_an_object_is_not_the_agent_of_the_cue() {
    let ann = run("Lena Ortiz said that remarks made by the mayor are closely watched.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["Lena Ortiz"]);
    let ann = run("The coach echoed remarks by the club owner that the stadium is too small.");
    assert_eq!(texts(&by_cue(&ann, "echoed").source), ["The coach"]);
}

#[test]
fn an_addressee_and_the_time_of_telling_are_not_the_content() {
    let ann = run("The union will likely sit out the vote, Lena Ortiz told LIMA NEWS earlier this week.");
    assert_eq!(content(&ann, "told"), ["The union will likely sit out the vote"]);
}

#[test]
fn a_bare_circumstance_after_the_cue_leaves_the_clause_before_it_as_content() {
    let ann = run("The tolls are far too high, Lena Ortiz said on Tuesday in Lima during a visit.");
    assert_eq!(content(&ann, "said"), ["The tolls are far too high"]);
}

#[test]
fn the_writers_aside_to_the_reader_is_no_claim() {
    // "It is worth noting that …", "Please note that …": no one in the story says it.
    let ann = run("It is worth noting that the ferry has run late every day this month.");
    assert!(!cues(&ann).contains(&"noting"), "{:#?}", ann.claims);
    let ann = run("Please remember that the library closes early on Fridays.");
    assert!(!cues(&ann).contains(&"remember"), "{:#?}", ann.claims);
    // A source noting the same thing still makes a claim.
    let ann = run("The harbour master said it was worth repeating that the ferry runs late.");
    assert!(cues(&ann).contains(&"said"), "{:#?}", ann.claims);
}

#[test]
fn a_fronted_phrase_of_circumstance_is_not_what_was_said() {
    // "Like the mayor, I believe …": a short phrase opened by a preposition before the source is
    // the circumstance of the sentence, not the content of the cue.
    for text in ["Like the mayor, I believe in the good sense of the voters.", "In other words, the coach explained."] {
        let ann = run(text);
        let fronted = ann.claims.iter().any(|c| c.content.first().is_some_and(|s| s.text.starts_with("Like") || s.text.starts_with("In other")));
        assert!(!fronted, "{text}: {:#?}", ann.claims);
    }
    // A clause before the source is still content.
    let ann = run("In Lima the strike is over, the minister said.");
    assert_eq!(content(&ann, "said"), ["In Lima the strike is over"]);
}

#[test]
fn a_lone_adverb_or_question_word_is_no_content() {
    // "said enough", "knows how": one word that names nothing is not what was said.
    for (text, cue) in [("After two years of talks, the port authority said enough.", "said"), ("The new manager knows how.", "knows")] {
        let ann = run(text);
        assert!(!cues(&ann).contains(&cue), "{text}: {:#?}", ann.claims);
    }
    // A one-word noun content stays: "the union endorsed Lee".
    let ann = run("The dockers' union endorsed Lee.");
    assert_eq!(content(&ann, "endorsed"), ["Lee"]);
}

#[test]
fn the_time_of_saying_is_not_what_was_said() {
    // "said as he entered the hall": an "as" clause of its own pronoun after the cue is when
    // it was said.
    let ann = run("The ferry will sail on time. The harbour master said as he entered the hall.");
    assert!(!cues(&ann).contains(&"said"), "{:#?}", ann.claims);
    // A quotation after the clause keeps the claim.
    let ann = run("The harbour master said as he entered the hall, \"The ferry will sail on time.\"");
    assert!(cues(&ann).contains(&"said"), "{:#?}", ann.claims);
}

#[test]
fn a_third_person_verb_form_after_a_plural_quantifier_is_a_noun() {
    // "many" takes no -s verb, so "reasons" here is a noun and makes no claim ...
    let ann = run("One of the many reasons that the council refuses to publish its budget may be that the figures are poor.");
    assert!(!cues(&ann).contains(&"reasons"), "{:?}", cues(&ann));
    // ... while a plural verb after the same quantifier still reports.
    let ann = run("Many reason that the council refuses to publish its budget because the figures are poor.");
    assert!(cues(&ann).contains(&"reason"), "{:?}", cues(&ann));
}

#[test]
fn a_relative_clause_cue_s_content_ends_where_the_main_clause_resumes() {
    let ann = run("Two senators, both of whom opposed the harbour deal, are now backing the new bill.");
    assert_eq!(content(&ann, "opposed"), ["the harbour deal"]);
    let ann = run("The mayor, who suggested the tolls could be cut, has since resigned.");
    assert_eq!(content(&ann, "suggested"), ["the tolls could be cut"]);
    // The relative word may stand before the cue's own subject.
    let ann = run("The new rules, which officials said will start in May, will not apply to farmers.");
    assert_eq!(content(&ann, "said"), ["will start in May"]);
}

#[test]
fn a_report_inside_a_fronted_with_phrase_ends_before_the_main_clause() {
    let ann = run("With council members increasingly worried about the cost of the bridge, the mayor is rolling out a new plan.");
    assert_eq!(content(&ann, "worried"), ["about the cost of the bridge"]);
    // A "with" phrase that closes before the cue leaves the main clause's report whole.
    let ann = run("With the vote near, Ms. Dale acknowledged that the plan, which had stalled for years, would pass.");
    assert_eq!(content(&ann, "acknowledged"), ["that the plan, which had stalled for years, would pass"]);
}

#[test]
fn when_asked_to_is_a_request_inside_the_content_not_a_question_to_the_speaker() {
    let ann = run("The lawyer said the video shows the driver leaving his car when asked to do so by police and not resisting.");
    assert_eq!(content(&ann, "said"), ["the video shows the driver leaving his car when asked to do so by police and not resisting"]);
    // "when asked about …" is still the question put to the speaker.
    let ann = run("The mayor said the bridge was safe when asked about the cracks.");
    assert_eq!(content(&ann, "said"), ["the bridge was safe"]);
}

#[test]
fn a_cue_word_after_an_article_and_an_ordinal_is_a_noun() {
    // "attack" is no verb here, so "The" is no source.
    let ann = run("The first attack was treated as a crime by the police.");
    assert!(!cues(&ann).contains(&"attack"), "{:?}", cues(&ann));
    // A pronoun-like determiner before an adverb is still a subject.
    let ann = run("Some also said that the bridge was unsafe.");
    assert!(cues(&ann).contains(&"said"), "{:?}", cues(&ann));
}

#[test]
fn a_first_person_cue_inside_a_quotation_is_not_an_outermost_claim() {
    let outermost = |text: &str| sourcemark::annotate(text, &sourcemark::Options { nested: false, ..Default::default() });
    // The pronoun speaks inside someone's quotation: nested, whoever the quotation's speaker is.
    let text = "The ferry was late again. \"The timetable is a joke, and I think that the tolls are too high.\"";
    assert!(!cues(&outermost(text)).contains(&"think"), "{:#?}", outermost(text).claims);
    // Nested output keeps it.
    assert!(cues(&run(text)).contains(&"think"));
    // A quotation that opens on the pronoun may be the claim itself.
    let text = "The ferry was late again. \"I think that the tolls are too high.\"";
    assert!(cues(&outermost(text)).contains(&"think"), "{:#?}", outermost(text).claims);
}

#[test]
fn a_yes_no_question_to_you_makes_no_claim() {
    // Nobody asserts what the question asks about.
    for text in ["The vote is on Sunday. Do you support the new harbour tax?", "Would you say the mayor has kept her promises? Or would you think she must resign?"] {
        let ann = run(text);
        assert!(!cues(&ann).iter().any(|c| ["support", "say", "think"].contains(c)), "{text}: {:#?}", ann.claims);
    }
    // A question word asks for a missing part of a content that is held: the claim stays.
    let ann = run("Who do you think will win the harbour race?");
    assert!(cues(&ann).contains(&"think"), "{:#?}", ann.claims);
}

#[test]
fn a_noun_cue_before_a_finite_auxiliary_is_the_subject_not_a_claim() {
    for (text, cue) in [("Safety worries have kept the ferry in port all week.", "worries"), ("After the harbour report was published, the mayor resigned.", "report")] {
        let ann = run(text);
        assert!(!cues(&ann).contains(&cue), "{text}: {:#?}", ann.claims);
    }
    // A pronoun before the cue is its subject: "which officials say was late" reports.
    let ann = run("The ferry, which they say was late, docked at noon.");
    assert!(cues(&ann).contains(&"say"), "{:#?}", ann.claims);
}

#[test]
fn it_goes_without_saying_and_needless_to_say_are_the_writers_asides() {
    for (text, cue) in [("It goes without saying that the ferry should run on time.", "saying"), ("Needless to say, the ferry was late again.", "say")] {
        let ann = run(text);
        assert!(!cues(&ann).contains(&cue), "{text}: {:#?}", ann.claims);
    }
}

#[test]
fn a_written_work_alone_is_not_what_was_written() {
    for text in ["The mayor wrote the letter on Monday.", "Lena Ortiz is writing songs about the harbour."] {
        let ann = run(text);
        assert!(!cues(&ann).iter().any(|c| c.starts_with("writ") || *c == "wrote"), "{text}: {:#?}", ann.claims);
    }
    // What the work says follows: the claim stays.
    let ann = run("The mayor wrote that the harbour would close in May.");
    assert!(cues(&ann).contains(&"wrote"), "{:#?}", ann.claims);
}

#[test]
fn an_s_cue_word_after_a_determiner_and_before_a_relative_that_is_a_noun() {
    for text in ["The mayor backed a set of new harbour rules that could close the old docks.", "She read the safety reports that were filed in May."] {
        let ann = run(text);
        assert!(!cues(&ann).iter().any(|c| *c == "rules" || *c == "reports"), "{text}: {:#?}", ann.claims);
    }
    // A name before the cue is its subject, and "that" a demonstrative: the claim stays.
    let ann = run("Ann Dale claims that is false.");
    assert!(cues(&ann).contains(&"claims"), "{:#?}", ann.claims);
}

#[test]
fn a_relative_clause_after_a_noun_cue_is_not_its_content() {
    for text in ["The mayor gave a speech with a message that fails to inspire the dockers.", "Voters got a message that said nothing new."] {
        let ann = run(text);
        assert!(!cues(&ann).contains(&"message"), "{text}: {:#?}", ann.claims);
    }
    // A clause with its own subject after "that" is the noun's content.
    let ann = run("The union sent a message that the strike would go on.");
    assert_eq!(content(&ann, "message"), ["that the strike would go on"]);
}

#[test]
fn a_written_work_before_a_comma_is_not_what_was_written() {
    // The participle after the comma is the writer's own, not the work's message.
    let ann = run("Ana Ruiz has written letters for her neighbours, trying to help them find work.");
    assert!(!cues(&ann).contains(&"written"), "{:#?}", ann.claims);
    // The report after the comma is then the only claim.
    let ann = run("In the years since he wrote his book, the mayor said that debt was a last resort.");
    assert!(!cues(&ann).contains(&"wrote"), "{:#?}", ann.claims);
    assert_eq!(content(&ann, "said"), ["that debt was a last resort"]);
}

#[test]
fn calling_a_meeting_convenes_it_and_makes_no_claim() {
    for text in ["The harbour board called an emergency meeting to discuss the fire.", "The premier called a snap election for June."] {
        let ann = run(text);
        assert!(!cues(&ann).contains(&"called"), "{text}: {:#?}", ann.claims);
    }
    // Asking for one is a claim: "called for a vote".
    let ann = run("The union called for a vote on the harbour deal.");
    assert!(cues(&ann).contains(&"called for"), "{:#?}", ann.claims);
}
