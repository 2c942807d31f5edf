//! WebAssembly bindings: conversion at the boundary and nothing else.
//!
//! Results cross as plain JS objects (`to_js`), so they survive `structuredClone` and
//! `postMessage`. Offsets default to UTF-16 code units, what JavaScript strings use.
//! TypeScript types come from the Rust types (tsify), so the two cannot drift. Values coming
//! in (options, results handed back) are read by `from_js`, a much smaller reader than serde's.

mod from_js;
#[cfg(feature = "result-tape")]
mod result_tape;
mod to_js;

use from_js::{field, object_with_only, FromJs};
use to_js::to_js;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use crate::exchange::ExchangeRecord;
use crate::model::{Annotations, OffsetEncoding, Options};

/// talc instead of the standard library's dlmalloc: the engine makes thousands of small
/// allocations per article (strings of the result, name keys).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Installs, on first use, a panic hook that reports the panic's message on the console
/// before the module traps (a panic is a bug: `annotate` is meant never to panic), so the page
/// and its users see what failed rather than a bare "unreachable". Installed lazily rather than
/// by a `start` function, which would add an export to the package's API.
fn report_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("sourcemark: engine failure: {info}").into());
        }));
    });
}

/// Annotates `text`. `options` may be omitted; offsets are UTF-16 code units unless
/// `options.offsets` says otherwise. Invalid options throw an `Error`.
#[cfg(not(feature = "result-tape"))]
#[wasm_bindgen]
pub fn annotate(text: &str, options: Option<Ts<Options>>) -> Result<Ts<Annotations>, JsError> {
    report_panics();
    to_js(&crate::annotate(text, &annotate_options(options)?))
}

/// Annotates `text`. `options` may be omitted; offsets are UTF-16 code units unless
/// `options.offsets` says otherwise. Invalid options throw an `Error`.
// The same function, taking the caller's string itself: the result's texts are sliced from it
// (src/wasm/result_tape.rs).
#[cfg(feature = "result-tape")]
#[wasm_bindgen]
pub fn annotate(text: &js_sys::JsString, options: Option<Ts<Options>>) -> Result<Ts<Annotations>, JsError> {
    report_panics();
    let options = annotate_options(options)?;
    let input = text.as_string().ok_or_else(|| JsError::new("annotate: text must be a string"))?;
    // The tape slices every entity's and span's text from `text` itself (UTF-16 offsets):
    // their own copies would be made only to be dropped.
    let texts = if options.offsets == Some(OffsetEncoding::Utf16) { crate::Texts::None } else { crate::Texts::All };
    let ann = crate::annotate_filling(&input, &options, texts);
    match ann.offsets {
        OffsetEncoding::Utf16 => Ok(Ts::new_unchecked(result_tape::annotations_to_js(&ann, text))),
        _ => to_js(&ann),
    }
}

/// `annotate`'s options: the caller's, offsets in UTF-16 units unless they say otherwise.
fn annotate_options(options: Option<Ts<Options>>) -> Result<Options, JsError> {
    let mut options = read_options(options)?;
    options.offsets.get_or_insert(OffsetEncoding::Utf16);
    Ok(options)
}

/// Reads a `T` from what JavaScript passed; `what` heads the error message.
fn read<T: FromJs, U: tsify::Tsify>(value: &Ts<U>, what: &str) -> Result<T, JsError> {
    T::from_js(&value.js_value()).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// One line of the JSONL exchange format (code-point offsets), the record the native CLI
/// writes: `JSON.stringify` of it equals the native `sourcemark --jsonl` line for the same input.
/// `options` as for `annotate`; offsets are always code points here.
#[wasm_bindgen(js_name = annotateRecord)]
pub fn annotate_record(id: &str, text: &str, options: Option<Ts<Options>>) -> Result<Ts<ExchangeRecord>, JsError> {
    report_panics();
    to_js(&crate::exchange::annotate_record(id, text, &read_options(options)?))
}

/// The caller's options, or the defaults when omitted.
fn read_options(options: Option<Ts<Options>>) -> Result<Options, JsError> {
    match options {
        Some(o) => read(&o, "invalid options"),
        None => Ok(Options::default()),
    }
}

/// The crate version, for `--version` of the Node CLI.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[cfg(feature = "cli-report")]
/// The command line's help text, the native CLI's own (`--help` of the Node CLI).
#[wasm_bindgen]
pub fn usage() -> String {
    crate::report::USAGE.to_string()
}

#[cfg(feature = "cli-report")]
/// Options of `renderReport`.
#[derive(tsify::Tsify, Default)]
pub struct ReportOptions {
    /// Heads the report (the CLI passes the file name); default "text".
    #[tsify(optional)]
    pub name: Option<String>,
    /// ANSI colours for a terminal; default plain text.
    #[tsify(optional)]
    pub color: Option<bool>,
}

#[cfg(feature = "cli-report")]
/// One article of `renderPage`: a name for its heading and its text.
#[derive(tsify::Tsify)]
pub struct PageDocument {
    pub name: String,
    pub text: String,
}

#[cfg(feature = "cli-report")]
impl FromJs for ReportOptions {
    fn from_js(value: &JsValue) -> from_js::Result<Self> {
        object_with_only(value, &["name", "color"])?;
        Ok(ReportOptions { name: field(value, "name")?, color: field(value, "color")? })
    }
}

#[cfg(feature = "cli-report")]
impl FromJs for PageDocument {
    fn from_js(value: &JsValue) -> from_js::Result<Self> {
        object_with_only(value, &["name", "text"])?;
        Ok(PageDocument { name: field(value, "name")?, text: field(value, "text")? })
    }
}

#[cfg(feature = "cli-report")]
/// The report for a person that the command lines print: each source with its claims, then the
/// entities. Annotates `text` itself; the same text as the native `sourcemark FILE`.
#[wasm_bindgen(js_name = renderReport)]
pub fn render_report(text: &str, options: Option<Ts<ReportOptions>>) -> Result<String, JsError> {
    report_panics();
    let options = match options {
        Some(o) => read(&o, "invalid options")?,
        None => ReportOptions::default(),
    };
    let ann = crate::annotate(text, &Options::default());
    let name = options.name.as_deref().unwrap_or("text");
    let style = crate::report::Style { colour: options.color.unwrap_or(false) };
    Ok(crate::report::report(name, &ann, style))
}

#[cfg(feature = "cli-report")]
/// A standalone annotated HTML page (inline CSS, no script) of `documents`, one section each;
/// the native `sourcemark --html OUT` writes the same page. `title` defaults to the CLI's.
#[wasm_bindgen(js_name = renderPage)]
pub fn render_page(documents: Vec<Ts<PageDocument>>, title: Option<String>) -> Result<String, JsError> {
    report_panics();
    let documents = documents
        .into_iter()
        .map(|d| read(&d, "invalid document"))
        .collect::<Result<Vec<PageDocument>, JsError>>()?;
    let results: Vec<Annotations> = documents.iter().map(|d| crate::annotate(&d.text, &Options::default())).collect();
    let docs: Vec<crate::report::Document<'_>> = documents
        .iter()
        .zip(&results)
        .map(|(d, annotations)| crate::report::Document { name: &d.name, text: &d.text, annotations })
        .collect();
    let title = title.unwrap_or_else(|| crate::report::title(&docs));
    Ok(crate::report::page(&title, &docs))
}

/// Options of `toWebAnnotations`.
#[derive(tsify::Tsify)]
pub struct WebAnnotationOptions {
    /// The text the result was made from (for the quotes and code-point positions).
    pub text: String,
    /// The IRI of the annotated document: each target's `source`, and the base of the ids.
    pub source: String,
}

impl FromJs for WebAnnotationOptions {
    fn from_js(value: &JsValue) -> from_js::Result<Self> {
        object_with_only(value, &["text", "source"])?;
        Ok(WebAnnotationOptions { text: field(value, "text")?, source: field(value, "source")? })
    }
}

/// The result as a W3C Web Annotation collection (JSON-LD): entity mentions (`classifying`) and
/// claims (`describing`), each targeted by a TextQuoteSelector and a TextPositionSelector in
/// code points. `JSON.stringify` it to save it.
#[wasm_bindgen(js_name = toWebAnnotations)]
pub fn to_web_annotations(
    result: Ts<Annotations>,
    options: Ts<WebAnnotationOptions>,
) -> Result<Ts<crate::web_annotation::AnnotationCollection>, JsError> {
    report_panics();
    let ann: Annotations = read(&result, "invalid result")?;
    let options: WebAnnotationOptions = read(&options, "invalid options")?;
    to_js(&crate::web_annotation::collection(&options.text, &ann, &options.source))
}

/// The same result with every offset in Unicode code points (Python string indices, W3C
/// selectors), whatever encoding it had; `text` is the text it was made from.
#[wasm_bindgen(js_name = toCodePoints)]
pub fn to_code_points(result: Ts<Annotations>, text: &str) -> Result<Ts<Annotations>, JsError> {
    report_panics();
    let mut ann: Annotations = read(&result, "invalid result")?;
    crate::offsets::convert_result(&mut ann, text, OffsetEncoding::Codepoint);
    to_js(&ann)
}
