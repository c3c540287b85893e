//! Answers many requests natively, for the differential test against the wasm build
//! (tests/node/differential.mjs): reads a JSON list of `{"endpoint", "kind", "text"}` from
//! stdin (kind is "json" or "query") and writes the list of raw answers, in order.
use formmirror::{validate, Input, Options, Value};
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    let requests = Value::parse_json(&text).expect("a JSON list of requests");
    let Value::Array(requests) = requests else { panic!("a JSON list of requests") };
    let options = Options::default();
    let answers: Vec<Value> = requests
        .iter()
        .map(|request| {
            let field = |name| request.get(name).and_then(Value::as_str).expect("endpoint, kind and text");
            let input = if field("kind") == "query" { Input::Query(field("text")) } else { Input::Json(field("text")) };
            Value::from(validate(field("endpoint"), input, &options).expect("known endpoint").to_json())
        })
        .collect();
    print!("{}", Value::Array(answers).to_json());
}
