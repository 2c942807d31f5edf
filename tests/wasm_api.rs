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
    let outermost = run(text, options(r#"{"nested": false}"#));
    let nested = array(&all, "claims").iter().filter(|c| !get(c, "parent").is_undefined()).count() as u32;
    assert!(nested > 0, "the seed has nested claims");
    assert_eq!(array(&outermost, "claims").length(), array(&all, "claims").length() - nested);
    let none = run(text, options(r#"{"entities": false, "claims": false}"#));
    assert_eq!(array(&none, "entities").length() + array(&none, "claims").length(), 0);
}

#[wasm_bindgen_test]
fn bad_options_throw_an_error_and_the_module_keeps_working() {
    for bad in [r#"{"offsets": "utf32"}"#, r#"{"labels": ["PEOPLE"]}"#, r#"{"claims": "yes"}"#, r#"{"nested": 0}"#, "42", r#""utf16""#] {
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
        let record = JsValue::from(annotate_record(&id, &text, None).expect("record"));
        let from_js = String::from(JSON::stringify(&record).unwrap());
        let native = serde_json::to_string(&sourcemark::exchange::annotate_record(&id, &text, &Default::default())).unwrap();
        assert_eq!(from_js, native, "{id}");
    }
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

/// A result using every field, optional ones set and unset, and every enum variant.
fn every_field_result(text: &str) -> sourcemark::Annotations {
    use sourcemark::model::{Claim, EntityGroup, Kind, OffsetEncoding, Source, Span, Stance};
    use sourcemark::{Entity, Label};
    let span = |start: usize, end: usize| Span { start, end, text: text[start..end].to_string() };
    let entities = Label::ALL
        .iter()
        .enumerate()
        .map(|(i, &label)| Entity { start: i, end: i + 1, text: text[i..i + 1].to_string(), label, group: i })
        .collect();
    let entity_groups = Label::ALL
        .iter()
        .enumerate()
        .map(|(i, &label)| EntityGroup { id: i, canonical: format!("group {i}"), label, mentions: vec![i] })
        .collect();
    let kinds = [Kind::Direct, Kind::Indirect, Kind::Mixed, Kind::Direct];
    let stances = [Stance::Neutral, Stance::Assertive, Stance::Doubtful, Stance::Concession];
    let claims = (0..4)
        .map(|i| Claim {
            source: vec![span(0, 3)],
            cue: if i == 1 { vec![] } else { vec![span(4, 8)] },
            content: vec![span(9, 12), span(13, 15)],
            source_entity: (i % 2 == 0).then(|| "Someone".to_string()),
            source_index: (i % 2 == 0).then_some(i),
            kind: kinds[i],
            stance: stances[i],
            unverified: i == 3,
            unverified_by: (i == 3).then(|| span(16, 18)),
            anonymous: i == 2,
            parent: (i == 3).then_some(0),
            figures: if i == 0 { vec![span(19, 20)] } else { vec![] },
        })
        .collect();
    let sources = vec![
        Source { name: "A".into(), entity_group: Some(0), label: Some(Label::PERSON), role: Some("spokesman".into()), affiliation: Some("Kremlin".into()), anonymous: false, claims: vec![0, 2] },
        Source { name: "officials".into(), entity_group: None, label: None, role: None, affiliation: None, anonymous: true, claims: vec![1] },
    ];
    sourcemark::Annotations {
        schema_version: sourcemark::model::SCHEMA_VERSION,
        offsets: OffsetEncoding::Codepoint,
        text_length: text.len(),
        entities,
        entity_groups,
        claims,
        sources,
    }
}

#[wasm_bindgen_test]
fn results_read_back_from_javascript_field_for_field() {
    // ASCII text and code-point offsets: converting to code points changes nothing, so what
    // comes back is exactly what was read (from_js), written back out (serde-wasm-bindgen).
    let text = "abcdefghijklmnopqrstuvwxyz";
    let result = every_field_result(text);
    let js = Ts::from_rust(&result).expect("serialises");
    let back = sourcemark::wasm::to_code_points(js, text).map_err(JsValue::from).expect("reads back");
    assert_eq!(back.to_rust().expect("deserialises"), result);
}

#[wasm_bindgen_test]
fn malformed_results_and_options_throw_errors_naming_the_field() {
    let text = "abcdefghijklmnopqrstuvwxyz";
    let good = JsValue::from(Ts::from_rust(&every_field_result(text)).unwrap());
    let message = |e: wasm_bindgen::JsError| String::from(JsValue::from(e).unchecked_ref::<js_sys::Error>().message());
    // A deep copy of `good` with the field at `path` ("claims.1.kind") set to `value`.
    let broken = |path: &str, value: &JsValue| {
        let copy = JSON::parse(&String::from(JSON::stringify(&good).unwrap())).unwrap();
        let mut keys: Vec<&str> = path.split('.').collect();
        let last = keys.pop().unwrap();
        let target = keys.iter().fold(copy.clone(), |obj, k| match k.parse::<u32>() {
            Ok(i) => obj.unchecked_into::<Array>().get(i),
            Err(_) => get(&obj, k),
        });
        Reflect::set(&target, &last.into(), value).unwrap();
        Ts::new_unchecked(copy)
    };
    let cases = [
        ("claims.1.kind", JsValue::from_str("quoted"), "invalid result: claims: [1]: kind: unknown variant `quoted`"),
        ("entities.0.start", JsValue::from_f64(-1.0), "invalid result: entities: [0]: start: expected a non-negative integer"),
        ("entities.2.label", JsValue::from_str("person"), "invalid result: entities: [2]: label: unknown variant `person`"),
        ("sources", JsValue::from_str("none"), "invalid result: sources: expected an array"),
        ("offsets", JsValue::UNDEFINED, "invalid result: missing field `offsets`"),
        ("claims.0.unverified", JsValue::NULL, "invalid result: claims: [0]: unverified: expected a boolean"),
    ];
    for (path, value, want) in cases {
        let err = sourcemark::wasm::to_code_points(broken(path, &value), text).err().unwrap_or_else(|| panic!("{path} accepted"));
        let got = message(err);
        assert!(got.starts_with(want), "{path}: {got}");
    }
    let options = |json: &str| Ts::new_unchecked(JSON::parse(json).unwrap());
    let err = sourcemark::wasm::to_web_annotations(Ts::new_unchecked(good.clone()), options(r#"{"text": "abc", "source": "x", "extra": 1}"#)).err().unwrap();
    assert!(message(err).starts_with("invalid options: unknown field `extra`"));
    let err = sourcemark::wasm::to_web_annotations(Ts::new_unchecked(good), options(r#"{"source": "x"}"#)).err().unwrap();
    assert!(message(err).starts_with("invalid options: missing field `text`"));
}
