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
// Everything public is documented; `npm test` runs clippy with -D warnings, which enforces it.
#![warn(missing_docs)]

mod attributes;
mod batch;
mod catalogue;
pub mod csv;
pub mod endpoints;
pub mod envelope;
mod issue;
pub mod json;
mod options;
pub mod query;
mod rack;
mod reason;
pub mod request;
pub mod rules;
#[cfg(feature = "serde")]
mod serde_support;
mod suggest;
mod tables;
mod validate;
mod value;
#[cfg(target_arch = "wasm32")]
mod wasm;

#[cfg(not(target_arch = "wasm32"))]
pub use batch::CsvStream;
pub use batch::{validate_batch, Batch, BatchAnswer, RowResult, MAX_BATCH_BYTES};
pub use issue::{Code, FieldIssue, Issue};
pub use options::{Actor, AttributeKind, CustomAttribute, Options};
pub use reason::{CharacterClass, CsvProblem, Expected, JsonRpcProblem, PgpProblem, Reason};
pub use request::validate_request;
pub use validate::{Input, MAX_REQUEST_BYTES};
pub use value::Value;

#[cfg(feature = "serde")]
pub use serde_support::validate_serialized;

use endpoints::Endpoint;

// The bindings' input buffer relies on there being one thread.
#[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
compile_error!("formmirror's wasm build assumes a single thread; build it without the atomics feature");
use std::fmt;

/// A programming mistake (an unknown endpoint id or field, options of the wrong shape), as
/// opposed to bad user input, which always gets an [`Answer`]. JavaScript sees it as a `TypeError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// What the server would answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The status the server would report: the HTTP status, or for JSON-RPC errors the error code.
    pub status: i64,
    /// The server's body; `None` where the server would accept and there is no validation-only answer.
    pub body: Option<Value<'static>>,
    /// What the server would refuse, one entry per field (empty when it would accept).
    pub errors: Vec<FieldIssue>,
    /// Things the server ignores but the caller probably wants to know (unknown parameters).
    pub warnings: Vec<FieldIssue>,
}

impl Answer {
    /// Whether the server would accept the request.
    pub fn ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// The body exactly as the server would send it.
    pub fn body_json(&self) -> Option<String> {
        self.body.as_ref().map(Value::to_json)
    }

    /// The whole answer as the JavaScript API returns it:
    /// `{"ok","status","body","bodyText","errors":[{field,code,message,reason}],"warnings":[…]}`, where
    /// `bodyText` is the body's exact text (a JSON string), since `JSON.parse` cannot keep every
    /// number as sent (a JSON-RPC id such as `12345678901234567890`).
    pub fn to_json(&self) -> String {
        // Written directly rather than built as a `Value` first: this runs for every call, and
        // for a small valid form building the tree cost as much as checking the fields.
        // Room for a valid answer, or a few errors, each written twice (in the body and the list).
        let mut out = String::with_capacity(if self.ok() { 256 } else { 1024 });
        out.push_str(if self.ok() { "{\"ok\":true,\"status\":" } else { "{\"ok\":false,\"status\":" });
        json::write_int(self.status, &mut out);
        out.push_str(",\"body\":");
        match &self.body {
            Some(body) => {
                let mut text = String::with_capacity(out.capacity() / 2);
                json::write(body, &mut text);
                out.push_str(&text);
                out.push_str(",\"bodyText\":");
                json::write_str(&text, &mut out);
            }
            None => out.push_str("null,\"bodyText\":null"),
        }
        write_issue_lists(&self.errors, &self.warnings, &mut out);
        out.push('}');
        out
    }
}

/// The answer of [`validate_field`]: only what concerns that field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldAnswer {
    /// What the server would refuse about the field.
    pub errors: Vec<FieldIssue>,
    /// What the server ignores but the caller probably wants to know about the field.
    pub warnings: Vec<FieldIssue>,
}

impl FieldAnswer {
    /// Whether the field has no error.
    pub fn ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// The answer as the JavaScript API returns it, as JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::from(if self.ok() { "{\"ok\":true" } else { "{\"ok\":false" });
        write_issue_lists(&self.errors, &self.warnings, &mut out);
        out.push('}');
        out
    }
}

/// `,"errors":[…],"warnings":[…]`, each issue as `{"field","code","message","reason","suggestion"?}`.
pub(crate) fn write_issue_lists(errors: &[FieldIssue], warnings: &[FieldIssue], out: &mut String) {
    out.push_str(",\"errors\":");
    write_issue_list(errors, out);
    out.push_str(",\"warnings\":");
    write_issue_list(warnings, out);
}

/// `[…]`, each issue as `{"field","code","message","reason","suggestion"?}`. Not inlined: it is called
/// for every list of every answer, and one copy of it is enough.
#[inline(never)]
pub(crate) fn write_issue_list(issues: &[FieldIssue], out: &mut String) {
    out.push('[');
    for (i, issue) in issues.iter().enumerate() {
        out.push_str(if i == 0 { "{\"field\":" } else { ",{\"field\":" });
        json::write_str(&issue.field, out);
        out.push_str(",\"code\":\"");
        out.push_str(issue.issue.code.as_str());
        out.push_str("\",\"message\":");
        json::write_str(&issue.issue.message(), out);
        out.push_str(",\"reason\":");
        issue.issue.reason.write_json(out);
        if let Some(suggestion) = &issue.issue.suggestion {
            out.push_str(",\"suggestion\":");
            json::write_str(suggestion, out);
        }
        out.push('}');
    }
    out.push(']');
}

/// The endpoint with this id, or a [`UsageError`] listing the ids that exist.
pub fn endpoint(id: &str) -> Result<&'static Endpoint, UsageError> {
    endpoints::find(id).ok_or_else(|| {
        let known: Vec<String> = endpoints::ALL.iter().map(|e| e.id.to_owned()).collect();
        UsageError(format!("unknown endpoint \"{}\"; expected one of: {}", endpoints::display_name(id), comma_list(&known)))
    })
}

/// Validates a request for the endpoint `endpoint_id` (such as `enswitch/people/create`).
pub fn validate(endpoint_id: &str, input: Input, options: &Options) -> Result<Answer, UsageError> {
    let endpoint = endpoint(endpoint_id)?;
    Ok(answer(endpoint, validate::decode(input, endpoint.wire), options))
}

pub(crate) fn answer(endpoint: &Endpoint, decoded: Result<validate::Decoded, Issue>, options: &Options) -> Answer {
    if let Ok(batch) = &decoded {
        if let Some(requests) = endpoint.envelope.batch(&batch.params).filter(|r| !r.is_empty()) {
            return batch_answer(endpoint, requests, options);
        }
    }
    let (sent, errors, warnings) = respond(endpoint, validate::run(endpoint, decoded, options));
    let (status, body) = match sent {
        Some((status, body, _)) => (status, body),
        None => (NO_RESPONSE, None),
    };
    Answer { status, body, errors, warnings }
}

/// The status of an answer the server does not send (HTTP's "No Content").
const NO_RESPONSE: i64 = 204;

/// What the server sends for one request (`None` for a notification: nothing), with the id it
/// answers; and the errors and warnings.
type Response = (Option<(i64, Option<Value<'static>>, Value<'static>)>, Vec<FieldIssue>, Vec<FieldIssue>);

fn respond(endpoint: &Endpoint, outcome: validate::Outcome<'_>) -> Response {
    let mut warnings = outcome.warnings;
    let verdict = outcome.rejection.as_ref().map(|(stage, issues)| (*stage, issues.as_slice()));
    let sent = match &outcome.reply {
        envelope::Reply::To(id) => {
            let (status, body) = endpoint.envelope.render(verdict, &outcome.fields, id);
            Some((status, body, id.clone().into_owned()))
        }
        envelope::Reply::Nobody => {
            warnings.push(Issue::new(Reason::Notification).at("id"));
            None
        }
    };
    (sent, outcome.rejection.map(|(_, issues)| issues).unwrap_or_default(), warnings)
}

/// A batch (a JSON-RPC array): each request answered on its own, the answers gathered in order
/// (an accepted one in the shape of a success, its result unknown), and the issues of request
/// N named `N.<field>`. Status 200 when anything is answered.
fn batch_answer(endpoint: &Endpoint, requests: &[Value<'_>], options: &Options) -> Answer {
    let mut bodies = Vec::new();
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    for (index, request) in requests.iter().enumerate() {
        let outcome = validate::run(endpoint, Ok(validate::Decoded::new(request.clone(), false)), options);
        let (sent, request_errors, request_warnings) = respond(endpoint, outcome);
        if let Some((_, body, id)) = sent {
            bodies.push(body.unwrap_or_else(|| endpoint.envelope.accepted_in_batch(&id)));
        }
        let numbered = |mut issue: FieldIssue| {
            let mut field = index.to_string();
            if !issue.field.is_empty() {
                field.push('.');
                field.push_str(&issue.field);
            }
            issue.field = field;
            issue
        };
        errors.extend(request_errors.into_iter().map(numbered));
        warnings.extend(request_warnings.into_iter().map(numbered));
    }
    let body = endpoint.envelope.batch_body(bodies);
    let status = if body.is_some() { 200 } else { NO_RESPONSE };
    Answer { status, body, errors, warnings }
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
    let endpoint = endpoint(endpoint_id)?;
    // Nested parameters may be named with or without their prefix (`userInfo.EmailAddress`).
    let prefix = endpoint.envelope.field_prefix();
    let Some(spec) = endpoint.field(field.strip_prefix(prefix.as_str()).unwrap_or(field)) else {
        let names = endpoint.fields.iter().map(|f| f.name);
        let hint = suggest::closest(field, names, 2).map(|s| format!("; did you mean \"{s}\"?")).unwrap_or_default();
        return Err(UsageError(format!("{} has no field \"{}\"{hint}", endpoint.id, endpoints::display_name(field))));
    };
    let errors = validate::check_one(endpoint, spec, value, input, options);
    Ok(FieldAnswer { errors, warnings: Vec::new() })
}

/// Joins with ", ". One non-generic function for every list in a message: each distinct
/// `join` instantiation costs about 1 KB of wasm.
pub(crate) fn comma_list(items: &[String]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(item);
    }
    out
}

/// Sorts by text, then index. Every sort in the crate goes through this one instantiation:
/// each distinct sort costs about 4 KB of wasm.
pub(crate) fn sort_by_text(items: &mut [(&str, usize)]) {
    items.sort_unstable();
}

/// One entry of a list a `<select>` can offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The value the server takes (`GB`, `Europe/London`).
    pub value: &'static str,
    /// What a person reads (`United Kingdom`).
    pub label: String,
}

/// The lists behind the fields that take one of a fixed set: `country`, `timezone`,
/// `date_format`, `time_format`.
pub fn choices(list: &str) -> Result<Vec<Choice>, UsageError> {
    let plain = |value: &'static str, label: &str| Choice { value, label: label.to_owned() };
    Ok(match list {
        "country" => rules::country::choices().into_iter().map(|(code, name)| plain(code, name)).collect(),
        "timezone" => {
            // chrono-tz lists its names sorted already (a test in timezone.rs holds it to that).
            rules::timezone::names().map(|name| Choice { value: name, label: name.replace('_', " ") }).collect()
        }
        "date_format" => {
            let examples = ["31/12/2026", "12/31/2026", "2026-12-31"];
            rules::date_format::FORMATS.iter().zip(examples).map(|(&f, e)| plain(f, &format!("{f} ({e})"))).collect()
        }
        "time_format" => vec![plain("12", "12-hour (1:30 pm)"), plain("24", "24-hour (13:30)")],
        other => {
            return Err(UsageError(format!(
                "unknown choice list \"{}\"; expected one of: country, timezone, date_format, time_format",
                endpoints::display_name(other)
            )))
        }
    })
}
