#![no_main]
//! validate_batch() over arbitrary text read as CSV, and as a JSON list of rows.
use formmirror::{validate_batch, Batch, Options};
use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Some((endpoint, text)) = common::split(data) {
        let batch = if data[0] & 0x80 == 0 { Batch::Csv(&text) } else { Batch::Json(&text) };
        let answer = validate_batch(endpoint, batch, &Options::default()).expect("known endpoint");
        assert_eq!(answer.total, answer.valid + answer.invalid);
        let _ = answer.to_json();
    }
});
