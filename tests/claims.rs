//! Attributions on small invented news texts: structures (split, multi-paragraph, nested,
//! "according to", noun and adverb cues), source resolution, flags, and hostile input.

mod common;

use common::claims::{by_cue, run, texts};
use sourcemark::{Claim, Kind, Stance};

#[test]
fn quote_split_around_its_cue_is_one_claim() {
    let ann = run("“We will hold the line,” the governor said, “and we will rebuild every school.”");
    assert_eq!(ann.claims.len(), 1);
    let c = &ann.claims[0];
    assert_eq!(texts(&c.content), ["“We will hold the line,”", "“and we will rebuild every school.”"]);
    assert_eq!(texts(&c.source), ["the governor"]);
    assert_eq!(c.kind, Kind::Direct);
}

#[test]
fn quote_continued_in_the_next_sentence() {
    let ann = run("“The bridge is gone,” Olena Marchenko said. “Nobody can cross the river now.”");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.content), ["“The bridge is gone,”", "“Nobody can cross the river now.”"]);
}

#[test]
fn quote_over_several_paragraphs_has_a_span_per_paragraph() {
    let text = "The mayor told reporters: “The shelling lasted all night.\n“We counted forty impacts.\nAdvertisement\n“Nobody slept.”\nLater the mayor left.";
    let ann = run(text);
    let c = by_cue(&ann, "told");
    assert_eq!(
        texts(&c.content),
        ["“The shelling lasted all night.", "“We counted forty impacts.", "“Nobody slept.”"]
    );
    assert!(c.content.iter().all(|s| !s.text.contains("Advertisement")));
}

#[test]
fn according_to_before_and_after() {
    let ann = run("According to the city council, the water supply was restored. The power grid failed again, according to local officials.");
    assert_eq!(ann.claims.len(), 2);
    assert_eq!(texts(&ann.claims[0].content), ["the water supply was restored"]);
    assert_eq!(texts(&ann.claims[0].source), ["the city council"]);
    assert_eq!(texts(&ann.claims[1].content), ["The power grid failed again"]);
    assert!(ann.claims[1].anonymous, "local officials are an unnamed group");
    assert_eq!(ann.claims[1].source_entity, None);
}

#[test]
fn cues_beyond_said_with_their_stance() {
    let text = "Olena Marchenko told reporters that the convoy had arrived. \
                The minister admitted that supplies were short. \
                The rebels claimed that the airport had fallen. \
                The general vowed to retake the town. \
                The commander warned that the offensive would continue.";
    let ann = run(text);
    let told = by_cue(&ann, "told");
    assert_eq!(texts(&told.content), ["that the convoy had arrived"]);
    assert_eq!(told.stance, Stance::Neutral);
    assert_eq!(by_cue(&ann, "admitted").stance, Stance::Concession);
    assert_eq!(by_cue(&ann, "claimed").stance, Stance::Doubtful);
    assert_eq!(texts(&by_cue(&ann, "vowed").content), ["to retake the town"]);
    assert_eq!(texts(&by_cue(&ann, "warned").content), ["that the offensive would continue"]);
}

#[test]
fn noun_cue_with_a_possessive_source() {
    let ann = run("Analysts doubted the army's claim that it had destroyed 40 tanks.");
    let c = by_cue(&ann, "claim");
    assert_eq!(texts(&c.source), ["the army"]);
    assert_eq!(texts(&c.content), ["that it had destroyed 40 tanks"]);
    assert_eq!(texts(&c.figures), ["40"]);
}

#[test]
fn pronoun_resolves_to_the_last_person_quoted() {
    let text = "Olena Marchenko, the deputy head of the regional council, said the dam was intact. \
                Engineers inspected it on Monday. She said repairs would take a month.";
    let ann = run(text);
    let claims: Vec<&Claim> = ann.claims.iter().filter(|c| c.cue[0].text == "said").collect();
    assert_eq!(claims.len(), 2);
    assert_eq!(texts(&claims[0].source), ["Olena Marchenko, the deputy head of the regional council"]);
    assert_eq!(claims[1].source_entity, claims[0].source_entity);
    assert!(claims[1].source_entity.as_deref().is_some_and(|n| n.contains("Marchenko")));
    assert!(!claims[1].anonymous);
}

#[test]
fn roll_up_reads_role_and_affiliation() {
    let ann = run("The regional police spokesman, Taras Hnatenko, told reporters that the strike hit a depot.");
    let c = by_cue(&ann, "told");
    let src = &ann.sources[c.source_index.expect("claim is rolled up")];
    assert_eq!(src.role.as_deref(), Some("regional police spokesman"));
    assert_eq!(src.claims, vec![ann.claims.iter().position(|x| std::ptr::eq(x, c)).unwrap()]);
}

#[test]
fn agentless_attributions_have_an_empty_source() {
    let ann = run("It was reported that the pipeline exploded. The drone was allegedly launched from a farm.");
    let reported = by_cue(&ann, "reported");
    assert!(reported.source.is_empty());
    assert_eq!(texts(&reported.content), ["that the pipeline exploded"]);
    let allegedly = by_cue(&ann, "allegedly");
    assert!(allegedly.source.is_empty());
    assert_eq!(texts(&allegedly.content), ["launched from a farm"]);
    assert!(allegedly.unverified);
}

#[test]
fn nested_attributions_give_both_levels() {
    let ann = run("The ministry reported that the governor warned that the port was mined.");
    let outer = by_cue(&ann, "reported");
    let inner = by_cue(&ann, "warned");
    assert_eq!(texts(&outer.content), ["that the governor warned that the port was mined"]);
    assert_eq!(texts(&inner.content), ["that the port was mined"]);
    let outer_index = ann.claims.iter().position(|c| std::ptr::eq(c, outer)).unwrap();
    assert_eq!(inner.parent, Some(outer_index));
}

#[test]
fn unverified_markers_in_and_after_the_sentence() {
    let ann = run("The army said – without evidence – that 300 soldiers had died. The weather was cold.");
    assert!(by_cue(&ann, "said").unverified);
    let ann = run("The rebels said they had taken the village. The agency was unable to verify these claims.");
    let c = by_cue(&ann, "said");
    assert!(c.unverified);
    assert_eq!(c.unverified_by.as_ref().map(|s| s.text.as_str()), Some("unable to verify"));
    let ann = run("The rebels claimed the village, without offering further details.");
    assert!(!by_cue(&ann, "claimed").unverified, "'claimed' or missing details alone do not make it unverified");
}

#[test]
fn kind_is_mixed_for_partial_quotes() {
    let ann = run("The minister said the army had sent “a large number of units” to the front.");
    assert_eq!(by_cue(&ann, "said").kind, Kind::Mixed);
}

#[test]
fn unbalanced_quotation_marks_stay_in_their_paragraph() {
    let text = "The mayor said: “The shelling never stopped.\nThe council said that the school was closed.";
    let ann = run(text);
    let mayor = by_cue(&ann, "said");
    assert_eq!(texts(&mayor.content), ["“The shelling never stopped."]);
    assert_eq!(ann.claims.iter().filter(|c| c.cue[0].text == "said").count(), 2);
}

#[test]
fn quotes_inside_quotes_do_not_break_the_claim() {
    let text = "“They told us ‘leave now’ and we left,” the farmer said.";
    let ann = run(text);
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.content), ["“They told us ‘leave now’ and we left,”"]);
    assert_eq!(c.kind, Kind::Direct);
}

#[test]
fn text_without_sentence_punctuation_gives_bounded_claims() {
    let text = "the minister said the town fell and the mayor said the town stands ".repeat(2000);
    let ann = run(&text);
    assert!(!ann.claims.is_empty());
    for c in &ann.claims {
        let len: usize = c.content.iter().map(|s| s.text.len()).sum();
        assert!(len <= text.len());
        assert!(c.content.iter().all(|s| text[s.start..s.end] == s.text));
    }
}

#[test]
fn five_megabytes_of_quotes_is_sane() {
    let piece = "“No,” he said. “Yes.” \"Maybe\" ‘perhaps’ “";
    let text = piece.repeat(5_000_000 / piece.len() + 1);
    assert!(text.len() >= 5_000_000);
    let ann = run(&text);
    // Every claim's content is bounded, whatever the quotation marks do.
    for c in &ann.claims {
        let len: usize = c.content.iter().map(|s| s.end - s.start).sum();
        assert!(len < 20_000, "content of {len} bytes");
    }
    assert!(!ann.claims.is_empty());
}

#[test]
fn hostile_fragments_do_not_panic() {
    for t in [
        "", "“", "”", "\"", "said", "according to", "according", ": “", "he said, “", "“,” said", "’s said that",
        "The claim that", "allegedly", "X: “", "told", "\n\n“\n“\n", "said said said that that that",
        "He said: “A.\n“B.\nAdvertisement\n", "«Oui», a-t-il dit", "„Ja“, sagte er",
    ] {
        let ann = run(t);
        for c in &ann.claims {
            for s in c.source.iter().chain(&c.cue).chain(&c.content) {
                assert_eq!(&t[s.start..s.end], s.text);
            }
        }
    }
}

#[test]
fn an_unnamed_ally_is_the_person_named_next() {
    let text = "One of Marta Kowalczyk's closest allies said the coalition would hold. \
                The deputy speaker, Tomasz Wrobel, stated that the vote would pass.";
    let ann = run(text);
    let ally = by_cue(&ann, "said");
    let named = by_cue(&ann, "stated");
    assert!(named.source_entity.as_deref().is_some_and(|n| n.contains("Wrobel")), "{:?}", named.source_entity);
    assert_eq!(ally.source_entity, named.source_entity);
}

#[test]
fn consent_notices_hold_no_claims() {
    let text = "We and our partners use cookies to store and access information on your device. By clicking 'Accept all' you agree that we may process your data, as described in our Privacy Policy.\nThe minister said that the talks would resume.";
    let ann = sourcemark::annotate(text, &sourcemark::Options::default());
    assert_eq!(ann.claims.len(), 1, "{:?}", ann.claims);
    assert_eq!(ann.claims[0].cue[0].text, "said");
}

// ---- constructions added for the attribution-accuracy work (issue "Claims") ----

#[test]
fn typewriter_double_apostrophes_are_quotation_marks() {
    let ann = run("''The dam will hold,'' said Marta Ruiz, an engineer who has studied it for years. ''We checked every joint.''");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.content), ["''The dam will hold,''", "''We checked every joint.''"]);
    // The source is the full noun phrase with its appositive (GUIDELINES §4, "Source").
    assert_eq!(texts(&c.source), ["Marta Ruiz, an engineer who has studied it for years"]);
    assert_eq!(c.kind, Kind::Direct);
}

#[test]
fn title_abbreviation_stays_in_an_inverted_source() {
    let ann = run("\"The budget is balanced,\" said Mr. Okafor.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Mr. Okafor"]);
}

#[test]
fn call_with_object_and_predicate_is_a_claim() {
    let ann = run("The union leader called the new contract a betrayal of the workers.");
    let c = by_cue(&ann, "called");
    assert_eq!(texts(&c.content), ["the new contract a betrayal of the workers"]);
    assert_eq!(texts(&c.source), ["The union leader"]);
    // A plain object is no claim.
    let plain = run("The union leader called the police.");
    assert!(plain.claims.is_empty(), "{:#?}", plain.claims);
}

#[test]
fn gerund_after_a_preposition_shares_the_subject() {
    let ann = run("The coach answered the critics by saying the team had never trained harder.");
    let c = by_cue(&ann, "saying");
    assert_eq!(texts(&c.content), ["the team had never trained harder"]);
}

#[test]
fn gerund_with_a_noun_phrase_subject() {
    let ann = run("A recording shows the mayor saying the bridge would reopen in May.");
    let c = by_cue(&ann, "saying");
    assert_eq!(texts(&c.content), ["the bridge would reopen in May"]);
    assert_eq!(texts(&c.source), ["the mayor"]);
}

#[test]
fn particle_cue_content_starts_after_the_particle() {
    let ann = run("The senator called for farmers to plant crops that need less water.");
    let c = by_cue(&ann, "called for");
    assert_eq!(texts(&c.content), ["farmers to plant crops that need less water"]);
}

#[test]
fn that_clause_after_a_circumstance_with_commas() {
    let ann = run("The governor says at a rally in Dayton, Ohio, that the plant will stay open.");
    let c = by_cue(&ann, "says");
    assert_eq!(texts(&c.content), ["that the plant will stay open"]);
}

#[test]
fn quotation_signed_with_a_dash() {
    let ann = run("Readers wrote in.\n“The new park changed our street. Children play there every day.” ― Lena Ortiz\n“It is too noisy at night.” ― Paul Weber");
    let c = by_cue(&ann, "―");
    assert_eq!(texts(&c.source), ["Lena Ortiz"]);
    assert_eq!(texts(&c.content), ["“The new park changed our street. Children play there every day.”"]);
    assert_eq!(ann.claims.iter().filter(|c| c.cue.first().is_some_and(|s| s.text == "―")).count(), 2);
}

#[test]
fn transcript_lines_attribute_to_the_capitalised_speaker() {
    let ann = run("A transcript follows.\nHOST: Will the factory close this year?\nMORALES: No. We have orders until the spring.");
    let c = by_cue(&ann, ":");
    assert_eq!(texts(&c.source), ["HOST"]);
    assert_eq!(texts(&c.content), ["Will the factory close this year"]);
    let second = ann.claims.iter().find(|c| c.source.first().is_some_and(|s| s.text == "MORALES")).expect("second speaker");
    assert_eq!(texts(&second.content), ["No. We have orders until the spring"]);
}

#[test]
fn citing_and_supporting_verbs_take_a_noun_phrase_content() {
    let ann = run("The mayor cited rising construction costs. Councillor Lind supports the new tram line.");
    assert_eq!(texts(&by_cue(&ann, "cited").content), ["rising construction costs"]);
    assert_eq!(texts(&by_cue(&ann, "supports").content), ["the new tram line"]);
}

#[test]
fn quotation_resumes_after_an_interrupting_phrase() {
    let ann = run("“Each delay costs money,” Ortiz said, pointing to the empty site, “and the families are still waiting.”");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.content), ["“Each delay costs money,”", "“and the families are still waiting.”"]);
}

#[test]
fn quotation_continues_after_a_long_circumstance() {
    let ann = run("“We are done here,” she said of the long negotiation, which had lasted most of the winter in the old hall. “For now, at least.”");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.content), ["“We are done here,”", "“For now, at least.”"]);
}

#[test]
fn long_appositive_with_a_relative_clause_before_the_cue() {
    let ann = run("Rosa Imbert, a former judge who served on the appeals court until 2019, said the ruling would not stand.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.content), ["the ruling would not stand"]);
    assert!(c.source[0].text.starts_with("Rosa Imbert"), "{:?}", c.source);
}

#[test]
fn split_cue_described_as_gives_two_content_spans() {
    let ann = run("The engineer described the old bridge as unsafe for heavy trucks.");
    let c = by_cue(&ann, "described");
    assert_eq!(texts(&c.cue), ["described", "as"]);
    assert_eq!(texts(&c.content), ["the old bridge", "unsafe for heavy trucks"]);
    let r = run("The minister referred to the floods as a national emergency.");
    let c = by_cue(&r, "referred to");
    assert_eq!(texts(&c.cue), ["referred to", "as"]);
    assert_eq!(texts(&c.content), ["the floods", "a national emergency"]);
}

#[test]
fn free_standing_quote_takes_the_next_sentence_source_with_no_cue() {
    let ann = run("\"The harvest is lost.\" Tomas Berg, a farmer near the river, described the fields as drowned.");
    let free = ann.claims.iter().find(|c| c.cue.is_empty()).expect("a claim with no cue");
    assert_eq!(texts(&free.content), ["\"The harvest is lost.\""]);
    assert!(free.source[0].text.starts_with("Tomas Berg"));
}

#[test]
fn an_unclosed_quotation_mark_ends_with_its_sentence() {
    // The opening mark is never closed: the next sentence's cue is still found.
    let ann = run("\"The harvest is lost. Tomas Berg, a farmer near the river, described the fields as drowned.");
    let c = by_cue(&ann, "described");
    assert_eq!(texts(&c.content), ["the fields", "drowned"]);
    assert!(ann.claims.iter().any(|c| c.cue.is_empty()), "{:#?}", ann.claims);
}

#[test]
fn content_ends_before_a_second_report_or_a_new_clause() {
    let ann = run("The mayor said the budget was tight and criticized the council for its delays.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the budget was tight"]);
    let ann = run("The coach said the season was over, and Ramos is now looking for a new club.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the season was over"]);
}

#[test]
fn question_quote_before_a_short_cue_sentence() {
    let ann = run("“Who will pay for the repairs?” the senator asked.");
    let c = by_cue(&ann, "asked");
    assert_eq!(texts(&c.content), ["“Who will pay for the repairs?”"]);
    assert_eq!(texts(&c.source), ["the senator"]);
}

#[test]
fn contracted_is_before_a_progressive_cue() {
    let ann = run("She’s claiming that the count was wrong.");
    let c = by_cue(&ann, "claiming");
    assert_eq!(texts(&c.content), ["that the count was wrong"]);
    assert_eq!(texts(&c.source), ["She"]);
}

#[test]
fn second_cue_after_comma_and_shares_the_subject() {
    let ann = run("The mayor praised the plan, and said the city would pay for it.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.content), ["the city would pay for it"]);
    assert_eq!(texts(&c.source), ["The mayor"]);
}

#[test]
fn noun_cue_with_to_needs_an_infinitive() {
    let ann = run("Officials called the flooding a threat to the harbour. The union repeated its threat to strike.");
    assert!(!ann.claims.iter().any(|c| c.cue.first().is_some_and(|s| s.text == "threat") && c.content[0].text.contains("harbour")), "{:#?}", ann.claims);
    let c = by_cue(&ann, "threat");
    assert_eq!(texts(&c.content), ["to strike"]);
}

#[test]
fn averages_and_audits_show_findings() {
    let ann = run("Polling averages show the incumbent ahead by four points.");
    let c = by_cue(&ann, "show");
    assert_eq!(texts(&c.content), ["the incumbent ahead by four points"]);
}

#[test]
fn clause_content_keeps_a_which_clause_and_drops_a_concession() {
    let ann = run("The manager said the plant closed early, which surprised the workers.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the plant closed early, which surprised the workers"]);
    let ann = run("The engineer was hinting at a long delay of the works, which nobody had announced.");
    assert_eq!(texts(&by_cue(&ann, "hinting at").content), ["a long delay of the works"]);
    let ann = run("The agency said the test was a success, although the data is incomplete.");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["the test was a success"]);
}

#[test]
fn asked_and_agreed_take_an_infinitive() {
    let ann = run("The chair asked the delegates to approve the budget. The two cities agreed to share the costs.");
    assert_eq!(texts(&by_cue(&ann, "asked").content), ["to approve the budget"]);
    assert_eq!(texts(&by_cue(&ann, "agreed").content), ["to share the costs"]);
}

#[test]
fn a_study_found_is_a_finding() {
    let ann = run("One study found most households saved less than a month of income.");
    assert_eq!(texts(&by_cue(&ann, "found").content), ["most households saved less than a month of income"]);
    // A person who finds something is no report without a clause marker.
    let ann = run("The driver found the keys under the seat.");
    assert!(ann.claims.is_empty(), "{:#?}", ann.claims);
}

#[test]
fn gerund_after_and_takes_the_subject_of_its_clause() {
    let ann = run("It was a setback for the council, as Lisbon had just approved the plan and declaring it a success.");
    let c = by_cue(&ann, "declaring");
    assert_eq!(texts(&c.source), ["Lisbon"]);
}

#[test]
fn fronted_subordinate_clause_content_ends_at_its_comma() {
    let ann = run("While the engineers warned the dam was weak, the mayor opened the new road.");
    let c = by_cue(&ann, "warned");
    assert_eq!(texts(&c.content), ["the dam was weak"]);
}

#[test]
fn editorial_labels_before_a_colon_are_not_speakers() {
    let ann = run("The Latest: Storm closes schools across the county.\nCorrection: An earlier version misspelled a name.");
    assert!(ann.claims.iter().all(|c| c.cue.first().map_or(true, |s| s.text != ":")), "{:#?}", ann.claims);
}

#[test]
fn present_tell_needs_a_clause_marker() {
    let ann = run("The museum will tell an old story of the harbour.");
    assert!(ann.claims.is_empty(), "{:#?}", ann.claims);
    let ann = run("The guide tells visitors that the harbour is closed.");
    assert_eq!(texts(&by_cue(&ann, "tells").content), ["that the harbour is closed"]);
}

#[test]
fn call_with_a_pronoun_object_or_an_adjective_predicate() {
    let ann = run("The inspectors called them \"reckless\". The union called the charges unfounded.");
    let calls: Vec<_> = ann.claims.iter().filter(|c| c.cue.first().is_some_and(|s| s.text == "called")).collect();
    assert_eq!(calls.len(), 2, "{:#?}", ann.claims);
    assert_eq!(texts(&calls[1].content), ["the charges unfounded"]);
}

#[test]
fn gerund_after_a_fronted_adverbial_takes_the_main_subject() {
    let ann = run("During a long speech in the harbour town, Ortega attacked the plan, saying it would ruin the fishermen.");
    let c = by_cue(&ann, "saying");
    assert_eq!(texts(&c.source), ["Ortega"]);
    assert_eq!(texts(&c.content), ["it would ruin the fishermen"]);
}

#[test]
fn fronted_in_a_poll_reports_a_finding() {
    let ann = run("In the latest county poll, conducted in early May, the mayor leads her rival by six points.");
    let c = by_cue(&ann, "In");
    assert_eq!(texts(&c.source), ["the latest county poll"]);
    assert_eq!(texts(&c.content), ["the mayor leads her rival by six points"]);
    let ann = run("In the old town, the mayor opened a school.");
    assert!(ann.claims.is_empty(), "{:#?}", ann.claims);
    // A document that is no phrase head, or the medium of the main clause's own cue, is no source.
    let ann = run("In the wake of the audit, the mayor cut the budget.");
    assert!(ann.claims.is_empty(), "{:#?}", ann.claims);
    let ann = run("In a 2019 memo, the agency suggested that the program end.");
    assert_eq!(ann.claims.len(), 1, "{:#?}", ann.claims);
    assert_eq!(texts(&by_cue(&ann, "suggested").source), ["the agency"]);
}

#[test]
fn short_circumstance_before_a_pronoun_clause_or_quotation() {
    let ann = run("Jones said after the meeting he would not run again.");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Jones"]);
    assert_eq!(texts(&c.content), ["he would not run again"]);
    let ann = run("Smith said on the other hand, \"the plan is too expensive for the town.\"");
    assert_eq!(texts(&by_cue(&ann, "said").content), ["\"the plan is too expensive for the town.\""]);
    // A circumstance alone is no content.
    let ann = run("White said during the debate.");
    assert!(ann.claims.is_empty(), "{:#?}", ann.claims);
}

#[test]
fn time_phrase_between_subject_and_cue_is_no_source() {
    let ann = run("The bank this month announced it would close the branch.");
    assert_eq!(texts(&by_cue(&ann, "announced").source), ["The bank"]);
    let ann = run("The mayor on Tuesday said the vote was wrong.");
    assert_eq!(texts(&by_cue(&ann, "said").source), ["The mayor"]);
}

#[test]
fn manner_of_speaking_verbs_report_only_with_an_explicit_complement() {
    let ann = run("The engineer retorted that the dam was safe.");
    let c = by_cue(&ann, "retorted");
    assert_eq!(texts(&c.source), ["The engineer"]);
    assert_eq!(texts(&c.content), ["that the dam was safe"]);
    let ann = run("The fans chanted “Bring back the coach!” outside the stadium.");
    assert_eq!(texts(&by_cue(&ann, "chanted").source), ["The fans"]);
    // Without a clause or quotation they are plain actions.
    let ann = run("The fans chanted for an hour.");
    assert!(ann.claims.is_empty(), "{:#?}", ann.claims);
}

#[test]
fn quotation_resumed_after_a_conjunction() {
    let ann = run("“I respect the council,” the mayor said, but “this budget leaves the harbour without a ferry.”");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["the mayor"]);
    assert_eq!(texts(&c.content), ["“I respect the council,”", "“this budget leaves the harbour without a ferry.”"]);
}

#[test]
fn think_tank_is_a_noun() {
    let ann = run("A researcher at a liberal think tank found the figures misleading.");
    assert!(ann.claims.iter().all(|c| c.cue.iter().all(|s| s.text != "think")), "{:#?}", ann.claims);
    let ann = run("The analysts think the ferry will close.");
    assert_eq!(texts(&by_cue(&ann, "think").content), ["the ferry will close"]);
}

#[test]
fn relative_after_an_inverted_source_takes_the_name() {
    let ann = run("“The ferry will run again,” said Ann Lee, who added that tickets would be free.");
    let c = by_cue(&ann, "added");
    assert_eq!(texts(&c.source), ["Ann Lee"]);
    assert_eq!(texts(&c.content), ["that tickets would be free"]);
}

#[test]
fn nested_option_off_keeps_only_outermost_claims_and_their_sources() {
    let text = "The ministry said that the governor had warned that the dam would fail.";
    let all = sourcemark::annotate(text, &sourcemark::Options::default());
    assert_eq!(all.claims.len(), 2, "{:?}", all.claims);
    let inner = all.claims.iter().position(|c| c.parent.is_some()).expect("one claim nests in the other");
    assert_eq!(texts(&all.claims[inner].source), ["the governor"]);
    let outer_only = sourcemark::annotate(text, &sourcemark::Options { nested: false, ..Default::default() });
    assert_eq!(outer_only.claims.len(), 1);
    let c = &outer_only.claims[0];
    assert_eq!((texts(&c.source), c.parent), (vec!["The ministry"], None));
    assert_eq!(c.content, all.claims[1 - inner].content, "the outer claim is unchanged");
    let named: Vec<&str> = outer_only.sources.iter().map(|s| s.name.as_str()).collect();
    assert!(!named.iter().any(|n| n.contains("governor")), "the dropped claim's source is not rolled up: {named:?}");
    for (i, s) in outer_only.sources.iter().enumerate() {
        assert!(s.claims.iter().all(|&k| outer_only.claims[k].source_index == Some(i)));
    }
}
