//! The JSONL exchange format of the evaluation tools: one document per line, code-point
//! offsets, each attribution role a list of `[start, end]` pairs.

use serde::{Deserialize, Serialize};

use crate::model::{Annotations, Kind, Label, OffsetEncoding, Options, Span};
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
    pub text: String,
}

#[derive(Debug, Serialize, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify), tsify(missing_as_null))]
pub struct ExchangeAttribution {
    pub source: Vec<[usize; 2]>,
    pub cue: Vec<[usize; 2]>,
    pub content: Vec<[usize; 2]>,
    pub source_entity: Option<String>,
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
    from_annotations(id, text, &crate::annotate(text, &options))
}

/// Converts a result whose offsets are code points.
pub fn from_annotations(id: &str, text: &str, ann: &Annotations) -> ExchangeRecord {
    assert_eq!(ann.offsets, OffsetEncoding::Codepoint, "the exchange format counts code points");
    let pairs = |spans: &[Span]| spans.iter().map(|s| [s.start, s.end]).collect();
    ExchangeRecord {
        id: id.to_string(),
        text: text.to_string(),
        entities: ann
            .entities
            .iter()
            .map(|e| ExchangeEntity { start: e.start, end: e.end, label: e.label, text: e.text.clone() })
            .collect(),
        attributions: ann
            .claims
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
