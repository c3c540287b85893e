//! Form bodies and query strings as Rack 2.2 reads them (`Rack::QueryParser#parse_nested_query`,
//! what `Rack::Request#GET` and `#POST` call under Grape): split at `&` (and `;` in a URL's
//! query) followed by any spaces, `+` and `%XX` unescaped, brackets nested
//! (`custom_attributes[][key]=…` builds a list of objects), a plain name given twice keeping its
//! last value. Where Rack raises instead of answering (an invalid `%` escape, a name used both
//! as text and as a list, too deep, too many parameters, too many key characters), the error is
//! returned: Grape does not rescue it, so the server answers 500.
//!
//! ```text
//! a=1& b=2;c            {"a":"1","b":"2;c"}         (a form body: `&` only)
//! l[][k]=a&l[][v]=1     {"l":[{"k":"a","v":"1"}]}
//! a=%zz                 error: invalid %-encoding
//! ```

use crate::value::Members;
use crate::Value;
use std::borrow::Cow;

/// Rack's `param_depth_limit`: a name may open at most this many brackets less one.
const DEPTH_LIMIT: usize = 100;
/// Rack's `key_space_limit`: the characters of the distinct keys of one hash.
const KEY_SPACE_LIMIT: usize = 65536;
/// Rack's `params_limit`: this many separators or more are refused.
const PARAMS_LIMIT: usize = 4096;

/// Where the text came from, which decides the separators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// A URL's query string (`Rack::Request#GET`): `&` and `;`.
    Query,
    /// A form body (`Rack::Request#POST`): `&` only.
    Body,
}

/// Why Rack raised: the exception's class and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RackError {
    pub class: &'static str,
    pub reason: &'static str,
}

impl RackError {
    const fn new(class: &'static str, reason: &'static str) -> RackError {
        RackError { class, reason }
    }

    const fn too_deep() -> RackError {
        RackError::new("Rack::QueryParser::QueryLimitError", "the parameter names nest brackets 100 levels deep or more")
    }
}

/// Parses `text` as Rack does, into an object whose members keep Rack's order; the names given
/// more than once as plain names come second.
pub(crate) fn parse(text: &str, source: Source) -> Result<(Value<'static>, Vec<String>), RackError> {
    let separators: &[u8] = if source == Source::Query { b"&;" } else { b"&" };
    let count = text.bytes().filter(|b| separators.contains(b)).count();
    if count >= PARAMS_LIMIT {
        return Err(too_many());
    }
    let mut pairs = Vec::new();
    for piece in split(text, separators) {
        // `"".split('=', 2)` is empty in Ruby: no name at all, which Rack skips.
        if piece.is_empty() {
            continue;
        }
        let (name, value) = match piece.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (piece, None),
        };
        let name = unescape(name)?;
        let value = value.map(unescape).transpose()?;
        pairs.push((name, value));
    }
    let members: Members<'static> = pairs
        .into_iter()
        .map(|(name, value)| {
            // A name that is not UTF-8 names no declared parameter: it stays one unknown name.
            let name = String::from_utf8(name).unwrap_or_else(|_| "\u{FFFD}".to_owned());
            let value = match value {
                None => Value::Null,
                Some(bytes) => String::from_utf8(bytes).map_or(Value::InvalidText, Value::text),
            };
            (Cow::Owned(name), value)
        })
        .collect();
    nest(members)
}

/// Nests name–value pairs that are already decoded (a CSV row under a header such as
/// `custom_attributes[][key]`); `Null` stands for a name given without `=`. More than Rack's
/// 4,096 parameters is what Rack refuses, the row being sent as a form.
pub(crate) fn nest(pairs: Members<'_>) -> Result<(Value<'static>, Vec<String>), RackError> {
    if pairs.len() > PARAMS_LIMIT {
        return Err(too_many());
    }
    let mut root: Members<'static> = Vec::new();
    // The top level holds most names, so it keeps an index of its members sorted by name: a
    // plain name is found by binary search rather than by looking at each.
    let mut sorted: Vec<usize> = Vec::new();
    let mut root_bytes = 0;
    let mut replaced: Vec<String> = Vec::new();
    for (name, value) in pairs {
        let before = root.len();
        // A plain name is Rack's `params[k] = v`: given again, it replaces its value.
        if !name.is_empty() && !name.contains(['[', ']']) {
            match sorted.binary_search_by(|&at| root[at].0.as_ref().cmp(&name)) {
                Ok(found) => {
                    root[sorted[found]].1 = value.into_owned();
                    if !replaced.iter().any(|r| *r == name) {
                        replaced.push(name.into_owned());
                    }
                }
                Err(slot) => {
                    append(&mut root, root_bytes, &name, value.into_owned())?;
                    root_bytes += name.len();
                    sorted.insert(slot, before);
                }
            }
            continue;
        }
        normalize(&mut root, &name, value.into_owned(), DEPTH_LIMIT)?;
        if root.len() > before {
            root_bytes += root[before].0.len();
            let at = sorted.binary_search_by(|&at| root[at].0.as_ref().cmp(&root[before].0)).unwrap_or_else(|at| at);
            sorted.insert(at, before);
        }
    }
    Ok((Value::Object(root), replaced))
}

fn too_many() -> RackError {
    RackError::new("Rack::QueryParser::QueryLimitError", "there are more parameters than Rack reads (4,096)")
}

/// Ruby's `String#split(/[&] */)`: separators followed by any spaces; trailing empty pieces
/// dropped.
fn split<'t>(text: &'t str, separators: &'t [u8]) -> impl Iterator<Item = &'t str> + 't {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if separators.contains(&bytes[i]) {
            pieces.push(text.get(start..i).unwrap_or_default());
            i += 1;
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
            start = i;
        } else {
            i += 1;
        }
    }
    pieces.push(text.get(start..).unwrap_or_default());
    while pieces.last().is_some_and(|p| p.is_empty()) {
        pieces.pop();
    }
    pieces.into_iter()
}

/// `URI.decode_www_form_component`: `+` is a space, `%XX` a byte; a `%` without two hex
/// digits after it raises.
fn unescape(text: &str) -> Result<Vec<u8>, RackError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
                let (Some(high), Some(low)) = (hex(i + 1), hex(i + 2)) else {
                    return Err(RackError::new("Rack::QueryParser::InvalidParameterError", "a % is not followed by two hex digits"));
                };
                out.push((high * 16 + low) as u8);
                i += 2;
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    Ok(out)
}

// Rack reads at most 4,096 parameters, so no hash has more keys than that: finding a key by
// looking at each is cheap enough, and needs no index beside the values.

/// Where `key` is among an object's members.
fn position(members: &Members<'_>, key: &str) -> Option<usize> {
    members.iter().position(|(k, _)| crate::text::same_text(k, key))
}

/// `params[key] = value`: replaces in place (true), or appends, as Rack's `Params#[]=` does,
/// refusing more than 65,536 characters of keys in one hash.
fn set(members: &mut Members<'static>, key: &str, value: Value<'static>) -> Result<bool, RackError> {
    if let Some(at) = position(members, key) {
        members[at].1 = value;
        return Ok(true);
    }
    let bytes = members.iter().map(|(k, _)| k.len()).sum();
    append(members, bytes, key, value)?;
    Ok(false)
}

/// Appends a new key to a hash whose keys take `bytes` bytes, refusing more than 65,536
/// characters of keys in one hash.
fn append(members: &mut Members<'static>, bytes: usize, key: &str, value: Value<'static>) -> Result<(), RackError> {
    // Characters, as Ruby's `String#size`. A character is one to four bytes, so they need
    // counting only when the bytes are over the limit (and then fewer than four times it).
    let bytes = bytes + key.len();
    if bytes > KEY_SPACE_LIMIT && members.iter().map(|(k, _)| k.chars().count()).sum::<usize>() + key.chars().count() > KEY_SPACE_LIMIT {
        return Err(RackError::new("Rack::QueryParser::QueryLimitError", "the parameter names are longer than Rack reads (65,536 characters)"));
    }
    members.push((Cow::Owned(key.to_owned()), value));
    Ok(())
}

/// `params[key] ||= make()`, then that value: a key that holds nil counts as absent.
fn entry<'m>(members: &'m mut Members<'static>, key: &str, make: fn() -> Value<'static>) -> Result<&'m mut Value<'static>, RackError> {
    let at = match position(members, key) {
        Some(at) if !matches!(members[at].1, Value::Null) => at,
        _ => {
            set(members, key, make())?;
            position(members, key).unwrap_or_default()
        }
    };
    Ok(&mut members[at].1)
}

/// Rack's `params_hash_has_key?`: whether the path `a][b` of `key` is already filled.
fn has_key_path(members: &Members<'_>, key: &str) -> bool {
    if key.as_bytes().windows(2).any(|pair| pair == b"[]") {
        return false;
    }
    let mut hash = members;
    let mut parts = key.split(['[', ']']).filter(|p| !p.is_empty()).peekable();
    while let Some(part) = parts.next() {
        let Some(at) = position(hash, part) else { return false };
        match (&hash[at].1, parts.peek()) {
            (_, None) => return true,
            (Value::Object(inner), Some(_)) => hash = inner,
            _ => return false,
        }
    }
    true
}

/// What `normalize_params` returns when the name has no key left: `Array(v)` for `[]`, else nil.
enum Returned {
    Params,
    Value(Value<'static>),
}

fn type_error() -> RackError {
    RackError::new("Rack::QueryParser::ParameterTypeError", "a name is used both as text and as a list or an object")
}

/// `name =~ /\A[\[\]]*([^\[\]]+)\]*/`: the key and what follows it; `None` when there is no key.
fn split_name(name: &str) -> Option<(&str, &str)> {
    let rest = name.trim_start_matches(['[', ']']);
    if rest.is_empty() {
        return None;
    }
    let (key, after) = rest.split_at_checked(rest.find(['[', ']']).unwrap_or(rest.len()))?;
    Some((key, after.trim_start_matches(']')))
}

/// Rack 2.2's `normalize_params`, step for step, over `Value`s: a Rack hash is an object, nil
/// is `Null`.
fn normalize(params: &mut Members<'static>, name: &str, value: Value<'static>, depth: usize) -> Result<Returned, RackError> {
    if depth == 0 {
        return Err(RackError::too_deep());
    }
    let Some((key, after)) = split_name(name) else {
        return Ok(match value {
            Value::Null => Returned::Value(Value::Null),
            value if name == "[]" => Returned::Value(Value::Array(vec![value])),
            _ => Returned::Value(Value::Null),
        });
    };
    if after.is_empty() {
        set(params, key, value)?;
    } else if after == "[" {
        set(params, name, value)?;
    } else if after == "[]" {
        match entry(params, key, || Value::Array(Vec::new()))? {
            Value::Array(items) => items.push(value),
            _ => return Err(type_error()),
        }
    } else if let Some(child) = array_child(after) {
        let Value::Array(items) = entry(params, key, || Value::Array(Vec::new()))? else { return Err(type_error()) };
        match items.last_mut() {
            Some(Value::Object(last)) if !has_key_path(last, child) => {
                normalize(last, child, value, depth - 1)?;
            }
            _ => {
                let mut fresh = Vec::new();
                let pushed = match normalize(&mut fresh, child, value, depth - 1)? {
                    Returned::Params => Value::Object(fresh),
                    Returned::Value(node) => node,
                };
                items.push(pushed);
            }
        }
    } else {
        let slot = entry(params, key, || Value::Object(Vec::new()))?;
        let Value::Object(inner) = slot else { return Err(type_error()) };
        if let Returned::Value(node) = normalize(inner, after, value, depth - 1)? {
            *slot = node;
        }
    }
    Ok(Returned::Params)
}

/// `after =~ /^\[\]\[([^\[\]]+)\]$/ || after =~ /^\[\](.+)$/`: the child key after `[]`.
fn array_child(after: &str) -> Option<&str> {
    let rest = after.strip_prefix("[]")?;
    if let Some(inner) = rest.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        if !inner.is_empty() && !inner.contains(['[', ']']) {
            return Some(inner);
        }
    }
    // `.+` does not match across a line break.
    (!rest.is_empty() && !rest.contains('\n')).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Result<String, &'static str> {
        parse(text, Source::Body).map(|(v, _)| v.to_json()).map_err(|e| e.class)
    }

    #[test]
    fn splits_like_rack() {
        assert_eq!(body("a=1& b=2;c&&d&e="), Ok(r#"{"a":"1","b":"2;c","d":null,"e":""}"#.into()));
        assert_eq!(parse("a=1; b=2", Source::Query).unwrap().0.to_json(), r#"{"a":"1","b":"2"}"#);
        assert_eq!(body("a=x+y%41&a=2"), Ok(r#"{"a":"2"}"#.into()));
        assert_eq!(parse("a=%FF", Source::Body).unwrap().0.get("a"), Some(&Value::InvalidText));
    }

    #[test]
    fn nests_like_rack() {
        assert_eq!(body("l[][k]=a&l[][v]=1&l[][k]=b"), Ok(r#"{"l":[{"k":"a","v":"1"},{"k":"b"}]}"#.into()));
        assert_eq!(body("a[b][c]=1&a[b][d]=2&x[]=1&x[]=2"), Ok(r#"{"a":{"b":{"c":"1","d":"2"}},"x":["1","2"]}"#.into()));
        assert_eq!(body("[a]=1&b]=2&c[=3&[]=4"), Ok(r#"{"a":"1","b":"2","c[":"3"}"#.into()));
        assert_eq!(body("x[y]=2&x=1"), Ok(r#"{"x":"1"}"#.into()));
        assert_eq!(body("x&x[y]=2&z&z[]=3"), Ok(r#"{"x":{"y":"2"},"z":["3"]}"#.into()));
        assert_eq!(
            body("a[]]=1&b[]x=2&c[][]=3&d[]&e[][k]&[]=5&f[[g]]=6&h]]=7&i[j]k=8"),
            Ok(r#"{"a":[null],"b":[{"x":"2"}],"c":[["3"]],"d":[null],"e":[{"k":null}],"f":{"g":"6"},"h":"7","i":{"j":{"k":"8"}}}"#.into())
        );
        assert_eq!(body("a[][b][c]=1&a[][b][d]=2&a[][b][c]=3"), Ok(r#"{"a":[{"b":{"c":"1","d":"2"}},{"b":{"c":"3"}}]}"#.into()));
    }

    /// What Rack 2.2 itself read from a thousand generated bodies (recorded by
    /// tests/oracles/record-rack.mjs): the same parameters, in the same order, or the same raise.
    #[test]
    fn agrees_with_recorded_rack() {
        let recorded = Value::parse_json(include_str!("../tests/oracles/rack-recorded.json")).unwrap();
        let Value::Array(entries) = recorded else { panic!("a list of recordings") };
        assert!(entries.len() >= 1000);
        for entry in &entries {
            let text = entry.get("body").and_then(Value::as_str).unwrap();
            let ours = parse(text, Source::Body);
            let rack = entry.get("rack").unwrap();
            match (rack.get("params"), rack.get("raised").and_then(Value::as_str)) {
                (Some(params), None) => assert_eq!(ours.map(|(v, _)| v.to_json()), Ok(params.to_json()), "{text}"),
                (None, Some(class)) => assert_eq!(ours.map_err(|e| e.class), Err(class), "{text}"),
                _ => panic!("a recording has params or raised"),
            }
        }
    }

    #[test]
    fn raises_where_rack_raises() {
        assert_eq!(body("a=%zz"), Err("Rack::QueryParser::InvalidParameterError"));
        assert_eq!(body("a=1%"), Err("Rack::QueryParser::InvalidParameterError"));
        assert_eq!(body("x=1&x[y]=2"), Err("Rack::QueryParser::ParameterTypeError"));
        assert_eq!(body("x[]=1&x[y]=2"), Err("Rack::QueryParser::ParameterTypeError"));
        assert_eq!(body(&format!("a{}=1", "[b]".repeat(100))), Err("Rack::QueryParser::QueryLimitError"));
        assert!(body(&format!("a{}=1", "[b]".repeat(99))).is_ok());
        assert_eq!(body(&"a=1&".repeat(4096)), Err("Rack::QueryParser::QueryLimitError"));
        assert!(body(&"a=1&".repeat(4095)).is_ok());
        assert_eq!(body(&format!("{}=1", "k".repeat(65537))), Err("Rack::QueryParser::QueryLimitError"));
        assert!(body(&format!("{}=1", "k".repeat(65536))).is_ok());
    }
}
