//! Grape's validation error (ActivePlatform): one string naming every failing parameter in
//! declaration order, joined by ", ", each "is missing", "is empty" or "is invalid". Nested
//! parameters are written as Grape writes them: `custom_attributes[0][value]`.
//!
//! ```text
//! 400 {"error":"first_name is missing, password is missing"}
//! 401 {"error":"api_token is missing"}
//! ```

use super::{object, Stage};
use crate::endpoints::Params;
use crate::{Code, FieldIssue, Reason, Value};

/// Grape's answer to a JSON body it cannot parse (`Grape::Exceptions::InvalidMessageBody`).
const INVALID_MESSAGE_BODY: &str = "\nProblem:\n  message body does not match declared format\nResolution:\n  when specifying application/json as content-type, you must pass valid application/json in the request's 'body' ";

pub(super) fn render(verdict: Option<(Stage, &[FieldIssue])>, fields: Params<'_>) -> (i64, Option<Value<'static>>) {
    let Some((stage, issues)) = verdict else { return (201, None) };
    let error = match stage {
        // Rack raised and Grape did not rescue it: the web server writes its own error page.
        Stage::ServerError => return (500, None),
        Stage::Unreadable => match issues.iter().find(|i| matches!(i.issue.reason, Reason::RequestTooLarge { .. })) {
            Some(too_large) => too_large.issue.message().into_owned(),
            None => INVALID_MESSAGE_BODY.to_owned(),
        },
        _ => validation_errors(issues, fields),
    };
    let status = if stage == Stage::Unauthenticated { 401 } else { 400 };
    (status, Some(object([("error", error.into())])))
}

/// `Grape::Exceptions::ValidationErrors#message`: the errors grouped by parameter in the order
/// each parameter first failed, each written "<name> <phrase>", repeated messages once.
fn validation_errors(issues: &[FieldIssue], fields: Params<'_>) -> String {
    let names: Vec<String> = issues.iter().map(|i| grape_name(&i.field)).collect();
    // Sorting (name, position) gathers each parameter's errors in order; each group is then
    // written where its parameter first failed. Linear but for the sort, however many errors.
    let mut by_name: Vec<(&str, usize)> = names.iter().enumerate().map(|(at, name)| (name.as_str(), at)).collect();
    crate::text::sort_by_text(&mut by_name);
    let mut group_at: Vec<Option<&[(&str, usize)]>> = vec![None; issues.len()];
    for group in by_name.chunk_by(|a, b| a.0 == b.0) {
        group_at[group[0].1] = Some(group);
    }
    let mut error = String::new();
    for group in group_at.into_iter().flatten() {
        // One parameter's messages differ only in their phrase: each phrase once.
        let mut written: Vec<&str> = Vec::new();
        for &(name, at) in group {
            let phrase = phrase(&issues[at], fields);
            if written.contains(&phrase) {
                continue;
            }
            written.push(phrase);
            if !error.is_empty() {
                error.push_str(", ");
            }
            error.push_str(name);
            error.push(' ');
            error.push_str(phrase);
        }
    }
    error
}

/// Grape's phrases: "is missing" for a parameter that is absent (a missing API token also when
/// it is null, "is empty" when blank), "is invalid" for anything else. A nested parameter is
/// only ever required when it is absent (an item's `key`), so it is looked up only at the top.
fn phrase(issue: &FieldIssue, fields: Params<'_>) -> &'static str {
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
