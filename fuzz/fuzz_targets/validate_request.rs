#![no_main]
//! validate_request() over arbitrary pasted text: URL parsing, endpoint inference, bodies.
use formmirror::{validate_request, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = validate_request(&text, &Options::default()).to_json();
});
