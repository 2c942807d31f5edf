//! Results handed to JavaScript as plain objects, by one of two routes chosen per build
//! (wasm-pack.toml): JSON that `JSON.parse` reads (the web build: the smaller code), or objects
//! built field by field with serde-wasm-bindgen (feature `js-objects`, the Node build: ~10%
//! faster `annotate` over the bench text, ~1.4 KB more gzip). Both give the same objects:
//! `JSON.stringify` of either is the same string (bench/ab.mjs --check compares them).

use tsify::Ts;
use wasm_bindgen::prelude::*;

/// serde-wasm-bindgen's JSON-compatible settings (absent values as `null`, maps as objects,
/// integers as numbers) make the objects `JSON.parse` makes of serde_json's output. The wasm
/// memory holds no JSON at all.
#[cfg(feature = "js-objects")]
pub(super) fn to_js<T: serde::Serialize + tsify::Tsify>(value: &T) -> Result<Ts<T>, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value.serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(Ts::new_unchecked(js))
}

#[cfg(not(feature = "js-objects"))]
pub(super) use json::to_js;

#[cfg(not(feature = "js-objects"))]
mod json {
    use super::*;

    /// The JSON is passed over in pieces (`PIECE`, `LONG_PIECE` bytes) and joined on the JavaScript
    /// side, so the wasm memory never holds the whole string (several times the text, and a wasm
    /// memory never shrinks). Most results fit in one piece: it is decoded and parsed in one
    /// call into JavaScript, with no joining.
    pub(in crate::wasm) fn to_js<T: serde::Serialize + tsify::Tsify>(value: &T) -> Result<Ts<T>, JsError> {
        let mut out = JsonToJs { piece: Vec::with_capacity(PIECE), json: None, handed: 0 };
        serde_json::to_writer(&mut out, value).map_err(|e| JsError::new(&e.to_string()))?;
        let parsed = match &out.json {
            None => parse_json_str(utf8(&out.piece)),
            Some(_) => {
                out.hand_over();
                parse_json(out.json.as_ref().expect("handed over"))
            }
        };
        Ok(Ts::new_unchecked(parsed.map_err(|_| JsError::new("result is not JSON"))?))
    }

    #[wasm_bindgen]
    extern "C" {
        /// `JSON.parse` of a JavaScript string.
        #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
        fn parse_json(text: &js_sys::JsString) -> Result<JsValue, JsValue>;

        /// `JSON.parse` of UTF-8 in the wasm memory, decoded by the glue on the way.
        #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
        fn parse_json_str(text: &str) -> Result<JsValue, JsValue>;
    }

    /// serde_json's output as a `&str`. It is valid UTF-8 (serde_json's own `to_string` relies
    /// on that), so the check never fails; `from_utf8` rather than `from_utf8_lossy` for its
    /// word-at-a-time scan of ASCII, which JSON mostly is.
    fn utf8(bytes: &[u8]) -> &str {
        std::str::from_utf8(bytes).unwrap_or("\"invalid UTF-8 in the result\"")
    }

    /// The size of the first pieces. Each piece becomes a JavaScript string that lives until the
    /// parse; pieces this small are young objects for V8, copied by every scavenge until promoted.
    const PIECE: usize = 1 << 16;
    /// Once `LONG` bytes are handed over, pieces are of `LONG_PIECE` bytes: strings that long are
    /// allocated among V8's large objects, which no scavenge copies. In 64 KiB pieces, a 10 MB
    /// text's 42 MB of JSON took 14 scavenges, 56 ms, of a 1.5 s call; with this, none, and the
    /// call is ~1.8% faster. Not from the start: a 1 MB text's 4 MB of JSON never meets a
    /// scavenge, and a large string costs fresh pages (its call was ~1.5% slower with large
    /// pieces from the first MiB on), and a short result's piece would hold more wasm memory.
    const LONG: usize = 1 << 22;
    const LONG_PIECE: usize = 1 << 18;

    /// The JSON written so far: the pieces handed over (a JavaScript string, once there is one),
    /// and the piece not yet handed over.
    struct JsonToJs {
        piece: Vec<u8>,
        json: Option<js_sys::JsString>,
        /// Bytes handed over so far.
        handed: usize,
    }

    impl JsonToJs {
        /// The most bytes a piece holds now.
        fn limit(&self) -> usize {
            if self.handed >= LONG { LONG_PIECE } else { PIECE }
        }

        /// Appends `bytes` to the JavaScript string. serde_json writes whole UTF-8 sequences in each
        /// call (it splits strings only at the ASCII it escapes), so every piece is valid UTF-8.
        fn append(&mut self, bytes: &[u8]) {
            if bytes.is_empty() && self.json.is_some() {
                return;
            }
            self.handed += bytes.len();
            let bytes = js_sys::JsString::from(utf8(bytes));
            self.json = Some(match &self.json {
                Some(json) => json.concat(&bytes),
                None => bytes,
            });
        }

        /// Hands over the buffered piece, then `bytes` too if they would not fit in a piece.
        #[inline(never)]
        fn spill(&mut self, bytes: &[u8]) {
            self.hand_over();
            if bytes.len() > self.limit() {
                self.append(bytes);
            } else {
                self.piece.extend_from_slice(bytes);
            }
        }

        fn hand_over(&mut self) {
            let piece = std::mem::take(&mut self.piece);
            self.append(&piece);
            self.piece = piece;
            self.piece.clear();
        }
    }

    impl std::io::Write for JsonToJs {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.write_all(bytes)?;
            Ok(bytes.len())
        }

        /// Never fails (the default would loop on `write` and check for short writes), so the
        /// serializer's error paths fold away as they do writing into a `Vec`.
        #[inline]
        fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
            if self.piece.len() + bytes.len() > self.limit() {
                self.spill(bytes);
            } else {
                self.piece.extend_from_slice(bytes);
            }
            Ok(())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
}
