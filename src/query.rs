//! `application/x-www-form-urlencoded` and query strings: pairs separated by `&` or `;`, `+`
//! for space, `%XX` escapes. Servers differ in what a repeated or bracketed name means, so the
//! pairs are read first and then folded the way the endpoint's server folds them:
//! [`first_wins`] (Enswitch's CGI reads the first value) or [`nest`] (Rack, under Grape:
//! `custom_attributes[][key]=…` builds a list of objects, and a repeated name keeps the last).
//!
//! ```
//! use formmirror::query;
//! let (params, repeated) = query::first_wins(query::pairs("?a=1;b=x+y&a=2&c=%C3%A9"));
//! assert_eq!(params.to_json(), r#"{"a":"1","b":"x y","c":"é"}"#);
//! assert_eq!(repeated, ["a"]);
//! let (nested, _) = query::nest(query::pairs("l[][k]=a&l[][v]=1&l[][k]=b")).unwrap();
//! assert_eq!(nested.to_json(), r#"{"l":[{"k":"a","v":"1"},{"k":"b"}]}"#);
//! ```

use crate::value::{fold_repeated_keys, Members, Repeated};
use crate::Value;
use std::borrow::Cow;

/// Deeper bracket nesting than any form needs is refused, as Rack refuses it.
pub const MAX_BRACKET_DEPTH: usize = 32;

/// The decoded name–value pairs in order, borrowed from `text` where nothing needed decoding.
/// A value that is not UTF-8 becomes [`Value::InvalidText`]; a name that is not becomes
/// U+FFFD, which names no parameter and so is reported as unknown.
pub fn pairs(text: &str) -> Members<'_> {
    let text = text.strip_prefix('?').unwrap_or(text);
    text.split(['&', ';'])
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = decode(raw_name).unwrap_or(Cow::Borrowed("\u{FFFD}"));
            let value = decode(raw_value).map_or(Value::InvalidText, Value::String);
            (name, value)
        })
        .collect()
}

/// Flat parameters where a repeated name keeps its first value; also the repeated names.
pub fn first_wins(pairs: Members<'_>) -> (Value<'_>, Vec<String>) {
    let (members, repeated) = fold_repeated_keys(pairs, Repeated::KeepFirst);
    (Value::Object(members), repeated)
}

/// Rack's nested parameters: `a[b]=1` is `{"a":{"b":"1"}}`, `a[]=1` appends to a list, and
/// `a[][k]=…` starts a new object in the list whenever the last one already has `k`. A plain
/// name given twice keeps the last value (and is reported). A name used both as text and as a
/// list or object is an error, as in Rack.
pub fn nest(pairs: Members<'_>) -> Result<(Value<'_>, Vec<String>), String> {
    let mut root = Value::Object(Vec::new());
    let mut repeated: Vec<String> = Vec::new();
    for (name, value) in pairs {
        let Some(path) = bracket_path(&name) else { continue };
        if path.len() > MAX_BRACKET_DEPTH {
            return Err(format!("The parameter name \"{}\" nests brackets too deeply.", crate::endpoints::display_name(&name)));
        }
        if insert(&mut root, &path, value)? && !repeated.iter().any(|r| *r == name) {
            repeated.push(name.into_owned());
        }
    }
    Ok((root, repeated))
}

#[derive(Debug, PartialEq)]
enum Step<'a> {
    Key(&'a str),
    Push,
}

/// `a[b][]` → `[Key("a"), Key("b"), Push]`; `None` for an empty name. Text after the last
/// well-formed bracket is ignored, as Rack ignores it.
fn bracket_path(name: &str) -> Option<Vec<Step<'_>>> {
    let (head, mut rest) = match name.find('[') {
        None => (name, ""),
        Some(at) => name.split_at_checked(at)?,
    };
    if head.is_empty() {
        return None;
    }
    let mut path = vec![Step::Key(head)];
    while let Some(inner_and_rest) = rest.strip_prefix('[') {
        let Some((inner, after)) = inner_and_rest.split_once(']') else { break };
        path.push(if inner.is_empty() { Step::Push } else { Step::Key(inner) });
        rest = after;
    }
    Some(path)
}

/// Puts `value` at `path` under `container`; true when it replaced a plain value.
fn insert<'a>(container: &mut Value<'a>, path: &[Step], value: Value<'a>) -> Result<bool, String> {
    let conflict = |key: &str| format!("The parameter \"{}\" is given both as text and as a list or object.", crate::endpoints::display_name(key));
    let (Step::Key(key), rest) = (&path[0], &path[1..]) else { return Err("A parameter name cannot start with [].".to_owned()) };
    let Value::Object(members) = container else { return Err(conflict(key)) };
    let slot = match members.iter().position(|(k, _)| k == key) {
        Some(at) => &mut members[at].1,
        None => {
            let empty = match rest.first() {
                None => Value::Null,
                Some(Step::Push) => Value::Array(Vec::new()),
                Some(Step::Key(_)) => Value::Object(Vec::new()),
            };
            members.push((Cow::Owned((*key).to_owned()), empty));
            &mut members.last_mut().expect("just pushed").1
        }
    };
    match rest.first() {
        None => {
            let replaced = !matches!(slot, Value::Null);
            *slot = value;
            Ok(replaced)
        }
        Some(Step::Key(_)) => match slot {
            Value::Object(_) => insert(slot, rest, value),
            _ => Err(conflict(key)),
        },
        Some(Step::Push) => {
            let Value::Array(items) = slot else { return Err(conflict(key)) };
            let after_push = &rest[1..];
            match after_push.first() {
                None => items.push(value),
                Some(Step::Push) => return Err(conflict(key)),
                Some(Step::Key(child)) => {
                    let reuse_last = matches!(items.last(), Some(last @ Value::Object(_)) if last.get(child).is_none());
                    if !reuse_last {
                        items.push(Value::Object(Vec::new()));
                    }
                    let last = items.last_mut().expect("a list with an object at its end");
                    insert(last, after_push, value)?;
                }
            }
            Ok(false)
        }
    }
}

/// Percent-decoding as the WHATWG URL standard does it: a `%` not followed by two hex digits
/// stays as it is. Borrowed when there is nothing to decode; `None` when the bytes are not UTF-8.
fn decode(text: &str) -> Option<Cow<'_, str>> {
    if !text.contains(['%', '+']) {
        return Some(Cow::Borrowed(text));
    }
    String::from_utf8(percent_decode(text)).ok().map(Cow::Owned)
}

fn percent_decode(text: &str) -> Vec<u8> {
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
        let (params, repeated) = first_wins(pairs("a=1&&b;c=%zz%4;d=%41%2b+e=f&a=3&a=4"));
        assert_eq!(params.to_json(), r#"{"a":"1","b":"","c":"%zz%4","d":"A+ e=f"}"#);
        assert_eq!(repeated, ["a"]);
        assert_eq!(first_wins(pairs("")).0, Value::Object(vec![]));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_invalid_text() {
        let (params, _) = first_wins(pairs("a=%FF&b=%ED%A0%80&%FF=1"));
        assert_eq!(params.get("a"), Some(&Value::InvalidText));
        assert_eq!(params.get("b"), Some(&Value::InvalidText));
        assert_eq!(params.get("\u{FFFD}"), Some(&Value::String("1".into())));
    }

    #[test]
    fn nests_like_rack() {
        let nested = |q| nest(pairs(q)).map(|(v, r)| (v.to_json(), r));
        assert_eq!(
            nested("custom_attributes[][key]=age&custom_attributes[][value]=21&custom_attributes[][key]=team&custom_attributes[][value]=ops"),
            Ok((r#"{"custom_attributes":[{"key":"age","value":"21"},{"key":"team","value":"ops"}]}"#.into(), vec![]))
        );
        assert_eq!(nested("a[b][c]=1&a[b][d]=2&x[]=1&x[]=2"), Ok((r#"{"a":{"b":{"c":"1","d":"2"}},"x":["1","2"]}"#.into(), vec![])));
        assert_eq!(nested("a=1&a=2"), Ok((r#"{"a":"2"}"#.into(), vec!["a".into()])));
        assert_eq!(nested("a[b=1&=2&[]=3"), Ok((r#"{"a":"1"}"#.into(), vec![])));
        assert!(nested("a=1&a[b]=2").unwrap_err().contains("both as text and as a list or object"));
        assert!(nested("a[]=1&a[b]=2").is_err());
        assert!(nested(&format!("a{}=1", "[b]".repeat(40))).unwrap_err().contains("too deeply"));
    }
}
