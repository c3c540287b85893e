//! JSON-RPC 2.0 (Cove), as the specification says: the request is
//! `{"jsonrpc":"2.0","method":…,"params":{…}|[…],"id":…}` (Cove adds `visa`), a batch is an
//! array of requests answered by an array, a request without an `id` is a notification that
//! gets no answer at all. When the caller has only the parameters, the parameter object itself
//! (then the envelope is not checked). Errors are JSON-RPC error objects that echo the
//! request's `id` (`null` for a request that is not valid), keys in the order of Cove's own
//! responses:
//!
//! ```text
//! {"id":"jsonrpc","jsonrpc":"2.0","error":{"code":-32602,"message":"Invalid params",
//!  "data":{"errors":[{"field":"userInfo.EmailAddress","message":"…"}]}}}
//! ```
//!
//! | stage | code | message |
//! |---|---|---|
//! | text that is not JSON | -32700 | Parse error |
//! | not an object, `jsonrpc` not "2.0", `method` not a string, `params` neither object nor array, `id` not a string, number or null; an empty batch | -32600 | Invalid Request |
//! | another method | -32601 | Method not found |
//! | `visa` missing or empty (Cove) | -32001 | Authentication failed |
//! | `params.<name>` (or `params[0]`) missing or not an object, another parameter, or invalid fields | -32602 | Invalid params |

use super::{object, Opened, Refusal, Reply, Stage};
use crate::reason::{Expected, JsonRpcProblem};
use crate::{FieldIssue, Issue, Reason, Value};

/// Members that make an object a whole JSON-RPC request rather than bare parameters.
const ENVELOPE_MEMBERS: [&str; 3] = ["jsonrpc", "method", "params"];

pub(super) fn open<'a>(request: Value<'a>, method: &'static str, params: &'static str) -> Result<Opened<'a>, Refusal<'a>> {
    let invalid = |field: &str, problem: JsonRpcProblem| Refusal {
        stage: Stage::InvalidRequest,
        issues: vec![Issue::new(Reason::JsonRpc { problem }).at(field)],
        reply: Reply::To(Value::Null),
    };
    let Value::Object(_) = request else {
        return Err(invalid("", JsonRpcProblem::NotObject));
    };
    if !ENVELOPE_MEMBERS.iter().any(|m| request.get(m).is_some()) {
        return Ok(Opened { fields: request, reply: Reply::To(Value::Null) });
    }
    if request.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return Err(invalid("jsonrpc", JsonRpcProblem::Version));
    }
    let Some(Value::String(called)) = request.get("method") else {
        return Err(invalid("method", JsonRpcProblem::Method));
    };
    let reply = match request.get("id") {
        None => Reply::Nobody,
        Some(id @ (Value::String(_) | Value::Number(_) | Value::Null)) => Reply::To(id.clone()),
        Some(_) => return Err(invalid("id", JsonRpcProblem::Id)),
    };
    // The method takes one parameter, by name or by position; a server binding the call to
    // it refuses any other (-32602, after the method is found).
    let (user, surplus) = match request.get("params") {
        None => (None, None),
        Some(Value::Object(members)) => {
            (request.get("params").and_then(|p| p.get(params)), members.iter().find(|(k, _)| k != params).map(|(k, _)| k.as_ref()))
        }
        Some(Value::Array(items)) => (items.first(), (items.len() > 1).then_some("")),
        Some(_) => return Err(invalid("params", JsonRpcProblem::Params)),
    };
    let refuse = |stage: Stage, field: &str, reason: Reason| Refusal { stage, issues: vec![Issue::new(reason).at(field)], reply: reply.clone() };
    if called != method {
        return Err(refuse(Stage::UnknownMethod, "method", Reason::NoSuchMethod));
    }
    if !matches!(request.get("visa"), Some(Value::String(visa)) if !visa.is_empty()) {
        return Err(refuse(Stage::Unauthenticated, "visa", Reason::VisaRequired));
    }
    if let Some(name) = surplus {
        let mut field = String::from("params");
        if !name.is_empty() {
            field.push('.');
            field.push_str(&crate::text::display_name(name));
        }
        let reason = Reason::OneParameter { method, parameter: params };
        return Err(Refusal { stage: Stage::Fields, issues: vec![Issue::new(reason).at(field)], reply });
    }
    match user {
        Some(fields @ Value::Object(_)) => Ok(Opened { fields: fields.clone(), reply }),
        Some(other) => Err(Refusal {
            stage: Stage::Fields,
            issues: vec![Issue::new(Reason::WrongType { expected: Expected::Object, given: other.kind_id() }).at(params)],
            reply,
        }),
        None => Err(Refusal { stage: Stage::Fields, issues: vec![Issue::new(Reason::Required).at(params)], reply }),
    }
}

/// `{"id":…,"jsonrpc":"2.0","result":null}`: `null` stands for the result the server would give.
pub(super) fn accepted(reply_id: &Value<'_>) -> Value<'static> {
    object([("id", owned_id(reply_id)), ("jsonrpc", "2.0".into()), ("result", Value::Null)])
}

/// `open` only keeps a string, number or null id, so copying its text is all it takes to own
/// it; a number keeps the text it was sent as (`1.0`, `12345678901234567890`).
fn owned_id(reply_id: &Value<'_>) -> Value<'static> {
    match reply_id {
        Value::String(s) => Value::text(s.as_ref()),
        Value::Number(n) => Value::Number(n.to_string().into()),
        _ => Value::Null,
    }
}

pub(super) fn render(verdict: Option<(Stage, &[FieldIssue])>, reply_id: &Value<'_>) -> (i64, Option<Value<'static>>) {
    let Some((stage, issues)) = verdict else { return (200, None) };
    let (code, message) = match stage {
        Stage::Unreadable => (-32700, "Parse error"),
        Stage::InvalidRequest => (-32600, "Invalid Request"),
        Stage::UnknownMethod => (-32601, "Method not found"),
        Stage::Unauthenticated | Stage::RoleForbids | Stage::RatePlanForbids | Stage::NotFound => (-32001, "Authentication failed"),
        Stage::Fields => (-32602, "Invalid params"),
        Stage::ServerError => (-32603, "Internal error"),
    };
    let errors = issues.iter().map(|i| object([("field", Value::text(&i.field)), ("message", Value::String(i.issue.message()))])).collect();
    let error = object([("code", code.into()), ("message", message.into()), ("data", object([("errors", Value::Array(errors))]))]);
    (code, Some(object([("id", owned_id(reply_id)), ("jsonrpc", "2.0".into()), ("error", error)])))
}
