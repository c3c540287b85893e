#![no_main]
//! validate() over arbitrary text read as a json request, for every endpoint.
use formmirror::{validate, Input, Options};
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Some((endpoint, text)) = common::split(data) {
        let answer = validate(endpoint, Input::Json(&text), &Options::default()).expect("known endpoint");
        assert_eq!(answer.ok(), answer.errors.is_empty());
        let _ = answer.to_json();
    }
});
