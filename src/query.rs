//! `application/x-www-form-urlencoded` and query strings, as Enswitch reads them: pairs
//! separated by `&` or `;`, `+` for space, `%XX` escapes. A parameter given twice keeps its
//! first value (the server reads the first) and is reported so the caller can fix the form.
//!
//! ```
//! use formmirror::{query, Value};
//! let (params, repeated) = query::parse("?a=1;b=x+y&a=2&c=%C3%A9");
//! assert_eq!(params.to_json(), r#"{"a":"1","b":"x y","c":"é"}"#);
//! assert_eq!(repeated, ["a"]);
//! ```

use crate::value::{fold_repeated_keys, Repeated};
use crate::Value;

/// The parameters as an object of text values, and the names that were given more than once.
pub fn parse(text: &str) -> (Value, Vec<String>) {
    let text = text.strip_prefix('?').unwrap_or(text);
    let members = text
        .split(['&', ';'])
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = String::from_utf8(decode(raw_name)).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            let value = String::from_utf8(decode(raw_value)).map_or(Value::InvalidText, Value::String);
            (name, value)
        })
        .collect();
    let (members, repeated) = fold_repeated_keys(members, Repeated::KeepFirst);
    (Value::Object(members), repeated)
}

/// Percent-decoding as the WHATWG URL standard does it: a `%` not followed by two hex digits
/// stays as it is.
fn decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match byte {
            b'+' => out.push(b' '),
            b'%' => match (hex(i + 1), hex(i + 2)) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            _ => out.push(byte),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_escapes_and_repeats() {
        let (params, repeated) = parse("a=1&&b;c=%zz%4;d=%41%2b+e=f&a=3&a=4");
        assert_eq!(params.to_json(), r#"{"a":"1","b":"","c":"%zz%4","d":"A+ e=f"}"#);
        assert_eq!(repeated, ["a"]);
        assert_eq!(parse("").0, Value::Object(vec![]));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_invalid_text() {
        let (params, _) = parse("a=%FF&b=%ED%A0%80&%FF=1");
        assert_eq!(params.get("a"), Some(&Value::InvalidText));
        assert_eq!(params.get("b"), Some(&Value::InvalidText));
        assert_eq!(params.get("\u{FFFD}"), Some(&Value::String("1".into())));
    }
}
