//! Reads the engine's types back from JavaScript values (options, and results passed to
//! `toCodePoints` / `toWebAnnotations`), field by field through `Reflect`.
//!
//! Why not serde-wasm-bindgen's deserializer: reading was ~35 KB gzip of the web build (its
//! visitors per type, and error messages that pull in float formatting), an eighth of the
//! module, for inputs that are a few small objects. Results leave as JSON (`to_js` in
//! `src/wasm.rs`), and `tests/wasm_api.rs` checks that what it writes reads back equal here.
//!
//! Missing fields and wrong types give an error naming the field path (`claims[2].kind: ...`).

use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::{
    Annotations, Claim, Entity, EntityGroup, Kind, Label, OffsetEncoding, Options, Source, Span, Stance,
};

pub type Result<T> = std::result::Result<T, String>;

/// A type that can be read from a JavaScript value.
pub trait FromJs: Sized {
    fn from_js(value: &JsValue) -> Result<Self>;

    /// The value of an absent field (`undefined`): an error unless the type is optional.
    fn absent() -> Option<Self> {
        None
    }
}

/// `obj[key]` (`undefined` when `obj` has no such property).
fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The field `key` of the object `obj`; a missing one is an error unless `T` is an `Option`.
/// Kept thin (it is compiled once per field type): the look-up and the error texts live in
/// `get`, `missing` and `within`, compiled once.
pub fn field<T: FromJs>(obj: &JsValue, key: &str) -> Result<T> {
    let value = get(obj, key);
    if value.is_undefined() {
        return T::absent().ok_or_else(|| missing(key));
    }
    T::from_js(&value).map_err(|e| within(key, e))
}

#[inline(never)]
fn missing(key: &str) -> String {
    format!("missing field `{key}`")
}

/// An error in the field `key`: `key: error`.
#[inline(never)]
fn within(key: &str, error: String) -> String {
    format!("{key}: {error}")
}

/// The field `key` of `obj`, or `default` when it is absent.
pub fn field_or<T: FromJs>(obj: &JsValue, key: &str, default: T) -> Result<T> {
    Ok(field::<Option<T>>(obj, key)?.unwrap_or(default))
}

/// Fails unless `value` is an object (arrays included) whose own keys are all in `known`.
pub fn object_with_only(value: &JsValue, known: &[&str]) -> Result<()> {
    object(value)?;
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(format!("unknown field `{key}`, expected one of {}", known.join(", ")));
        }
    }
    Ok(())
}

fn object(value: &JsValue) -> Result<()> {
    if value.is_object() {
        Ok(())
    } else {
        Err("expected an object".into())
    }
}

impl<T: FromJs> FromJs for Option<T> {
    fn from_js(value: &JsValue) -> Result<Self> {
        if value.is_null() || value.is_undefined() {
            Ok(None)
        } else {
            T::from_js(value).map(Some)
        }
    }
    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(value: &JsValue) -> Result<Self> {
        let mut out = Vec::new();
        each_item(value, &mut |item| Ok(out.push(T::from_js(item)?)))?;
        Ok(out)
    }
}

/// Calls `read` on each item of the array `value`, naming the index of the first that fails.
/// Not generic: the loop and its error text are compiled once, not once per element type.
fn each_item(value: &JsValue, read: &mut dyn FnMut(&JsValue) -> Result<()>) -> Result<()> {
    if !Array::is_array(value) {
        return Err("expected an array".into());
    }
    let array: &Array = value.unchecked_ref();
    for i in 0..array.length() {
        read(&array.get(i)).map_err(|e| format!("[{i}]: {e}"))?;
    }
    Ok(())
}

impl FromJs for usize {
    fn from_js(value: &JsValue) -> Result<Self> {
        match value.as_f64() {
            // Whole, not negative, exactly representable: what serialising a usize gives.
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 => Ok(n as usize),
            _ => Err("expected a non-negative integer".into()),
        }
    }
}

impl FromJs for u32 {
    fn from_js(value: &JsValue) -> Result<Self> {
        usize::from_js(value)?.try_into().map_err(|_| "expected a 32-bit integer".into())
    }
}

impl FromJs for bool {
    fn from_js(value: &JsValue) -> Result<Self> {
        value.as_bool().ok_or_else(|| "expected a boolean".into())
    }
}

impl FromJs for String {
    fn from_js(value: &JsValue) -> Result<Self> {
        value.as_string().ok_or_else(|| "expected a string".into())
    }
}

/// The index in `names` of the string `value` (the serde names of an enum's variants).
/// Not generic: each enum below only maps the index to its variant.
fn variant(value: &JsValue, names: &[&str]) -> Result<usize> {
    let s = String::from_js(value)?;
    names
        .iter()
        .position(|&n| n == s)
        .ok_or_else(|| format!("unknown variant `{s}`, expected one of {}", names.join(", ")))
}

impl FromJs for Label {
    fn from_js(value: &JsValue) -> Result<Self> {
        Ok(Label::ALL[variant(value, &Label::ALL.map(Label::as_str))?])
    }
}

impl FromJs for OffsetEncoding {
    fn from_js(value: &JsValue) -> Result<Self> {
        use OffsetEncoding::*;
        Ok([Utf8, Utf16, Codepoint][variant(value, &["utf8", "utf16", "codepoint"])?])
    }
}

impl FromJs for Kind {
    fn from_js(value: &JsValue) -> Result<Self> {
        use Kind::*;
        Ok([Direct, Indirect, Mixed][variant(value, &["direct", "indirect", "mixed"])?])
    }
}

impl FromJs for Stance {
    fn from_js(value: &JsValue) -> Result<Self> {
        use Stance::*;
        Ok([Neutral, Assertive, Doubtful, Concession][variant(value, &["neutral", "assertive", "doubtful", "concession"])?])
    }
}

/// `annotate`'s options: every field optional (the defaults of `Options::default()`), unknown
/// fields ignored, as the serde form reads them natively.
impl FromJs for Options {
    fn from_js(value: &JsValue) -> Result<Self> {
        object(value)?;
        let d = Options::default();
        Ok(Options {
            entities: field_or(value, "entities", d.entities)?,
            claims: field_or(value, "claims", d.claims)?,
            nested: field_or(value, "nested", d.nested)?,
            labels: field(value, "labels")?,
            offsets: field(value, "offsets")?,
        })
    }
}

impl FromJs for Span {
    fn from_js(value: &JsValue) -> Result<Self> {
        object(value)?;
        Ok(Span { start: field(value, "start")?, end: field(value, "end")?, text: field(value, "text")? })
    }
}

impl FromJs for Entity {
    fn from_js(value: &JsValue) -> Result<Self> {
        object(value)?;
        Ok(Entity {
            start: field(value, "start")?,
            end: field(value, "end")?,
            text: field(value, "text")?,
            label: field(value, "label")?,
            group: field(value, "group")?,
        })
    }
}

impl FromJs for EntityGroup {
    fn from_js(value: &JsValue) -> Result<Self> {
        object(value)?;
        Ok(EntityGroup {
            id: field(value, "id")?,
            canonical: field(value, "canonical")?,
            label: field(value, "label")?,
            mentions: field(value, "mentions")?,
        })
    }
}

impl FromJs for Claim {
    fn from_js(value: &JsValue) -> Result<Self> {
        object(value)?;
        Ok(Claim {
            source: field(value, "source")?,
            cue: field(value, "cue")?,
            content: field(value, "content")?,
            source_entity: field(value, "sourceEntity")?,
            source_index: field(value, "sourceIndex")?,
            kind: field(value, "kind")?,
            stance: field(value, "stance")?,
            unverified: field(value, "unverified")?,
            unverified_by: field(value, "unverifiedBy")?,
            anonymous: field(value, "anonymous")?,
            parent: field(value, "parent")?,
            figures: field(value, "figures")?,
        })
    }
}

impl FromJs for Source {
    fn from_js(value: &JsValue) -> Result<Self> {
        object(value)?;
        Ok(Source {
            name: field(value, "name")?,
            entity_group: field(value, "entityGroup")?,
            label: field(value, "label")?,
            role: field(value, "role")?,
            affiliation: field(value, "affiliation")?,
            anonymous: field(value, "anonymous")?,
            claims: field(value, "claims")?,
        })
    }
}

impl FromJs for Annotations {
    fn from_js(value: &JsValue) -> Result<Self> {
        object(value)?;
        Ok(Annotations {
            schema_version: field(value, "schemaVersion")?,
            offsets: field(value, "offsets")?,
            text_length: field(value, "textLength")?,
            entities: field(value, "entities")?,
            entity_groups: field(value, "entityGroups")?,
            claims: field(value, "claims")?,
            sources: field(value, "sources")?,
        })
    }
}
