//! `annotate`'s result handed to JavaScript as one array of numbers and one string of names,
//! which `result_tape.js` builds into the result objects in a single call (feature
//! `result-tape`, the Node build).
//!
//! Why: built field by field, the result crosses the wasm boundary once per field of every span
//! and decodes each span's text from UTF-8 on its own; that was about a seventh of the Node
//! build's time. Here span and entity texts are slices of the caller's own string (the offsets
//! are UTF-16 units, JavaScript's), so no article text is decoded at all; the names the text
//! does not hold at an offset (canonical names, roles, affiliations) cross as one string.
//! The objects equal those of the other routes: `JSON.stringify` gives the same string
//! (tests/npm/build-config.test.mjs compares the web and Node builds over the seed articles).

use js_sys::JsString;
use wasm_bindgen::prelude::*;

use crate::model::{Annotations, Claim, Entity, EntityGroup, Label, OffsetEncoding, Source, Span};

#[wasm_bindgen(module = "/src/wasm/result_tape.js")]
extern "C" {
    #[wasm_bindgen(js_name = buildAnnotations)]
    fn build_annotations(tape: &[u32], names: &str, text: &JsString) -> JsValue;
}

/// The result as JavaScript objects. `text` is the string `ann` was made from, and `ann`'s
/// offsets must be UTF-16 units (the caller checks): spans are sliced from it.
pub(super) fn annotations_to_js(ann: &Annotations, text: &JsString) -> JsValue {
    debug_assert_eq!(ann.offsets, OffsetEncoding::Utf16);
    let mut tape = Tape::default();
    tape.annotations(ann);
    build_annotations(&tape.numbers, &tape.names, text)
}

/// What `result_tape.js` reads, in the order it reads it. Counts come before their items;
/// an optional value is 0 when absent and value + 1 when present; enums are their index in
/// the JS builder's name lists (the declaration order of the Rust enums).
#[derive(Default)]
struct Tape {
    numbers: Vec<u32>,
    /// Names one after another; the tape holds each one's length in UTF-16 units.
    names: String,
}

impl Tape {
    /// wasm32's usize is 32 bits wide: the cast is lossless.
    fn number(&mut self, n: usize) {
        self.numbers.push(n as u32);
    }

    fn optional(&mut self, n: Option<usize>) {
        self.number(n.map_or(0, |n| n + 1));
    }

    fn flag(&mut self, b: bool) {
        self.number(usize::from(b));
    }

    fn name(&mut self, name: &str) {
        self.number(name.encode_utf16().count());
        self.names.push_str(name);
    }

    fn optional_name(&mut self, name: Option<&str>) {
        self.optional(name.map(|n| n.encode_utf16().count()));
        self.names.push_str(name.unwrap_or(""));
    }

    fn label(&mut self, label: Label) {
        self.number(label as usize);
    }

    fn indices(&mut self, indices: &[usize]) {
        self.number(indices.len());
        indices.iter().for_each(|&i| self.number(i));
    }

    fn span(&mut self, span: &Span) {
        self.number(span.start);
        self.number(span.end);
    }

    fn spans(&mut self, spans: &[Span]) {
        self.number(spans.len());
        spans.iter().for_each(|s| self.span(s));
    }

    fn annotations(&mut self, ann: &Annotations) {
        self.numbers.reserve(8 + ann.entities.len() * 4 + ann.claims.len() * 24);
        self.number(ann.schema_version as usize);
        self.number(ann.offsets as usize);
        self.number(ann.text_length);
        self.number(ann.entities.len());
        ann.entities.iter().for_each(|e| self.entity(e));
        self.number(ann.entity_groups.len());
        ann.entity_groups.iter().for_each(|g| self.group(g));
        self.number(ann.claims.len());
        ann.claims.iter().for_each(|c| self.claim(c));
        self.number(ann.sources.len());
        ann.sources.iter().for_each(|s| self.source(s));
    }

    fn entity(&mut self, e: &Entity) {
        self.number(e.start);
        self.number(e.end);
        self.label(e.label);
        self.number(e.group);
    }

    fn group(&mut self, g: &EntityGroup) {
        self.number(g.id);
        self.name(&g.canonical);
        self.label(g.label);
        self.indices(&g.mentions);
    }

    fn claim(&mut self, c: &Claim) {
        self.spans(&c.source);
        self.spans(&c.cue);
        self.spans(&c.content);
        self.optional_name(c.source_entity.as_deref());
        self.optional(c.source_index);
        self.number(c.kind as usize);
        self.number(c.stance as usize);
        self.flag(c.unverified);
        self.flag(c.unverified_by.is_some());
        if let Some(by) = &c.unverified_by {
            self.span(by);
        }
        self.flag(c.anonymous);
        self.optional(c.parent);
        self.spans(&c.figures);
    }

    fn source(&mut self, s: &Source) {
        self.name(&s.name);
        self.optional(s.entity_group);
        self.optional(s.label.map(|l| l as usize));
        self.optional_name(s.role.as_deref());
        self.optional_name(s.affiliation.as_deref());
        self.flag(s.anonymous);
        self.indices(&s.claims);
    }
}
