//! The result types of `annotate`: what every caller (Rust, wasm, CLI, page) sees.
//!
//! All offsets inside the engine are UTF-8 byte offsets into the input. `Options::offsets`
//! chooses the encoding of the returned result; the conversion happens once, in
//! `offsets::reencode`, after the pipeline has run. An optional field that is absent is left
//! out of the JSON (as it is of the JavaScript object), never written as `null`.

use serde::{Deserialize, Serialize};
#[cfg(target_arch = "wasm32")]
use tsify::Tsify;

/// Every string of the result (an entity's or span's text, a name, a role).
///
/// Natively a string that keeps up to 24 bytes inline, without an allocation of its own: most
/// names and cue words fit, an article's result holds thousands of them, and allocating each
/// cost 3–4% of `annotate`'s time (issue #7). It derefs to `str`, compares with `&str` and
/// `String`, and serialises as a string. In WebAssembly it is `String`: there the inline form
/// holds only 12 bytes, JavaScript slices the texts from its own string (`Texts::None` in
/// `src/wasm.rs`), and the crate's code cost the web build 3.7 KB gzip of its size budget.
/// (tsify reads the alias's name, not its type: each `Text` field says `string` for TypeScript.)
#[cfg(not(target_arch = "wasm32"))]
pub type Text = compact_str::CompactString;
#[cfg(target_arch = "wasm32")]
pub type Text = String;

/// A claim's spans of one kind (its source, cue or content): most claims have one of each.
///
/// Natively one span is kept inline, without an allocation of its own: on a long text the
/// claims' small span lists were most of the cost of freeing the result (a 10 MB text's took
/// 8 ms, against 0.4 ms for 1 MB: the lists lay scattered over a large heap), and of making
/// them. It derefs to a slice of `Span`s and serialises as a list. In WebAssembly it is `Vec`,
/// for the size budget, as `Text` is. (tsify reads the alias's name: each field says `Span[]`.)
#[cfg(not(target_arch = "wasm32"))]
pub type Spans = smallvec::SmallVec<[Span; 1]>;
#[cfg(target_arch = "wasm32")]
pub type Spans = Vec<Span>;

/// Version of the result schema; bump when a field changes meaning or disappears.
pub const SCHEMA_VERSION: u32 = 1;

/// How offsets in a result count positions in the input text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "lowercase")]
pub enum OffsetEncoding {
    /// UTF-8 bytes: what Rust `str` slicing uses.
    #[default]
    Utf8,
    /// UTF-16 code units: what JavaScript `String.slice` and the DOM use.
    Utf16,
    /// Unicode code points: what Python slicing and the JSONL exchange format use.
    Codepoint,
}

/// The seven entity labels of the annotation guidelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
pub enum Label {
    PERSON,
    ORG,
    LOC,
    NORP,
    DATE,
    NUMBER,
    MISC,
}

impl Label {
    pub const ALL: [Label; 7] = [
        Label::PERSON,
        Label::ORG,
        Label::LOC,
        Label::NORP,
        Label::DATE,
        Label::NUMBER,
        Label::MISC,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::PERSON => "PERSON",
            Label::ORG => "ORG",
            Label::LOC => "LOC",
            Label::NORP => "NORP",
            Label::DATE => "DATE",
            Label::NUMBER => "NUMBER",
            Label::MISC => "MISC",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// What the caller wants back.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// Tag named entities (needed for claims' sources too: turning it off only hides them).
    pub entities: bool,
    /// Extract attributed claims and the sources roll-up.
    pub claims: bool,
    /// Keep attributions nested inside another claim's content ("X said Y warned that …" gives
    /// both). `false` keeps only the outermost ones, as corpora annotated at one level are.
    pub nested: bool,
    /// Entity labels to return; `None` returns all seven.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub labels: Option<Vec<Label>>,
    /// Encoding of every offset in the result; unset means the caller's native one
    /// (UTF-8 bytes from Rust, UTF-16 code units from JavaScript).
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub offsets: Option<OffsetEncoding>,
}

impl Default for Options {
    fn default() -> Self {
        Options { entities: true, claims: true, nested: true, labels: None, offsets: None }
    }
}

/// A piece of the input: `text == input[start..end]` in the result's offset encoding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
pub struct Span {
    pub start: usize,
    pub end: usize,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub text: Text,
}

/// One mention of a named entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub text: Text,
    pub label: Label,
    /// Index into `Annotations::entity_groups`: the real-world thing this mention names.
    pub group: usize,
}

/// All mentions of one real-world thing in the document ("Volodymyr Zelenskyy" = "Zelensky").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct EntityGroup {
    pub id: usize,
    /// The name to show: the fullest form the article uses.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub canonical: Text,
    pub label: Label,
    /// Indices into `Annotations::entities`.
    pub mentions: Vec<usize>,
}

/// How much of a claim's content is quoted verbatim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Direct,
    Indirect,
    Mixed,
}

/// The attitude the cue word lends to the claim ("said" vs "claimed" vs "admitted").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Neutral,
    Assertive,
    Doubtful,
    Concession,
}

/// One attribution: a source says (believes, claims …) a content, marked by a cue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    /// Source noun phrase as written; empty when the text names no source.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Span[]"))]
    pub source: Spans,
    /// Reporting words ("said", "according to"); empty for a free-standing quote.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Span[]"))]
    pub cue: Spans,
    /// What is attributed; several spans when a quote is split around its cue.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Span[]"))]
    pub content: Spans,
    /// Canonical name of the source when the article identifies it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub source_entity: Option<Text>,
    /// Index into `Annotations::sources`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub source_index: Option<usize>,
    pub kind: Kind,
    pub stance: Stance,
    /// The text marks this claim as unverified, unevidenced or disputed.
    pub unverified: bool,
    /// The words that justify `unverified`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub unverified_by: Option<Span>,
    /// The source is a group or unnamed person ("officials", "a source close to …").
    pub anonymous: bool,
    /// Index of the claim whose content contains this one (nested attribution).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub parent: Option<usize>,
    /// Numbers inside the content: checkable figures.
    pub figures: Vec<Span>,
}

/// One source of the roll-up, with everything the text says about it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// Canonical name, or the source phrase itself for unnamed sources.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub name: Text,
    /// Index into `Annotations::entity_groups` when the source is a tagged entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub entity_group: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub label: Option<Label>,
    /// "spokesman", "deputy minister of defense" …
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub role: Option<Text>,
    /// "Kremlin", "Ukraine" …
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "string"))]
    pub affiliation: Option<Text>,
    pub anonymous: bool,
    /// Indices into `Annotations::claims`.
    pub claims: Vec<usize>,
}

/// Everything `annotate` finds in one text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Annotations {
    pub schema_version: u32,
    /// Encoding of every offset below.
    pub offsets: OffsetEncoding,
    /// Length of the input in that encoding.
    pub text_length: usize,
    pub entities: Vec<Entity>,
    pub entity_groups: Vec<EntityGroup>,
    pub claims: Vec<Claim>,
    pub sources: Vec<Source>,
}
