//! The JSON-shaped value every request is decoded into before it is validated.
//!
//! Query strings, form bodies and JSON all become a [`Value`], so the field checks never care
//! how a request travelled. Object members keep the order they were sent in, because the
//! servers report errors and warnings in a fixed order and we must reproduce it.
//!
//! ```
//! use formmirror::Value;
//! let v = Value::parse_json(r#"{"role": 2, "email": "a@example.com"}"#).unwrap();
//! assert_eq!(v.get("email").and_then(Value::as_str), Some("a@example.com"));
//! assert_eq!(v.to_json(), r#"{"role":2,"email":"a@example.com"}"#);
//! ```

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A JSON number, kept as its source text so integer rules see exactly what was sent
    /// (`1`, `1.0` and `1e0` are different answers on an integer field).
    Number(String),
    String(String),
    /// Text that is not valid Unicode: an unpaired UTF-16 surrogate (`"\ud800"` in JSON) or
    /// percent-encoded bytes that are not UTF-8. Kept apart so the answer can say so.
    InvalidText,
    Array(Vec<Value>),
    /// Members in the order sent. A repeated key keeps its first position and its last value,
    /// exactly as `JSON.parse` does, so JavaScript and Rust callers see the same object.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object; `None` for a missing key or a non-object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
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

    /// Parses JSON text (RFC 8259) into a value; see [`crate::json`] for the limits.
    pub fn parse_json(text: &str) -> Result<Value, crate::json::JsonError> {
        crate::json::parse(text)
    }

    /// Compact JSON text, escaped exactly as JavaScript's `JSON.stringify` escapes it, so that
    /// `JSON.stringify(JSON.parse(text)) === text` holds for every answer body.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        crate::json::write(self, &mut out);
        out
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Number(n.to_string())
    }
}
