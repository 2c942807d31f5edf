//! Every span of `annotate`'s result is the slice of the input its offsets say, in each of the
//! three encodings, on the seed articles, on the same articles with emoji, accents and CJK
//! woven in, and on constructed sentences. Indices between parts of the result stay in range.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod texts;

use sourcemark::{annotate, Annotations, OffsetEncoding, Options, Span};

const ENCODINGS: [OffsetEncoding; 3] = [OffsetEncoding::Utf8, OffsetEncoding::Utf16, OffsetEncoding::Codepoint];

/// The input between two offsets of `encoding`, or why there is none.
fn slice(text: &str, encoding: OffsetEncoding, start: usize, end: usize) -> Result<String, String> {
    if start > end {
        return Err(format!("start {start} > end {end}"));
    }
    match encoding {
        OffsetEncoding::Utf8 => text.get(start..end).map(str::to_string).ok_or_else(|| "not on char boundaries".into()),
        OffsetEncoding::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            let piece = units.get(start..end).ok_or("past the end")?;
            String::from_utf16(piece).map_err(|_| "splits a surrogate pair".into())
        }
        OffsetEncoding::Codepoint => {
            let chars: Vec<char> = text.chars().collect();
            Ok(chars.get(start..end).ok_or("past the end")?.iter().collect())
        }
    }
}

fn length(text: &str, encoding: OffsetEncoding) -> usize {
    match encoding {
        OffsetEncoding::Utf8 => text.len(),
        OffsetEncoding::Utf16 => text.encode_utf16().count(),
        OffsetEncoding::Codepoint => text.chars().count(),
    }
}

/// All spans of a result as (what, start, end, text).
fn spans(ann: &Annotations) -> Vec<(String, usize, usize, &str)> {
    let mut out = Vec::new();
    for (i, e) in ann.entities.iter().enumerate() {
        out.push((format!("entity {i}"), e.start, e.end, e.text.as_str()));
    }
    for (i, c) in ann.claims.iter().enumerate() {
        let roles: [(&str, &[Span]); 4] =
            [("source", &c.source), ("cue", &c.cue), ("content", &c.content), ("figure", &c.figures)];
        for (role, list) in roles {
            for s in list {
                out.push((format!("claim {i} {role}"), s.start, s.end, s.text.as_str()));
            }
        }
        if let Some(s) = &c.unverified_by {
            out.push((format!("claim {i} unverified_by"), s.start, s.end, s.text.as_str()));
        }
    }
    out
}

fn check_indices(name: &str, ann: &Annotations) {
    for (i, e) in ann.entities.iter().enumerate() {
        let group = ann.entity_groups.get(e.group).unwrap_or_else(|| panic!("{name}: entity {i} group out of range"));
        assert!(group.mentions.contains(&i), "{name}: group {} does not list entity {i}", e.group);
    }
    for (g, group) in ann.entity_groups.iter().enumerate() {
        assert_eq!(group.id, g, "{name}: group ids are their indices");
        assert!(group.mentions.iter().all(|&m| m < ann.entities.len()), "{name}: group {g} mention out of range");
    }
    for (i, c) in ann.claims.iter().enumerate() {
        if let Some(s) = c.source_index {
            assert!(ann.sources.get(s).is_some_and(|s| s.claims.contains(&i)), "{name}: claim {i} source {s}");
        }
        assert!(c.parent.map_or(true, |p| p < ann.claims.len()), "{name}: claim {i} parent out of range");
    }
    for (s, source) in ann.sources.iter().enumerate() {
        assert!(source.claims.iter().all(|&c| c < ann.claims.len()), "{name}: source {s} claim out of range");
        assert!(source.entity_group.map_or(true, |g| g < ann.entity_groups.len()), "{name}: source {s} group");
    }
}

#[test]
fn every_span_is_its_slice_in_every_encoding() {
    let mut checked = 0;
    for (name, text) in texts::all_texts() {
        let utf8 = annotate(&text, &Options { offsets: Some(OffsetEncoding::Utf8), ..Options::default() });
        for encoding in ENCODINGS {
            let ann = annotate(&text, &Options { offsets: Some(encoding), ..Options::default() });
            let name = format!("{name} {encoding:?}");
            assert_eq!(ann.offsets, encoding, "{name}");
            assert_eq!(ann.text_length, length(&text, encoding), "{name}: textLength");
            for (what, start, end, span_text) in spans(&ann) {
                let got = slice(&text, encoding, start, end).unwrap_or_else(|e| panic!("{name} {what} [{start}, {end}): {e}"));
                assert_eq!(got, span_text, "{name} {what} [{start}, {end})");
                assert!(end <= ann.text_length, "{name} {what} ends past the text");
                checked += 1;
            }
            // The encoding moves offsets and nothing else.
            let texts = |a: &Annotations| spans(a).into_iter().map(|(w, _, _, t)| (w, t.to_string())).collect::<Vec<_>>();
            assert_eq!(texts(&ann), texts(&utf8), "{name}: same spans as the UTF-8 result");
            check_indices(&name, &ann);
        }
    }
    assert!(checked > 100, "only {checked} spans checked: the engine found almost nothing in the seeds");
}

#[test]
fn unicode_changes_offsets_differently_per_encoding() {
    // Guards the test texts themselves: without astral and multi-byte characters before the
    // spans, the three encodings would agree and the test above would prove little.
    let text = texts::with_unicode(texts::SEEDS[0].1);
    let lengths: Vec<usize> = ENCODINGS.iter().map(|&e| length(&text, e)).collect();
    assert!(lengths[0] > lengths[1] && lengths[1] > lengths[2], "{lengths:?}");
    let last_start = |encoding| {
        let ann = annotate(&text, &Options { offsets: Some(encoding), ..Options::default() });
        ann.entities.last().expect("entities in the seed article").start
    };
    let starts: Vec<usize> = ENCODINGS.iter().map(|&e| last_start(e)).collect();
    assert!(starts[0] > starts[1] && starts[1] > starts[2], "{starts:?}");
}

#[test]
fn empty_and_blank_texts_give_empty_results() {
    for text in ["", " ", "\n\n\t", "🇺🇦"] {
        for encoding in ENCODINGS {
            let ann = annotate(text, &Options { offsets: Some(encoding), ..Options::default() });
            assert_eq!(ann.text_length, length(text, encoding));
            assert!(ann.entities.is_empty() && ann.claims.is_empty() && ann.sources.is_empty(), "{text:?}");
        }
    }
}

/// Each group's (label, canonical name): no two groups of one result should share both.
fn named_groups(ann: &Annotations) -> Vec<(sourcemark::Label, &str)> {
    let mut names: Vec<_> = ann.entity_groups.iter().map(|g| (g.label, g.canonical.as_str())).collect();
    names.sort();
    names
}

#[test]
fn a_text_longer_than_a_section_is_one_document_in_every_encoding() {
    // The seed articles with emoji, accents and CJK woven in, over and over: more than 1 MiB,
    // which the engine reads a section at a time (each section's offsets moved to the whole
    // text's, its groups merged with the others').
    let articles: Vec<String> = texts::SEEDS.iter().map(|(_, text)| texts::with_unicode(text)).collect();
    let one = articles.join("\n\n");
    let mut text = String::new();
    while text.len() <= 1_300_000 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    let copies = text.len() / (one.len() + 2);
    let once = annotate(&one, &Options::default());
    // (Guards the check below: one copy, one document, has no two groups of the same name.)
    let mut unique = named_groups(&once);
    unique.dedup();
    assert_eq!(unique.len(), once.entity_groups.len());
    for encoding in ENCODINGS {
        let ann = annotate(&text, &Options { offsets: Some(encoding), ..Options::default() });
        let name = format!("{copies} copies {encoding:?}");
        assert_eq!(ann.text_length, length(&text, encoding), "{name}");
        // (Sliced from the text decoded once: `slice` decodes it per span.)
        let sliceable = common::Sliceable::new(&text);
        for (what, start, end, span_text) in spans(&ann) {
            assert_eq!(sliceable.slice(encoding, start, end), span_text, "{name} {what} [{start}, {end})");
        }
        check_indices(&name, &ann);
        // Every copy is found (give or take what a section's edge changes), and the names that
        // recur in every copy are one group each, over the whole text, as in one document.
        assert!(ann.claims.len() > (copies - 1) * once.claims.len(), "{name}: {} claims", ann.claims.len());
        assert!(ann.entities.len() > (copies - 1) * once.entities.len(), "{name}: {} entities", ann.entities.len());
        let mut names = named_groups(&ann);
        let groups = names.len();
        names.dedup();
        assert_eq!(names.len(), groups, "{name}: groups of the same name");
        assert!(groups < 2 * once.entity_groups.len(), "{name}: {groups} groups for {} in one copy", once.entity_groups.len());
        let canonical: std::collections::HashSet<&str> = ann.entity_groups.iter().map(|g| g.canonical.as_str()).collect();
        for claim in &ann.claims {
            if let Some(source) = &claim.source_entity {
                assert!(canonical.contains(source.as_str()), "{name}: source {source} names no group");
            }
        }
    }
}

#[test]
fn a_text_longer_than_a_section_keeps_every_option() {
    let one: String = texts::SEEDS.iter().map(|(_, text)| texts::with_unicode(text)).collect::<Vec<_>>().join("\n\n");
    let text = format!("{one}\n\n").repeat(1_200_000 / one.len() + 1);
    assert!(text.len() > 1 << 20);
    let all = annotate(&text, &Options::default());
    let variants = [
        ("outermost", Options { nested: false, ..Options::default() }),
        ("no entities", Options { entities: false, ..Options::default() }),
        ("no claims", Options { claims: false, ..Options::default() }),
        ("people only", Options { labels: Some(vec![sourcemark::Label::PERSON]), ..Options::default() }),
    ];
    for (name, options) in variants {
        let ann = annotate(&text, &options);
        check_indices(name, &ann);
        let sliceable = common::Sliceable::new(&text);
        for (what, start, end, span_text) in spans(&ann) {
            assert_eq!(sliceable.slice(OffsetEncoding::Utf8, start, end), span_text, "{name} {what}");
        }
        match name {
            // Nested claims go: none left has a parent, and fewer are left.
            "outermost" => {
                assert!(ann.claims.iter().all(|c| c.parent.is_none()));
                assert!(ann.claims.len() < all.claims.len() && !ann.claims.is_empty(), "{} of {}", ann.claims.len(), all.claims.len());
            }
            "no entities" => assert!(ann.entities.is_empty() && ann.entity_groups.is_empty() && ann.claims.len() == all.claims.len()),
            "no claims" => assert!(ann.claims.is_empty() && ann.sources.is_empty() && ann.entities.len() == all.entities.len()),
            _ => {
                assert!(ann.entities.iter().all(|e| e.label == sourcemark::Label::PERSON) && !ann.entities.is_empty());
                assert_eq!(ann.claims.len(), all.claims.len());
            }
        }
    }
}
