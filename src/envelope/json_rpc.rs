//! JSON-RPC 2.0 (Cove): the request is `{"jsonrpc":"2.0","method":…,"params":{…},"visa":…,"id":…}`
//! or, when the caller has only the parameters, the parameter object itself (then the envelope
//! is not checked). Errors are JSON-RPC error objects that echo the request's `id`, keys in the
//! order of Cove's own responses:
//!
//! ```text
//! {"id":"jsonrpc","jsonrpc":"2.0","error":{"code":-32602,"message":"Invalid params",
//!  "data":{"errors":[{"field":"userInfo.EmailAddress","message":"…"}]}}}
//! ```
//!
//! | stage | code | message |
//! |---|---|---|
//! | unreadable JSON | -32700 | Parse error |
//! | `jsonrpc` not "2.0", `method` not a string | -32600 | Invalid Request |
//! | another method | -32601 | Method not found |
//! | `visa` missing or empty | -32001 | Authentication failed |
//! | `params.<name>` not an object, or invalid fields | -32602 | Invalid params |

use super::{object, Opened, Refusal, Stage};
use crate::{Code, FieldIssue, Issue, Value};

/// Members that make an object a whole JSON-RPC request rather than bare parameters.
const ENVELOPE_MEMBERS: [&str; 3] = ["jsonrpc", "method", "params"];

pub fn open<'a>(request: Value<'a>, method: &str, params: &str) -> Result<Opened<'a>, Refusal<'a>> {
    let reply_id = match request.get("id") {
        Some(id @ (Value::String(_) | Value::Number(_))) => id.clone(),
        _ => Value::Null,
    };
    let refuse = |stage: Stage, field: &str, code: Code, message: &'static str| Refusal {
        stage,
        issues: vec![Issue::new(code, message).at(field)],
        reply_id: reply_id.clone(),
    };
    let Value::Object(_) = request else {
        return Err(refuse(Stage::InvalidRequest, "", Code::InvalidEnvelope, "A JSON-RPC request must be an object."));
    };
    if !ENVELOPE_MEMBERS.iter().any(|m| request.get(m).is_some()) {
        return Ok(Opened { fields: request, reply_id });
    }
    if request.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return Err(refuse(Stage::InvalidRequest, "jsonrpc", Code::InvalidEnvelope, "jsonrpc must be \"2.0\"."));
    }
    match request.get("method") {
        Some(Value::String(m)) if m == method => {}
        Some(Value::String(_)) => return Err(refuse(Stage::UnknownMethod, "method", Code::UnknownMethod, "This endpoint has no such method.")),
        _ => return Err(refuse(Stage::InvalidRequest, "method", Code::InvalidEnvelope, "method must be a string.")),
    }
    if !matches!(request.get("visa"), Some(Value::String(visa)) if !visa.is_empty()) {
        return Err(refuse(Stage::Unauthenticated, "visa", Code::Unauthenticated, "A visa (the session token from Login) is required."));
    }
    match request.get("params").and_then(|p| p.get(params)) {
        Some(fields @ Value::Object(_)) => Ok(Opened { fields: fields.clone(), reply_id }),
        Some(other) => Err(Refusal {
            stage: Stage::Fields,
            issues: vec![Issue::new(Code::InvalidType, format!("Must be an object, not {}.", other.kind_name())).at(params)],
            reply_id,
        }),
        None => Err(Refusal { stage: Stage::Fields, issues: vec![Issue::new(Code::Required, "A value is required.").at(params)], reply_id }),
    }
}

pub fn render(verdict: Option<(Stage, &[FieldIssue])>, reply_id: &Value<'_>) -> (i64, Option<Value<'static>>) {
    let Some((stage, issues)) = verdict else { return (200, None) };
    let (code, message) = match stage {
        Stage::Unreadable => (-32700, "Parse error"),
        Stage::InvalidRequest => (-32600, "Invalid Request"),
        Stage::UnknownMethod => (-32601, "Method not found"),
        Stage::Unauthenticated | Stage::RoleForbids | Stage::RatePlanForbids | Stage::NotFound => (-32001, "Authentication failed"),
        Stage::Fields => (-32602, "Invalid params"),
    };
    let errors = issues.iter().map(|i| object([("field", Value::text(&i.field)), ("message", Value::text(i.issue.message.as_ref()))])).collect();
    let error = object([("code", code.into()), ("message", message.into()), ("data", object([("errors", Value::Array(errors))]))]);
    // `open` only keeps a string or number id, so copying its text is all it takes to own it.
    let id = match reply_id {
        Value::String(s) => Value::text(s.as_ref()),
        Value::Number(n) => Value::Number(n.to_string().into()),
        _ => Value::Null,
    };
    (code, Some(object([("id", id), ("jsonrpc", "2.0".into()), ("error", error)])))
}
