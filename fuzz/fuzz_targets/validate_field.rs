#![no_main]
//! validate_field() with an arbitrary JSON value for every field of every endpoint, with the
//! rest of the input as form context.
use formmirror::{endpoints::ALL, validate_field, Input, Options, Value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let endpoint = ALL[usize::from(pick) % ALL.len()];
    let field = endpoint.fields[usize::from(pick / 8) % endpoint.fields.len()].name;
    let text = String::from_utf8_lossy(rest);
    let (value_text, context) = text.split_once('\n').unwrap_or((&text, ""));
    let value = Value::parse_json(value_text).unwrap_or_else(|_| Value::from(value_text));
    let answer = validate_field(endpoint.id, field, Some(&value), Some(Input::Query(context)), &Options::default()).expect("known field");
    let _ = answer.to_json();
});
