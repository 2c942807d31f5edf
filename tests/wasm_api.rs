//! The exported WebAssembly API as JavaScript sees it: JS objects in, plain JS objects out,
//! offsets in UTF-16 code units that `String.prototype.slice` agrees with, options checked
//! with a thrown `Error` rather than a trap.
//!
//! Runs in Node (`cargo test --target wasm32-unknown-unknown --test wasm_api`) and in headless
//! Chromium (the same with `WASM_BINDGEN_USE_BROWSER=1` and chromedriver on PATH).
#![cfg(target_arch = "wasm32")]

mod texts;

use js_sys::{Array, JsString, Reflect, JSON};
use sourcemark::wasm::{annotate, annotate_record, version};
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &key.into()).unwrap_or_else(|_| panic!("no {key} on {obj:?}"))
}

fn array(obj: &JsValue, key: &str) -> Array {
    let value = get(obj, key);
    assert!(Array::is_array(&value), "{key} is not an array: {value:?}");
    value.unchecked_into()
}

fn number(obj: &JsValue, key: &str) -> u32 {
    let n = get(obj, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number on {obj:?}"));
    assert!(n >= 0.0 && n.fract() == 0.0, "{key} = {n}");
    n as u32
}

fn string(obj: &JsValue, key: &str) -> String {
    get(obj, key).as_string().unwrap_or_else(|| panic!("{key} is not a string on {obj:?}"))
}

/// Options as a caller writes them: a JS object literal.
fn options(json: &str) -> Option<Ts<sourcemark::Options>> {
    Some(Ts::new_unchecked(JSON::parse(json).expect("test options are JSON")))
}

fn run(text: &str, opts: Option<Ts<sourcemark::Options>>) -> JsValue {
    annotate(text, opts).map(JsValue::from).unwrap_or_else(|e| panic!("annotate failed: {:?}", JsValue::from(e)))
}

/// Every span of a result (entities and claim parts) as JS objects.
fn spans(result: &JsValue) -> Vec<JsValue> {
    let mut out: Vec<JsValue> = array(result, "entities").iter().collect();
    for claim in array(result, "claims").iter() {
        for role in ["source", "cue", "content", "figures"] {
            out.extend(array(&claim, role).iter());
        }
        let unverified_by = get(&claim, "unverifiedBy");
        if !unverified_by.is_undefined() {
            out.push(unverified_by);
        }
    }
    out
}

/// A JS-side slice of the text: what a page does with the offsets.
fn js_slice(text: &JsString, start: u32, end: u32) -> String {
    String::from(text.slice(start, end))
}

#[wasm_bindgen_test]
fn result_is_a_plain_object_of_the_documented_shape() {
    let text = texts::SEEDS[0].1;
    let result = run(text, None);
    assert_eq!(number(&result, "schemaVersion"), 1);
    assert_eq!(string(&result, "offsets"), "utf16");
    assert_eq!(number(&result, "textLength"), JsString::from(text).length());
    let entities = array(&result, "entities");
    let groups = array(&result, "entityGroups");
    assert!(entities.length() > 0, "the seed article has entities");
    for e in entities.iter() {
        for key in ["start", "end", "group"] {
            number(&e, key);
        }
        string(&e, "text");
        assert!(["PERSON", "ORG", "LOC", "NORP", "DATE", "NUMBER", "MISC"].contains(&string(&e, "label").as_str()));
        assert!(number(&e, "group") < groups.length());
    }
    for g in groups.iter() {
        string(&g, "canonical");
        assert!(array(&g, "mentions").iter().all(|m| (m.as_f64().unwrap() as u32) < entities.length()));
    }
    let claims = array(&result, "claims");
    for c in claims.iter() {
        for key in ["unverified", "anonymous"] {
            assert!(get(&c, key).as_bool().is_some(), "{key} is a boolean");
        }
        assert!(["direct", "indirect", "mixed"].contains(&string(&c, "kind").as_str()));
        assert!(["neutral", "assertive", "doubtful", "concession"].contains(&string(&c, "stance").as_str()));
    }
    for s in array(&result, "sources").iter() {
        string(&s, "name");
        assert!(array(&s, "claims").iter().all(|c| (c.as_f64().unwrap() as u32) < claims.length()));
    }
    // Plain data, not class instances: a structured clone serialises to the same JSON.
    let clone = js_sys::Function::new_with_args("v", "return structuredClone(v)").call1(&JsValue::NULL, &result).unwrap();
    assert_eq!(JSON::stringify(&clone).unwrap(), JSON::stringify(&result).unwrap());
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_js_strings_with_emoji_accents_and_cjk() {
    let mut checked = 0;
    for (name, text) in texts::all_texts() {
        let result = run(&text, None);
        let js_text = JsString::from(text.as_str());
        assert_eq!(number(&result, "textLength"), js_text.length(), "{name}");
        for span in spans(&result) {
            let (start, end) = (number(&span, "start"), number(&span, "end"));
            assert!(start <= end && end <= js_text.length(), "{name}: {start}..{end}");
            assert_eq!(js_slice(&js_text, start, end), string(&span, "text"), "{name}: [{start}, {end})");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} spans checked");
}

#[wasm_bindgen_test]
fn offsets_option_selects_code_points_or_utf8() {
    let text = texts::with_unicode(texts::SEEDS[1].1);
    let chars: Vec<char> = text.chars().collect();
    let result = run(&text, options(r#"{"offsets": "codepoint"}"#));
    assert_eq!(string(&result, "offsets"), "codepoint");
    assert_eq!(number(&result, "textLength") as usize, chars.len());
    let cp_spans = spans(&result);
    assert!(!cp_spans.is_empty());
    for span in &cp_spans {
        let (start, end) = (number(span, "start") as usize, number(span, "end") as usize);
        assert_eq!(chars[start..end].iter().collect::<String>(), string(span, "text"));
    }
    let result = run(&text, options(r#"{"offsets": "utf8"}"#));
    assert_eq!(number(&result, "textLength") as usize, text.len());
    for span in spans(&result) {
        let (start, end) = (number(&span, "start") as usize, number(&span, "end") as usize);
        assert_eq!(text.get(start..end), Some(string(&span, "text").as_str()));
    }
}

#[wasm_bindgen_test]
fn labels_option_keeps_only_those_labels() {
    let text = texts::SEEDS[3].1;
    let all = run(text, None);
    let people = run(text, options(r#"{"labels": ["PERSON"]}"#));
    let kept = array(&people, "entities");
    assert!(kept.length() > 0 && kept.length() < array(&all, "entities").length(), "the seed has people and more");
    assert!(kept.iter().all(|e| string(&e, "label") == "PERSON"));
    let groups = array(&people, "entityGroups");
    assert!(groups.iter().all(|g| string(&g, "label") == "PERSON"));
    for (i, e) in kept.iter().enumerate() {
        let group = groups.get(number(&e, "group"));
        assert!(array(&group, "mentions").iter().any(|m| m.as_f64() == Some(i as f64)), "group lists its mention");
    }
    let none = run(text, options(r#"{"entities": false, "claims": false}"#));
    assert_eq!(array(&none, "entities").length() + array(&none, "claims").length(), 0);
}

#[wasm_bindgen_test]
fn bad_options_throw_an_error_and_the_module_keeps_working() {
    for bad in [r#"{"offsets": "utf32"}"#, r#"{"labels": ["PEOPLE"]}"#, r#"{"claims": "yes"}"#, "42", r#""utf16""#] {
        let err = match annotate("Biden said so.", options(bad)) {
            Ok(_) => panic!("options {bad} accepted"),
            Err(e) => JsValue::from(e),
        };
        assert!(err.is_instance_of::<js_sys::Error>(), "{bad}: a JS Error, got {err:?}");
        let message = String::from(err.unchecked_ref::<js_sys::Error>().message());
        assert!(message.contains("invalid options"), "{bad}: {message}");
    }
    assert_eq!(string(&run("Biden said so.", None), "offsets"), "utf16", "still usable after errors");
}

#[wasm_bindgen_test]
fn annotate_record_is_the_native_clis_line() {
    for (id, text) in texts::all_texts() {
        let record = JsValue::from(annotate_record(&id, &text).expect("record"));
        let from_js = String::from(JSON::stringify(&record).unwrap());
        let native = serde_json::to_string(&sourcemark::exchange::annotate_record(&id, &text)).unwrap();
        assert_eq!(from_js, native, "{id}");
    }
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}
