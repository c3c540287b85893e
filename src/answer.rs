//! What the server answers: the [`Answer`] of a request (its status, body, errors and
//! warnings) made from the engine's outcome and the endpoint's envelope, a JSON-RPC batch's
//! answers gathered, one field's answer, and the answers' JSON as the JavaScript API returns it.

use crate::endpoints::{self, Endpoint};
use crate::validate::{self, Input};
use crate::{envelope, json, suggest, FieldIssue, Issue, Options, Reason, UsageError, Value};

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
        out.push_str("}");
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
        out.push_str("}");
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
    out.push_str("[");
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
        out.push_str("}");
    }
    out.push_str("]");
}

/// The endpoint with this id, or a [`UsageError`] listing the ids that exist.
pub(crate) fn endpoint(id: &str) -> Result<&'static Endpoint, UsageError> {
    endpoints::find(id).ok_or_else(|| {
        let known: Vec<String> = endpoints::ALL.iter().map(|e| e.id.to_owned()).collect();
        UsageError(format!("unknown endpoint \"{}\"; expected one of: {}", crate::text::display_name(id), crate::text::comma_list(&known)))
    })
}

pub(crate) fn answer(endpoint: &Endpoint, decoded: Result<validate::Decoded, Issue>, options: &Options) -> Answer {
    if let Ok(batch) = &decoded {
        if let Some(requests) = endpoint.envelope.batch(&batch.params).filter(|r| !r.is_empty()) {
            return batch_answer(endpoint, requests, options);
        }
    }
    answered(endpoint, validate::run(endpoint, decoded, options))
}

/// The answer to a plain form decoded straight into its fields' places (`validate::decode_fields`).
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn answer_fields(endpoint: &Endpoint, fields: Vec<Option<Value<'_>>>, options: &Options) -> Answer {
    answered(endpoint, validate::run_fields(endpoint, fields, options))
}

#[inline(never)]
fn answered(endpoint: &Endpoint, outcome: validate::Outcome<'_>) -> Answer {
    let (sent, errors, warnings) = respond(endpoint, outcome);
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
            let (status, body) = endpoint.envelope.render(verdict, endpoints::Params { endpoint, values: &outcome.fields }, id);
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

/// [`crate::validate_field`] for an endpoint id.
pub(crate) fn field_answer(
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
        return Err(UsageError(format!("{} has no field \"{}\"{hint}", endpoint.id, crate::text::display_name(field))));
    };
    let errors = validate::check_one(endpoint, spec, value, input, options);
    Ok(FieldAnswer { errors, warnings: Vec::new() })
}
