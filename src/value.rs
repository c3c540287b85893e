//! The JSON-shaped value every request is decoded into before it is validated.
//!
//! Query strings, form bodies and JSON all become a [`Value`], so the field checks never care
//! how a request travelled. Object members keep the order they were sent in, because the
//! servers report errors and warnings in a fixed order and we must reproduce it.
//!
//! Text is borrowed from the request wherever it needs no decoding (no escapes), so reading a
//! form allocates little more than the list of its members.
//!
//! ```
//! use formmirror::Value;
//! let v = Value::parse_json(r#"{"role": 2, "email": "a@example.com"}"#).unwrap();
//! assert_eq!(v.get("email").and_then(Value::as_str), Some("a@example.com"));
//! assert_eq!(v.to_json(), r#"{"role":2,"email":"a@example.com"}"#);
//! ```

use std::borrow::Cow;

/// A request's decoded parameters, whatever encoding they came in: JSON, a query string or
/// a form body all become this tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'a> {
    /// JSON `null`, or a form parameter given without `=`.
    Null,
    /// JSON `true` or `false`.
    Bool(bool),
    /// A JSON number, kept as its source text so integer rules see exactly what was sent
    /// (`1`, `1.0` and `1e0` are different answers on an integer field).
    Number(Cow<'a, str>),
    /// Text, decoded.
    String(Cow<'a, str>),
    /// Text that is not valid Unicode: an unpaired UTF-16 surrogate (`"\ud800"` in JSON) or
    /// percent-encoded bytes that are not UTF-8. Kept apart so the answer can say so.
    InvalidText,
    /// A list, in the order sent.
    Array(Vec<Value<'a>>),
    /// Members in the order sent. A repeated key keeps its first position and its last value,
    /// exactly as `JSON.parse` does, so JavaScript and Rust callers see the same object.
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

/// An object's members.
pub(crate) type Members<'a> = Vec<(Cow<'a, str>, Value<'a>)>;

impl<'a> Value<'a> {
    /// Owned text, for values built rather than read.
    pub fn text(text: impl Into<String>) -> Value<'static> {
        Value::String(Cow::Owned(text.into()))
    }

    /// The member `key` of an object; `None` for a missing key or a non-object.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| crate::text::same_text(k, key)).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The same value, owning its text.
    pub(crate) fn into_owned(self) -> Value<'static> {
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Number(n) => Value::Number(Cow::Owned(n.into_owned())),
            Value::String(s) => Value::String(Cow::Owned(s.into_owned())),
            Value::InvalidText => Value::InvalidText,
            Value::Array(items) => Value::Array(items.into_iter().map(Value::into_owned).collect()),
            Value::Object(members) => Value::Object(members.into_iter().map(|(k, v)| (Cow::Owned(k.into_owned()), v.into_owned())).collect()),
        }
    }

    /// The text of a `String`, or `None` for any other kind.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// What kind of value this is, as [`crate::Reason::WrongType`] names it (`number`, `object`, …).
    pub fn kind_id(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "text",
            Value::InvalidText => "invalid_text",
            Value::Array(_) => "list",
            Value::Object(_) => "object",
        }
    }

    /// What this value is, as a message would name it ("a number", "an object", …).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "text",
            Value::InvalidText => "text that is not valid Unicode",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

/// Which value a key given more than once keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Repeated {
    /// The first value, as Enswitch reads a repeated query parameter.
    KeepFirst,
    /// The last value, in the first one's position, as `JSON.parse` does.
    KeepLast,
}

/// Folds repeated keys, in O(n log n) so that a hostile request with many thousands of
/// parameters cannot make this quadratic. Returns the names that were repeated, in order.
pub(crate) fn fold_repeated_keys(members: Members<'_>, keep: Repeated) -> (Members<'_>, Vec<String>) {
    // Forms have a few dozen members: comparing their fingerprints pairwise costs less than
    // sorting, and needs no allocation. Only equal fingerprints lead to the sort, which decides.
    const PAIRWISE_UP_TO: usize = 32;
    if members.len() <= PAIRWISE_UP_TO {
        let mut fingerprints = [0u64; PAIRWISE_UP_TO];
        for (print, (key, _)) in fingerprints.iter_mut().zip(&members) {
            *print = fingerprint(key.as_bytes());
        }
        let fingerprints = &fingerprints[..members.len()];
        if !(1..fingerprints.len()).any(|i| fingerprints[..i].contains(&fingerprints[i])) {
            return (members, Vec::new());
        }
    }
    let mut order: Vec<(&str, usize)> = members.iter().enumerate().map(|(i, (key, _))| (key.as_ref(), i)).collect();
    crate::text::sort_by_text(&mut order);
    // For each key given more than once: its first index keeps the slot, the others are dropped.
    let mut value_from: Vec<usize> = (0..members.len()).collect();
    let mut dropped = vec![false; members.len()];
    let mut is_repeated = vec![false; members.len()];
    for group in order.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        let (first, last) = (group[0].1, group[group.len() - 1].1);
        if keep == Repeated::KeepLast {
            value_from[first] = last;
        }
        group[1..].iter().for_each(|&(_, later)| dropped[later] = true);
        is_repeated[first] = true;
    }
    if !is_repeated.contains(&true) {
        return (members, Vec::new());
    }
    let repeated = members.iter().zip(&is_repeated).filter(|(_, &r)| r).map(|((key, _), _)| key.to_string()).collect();
    let mut values: Vec<Option<Value>> = Vec::with_capacity(members.len());
    let mut keys = Vec::with_capacity(members.len());
    for (key, value) in members {
        keys.push(key);
        values.push(Some(value));
    }
    let folded = keys
        .into_iter()
        .enumerate()
        .filter(|&(i, _)| !dropped[i])
        .map(|(i, key)| (key, values[value_from[i]].take().unwrap_or(Value::Null)))
        .collect();
    (folded, repeated)
}

/// Length and first, middle and last bytes: enough to tell the names of a form apart
/// (`company` and `country` differ in the middle) at a fraction of the cost of hashing every
/// byte; names that share one still get compared in full.
fn fingerprint(bytes: &[u8]) -> u64 {
    let byte = |at: usize| u64::from(bytes.get(at).copied().unwrap_or(0));
    (bytes.len() as u64) << 24 | byte(0) << 16 | byte(bytes.len() / 2) << 8 | byte(bytes.len().wrapping_sub(1))
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(s: &'a str) -> Self {
        Value::String(Cow::Borrowed(s))
    }
}

impl From<String> for Value<'static> {
    fn from(s: String) -> Self {
        Value::String(Cow::Owned(s))
    }
}

impl From<i64> for Value<'static> {
    fn from(n: i64) -> Self {
        Value::Number(Cow::Owned(n.to_string()))
    }
}
