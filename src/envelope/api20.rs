//! `/api/2.0/users`: the vendor documents no error body, so this project defines one in the
//! style of its success body (SPEC.md §1.4): status 400, the same `links`, and one entry per
//! failing property. An accepted request answers 201 with no validation body.
//!
//! ```text
//! {"links":[{"title":"Self","rel":"self","href":"/api/2.0/users/"},{"title":"Home","rel":"home","href":"/api/2.0/"}],
//!  "errors":[{"property":"email","message":"Must be a valid e-mail address, such as name@example.com."}]}
//! ```

use super::{object, Stage};
use crate::{FieldIssue, Value};

pub(super) fn render(verdict: Option<(Stage, &[FieldIssue])>) -> (i64, Option<Value<'static>>) {
    let Some((_, issues)) = verdict else { return (201, None) };
    let link =
        |title: &'static str, rel: &'static str, href: &'static str| object([("title", title.into()), ("rel", rel.into()), ("href", href.into())]);
    let links = Value::Array(vec![link("Self", "self", "/api/2.0/users/"), link("Home", "home", "/api/2.0/")]);
    let errors = issues.iter().map(|i| object([("property", Value::text(&i.field)), ("message", Value::String(i.issue.message()))])).collect();
    (400, Some(object([("links", links), ("errors", Value::Array(errors))])))
}
