//! # formmirror
//!
//! User-provisioning validation that answers exactly what the provisioning server would,
//! before anything is sent: the same status, the same body, key for key.
//!
//! ```
//! use formmirror::{validate, Input, Options};
//! let answer = validate(
//!     "enswitch/people/create",
//!     Input::Query("auth_username=u;auth_password=p;username=ann;email=ann@example;password=s;role=1;timezone=europe/london"),
//!     &Options::default(),
//! ).unwrap();
//! assert_eq!(answer.status, 400);
//! assert_eq!(answer.errors[0].field, "timezone");
//! assert_eq!(answer.errors[0].issue.suggestion.as_deref(), Some("Europe/London"));
//! assert!(answer.body_json().unwrap().starts_with(r#"{"responses":[{"code":"400","key":"timezone","#));
//! ```
//!
//! The same crate compiles to the WebAssembly behind the `formmirror` npm package; the
//! bindings in `wasm.rs` only convert at the JavaScript boundary, so native and wasm answers are
//! byte-identical.

// A panic's message carries its value's `Debug` text, and that formatting machinery is kilobytes
// of wasm: library code answers instead of unwrapping.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
// Writers append ASCII punctuation with `push_str("x")`, not `push('x')`: in the size-optimised
// wasm, `String::push` encodes UTF-8 and checks capacity out of line on every call, and the
// answer's text came out measurably faster this way (README, Size).
#![allow(clippy::single_char_add_str)]
// Everything public is documented; `npm test` runs clippy with -D warnings, which enforces it.
#![warn(missing_docs)]
// Internals are `pub(crate)`: a `pub` that no one outside the crate can reach says the wrong thing.
#![warn(unreachable_pub)]

mod answer;
mod attributes;
mod batch;
mod catalogue;
mod code;
mod csv;
mod endpoints;
mod envelope;
#[cfg(test)]
mod golden;
mod issue;
mod json;
#[cfg(not(target_arch = "wasm32"))]
mod json_schema;
mod options;
mod query;
mod rack;
mod reason;
mod request;
pub mod rules;
#[cfg(feature = "serde")]
mod serde_support;
mod suggest;
mod tables;
mod text;
mod validate;
mod value;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use answer::{Answer, FieldAnswer};
#[cfg(not(target_arch = "wasm32"))]
pub use batch::CsvStream;
pub use batch::{validate_batch, Batch, BatchAnswer, RowResult, MAX_BATCH_BYTES};
pub use issue::{Code, FieldIssue, Issue, UsageError};
pub use json::JsonError;
pub use options::{Actor, AttributeKind, CustomAttribute, Options};
pub use reason::{CharacterClass, CsvProblem, Expected, JsonRpcProblem, PgpProblem, Reason};
pub use request::validate_request;
pub use validate::{Input, MAX_REQUEST_BYTES};
pub use value::Value;

#[cfg(feature = "serde")]
pub use serde_support::validate_serialized;

// The bindings' input buffer relies on there being one thread.
#[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
compile_error!("formmirror's wasm build assumes a single thread; build it without the atomics feature");
/// Every endpoint and its fields, as the JavaScript `endpoints()` gives them: `[{ id, title,
/// method, path, encoding, fields: [{ name, type, required, default, description }] }]`, from
/// the same tables the checks run on. Native builds only: the npm package ships the same list
/// as generated data.
#[cfg(not(target_arch = "wasm32"))]
pub fn endpoints() -> Value<'static> {
    Value::Array(endpoints::ALL.iter().map(|e| endpoints::describe(e)).collect())
}

/// Validates a request for the endpoint `endpoint_id` (such as `enswitch/people/create`).
pub fn validate(endpoint_id: &str, input: Input, options: &Options) -> Result<Answer, UsageError> {
    let endpoint = answer::endpoint(endpoint_id)?;
    Ok(answer::answer(endpoint, validate::decode(input, endpoint.wire), options))
}

/// Checks one field as the user edits it, with the rest of the form (`input`) as context for
/// rules that compare fields. Only issues about that field are returned; a rejection that is
/// about the field (a role that may not change it) is included.
///
/// `value: None` checks the field as if it were not sent at all.
pub fn validate_field(
    endpoint_id: &str,
    field: &str,
    value: Option<&Value>,
    input: Option<Input>,
    options: &Options,
) -> Result<FieldAnswer, UsageError> {
    answer::field_answer(endpoint_id, field, value, input, options)
}

/// One entry of a list a `<select>` can offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The value the server takes (`GB`, `Europe/London`).
    pub value: &'static str,
    /// What a person reads (`United Kingdom`).
    pub label: String,
}

/// The list behind a field that takes one of a fixed set, by the name `endpoints()` gives it
/// (`country`, `timezone`, `date_format`, `time_format`), each value with a label.
///
/// # Errors
///
/// A [`UsageError`] naming the lists there are, when `list` is none of them.
pub fn choices(list: &str) -> Result<Vec<Choice>, UsageError> {
    let mut names = Vec::new();
    for rule in endpoints::rules() {
        let Some(name) = rule.choice_list() else { continue };
        if name == list {
            let pairs = rule.choices().unwrap_or_default();
            return Ok(pairs.into_iter().map(|(value, label)| Choice { value, label }).collect());
        }
        names.push(name.to_owned());
    }
    Err(UsageError(format!("unknown choice list \"{}\"; expected one of: {}", crate::text::display_name(list), crate::text::comma_list(&names))))
}

/// A JSON Schema (draft 2020-12) of the endpoint's parameters, from the same tables the checks
/// run on: it never rejects a request [`validate`] accepts, and leaves to `validate` what needs
/// options or other fields. Native builds only; the npm package ships the same schemas as files.
///
/// ```
/// let schema = formmirror::json_schema("api20/users/create").unwrap();
/// assert_eq!(schema.get("required").unwrap().to_json(), r#"["name","email","username","customer_id"]"#);
/// ```
///
/// # Errors
///
/// A [`UsageError`] when `endpoint_id` names no endpoint.
#[cfg(not(target_arch = "wasm32"))]
pub fn json_schema(endpoint_id: &str) -> Result<Value<'static>, UsageError> {
    answer::endpoint(endpoint_id).map(json_schema::of)
}
