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

/// A compiled validator's last answer to a form of fields, with the stage that rejected the
/// form when it came through [`answer_fields`]. With the answer's own errors and warnings, that
/// is all an envelope whose body comes from the verdict alone makes the answer from.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) struct LastAnswer {
    /// `None` for an answer made the general way ([`answer_members`]), whose envelope may have
    /// opened the form otherwise (a member that is part of the envelope).
    verdict: Option<Option<envelope::Stage>>,
    pub(crate) answer: Answer,
}

/// Answers a plain form decoded straight into its fields' places (`validate::decode_fields`)
/// into `last`, and says whether the answer differs from the one `last` held. Most forms a
/// validator sees are judged as the last one was (a form that stays valid, or keeps its errors
/// while the user edits another field): the fields are checked every time, but when the
/// verdict is the last one's the body is not written again, nor compared. Forms of fields
/// always reply to no id (`validate::run_fields`), so the verdict is the stage and the issues.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn answer_fields(endpoint: &Endpoint, fields: Vec<Option<Value<'_>>>, options: &Options, last: &mut Option<LastAnswer>) -> bool {
    let outcome = validate::run_fields(endpoint, fields, options);
    let stage = outcome.rejection.as_ref().map(|(stage, _)| *stage);
    let errors = outcome.rejection.as_ref().map_or(&[][..], |(_, issues)| issues.as_slice());
    if let Some(kept) = last.as_ref() {
        if endpoint.envelope.body_from_verdict_alone()
            && kept.verdict == Some(stage)
            && kept.answer.errors == errors
            && kept.answer.warnings == outcome.warnings
        {
            return false;
        }
    }
    keep(answered(endpoint, outcome), Some(stage), last)
}

/// Answers a plain form with members the endpoint does not know (`validate::Form::Members`)
/// the general way, as its JSON would be answered, into `last`; says whether the answer
/// differs from the one `last` held.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn answer_members(endpoint: &Endpoint, members: Value<'_>, options: &Options, last: &mut Option<LastAnswer>) -> bool {
    // What `validate::decode` makes of an `Input::Value`, without copying the tree.
    keep(answer(endpoint, Ok(validate::Decoded::new(members, false)), options), None, last)
}

/// Keeps `answer` in `last` unless it is the one there; says whether it was new.
#[cfg(any(target_arch = "wasm32", test))]
fn keep(answer: Answer, verdict: Option<Option<envelope::Stage>>, last: &mut Option<LastAnswer>) -> bool {
    match last {
        Some(kept) if kept.answer == answer => {
            kept.verdict = verdict;
            false
        }
        _ => {
            *last = Some(LastAnswer { verdict, answer });
            true
        }
    }
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

#[cfg(test)]
mod tests {
    use super::{answer, answer_fields, answer_members, LastAnswer};
    use crate::validate::{decode, Input};
    use crate::{Options, Value};

    /// A validator's kept answer, after each form of a long run of forms that share verdicts
    /// with different values, some with members the endpoint does not know (envelope members
    /// among them), is the answer the form's JSON gets on its own; and the validator says "new"
    /// exactly when it differs from the one before.
    #[test]
    fn a_kept_answer_is_the_answer_each_form_gets_on_its_own() {
        const VALUES: [&str; 10] = ["", "x", "ann", "ann@example.com", "not an address", "12", "GB", "Europe/London", "Pw-12345-long", "24"];
        const UNKNOWN: [&str; 8] = ["confirm", "forname", "jsonrpc", "id", "method", "params", "visa", "__proto__"];
        let options = Options::default();
        let mut seed: u64 = 7;
        let mut next = |bound: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % bound
        };
        for endpoint in crate::endpoints::ALL {
            let mut last: Option<LastAnswer> = None;
            let mut previous = None;
            for _ in 0..600 {
                let values: Vec<Option<Value>> =
                    endpoint.fields.iter().map(|_| (next(4) > 0).then(|| Value::String(VALUES[next(VALUES.len())].into()))).collect();
                let mut members: Vec<_> = endpoint.fields.iter().zip(&values).filter_map(|(f, v)| Some((f.name.into(), v.clone()?))).collect();
                for _ in 0..next(3).saturating_sub(1) {
                    let at = next(members.len() + 1);
                    members.insert(at, (UNKNOWN[next(UNKNOWN.len())].into(), Value::String(VALUES[next(VALUES.len())].into())));
                }
                let unknown = members.len() > values.iter().flatten().count();
                let members = Value::Object(members);
                let alone = answer(endpoint, decode(Input::Json(&members.to_json()), endpoint.wire), &options);
                let changed = if unknown {
                    answer_members(endpoint, members, &options, &mut last)
                } else {
                    answer_fields(endpoint, values, &options, &mut last)
                };
                let kept = &last.as_ref().expect("an answer").answer;
                assert_eq!(kept, &alone, "{}", endpoint.id);
                assert_eq!(changed, previous.as_ref() != Some(&alone), "{}", endpoint.id);
                previous = Some(alone);
            }
        }
    }
}
