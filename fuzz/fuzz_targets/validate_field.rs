#![no_main]
//! validate_field() with an arbitrary JSON value for every field of every endpoint, with the
//! rest of the input as form context.
use formmirror::{validate_field, Input, Options, Value};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// Every (endpoint id, field name) pair, as the public `endpoints()` lists them.
fn fields() -> &'static [(String, String)] {
    static FIELDS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FIELDS.get_or_init(|| {
        let Value::Array(endpoints) = formmirror::endpoints() else { return Vec::new() };
        let mut pairs = Vec::new();
        for endpoint in &endpoints {
            let id = endpoint.get("id").and_then(Value::as_str).unwrap_or_default();
            let Some(Value::Array(fields)) = endpoint.get("fields") else { continue };
            for field in fields {
                pairs.push((id.to_owned(), field.get("name").and_then(Value::as_str).unwrap_or_default().to_owned()));
            }
        }
        pairs
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((pick, rest)) = data.split_first_chunk::<2>() else { return };
    let fields = fields();
    let (endpoint, field) = &fields[usize::from(u16::from_le_bytes(*pick)) % fields.len()];
    let text = String::from_utf8_lossy(rest);
    let (value_text, context) = text.split_once('\n').unwrap_or((&text, ""));
    let value = Value::parse_json(value_text).unwrap_or_else(|_| Value::from(value_text));
    let answer = validate_field(endpoint, field, Some(&value), Some(Input::Query(context)), &Options::default()).expect("known field");
    let _ = answer.to_json();
});
