//! WebAssembly bindings: conversion at the boundary and nothing else.
//!
//! Results cross as plain JS objects (serde-wasm-bindgen), so they survive `structuredClone`
//! and `postMessage`. Offsets default to UTF-16 code units, what JavaScript strings use.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use crate::model::{Annotations, OffsetEncoding, Options};

/// Annotates `text`. `options` may be omitted; offsets are UTF-16 code units unless
/// `options.offsets` says otherwise.
#[wasm_bindgen]
pub fn annotate(text: &str, options: Option<Ts<Options>>) -> Result<Ts<Annotations>, JsError> {
    let mut options = match options {
        Some(o) => o.to_rust().map_err(|e| JsError::new(&format!("invalid options: {e}")))?,
        None => Options::default(),
    };
    options.offsets.get_or_insert(OffsetEncoding::Utf16);
    Ok(Ts::from_rust(&crate::annotate(text, &options))?)
}
