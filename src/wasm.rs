//! WebAssembly bindings: conversion at the boundary and nothing else.
//!
//! Results cross as plain JS objects (serde-wasm-bindgen), so they survive `structuredClone`
//! and `postMessage`. Offsets default to UTF-16 code units, what JavaScript strings use.
//! TypeScript types come from the Rust types (tsify), so the two cannot drift.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use crate::exchange::ExchangeRecord;
use crate::model::{Annotations, OffsetEncoding, Options};

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
#[wasm_bindgen]
pub fn annotate(text: &str, options: Option<Ts<Options>>) -> Result<Ts<Annotations>, JsError> {
    report_panics();
    let mut options = match options {
        Some(o) => o.to_rust().map_err(|e| JsError::new(&format!("invalid options: {e}")))?,
        None => Options::default(),
    };
    options.offsets.get_or_insert(OffsetEncoding::Utf16);
    Ok(Ts::from_rust(&crate::annotate(text, &options))?)
}

/// One line of the JSONL exchange format (code-point offsets), the record the native CLI
/// writes: `JSON.stringify` of it equals the native `sourcemark --jsonl` line for the same input.
#[wasm_bindgen(js_name = annotateRecord)]
pub fn annotate_record(id: &str, text: &str) -> Result<Ts<ExchangeRecord>, JsError> {
    report_panics();
    Ok(Ts::from_rust(&crate::exchange::annotate_record(id, text))?)
}

/// The crate version, for `--version` of the Node CLI.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
