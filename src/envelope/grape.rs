//! Grape's validation error (ActivePlatform): one string naming every failing parameter in
//! declaration order, joined by ", ", each "is missing", "is empty" or "is invalid". Nested
//! parameters are written as Grape writes them: `custom_attributes[0][value]`.
//!
//! ```text
//! 400 {"error":"first_name is missing, password is missing"}
//! 401 {"error":"api_token is missing"}
//! ```

use super::{object, Stage};
use crate::{Code, FieldIssue, Value};

/// Grape's answer to a JSON body it cannot parse (`Grape::Exceptions::InvalidMessageBody`).
const INVALID_MESSAGE_BODY: &str = "\nProblem:\n  message body does not match declared format\nResolution:\n  when specifying application/json as content-type, you must pass valid application/json in the request's 'body' ";

pub fn render(verdict: Option<(Stage, &[FieldIssue])>, fields: &Value<'_>) -> (i64, Option<Value<'static>>) {
    let Some((stage, issues)) = verdict else { return (201, None) };
    let error = match stage {
        // Rack raised and Grape did not rescue it: the web server writes its own error page.
        Stage::ServerError => return (500, None),
        Stage::Unreadable if issues.iter().any(|i| i.issue.message == crate::validate::TOO_LARGE) => crate::validate::TOO_LARGE.to_owned(),
        Stage::Unreadable => INVALID_MESSAGE_BODY.to_owned(),
        _ => validation_errors(issues, fields),
    };
    let status = if stage == Stage::Unauthenticated { 401 } else { 400 };
    (status, Some(object([("error", error.into())])))
}

/// `Grape::Exceptions::ValidationErrors#message`: the errors grouped by parameter in the order
/// each parameter first failed, each written "<name> <phrase>", repeated messages once.
fn validation_errors(issues: &[FieldIssue], fields: &Value<'_>) -> String {
    let mut names: Vec<String> = Vec::new();
    let mut grouped: Vec<Vec<String>> = Vec::new();
    for issue in issues {
        let name = grape_name(&issue.field);
        let message = format!("{name} {}", phrase(issue, fields));
        match names.iter().position(|n| *n == name) {
            Some(at) => grouped[at].push(message),
            None => {
                names.push(name);
                grouped.push(vec![message]);
            }
        }
    }
    let mut messages: Vec<String> = Vec::new();
    for message in grouped.into_iter().flatten() {
        if !messages.contains(&message) {
            messages.push(message);
        }
    }
    crate::comma_list(&messages)
}

/// Grape's phrases: "is missing" for a parameter that is absent (a missing API token also when
/// it is null, "is empty" when blank), "is invalid" for anything else. A nested parameter is
/// only ever required when it is absent (an item's `key`), so it is looked up only at the top.
fn phrase(issue: &FieldIssue, fields: &Value<'_>) -> &'static str {
    let value = || fields.get(&issue.field);
    match issue.issue.code {
        Code::Unauthenticated => match value() {
            None | Some(Value::Null) => "is missing",
            Some(Value::String(s)) if s.is_empty() => "is empty",
            Some(_) => "is invalid",
        },
        Code::Required if issue.field.contains('.') || value().is_none() => "is missing",
        _ => "is invalid",
    }
}
/// `custom_attributes.0.value` → `custom_attributes[0][value]`.
fn grape_name(path: &str) -> String {
    let mut parts = path.split('.');
    let mut name = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        name.push('[');
        name.push_str(part);
        name.push(']');
    }
    name
}
