//! A result as W3C Web Annotations (JSON-LD): one `classifying` annotation per entity mention
//! and one `describing` annotation per claim, each targeting its text through a
//! `TextQuoteSelector` (the exact words with some context) and a `TextPositionSelector`
//! (code-point positions, as the W3C model counts them).
//!
//! Identifiers are derived from the document's IRI (`SOURCE#sourcemark-entity-3`), so the same
//! result always gives the same collection.

use std::fmt::Write;
use serde::Serialize;
#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

use crate::model::{Annotations, Kind, OffsetEncoding, Span, Stance};
use crate::offsets;

/// Code points of context on each side of a quote: enough to find it again after small edits.
const CONTEXT: usize = 32;
const CONTEXT_IRI: &str = "http://www.w3.org/ns/anno.jsonld";

#[derive(Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AnnotationCollection {
    #[serde(rename = "@context")]
    pub context: String,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub label: String,
    pub total: usize,
    pub first: AnnotationPage,
}

#[derive(Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AnnotationPage {
    #[serde(rename = "type")]
    pub kind: String,
    pub start_index: usize,
    pub items: Vec<WebAnnotation>,
}

#[derive(Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
pub struct WebAnnotation {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// "classifying" for an entity mention, "describing" for a claim.
    pub motivation: String,
    pub body: Vec<TextualBody>,
    /// One target per span: a claim split around its cue has several.
    pub target: Vec<SpecificResource>,
}

#[derive(Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
pub struct TextualBody {
    #[serde(rename = "type")]
    pub kind: String,
    /// "classifying" (the label, or "claim"), "identifying" (a canonical name) or "describing".
    pub purpose: String,
    pub value: String,
    pub format: String,
}

#[derive(Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
pub struct SpecificResource {
    #[serde(rename = "type")]
    pub kind: String,
    /// The annotated document's IRI.
    pub source: String,
    pub selector: (TextQuoteSelector, TextPositionSelector),
}

#[derive(Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
pub struct TextQuoteSelector {
    #[serde(rename = "type")]
    pub kind: String,
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

/// Code-point positions in the document.
#[derive(Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
pub struct TextPositionSelector {
    #[serde(rename = "type")]
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

/// The collection for `ann`, a result of `text` in any offset encoding; `source` is the IRI of
/// the document (a URL, or a URN such as `urn:sha256:…`).
pub fn collection(text: &str, ann: &Annotations, source: &str) -> AnnotationCollection {
    let mut ann = ann.clone();
    offsets::convert_result(&mut ann, text, OffsetEncoding::Codepoint);
    let quotes = Quotes::new(text);
    let target = |start: usize, end: usize| quotes.target(source, start, end);
    let mut items = Vec::new();
    for (i, e) in ann.entities.iter().enumerate() {
        if e.start >= e.end {
            continue;
        }
        let mut body = vec![textual("classifying", e.label.as_str())];
        if let Some(g) = ann.entity_groups.get(e.group) {
            body.push(textual("identifying", &g.canonical));
        }
        items.push(annotation(format!("{source}#sourcemark-entity-{i}"), "classifying", body, vec![target(e.start, e.end)]));
    }
    for (i, c) in ann.claims.iter().enumerate() {
        let targets: Vec<SpecificResource> = c.content.iter().filter(|s| s.start < s.end).map(|s| target(s.start, s.end)).collect();
        if targets.is_empty() {
            continue;
        }
        let name = c.source_index.and_then(|s| ann.sources.get(s)).map(|s| s.name.to_string());
        let written = join(&c.source);
        let who = name.clone().or_else(|| (!written.is_empty()).then(|| written.clone()));
        // The facts joined by "; ", written into one string (a list of strings joined cost the
        // web build a `join` of its own).
        let mut description = format!("source: {}", who.as_deref().unwrap_or("not given"));
        if !c.cue.is_empty() {
            let _ = write!(description, "; cue: {}", join(&c.cue));
        }
        let _ = write!(description, "; kind: {}; stance: {}", kind_name(c.kind), stance_name(c.stance));
        if c.unverified {
            description.push_str("; unverified");
            if let Some(by) = &c.unverified_by {
                let _ = write!(description, " (“{}”)", by.text);
            }
        }
        let mut body = vec![textual("classifying", "claim"), textual("describing", &description)];
        if let Some(name) = name {
            body.push(textual("identifying", &name));
        }
        items.push(annotation(format!("{source}#sourcemark-claim-{i}"), "describing", body, targets));
    }
    AnnotationCollection {
        context: CONTEXT_IRI.into(),
        id: format!("{source}#sourcemark"),
        kind: "AnnotationCollection".into(),
        label: "Sourcemark: entities and attributed claims".into(),
        total: items.len(),
        first: AnnotationPage { kind: "AnnotationPage".into(), start_index: 0, items },
    }
}

fn annotation(id: String, motivation: &str, body: Vec<TextualBody>, target: Vec<SpecificResource>) -> WebAnnotation {
    WebAnnotation { id, kind: "Annotation".into(), motivation: motivation.into(), body, target }
}

fn textual(purpose: &str, value: &str) -> TextualBody {
    TextualBody { kind: "TextualBody".into(), purpose: purpose.into(), value: value.into(), format: "text/plain".into() }
}

fn join(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" … ")
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Direct => "direct",
        Kind::Indirect => "indirect",
        Kind::Mixed => "mixed",
    }
}

fn stance_name(stance: Stance) -> &'static str {
    match stance {
        Stance::Neutral => "neutral",
        Stance::Assertive => "assertive",
        Stance::Doubtful => "doubtful",
        Stance::Concession => "concession",
    }
}

/// Slices the text by code points.
struct Quotes<'a> {
    text: &'a str,
    /// Byte offset of each code point, then the text's length.
    bytes: Vec<usize>,
}

impl<'a> Quotes<'a> {
    fn new(text: &'a str) -> Self {
        let bytes = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        Quotes { text, bytes }
    }

    fn slice(&self, start: usize, end: usize) -> &'a str {
        let last = self.bytes.len() - 1;
        &self.text[self.bytes[start.min(last)]..self.bytes[end.min(last)]]
    }

    fn target(&self, source: &str, start: usize, end: usize) -> SpecificResource {
        SpecificResource {
            kind: "SpecificResource".into(),
            source: source.into(),
            selector: (
                TextQuoteSelector {
                    kind: "TextQuoteSelector".into(),
                    exact: self.slice(start, end).into(),
                    prefix: self.slice(start.saturating_sub(CONTEXT), start).into(),
                    suffix: self.slice(end, end + CONTEXT).into(),
                },
                TextPositionSelector { kind: "TextPositionSelector".into(), start, end },
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    #[test]
    fn selectors_quote_the_text_at_their_code_point_positions() {
        let text = "🇺🇦 Zoë said “東京 👍🏽 is far”, Volodymyr Zelenskyy told reporters in Kyiv on Monday.";
        let ann = crate::annotate(text, &Options { offsets: Some(OffsetEncoding::Utf16), ..Default::default() });
        let c = collection(text, &ann, "urn:example:doc");
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(c.total, c.first.items.len());
        assert!(c.first.items.iter().any(|a| a.motivation == "describing"), "a claim");
        assert!(c.first.items.iter().any(|a| a.motivation == "classifying"), "an entity");
        for a in &c.first.items {
            for t in &a.target {
                let (quote, pos) = &t.selector;
                let at: String = chars[pos.start..pos.end].iter().collect();
                assert_eq!(quote.exact, at);
                let before: String = chars[pos.start.saturating_sub(CONTEXT)..pos.start].iter().collect();
                assert_eq!(quote.prefix, before);
                assert_eq!(t.source, "urn:example:doc");
            }
        }
    }

    #[test]
    fn a_claim_is_described_by_its_source_cue_kind_stance_and_marker() {
        let text = "Dmitry Peskov claimed, without evidence, that the bridge was mined.";
        let ann = crate::annotate(text, &Options::default());
        let claim = &ann.claims[0];
        assert!(claim.unverified && claim.unverified_by.is_some(), "{claim:?}");
        let c = collection(text, &ann, "urn:example:doc");
        let described = c.first.items.iter().find(|a| a.motivation == "describing").expect("the claim");
        let description = described.body.iter().find(|b| b.purpose == "describing").expect("its description");
        // Each fact the way the claim has it, in this order, joined by "; ".
        let expected = [
            format!("source: {}", ann.sources[claim.source_index.unwrap()].name),
            format!("cue: {}", claim.cue[0].text),
            format!("kind: {}", kind_name(claim.kind)),
            format!("stance: {}", stance_name(claim.stance)),
            format!("unverified (“{}”)", claim.unverified_by.as_ref().unwrap().text),
        ];
        assert_eq!(description.value, expected.join("; "));
        assert!(description.value.starts_with("source: Dmitry Peskov; cue: claimed; "), "{}", description.value);
    }
}
