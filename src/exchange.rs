//! The JSONL exchange format of the evaluation tools: one document per line, code-point
//! offsets, each attribution role a list of `[start, end]` pairs.

use serde::{Deserialize, Serialize};

use crate::model::{Annotations, Claim, Kind, Label, OffsetEncoding, Options, Span};
use crate::Texts;
#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// An input line: `{"id": …, "text": …}` (other keys are ignored).
#[derive(Debug, Deserialize)]
pub struct InputRecord {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct ExchangeEntity {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub text: crate::Text,
}

#[derive(Debug, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct ExchangeAttribution {
    pub source: Vec<[usize; 2]>,
    pub cue: Vec<[usize; 2]>,
    pub content: Vec<[usize; 2]>,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub source_entity: Option<crate::Text>,
    pub kind: Kind,
    pub unverified: bool,
}

/// An output line. The text is echoed so the file stands on its own.
#[derive(Debug, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct ExchangeRecord {
    pub id: String,
    pub text: String,
    pub entities: Vec<ExchangeEntity>,
    pub attributions: Vec<ExchangeAttribution>,
}

/// Annotates one record and converts it to the exchange format (whatever `options.offsets`
/// says, the format counts code points).
pub fn annotate_record(id: &str, text: &str, options: &Options) -> ExchangeRecord {
    let options = Options { offsets: Some(OffsetEncoding::Codepoint), ..options.clone() };
    // A claim's spans go out as offsets: their texts are not made. The entities' texts move
    // into the record rather than being copied.
    let ann = crate::annotate_filling(text, &options, Texts::Entities);
    let entities = ann.entities.into_iter().map(|e| ExchangeEntity { start: e.start, end: e.end, label: e.label, text: e.text });
    record(id, text, entities, &ann.claims)
}

/// Converts a result whose offsets are code points.
pub fn from_annotations(id: &str, text: &str, ann: &Annotations) -> ExchangeRecord {
    assert_eq!(ann.offsets, OffsetEncoding::Codepoint, "the exchange format counts code points");
    let entities = ann.entities.iter().map(|e| ExchangeEntity { start: e.start, end: e.end, label: e.label, text: e.text.clone() });
    record(id, text, entities, &ann.claims)
}

fn record(id: &str, text: &str, entities: impl Iterator<Item = ExchangeEntity>, claims: &[Claim]) -> ExchangeRecord {
    let pairs = |spans: &[Span]| spans.iter().map(|s| [s.start, s.end]).collect();
    ExchangeRecord {
        id: id.to_string(),
        text: text.to_string(),
        entities: entities.collect(),
        attributions: claims
            .iter()
            .map(|c| ExchangeAttribution {
                source: pairs(&c.source),
                cue: pairs(&c.cue),
                content: pairs(&c.content),
                source_entity: c.source_entity.clone(),
                kind: c.kind,
                unverified: c.unverified,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `annotate_record` (which leaves the spans' texts unmade) writes the same record as the
    /// conversion of `annotate`'s full result.
    #[test]
    fn a_record_is_the_full_results_conversion() {
        let text = "Zoë Lee, a spokeswoman for the MoD, said 👍🏽 the 东京 talks had “failed”. “We will not give up,” she told reporters.";
        let options = Options { offsets: Some(OffsetEncoding::Codepoint), ..Options::default() };
        let expected = from_annotations("d1", text, &crate::annotate(text, &options));
        assert!(!expected.entities.is_empty() && !expected.attributions.is_empty(), "the text has entities and claims");
        assert_eq!(annotate_record("d1", text, &Options::default()), expected);
    }
}
