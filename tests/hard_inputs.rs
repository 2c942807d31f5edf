//! Named hard inputs: each must give a sane result (no panic, spans that equal their slices),
//! and the large ones must finish (a quadratic rule would make them hang, failing the run).

mod common;

use common::assert_spans_match;
use sourcemark::{annotate, Annotations, OffsetEncoding, Options};

fn run(text: &str) -> Annotations {
    let ann = annotate(text, &Options { offsets: Some(OffsetEncoding::Utf16), ..Default::default() });
    assert_spans_match(text, &ann);
    ann
}

fn seed() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds/seed-003.txt")).unwrap()
}

#[test]
fn empty_and_whitespace() {
    for t in ["", " ", "\n\n\n", "\t \r\n \u{00A0}\u{2003}"] {
        let ann = run(t);
        assert!(ann.entities.is_empty() && ann.claims.is_empty(), "{t:?}");
    }
}

#[test]
fn ten_megabytes_of_news() {
    let one = seed();
    let text = one.repeat(10_000_000 / one.len() + 1);
    let small = run(&one);
    let big = run(&text);
    // Repeating an article repeats what is found in it (roughly: context crosses the seams).
    assert!(big.entities.len() >= small.entities.len() * 100, "{} vs {}", big.entities.len(), small.entities.len());
    assert!(big.claims.len() >= small.claims.len() * 100);
}

#[test]
fn one_long_line_without_spaces() {
    run(&"abc".repeat(350_000));
    run(&"Word.".repeat(200_000));
    run(&"x".repeat(100_000));
}

#[test]
fn a_hundred_thousand_quotation_marks() {
    for q in ["\"", "“", "”", "«", "'"] {
        run(&q.repeat(100_000));
        run(&format!("He said {} end", q.repeat(50_000)));
    }
}

#[test]
fn five_megabytes_of_only_quotes() {
    let text = "“We will win,” he said. “They lie.” ‘No’ «never» \"ok\"\n".repeat(5_000_000 / 60);
    let ann = run(&text);
    assert!(ann.claims.len() >= 10_000, "the quotes with a cue are still found: {}", ann.claims.len());
}

#[test]
fn unbalanced_quotes() {
    let ann = run("Putin said: “Everything is fine. Nobody else talks.\nThe end. He said so.");
    assert!(ann.entities.iter().any(|e| e.text == "Putin"), "the name before the open quote is still found");
    assert!(!ann.claims.is_empty(), "the cue before the open quote still gives a claim");
    run("\"\"\" said he \"");
    run("” backwards “ he said");
    run(&"“Never closed, he said. ".repeat(20_000));
}

#[test]
fn nested_quotes_of_every_style() {
    for (o, c) in [("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("‹", "›"), ("「", "」"), ("\"", "\""), ("'", "'")] {
        let text = format!("Peskov said: {o}They told us {o}nothing{c} at all{c}, the Kremlin said.");
        let ann = run(&text);
        assert!(!ann.entities.is_empty(), "{o}{c}: names still found");
    }
}

#[test]
fn rtl_cjk_and_mixed_direction() {
    run("قال الرئيس \u{202B}Putin said\u{202C} إن الحرب");
    run("東京で岸田首相は「戦争は終わった」と述べた。Kishida said it was over.");
    run("שלום Hello \u{200F}עולם\u{200E} Zelensky said “yes”.");
}

#[test]
fn emoji_zwj_flags_and_combining_marks() {
    let ann = run("👨‍👩‍👧‍👦 Zelenskyy said 🇺🇦🇬🇧 “we will win” 👍🏽. Cafe\u{301} Ame\u{301}lie told AFP.");
    assert!(!ann.claims.is_empty() || !ann.entities.is_empty());
}

#[test]
fn nul_and_control_characters() {
    run("Putin\u{0} said\u{1}\u{2} “no”\u{7f}\u{8}.\u{0}");
    run(&"\u{0}".repeat(10_000));
}

#[test]
fn pasted_html_and_markdown() {
    run("<html><body><p>Putin <b>said</b> “<script>alert(1)</script>”.</p><img src=x onerror=alert(1)></body></html>");
    run("# Headline\n\n**Zelensky** said: _“We will win”_.\n\n- [link](javascript:alert(1))\n```\ncode\n```");
}

#[test]
fn all_caps_and_no_caps() {
    run(&seed().to_uppercase());
    run(&seed().to_lowercase());
}

#[test]
fn symbols_only() {
    run(&"!@#$%^&*()_+-=[]{}|;':\",./<>?`~§±".repeat(5_000));
}

// Found by tests/linear_time.rs: a text without sentence ends made every cue's content run to
// the end of the text (quadratic time and output); a sentence is now cut at a bounded length.
#[test]
fn cue_after_cue_without_a_full_stop() {
    let text = " said ".repeat(50_000);
    let ann = run(&text);
    assert!(!ann.claims.is_empty());
    let longest = ann.claims.iter().flat_map(|c| &c.content).map(|s| s.end - s.start).max().unwrap();
    assert!(longest < 10_000, "a claim's content stays within a bounded sentence: {longest} units");
    run(&"Officials told Reuters that the war went on and on and ".repeat(10_000));
}

// Found while testing for linear time: each dot of a long initialism ("U.S.U.S.…") rescanned
// the whole word, quadratic in its length.
#[test]
fn a_megabyte_long_initialism() {
    let ann = run(&"U.S.".repeat(250_000));
    assert!(ann.claims.is_empty());
    run(&format!("Officials in the {} said so.", "A.".repeat(100_000)));
}

#[test]
fn a_megabyte_of_end_marks_without_a_sentence_start() {
    run(&". ".repeat(500_000));
    run(&"!".repeat(1_000_000));
    run(&"?!”".repeat(200_000));
}

#[test]
fn ten_thousand_distinct_names() {
    // Grouping mentions into entities must not compare every name with every other.
    let text: String = (0..10_000usize)
        .map(|i| {
            let w = |n: usize| -> String { ["Q".to_string(), (0..3).map(|k| (b'a' + ((n / 26usize.pow(k)) % 26) as u8) as char).collect()].concat() };
            format!("{}ov {}enko said on Monday. ", w(i), w(i * 7 + 3))
        })
        .collect();
    let ann = run(&text);
    assert!(ann.entities.len() >= 1_000, "most names are found: {}", ann.entities.len());
}

#[test]
fn pasted_web_page_source() {
    // View-source of a news page: head, inline script and JSON, styles, attributes, entities.
    let page = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kyiv says "talks" resumed | News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kyiv says talks resumed","author":{"name":"Jane Doe"}}</script>
<style>.a{color:red}body>p::before{content:"\201C"}</style><script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script></head>
<body><nav><a href="/">Home</a> &middot; <a href="/world">World</a></nav><article><h1>Kyiv says &ldquo;talks&rdquo; resumed</h1>
<p>&ldquo;We are ready,&rdquo; said <a href="/p/zelensky">Volodymyr Zelensky</a> on Tuesday, according to <b>Reuters</b>.</p>
<p>The Kremlin&#8217;s spokesman, Dmitry Peskov, told reporters that &quot;nothing&quot; had changed.</p>
<img src="x.jpg" alt="A man said &quot;no&quot;" onerror="alert(1)"><!-- comment "said" --></article></body></html>
"#;
    let ann = run(page);
    assert!(ann.entities.iter().any(|e| e.text.contains("Peskov")), "names between tags are still found");
    run(&page.repeat(2_000));
}

// Found by the fuzzer (2026-11-22): a text ending in an approximator ("… close to") or a month
// ("… in May") made the date rules look at the token after the last one and panic; and one
// starting with an approximator ("About 40 …") underflowed an index (a panic in debug builds).
#[test]
fn a_text_that_ends_where_a_number_or_date_would_follow() {
    let endings = ["close to", "more than", "about", "nearly", "at least", "as many as", "in May", "on Sept", "since Jan", "by March"];
    for ending in endings {
        for text in [ending.to_string(), format!("The toll rose to {ending}"), format!("“We will return,” she said in {ending}")] {
            run(&text);
            run(&format!("{text}\n"));
        }
    }
    for start in ["About 40 people", "about", "More than 600 troops said so.", "Nearly"] {
        run(start);
    }
}

/// A number straddling the end of a quote's content (content "he £", NUMBER "£1,615") must not
/// be reported as a checkable figure beyond what the content holds.
#[test]
fn a_figure_never_reaches_past_its_content() {
    let figures_inside = |ann: &Annotations| {
        ann.claims.iter().all(|c| c.figures.iter().all(|f| c.content.iter().any(|s| s.start <= f.start && f.end <= s.end)))
    };
    // Reduced by the fuzzer.
    let straddling = annotate("“according to the Ministry of Defence,  he £1,615", &Options::default());
    assert!(!straddling.claims.is_empty(), "the unclosed quote still gives a claim");
    assert!(figures_inside(&straddling), "{:?}", straddling.claims);
    let whole = annotate("“The bill came to £40 million,” she said.", &Options::default());
    assert!(figures_inside(&whole) && whole.claims.iter().any(|c| !c.figures.is_empty()), "a figure inside a quote is kept: {:?}", whole.claims);
}

/// Found by the fuzzer: a short capitalised line with a colon is both a headline "Source: …"
/// and a transcript line "SPEAKER: …"; it must give one claim, not two sharing the cue.
#[test]
fn a_colon_line_read_two_ways_gives_one_claim() {
    let ann = annotate("RR:i", &Options::default());
    let mut cues: Vec<(usize, usize)> = ann.claims.iter().flat_map(|c| &c.cue).map(|s| (s.start, s.end)).collect();
    let found = cues.len();
    cues.dedup();
    assert_eq!(cues.len(), found, "{:?}", ann.claims);
}

/// Found by the fuzzer: in broken text a quotation chain taken as content ran over the claim's
/// own source and cue ("“D said: …" inside a resumed quotation). The parts of a claim never overlap.
#[test]
fn a_claims_content_never_covers_its_own_source_or_cue() {
    let text = "DDD said th, atDDD said that DDDDDDDD DDD said thatDDD s\"JJSS??:\u{2}aSS:\"at\0h:id at\0h:id tDDD DDDDDDD,D said:\n\"D said:\n\"h\n%*;\n\"%4\0 that\0\0\n\0\"hDDDDDDDD sai\u{2}d \"\0\0\0that ";
    let ann = annotate(text, &Options::default());
    assert!(!ann.claims.is_empty());
    for c in &ann.claims {
        for x in c.source.iter().chain(&c.cue) {
            assert!(!c.content.iter().any(|y| x.start < y.end && y.start < x.end), "{x:?} inside content {:?}", c.content);
        }
    }
}

// Found by fuzzing: in broken text two quotation rules (a continued quote and a resumed one)
// both reached one quotation, and the claim listed the same content span twice.
#[test]
fn a_quotation_reached_by_two_rules_is_listed_once() {
    let bytes = include_bytes!("fixtures/fuzz/content-twice.txt");
    let text = std::str::from_utf8(bytes).unwrap();
    let ann = run(text);
    assert!(!ann.claims.is_empty(), "the claims of the text are still found");
    for c in &ann.claims {
        let mut parts: Vec<(usize, usize)> =
            c.source.iter().chain(&c.cue).chain(&c.content).map(|s| (s.start, s.end)).collect();
        parts.sort_unstable();
        assert!(parts.windows(2).all(|w| w[0].1 <= w[1].0), "parts of a claim overlap: {parts:?}");
    }
}

// Found by fuzzing: in broken text many verbs ("reject … as") reached the same second part of a
// split cue, and one cue word was given to twenty claims.
#[test]
fn a_cue_word_belongs_to_one_claim() {
    let bytes = include_bytes!("fixtures/fuzz/cue-shared.txt");
    let text = std::str::from_utf8(bytes).unwrap();
    let ann = run(text);
    assert!(!ann.claims.is_empty(), "the claims of the text are still found");
    let mut cues: Vec<(usize, usize)> = ann.claims.iter().flat_map(|c| &c.cue).map(|s| (s.start, s.end)).collect();
    cues.sort_unstable();
    assert!(cues.windows(2).all(|w| w[0].1 <= w[1].0), "cues of two claims overlap: {cues:?}");
}

// Found by the fuzzer (2026-11-22): two cues of one source joined by "and" with nothing between
// them ("add and add"), where cutting the first claim's content at the second cue left it empty.
#[test]
fn a_coordinated_cue_right_after_the_first_leaves_every_claim_a_content() {
    for text in ["in RRAiAA AiA addia add and add a and add an", "The minister said and added that the talks failed."] {
        let ann = run(text);
        assert!(!ann.claims.is_empty(), "{text}: the cues still make claims");
        for c in &ann.claims {
            assert!(!c.content.is_empty(), "{text}: claim with no content: {c:?}");
        }
    }
}

// Found by the fuzzer (2026-11-23): the checks that drop cue words used in another sense looked
// at the tokens after the cue without asking whether the text goes on ("… 212 pledged" at the
// very end read past the last token).
#[test]
fn a_cue_word_at_the_very_end_of_the_text_is_looked_at_safely() {
    let fuzzed = "Cpps ?L,BT]TL,toILidat(st 0hou\"t aId ssM added  svet at ~~Xll~and\"wiaid that add,0\u{11}\0\0C\n\tsCpps ?L,BT]TL,toILidat(st 0hou\"t aId ssM added  svet at ~~Xll~and\"wiaid that add,0M added ";
    for text in ["The delegates counted 212 pledged", "Ann Lee said the union states", "The mayor said it was adding to", "Lee said: 212 pledged", fuzzed] {
        let ann = run(text);
        for c in &ann.claims {
            assert!(c.cue.iter().chain(&c.content).all(|s| s.end <= text.len()), "{text}: a span past the text: {c:?}");
        }
    }
}
