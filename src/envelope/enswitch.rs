//! Enswitch's JSON API answer: a list of responses, each with the status code as a string, the
//! parameter it is about (`key`, empty when about none) and a message. Offline every answer is
//! what `validation=1` returns, so success is 201 "Input passed validation."
//!
//! ```text
//! {"responses":[{"code":"400","key":"email","message":"Must be a valid e-mail address, such as name@example.com."}]}
//! ```

use super::{object, Stage};
use crate::{FieldIssue, Value};

pub fn render(verdict: Option<(Stage, &[FieldIssue])>) -> (i64, Option<Value<'static>>) {
    let (status, responses) = match verdict {
        None => (201, vec![response(201, "", "Input passed validation.")]),
        Some((stage, issues)) => {
            let status = match stage {
                Stage::Unreadable | Stage::InvalidRequest | Stage::UnknownMethod | Stage::Fields => 400,
                Stage::Unauthenticated => 401,
                Stage::RoleForbids => 402,
                Stage::RatePlanForbids => 403,
                Stage::NotFound => 404,
            };
            (status, issues.iter().map(|i| response(status, &i.field, &i.issue.message)).collect())
        }
    };
    (status, Some(object([("responses", Value::Array(responses))])))
}

fn response(code: i64, key: &str, message: &str) -> Value<'static> {
    object([("code", code.to_string().into()), ("key", Value::text(key)), ("message", Value::text(message))])
}
