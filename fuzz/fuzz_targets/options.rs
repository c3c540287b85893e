#![no_main]
//! Options::from_value() over arbitrary JSON: a usage error or options, never a panic.
use formmirror::{Options, Value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(value) = Value::parse_json(&text) {
        let _ = Options::from_value(&value);
    }
});
