//! Enswitch's JSON API answer: a list of responses, each with the status code as a string, the
//! parameter it is about (`key`, empty when about none) and a message. Offline every answer is
//! what `validation=1` returns, so success is 201 "Input passed validation."
//!
//! ```text
//! {"responses":[{"code":"400","key":"email","message":"Must be a valid e-mail address, such as name@example.com."}]}
//! ```

use super::{object, Stage};
use crate::{FieldIssue, Value};
use std::borrow::Cow;

pub(super) fn render(verdict: Option<(Stage, &[FieldIssue])>) -> (i64, Option<Value<'static>>) {
    let (status, responses) = match verdict {
        None => (201, vec![response("201", "", Cow::Borrowed("Input passed validation."))]),
        Some((stage, issues)) => {
            let (status, code) = match stage {
                Stage::Unreadable | Stage::InvalidRequest | Stage::UnknownMethod | Stage::Fields => (400, "400"),
                Stage::Unauthenticated => (401, "401"),
                Stage::RoleForbids => (402, "402"),
                Stage::RatePlanForbids => (403, "403"),
                Stage::NotFound => (404, "404"),
                Stage::ServerError => (500, "500"),
            };
            (status, issues.iter().map(|i| response(code, &i.field, i.issue.message())).collect())
        }
    };
    (status, Some(object([("responses", Value::Array(responses))])))
}

/// Messages are mostly static text, so the body borrows them rather than copying each.
fn response(code: &'static str, key: &str, message: Cow<'static, str>) -> Value<'static> {
    object([("code", code.into()), ("key", Value::text(key)), ("message", Value::String(message))])
}
