//! The `serde` feature: the answer types serialize in the JavaScript API's shape (`ok`,
//! `status`, `body`, `bodyText`, `errors`, `warnings`), so a Rust service can return an answer
//! as JSON as it is; options deserialize from that shape too; and any `T: Serialize` can be
//! validated. The body's numbers are written as JSON numbers where they fit one (`bodyText`
//! keeps the exact text, a JSON-RPC id such as `12345678901234567890` too).

use crate::{Answer, BatchAnswer, Code, FieldAnswer, FieldIssue, Input, Options, UsageError, Value};
use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(text) => {
                if let Ok(n) = text.parse::<i64>() {
                    serializer.serialize_i64(n)
                } else if let Ok(n) = text.parse::<u64>() {
                    serializer.serialize_u64(n)
                } else {
                    match text.parse::<f64>() {
                        Ok(n) if n.is_finite() => serializer.serialize_f64(n),
                        _ => serializer.serialize_str(text),
                    }
                }
            }
            Value::String(text) => serializer.serialize_str(text),
            Value::InvalidText => serializer.serialize_str("\u{FFFD}"),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key.as_ref(), value)?;
                }
                map.end()
            }
        }
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Serialize for crate::Reason {
    /// `{"id":"too_long","max":255}`, as [`crate::Reason::to_json`] writes it.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.to_json();
        let value = Value::parse_json(&text).map_err(serde::ser::Error::custom)?;
        value.serialize(serializer)
    }
}

impl Serialize for FieldIssue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = if self.issue.suggestion.is_some() { 5 } else { 4 };
        let mut issue = serializer.serialize_struct("Issue", fields)?;
        issue.serialize_field("field", &self.field)?;
        issue.serialize_field("code", &self.issue.code)?;
        issue.serialize_field("message", self.issue.message().as_ref())?;
        issue.serialize_field("reason", &self.issue.reason)?;
        if let Some(suggestion) = &self.issue.suggestion {
            issue.serialize_field("suggestion", suggestion)?;
        }
        issue.end()
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut answer = serializer.serialize_struct("Answer", 6)?;
        answer.serialize_field("ok", &self.ok())?;
        answer.serialize_field("status", &self.status)?;
        answer.serialize_field("body", &self.body)?;
        answer.serialize_field("bodyText", &self.body_json())?;
        answer.serialize_field("errors", &self.errors)?;
        answer.serialize_field("warnings", &self.warnings)?;
        answer.end()
    }
}

impl Serialize for FieldAnswer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut answer = serializer.serialize_struct("FieldAnswer", 3)?;
        answer.serialize_field("ok", &self.ok())?;
        answer.serialize_field("errors", &self.errors)?;
        answer.serialize_field("warnings", &self.warnings)?;
        answer.end()
    }
}

impl Serialize for BatchAnswer {
    /// The JavaScript API's shape, as [`BatchAnswer::to_json`] writes it.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.to_json();
        let value = Value::parse_json(&text).map_err(serde::ser::Error::custom)?;
        value.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Options {
    /// Options in the JavaScript API's shape (`{"passwordPolicy": {"minLength": 8}, …}`); a
    /// wrong shape is an error that names the option, as [`Options::from_value`] words it.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Options, D::Error> {
        let json = serde_json::Value::deserialize(deserializer)?.to_string();
        let value = Value::parse_json(&json).map_err(serde::de::Error::custom)?;
        Options::from_value(&value).map_err(|e| serde::de::Error::custom(e.0))
    }
}

/// Validates any value that serializes to a JSON object (a struct, a map) as the request for
/// `endpoint_id`, as if it had been sent as that JSON.
///
/// # Errors
///
/// A [`UsageError`] for an unknown endpoint id, or a value that cannot be written as JSON (a
/// map with keys that are not text).
///
/// ```
/// #[derive(serde::Serialize)]
/// struct Signup<'a> { auth_username: &'a str, auth_password: &'a str, username: &'a str, email: &'a str, password: &'a str, role: u32 }
/// let form = Signup { auth_username: "u", auth_password: "p", username: "ann", email: "ann@example", password: "s", role: 1 };
/// let answer = formmirror::validate_serialized("enswitch/people/create", &form, &formmirror::Options::default()).unwrap();
/// assert_eq!(answer.status, 201);
/// assert_eq!(serde_json::to_value(&answer).unwrap()["bodyText"], answer.body_json().unwrap());
/// ```
pub fn validate_serialized<T: Serialize + ?Sized>(endpoint_id: &str, request: &T, options: &Options) -> Result<Answer, UsageError> {
    let json = serde_json::to_string(request).map_err(|e| UsageError(format!("the request cannot be written as JSON: {e}")))?;
    crate::validate(endpoint_id, Input::Json(&json), options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_serializes_in_the_javascript_shape() {
        let answer = crate::validate(
            "cove/AddUser",
            Input::Json(r#"{"jsonrpc":"2.0","method":"AddUser","visa":"v","id":12345678901234567890}"#),
            &Options::default(),
        )
        .unwrap();
        let json = serde_json::to_string(&answer).unwrap();
        assert_eq!(json, answer.to_json());
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["bodyText"], answer.body_json().unwrap());
        assert_eq!(value["errors"][0]["code"], "required");
    }

    #[test]
    fn options_deserialize_from_the_javascript_shape() {
        let options: Options = serde_json::from_str(r#"{"passwordPolicy":{"minLength":8},"credentials":"backend"}"#).unwrap();
        assert_eq!(options.password_policy.min_length, 8);
        assert!(options.credentials_from_backend);
        let error = serde_json::from_str::<Options>(r#"{"emailrequired":true}"#).unwrap_err().to_string();
        assert!(error.contains("did you mean emailRequired?"), "{error}");
    }

    #[test]
    fn batch_answers_serialize_as_to_json_writes_them() {
        let batch = crate::validate_batch("enswitch/people/create", crate::Batch::Csv("username,forname\nann,x\n"), &Options::default()).unwrap();
        assert_eq!(serde_json::to_string(&batch).unwrap(), batch.to_json());
    }
}
