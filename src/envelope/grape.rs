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

pub fn render(verdict: Option<(Stage, &[FieldIssue])>, fields: &Value<'_>) -> (i64, Option<Value<'static>>) {
    let Some((stage, issues)) = verdict else { return (201, None) };
    let status = if stage == Stage::Unauthenticated { 401 } else { 400 };
    let error = if stage == Stage::Unreadable {
        crate::comma_list(&issues.iter().map(|i| i.issue.message.to_string()).collect::<Vec<_>>())
    } else {
        crate::comma_list(&issues.iter().map(|i| format!("{} {}", grape_name(&i.field), phrase(i, fields))).collect::<Vec<_>>())
    };
    (status, Some(object([("error", error.into())])))
}

/// Grape's three phrases: absent, present but blank, present but wrong.
fn phrase(issue: &FieldIssue, fields: &Value<'_>) -> &'static str {
    if !matches!(issue.issue.code, Code::Required | Code::Unauthenticated) {
        return "is invalid";
    }
    match lookup(fields, &issue.field) {
        None => "is missing",
        Some(Value::String(s)) if s.is_empty() => "is empty",
        Some(_) => "is invalid",
    }
}

/// The value at a dotted path such as `custom_attributes.0.value`.
fn lookup<'v, 'a>(fields: &'v Value<'a>, path: &str) -> Option<&'v Value<'a>> {
    path.split('.').try_fold(fields, |value, part| match value {
        Value::Array(items) => items.get(part.parse::<usize>().ok()?),
        other => other.get(part),
    })
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
